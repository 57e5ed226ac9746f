/**
 * `npm run bench:tracing`: the cost of traces. The whole engine (fake
 * provider on loopback → adapter → runner → group commit → SQLite) streams
 * 8 sessions × 200 chunks at 0 ms spacing, with OTLP export to a local
 * receiver on and off, in interleaved rounds (medians). Target: tracing on
 * within 10% of off (`tracing_on_over_off` ≥ 0.9) — spans are per request,
 * activity, provider turn and tool call, never per chunk.
 * The last line is one JSON object of the figures.
 */
// the modules themselves: the package's index brings vitest's `expect` with it
import * as Databases from "@ratchet/testing/databases"
import * as Engine from "@ratchet/testing/engine"
import { round, table } from "@ratchet/testing/bench/stats"
import { SessionExecution } from "@ratchet/engine"
import { EventStore } from "@ratchet/store"
import { Events, Ids, type SessionId } from "@ratchet/schema"
import { Database } from "@ratchet/store"
import { Effect, Layer, Logger, LogLevel } from "effect"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import * as Tracing from "../src/Tracing.js"

const SESSIONS = 8
const CHUNKS = 200
const ROUNDS = process.env["BENCH_QUICK"] === "1" ? 1 : 3

/** An OTLP receiver that reads and drops what it is sent (the exporter's real work, without a collector). */
const receiver = await new Promise<{ url: string; spans: () => number; close: () => void }>((resolve) => {
  let spans = 0
  const server = createServer((req, res) => {
    const chunks: Array<Buffer> = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      if (req.url === "/v1/traces") spans += (Buffer.concat(chunks).toString().match(/"spanId"/g) ?? []).length
      res.writeHead(200).end("{}")
    })
  })
  server.listen(0, "127.0.0.1", () =>
    resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans: () => spans, close: () => server.close() }))
})

const run = (tracing: boolean) =>
  Effect.gen(function*() {
    const ex = yield* SessionExecution.SessionExecution
    const store = yield* EventStore.EventStore
    const fake = yield* Engine.Fake
    fake.setDefault(() => ({ steps: [{ text: Array.from({ length: CHUNKS }, (_, i) => `chunk ${i} of the answer. `) }] }))
    const ids: Array<SessionId> = []
    for (let i = 0; i < SESSIONS; i++) {
      const id = Ids.newSessionId()
      yield* store.append(id, [Events.make("session.created", { title: "bench", agent: "build", model: { providerID: "fake", id: "fake-1" }, location: { directory: "/tmp" } })], { expectedSequence: 0 })
      ids.push(id)
    }
    const t0 = performance.now()
    yield* Effect.forEach(ids, (id) => ex.prompt(id, { prompt: { text: "go" }, delivery: "queue" }), { concurrency: "unbounded" })
    yield* Effect.forEach(ids, (id) => ex.awaitIdle(id), { concurrency: "unbounded" })
    return { tracing, chunksPerSecond: (SESSIONS * CHUNKS) / ((performance.now() - t0) / 1000) }
  })

const round_ = (tracing: boolean) =>
  Effect.gen(function*() {
    const db = Databases.makeSqliteDir()
    const engine = Engine.layer(Database.sqlite({ filename: db.filename }), { maxConcurrentActivities: 64 })
    const layer = tracing
      ? Layer.provide(engine, Tracing.layer({ endpoint: receiver.url, serviceName: "ratchet-bench", version: "bench", exportIntervalMs: 500 }))
      : engine
    const result = yield* Effect.scoped(Effect.flatMap(Layer.build(layer), (context) => Effect.provide(run(tracing), context)))
    db.remove()
    return result
  })

const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const main = Effect.gen(function*() {
  yield* round_(false) // warm-up
  const results: Array<{ tracing: boolean; chunksPerSecond: number }> = []
  for (let r = 0; r < ROUNDS; r++) {
    results.push(yield* round_(false))
    results.push(yield* round_(true))
  }
  const off = median(results.filter((x) => !x.tracing).map((x) => x.chunksPerSecond))
  const on = median(results.filter((x) => x.tracing).map((x) => x.chunksPerSecond))
  console.log(table([
    { tracing: "off", "chunks/s (median)": round(off, 0), rounds: ROUNDS },
    { tracing: "on (OTLP to a local receiver)", "chunks/s (median)": round(on, 0), rounds: ROUNDS }
  ]))
  console.log(`spans exported: ${receiver.spans()}`)
  console.log(JSON.stringify({ tracing_off_chunks_per_s: round(off, 0), tracing_on_chunks_per_s: round(on, 0), tracing_on_over_off: round(on / off, 3), spans_exported: receiver.spans() }))
})

Effect.runPromise(main.pipe(Logger.withMinimumLogLevel(LogLevel.Warning))).then(
  () => {
    receiver.close()
    process.exit(0)
  },
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
