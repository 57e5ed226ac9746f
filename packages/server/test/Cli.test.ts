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

/** Runs the command with `input` on stdin (closed after it: a pipe, not a terminal). */
const ratchet = (args: ReadonlyArray<string>, cwd: string, env: Record<string, string> = {}, input = ""): Promise<Result> =>
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
    child.stdin.end(input)
  })

/** `ratchet serve` on a free port over `db`; resolves with the process and its URL once it listens. */
const serve = (db: string, env: Record<string, string> = {}) =>
  new Promise<{ readonly server: ReturnType<typeof spawn>; readonly url: string }>((resolve) => {
    const server = spawn(process.execPath, [MAIN, "serve", "--port", "0", "--db", db], { cwd: dir, env: { ...process.env, XDG_CONFIG_HOME: dir, ...env } })
    let out = ""
    const take = (b: Buffer) => {
      out += b.toString()
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out)
      if (m !== null) resolve({ server, url: m[1]! })
    }
    server.stdout!.on("data", take)
    server.stderr!.on("data", take)
  })

// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").replace(/\r/g, "")

/**
 * Runs the command in a pseudo-terminal (util-linux `script`), answering
 * each prompt that appears with the given keystrokes.
 */
const inTerminal = (args: ReadonlyArray<string>, cwd: string, answers: ReadonlyArray<readonly [RegExp, string]>): Promise<Result> =>
  new Promise((resolve) => {
    const command = [process.execPath, MAIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ")
    const child = spawn("script", ["-q", "-e", "-f", "-c", command, "/dev/null"], {
      cwd,
      env: { ...process.env, XDG_CONFIG_HOME: cwd, XDG_DATA_HOME: cwd, TERM: "dumb" }
    })
    let out = ""
    let next = 0
    child.stdout.on("data", (b: Buffer) => {
      out += b.toString()
      const pending = answers[next]
      if (pending !== undefined && pending[0].test(plain(out))) {
        next++
        child.stdin.write(pending[1])
      }
    })
    child.on("close", (code) => resolve({ code, stdout: plain(out), stderr: "" }))
  })

let dir: string
let fake: Awaited<ReturnType<typeof FakeProvider.start>>
beforeAll(async () => {
  execFileSync(process.execPath, [BUILD])
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-cli-"))
  fake = await FakeProvider.start(0)
  fs.writeFileSync(path.join(dir, "ratchet.json"), JSON.stringify({
    model: "fake/fake-1",
    provider: { fake: { npm: "@ai-sdk/openai-compatible", options: { baseURL: fake.provider.baseURL }, models: { "fake-1": { name: "Fake one" } } } }
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

  it("--version, help per command, typed errors for bad usage", async () => {
    const version = await ratchet(["--version"], dir)
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toBe("0.1.0")
    const runHelp = plain((await ratchet(["run", "--help"], dir)).stdout)
    const serveHelp = plain((await ratchet(["serve", "--help"], dir)).stdout)
    expect(runHelp).toContain("--approve")
    expect(runHelp).not.toContain("--cors")
    expect(serveHelp).toContain("--cors")
    expect(serveHelp).toContain("env RATCHET_DB")
    const empty = await ratchet(["run", "--db", path.join(dir, "x.db"), "--port", "1"], dir)
    expect(empty.code).toBe(2)
    expect(empty.stderr).toContain("run needs a message")
  })

  it("run: the session id first; the message from stdin; a permission without a terminal fails clearly unless --approve covers it", async () => {
    const db = path.join(dir, "perm.db")
    fake.provider.push({ steps: [{ text: "piped ok" }] })
    const piped = await ratchet(["run", "--db", db, "--port", "1"], dir, {}, "from stdin\n")
    expect(piped.code).toBe(0)
    expect(piped.stdout).toContain("piped ok")
    expect(fake.provider.requests.at(-1)!.body.messages!.at(-1)!.content).toBe("from stdin")

    fake.provider.push({ steps: [{ toolCall: { name: "bash", args: { command: "echo hi", description: "say hi" } } }] })
    const refused = await ratchet(["run", "say", "hi", "--db", db, "--port", "1"], dir)
    expect(refused.code).toBe(1)
    expect(refused.stderr.split("\n")[0]).toMatch(/^session ses_/)
    expect(refused.stderr).toContain("waiting for permission to bash echo hi")
    expect(refused.stderr).toContain("--approve")

    fake.provider.push({ steps: [{ toolCall: { name: "bash", args: { command: "echo hi", description: "say hi" } } }] }, { steps: [{ text: "said it" }] })
    const approved = await ratchet(["run", "say", "hi", "--approve", "bash:echo *", "--db", db, "--port", "1"], dir)
    expect(approved.code).toBe(0)
    expect(approved.stderr).toContain("⚙ bash echo hi")
    expect(approved.stdout).toContain("said it")
  })

  it.skipIf(!fs.existsSync("/usr/bin/script"))("run in a terminal asks for a permission and takes the keystroke", async () => {
    const db = path.join(dir, "tty.db")
    fake.provider.push({ steps: [{ toolCall: { name: "bash", args: { command: "echo from-tty", description: "echo" } } }] }, { steps: [{ text: "terminal done" }] })
    const r = await inTerminal(["run", "please", "--db", db, "--port", "1"], dir, [[/allow \[o\]nce/, "o\r"]])
    expect(r.stdout).toContain("? permission: bash echo from-tty")
    expect(r.stdout).toContain("terminal done")
    expect(r.code).toBe(0)
  })

  it.skipIf(!fs.existsSync("/usr/bin/script"))("Ctrl-C in a terminal offers to interrupt the run; yes interrupts it (exit 130)", async () => {
    const db = path.join(dir, "tty.db")
    fake.provider.push({ delayMs: 150, steps: [{ text: Array.from({ length: 60 }, (_, i) => `slow${i} `) }] })
    const r = await inTerminal(["run", "long", "answer", "--db", db, "--port", "1"], dir, [[/slow1 /, "\x03"], [/interrupt the run\? \[y\/N\]/, "y\r"]])
    expect(r.stdout).toContain("interrupt the run?")
    expect(r.stdout).not.toContain("slow59")
    expect(r.code).toBe(130)
  })

  it("SIGINT outside a terminal interrupts the run before the command exits", async () => {
    const db = path.join(dir, "sigint.db")
    fake.provider.push({ delayMs: 150, steps: [{ text: Array.from({ length: 60 }, (_, i) => `tick${i} `) }] })
    const r = await new Promise<Result>((resolve) => {
      const child = spawn(process.execPath, [MAIN, "run", "long", "--db", db, "--port", "1"], { cwd: dir, env: { ...process.env, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir } })
      let stdout = ""
      let stderr = ""
      child.stdout.on("data", (b: Buffer) => {
        stdout += b.toString()
        if (stdout.includes("tick1 ")) child.kill("SIGINT")
      })
      child.stderr.on("data", (b: Buffer) => (stderr += b.toString()))
      child.on("close", (code) => resolve({ code, stdout, stderr }))
      child.stdin.end()
    })
    expect(r.code).toBe(130)
    expect(r.stderr).toContain("interrupted the run")
    const id = /session (ses_\w+)/.exec(r.stderr)![1]!
    fake.provider.clear()
    const exported = JSON.parse((await ratchet(["export", id, "--db", db, "--port", "1"], dir)).stdout) as { events: Array<{ type: string; data: { outcome?: string } }> }
    expect(exported.events.find((e) => e.type === "session.next.activity.ended")?.data.outcome).toBe("interrupted")
  })

  it("session list / show / delete and models; a server that needs credentials says so", async () => {
    const db = path.join(dir, "cli.db")
    const listed = await ratchet(["session", "list", "--db", db, "--port", "1"], dir)
    expect(listed.code).toBe(0)
    const id = /^(ses_\w+)/.exec(listed.stdout)![1]!
    const shown = await ratchet(["session", "show", id, "--db", db, "--port", "1"], dir)
    expect(shown.code).toBe(0)
    expect(shown.stdout).toContain("> hello from cli")
    expect((await ratchet(["models", "--db", db, "--port", "1"], dir)).stdout).toContain("fake/fake-1")
    const usage = await ratchet(["usage", "--db", db, "--port", "1", "--from", "2020-01-01"], dir)
    expect(usage.code, usage.stderr).toBe(0)
    expect(usage.stdout).toMatch(/fake\/fake-1\s+\d+/)
    expect(usage.stdout).toContain("total")
    expect((await ratchet(["usage", "--db", db, "--port", "1", "--from", "yesterday-ish"], dir)).code).toBe(2)
    expect((await ratchet(["session", "delete", id, "--db", db, "--port", "1"], dir)).code).toBe(0)
    const gone = await ratchet(["session", "show", id, "--db", db, "--port", "1"], dir)
    expect(gone.code).toBe(1)
    expect(gone.stderr).toContain(`session ${id}`)
    // a protected server: 401 is "needs credentials", not "no server"
    const { server, url } = await serve(path.join(dir, "auth.db"), { RATCHET_TOKEN: "a-long-enough-secret-token" })
    try {
      const denied = await ratchet(["session", "list", "--server", url], dir)
      expect(denied.code).toBe(1)
      expect(denied.stderr).toContain("the server needs credentials")
      const allowed = await ratchet(["session", "list", "--server", url, "--token", "a-long-enough-secret-token"], dir)
      expect(allowed.code).toBe(0)
      expect((await ratchet(["session", "list", "--server", "http://127.0.0.1:1"], dir)).stderr).toContain("no Ratchet server answers")
    } finally {
      server.kill("SIGTERM")
    }
  })

  it("serve --log-format json: one JSON object per line, a run's lines carry its session and activity, no prompt text", async () => {
    const server = spawn(process.execPath, [MAIN, "serve", "--port", "0", "--db", path.join(dir, "logs.db"), "--log-format", "json"], {
      cwd: dir,
      env: { ...process.env, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir }
    })
    let out = ""
    server.stdout.on("data", (b: Buffer) => (out += b.toString()))
    server.stderr.on("data", (b: Buffer) => (out += b.toString()))
    try {
      const url = await new Promise<string>((resolve) => {
        const poll = setInterval(() => {
          const m = /listening on (http:\/\/[\d.:]+)/.exec(out)
          if (m !== null) {
            clearInterval(poll)
            resolve(m[1]!)
          }
        }, 50)
      })
      const created = (await (await fetch(`${url}/api/session`, { method: "POST" })).json()) as { data: { id: string } }
      const secret = "the-prompt-text-that-must-not-be-logged"
      await fetch(`${url}/api/session/${created.data.id}/prompt`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ prompt: { text: secret } }) })
      await fetch(`${url}/api/session/${created.data.id}/wait`, { method: "POST" })
      const deadline = Date.now() + 10_000
      while (!out.includes("activity ended") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      const lines = out.trim().split("\n")
      const parsed = lines.map((l) => JSON.parse(l) as { message: string; logLevel: string; annotations: Record<string, string> })
      const ended = parsed.find((l) => l.message.startsWith("activity ended"))!
      expect(ended.logLevel).toBe("INFO")
      expect(ended.annotations).toMatchObject({ sessionID: created.data.id, agent: "build" })
      expect(ended.annotations["activityID"]).toMatch(/^act_/)
      expect(ended.annotations["traceID"]).toMatch(/^[0-9a-f]{32}$/)
      expect(out).not.toContain(secret)
    } finally {
      server.kill("SIGTERM")
    }
    const bad = await ratchet(["serve", "--port", "0", "--db", path.join(dir, "x.db")], dir, { RATCHET_LOG_FORMAT: "xml" })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("must be pretty, json or logfmt")
  })

  it("key create|list|revoke: the key printed once works against a server without a password, and stops when revoked", async () => {
    const db = path.join(dir, "keys.db")
    const created = await ratchet(["key", "create", "--role", "admin", "--name", "ops", "--db", db], dir)
    expect(created.code).toBe(0)
    const key = created.stdout.trim()
    expect(key).toMatch(/^rk_[a-z0-9]{16}_[A-Za-z0-9_-]{43}$/)
    const id = key.split("_")[1]!
    const listed = await ratchet(["key", "list", "--db", db], dir)
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+admin\\s+\\*`))
    expect(listed.stdout).not.toContain(key)
    expect((await ratchet(["key", "create", "--role", "owner", "--db", db], dir)).code).toBe(2)
    expect((await ratchet(["key", "create", "--role", "viewer", "--project", "../x", "--db", db], dir)).code).toBe(1)
    const { server, url } = await serve(db)
    try {
      // a key exists: no password is configured, yet anonymous requests are refused
      expect((await ratchet(["session", "list", "--server", url], dir)).stderr).toContain("the server needs credentials")
      expect((await ratchet(["session", "list", "--server", url, "--token", key], dir)).code).toBe(0)
      expect((await ratchet(["key", "revoke", id, "--db", db], dir)).code).toBe(0)
      // the last key revoked: the server does not fall back to open
      expect((await ratchet(["session", "list", "--server", url, "--token", key], dir)).stderr).toContain("the server needs credentials")
      expect((await ratchet(["session", "list", "--server", url], dir)).stderr).toContain("the server needs credentials")
      expect((await ratchet(["key", "revoke", "nosuchkey", "--db", db], dir)).code).toBe(1)
    } finally {
      server.kill("SIGTERM")
    }
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
