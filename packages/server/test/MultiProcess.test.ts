/**
 * Several server processes on one PostgreSQL database (docs/scale.md): the
 * built bundle, three times, on a fresh schema, with the fake provider.
 * Prompts, waits, replies and event streams go through any process; each
 * session is run by one process at a time (leases), a dead one's sessions
 * finish on the others within the bound, and a paused one that wakes after
 * losing its sessions writes nothing more to them (fencing). The logs are
 * checked with the chaos suite's invariants.
 */
import { Databases, FakeProvider } from "@ratchet/testing"
import * as ChaosCheck from "@ratchet/testing/chaos/check"
import * as ChaosServer from "@ratchet/testing/chaos/server"
import * as fs from "node:fs"
import type { Server } from "node:http"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const unavailable = await Databases.pgUnavailable()
if (unavailable !== undefined) console.warn(`MultiProcess.test.ts skipped: ${unavailable}`)

const LEASE_TTL_MS = 3_000
/** The bound the issue sets (docs/scale.md: failover within ~4/3 of the lease). */
const FAILOVER_BOUND_MS = 10_000

let dir: string
let db: Awaited<ReturnType<typeof Databases.pgSchema>>
let fake: FakeProvider.FakeProvider
let fakeServer: Server
let procs: Array<ChaosServer.ServerProcess>
let seed = 20261203
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}
const any = () => procs.filter((p) => p.alive())[Math.floor(random() * procs.filter((p) => p.alive()).length)]!

const json = async (base: string, route: string, init: RequestInit = {}) => {
  const r = await fetch(base + route, { ...init, headers: { "content-type": "application/json", ...(init.headers ?? {}) } })
  const text = await r.text()
  return { status: r.status, body: (text === "" ? undefined : JSON.parse(text)) as Record<string, unknown> }
}
const post = (base: string, route: string, body?: unknown) =>
  json(base, route, { method: "POST", ...(body === undefined ? {} : { body: JSON.stringify(body) }) })

const history = async (base: string, id: string): Promise<ChaosCheck.SessionLog> => {
  const events: Array<ChaosCheck.Event> = []
  let after = ""
  for (;;) {
    const page = await json(base, `/api/session/${id}/history?limit=5000${after === "" ? "" : `&after=${after}`}`)
    events.push(...(page.body.data as Array<ChaosCheck.Event>))
    if (page.body.hasMore !== true) break
    after = String(page.body.cursor)
  }
  return { id, events, raw: events.map((e) => JSON.stringify(e)) }
}

/** The chaos invariants, and: activities of a session never overlap (one runner at a time). */
const check = (logs: ReadonlyArray<ChaosCheck.SessionLog>, acknowledged: ReadonlySet<string>) => {
  // no global follower here (the stream test reads a session's): that check is the chaos suite's
  const violations = ChaosCheck.check({ logs, acknowledged, interrupted: new Set(), replies: [], dir, followers: [], global: [] })
    .filter((v) => v.kind !== "global-lost")
  for (const log of logs) {
    let open = 0
    for (const e of log.events) {
      if (e.type === "session.next.activity.started") open++
      if (e.type === "session.next.activity.ended") open--
      if (open > 1) violations.push({ kind: "activities-overlap", detail: `${log.id}: two activities open at seq ${e.durable.seq}` })
    }
    const texts = new Set<string>()
    for (const e of log.events) {
      if (e.type === "session.next.text.ended") texts.add(String(e.data.textID))
      if (e.type === "session.next.text.delta" && texts.has(String(e.data.textID))) {
        violations.push({ kind: "write-after-close", detail: `${log.id}: a delta for text ${String(e.data.textID)} after it ended (seq ${e.durable.seq})` })
      }
    }
  }
  return violations
}

/** The session's last event about its runs (a title the first answer prompts may be written after its end). */
const lastActivity = (log: ChaosCheck.SessionLog) => log.events.filter((e) => e.type !== "session.updated").at(-1)

const newSession = async () => ((await post(any().base, "/api/session", {})).body.data as { id: string }).id

