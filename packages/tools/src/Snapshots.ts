/**
 * Snapshots of a session directory's files, so what tools changed can be
 * shown (diff) and undone (revert). A private git object store per
 * directory, outside the project (`<dataDir>/snapshots/<hash>.git`, like a
 * shadow repository): `track` records the directory's files as a tree
 * (the project's `.gitignore` is honoured, its own `.git` is never
 * touched), `restore` makes the files match a tree again, `diff` compares
 * two. Git is the store because it deduplicates by content and is fast on
 * unchanged files (its index caches their stats); a directory that git
 * cannot read simply has no snapshots.
 *
 * Every process keeps its own index (`index-<pid>`) in a store that several
 * processes share (one data directory, one PostgreSQL): the index is only
 * git's cache of what it last added (`add --all` makes it match the files
 * whatever it held), and with one shared index two processes snapshotting
 * at once collided on its lock and one step went without a snapshot.
 */
import { Context, Data, Deferred, Effect, FiberId, Layer, Schedule } from "effect"
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import * as path from "node:path"
import * as SpawnHelper from "./internal/spawnHelper.js"

export class SnapshotError extends Data.TaggedError("SnapshotError")<{ readonly message: string }> {}

export interface FileDiff {
  readonly file: string
  readonly status: "added" | "deleted" | "modified"
  readonly additions: number
  readonly deletions: number
  /** The unified diff, cut at 64 KB. */
  readonly patch: string
}

export interface SnapshotsService {
  /** The directory's files now, as a tree id; undefined when snapshots are off or git cannot read it. */
  readonly track: (directory: string) => Effect.Effect<string | undefined>
  /** Makes the directory's (non-ignored) files what they were in `tree`: changed ones rewritten, added ones removed. */
  readonly restore: (directory: string, tree: string) => Effect.Effect<void, SnapshotError>
  /** What changed from `from` to `to` (a tree, or the files now). */
  readonly diff: (directory: string, from: string, to?: string) => Effect.Effect<ReadonlyArray<FileDiff>, SnapshotError>
}

/** Off unless a layer provides it (embedders and tests that do not want a shadow store). */
export class Snapshots extends Context.Reference<Snapshots>()("@ratchet/tools/Snapshots", {
  defaultValue: (): SnapshotsService => ({
    track: () => Effect.succeed(undefined),
    restore: () => Effect.fail(new SnapshotError({ message: "snapshots are off" })),
    diff: () => Effect.fail(new SnapshotError({ message: "snapshots are off" }))
  })
}) {}

const MAX_PATCH = 64 * 1024
/** A snapshot that takes longer (a huge directory that is not git-ignored) is skipped: a step never waits on it for long. */
const TRACK_TIMEOUT = "60 seconds"
/** This process's index in a store (see above). */
const INDEX = `index-${process.pid}`
const TREE = /^[0-9a-f]{40,64}$/

/** A git command, run by the helper process (a fork of the server would stall its event loop: spawnHelper.ts). */
const run = (
  helper: SpawnHelper.SpawnHelper,
  command: string,
  args: ReadonlyArray<string>,
  cwd: string | undefined,
  env: Readonly<Record<string, string>>
) =>
  Effect.flatMap(helper.run({ file: "git", args, ...(cwd === undefined ? {} : { cwd }), env, maxBuffer: 64 * 1024 * 1024 }), (outcome) =>
    outcome._tag === "Exited"
      ? Effect.succeed(outcome.stdout)
      : Effect.fail(new SnapshotError({ message: `git ${command}: ${outcome.stderr.trim() || outcome.message}` })))

const git = (helper: SpawnHelper.SpawnHelper, gitDir: string, directory: string, args: ReadonlyArray<string>) =>
  run(helper, args[0] ?? "", ["--git-dir", gitDir, "--work-tree", directory, "-c", "core.autocrlf=false", "-c", "core.quotepath=false", ...args], directory, {
    GIT_INDEX_FILE: path.join(gitDir, INDEX),
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_TERMINAL_PROMPT: "0"
  })

/** Whether a process with this pid exists on this machine (EPERM: it does, as another user). */
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"
  }
}

/** The indexes (and their locks) of processes that are gone, and the single index of earlier versions. */
const removeDeadIndexes = (gitDir: string) => {
  for (const name of fs.readdirSync(gitDir)) {
    const pid = /^index-(\d+)(\.lock)?$/.exec(name)?.[1]
    if (name === "index" || (pid !== undefined && Number(pid) !== process.pid && !alive(Number(pid)))) fs.rmSync(path.join(gitDir, name), { force: true })
  }
}

