/**
 * `npm run bench:http`: the HTTP API under load, the server and the fake
 * provider each in their own process (as deployed), this process as the
 * clients.
 *
 * - cold start: process spawn to a healthy `/api/health`;
 * - prompt admission latency at 1 and 64 concurrent clients;
 * - chunk-to-SSE-client latency and aggregate chunks/s for 1, 8, 32
 *   sessions × 200 chunks at 0 ms spacing and 1, 8, 32, 64, 128 at 5 ms,
 *   against the fake provider streamed straight to a plain HTTP client in
 *   the same run (the ratio, and that client's own chunk latency: the
 *   floor, `plain p99 ms`), with the server's longest event-loop block
 *   during each (its loop monitor, read from `/metrics`);
 * - SSE frames and socket reads per chunk;
 * - server RSS idle and with 1,000 idle SSE subscribers.
 *
 * The last line is one JSON object of the figures. `BENCH_SERVER_LOG=1`
 * shows the server's log (event-loop stalls) and slow admissions.
 */
import { writeLongSession } from "@ratchet/testing/bench/longSession"
import { plainConsumer } from "@ratchet/testing/bench/plain"
import { percentile, round, table } from "@ratchet/testing/bench/stats"
import { type ChildProcess, spawn } from "node:child_process"
import * as fs from "node:fs"
import * as http from "node:http"
import * as net from "node:net"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const CHUNKS = Number(process.env.BENCH_CHUNKS ?? 200)
// the built bundle, as `npm start` runs it (`npm run bench:http` builds it first)
// BENCH_SERVER_MAIN: another build of the server (an A/B of two builds in alternated runs)
const SERVER_MAIN = process.env.BENCH_SERVER_MAIN ?? fileURLToPath(new URL("../dist/ratchet.mjs", import.meta.url))
const FAKE_MAIN = fileURLToPath(new URL("../../testing/src/fakeProviderMain.ts", import.meta.url))
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-bench-http-"))
const children: Array<ChildProcess> = []
process.on("exit", () => {
  for (const c of children) c.kill("SIGKILL")
  fs.rmSync(dir, { recursive: true, force: true })
})

const now = () => performance.timeOrigin + performance.now()
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const startFake = () =>
  new Promise<string>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", FAKE_MAIN, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] })
    children.push(child)
    child.stdout!.on("data", (data: Buffer) => {
      const match = /on (http:\/\/\S+)/.exec(data.toString())
      if (match) resolve(match[1]!)
    })
  })

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port
      s.close(() => resolve(port))
    })
  })

/** Spawns `ratchet serve`; resolves when healthy, with the time that took. */
const startServer = async (config: string, db: string) => {
  const port = await freePort()
  const t0 = performance.now()
  // BENCH_SERVER_PROF=<dir>: the server writes a CPU profile there when it stops (docs/performance.md)
  // BENCH_SERVER_FLAGS: more node flags for the server (`--trace-gc`, say)
  const prof = [
    ...(process.env.BENCH_SERVER_PROF === undefined ? [] : ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_SERVER_PROF}`]),
    ...(process.env.BENCH_SERVER_FLAGS?.split(" ").filter((f) => f !== "") ?? [])
  ]
  const child = spawn(process.execPath, [...prof, SERVER_MAIN, "serve", "--port", String(port), "--db", db, "--config", config], {
    stdio: ["ignore", process.env.BENCH_SERVER_LOG === "1" ? "inherit" : "ignore", "inherit"]
  })
  children.push(child)
  const baseUrl = `http://127.0.0.1:${port}`
  while (true) {
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)
    if (ok) break
    await sleep(5)
  }
  return { child, baseUrl, coldStartMs: performance.now() - t0 }
}

/** CPU time a process has used (user + system), in ms: /proc's clock ticks (100 a second). */
const cpuMs = (pid: number): number => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")
  return (Number(fields[11]) + Number(fields[12])) * 10
}
/** The server whose CPU the streaming scenarios read (set once it has started). */
let serverPid = 0

