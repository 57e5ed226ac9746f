/**
 * The chaos harness: the real server (the built `ratchet` bundle) as a child
 * process, on SQLite or PostgreSQL, driven with prompts whose answers stream from the fake provider
 * (text, and `read` tool calls), killed with SIGKILL at seeded random points
 * and restarted, again and again. At the end it restarts once more, waits
 * for every session to settle and checks what must hold whatever the kills:
 *
 * - every acknowledged prompt (a 200 for its message id) was promoted into
 *   the transcript exactly once, and no prompt more than once;
 * - each session's sequence is contiguous (1, 2, 3 …);
 * - every activity that started has ended, and none ended `interrupted`
 *   (recovery retries instead);
 * - no provider attempt was announced twice (`step.started` per message).
 *
 * `Chaos.test.ts` runs a bounded version in CI; `npm run chaos` a long one.
 */
import { FakeProvider } from "@ratchet/testing"
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import * as fs from "node:fs"
import * as net from "node:net"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { seededRandom } from "./seeded.js"

const BUILD = fileURLToPath(new URL("../scripts/build.mjs", import.meta.url))
const MAIN = fileURLToPath(new URL("../dist/ratchet.mjs", import.meta.url))

export interface ChaosReport {
  readonly kills: number
  readonly prompts: number
  readonly acknowledged: number
  readonly activities: number
  readonly violations: ReadonlyArray<string>
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (probe.address() as net.AddressInfo).port
      probe.close(() => resolve(port))
    })
  })

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const trace = (line: string) => {
  if (process.env.CHAOS_TRACE !== undefined) process.stderr.write(`chaos: ${line}\n`)
}

export const run = async (options: {
  readonly kills: number
  readonly seed: number
  readonly sessions?: number
  /** `postgres://…` to run on PostgreSQL; default a fresh SQLite file. */
  readonly db?: string
}): Promise<ChaosReport> => {
  execFileSync(process.execPath, [BUILD], { stdio: "ignore" })
  const next = seededRandom(options.seed)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-chaos-"))
  fs.writeFileSync(path.join(dir, "notes.txt"), "a file the model reads\n")
  const { server: fakeServer, provider } = await FakeProvider.start(0)
  // answers stream slowly enough for kills to land mid-stream; some turns call `read` (idempotent) first
  provider.setDefault((r) => {
    const last = r.body.messages?.at(-1)
    return last?.role === "user" && next() < 0.4
      ? { steps: [{ toolCall: { name: "read", args: { filePath: "notes.txt" } } }] }
      : { delayMs: 8, steps: [{ text: Array.from({ length: 25 }, (_, i) => `w${i} `) }] }
  })
  const config = path.join(dir, "ratchet.json")
  fs.writeFileSync(config, JSON.stringify({ model: "fake/m", provider: { fake: { options: { baseURL: provider.baseURL } } } }))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const db = options.db ?? path.join(dir, "chaos.db")
  let child: ChildProcess | undefined

  const up = async () => {
    child = spawn(process.execPath, [MAIN, "serve", "--port", String(port), "--db", db, "--config", config], {
      cwd: dir,
      stdio: process.env.CHAOS_TRACE === undefined ? "ignore" : ["ignore", "ignore", "inherit"]
    })
    for (let i = 0; i < 200; i++) {
      const ok = await fetch(`${base}/api/session?limit=1`).then((r) => r.ok, () => false)
      if (ok) return
      await sleep(50)
    }
    throw new Error("the server did not come up")
  }
  // a process killed by a signal has a signalCode and no exitCode
  const alive = () => child !== undefined && child.exitCode === null && child.signalCode === null
  const kill = async () => {
    const c = child
    if (c === undefined || !alive()) return
    const exited = new Promise((resolve) => c.once("exit", resolve))
    c.kill("SIGKILL")
    await exited
  }
  const post = (p: string, body: unknown) =>
    fetch(`${base}${p}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
      .then(async (r) => ({ status: r.status, body: await r.json().catch(() => undefined) as { data?: { id?: string } } | undefined }), () => ({ status: 0, body: undefined }))

  const violations: Array<string> = []
  const acknowledged = new Set<string>()
  let prompts = 0
  try {
    await up()
    const sessions: Array<string> = []
    for (let i = 0; i < (options.sessions ?? 4); i++) {
      const created = await post("/api/session", { title: `chaos ${i}` })
      sessions.push(created.body!.data!.id!)
    }
    for (let k = 0; k < options.kills; k++) {
      if (!alive()) await up()
      const burst = 1 + Math.floor(next() * 3)
      const sent: Array<Promise<void>> = []
      for (let j = 0; j < burst; j++) {
        const id = `msg_chaos${k}x${j}`
        const session = sessions[Math.floor(next() * sessions.length)]!
        prompts++
        sent.push(post(`/api/session/${session}/prompt`, { id, prompt: { text: `prompt ${k}.${j}` } }).then((r) => {
          if (r.status === 200) acknowledged.add(`${session}/${id}`)
        }))
        await sleep(next() * 40)
      }
      await sleep(20 + next() * 300)
      await kill()
      await Promise.all(sent)
      trace(`kill ${k + 1}: ${acknowledged.size} acknowledged so far`)
    }
    await up()
    trace("final start; waiting for every session")
    // settle: every session idle (resume runs what the kills left)
    for (const s of sessions) {
      const waited = await fetch(`${base}/api/session/${s}/wait`, { method: "POST", signal: AbortSignal.timeout(30_000) }).then((r) => r.status, (e: Error) => e.message)
      trace(`wait ${s}: ${waited}`)
      if (waited !== 204) violations.push(`${s}: did not settle after the last restart (${waited})`)
    }
    let activities = 0
    for (const s of sessions) {
      const page = await fetch(`${base}/api/session/${s}/history?limit=5000`).then((r) => r.json()) as {
        data: Array<{ type: string; durable: { seq: number }; data: Record<string, unknown> }>
      }
      const events = page.data
      events.forEach((e, i) => {
        if (e.durable.seq !== i + 1) violations.push(`${s}: sequence ${e.durable.seq} at position ${i + 1}`)
      })
      const prompted = events.filter((e) => e.type === "session.next.prompted").map((e) => String(e.data.messageID))
      const counts = new Map<string, number>()
      for (const id of prompted) counts.set(id, (counts.get(id) ?? 0) + 1)
      for (const [id, n] of counts) if (n > 1) violations.push(`${s}: ${id} promoted ${n} times`)
      for (const key of acknowledged) {
        const [session, id] = key.split("/")
        if (session === s && counts.get(id!) !== 1) violations.push(`${s}: acknowledged ${id} promoted ${counts.get(id!) ?? 0} times`)
      }
      const started = events.filter((e) => e.type === "session.next.activity.started").length
      const ended = events.filter((e) => e.type === "session.next.activity.ended")
      activities += started
      if (started !== ended.length) violations.push(`${s}: ${started} activities started, ${ended.length} ended`)
      for (const e of ended) if (e.data.outcome === "interrupted") violations.push(`${s}: an activity ended interrupted`)
      const steps = events.filter((e) => e.type === "session.next.step.started").map((e) => String(e.data.assistantMessageID))
      if (new Set(steps).size !== steps.length) violations.push(`${s}: a provider attempt was announced twice`)
    }
    return { kills: options.kills, prompts, acknowledged: acknowledged.size, activities, violations }
  } finally {
    await kill()
    fakeServer.closeAllConnections()
    fakeServer.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
