/**
 * An activity whose writes are refused cannot record its own end; the run
 * loop records it, so the session does not read as busy forever.
 */
import { assert, describe, layer } from "@effect/vitest"
import { Database, EventStore, SessionQueries, SessionWriter } from "@ratchet/store"
import { SessionExecution } from "@ratchet/engine"
import { Events, Ids } from "@ratchet/schema"
import { Cause, Effect, Layer, Option } from "effect"
import { afterAll } from "vitest"
import { Databases, Engine } from "../src/index.js"

const db = Databases.makeSqliteDir()
afterAll(() => db.remove())

/** The real writer, except that a delta reading POISON is refused as a broken disk would refuse it. */
const poisoning = Layer.scoped(
  SessionWriter.SessionWriter,
  Effect.map(SessionWriter.make, (writer) =>
    SessionWriter.SessionWriter.of({
      append: writer.append,
      offer: (sessionId, events, onError) =>
        events.some((e) => e.type === "session.next.text.delta" && e.data.delta === "POISON")
          ? Effect.sync(() => onError(Cause.die(new Error("disk full"))))
          : writer.offer(sessionId, events, onError)
    }))
)

layer(Engine.layer(Database.sqlite({ filename: db.filename }), { writer: poisoning }), { excludeTestServices: true })(
  "an activity whose writes are refused",
  (it) => {
    describe("an activity whose writes are refused", () => {
      it.effect("is recorded as failed by the run loop, with what was committed settled", () =>
        Effect.gen(function*() {
          const fake = yield* Engine.Fake
          const store = yield* EventStore.EventStore
          const ex = yield* SessionExecution.SessionExecution
          const queries = yield* SessionQueries.SessionQueries
          const id = Ids.newSessionId()
          yield* store.append(id, [Events.make("session.created", {
            title: "poisoned",
            agent: "build",
            model: { providerID: "fake", id: "fake-1" },
            location: { directory: "/tmp" }
          })], { expectedSequence: 0 })
          fake.push({ delayMs: 5, steps: [{ text: ["fine ", "POISON", "never"] }] })
          yield* ex.prompt(id, { prompt: { text: "go" }, delivery: "queue" })
          yield* ex.awaitIdle(id)
          const all = (yield* store.readStream(id, { limit: 500 })).events
          const ended = all.filter((e) => e.type === "session.next.activity.ended")
          assert.strictEqual(ended.length, 1)
          assert.deepInclude(ended[0]!.data as object, { outcome: "failed" })
          assert.include(JSON.stringify(ended[0]!.data), "disk full")
          const session = Option.getOrThrow(yield* queries.session(id))
          assert.strictEqual(session.status, "idle")
          const [, assistant] = yield* queries.messages(id)
          assert.strictEqual(assistant!.parts[0]!.text, "fine ")
          assert.isDefined(assistant!.parts[0]!.time.completed)
        }))
    })
  }
)