const rssKb = (pid: number): number => {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1])
}

const json = async (url: string, body?: unknown) => {
  const r = await fetch(url, body === undefined ? {} : {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body)
  })
  return (await r.json()) as { data: { id: string } }
}

const createSession = async (baseUrl: string, model?: string) =>
  (await json(`${baseUrl}/api/session`, model === undefined ? {} : { model: { providerID: "bench", id: model } })).data.id

// -- admission -----------------------------------------------------------------
// node:http with a keep-alive agent, one socket per client: under 64 closed-loop
// clients, fetch (undici) added ~1 s outliers of its own connection handling, which
// the server never saw (measured at the server's request/finish events)
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
const postJson = (url: string, body: string | undefined) =>
  new Promise<number>((resolve, reject) => {
    const req = http.request(url, {
      method: body === undefined ? "GET" : "POST",
      agent,
      headers: body === undefined ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(body) }
    }, (res) => {
      res.resume()
      res.on("end", () => resolve(res.statusCode ?? 0))
    })
    req.on("error", reject)
    req.end(body)
  })

/**
 * Prompt admissions (`resume: false`: the admission path alone). Closed loop
 * (`pauseMs` 0): each client sends its next prompt when the last is answered.
 * Paced: each client sends one prompt every `pauseMs`, as users typing would.
 */
const admission = async (baseUrl: string, clients: number, perClient: number, pauseMs = 0) => {
  if (process.env.BENCH_SERVER_LOG === "1") console.log(`${new Date().toISOString().slice(11, 23)} admission ${clients}x${perClient}`)
  const sessions = await Promise.all(Array.from({ length: clients }, () => createSession(baseUrl)))
  // every client's connection is open before the clock starts, as a real client's would be: under a
  // saturated closed loop, connections still being set up were starved by the busy ones and their
  // first requests measured the accept queue (300–800 ms), not admission
  await Promise.all(sessions.map(() => postJson(`${baseUrl}/api/health`, undefined)))
  const latencies: Array<number> = []
  const t0 = performance.now()
  let last = performance.now()
  const lagMonitor = setInterval(() => {
    const now = performance.now()
    if (process.env.BENCH_SERVER_LOG === "1" && now - last > 60) console.log(`bench client lag ${Math.round(now - last - 10)} ms at +${Math.round(now - t0)}`)
    last = now
  }, 10)
  await Promise.all(sessions.map(async (id, c) => {
    if (pauseMs > 0) await sleep((pauseMs * c) / clients) // spread the clients over one period
    for (let i = 0; i < perClient; i++) {
      const start = performance.now()
      const status = await postJson(`${baseUrl}/api/session/${id}/prompt`, JSON.stringify({ prompt: { text: `admission ${i}` }, resume: false }))
      if (status !== 200) throw new Error(`admission: HTTP ${status}`)
      const took = performance.now() - start
      latencies.push(took)
      if (process.env.BENCH_SERVER_LOG === "1" && took > 300) console.log(`slow admission: client ${c} request ${i} at +${Math.round(start - t0)} ms took ${Math.round(took)} ms`)
      if (pauseMs > took) await sleep(pauseMs - took)
    }
  }))
  const seconds = (performance.now() - t0) / 1000
  clearInterval(lagMonitor)
  latencies.sort((a, b) => a - b)
  return {
    clients,
    pauseMs,
    requests: latencies.length,
    rate: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99)
  }
}

// -- streaming -----------------------------------------------------------------
interface StreamStats {
  chunks: number
  frames: number
  reads: number
  latencies: Array<number>
  ended: number
}