describe.skipIf(unavailable !== undefined)("several processes on one PostgreSQL", () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-multi-"))
    db = await Databases.pgSchema()
    const started = await FakeProvider.start(0)
    fake = started.provider
    fakeServer = started.server
    // every turn streams a little (20 chunks, 10 ms apart) unless a test queues its own
    fake.setDefault(() => ({ steps: [{ text: Array.from({ length: 20 }, (_, i) => `w${i} `) }], delayMs: 10 }))
    const config = path.join(dir, "ratchet.json")
    fs.writeFileSync(config, JSON.stringify({
      model: "fake/m",
      provider: { fake: { options: { baseURL: fake.baseURL } } },
      server: { leaseTtlMs: LEASE_TTL_MS }
    }))
    procs = await Promise.all([0, 1, 2].map(() => ChaosServer.make({ cwd: dir, db: db.url, config, trace: process.env.MULTI_TRACE !== undefined })))
    // one at a time: the first migrates the schema
    for (const p of procs) await p.up()
  }, 120_000)

  afterAll(async () => {
    for (const p of procs ?? []) {
      p.unpause()
      await p.kill()
    }
    await new Promise((r) => fakeServer?.close(r))
    await db?.drop()
    if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true })
  })

  it("30 sessions prompted through random processes: each activity runs once, in one process at a time", async () => {
    const ids = await Promise.all(Array.from({ length: 30 }, () => newSession()))
    const acknowledged = new Set<string>()
    // two prompts each, through different processes, the second while the first may be running elsewhere
    await Promise.all(ids.map(async (id) => {
      for (const text of ["first", "second"]) {
        const r = await post(any().base, `/api/session/${id}/prompt`, { prompt: { text } })
        expect(r.status).toBe(200)
        acknowledged.add(`${id}/${(r.body.data as { id: string }).id}`)
      }
    }))
    // waited for through any process, whichever runs the session
    await Promise.all(ids.map((id) => post(any().base, `/api/session/${id}/wait`)))
    const logs = await Promise.all(ids.map((id) => history(any().base, id)))
    for (const log of logs) {
      const activities = log.events.filter((e) => e.type === "session.next.activity.ended")
      if (activities.length !== 2) console.log(log.id, log.events.filter((e) => !e.type.endsWith(".delta")).map((e) => `${e.durable.seq} ${e.type.replace("session.next.", "")} ${JSON.stringify(e.data).slice(0, 160)}`).join("\n"))
      expect(activities.map((e) => e.data.outcome), log.id).toEqual(["completed", "completed"])
    }
    expect(check(logs, acknowledged)).toEqual([])
  }, 120_000)

  it("a permission asked in one process is answered through another; an event stream on a third sees every event once", async () => {
    const [a, b, c] = procs
    const id = ((await post(a!.base, "/api/session", {})).body.data as { id: string }).id
    const stream = await fetch(`${c!.base}/api/session/${id}/event`)
    const reader = stream.body!.getReader()
    let text = ""
    const reading = (async () => {
      for (;;) {
        const chunk = await reader.read()
        if (chunk.done) return
        text += new TextDecoder().decode(chunk.value)
        if (text.includes("session.next.activity.ended")) return
      }
    })()
    fake.push({ steps: [{ toolCall: { id: "cross-1", name: "bash", args: { command: "echo crossed", description: "echo" } } }] }, { steps: [{ text: "done" }] })
    expect((await post(a!.base, `/api/session/${id}/prompt`, { prompt: { text: "run it" } })).status).toBe(200)
    let request: { id: string } | undefined
    for (let i = 0; i < 200 && request === undefined; i++) {
      request = ((await json(b!.base, `/api/session/${id}/permission`)).body.data as Array<{ id: string }>)[0]
      if (request === undefined) await ChaosServer.sleep(50)
    }
    expect(request).toBeDefined()
    expect((await post(b!.base, `/api/session/${id}/permission/${request!.id}/reply`, { reply: "once" })).status).toBe(204)
    await post(c!.base, `/api/session/${id}/wait`)
    await Promise.race([reading, ChaosServer.sleep(15_000)])
    await reader.cancel()
    const log = await history(b!.base, id)
    expect(JSON.stringify(log.events.find((e) => e.type === "session.next.tool.success")?.data)).toContain("crossed")
    expect(lastActivity(log)?.data.outcome).toBe("completed")
    const seqs = text.split("\n").filter((l) => l.startsWith("data: ")).map((l) => (JSON.parse(l.slice(6)) as { durable: { seq: number } }).durable.seq)
    expect(seqs).toEqual(log.events.map((e) => e.durable.seq))
    expect(check([log], new Set())).toEqual([])
  }, 60_000)

  it("kill -9 of a process mid-stream: its sessions finish on the others within the bound", async () => {
    const victim = procs[0]!
    const ids = await Promise.all(Array.from({ length: 5 }, () => newSession()))
    // long answers: 60 chunks 50 ms apart (3 s), started through the victim, which runs them
    fake.push(...ids.map(() => ({ steps: [{ text: Array.from({ length: 60 }, (_, i) => `long${i} `) }], delayMs: 50 })))
    const acknowledged = new Set<string>()
    for (const id of ids) {
      const r = await post(victim.base, `/api/session/${id}/prompt`, { prompt: { text: "a long one" } })
      acknowledged.add(`${id}/${(r.body.data as { id: string }).id}`)
    }
    for (let i = 0; i < 200 && fake.inFlight() < ids.length; i++) await ChaosServer.sleep(25)
    await ChaosServer.sleep(300)
    // the sessions the victim runs: any process may take a prompted session first (a busy machine
    // delays the victim's own wake past another's sweep), and those are not the victim's to lose
    const owned = new Set(Object.keys((await json(victim.base, "/api/session/active")).body.data as Record<string, unknown>))
    expect(owned.size, "the victim runs at least one of the sessions").toBeGreaterThan(0)
    const killedAt = Date.now()
    await victim.kill()
    const survivors = procs.filter((p) => p !== victim)
    // answered: the session's last event is its activity's end. `wait` returns when the session is idle,
    // and a session whose input the victim admitted but had not started is idle until a survivor's
    // sweep takes it (after the victim's lease on it lapses), so wait again until it is answered
    const finished = await Promise.all(ids.map(async (id) => {
      const base = survivors[ids.indexOf(id) % survivors.length]!.base
      for (let i = 0; i < 100; i++) {
        await post(base, `/api/session/${id}/wait`)
        if (lastActivity(await history(base, id))?.type === "session.next.activity.ended") break
        await ChaosServer.sleep(100)
      }
      return Date.now() - killedAt
    }))
    const logs = await Promise.all(ids.map((id) => history(survivors[0]!.base, id)))
    // the victim's sessions were taken over: the cut turn retried (recorded), then answered; every session answered
    for (const log of logs) {
      if (owned.has(log.id)) expect(log.events.some((e) => e.type === "session.next.retried"), log.id).toBe(true)
      expect(lastActivity(log)?.data.outcome, log.id).toBe("completed")
    }
    // the takeover itself, not the retried answer, is what the bound is about: the first event after the kill
    const takeovers = logs.filter((log) => owned.has(log.id)).map((log) => {
      const at = log.events.find((e) => e.type === "session.next.retried")!
      return Number((at.data as { timestamp?: number }).timestamp) - killedAt
    })
    console.log(`failover: takeover ${Math.max(...takeovers)} ms (max of ${takeovers.length}), finished ${Math.max(...finished)} ms after the kill`)
    expect(Math.max(...takeovers)).toBeLessThan(FAILOVER_BOUND_MS)
    expect(check(logs, acknowledged)).toEqual([])
    await victim.up()
  }, 90_000)

  it("a paused owner that wakes after losing its session is fenced: nothing it writes lands", async () => {
    const owner = procs[1]!
    const id = await newSession()
    fake.push({ steps: [{ text: Array.from({ length: 80 }, (_, i) => `slow${i} `) }], delayMs: 50 })
    const r = await post(owner.base, `/api/session/${id}/prompt`, { prompt: { text: "slow" } })
    const acknowledged = new Set([`${id}/${(r.body.data as { id: string }).id}`])
    const others = procs.filter((p) => p !== owner)
    for (let i = 0; i < 200; i++) {
      if ((await history(others[0]!.base, id)).events.some((e) => e.type === "session.next.text.delta")) break
      await ChaosServer.sleep(25)
    }
    owner.pause()
    try {
      // another process takes it over (retrying the cut turn) and finishes it
      let log = await history(others[0]!.base, id)
      for (let i = 0; i < 400 && lastActivity(log)?.type !== "session.next.activity.ended"; i++) {
        await ChaosServer.sleep(50)
        log = await history(others[0]!.base, id)
      }
      expect(log.events.some((e) => e.type === "session.next.retried")).toBe(true)
      expect(lastActivity(log)?.data.outcome).toBe("completed")
    } finally {
      owner.unpause()
    }
    // the owner wakes up mid-stream, with its provider read and its commits in hand: they must not land
    await ChaosServer.sleep(LEASE_TTL_MS)
    const after = await history(others[1]!.base, id)
    expect(lastActivity(after)?.type).toBe("session.next.activity.ended")
    expect(check([after], acknowledged)).toEqual([])
    // and it still serves, and says what happened: it saw the session taken, and (when it had writes in hand) was refused
    expect((await json(owner.base, `/api/session/${id}`)).status).toBe(200)
    const metrics = await (await fetch(`${owner.base}/metrics`)).text()
    const figure = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)`, "m").exec(metrics)?.[1] ?? 0)
    expect(figure("ratchet_leases_lost_total")).toBeGreaterThanOrEqual(1)
    console.log(`fencing: the paused owner lost ${figure("ratchet_leases_lost_total")} session(s); ${figure("ratchet_appends_fenced_total")} of its appends were refused`)
  }, 90_000)
})
