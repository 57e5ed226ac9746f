/** `glob`: files matching a pattern (tinyglobby), newest first, bounded; links are not followed out of the directory. */
import { Effect, Either, Schema } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import { glob } from "tinyglobby"
import * as GlobPattern from "../GlobPattern.js"
import * as ToolRegistry from "../ToolRegistry.js"
import { confine } from "./common.js"
import { DEFAULT_IGNORE } from "./List.js"

const MAX_RESULTS = 100

const Input = Schema.Struct({
  pattern: Schema.String.annotations({ description: "A glob such as **/*.ts or src/**/index.*" }),
  path: Schema.optional(Schema.String).annotations({ description: "The directory to search in, relative to the session directory" })
})

export const ignored = DEFAULT_IGNORE.map((d) => `**/${d}/**`)

/**
 * Matching files under `root`, relative to it (symbolic links not followed).
 * tinyglobby walks the pattern's static base with a fixed pattern; the
 * model's pattern is matched by RE2 (`GlobPattern`), never by picomatch.
 */
export const files = (root: string, pattern: string) =>
  Effect.gen(function*() {
    const matcher = yield* Either.mapLeft(
      GlobPattern.compile(pattern),
      (e) => new ToolRegistry.ToolFailure({ type: "invalid_pattern", message: `glob ${JSON.stringify(pattern.slice(0, 200))}: ${e.message}` })
    )
    const base = GlobPattern.staticBase(pattern)
    const walked = yield* Effect.tryPromise({
      try: () =>
        glob(base === "" ? "**/*" : `${base}/**/*`, {
          cwd: root,
          onlyFiles: true,
          dot: true,
          followSymbolicLinks: false,
          ignore: ignored,
          expandDirectories: false
        }),
      catch: (e) => new ToolRegistry.ToolFailure({ type: "io", message: `listing files: ${(e as Error).message}` })
    })
    return walked.filter((f) => matcher.test(f))
  })

export const tool = ToolRegistry.make({
  name: "glob",
  description: `Finds files by glob pattern in the session directory, most recently modified first (at most ${MAX_RESULTS}).`,
  input: Input,
  idempotent: true,
  timeout: "60 seconds",
  needs: (input, context) =>
    Effect.map(confine(context.directory, input.path ?? "."), (t) => [{ permission: "glob", patterns: [input.pattern] , metadata: { path: t.relative } }]),
  run: (input, context) =>
    Effect.gen(function*() {
      if (path.isAbsolute(input.pattern) || input.pattern.split("/").includes("..")) {
        return yield* new ToolRegistry.ToolFailure({ type: "path_refused", message: "the pattern must be relative and stay inside the directory (no .. or absolute paths)" })
      }
      const root = yield* confine(context.directory, input.path ?? ".")
      const found = yield* files(root.absolute, input.pattern)
      const dated = found.map((f) => ({ f, t: fs.statSync(path.join(root.absolute, f), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
      dated.sort((a, b) => b.t - a.t || a.f.localeCompare(b.f))
      const shown = dated.slice(0, MAX_RESULTS).map(({ f }) => (root.relative === "." ? f : `${root.relative}/${f}`))
      return {
        output: shown.length === 0
          ? "No files found"
          : `${shown.join("\n")}${found.length > MAX_RESULTS ? `\n(${found.length - MAX_RESULTS} more: narrow the pattern)` : ""}`,
        structured: { count: found.length, truncated: found.length > MAX_RESULTS }
      }
    })
})
