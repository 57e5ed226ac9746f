/**
 * `npm run bench:multi`: several `ratchet serve` processes on one PostgreSQL
 * database (docs/scale.md). For 1, 2 and 3 processes on a fresh schema, the
 * same load — 24 sessions, each prompted once through the processes in turn,
 * each answer 200 chunks 5 ms apart from the fake provider (its own process
 * would be fairer; here it shares the benchmark's, which does little else) —
 * and what came out: aggregate chunks per second against what was offered,
 * and each answer's time from its prompt to its activity's end (ideal: 1 s;
 * p50 and p99). With 2 and 3 processes, one is then killed (SIGKILL) in the
 * middle of a second round and the time until its sessions' turns are taken
 * over is measured: the first event written to them after the kill
 * (lease 3 s). The last line is one JSON object of the
 * figures.
 */
import * as Databases from "@ratchet/testing/databases"
import * as ChaosServer from "@ratchet/testing/chaos/server"
import * as FakeProvider from "@ratchet/testing/fake-provider"
import { percentile, round, table } from "@ratchet/testing/bench/stats"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const SESSIONS = Number(process.env["BENCH_SESSIONS"] ?? 24)
const CHUNKS = 200
const SPACING_MS = 5
const LEASE_TTL_MS = 3_000

const unavailable = await Databases.pgUnavailable()
if (unavailable !== undefined) {
  console.log(`bench:multi needs PostgreSQL: ${unavailable}`)
  process.exit(0)
}

const { provider: fake, server: fakeServer } = await FakeProvider.start(0)
fake.setDefault(() => ({ steps: [{ text: Array.from({ length: CHUNKS }, (_, i) => `c${i} `) }], delayMs: SPACING_MS }))

const post = async (base: string, route: string, body?: unknown) => {
  const r = await fetch(base + route, { method: "POST", headers: { "content-type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
  const text = await r.text()
  return { status: r.status, body: (text === "" ? undefined : JSON.parse(text)) as Record<string, unknown> }
}
const history = async (base: string, id: string) =>
  ((await (await fetch(`${base}/api/session/${id}/history?limit=5000`)).json()) as { data: Array<{ type: string; data: Record<string, unknown> }> }).data

const cluster = async (n: number) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-bench-multi-"))
  const db = await Databases.pgSchema()
  const config = path.join(dir, "ratchet.json")
  fs.writeFileSync(config, JSON.stringify({ model: "fake/m", provider: { fake: { options: { baseURL: fake.baseURL } } }, server: { leaseTtlMs: LEASE_TTL_MS } }))
  const procs = await Promise.all(Array.from({ length: n }, () => ChaosServer.make({ cwd: dir, db: db.url, config, trace: false })))
  for (const p of procs) await p.up()
  return {
    procs,
    close: async () => {
      for (const p of procs) await p.kill()
      await db.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** One round: every session prompted once (through the processes in turn); returns per-answer times and the wall time. */
const round_ = async (procs: ReadonlyArray<ChaosServer.ServerProcess>, ids: ReadonlyArray<string>) => {
  const alive = () => procs.filter((p) => p.alive())
  const started = performance.now()
  const times = await Promise.all(ids.map(async (id, i) => {
    const t0 = performance.now()
    // admission is idempotent by message id: a prompt cut by the kill is sent again through a live process
    const message = `msg_bench${Math.random().toString(36).slice(2, 12)}`
    for (let k = 0; ; k++) {
      const live = alive()
      const r = await post((k === 0 ? procs[i % procs.length]! : live[k % live.length]!).base, `/api/session/${id}/prompt`, { id: message, prompt: { text: "go" } })
        .catch(() => undefined)
      if (r !== undefined && r.status < 300) break
    }
    // waited for through another process than the one that admitted it
    for (;;) {
      const live = alive()
      const r = await post(live[(i + 1) % live.length]!.base, `/api/session/${id}/wait`).catch(() => undefined)
      if (r !== undefined && r.status < 300) break
    }
    return performance.now() - t0
  }))
  return { times: times.sort((a, b) => a - b), wall: performance.now() - started }
}

const rows: Array<Record<string, string | number>> = []
const figures: Record<string, number> = {}
for (const n of [1, 2, 3]) {
  if (process.env["BENCH_TRACE"] !== undefined) console.error(`processes: ${n}`)
  const c = await cluster(n)
  try {
    const ids = await Promise.all(Array.from({ length: SESSIONS }, async (_, i) =>
      ((await post(c.procs[i % n]!.base, "/api/session", {})).body.data as { id: string }).id))
    const { times, wall } = await round_(c.procs, ids)
    const offered = SESSIONS * CHUNKS / ((CHUNKS * SPACING_MS) / 1000)
    const rate = SESSIONS * CHUNKS / (wall / 1000)
    let failover = Number.NaN
    if (n > 1) {
      // a second round; the first process is killed once its answers are streaming
      const victim = c.procs[0]!
      const mine = ids.filter((_, i) => i % n === 0)
      const second = round_(c.procs, ids)
      for (let i = 0; i < 400 && fake.inFlight() < SESSIONS / 2; i++) await ChaosServer.sleep(10)
      await ChaosServer.sleep(200)
      const killedAt = Date.now()
      await victim.kill()
      await second
      const survivor = c.procs[1]!.base
      const takeovers = await Promise.all(mine.map(async (id) => {
        // the first thing written to the session after the kill: the takeover's first step
        const events = await history(survivor, id)
        const next = events.find((e) => Number(e.data.timestamp) > killedAt)
        return next === undefined ? Number.NaN : Number(next.data.timestamp) - killedAt
      }))
      if (process.env["BENCH_TRACE"] !== undefined) console.error(`takeovers: ${JSON.stringify(takeovers)}`)
      failover = Math.max(...takeovers.filter((t) => Number.isFinite(t)))
    }
    rows.push({
      processes: n,
      sessions: SESSIONS,
      "chunks/s": round(rate, 0),
      "offered chunks/s": round(offered, 0),
      "ratio to offered": round(rate / offered, 3),
      "answer p50 ms": round(percentile(times, 50), 0),
      "answer p99 ms": round(percentile(times, 99), 0),
      "failover ms": Number.isFinite(failover) ? round(failover, 0) : "—"
    })
    figures[`chunks_per_s_${n}p`] = round(rate, 0)
    figures[`ratio_to_offered_${n}p`] = round(rate / offered, 3)
    figures[`answer_p50_ms_${n}p`] = round(percentile(times, 50), 0)
    figures[`answer_p99_ms_${n}p`] = round(percentile(times, 99), 0)
    if (Number.isFinite(failover)) figures[`failover_ms_${n}p`] = round(failover, 0)
  } finally {
    await c.close()
  }
}
console.log(table(rows))
console.log(JSON.stringify(figures))
fakeServer.close()
process.exit(0)
