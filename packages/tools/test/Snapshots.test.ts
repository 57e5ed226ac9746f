/**
 * Snapshots of a session directory: a burst of steps in one directory shares
 * snapshots instead of queueing one each, and a snapshot is never older than
 * the step that asked for it.
 */
import { assert, describe, it } from "@effect/vitest"
import { Snapshots } from "@ratchet/tools"
import { Effect, Fiber } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import * as SpawnHelper from "../src/internal/spawnHelper.js"

const setup = Effect.acquireRelease(
  Effect.sync(() => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-snapshots-"))
    const directory = path.join(base, "project")
    fs.mkdirSync(directory)
    for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(directory, `file${i}.txt`), `content ${i}\n`)
    return { base, directory, root: path.join(base, "store") }
  }),
  ({ base }) => Effect.sync(() => fs.rmSync(base, { recursive: true, force: true }))
)

describe("Snapshots", () => {
  it.scoped("a burst of steps in one directory shares snapshots, and each is the directory as it was asked for", () =>
    Effect.gen(function*() {
      const { directory, root } = yield* setup
      const snapshots = yield* Effect.provide(Snapshots.Snapshots, Snapshots.layer({ root }))
      const burst = yield* Effect.all(Array.from({ length: 24 }, () => snapshots.track(directory)), { concurrency: "unbounded" })
      assert.ok(burst.every((tree) => tree !== undefined && /^[0-9a-f]{40,64}$/.test(tree)))
      // nothing changed in between: one tree for all of them, whichever snapshot each shared
      assert.strictEqual(new Set(burst).size, 1)
      // a change made before a request is always in its snapshot
      let previous = burst[0]!
      for (let i = 0; i < 4; i++) {
        fs.writeFileSync(path.join(directory, "file0.txt"), `edit ${i}\n`)
        const [a, b] = yield* Effect.all([snapshots.track(directory), snapshots.track(directory)], { concurrency: "unbounded" })
        assert.strictEqual(a, b)
        const changed = yield* snapshots.diff(directory, previous, a!)
        assert.deepStrictEqual(changed.map((d) => d.file), ["file0.txt"])
        assert.include(changed[0]!.patch, `+edit ${i}`)
        previous = a!
      }
    }))

  it.scoped("an asker interrupted while waiting does not cancel the snapshot the others share", () =>
    Effect.gen(function*() {
      const { directory, root } = yield* setup
      const snapshots = yield* Effect.provide(Snapshots.Snapshots, Snapshots.layer({ root }))
      const first = yield* Effect.fork(snapshots.track(directory))
      const second = yield* Effect.fork(snapshots.track(directory))
      yield* Effect.yieldNow()
      yield* Fiber.interrupt(first)
      const tree = yield* Fiber.join(second)
      assert.match(tree ?? "", /^[0-9a-f]{40,64}$/)
    }))

  // live: the retry waits on the real clock
  it.scopedLive("a store created by several processes at once comes up for each: git init's own race is run again", () =>
    Effect.gen(function*() {
      const { base } = yield* setup
      const helper = SpawnHelper.shared()
      // concurrent `git init --bare` of one directory: some fail on git's config lock (five of six
      // in one round, measured before the retry)
      for (let round = 0; round < 4; round++) {
        const gitDir = path.join(base, `store-${round}`, "x.git")
        const results = yield* Effect.all(Array.from({ length: 6 }, () => Effect.either(Snapshots.initStore(helper, path.dirname(gitDir), gitDir))), {
          concurrency: "unbounded"
        })
        assert.deepStrictEqual(results.filter((r) => r._tag === "Left"), [], `round ${round}`)
        assert.ok(fs.existsSync(path.join(gitDir, "HEAD")))
      }
    }))

  it.scoped("two layers in one process take turns on a directory: the index is the process's", () =>
    Effect.gen(function*() {
      const { directory, root } = yield* setup
      const one = yield* Effect.provide(Snapshots.Snapshots, Snapshots.layer({ root }))
      const two = yield* Effect.provide(Snapshots.Snapshots, Snapshots.layer({ root }))
      const trees = yield* Effect.all(Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? one : two).track(directory)), { concurrency: "unbounded" })
      assert.deepStrictEqual(trees.filter((t) => t === undefined), [])
      assert.strictEqual(new Set(trees).size, 1)
    }))

  it.scoped("several processes snapshot one directory into one store at once: none collides with another", () =>
    Effect.gen(function*() {
      const { directory, root } = yield* setup
      const many = fileURLToPath(new URL("./fixtures/snapshotMany.ts", import.meta.url))
      const run = Effect.async<ReadonlyArray<string | null>, Error>((resume) => {
        execFile(process.execPath, ["--import", "tsx", many, root, directory, "12"], { timeout: 120_000 }, (error, stdout, stderr) =>
          resume(error === null ? Effect.succeed(JSON.parse(stdout.trim().split("\n").at(-1)!) as Array<string | null>) : Effect.fail(new Error(`${error.message}\n${stderr}`))))
      })
      const results = yield* Effect.all([run, run, run], { concurrency: "unbounded" })
      // with one index shared by the processes, git's index lock refused some of these (null)
      for (const trees of results) assert.deepStrictEqual(trees.filter((t) => t === null), [])
      assert.strictEqual(new Set(results.flat()).size, 1)
    }), 180_000)

  it.scoped("a store keeps one index per living process: a dead process's index and lock are removed", () =>
    Effect.gen(function*() {
      const { directory, root } = yield* setup
      const snapshots = yield* Effect.provide(Snapshots.Snapshots, Snapshots.layer({ root }))
      assert.ok((yield* snapshots.track(directory)) !== undefined)
      const gitDir = path.join(root, fs.readdirSync(root).find((n) => n.endsWith(".git"))!)
      // a pid above the kernel's maximum (4,194,304) never runs; the parent (the test runner) does
      for (const name of ["index-4194305", "index-4194305.lock", "index", `index-${process.ppid}`]) fs.writeFileSync(path.join(gitDir, name), "")
      const again = yield* Effect.provide(Snapshots.Snapshots, Snapshots.layer({ root }))
      assert.ok((yield* again.track(directory)) !== undefined)
      const left = fs.readdirSync(gitDir).filter((n) => n.startsWith("index")).sort()
      assert.deepStrictEqual(left, [`index-${process.pid}`, `index-${process.ppid}`].sort())
    }))
})
