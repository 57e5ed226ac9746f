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
  for (const n of [1, 1, 200, 200, 1, 200]) {
    fake.setDefault(() => ({ steps: [{ text: Array.from({ length: n }, (_, i) => `c${i} `) }] }))
    const times: Array<number> = []
    for (let k = 0; k < 10; k++) {
      const id = Ids.newSessionId()
      yield* store.append(id, [Events.make("session.created", { title: "b", agent: "build", model: { providerID: "fake", id: "f" }, location: { directory: "/tmp" } })], { expectedSequence: 0 })
      const t0 = performance.now()
      yield* ex.prompt(id, { prompt: { text: "go" }, delivery: "queue" })
      yield* ex.awaitIdle(id)
      times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    console.log(`${n} chunks: median activity ${times[5]!.toFixed(1)} ms`)
  }
}).pipe(Effect.provide(Engine.layer(Database.sqlite({ filename: db.filename }))))
await Effect.runPromise(prog)
db.remove()
const db2 = Databases.makeSqliteDir()
await Effect.runPromise(Effect.gen(function*() {
  const fake = yield* Engine.Fake
  const ex = yield* SessionExecution.SessionExecution
  const store = yield* EventStore.EventStore
  fake.setDefault(() => ({ steps: [{ text: ["a"] }] }))
  for (let k = 0; k < 5; k++) {
    const id = Ids.newSessionId()
    yield* store.append(id, [Events.make("session.created", { title: "b", agent: "build", model: { providerID: "fake", id: "f" }, location: { directory: "/tmp" } })], { expectedSequence: 0 })
    const t0 = Date.now()
    yield* ex.prompt(id, { prompt: { text: "go" }, delivery: "queue" })
    yield* ex.awaitIdle(id)
    const t1 = Date.now()
    if (k < 3) continue
    const es = (yield* store.readStream(id)).events
    console.log(es.map((e) => `${e.created - t0} ${e.type.replace("session.next.", "")}`).join("\n"), "\nidle at", t1 - t0)
  }
}).pipe(Effect.provide(Engine.layer(Database.sqlite({ filename: db2.filename })))))
db2.remove()