/** Reads a session's SSE stream until its activity ends, timing each text delta against its send time. */
const follow = async (baseUrl: string, sessionID: string, stats: StreamStats, ready: () => void) => {
  const res = await fetch(`${baseUrl}/api/session/${sessionID}/event?after=1`)
  const decoder = new TextDecoder()
  let buffer = ""
  let signalled = false
  for await (const bytes of res.body as unknown as AsyncIterable<Uint8Array>) {
    const t = now()
    stats.reads++
    buffer += decoder.decode(bytes, { stream: true })
    if (!signalled && buffer.includes(": connected")) {
      signalled = true
      ready()
    }
    let end: number
    while ((end = buffer.indexOf("\n\n")) !== -1) {
      const frame = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      if (!frame.startsWith("id:")) continue
      stats.frames++
      if (frame.includes("event: session.next.text.delta")) {
        // the runner merges the chunks of one provider read into one delta: each carries its send time
        for (const sent of frame.matchAll(/(\d+(?:\.\d+)?);chunk \d+/g)) {
          stats.chunks++
          stats.latencies.push(t - Number(sent[1]))
        }
      } else if (frame.includes("event: session.next.activity.ended")) {
        stats.ended = Math.max(stats.ended, t)
        return // leaving the loop cancels the body
      }
    }
  }
}

const streaming = async (baseUrl: string, fakeURL: string, sessions: number, spacing: number) => {
  if (process.env.BENCH_SERVER_LOG === "1") console.log(`${new Date().toISOString().slice(11, 23)} streaming ${sessions}x${spacing}`)
  const plain = await plainConsumer(fakeURL, sessions, spacing, CHUNKS)
  const plainRate = plain.rate
  const plainLat = [...plain.latencies].sort((a, b) => a - b)
  const ids = await Promise.all(Array.from({ length: sessions }, () => createSession(baseUrl, `bench-${spacing}-${CHUNKS}`)))
  const stats: StreamStats = { chunks: 0, frames: 0, reads: 0, latencies: [], ended: 0 }
  let readyCount = 0
  let allReady: () => void = () => undefined
  const ready = new Promise<void>((r) => (allReady = r))
  const followers = ids.map((id) => follow(baseUrl, id, stats, () => ++readyCount === sessions && allReady()))
  await ready
  // the prompts go out on connections already open (node:http keep-alive, one socket each), as in the
  // admission figures: through fetch they reached the server one by one, ~30 ms apart, at 32 sessions
  await Promise.all(ids.map(() => postJson(`${baseUrl}/api/health`, undefined)))
  const t0 = now()
  const cpu0 = cpuMs(serverPid)
  await Promise.all(ids.map(async (id) => {
    const status = await postJson(`${baseUrl}/api/session/${id}/prompt`, JSON.stringify({ prompt: { text: "go" } }))
    if (status !== 200) throw new Error(`prompt: HTTP ${status}`)
  }))
  await Promise.all(followers)
  const serverCpuMs = cpuMs(serverPid) - cpu0
  const seconds = (stats.ended - t0) / 1000
  const lat = stats.latencies.sort((a, b) => a - b)
  const rate = stats.chunks / seconds
  return {
    sessions,
    spacing,
    chunks: stats.chunks,
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
    // the floor on this machine: the same provider streams read directly, in this run
    plainP99: percentile(plainLat, 99),
    rate,
    plainRate,
    ratio: rate / plainRate,
    framesPerChunk: stats.frames / Math.max(1, stats.chunks),
    readsPerChunk: stats.reads / Math.max(1, stats.chunks),
    // the server's CPU per chunk, and its share of one core over the scenario (1 = a core busy throughout)
    cpuUsPerChunk: (serverCpuMs * 1000) / Math.max(1, stats.chunks),
    cpuCores: serverCpuMs / 1000 / seconds
  }
}

// -- the event loop -------------------------------------------------------------
/** The server's loop monitor, read from `/metrics`: the longest block yet, and blocks counted by bucket. */
const loopStats = async (baseUrl: string) => {
  const text = await (await fetch(`${baseUrl}/metrics`)).text()
  const max = Number(/^ratchet_event_loop_block_max_ms(?:\{[^}]*\})? (\S+)/m.exec(text)?.[1] ?? Number.NaN)
  const buckets = new Map<number, number>()
  for (const m of text.matchAll(/^ratchet_event_loop_block_ms_bucket\{[^}]*le="([^"]+)"[^}]*\} (\S+)/gm)) {
    buckets.set(m[1] === "+Inf" ? Number.POSITIVE_INFINITY : Number(m[1]), Number(m[2]))
  }
  return { max, buckets }
}

