/** The `ratchet` command as a user runs it: real processes, a real fake provider, a temp SQLite file. */
import { FakeProvider } from "@ratchet/testing"
import { execFileSync, spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

// the built bundle, as `npm start` runs it (built in beforeAll)
const BUILD = fileURLToPath(new URL("../scripts/build.mjs", import.meta.url))
const MAIN = fileURLToPath(new URL("../dist/ratchet.mjs", import.meta.url))

interface Result {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

const ratchet = (args: ReadonlyArray<string>, cwd: string, env: Record<string, string> = {}): Promise<Result> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      cwd,
      env: { ...process.env, XDG_CONFIG_HOME: cwd, XDG_DATA_HOME: cwd, ...env }
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString()))
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()))
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })

let dir: string
let fake: Awaited<ReturnType<typeof FakeProvider.start>>
beforeAll(async () => {
  execFileSync(process.execPath, [BUILD])
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-cli-"))
  fake = await FakeProvider.start(0)
  fs.writeFileSync(path.join(dir, "ratchet.json"), JSON.stringify({
    model: "fake/fake-1",
    provider: { fake: { npm: "@ai-sdk/openai-compatible", options: { baseURL: fake.provider.baseURL } } }
  }))
})
afterAll(async () => {
  await new Promise((r) => fake.server.close(r))
  fs.rmSync(dir, { recursive: true, force: true })
})

describe("ratchet CLI", () => {
  it("run: starts an embedded server, streams the answer; --continue reuses the session; export dumps it", async () => {
    const db = path.join(dir, "cli.db")
    const first = await ratchet(["run", "hello", "from", "cli", "--db", db, "--port", "1"], dir)
    expect(first.stderr).toMatch(/session ses_/)
    expect(first.code).toBe(0)
    expect(first.stdout).toContain("echo: hello from cli")
    const sessionID = /session (ses_\w+)/.exec(first.stderr)![1]!

    const second = await ratchet(["run", "again", "--continue", "--db", db, "--port", "1", "--format", "json"], dir)
    expect(second.code).toBe(0)
    const lines = second.stdout.trim().split("\n").map((l) => JSON.parse(l) as { type: string; durable: { aggregateID: string } })
    expect(lines.every((e) => e.durable.aggregateID === sessionID)).toBe(true)
    expect(lines.map((e) => e.type)).toContain("session.next.text.delta")

    const exported = await ratchet(["export", sessionID, "--db", db, "--port", "1"], dir)
    expect(exported.code).toBe(0)
    const doc = JSON.parse(exported.stdout) as { session: { id: string }; messages: Array<unknown>; events: Array<unknown> }
    expect(doc.session.id).toBe(sessionID)
    expect(doc.messages.length).toBe(4)
    expect(doc.events.length).toBeGreaterThan(10)
  })

  it("bad config exits non-zero naming the file and the field", async () => {
    const bad = path.join(dir, "bad.json")
    fs.writeFileSync(bad, JSON.stringify({ provider: { x: { options: { baseURL: 42 } } } }))
    const r = await ratchet(["serve", "--config", bad, "--port", "0"], dir)
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain(`${bad}: provider.x.options.baseURL: Expected string, actual 42`)
  })

  it("refuses to serve beyond loopback without credentials; bad flags are refused", async () => {
    const r = await ratchet(["serve", "--hostname", "0.0.0.0", "--port", "0", "--db", path.join(dir, "x.db")], dir)
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/refusing to listen on 0\.0\.0\.0 without authentication/)
    const flag = await ratchet(["serve", "--port", "many"], dir)
    expect(flag.code).toBe(2)
    expect(flag.stderr).toMatch(/--port: port: expected an integer/)
    const unknown = await ratchet(["frobnicate"], dir)
    expect(unknown.code).toBe(2)
  })
})
