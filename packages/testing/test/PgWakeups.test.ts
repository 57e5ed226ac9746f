import { assert, describe, it } from "@effect/vitest"
import { EventStore, Storage } from "@ratchet/store"
import { Chunk, Effect, Fiber, Layer, Stream } from "effect"
import { Fixtures, PgSuite } from "../src/index.js"

await PgSuite.withPgSchema("cross-process wakeups on PostgreSQL", (url) =>
  describe("cross-process wakeups on PostgreSQL", () => {
    it.live("a follower in one process is woken by an append in another, not by polling", () =>
      Effect.gen(function*() {
        // two independent stacks (pools, notifiers) on one database: two processes, as far as the log can tell
        const a = yield* Layer.build(Storage.pg({ url, maxConnections: 2 }, { pollInterval: "60 seconds" }))
        const b = yield* Layer.build(Storage.pg({ url, maxConnections: 2 }, { pollInterval: "60 seconds" }))
        const storeA = Effect.provide(EventStore.EventStore, a)
        const storeB = Effect.provide(EventStore.EventStore, b)
        const id = Fixtures.newSession()
        yield* Effect.flatMap(storeA, (s) => s.append(id, [Fixtures.created()], { expectedSequence: 0 }))
        const follower = yield* Effect.flatMap(storeB, (s) =>
          s.follow(id, { after: 1 }).pipe(Stream.take(1), Stream.runCollect, Effect.fork))
        // let the follower read its (empty) history and wait; the listener is already subscribed
        yield* Effect.sleep("500 millis")
        const t0 = Date.now()
        yield* Effect.flatMap(storeA, (s) => s.append(id, Fixtures.userPrompt("across"), { expectedSequence: 1 }))
        const seen = yield* Fiber.join(follower).pipe(Effect.timeout("20 seconds"))
        assert.strictEqual(Chunk.unsafeGet(seen, 0).seq, 2)
        // far below the 60 s poll: it was the notification
        assert.isBelow(Date.now() - t0, 5000)
      }).pipe(Effect.scoped), 60_000)
  }))