/**
 * The longest block between two readings: exact when it set a new maximum, otherwise
 * bounded by the smallest bucket no new block went past.
 */
const blockBetween = (before: Awaited<ReturnType<typeof loopStats>>, after: Awaited<ReturnType<typeof loopStats>>) => {
  if (after.max > before.max) return { ms: after.max, exact: true }
  const bounds = [...after.buckets.keys()].sort((a, b) => a - b)
  const total = (m: Map<number, number>) => m.get(Number.POSITIVE_INFINITY) ?? 0
  for (const le of bounds) {
    const newAbove = (total(after.buckets) - (after.buckets.get(le) ?? 0)) - (total(before.buckets) - (before.buckets.get(le) ?? 0))
    if (newAbove === 0) return { ms: le, exact: false }
  }
  return { ms: after.max, exact: false }
}

/** How many blocks between two readings went past 50 ms (the target's bound; one block is noise, a count is not). */
const blocksOver50 = (before: Awaited<ReturnType<typeof loopStats>>, after: Awaited<ReturnType<typeof loopStats>>) => {
  const above = (m: Map<number, number>) => (m.get(Number.POSITIVE_INFINITY) ?? 0) - (m.get(50) ?? 0)
  return above(after.buckets) - above(before.buckets)
}

// -- replay ---------------------------------------------------------------------
/**
 * A long session read back from the start: over SSE (`follow=false`) and as history pages.
 * Written into the server's database beside it (longSession.ts): a streamed answer's chunks
 * that arrive together are one delta, so streaming no longer makes 20,000 events quickly.
 */
const replay = async (baseUrl: string, db: string, events: number) => {
  const id = await writeLongSession(db, process.cwd(), events)
  let t0 = performance.now()
  const res = await fetch(`${baseUrl}/api/session/${id}/event?follow=false`)
  const text = await res.text()
  const sseEvents = (text.match(/^id: /gm) ?? []).length
  const sseSeconds = (performance.now() - t0) / 1000
  t0 = performance.now()
  let after = ""
  let pageEvents = 0
  while (true) {
    const page = (await (await fetch(`${baseUrl}/api/session/${id}/history?limit=5000${after === "" ? "" : `&after=${after}`}`)).json()) as {
      data: Array<unknown>
      hasMore: boolean
      cursor: string
    }
    pageEvents += page.data.length
    after = page.cursor
    if (!page.hasMore) break
  }
  return { events: sseEvents, sseRate: sseEvents / sseSeconds, historyRate: pageEvents / ((performance.now() - t0) / 1000) }
}

// -- idle subscribers ------------------------------------------------------------
const idleSubscribers = async (baseUrl: string, pid: number, count: number) => {
  const url = new URL(baseUrl)
  const sessions = await Promise.all(Array.from({ length: 50 }, () => createSession(baseUrl)))
  await sleep(1000)
  const before = rssKb(pid)
  const sockets: Array<net.Socket> = []
  await Promise.all(Array.from({ length: count }, (_, i) =>
    new Promise<void>((resolve, reject) => {
      const socket = net.connect(Number(url.port), url.hostname, () => {
        socket.write(`GET /api/session/${sessions[i % sessions.length]}/event?after=1 HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`)
      })
      socket.once("data", () => resolve())
      socket.on("error", reject)
      sockets.push(socket)
    })))
  await sleep(2000)
  const after = rssKb(pid)
  for (const s of sockets) s.destroy()
  await sleep(500)
  return { beforeKb: before, afterKb: after, perSubscriberKb: (after - before) / count }
}

