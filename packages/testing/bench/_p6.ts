import { Database, EventStore, SessionExecution, Sessions, Storage, ToolRegistry, Agents } from "@ratchet/core"
import { Providers } from "@ratchet/llm"
import { Events, Ids } from "@ratchet/schema"
import { Effect, Layer, Stream } from "effect"
import * as Databases from "../src/Databases.js"
const db = Databases.makeSqliteDir()
const model = { provider: "mem", stream: () => Stream.fromIterable([{ _tag: "TextDelta" as const, id: "t", delta: "a" }, { _tag: "Finish" as const, reason: "stop" as const, usage: { input: 1, output: 1, reasoning: 0, cacheRead: 0, cacheWrite: 0 } }]) }
const engine = Sessions.layer.pipe(
  Layer.provideMerge(Layer.succeed(Providers, Providers.fromRecord({ fake: model }))),
  Layer.provideMerge(ToolRegistry.layer([])),
  Layer.provideMerge(Agents.layer()),
  Layer.provideMerge(Storage.layer()),
  Layer.provideMerge(Database.sqlite({ filename: db.filename }))
)
await Effect.runPromise(Effect.gen(function*() {
  const ex = yield* SessionExecution.SessionExecution
  const store = yield* EventStore.EventStore
  for (const round of [1, 2]) {
    const ids = []
    for (let k = 0; k < 300; k++) {
      const id = Ids.newSessionId()
      yield* store.append(id, [Events.make("session.created", { title: "b", agent: "build", model: { providerID: "fake", id: "f" }, location: { directory: "/tmp" } })], { expectedSequence: 0 })
      ids.push(id)
    }
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    yield* Effect.forEach(ids, (id) => ex.prompt(id, { prompt: { text: "go" }, delivery: "queue" }), { concurrency: 32 })
    yield* Effect.forEach(ids, (id) => ex.awaitIdle(id), { concurrency: "unbounded" })
    const c = process.cpuUsage(c0)
    console.log(`round ${round}: per activity ${((performance.now() - t0) / 300).toFixed(2)} ms wall, ${((c.user + c.system) / 1000 / 300).toFixed(2)} ms cpu`)
  }
}).pipe(Effect.provide(engine)))
db.remove()
