import { Database, EventStore, SessionExecution } from "@ratchet/core"
import { Events, Ids } from "@ratchet/schema"
import { Effect } from "effect"
import * as Databases from "../src/Databases.js"
import * as Engine from "../src/Engine.js"
const db = Databases.makeSqliteDir()
const prog = Effect.gen(function*() {
  const fake = yield* Engine.Fake
  const ex = yield* SessionExecution.SessionExecution
  const store = yield* EventStore.EventStore
  fake.setDefault(() => ({ steps: [{ text: ["a", "b"] }] }))
  const ids = []
  for (let k = 0; k < 300; k++) {
    const id = Ids.newSessionId()
    yield* store.append(id, [Events.make("session.created", { title: "b", agent: "build", model: { providerID: "fake", id: "f" }, location: { directory: "/tmp" } })], { expectedSequence: 0 })
    ids.push(id)
  }
  const t0 = performance.now()
  yield* Effect.forEach(ids, (id) => ex.prompt(id, { prompt: { text: "go" }, delivery: "queue" }), { concurrency: 32 })
  yield* Effect.forEach(ids, (id) => ex.awaitIdle(id), { concurrency: "unbounded" })
  console.log("per activity CPU-ish", ((performance.now() - t0) / 300).toFixed(2), "ms")
}).pipe(Effect.provide(Engine.layer(Database.sqlite({ filename: db.filename }), { maxConcurrentActivities: 32 })), Effect.withTracerEnabled(false))
await Effect.runPromise(prog)
db.remove()