/**
 * Git's exclude patterns for the paths Ratchet itself writes when they lie
 * inside the directory (the store, the database, tool outputs): a snapshot
 * must never hold its own store or a database that changes on every write.
 */
export const excludes = (directory: string, paths: ReadonlyArray<string>): string =>
  paths.flatMap((p) => {
    const relative = path.relative(directory, path.resolve(p))
    if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return []
    return [`/${relative.split(path.sep).join("/").replace(/([*?[\]!#])/g, "\\$1")}`]
  }).join("\n")

/**
 * Creates a store. Processes sharing a data directory create one at once:
 * concurrent `git init`s of one directory fail on git's config lock (or a
 * template file the other just copied), so a failed one runs again and
 * finds the store made (a re-init changes nothing).
 */
export const initStore = (helper: SpawnHelper.SpawnHelper, root: string, gitDir: string): Effect.Effect<void, SnapshotError> =>
  Effect.zipRight(
    Effect.sync(() => fs.mkdirSync(root, { recursive: true, mode: 0o700 })),
    run(helper, "init", ["init", "--bare", "-q", gitDir], undefined, {}).pipe(
      Effect.retry({ times: 4, schedule: Schedule.jittered(Schedule.spaced("20 millis")) }),
      Effect.asVoid
    )
  )

/**
 * Calls for one directory run one at a time in this process, whichever
 * layer makes them: the index is the process's (`index-<pid>`), so two
 * layers (an embedding program may build two) must not run git on it at once.
 */
const locks = new Map<string, Effect.Semaphore>()

