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
})