// -- the run -------------------------------------------------------------------
/** BENCH_STREAMS=64x5,128x5: just those streaming scenarios on a fresh server (a profile's focus), their rows and figures. */
const focus = process.env.BENCH_STREAMS?.split(",").map((s) => s.split("x").map(Number) as [number, number])
const fakeURL = await startFake()
const config = path.join(dir, "ratchet.json")
fs.writeFileSync(config, JSON.stringify({
  provider: { bench: { npm: "@ai-sdk/openai-compatible", options: { baseURL: fakeURL } } },
  model: "bench/bench-0-10",
  // BENCH_CONFIG: more of the server's config, as JSON (`{"snapshot": false}`: what the snapshots cost)
  ...(process.env.BENCH_CONFIG === undefined ? {} : JSON.parse(process.env.BENCH_CONFIG) as object)
}))

const colds: Array<number> = []
for (let i = 0; i < (focus === undefined ? 3 : 0); i++) {
  const s = await startServer(config, path.join(dir, `cold-${i}.db`))
  colds.push(s.coldStartMs)
  s.child.kill("SIGTERM")
  await new Promise((r) => s.child.once("exit", r))
}
colds.sort((a, b) => a - b)
const coldStartMs = colds[1] ?? Number.NaN

const server = await startServer(config, path.join(dir, "bench.db"))
serverPid = server.child.pid!
await admission(server.baseUrl, 4, 20) // warm up
await sleep(500)
const idleRssKb = rssKb(server.child.pid!)
const admissions = focus !== undefined ? [] : [
  await admission(server.baseUrl, 1, 200),
  await admission(server.baseUrl, 64, 30),
  await admission(server.baseUrl, 64, 10, 250)
]

// subscribers' memory on a server of their own, fresh but warmed up: on a server that has
// already worked, its grown heap absorbs them and the figure flatters. After the admissions:
// tearing down 1,000 sockets leaves this process garbage that would delay their timing.
const subscribers = focus !== undefined ? { beforeKb: 0, afterKb: 0, perSubscriberKb: Number.NaN } : await (async () => {
  const quiet = await startServer(config, path.join(dir, "subscribers.db"))
  await admission(quiet.baseUrl, 4, 20)
  const measured = await idleSubscribers(quiet.baseUrl, quiet.child.pid!, 1000)
  quiet.child.kill("SIGTERM")
  await new Promise((r) => quiet.child.once("exit", r))
  return measured
})()

const scenarios = focus ?? [0, 5].flatMap((spacing) => (spacing === 0 ? [1, 8, 32] : [1, 8, 32, 64, 128]).map((n) => [n, spacing] as [number, number]))
const streams: Array<Awaited<ReturnType<typeof streaming>>> = []
const blocks: Array<{ sessions: number; spacing: number; ms: number; exact: boolean; over50: number }> = []
// warm-up: the first run in a directory builds its snapshot store from scratch (every file hashed once)
await streaming(server.baseUrl, fakeURL, 1, 0)
for (const [sessions, spacing] of scenarios) {
  const before = await loopStats(server.baseUrl)
  streams.push(await streaming(server.baseUrl, fakeURL, sessions, spacing))
  const after = await loopStats(server.baseUrl)
  blocks.push({ sessions, spacing, ...blockBetween(before, after), over50: blocksOver50(before, after) })
}
const replayed = focus !== undefined ? { events: 0, sseRate: Number.NaN, historyRate: Number.NaN } : await replay(server.baseUrl, path.join(dir, "bench.db"), 20_000)
const peakRssKb = rssKb(server.child.pid!)

