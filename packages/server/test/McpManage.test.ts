/**
 * MCP servers managed through the API, end to end: added, switched off and
 * on, removed — each recorded in the server log and still in effect after a
 * restart — with status changes streamed on `/api/mcp/event`. Real MCP
 * servers (a stdio child and Streamable HTTP on loopback), the real server.
 */
import * as McpHttp from "@ratchet/testing/mcp/http"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, post, raw, start, until } from "./harness.js"

const STDIO = fileURLToPath(new URL("../../testing/src/mcp/stdioServer.mjs", import.meta.url))

let h: Harness
let http: Awaited<ReturnType<typeof McpHttp.start>>
let dir: string

interface Status {
  readonly name: string
  readonly status: string
  readonly tools?: number
  readonly error?: string
  readonly source?: string
}
const statuses = async () => ((await raw(h.baseUrl, "/api/mcp")).body.data as Array<Status>)
const statusIs = (name: string, status: string) =>
  until(`${name} ${status}`, async () => (await statuses()).find((s) => s.name === name && s.status === status))

/** The tools the model was offered on the last provider call of a fresh session's turn. */
const offered = async () => {
  const id = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
  h.fake.push({ steps: [{ text: "ok" }] })
  await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "hi" } })
  await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
  return (h.fake.requests.at(-1)!.body.tools ?? []).map((t) => t.function.name)
}

/** An `/api/mcp/event` subscription: its frames as they come, parsed. */
const subscribe = async () => {
  const controller = new AbortController()
  const response = await fetch(`${h.baseUrl}/api/mcp/event`, { signal: controller.signal })
  expect(response.headers.get("content-type")).toContain("text/event-stream")
  const frames: Array<{ type: string; properties: Record<string, unknown> }> = []
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ""
  const state = { ended: false }
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }))
      if (done) return void (state.ended = true)
      buffer += value
      let cut: number
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const data = buffer.slice(0, cut).split("\n").find((l) => l.startsWith("data: "))
        buffer = buffer.slice(cut + 2)
        if (data !== undefined) frames.push(JSON.parse(data.slice(6)))
      }
    }
  })()
  return { frames, state, close: () => controller.abort() }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-mcp-manage-"))
  http = await McpHttp.start()
  h = await start({
    mcp: {
      filed: { type: "local", command: [process.execPath, STDIO] }
    }
  })
}, 60_000)

