/**
 * An activity parked on a permission request, interrupted. Only a stop (the
 * process going down, or losing the session) leaves it open for the reply
 * after the restart; any other interrupt ends it and rejects the request.
 * A pending request alone cannot tell the two apart: a call may ask one
 * after the user's interrupt rejected the session's requests and before the
 * interrupt lands, and the chaos suite left such activities open beside the
 * next one. The run is driven here, with no run loop and no restart, so
 * nothing rejects the request before the interrupt and nothing adopts the
 * session meanwhile. The same race with a step stopped by a rejection: a
 * call asking after the step's pending requests were rejected is refused.
 */
import { assert, describe, layer } from "@effect/vitest"
import { Database, EventStore } from "@ratchet/store"
import { SessionInbox, SessionRunner } from "@ratchet/engine"
import { Events, Ids } from "@ratchet/schema"
import { Permissions } from "@ratchet/tools"
import { Effect, Fiber, Option } from "effect"
import { afterAll } from "vitest"
import { Databases, Engine, TestTools } from "../src/index.js"

const db = Databases.makeSqliteDir()
afterAll(() => db.remove())

layer(Engine.layer(Database.sqlite({ filename: db.filename })), { excludeTestServices: true, timeout: "60 seconds" })(
  "an activity parked on a request, interrupted",
  (it) => {
    /** A session whose `mark` calls ask for permission. */
    const newSession = (title: string) =>
      Effect.gen(function*() {
        const id = Ids.newSessionId()
        yield* (yield* EventStore.EventStore).append(id, [Events.make("session.created", {
          title,
          agent: "build",
          model: { providerID: "fake", id: "fake-1" },
          location: { directory: "/tmp" },
          permission: [{ permission: "mark", pattern: "*", action: "ask" }]
        })], { expectedSequence: 0 })
        return id
      })

    const parkAndInterrupt = (stop: boolean) =>
      Effect.gen(function*() {
        const store = yield* EventStore.EventStore
        const fake = yield* Engine.Fake
        const inbox = yield* SessionInbox.SessionInbox
        const runner = yield* SessionRunner.SessionRunner
        const permissions = yield* Permissions.Permissions
        const id = yield* newSession("parked")
        const key = `parked-${stop}-${id}`
        fake.push({ steps: [{ toolCall: { name: "mark", args: { text: key } } }] })
        const admitted = yield* inbox.admit(id, { prompt: { text: "mark it" }, delivery: "queue", resume: false })
        const fiber = yield* Effect.fork(
          runner.run(id, [admitted.input]).pipe(Effect.provideService(SessionRunner.ParkOnInterrupt, () => stop))
        )
        let request = (yield* permissions.pending(id))[0]
        for (let i = 0; i < 500 && request === undefined; i++) {
          yield* Effect.sleep("10 millis")
          request = (yield* permissions.pending(id))[0]
        }
        assert.isDefined(request, "the call asked")
        yield* Fiber.interrupt(fiber)
        const events = (yield* store.readStream(id, { limit: 500 })).events
        return { id, key, request: request!, events }
      })

    describe("an activity parked on a request, interrupted", () => {
      it.effect("by the user: it ends interrupted, its call failed, its request rejected", () =>
        Effect.gen(function*() {
          const { events, id } = yield* parkAndInterrupt(false)
          const permissions = yield* Permissions.Permissions
          const ended = events.filter((e) => e.type === "session.next.activity.ended")
          assert.deepStrictEqual(ended.map((e) => e.type === "session.next.activity.ended" && e.data.outcome), ["interrupted"])
          assert.isTrue(events.some((e) => e.type === "session.next.tool.failed"))
          assert.isTrue(events.some((e) => e.type === "session.next.permission.replied" && e.data.reply === "reject"))
          assert.deepStrictEqual(yield* permissions.pending(id), [], "no request is left pending for an ended activity")
        }).pipe(Effect.ensuring(Effect.flatMap(Engine.Fake, (f) => Effect.sync(() => f.clear())))))

      it.effect("by a stop: it stays open on its request, and the reply after the restart continues it", () =>
        Effect.gen(function*() {
          const { events, id, key, request } = yield* parkAndInterrupt(true)
          const fake = yield* Engine.Fake
          const runner = yield* SessionRunner.SessionRunner
          const store = yield* EventStore.EventStore
          const permissions = yield* Permissions.Permissions
          assert.isFalse(events.some((e) => e.type === "session.next.activity.ended"), "a stop leaves the parked activity open")
          assert.deepStrictEqual((yield* permissions.pending(id)).map((p) => p.id), [request.id])
          fake.push({ steps: [{ text: "done" }] })
          // a reply before the resumed call waits again is read back when it does
          const resumed = yield* Effect.fork(runner.resume(id))
          yield* permissions.reply(id, request.id, "once")
          assert.isTrue(Option.isSome(yield* Fiber.join(resumed)))
          assert.strictEqual(TestTools.marks.get(key), 1, "the approved call ran once")
          const all = (yield* store.readStream(id, { limit: 500 })).events
          const ended = all.filter((e) => e.type === "session.next.activity.ended")
          assert.deepStrictEqual(ended.map((e) => e.type === "session.next.activity.ended" && e.data.outcome), ["completed"])
        }).pipe(Effect.ensuring(Effect.flatMap(Engine.Fake, (f) => Effect.sync(() => f.clear())))))

      it.effect("a request asked after its step was stopped is rejected as soon as it is recorded", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const permissions = yield* Permissions.Permissions
          const id = yield* newSession("stopped step")
          const ask = {
            sessionId: id,
            permission: "mark",
            patterns: ["*"],
            rules: [{ permission: "mark", pattern: "*", action: "ask" as const }],
            messageId: Ids.newMessageId(),
            callId: "call-late"
          }
          // the step was stopped by the time the call asked: recorded (the user sees what was asked), and refused
          const decision = yield* permissions.check({ ...ask, abandoned: () => true })
          assert.deepStrictEqual(decision, { _tag: "Rejected" })
          assert.deepStrictEqual(yield* permissions.pending(id), [])
          const types = (yield* store.readStream(id, { limit: 50 })).events.map((e) => e.type)
          assert.deepStrictEqual(types.slice(1), ["session.next.permission.asked", "session.next.permission.replied"])
        }))
    })
  }
)