if (focus === undefined) console.log(`cold start (spawn → healthy, median of 3): ${round(coldStartMs, 0)} ms`)
if (focus === undefined) console.log(`replay of a ${replayed.events}-event session: SSE ${round(replayed.sseRate, 0)} events/s, history pages ${round(replayed.historyRate, 0)} events/s`)
if (focus === undefined) console.log(`server RSS: idle ${round(idleRssKb / 1024, 1)} MB; with 1,000 idle SSE subscribers +${round(subscribers.perSubscriberKb, 1)} KB each; after streaming ${round(peakRssKb / 1024, 1)} MB\n`)
if (focus === undefined) console.log(table(admissions.map((a) => ({
  "admission clients": a.clients,
  load: a.pauseMs === 0 ? "closed loop" : `1 per ${a.pauseMs} ms each`,
  requests: a.requests,
  "req/s": round(a.rate, 0),
  "p50 ms": round(a.p50, 2),
  "p99 ms": round(a.p99, 2)
}))))
console.log()
console.log(table(streams.map((r) => ({
  sessions: r.sessions,
  "spacing ms": r.spacing,
  chunks: r.chunks,
  "p50 ms": round(r.p50, 2),
  "p99 ms": round(r.p99, 2),
  "plain p99 ms": round(r.plainP99, 2),
  "chunks/s": round(r.rate, 0),
  "plain chunks/s": round(r.plainRate, 0),
  ratio: round(r.ratio, 3),
  "frames/chunk": round(r.framesPerChunk, 3),
  "reads/chunk": round(r.readsPerChunk, 3),
  "server CPU µs/chunk": round(r.cpuUsPerChunk, 0),
  "server cores": round(r.cpuCores, 2),
  "max loop block ms": ((b) => (b === undefined ? "-" : `${b.exact ? "" : "≤ "}${round(b.ms, 0)}`))(blocks.find((b) => b.sessions === r.sessions && b.spacing === r.spacing)),
  "blocks > 50 ms": blocks.find((b) => b.sessions === r.sessions && b.spacing === r.spacing)?.over50 ?? "-"
}))))

const pick = (sessions: number, spacing: number) => streams.find((r) => r.sessions === sessions && r.spacing === spacing)!
const figures: Record<string, number> = focus !== undefined ? {} : {
  sse_p99_ms_32x5: round(pick(32, 5).p99, 2),
  aggregate_ratio_0ms: round(pick(32, 0).ratio, 3),
  admission_p99_ms_64: round(admissions[1]!.p99, 2),
  idle_subscriber_kb: round(subscribers.perSubscriberKb, 1),
  cold_start_ms: round(coldStartMs, 0),
  admission_p50_ms_64: round(admissions[1]!.p50, 2),
  admission_p99_ms_1: round(admissions[0]!.p99, 2),
  admission_rate_64: round(admissions[1]!.rate, 0),
  admission_p50_ms_64_paced: round(admissions[2]!.p50, 2),
  admission_p99_ms_64_paced: round(admissions[2]!.p99, 2),
  idle_rss_mb: round(idleRssKb / 1024, 1),
  sse_replay_events_per_s: round(replayed.sseRate, 0),
  history_replay_events_per_s: round(replayed.historyRate, 0)
}
for (const b of blocks) {
  figures[`max_loop_block_ms_${b.sessions}x${b.spacing}`] = round(b.ms, 0)
  figures[`loop_blocks_over_50ms_${b.sessions}x${b.spacing}`] = b.over50
}
const at128 = blocks.find((b) => b.sessions === 128)
if (at128 !== undefined) figures.max_loop_block_ms_128 = round(at128.ms, 0)
for (const r of streams) {
  figures[`sse_p50_ms_${r.sessions}x${r.spacing}`] = round(r.p50, 2)
  figures[`sse_p99_ms_${r.sessions}x${r.spacing}`] = round(r.p99, 2)
  figures[`plain_p99_ms_${r.sessions}x${r.spacing}`] = round(r.plainP99, 2)
  figures[`aggregate_ratio_${r.sessions}x${r.spacing}`] = round(r.ratio, 3)
  figures[`frames_per_chunk_${r.sessions}x${r.spacing}`] = round(r.framesPerChunk, 3)
  figures[`server_cpu_us_per_chunk_${r.sessions}x${r.spacing}`] = round(r.cpuUsPerChunk, 0)
  figures[`server_cores_${r.sessions}x${r.spacing}`] = round(r.cpuCores, 2)
}
server.child.kill("SIGTERM")
// the profile is written as the server exits
if (process.env.BENCH_SERVER_PROF !== undefined) await new Promise((r) => server.child.once("exit", r))
console.log(JSON.stringify(figures))
process.exit(0)