afterAll(async () => {
  await h?.close()
  await http?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe("MCP servers managed through the API", () => {
  it("an added server connects, its tools are offered, and its status says it came from the API", async () => {
    const added = await post(h.baseUrl, "/api/mcp", { name: "docs", config: { type: "remote", url: http.url } })
    expect(added.status).toBe(200)
    expect(added.body.data).toMatchObject({ name: "docs", source: "api" })
    expect(await statusIs("docs", "connected")).toMatchObject({ tools: 5, source: "api" })
    expect(await statusIs("filed", "connected")).toMatchObject({ source: "config" })
    expect(await offered()).toEqual(expect.arrayContaining(["docs_echo", "filed_echo"]))
  })

  it("bad additions are clear errors and change nothing", async () => {
    const before = await statuses()
    const cases: Array<[unknown, number, RegExp]> = [
      [{ name: "docs", config: { type: "remote", url: http.url } }, 409, /exists/],
      [{ name: "filed", config: { type: "remote", url: http.url } }, 409, /config file/],
      [{ name: "bad name!", config: { type: "remote", url: http.url } }, 400, /name/],
      [{ name: "x", config: { type: "remote", url: "file:///etc/passwd" } }, 400, /http/],
      [{ name: "x", config: { type: "local", command: [] } }, 400, /command/],
      [{ name: "x", config: { type: "stdio", command: ["a"] } }, 400, /type/],
      [{ name: "x" }, 400, /config/],
      [{ name: "x", config: { type: "local", command: ["a"], timeout: -1 } }, 400, /timeout/]
    ]
    for (const [body, status, message] of cases) {
      const r = await post(h.baseUrl, "/api/mcp", body)
      expect([JSON.stringify(body), r.status]).toEqual([JSON.stringify(body), status])
      expect(JSON.stringify(r.body)).toMatch(message)
    }
    expect((await statuses()).map((s) => s.name)).toEqual(before.map((s) => s.name))
  })

  it("a page on another origin cannot add (run) a server, nor switch one off; a form post is refused before it is read", async () => {
    const before = await statuses()
    const body = JSON.stringify({ name: "pwn", config: { type: "local", command: ["sh", "-c", "touch /tmp/ratchet-pwned"] } })
    const foreign = await fetch(`${h.baseUrl}/api/mcp`, { method: "POST", headers: { origin: "http://evil.example", "content-type": "application/json" }, body })
    expect(foreign.status).toBe(403)
    const simple = await fetch(`${h.baseUrl}/api/mcp`, { method: "POST", headers: { "content-type": "text/plain" }, body })
    expect(simple.status).toBe(415)
    const off = await fetch(`${h.baseUrl}/api/mcp/filed/disconnect`, { method: "POST", headers: { origin: "http://evil.example" } })
    expect(off.status).toBe(403)
    expect(await statuses()).toEqual(before)
  })

  it("disconnect withdraws a server's tools, connect brings them back; each change is streamed", async () => {
    const events = await subscribe()
    // first every server's current status
    await until("the opening statuses", async () => (events.frames.filter((f) => f.type === "mcp.status").length >= 2 ? true : undefined))
    expect(events.frames.map((f) => f.properties.name)).toEqual(expect.arrayContaining(["filed", "docs"]))
    const off = await post(h.baseUrl, "/api/mcp/filed/disconnect", {})
    expect(off.status).toBe(200)
    expect(off.body.data).toMatchObject({ name: "filed", status: "disabled", source: "config" })
    expect(await offered()).not.toContain("filed_echo")
    const on = await post(h.baseUrl, "/api/mcp/filed/connect", {})
    expect(on.status).toBe(200)
    await statusIs("filed", "connected")
    expect(await offered()).toContain("filed_echo")
    await until("the changes streamed", async () => {
      const seen = events.frames.filter((f) => f.properties.name === "filed" || f.properties.server === "filed").map((f) => f.properties.status ?? f.type)
      return seen.includes("disabled") && seen.lastIndexOf("connected") > seen.indexOf("disabled") && seen.includes("mcp.tools.changed") ? true : undefined
    })
    events.close()
    expect((await post(h.baseUrl, "/api/mcp/nothere/connect", {})).status).toBe(404)
    expect((await post(h.baseUrl, "/api/mcp/nothere/disconnect", {})).body).toMatchObject({ _tag: "McpServerNotFoundError", name: "nothere" })
  })

  it("a config file's server is not removed through the API; an added one is, with its tools", async () => {
    const refused = await raw(h.baseUrl, "/api/mcp/filed", { method: "DELETE" })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toMatch(/disconnect/)
    expect((await raw(h.baseUrl, "/api/mcp/nothere", { method: "DELETE" })).status).toBe(404)
    const local = await post(h.baseUrl, "/api/mcp", { name: "scratch", config: { type: "local", command: [process.execPath, STDIO], cwd: dir } })
    expect(local.status).toBe(200)
    await statusIs("scratch", "connected")
    expect((await raw(h.baseUrl, "/api/mcp/scratch", { method: "DELETE" })).status).toBe(204)
    expect((await statuses()).some((s) => s.name === "scratch")).toBe(false)
    expect((await offered()).some((n) => n.startsWith("scratch_"))).toBe(false)
  })

  it("removing a local server stops what it started, not only the child", async () => {
    const pidFile = path.join(dir, "grandchild")
    await post(h.baseUrl, "/api/mcp", { name: "launcher", config: { type: "local", command: [process.execPath, STDIO], environment: { MCP_TEST_GRANDCHILD: pidFile } } })
    await statusIs("launcher", "connected")
    const pid = Number(fs.readFileSync(pidFile, "utf8"))
    const alive = () => {
      try {
        process.kill(pid, 0)
        return true
      } catch {
        return false
      }
    }
    expect(alive()).toBe(true)
    expect((await raw(h.baseUrl, "/api/mcp/launcher", { method: "DELETE" })).status).toBe(204)
    await until("the grandchild stopped", async () => (alive() ? undefined : true))
  })

  it("a run resumed at start waits for MCP servers still connecting, so its turn sees their tools", async () => {
    await statusIs("filed", "connected")
    const id = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    // the first turn hangs mid-stream; the second prompt waits in the inbox
    h.fake.push({ steps: [{ text: ["one ", "two"] }], failure: { hang: { afterChunks: 1 } } }, { steps: [{ text: "after the restart" }] })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "first" } })
    await until("the first turn streaming", async () => (h.fake.inFlight() > 0 ? true : undefined))
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "second" }, delivery: "queue" })
    const before = h.fake.requests.length
    h = await h.restart()
    await until("the resumed turn", async () => (h.fake.requests.length > before ? true : undefined))
    expect((h.fake.requests.at(-1)!.body.tools ?? []).map((t) => t.function.name)).toContain("filed_echo")
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
  })

  it("the changes survive a restart", async () => {
    await post(h.baseUrl, "/api/mcp/filed/disconnect", {})
    await post(h.baseUrl, "/api/mcp", { name: "gone", config: { type: "remote", url: http.url, enabled: false } })
    expect(await statusIs("gone", "disabled")).toMatchObject({ source: "api" })
    expect((await raw(h.baseUrl, "/api/mcp/gone", { method: "DELETE" })).status).toBe(204)
    // an open change stream does not hold the server up, and ends with it
    const events = await subscribe()
    h = await h.restart()
    await until("the change stream ended", async () => (events.state.ended ? true : undefined))
    await statusIs("docs", "connected")
    const after = await statuses()
    expect(after.find((s) => s.name === "filed")).toMatchObject({ status: "disabled", source: "config" })
    expect(after.find((s) => s.name === "docs")).toMatchObject({ source: "api" })
    expect(after.some((s) => s.name === "gone" || s.name === "scratch")).toBe(false)
    // the status never shows a server's headers or environment
    expect(JSON.stringify(after)).not.toContain("url")
  })
})
