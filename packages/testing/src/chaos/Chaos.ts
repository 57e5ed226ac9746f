/**
 * The chaos harness: the real server (the built `ratchet` bundle) as a child
 * process on SQLite or PostgreSQL, driven through its HTTP API by scripted
 * sessions (ChaosScript: streams, idempotent and non-idempotent tools,
 * permissions, questions, task children), with steers, interrupts and
 * admission bursts, while an operator answers requests and followers read
 * the event streams (ChaosClients). It is killed with SIGKILL at seeded
 * points and restarted, again and again; at the end it restarts once more,
 * lets every session settle, and checks the invariants (ChaosCheck) and the
 * read models against a rebuild (ChaosRebuild).
 *
 * `npm run chaos -- --kills 200 --seed N` runs a long one (scripts/chaos.ts);
 * the server's test suite runs a bounded one per backend.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import * as FakeProvider from "../FakeProvider.js"
import { seededRandom } from "../Seeded.js"
import * as ChaosCheck from "./ChaosCheck.js"
import * as ChaosClients from "./ChaosClients.js"
import * as ChaosRebuild from "./ChaosRebuild.js"
import * as ChaosScript from "./ChaosScript.js"
import * as ChaosServer from "./ChaosServer.js"

export interface Report {
  readonly seed: number
  readonly kills: number
  readonly starts: number
  readonly prompts: number
  readonly acknowledged: number
  readonly sessions: number
  readonly activities: number
  readonly exhausted: number
  readonly replies: number
  readonly interrupts: number
  readonly reconnects: number
  readonly events: number
  readonly kinds: Record<string, number>
  readonly violations: ReadonlyArray<ChaosCheck.Violation>
}

const trace = (line: string) => {
  if (process.env.CHAOS_TRACE !== undefined) process.stderr.write(`chaos: ${line}\n`)
}

const json = (url: string, init?: RequestInit) =>
  fetch(url, init).then(async (r) => ({ status: r.status, body: (await r.json().catch(() => undefined)) as unknown }), () => ({ status: 0, body: undefined }))

const post = (url: string, body?: unknown) =>
  json(url, body === undefined ? { method: "POST" } : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })

const canonical = (text: string) => JSON.stringify(JSON.parse(text))

export { byKind } from "./ChaosCheck.js"

export const run = async (options: {
  readonly kills: number
  readonly seed: number
  /** Top-level sessions (default 6); the first third are also sent interrupts. */
  readonly sessions?: number
  /** `postgres://…` to run on PostgreSQL; default a fresh SQLite file. */
  readonly db?: string
}): Promise<Report> => {
  const next = seededRandom(options.seed)
  const pick = <A>(items: ReadonlyArray<A>) => items[Math.floor(next() * items.length)]!
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-chaos-"))
  fs.writeFileSync(path.join(dir, "notes.txt"), "a file the model reads\n")
  fs.mkdirSync(path.join(dir, "marks"))
  const { server: fakeServer, provider } = await FakeProvider.start(0)
  provider.setDefault(ChaosScript.answer)
  const config = path.join(dir, "ratchet.json")
  fs.writeFileSync(config, JSON.stringify({ model: "fake/m", provider: { fake: { options: { baseURL: provider.baseURL } } } }))
  const db = options.db ?? path.join(dir, "chaos.db")
  const server = await ChaosServer.make({ cwd: dir, db, config, trace: process.env.CHAOS_TRACE !== undefined })
  const base = server.base

  const acknowledged = new Set<string>()
  const interrupted = new Set<string>()
  const kinds: Record<string, number> = {}
  let prompts = 0
  let interrupts = 0
  let operator: ReturnType<typeof ChaosClients.operator> | undefined
  const followers: Array<{ readonly session: string; readonly f: ReturnType<typeof ChaosClients.follower> }> = []
  let global: ReturnType<typeof ChaosClients.follower> | undefined
  try {
    await server.up()
    const sessions: Array<string> = []
    for (let i = 0; i < (options.sessions ?? 6); i++) {
      const created = await post(`${base}/api/session`, { title: `chaos ${i}` })
      sessions.push((created.body as { data: { id: string } }).data.id)
    }
    const interruptible = sessions.slice(0, Math.max(1, Math.floor(sessions.length / 3)))
    operator = ChaosClients.operator(base, next)
    global = ChaosClients.follower(base, "/api/event")
    for (const s of sessions) followers.push({ session: s, f: ChaosClients.follower(base, `/api/session/${s}/event`) })

    for (let k = 0; k < options.kills; k++) {
      await server.up()
      const burst = 1 + Math.floor(next() * 4)
      const sent: Array<Promise<void>> = []
      for (let j = 0; j < burst; j++) {
        const tag = `k${k}x${j}`
        const session = pick(sessions)
        const kind = pick(ChaosScript.KINDS)
        kinds[kind] = (kinds[kind] ?? 0) + 1
        const roll = next()
        const delivery = roll < 0.25 ? "steer" : roll < 0.3 && interruptible.includes(session) ? "interrupt" : "queue"
        if (delivery === "interrupt") interrupted.add(session)
        const id = `msg_chaos${tag}`
        prompts++
        sent.push(post(`${base}/api/session/${session}/prompt`, { id, prompt: { text: ChaosScript.promptText(kind, tag) }, delivery }).then((r) => {
          if (r.status === 200) acknowledged.add(`${session}/${id}`)
        }))
        await ChaosServer.sleep(next() * 60)
      }
      if (next() < 0.3) {
        const s = pick(interruptible)
        interrupted.add(s)
        interrupts++
        await ChaosServer.sleep(next() * 200)
        sent.push(post(`${base}/api/session/${s}/interrupt`).then(() => undefined))
      }
      // kills land anywhere: mid-stream, mid-command, while requests wait, just after replies
      await ChaosServer.sleep(30 + next() * 600)
      await server.kill()
      await Promise.all(sent)
      trace(`kill ${k + 1}: ${acknowledged.size} acknowledged, ${operator.acknowledged.length} replies`)
    }
    await server.up()
    trace("final start; waiting for every session")
    // settle: the operator keeps answering, so every session comes to rest
    const violations: Array<ChaosCheck.Violation> = []
    const deadline = Date.now() + 120_000
    for (const s of sessions) {
      let status: number | string = 0
      while (Date.now() < deadline) {
        status = await fetch(`${base}/api/session/${s}/wait`, { method: "POST", signal: AbortSignal.timeout(20_000) }).then((r) => r.status, (e: Error) => e.message)
        if (status === 204) break
      }
      if (status !== 204) violations.push({ kind: "unsettled", detail: `${s}: did not settle after the last restart (${status})` })
    }
    // child sessions (task) are in the listing too
    const listed = await json(`${base}/api/session?limit=1000`)
    const all = ((listed.body as { data: Array<{ id: string }> }).data).map((x) => x.id)
    const logs: Array<ChaosCheck.SessionLog> = []
    for (const s of all) {
      const events: Array<ChaosCheck.Event> = []
      let after = ""
      for (;;) {
        const r = await fetch(`${base}/api/session/${s}/history?limit=5000${after === "" ? "" : `&after=${after}`}`)
        const page = (await r.json()) as { data: Array<ChaosCheck.Event>; hasMore: boolean; cursor: string }
        events.push(...page.data)
        if (!page.hasMore) break
        after = encodeURIComponent(page.cursor)
      }
      logs.push({ id: s, events, raw: events.map((e) => JSON.stringify(e)) })
    }
    // followers catch up with the settled log before they are compared
    const head = logs.reduce((n, l) => n + l.raw.length, 0)
    for (let i = 0; i < 200; i++) {
      const caughtUp = followers.every(({ session, f }) => f.frames.length >= (logs.find((l) => l.id === session)?.raw.length ?? 0)) &&
        global.frames.length >= head
      if (caughtUp) break
      await ChaosServer.sleep(50)
    }
    await Promise.all([operator.stop(), global.stop(), ...followers.map(({ f }) => f.stop())])
    violations.push(...ChaosCheck.check({
      logs,
      acknowledged,
      interrupted,
      replies: operator.acknowledged,
      dir,
      followers: followers.map(({ session, f }) => ({ session, frames: f.frames.map((x) => ({ id: x.id, data: canonical(x.data) })) })),
      global: global.frames.map((x) => ({ id: x.id, data: canonical(x.data) }))
    }))
    await server.kill()
    for (const d of await ChaosRebuild.compare(db)) violations.push({ kind: "read-model-differs", detail: d })
    return {
      seed: options.seed,
      kills: options.kills,
      starts: server.starts(),
      prompts,
      acknowledged: acknowledged.size,
      sessions: all.length,
      activities: logs.reduce((n, l) => n + l.events.filter((e) => e.type === "session.next.activity.started").length, 0),
      // activities that met the recovery bound (many kills during one long, steered activity): a visible failure, not a violation
      exhausted: logs.reduce((n, l) => n + l.events.filter((e) => e.type === "session.next.activity.ended" && (e.data.error as { type?: string } | undefined)?.type === "recovery_exhausted").length, 0),
      replies: operator.acknowledged.length,
      interrupts,
      reconnects: followers.reduce((n, { f }) => n + f.reconnects(), global.reconnects()),
      events: head,
      kinds,
      violations
    }
  } finally {
    await Promise.all([operator?.stop(), global?.stop(), ...followers.map(({ f }) => f.stop())])
    await server.kill()
    fakeServer.closeAllConnections()
    fakeServer.close()
    if (process.env.CHAOS_KEEP === undefined) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    else process.stderr.write(`chaos: kept ${dir}\n`)
  }
}
