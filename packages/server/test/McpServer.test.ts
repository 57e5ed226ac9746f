/**
 * Ratchet as an MCP server, driven by the SDK's own client: `/mcp` over
 * Streamable HTTP (behind the server's auth) and `ratchet mcp` over stdio —
 * create → prompt → wait → history, with a permission answered through the
 * MCP tool.
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js"
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js"
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js"
import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, start } from "./harness.js"

const BUILD = fileURLToPath(new URL("../scripts/build.mjs", import.meta.url))
const MAIN = fileURLToPath(new URL("../dist/ratchet.mjs", import.meta.url))
const TOKEN = "mcp-test-token-0123456789"

let h: Harness
beforeAll(async () => {
  execFileSync(process.execPath, [BUILD])
  h = await start({ config: { auth: { username: "ratchet", token: Redacted.make(TOKEN) } } })
}, 120_000)
afterAll(() => h.close())

type Result = { structuredContent?: Record<string, unknown>; isError?: boolean; content: Array<{ type: string; text?: string }> }
const call = async (client: Client, name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as Result

/** The same conversation through any transport: a command that asks, answered through MCP. */
const conversation = async (client: Client) => {
  const tools = (await client.listTools()).tools.map((t) => t.name)
  expect(tools).toEqual(expect.arrayContaining(["session_create", "session_prompt", "session_wait", "session_history", "permission_list", "permission_reply"]))
  const created = await call(client, "session_create", { title: "over MCP" })
  const sessionID = created.structuredContent!.sessionID as string
  expect(sessionID).toMatch(/^ses_/)
  h.fake.push({ steps: [{ toolCall: { name: "bash", args: { command: "echo via-mcp", description: "echo" } } }] }, { steps: [{ text: "all done over MCP" }] })
  const prompted = await call(client, "session_prompt", { sessionID, text: "run echo", messageID: "msg_mcp1" })
  expect(prompted.structuredContent).toMatchObject({ messageID: "msg_mcp1", created: true })
  // the run parks on a permission: wait returns and says so
  const parked = await call(client, "session_wait", { sessionID })
  expect(parked.structuredContent!.state).toBe("waiting_on_you")
  const request = (parked.structuredContent!.pending as { permissions: Array<{ requestID: string; action: string }> }).permissions[0]!
  expect(request.action).toBe("bash")
  expect((await call(client, "permission_reply", { sessionID, requestID: request.requestID, reply: "once" })).isError).toBeFalsy()
  const done = await call(client, "session_wait", { sessionID })
  expect(done.structuredContent).toMatchObject({ state: "idle", answer: "all done over MCP" })
  const first = await call(client, "session_history", { sessionID, limit: 3 })
  expect(first.structuredContent!.hasMore).toBe(true)
  const rest = await call(client, "session_history", { sessionID, after: first.structuredContent!.cursor, limit: 1000 })
  const types = [...(first.structuredContent!.events as Array<{ type: string }>), ...(rest.structuredContent!.events as Array<{ type: string }>)].map((e) => e.type)
  expect(types[0]).toBe("session.created")
  expect(types).toContain("session.next.tool.success")
  // bad input is a tool error, not a crash
  const bad = await client.callTool({ name: "session_prompt", arguments: { sessionID: "nope", text: "" } })
  expect(bad.isError).toBe(true)
}

describe("Ratchet as an MCP server", () => {
  it("/mcp over Streamable HTTP, with the server's auth", async () => {
    const refused = new Client({ name: "test", version: "1" })
    await expect(refused.connect(new StreamableHTTPClientTransport(new URL(`${h.baseUrl}/mcp`)))).rejects.toThrow(/401|nauthori/)
    const garbage = await fetch(`${h.baseUrl}/mcp`, { method: "POST", headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json", accept: "application/json, text/event-stream" }, body: "{nope" })
    expect(garbage.status).toBe(400)
    // a page on another origin cannot drive sessions through /mcp, even with the token
    const foreign = await fetch(`${h.baseUrl}/mcp`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, origin: "http://evil.example", "content-type": "application/json", accept: "application/json, text/event-stream" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" })
    })
    expect(foreign.status).toBe(403)
    expect(await garbage.json()).toMatchObject({ error: { code: -32700 } })
    // opencode's v1 uses of this path (status, add) are behind the same credentials: an unauthenticated add starts nothing
    const add = { name: "sneaky", config: { type: "local", command: ["sh", "-c", "touch /tmp/ratchet-sneaky-mcp"] } }
    const json = { "content-type": "application/json" }
    expect((await fetch(`${h.baseUrl}/mcp`)).status).toBe(401)
    expect((await fetch(`${h.baseUrl}/mcp`, { method: "POST", headers: json, body: JSON.stringify(add) })).status).toBe(401)
    expect((await fetch(`${h.baseUrl}/mcp`, { method: "POST", headers: { ...json, authorization: "Bearer wrong-token-of-some-length" }, body: JSON.stringify(add) })).status).toBe(401)
    const status = await fetch(`${h.baseUrl}/mcp`, { headers: { authorization: `Bearer ${TOKEN}` } })
    expect(status.status).toBe(200)
    expect(Object.keys(await status.json() as object)).not.toContain("sneaky")
    const client = new Client({ name: "test", version: "1" })
    await client.connect(new StreamableHTTPClientTransport(new URL(`${h.baseUrl}/mcp`), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }))
    try {
      await conversation(client)
    } finally {
      await client.close()
    }
  })

  it("`ratchet mcp` over stdio, against a running server", async () => {
    const client = new Client({ name: "test", version: "1" })
    await client.connect(new StdioClientTransport({
      command: process.execPath,
      args: [MAIN, "mcp", "--server", h.baseUrl, "--token", TOKEN],
      env: { ...process.env as Record<string, string> },
      stderr: "pipe"
    }))
    try {
      await conversation(client)
    } finally {
      await client.close()
    }
  })
})