export const layer = (options: { readonly root: string; readonly exclude?: ReadonlyArray<string> }): Layer.Layer<Snapshots> =>
  Layer.sync(Snapshots, (): SnapshotsService => {
    const helper = SpawnHelper.shared()
    /** The stores set up in this process (their excludes written): each directory's once. */
    const ready = new Set<string>()
    const store = (directory: string) =>
      Effect.gen(function*() {
        const gitDir = path.join(options.root, `${createHash("sha256").update(directory).digest("hex").slice(0, 32)}.git`)
        if (ready.has(gitDir)) return gitDir
        if (!fs.existsSync(path.join(gitDir, "HEAD"))) yield* initStore(helper, options.root, gitDir)
        // the store, the database and the tool outputs, when they are inside the directory, are not the project's files
        yield* Effect.sync(() => {
          const exclude = options.exclude ?? []
          const database = exclude.flatMap((p) => ["-wal", "-shm", "-journal"].map((suffix) => `${p}${suffix}`))
          const patterns = excludes(directory, [options.root, ...exclude, ...database])
          fs.mkdirSync(path.join(gitDir, "info"), { recursive: true })
          // another process may be reading it (its own snapshot): replaced whole, never seen half-written
          const temporary = path.join(gitDir, "info", `exclude.${process.pid}`)
          fs.writeFileSync(temporary, patterns === "" ? "" : `${patterns}\n`)
          fs.renameSync(temporary, path.join(gitDir, "info", "exclude"))
          removeDeadIndexes(gitDir)
        })
        ready.add(gitDir)
        return gitDir
      })
    const lockOf = (directory: string) => {
      let lock = locks.get(directory)
      if (lock === undefined) {
        lock = Effect.unsafeMakeSemaphore(1)
        locks.set(directory, lock)
      }
      return lock
    }
    const locked = <A, E>(directory: string, f: (gitDir: string) => Effect.Effect<A, E | SnapshotError>) =>
      Effect.suspend(() => lockOf(directory).withPermits(1)(Effect.flatMap(store(directory), f)))
    // the index is this process's and its commands run one at a time: a lock found before one
    // starts was left by a git that was stopped (a timeout) or by a dead process that had this pid
    const clearStaleLock = (gitDir: string) => Effect.sync(() => fs.rmSync(path.join(gitDir, `${INDEX}.lock`), { force: true }))
    const writeTree = (gitDir: string, directory: string) =>
      Effect.zipRight(
        clearStaleLock(gitDir),
        Effect.zipRight(git(helper, gitDir, directory, ["add", "--all", "--ignore-errors", "--", "."]), git(helper, gitDir, directory, ["write-tree"]))
      ).pipe(Effect.map((out) => out.trim()))

    /**
     * Per directory, the snapshot asked for and not yet started. Steps of many sessions in one
     * directory ask at once (a burst of prompts); every one that asks before the next snapshot
     * starts shares it, so a burst costs two snapshots instead of one each in a queue. One that
     * asks after a snapshot started waits for the next: a tree is never older than the request.
     */
    const upcoming = new Map<string, Deferred.Deferred<string | undefined>>()
    const snapshotNow = (directory: string, mine: Deferred.Deferred<string | undefined>) => {
      const leave = Effect.sync(() => upcoming.get(directory) === mine && upcoming.delete(directory))
      return Effect.suspend(() =>
        lockOf(directory).withPermits(1)(Effect.zipRight(leave, Effect.flatMap(store(directory), (gitDir) => writeTree(gitDir, directory))))
      ).pipe(
        Effect.timeoutFail({ duration: TRACK_TIMEOUT, onTimeout: () => new SnapshotError({ message: `took over ${TRACK_TIMEOUT}; git-ignore what need not be snapshotted` }) }),
        Effect.tapError((e) => Effect.logWarning(`snapshot of ${directory} failed: ${e.message}`)),
        Effect.orElseSucceed(() => undefined),
        Effect.ensuring(leave)
      )
    }
    const track: SnapshotsService["track"] = (directory) =>
      Effect.suspend(() => {
        const shared = upcoming.get(directory)
        if (shared !== undefined) return Deferred.await(shared)
        const next = Deferred.unsafeMake<string | undefined>(FiberId.none)
        upcoming.set(directory, next)
        // a daemon: the askers share it, and one of them being interrupted must not cancel it for the rest
        return Effect.zipRight(Effect.forkDaemon(Effect.flatMap(snapshotNow(directory, next), (tree) => Deferred.succeed(next, tree))), Deferred.await(next))
      })

    const restore: SnapshotsService["restore"] = (directory, tree) =>
      !TREE.test(tree) ? Effect.fail(new SnapshotError({ message: `not a snapshot: ${tree}` })) : locked(directory, (gitDir) =>
        Effect.gen(function*() {
          const now = yield* writeTree(gitDir, directory)
          // files that exist now and did not then: removed
          const added = (yield* git(helper, gitDir, directory, ["diff", "--name-only", "--no-renames", "--diff-filter=A", "-z", tree, now])).split("\0").filter((f) => f !== "")
          yield* git(helper, gitDir, directory, ["read-tree", tree])
          yield* git(helper, gitDir, directory, ["checkout-index", "--all", "--force"])
          yield* Effect.sync(() => {
            for (const file of added) fs.rmSync(path.join(directory, file), { force: true })
          })
        }))

    const diff: SnapshotsService["diff"] = (directory, from, to) =>
      !TREE.test(from) || (to !== undefined && !TREE.test(to)) ? Effect.fail(new SnapshotError({ message: "not a snapshot" })) : locked(directory, (gitDir) =>
        Effect.gen(function*() {
          const target = to ?? (yield* writeTree(gitDir, directory))
          const numstat = (yield* git(helper, gitDir, directory, ["diff", "--numstat", "--no-renames", "-z", from, target])).split("\0").filter((l) => l !== "")
          const status = new Map((yield* git(helper, gitDir, directory, ["diff", "--name-status", "--no-renames", "-z", from, target])).split("\0").filter((l) => l !== "")
            .reduce<Array<[string, string]>>((pairs, item, i, all) => (i % 2 === 0 ? [...pairs, [all[i + 1]!, item]] : pairs), []))
          return yield* Effect.forEach(numstat, (line) =>
            Effect.gen(function*() {
              const [additions, deletions, file] = line.split("\t") as [string, string, string]
              const patch = yield* git(helper, gitDir, directory, ["diff", "--no-color", "--no-renames", from, target, "--", file])
              const s = status.get(file)
              return {
                file,
                status: s === "A" ? "added" as const : s === "D" ? "deleted" as const : "modified" as const,
                additions: Number(additions) || 0,
                deletions: Number(deletions) || 0,
                patch: patch.length > MAX_PATCH ? `${patch.slice(0, MAX_PATCH)}\n… (cut)` : patch
              }
            }))
        }))

    return { track, restore, diff }
  })
