/**
 * MCP end to end over HTTP: real MCP servers (stdio children and
 * Streamable HTTP on loopback, built with the SDK in packages/testing), the
 * fake provider scripting the model's calls, the real server between them.
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
let locked: Awaited<ReturnType<typeof McpHttp.start>>
let legacy: Awaited<ReturnType<typeof McpHttp.startLegacy>>
let dir: string
const starts = () => fs.readFileSync(path.join(dir, "starts"), "utf8").trim().split("\n").length

interface Status {
  readonly name: string
  readonly status: string
  readonly tools?: number
  readonly error?: string
}
const statuses = async () => ((await raw(h.baseUrl, "/api/mcp")).body.data as Array<Status>)
const connected = (name: string) => until(`${name} connected`, async () => (await statuses()).find((s) => s.name === name && s.status === "connected"))

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-mcp-"))
  http = await McpHttp.start()
  locked = await McpHttp.start({ requireToken: "sesame" })
  legacy = await McpHttp.startLegacy()
  h = await start({
    mcp: {
      local: { type: "local", command: [process.execPath, STDIO], environment: { MCP_TEST_COUNT: path.join(dir, "starts"), MCP_TEST_CANCELLED: path.join(dir, "cancelled") }, timeout: 60_000 },
      quick: { type: "local", command: [process.execPath, STDIO], timeout: 1000 },
      remote: { type: "remote", url: http.url, headers: { "x-team": "core" } },
      locked: { type: "remote", url: locked.url },
      legacy: { type: "remote", url: legacy.url },
      broken: { type: "local", command: [path.join(dir, "no-such-server")] },
      off: { type: "local", command: [process.execPath, STDIO], enabled: false }
    }
  })
}, 60_000)

afterAll(async () => {
  await h?.close()
  await http?.close()
  await locked?.close()
  await legacy?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const session = async (permission?: ReadonlyArray<{ permission: string; pattern: string; action: string }>) =>
  ((await post(h.baseUrl, "/api/session", permission === undefined ? {} : { permission })).body.data as { id: string }).id

const history = async (id: string) => ((await raw(h.baseUrl, `/api/session/${id}/history?limit=5000`)).body.data as Array<{ type: string; data: Record<string, unknown> }>)
const toolResult = async (id: string) => (await history(id)).find((e) => e.type === "session.next.tool.success" || e.type === "session.next.tool.failed")!

const callOnce = async (id: string, tool: string, args: unknown) => {
  h.fake.push({ steps: [{ toolCall: { name: tool, args } }] }, { steps: [{ text: "done" }] })
  await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: `call ${tool}` } })
}

describe("MCP servers from the config", () => {
  it("connect in the background; each status says where it stands", async () => {
    await connected("local")
    await connected("remote")
    const all = await until("every server settled", async () => {
      const s = await statuses()
      return s.every((x) => x.status !== "connecting") ? s : undefined
    })
    const by = Object.fromEntries(all.map((s) => [s.name, s]))
    expect(by.local).toMatchObject({ status: "connected", tools: 6 })
    expect(by.remote).toMatchObject({ status: "connected", tools: 5 })
    // a server that speaks only the legacy HTTP+SSE transport is reached through the fallback
    expect(by.legacy).toMatchObject({ status: "connected", tools: 5 })
    expect(by.locked!.status).toBe("needs_auth")
    expect(by.broken!.status).toBe("failed")
    expect(by.broken!.error).toMatch(/ENOENT|no-such-server/)
    expect(by.off!.status).toBe("disabled")
    // the remote server got the configured headers
    expect(http.seenHeaders.some((hd) => hd["x-team"] === "core")).toBe(true)
  })

  it("a session calls a stdio tool and an HTTP tool; the model sees them under server-prefixed names", async () => {
    await connected("local")
    await connected("remote")
    const id = await session()
    await callOnce(id, "local_echo", { text: "over stdio" })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    expect(JSON.stringify(await toolResult(id))).toContain("echo: over stdio")
    const offered = h.fake.requests.at(-1)!.body.tools!.map((t) => t.function.name)
    expect(offered).toEqual(expect.arrayContaining(["local_echo", "remote_echo", "quick_slow"]))
    expect(offered.some((n) => n.startsWith("off_") || n.startsWith("broken_"))).toBe(false)
    const id2 = await session()
    await callOnce(id2, "remote_echo", { text: "over http" })
    await raw(h.baseUrl, `/api/session/${id2}/wait`, { method: "POST" })
    expect(JSON.stringify(await toolResult(id2))).toContain("echo: over http")
    const id3 = await session()
    await callOnce(id3, "legacy_echo", { text: "over legacy sse" })
    await raw(h.baseUrl, `/api/session/${id3}/wait`, { method: "POST" })
    expect(JSON.stringify(await toolResult(id3))).toContain("echo: over legacy sse")
  })

  it("permission rules on `mcp` with `server:tool` patterns; input checked against the server's schema; errors and images", async () => {
    const id = await session([{ permission: "mcp", pattern: "remote:*", action: "ask" }])
    await callOnce(id, "remote_echo", { text: "may I" })
    const asked = await until("a permission request", async () => {
      const r = ((await raw(h.baseUrl, `/api/session/${id}/permission`)).body.data as Array<{ id: string; action: string; resources: Array<string> }>)
      return r[0]
    })
    expect(asked).toMatchObject({ action: "mcp", resources: ["remote:echo"] })
    await post(h.baseUrl, `/api/session/${id}/permission/${asked.id}/reply`, { reply: "once" })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    expect(JSON.stringify(await toolResult(id))).toContain("echo: may I")

    const bad = await session()
    await callOnce(bad, "local_echo", { text: 42 })
    await raw(h.baseUrl, `/api/session/${bad}/wait`, { method: "POST" })
    expect((await toolResult(bad)).data.error).toMatchObject({ type: "invalid_input" })

    const failing = await session()
    await callOnce(failing, "local_fail", {})
    await raw(h.baseUrl, `/api/session/${failing}/wait`, { method: "POST" })
    expect((await toolResult(failing)).data.error).toMatchObject({ type: "tool_error", message: "it failed, as asked" })

    const image = await session()
    await callOnce(image, "local_image", {})
    await raw(h.baseUrl, `/api/session/${image}/wait`, { method: "POST" })
    expect(JSON.stringify(await toolResult(image))).toContain("[image image/png, 4 bytes]")
  })

  it("resources and prompts of a connected server; 404 for an unknown server, 409 for one that is not connected", async () => {
    await connected("remote")
    const resources = await raw(h.baseUrl, "/api/mcp/remote/resource")
    expect(resources.body.data).toEqual([{ uri: "test://readme", name: "readme", title: "Read me", mimeType: "text/plain" }])
    const read = await raw(h.baseUrl, `/api/mcp/remote/resource/read?uri=${encodeURIComponent("test://readme")}`)
    expect(read.body.data).toEqual([{ uri: "test://readme", mimeType: "text/plain", text: "the test server's readme" }])
    const prompts = await raw(h.baseUrl, "/api/mcp/local/prompt")
    expect(prompts.body.data).toEqual([{ name: "review", description: "Review some code.", arguments: [{ name: "file", required: true }] }])
    const got = await post(h.baseUrl, "/api/mcp/local/prompt/review", { arguments: { file: "main.ts" } })
    expect(got.body.data).toEqual([{ role: "user", text: "Please review main.ts." }])
    expect((await raw(h.baseUrl, "/api/mcp/nothere/resource")).status).toBe(404)
    const down = await raw(h.baseUrl, "/api/mcp/broken/prompt")
    expect(down.status).toBe(409)
    expect(JSON.stringify(down.body)).toContain("failed")
    // a server error (an unknown resource) is a clear 409, not a 500
    expect((await raw(h.baseUrl, `/api/mcp/remote/resource/read?uri=${encodeURIComponent("test://nothere")}`)).status).toBe(409)
  })

  it("a tool list change is seen on the next turn", async () => {
    await connected("local")
    const id = await session()
    await callOnce(id, "local_grow", {})
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    await until("local_extra registered", async () => ((await statuses()).find((s) => s.name === "local")?.tools === 7 ? true : undefined))
    const next = await session()
    await callOnce(next, "local_extra", {})
    await raw(h.baseUrl, `/api/session/${next}/wait`, { method: "POST" })
    expect(JSON.stringify(await toolResult(next))).toContain("extra!")
  })

  it("a hung call hits the server's timeout; an interrupt cancels the call at the server", async () => {
    await connected("quick")
    const slow = await session()
    await callOnce(slow, "quick_slow", { ms: 10_000 })
    await raw(h.baseUrl, `/api/session/${slow}/wait`, { method: "POST" })
    expect((await toolResult(slow)).data.error).toMatchObject({ type: "timeout" })

    await connected("local")
    const id = await session()
    await callOnce(id, "local_slow", { ms: 30_000 })
    await until("the call running", async () => ((await history(id)).some((e) => e.type === "session.next.tool.called") ? true : undefined))
    await post(h.baseUrl, `/api/session/${id}/interrupt`, {})
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    expect((await toolResult(id)).data.error).toMatchObject({ type: "interrupted" })
    await until("the server saw the cancellation", async () => (fs.existsSync(path.join(dir, "cancelled")) ? true : undefined))
    // the interrupted run never asked for its second script
    h.fake.clear()
  })

  it("a server that crashes mid-call: the call fails as a tool error, the server is restarted, the next call works", async () => {
    await connected("local")
    const before = starts()
    const id = await session()
    await callOnce(id, "local_crash", {})
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    expect((await toolResult(id)).data.error).toMatchObject({ type: "mcp_error" })
    await until("a restart", async () => (starts() > before ? true : undefined))
    await connected("local")
    const again = await session()
    await callOnce(again, "local_echo", { text: "back" })
    await raw(h.baseUrl, `/api/session/${again}/wait`, { method: "POST" })
    expect(JSON.stringify(await toolResult(again))).toContain("echo: back")
  })
})
