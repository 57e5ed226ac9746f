/**
 * The `fs` routes' work: list a directory, find paths fuzzily, read a file —
 * all relative to a location and confined to it the way the file tools are
 * (`Confinement`: `..`, absolute paths elsewhere and symlinks pointing out
 * are refused). Walks are bounded so a huge tree cannot pin the server.
 */
import { FileNotFoundError, PathRefusedError } from "@ratchet/api"
import { Confinement } from "@ratchet/tools"
import { Effect } from "effect"
import { go as fuzzy } from "fuzzysort"
import * as fs from "node:fs"
import * as path from "node:path"
import { glob } from "tinyglobby"

export interface Entry {
  readonly path: string
  readonly type: "file" | "directory"
}

/** Skipped by `find` (dependencies, build output, VCS data); `list` shows everything. */
const IGNORED = [".git", "node_modules", "dist", "build", ".cache", "__pycache__", ".venv", "target", "coverage"]
/** Paths `find` considers at most. */
const MAX_WALK = 50_000
/** Directory levels `find` descends. */
const MAX_DEPTH = 16
/** Largest file `read` serves. */
export const MAX_READ = 16 * 1024 * 1024

type Failure = FileNotFoundError | PathRefusedError

const confine = (root: string, requested: string) =>
  Confinement.resolve(root, requested).pipe(
    Effect.mapError((e) => new PathRefusedError({ path: requested, message: `${e.message}; paths must stay inside the location's directory` }))
  )

const io = <A>(requested: string, f: () => A): Effect.Effect<A, Failure> =>
  Effect.try({
    try: f,
    catch: (e) =>
      (e as NodeJS.ErrnoException).code === "ENOENT"
        ? new FileNotFoundError({ path: requested, message: `${requested}: no such file or directory` })
        : (e as NodeJS.ErrnoException).code === "ENOTDIR"
        ? new FileNotFoundError({ path: requested, message: `${requested} is not a directory` })
        : new PathRefusedError({ path: requested, message: `${requested}: ${(e as Error).message}` })
  })

const byTypeThenName = (a: Entry, b: Entry) =>
  a.type === b.type ? a.path.localeCompare(b.path) : a.type === "directory" ? -1 : 1

/** One directory's entries, paths relative to `root` (directories end with `/`). */
export const list = (root: string, requested = "."): Effect.Effect<Array<Entry>, Failure> =>
  Effect.gen(function*() {
    const dir = yield* confine(root, requested === "" ? "." : requested)
    if (!dir.exists) return yield* new FileNotFoundError({ path: requested, message: `${requested}: no such directory` })
    const prefix = dir.relative === "." ? "" : `${dir.relative}/`
    const out = yield* io(requested, () => {
      const found: Array<Entry> = []
      for (const e of fs.readdirSync(dir.absolute, { withFileTypes: true })) {
        // a link is shown as what it points to; a dangling one is left out
        const isDir = e.isSymbolicLink() ? fs.statSync(path.join(dir.absolute, e.name), { throwIfNoEntry: false })?.isDirectory() : e.isDirectory()
        if (isDir === undefined) continue
        found.push(isDir ? { path: `${prefix}${e.name}/`, type: "directory" } : { path: `${prefix}${e.name}`, type: "file" })
      }
      return found
    })
    return out.sort(byTypeThenName)
  })

/** Paths under `root` that match `query` fuzzily, best first; an empty query lists in walk order. */
export const find = (
  root: string,
  query: string,
  options: { readonly type?: "file" | "directory"; readonly limit?: number } = {}
): Effect.Effect<Array<Entry>, Failure> =>
  Effect.gen(function*() {
    const base = yield* confine(root, ".")
    const walked = yield* Effect.tryPromise({
      try: () =>
        glob("**/*", {
          cwd: base.absolute,
          onlyFiles: options.type === "file",
          onlyDirectories: options.type === "directory",
          dot: true,
          followSymbolicLinks: false,
          ignore: IGNORED.map((d) => `**/${d}/**`),
          expandDirectories: false,
          // bounded: a deep tree cannot make one request walk for long
          deep: MAX_DEPTH
        }),
      catch: (e) => new PathRefusedError({ path: ".", message: `walking ${root}: ${(e as Error).message}` })
    })
    const candidates = walked.slice(0, MAX_WALK).filter((p) => !IGNORED.includes(p.replace(/\/$/, "")))
    const limit = options.limit ?? 100
    const ranked = query === ""
      ? candidates.slice(0, limit)
      : fuzzy(query, candidates, { limit, threshold: 0 }).map((r) => r.target)
    return ranked.map((p): Entry => (p.endsWith("/") ? { path: p, type: "directory" } : { path: p, type: "file" }))
  })

/** A regular file's bytes, at most `MAX_READ`. */
export const read = (root: string, requested: string): Effect.Effect<Uint8Array, Failure> =>
  Effect.gen(function*() {
    const file = yield* confine(root, requested)
    if (!file.exists) return yield* new FileNotFoundError({ path: requested, message: `${requested}: no such file` })
    const stat = yield* io(requested, () => fs.statSync(file.absolute))
    if (!stat.isFile()) return yield* new PathRefusedError({ path: requested, message: `${requested} is not a regular file` })
    if (stat.size > MAX_READ) return yield* new PathRefusedError({ path: requested, message: `${requested} is ${stat.size} bytes; at most ${MAX_READ} are served` })
    return new Uint8Array(yield* io(requested, () => fs.readFileSync(file.absolute)))
  })
