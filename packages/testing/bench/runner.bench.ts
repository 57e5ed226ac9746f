/**
 * npm run bench:runner — streamed output through the whole engine (fake
 * provider on loopback → adapter → runner → group commit → SQLite), against
 * the fake provider streamed to a plain HTTP consumer in the same run. The
 * fake provider runs as its own process, as a real provider is remote: it
 * must not share the engine's event loop.
 *
 * 1, 8 and 32 concurrent sessions, 200 chunks each, at 0 ms and 5 ms between
 * chunks, and 64 and 128 at 5 ms (the offered load grows with the sessions:
 * `aggregate_ratio_<n>x5` is what the engine kept up with). Chunk-to-committed latency is from the provider writing a chunk
 * (its send time is in the chunk) to the commit that made it durable.
 * Then each wire format (Chat Completions, Anthropic, Responses, Gemini)
 * at 8 sessions × 0 and 5 ms, three interleaved rounds (medians): each
 * wire's ratio to a plain consumer of the same wire, and that ratio over
 * the Chat Completions path's (`wire_vs_openai_*`, target ≥ 0.9).
 * The last line is one JSON object of the figures.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { type ChildProcess, spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { Database, EventStore, LogWriter } from "@ratchet/store"
import { SessionExecution } from "@ratchet/engine"
import { Events, Ids, type SessionId } from "@ratchet/schema"
import { Context, Effect, Layer, Logger, LogLevel } from "effect"
import * as Databases from "../src/Databases.js"
import * as Engine from "../src/Engine.js"
import type { Wire } from "../src/FakeWires.js"
import { plainChunksPerSecond } from "./plain.js"
import { percentile, round, table } from "./stats.js"

const QUICK = process.env.BENCH_QUICK === "1"
const CHUNKS = Number(process.env.BENCH_CHUNKS ?? 200)
const SESSIONS = QUICK ? [1, 8] : [1, 8, 32]
/** Paced streams also at 64 and 128 sessions: whether throughput keeps up with what is offered (no run ceiling). */
const PACED_SESSIONS = QUICK ? [1, 8, 32] : [1, 8, 32, 64, 128]
const SPACINGS = [0, 5]
/** BENCH_ONLY=32x5,64x5 runs just those scenarios (a profile's focus); the figures then hold only them. */
const ONLY = process.env.BENCH_ONLY?.split(",").map((s) => s.split("x").map(Number) as [number, number])
const sessionsAt = (spacing: number) =>
  ONLY !== undefined ? ONLY.filter(([, sp]) => sp === spacing).map(([n]) => n) : spacing === 0 ? SESSIONS : PACED_SESSIONS

const now = () => performance.timeOrigin + performance.now()

/** Measures every commit (a LogWriter transaction): how many, and how long after its chunks were sent. */
const measure = { commits: 0, chunks: 0, latencies: [] as Array<number> }
/** A chunk of the fake provider's bench model: its send time, then `;chunk i`. */
const SENT = /(\d+(?:\.\d+)?);chunk \d+/g
const record = (inputs: ReadonlyArray<LogWriter.AppendInput>) => {
  const t = now()
  measure.commits++
  for (const input of inputs) {
    for (const e of input.events) {
      if (e.type !== "session.next.text.delta") continue
      // the runner merges the chunks of one provider read into one delta: each carries its send time
      for (const m of e.data.delta.matchAll(SENT)) {
        measure.chunks++
        measure.latencies.push(t - Number(m[1]))
      }
    }
  }
}
const measuredDatabase = (filename: string) =>
  Layer.effectContext(
    Effect.gen(function*() {
      const sql = yield* SqlClient.SqlClient
      const inner = yield* LogWriter.LogWriter
      const wrapped: LogWriter.LogWriterService = {
        ...inner,
        append: (input, project) => Effect.tap(inner.append(input, project), () => Effect.sync(() => record([input]))),
        appendMany: (inputs, project) => Effect.tap(inner.appendMany(inputs, project), () => Effect.sync(() => record(inputs)))
      }
      return Context.make(SqlClient.SqlClient, sql).pipe(Context.add(LogWriter.LogWriter, wrapped))
    })
  ).pipe(Layer.provide(Database.sqlite({ filename })))

