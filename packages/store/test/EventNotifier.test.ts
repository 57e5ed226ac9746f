import { assert, describe, it } from "@effect/vitest"
import { EventNotifier } from "@ratchet/store"
import { Ids } from "@ratchet/schema"
import { Effect, Option, Queue } from "effect"

describe("EventNotifier", () => {
  it.scoped("wakes the session's and the global subscribers, never the others", () =>
    Effect.gen(function*() {
      const notifier = yield* EventNotifier.make
      const a = Ids.newSessionId()
      const b = Ids.newSessionId()
      const subA = yield* notifier.subscribe(a)
      const subB = yield* notifier.subscribe(b)
      const all = yield* notifier.subscribe("*")
      yield* notifier.publish(a)
      assert.isTrue(Option.isSome(yield* Queue.poll(subA)))
      assert.isTrue(Option.isNone(yield* Queue.poll(subB)))
      assert.isTrue(Option.isSome(yield* Queue.poll(all)))
    }))

  it.scoped("a slow subscriber holds one pending wakeup, however many publishes it missed", () =>
    Effect.gen(function*() {
      const notifier = yield* EventNotifier.make
      const a = Ids.newSessionId()
      const sub = yield* notifier.subscribe(a)
      for (let i = 0; i < 10_000; i++) notifier.unsafePublish(a)
      assert.strictEqual(yield* Queue.size(sub), 1)
    }))

  it.effect("closing the scope unsubscribes", () =>
    Effect.gen(function*() {
      const notifier = yield* EventNotifier.make
      const a = Ids.newSessionId()
      const sub = yield* Effect.scoped(notifier.subscribe(a))
      notifier.unsafePublish(a)
      assert.isTrue(yield* Queue.isShutdown(sub))
    }))
})
