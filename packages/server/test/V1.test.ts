/**
 * opencode's v1 routes over the real server: opencode's own v1 SDK (the
 * default export of `@opencode-ai/sdk`) drives a session through a
 * permission-gated tool call; the v1 and v2 views of one session agree; the
 * v1 event stream resumes from `Last-Event-ID`; every v1 operation of
 * upstream's spec is either served or an explicit, explained 501.
 */
import { createOpencodeClient } from "@opencode-ai/sdk"
import { OpenApiDoc } from "@ratchet/api"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { V1_UNSUPPORTED } from "../src/v1/V1Unsupported.js"
import { type Harness, post, raw, start, until } from "./harness.js"

let h: Harness
beforeAll(async () => {
  h = await start({ config: { commands: [{ name: "greet", template: "Say hello to $1, then: $ARGUMENTS" }] } })
})
afterAll(async () => {
  await h?.close()
})

const call = (id: string, name: string, args: unknown) => ({ toolCall: { id, name, args } })

/** Reads an SSE response's `data` payloads (and ids) until `stop` says so or the time runs out. */
const readEvents = async (response: Response, stop: (events: ReadonlyArray<{ id?: string; data: Record<string, unknown> }>) => boolean, ms = 15_000) => {
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  const events: Array<{ id?: string; data: Record<string, unknown> }> = []
  let buffer = ""
  const deadline = Date.now() + ms
  while (Date.now() < deadline && !stop(events)) {
    const next = await Promise.race([reader.read(), new Promise<undefined>((r) => setTimeout(() => r(undefined), 500))])
    if (next === undefined) continue
    if (next.done) break
    buffer += decoder.decode(next.value, { stream: true })
    let end = buffer.indexOf("\n\n")
    while (end !== -1) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const id = /^id: (.*)$/m.exec(block)?.[1]
      const data = /^data: (.*)$/m.exec(block)?.[1]
      if (data !== undefined) events.push({ ...(id === undefined ? {} : { id }), data: JSON.parse(data) as Record<string, unknown> })
      end = buffer.indexOf("\n\n")
    }
  }
  await reader.cancel()
  return events
}