/** Starts the fake provider as a child process; resolves with its base URL. */
const spawnProvider = Effect.acquireRelease(
  Effect.async<{ readonly baseURL: string; readonly child: ChildProcess }>((resume) => {
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("../src/fakeProviderMain.ts", import.meta.url)), "--port", "0"], {
      stdio: ["ignore", "pipe", "inherit"]
    })
    child.stdout!.on("data", (data: Buffer) => {
      const match = /on (http:\/\/\S+)/.exec(data.toString())
      if (match) resume(Effect.succeed({ baseURL: match[1]!, child }))
    })
  }),
  ({ child }) => Effect.sync(() => child.kill())
)

/** The physical limit: the same streams read by plain fetch, nothing else done with them. */
const plainConsumer = (baseURL: string, sessions: number, spacing: number, wire: Wire) =>
  Effect.promise(() => plainChunksPerSecond(baseURL, sessions, spacing, CHUNKS, wire))

const WIRES: ReadonlyArray<Wire> = ["openai", "anthropic", "responses", "gemini"]
const WIRE_SESSIONS = 8
const WIRE_ROUNDS = QUICK ? 1 : 3
const providerOf = (wire: Wire) => (wire === "openai" ? "remote" : `remote-${wire}`)

const scenario = (baseURL: string, sessions: number, spacing: number, wire: Wire = "openai") =>
  Effect.gen(function*() {
    const ex = yield* SessionExecution.SessionExecution
    const store = yield* EventStore.EventStore
    const ids: Array<SessionId> = []
    for (let i = 0; i < sessions; i++) {
      const id = Ids.newSessionId()
      yield* store.append(id, [Events.make("session.created", {
        title: "bench",
        agent: "build",
        model: { providerID: providerOf(wire), id: `bench-${spacing}-${CHUNKS}` },
        location: { directory: "/tmp" }
      })], { expectedSequence: 0 })
      ids.push(id)
    }
    const plain = yield* plainConsumer(baseURL, sessions, spacing, wire)
    measure.commits = 0
    measure.chunks = 0
    measure.latencies = []
    let peakRss = process.memoryUsage().rss
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20)
    const t0 = performance.now()
    yield* Effect.forEach(ids, (id) => ex.prompt(id, { prompt: { text: "go" }, delivery: "queue" }), { concurrency: "unbounded" })
    yield* Effect.forEach(ids, (id) => ex.awaitIdle(id), { concurrency: "unbounded" })
    const seconds = (performance.now() - t0) / 1000
    clearInterval(sampler)
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
    const lat = [...measure.latencies].sort((a, b) => a - b)
    const rate = measure.chunks / seconds
    const plainRate = plain
    return {
      sessions,
      spacing,
      chunks: measure.chunks,
      writesPerChunk: measure.commits / Math.max(1, measure.chunks),
      p50: percentile(lat, 50),
      p99: percentile(lat, 99),
      rate,
      plainRate,
      ratio: rate / plainRate,
      rssMb: peakRss / 1024 / 1024
    }
  })

const main = Effect.gen(function*() {
  const db = Databases.makeSqliteDir()
  const { baseURL } = yield* spawnProvider
  const engine = Engine.layer(measuredDatabase(db.filename), {
    // the server's default: no run ceiling below what the machine can hold
    maxConcurrentActivities: 1024,
    providers: Object.fromEntries(WIRES.map((wire) => [providerOf(wire), wire === "openai" ? baseURL : { baseURL, wire }]))
  })
  const { results, wires } = yield* Effect.gen(function*() {
    for (const wire of WIRES) yield* scenario(baseURL, 4, 0, wire) // warm-up
    const out = []
    for (const spacing of SPACINGS) for (const sessions of sessionsAt(spacing)) out.push(yield* scenario(baseURL, sessions, spacing))
    const byWire: Array<{ wire: Wire; spacing: number; ratio: number; rate: number }> = []
    for (let round = 0; round < (ONLY === undefined ? WIRE_ROUNDS : 0); round++) {
      for (const spacing of SPACINGS) {
        for (const wire of WIRES) {
          const r = yield* scenario(baseURL, WIRE_SESSIONS, spacing, wire)
          byWire.push({ wire, spacing, ratio: r.ratio, rate: r.rate })
        }
      }
    }
    return { results: out, wires: byWire }
  }).pipe(Effect.provide(engine))
  db.remove()
  console.log(table(results.map((r) => ({
    sessions: r.sessions,
    "spacing ms": r.spacing,
    chunks: r.chunks,
    "commits/chunk": round(r.writesPerChunk, 3),
    "commit p50 ms": round(r.p50),
    "commit p99 ms": round(r.p99),
    "chunks/s": round(r.rate, 0),
    "plain chunks/s": round(r.plainRate, 0),
    ratio: round(r.ratio),
    "peak RSS MB": round(r.rssMb, 0)
  }))))
  const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  const wireRatio = (wire: Wire, spacing: number) => median(wires.filter((w) => w.wire === wire && w.spacing === spacing).map((w) => w.ratio))
  const wireRate = (wire: Wire, spacing: number) => median(wires.filter((w) => w.wire === wire && w.spacing === spacing).map((w) => w.rate))
  if (ONLY === undefined) console.log(`\nwire formats, ${WIRE_SESSIONS} sessions × ${CHUNKS} chunks, median of ${WIRE_ROUNDS} interleaved rounds`)
  if (ONLY === undefined) console.log(table(SPACINGS.flatMap((spacing) => WIRES.map((wire) => ({
    wire,
    "spacing ms": spacing,
    "chunks/s": round(wireRate(wire, spacing), 0),
    "ratio to plain": round(wireRatio(wire, spacing)),
    "vs chat completions": round(wireRatio(wire, spacing) / wireRatio("openai", spacing))
  })))))
  const pick = (sessions: number, spacing: number) => results.find((r) => r.sessions === sessions && r.spacing === spacing)
  const top = Math.max(...SESSIONS.filter((n) => n <= 32))
  const figures: Record<string, number> = {}
  for (const r of results) {
    const k = `${r.sessions}x${r.spacing}`
    figures[`p50_commit_ms_${k}`] = round(r.p50, 3)
    figures[`p99_commit_ms_${k}`] = round(r.p99, 3)
    figures[`commits_per_chunk_${k}`] = round(r.writesPerChunk, 4)
    figures[`chunks_per_s_${k}`] = round(r.rate, 0)
    figures[`aggregate_ratio_${k}`] = round(r.ratio, 3)
    figures[`peak_rss_mb_${k}`] = round(r.rssMb, 1)
  }
  if (ONLY !== undefined) {
    console.log(JSON.stringify(figures))
    return
  }
  figures.p99_commit_ms_32x5 = round(pick(top, 5)!.p99, 3)
  figures.aggregate_ratio_0ms = round(pick(top, 0)!.ratio, 3)
  for (const spacing of SPACINGS) {
    for (const wire of WIRES) {
      figures[`wire_ratio_${wire}_${spacing}ms`] = round(wireRatio(wire, spacing), 3)
      if (wire !== "openai") figures[`wire_vs_openai_${wire}_${spacing}ms`] = round(wireRatio(wire, spacing) / wireRatio("openai", spacing), 3)
    }
  }
  console.log(JSON.stringify(figures))
})

// the engine's info line per activity would bury the table
Effect.runPromise(Effect.scoped(main).pipe(Logger.withMinimumLogLevel(LogLevel.Warning))).then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