describe("opencode's v1 API", () => {
  it("opencode's v1 SDK: create, stream, a permission asked and answered, the reply and the messages", async () => {
    const client = createOpencodeClient({ baseUrl: h.baseUrl })
    // the session's own rules go in with the create body (as `opencode run` sends them)
    const body = { title: "v1 sdk", permission: [{ permission: "mark", pattern: "*", action: "ask" }] }
    const created = await client.session.create({ body: body as { title: string } })
    expect(created.response.status).toBe(200)
    const sessionID = created.data!.id

    const events = await client.event.subscribe()
    const seen: Array<{ type: string; properties: Record<string, unknown> }> = []
    const reading = (async () => {
      for await (const event of events.stream) {
        seen.push(event as { type: string; properties: Record<string, unknown> })
        if (event.type === "session.idle") break
      }
    })()

    h.fake.push({ steps: [call("v1-mark", "mark", { text: "from v1" })] }, { steps: [{ text: ["marked ", "it"] }] })
    const prompt = client.session.prompt({ path: { id: sessionID }, body: { parts: [{ type: "text", text: "mark it" }] } })
    const request = await until("the permission is asked", async () => {
      const list = (await raw(h.baseUrl, "/permission")).body as unknown as Array<{ id: string; sessionID: string; permission: string }>
      return list.find((r) => r.sessionID === sessionID)
    })
    expect(request.permission).toBe("mark")
    const replied = await client.postSessionIdPermissionsPermissionId({ path: { id: sessionID, permissionID: request.id }, body: { response: "once" } })
    expect(replied.response.status).toBe(200)
    const reply = await prompt
    expect(reply.response.status).toBe(200)
    const parts = reply.data!.parts as Array<{ type: string; text?: string }>
    expect(parts.filter((p) => p.type === "text").map((p) => p.text)).toEqual(["marked it"])
    await reading

    const types = new Set(seen.map((e) => e.type))
    for (const t of ["message.updated", "message.part.updated", "message.part.delta", "session.status", "session.idle", "permission.asked", "permission.replied"]) {
      expect(types, t).toContain(t)
    }
    const tool = seen.find((e) => e.type === "message.part.updated" && (e.properties["part"] as { type: string }).type === "tool" &&
      (e.properties["part"] as { state: { status: string } }).state.status === "completed")
    expect((tool?.properties["part"] as { tool: string }).tool).toBe("mark")

    const messages = await client.session.messages({ path: { id: sessionID } })
    const roles = messages.data!.map((m) => m.info.role)
    expect(roles).toEqual(["user", "assistant", "assistant"])
    const toolPart = messages.data![1]!.parts.find((p) => p.type === "tool") as { state: { status: string; input: unknown; output: string } }
    expect(toolPart.state).toMatchObject({ status: "completed", input: { text: "from v1" } })
  })

  it("v1 and v2 views of one session agree: ids, texts, tool states, tokens and cost", async () => {
    const id = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    h.fake.push({ steps: [call("agree", "echo", { text: "same" })], usage: { input: 20, output: 5 } }, { steps: [{ text: "both views" }] })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "agree" } })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    const v2 = (await raw(h.baseUrl, `/api/session/${id}/message?limit=100&order=asc`)).body.data as Array<Record<string, unknown>>
    const v1 = (await raw(h.baseUrl, `/session/${id}/message`)).body as unknown as Array<{ info: Record<string, unknown>; parts: Array<Record<string, unknown>> }>
    const v2Turns = v2.filter((m) => m["type"] === "user" || m["type"] === "assistant")
    expect(v1.map((m) => m.info["id"])).toEqual(v2Turns.map((m) => m["id"]))
    for (const [i, m] of v1.entries()) {
      const other = v2Turns[i]!
      if (m.info["role"] === "user") {
        expect(m.parts[0]!["text"]).toBe(other["text"])
        continue
      }
      const content = other["content"] as Array<Record<string, unknown>>
      expect(m.parts.filter((p) => p["type"] === "text").map((p) => p["text"])).toEqual(content.filter((c) => c["type"] === "text").map((c) => c["text"]))
      const tools = m.parts.filter((p) => p["type"] === "tool")
      expect(tools.map((p) => p["callID"])).toEqual(content.filter((c) => c["type"] === "tool").map((c) => c["id"]))
      expect(tools.map((p) => (p["state"] as { status: string }).status)).toEqual(content.filter((c) => c["type"] === "tool").map((c) => (c["state"] as { status: string }).status))
      expect(m.info["cost"]).toBe(other["cost"] ?? 0)
      const tokens = other["tokens"] as { input: number; output: number } | undefined
      if (tokens !== undefined) expect(m.info["tokens"]).toMatchObject({ input: tokens.input, output: tokens.output })
    }
  })

  it("the v1 event stream starts live, carries cursors, and resumes from Last-Event-ID without a gap", async () => {
    const controller = new AbortController()
    const id = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    const first = await fetch(`${h.baseUrl}/global/event`, { signal: controller.signal })
    expect(first.headers.get("content-type")).toContain("text/event-stream")
    h.fake.push({ steps: [{ text: ["one ", "two"] }] })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "first" } })
    const before = await readEvents(first, (es) => es.some((e) => (e.data["payload"] as { type?: string } | undefined)?.type === "session.idle"))
    controller.abort()
    expect((before[0]!.data["payload"] as { type: string }).type).toBe("server.connected")
    const last = [...before].reverse().find((e) => e.id !== undefined)!.id!
    expect(before.every((e) => e.data["directory"] !== undefined)).toBe(true)

    // while nobody listens, another turn
    h.fake.push({ steps: [{ text: "missed while away" }] })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "second" } })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })

    const resumed = await fetch(`${h.baseUrl}/event`, { headers: { "last-event-id": last } })
    const after = await readEvents(resumed, (es) => es.some((e) => e.data["type"] === "session.idle"))
    const texts = after.filter((e) => e.data["type"] === "message.part.updated" && (e.data["properties"] as { part: { type: string; time?: { end?: number } } }).part.type === "text")
      .map((e) => (e.data["properties"] as { part: { text: string } }).part.text)
    expect(texts).toContain("missed while away")
    // nothing from before the cursor is sent again
    expect(texts).not.toContain("one two")
    const bad = await fetch(`${h.baseUrl}/event`, { headers: { "last-event-id": "not-a-cursor" } })
    expect(bad.status).toBe(400)
  })

  it("the TUI control routes publish tui events on open v1 streams", async () => {
    const stream = await fetch(`${h.baseUrl}/event`)
    const reading = readEvents(stream, (es) => es.some((e) => e.data["type"] === "tui.toast.show"))
    await new Promise((r) => setTimeout(r, 200))
    expect((await post(h.baseUrl, "/tui/append-prompt", { text: "typed for you" })).status).toBe(200)
    expect((await post(h.baseUrl, "/tui/show-toast", { message: "hello", variant: "info" })).status).toBe(200)
    const events = await reading
    expect(events.find((e) => e.data["type"] === "tui.prompt.append")?.data["properties"]).toEqual({ text: "typed for you" })
    expect((await post(h.baseUrl, "/tui/select-session", { sessionID: "ses_nope" })).status).toBe(404)
  })

  it("files: a listing, a file's content, files by name; nothing outside the session directories", async () => {
    const listing = (await raw(h.baseUrl, "/file?path=.")).body as unknown as Array<{ name: string; path: string; type: string; absolute: string }>
    expect(listing.find((e) => e.name === "package.json")).toMatchObject({ type: "file", path: "package.json", absolute: path.join(process.cwd(), "package.json") })
    const file = (await raw(h.baseUrl, "/file/content?path=package.json")).body as { type: string; content: string }
    expect(file.type).toBe("text")
    expect(JSON.parse(file.content)).toHaveProperty("name")
    const found = (await raw(h.baseUrl, "/find/file?query=package.json")).body as unknown as Array<string>
    expect(found).toContain("package.json")
    for (const escape of ["/file?path=../../..", "/file/content?path=/etc/passwd", "/file/content?path=../../../../etc/passwd", "/file?path=.&directory=/etc"]) {
      const refused = await raw(h.baseUrl, escape)
      expect(refused.status, escape).toBeGreaterThanOrEqual(400)
      expect(refused.status, escape).toBeLessThan(500)
      expect(JSON.stringify(refused.body)).not.toContain("root:")
    }
    // a session may not be made to run somewhere the server does not allow
    const before = ((await raw(h.baseUrl, "/session")).body as unknown as Array<unknown>).length
    const elsewhere = await post(h.baseUrl, "/session?directory=%2Fetc", {})
    expect(elsewhere.status).toBe(400)
    expect(((await raw(h.baseUrl, "/session")).body as unknown as Array<unknown>).length).toBe(before)
    // a page on another origin cannot drive the v1 routes either
    const foreign = await fetch(`${h.baseUrl}/session`, { method: "POST", headers: { origin: "http://evil.example", "content-type": "application/json" }, body: "{}" })
    expect(foreign.status).toBe(403)
  })

  it("a session command runs its template with the arguments as a prompt; an unknown one is a 400 that admits nothing", async () => {
    const id = ((await post(h.baseUrl, "/session", {})).body as { id: string }).id
    h.fake.push({ steps: [{ text: "hello done" }] })
    const reply = await post(h.baseUrl, `/session/${id}/command`, { command: "greet", arguments: "Ada and Grace" })
    expect(reply.status).toBe(200)
    expect(((reply.body as { parts: Array<{ type: string; text?: string }> }).parts).find((p) => p.type === "text")?.text).toBe("hello done")
    const shown = h.fake.requests.at(-1)!.body.messages!.filter((m) => m.role === "user").map((m) => String(m.content))
    // the last numbered placeholder takes the rest of the words, as opencode expands it
    expect(shown.at(-1)).toBe("Say hello to Ada and Grace, then: Ada and Grace")
    const before = ((await raw(h.baseUrl, `/session/${id}/message`)).body as unknown as Array<unknown>).length
    const unknown = await post(h.baseUrl, `/session/${id}/command`, { command: "nope", arguments: "" })
    expect(unknown.status).toBe(400)
    expect(((await raw(h.baseUrl, `/session/${id}/message`)).body as unknown as Array<unknown>).length).toBe(before)
  })

  it("every v1 operation of upstream's spec is served or answers 501 with a reason", async () => {
    // upstream's v1 operations, extracted from its spec into the repo (the reference itself is not part of a clone)
    const here = path.dirname(fileURLToPath(import.meta.url))
    const upstream = JSON.parse(fs.readFileSync(path.join(here, "fixtures/opencode-1.18.33-v1-operations.json"), "utf8")) as {
      operations: Array<{ method: string; path: string }>
    }
    expect(upstream.operations).toHaveLength(130)
    const ours = JSON.parse(OpenApiDoc.text()) as { paths: Record<string, Record<string, unknown>> }
    const unsupported = new Set(V1_UNSUPPORTED.map(([m, p]) => `${m} ${p.replace(/:(\w+)/g, "{$1}")}`))
    // served by the MCP route beside Ratchet's own MCP endpoint (outside the HttpApi contract)
    const mcpRoute = new Set(["GET /mcp", "POST /mcp"])
    const missing: Array<string> = []
    for (const { method, path: p } of upstream.operations) {
      const key = `${method} ${p}`
      const served = ours.paths[p]?.[method.toLowerCase()] !== undefined
      if (!served && !unsupported.has(key) && !mcpRoute.has(key)) missing.push(key)
      if (served && unsupported.has(key)) missing.push(`${key} (both served and listed as unsupported)`)
    }
    expect(missing).toEqual([])
    for (const [method, route, reason] of V1_UNSUPPORTED) {
      const url = route.replace(/:(\w+)/g, "x")
      const response = await raw(h.baseUrl, url, { method, ...(method === "GET" ? {} : { body: "{}", headers: { "content-type": "application/json" } }) })
      expect(response.status, `${method} ${route}`).toBe(501)
      expect(JSON.stringify(response.body)).toContain(reason.slice(0, 20))
    }
    const status = await raw(h.baseUrl, "/mcp")
    expect(status.status).toBe(200)
  })
})
