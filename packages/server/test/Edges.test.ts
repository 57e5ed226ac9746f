import { Cursor } from "@ratchet/schema"
import { Effect, Exit, Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Server from "../src/Server.js"
import { defaults } from "../src/ServerConfig.js"
import { type Harness, post, raw, start } from "./harness.js"

let h: Harness
beforeAll(async () => {
  h = await start({ config: { bodyLimit: 64 * 1024, maxPendingPerSession: 2 } })
})
afterAll(() => h.close())

const countAll = async (harness: Harness) => {
  let n = 0
  for await (const _ of harness.client.globalEvents({ follow: false })) n++
  return n
}

const session = async () => ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id

describe("bad input gets the right status, a typed body, and writes nothing", () => {
  const cases: Array<[string, (id: string) => Promise<{ status: number; body: Record<string, unknown> }>, number, string, string?]> = [
    ["malformed JSON", (id) =>
      raw(h.baseUrl, `/api/session/${id}/prompt`, { method: "POST", headers: { "content-type": "application/json" }, body: "{\"prompt\":" }), 400, "InvalidRequestError", "body"],
    ["a wrong type", (id) => post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: 5 } }), 400, "InvalidRequestError", "prompt.text"],
    ["a missing field", (id) => post(h.baseUrl, `/api/session/${id}/prompt`, { delivery: "queue" }), 400, "InvalidRequestError", "prompt"],
    ["an unknown delivery", (id) => post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "x" }, delivery: "later" }), 400, "InvalidRequestError", "delivery"],
    ["a malformed message id", (id) => post(h.baseUrl, `/api/session/${id}/prompt`, { id: "nope", prompt: { text: "x" } }), 400, "InvalidRequestError", "id"],
    ["a malformed session id", () => post(h.baseUrl, `/api/session/nope/prompt`, { prompt: { text: "x" } }), 400, "InvalidRequestError", "sessionID"],
    ["an unknown session", () => post(h.baseUrl, `/api/session/ses_unknown1/prompt`, { prompt: { text: "x" } }), 404, "SessionNotFoundError"],
    ["an unknown message", (id) => raw(h.baseUrl, `/api/session/${id}/message/msg_unknown1`), 404, "MessageNotFoundError"],
    ["an oversized body", (id) => post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "a".repeat(100 * 1024) } }), 413, "PayloadTooLargeError"],
    ["a garbage cursor", (id) => raw(h.baseUrl, `/api/session/${id}/history?after=%25%25`), 400, "InvalidCursorError"],
    ["a global cursor on a session stream", (id) => raw(h.baseUrl, `/api/session/${id}/event?after=ZzE6Mg`), 400, "InvalidCursorError"],
    ["a bad list cursor", () => raw(h.baseUrl, `/api/session?cursor=czE6Mg`), 400, "InvalidCursorError"],
    // a cursor of another session's stream, or past this one's head, would skip events there
    ["another session's cursor on the stream", (id) => raw(h.baseUrl, `/api/session/${id}/event?after=${Cursor.session("ses_other1", 1)}&follow=false`), 400, "InvalidCursorError"],
    ["another session's cursor on history", (id) => raw(h.baseUrl, `/api/session/${id}/history?after=${Cursor.session("ses_other1", 1)}`), 400, "InvalidCursorError"],
    ["a cursor past the head of the stream", (id) => raw(h.baseUrl, `/api/session/${id}/event?after=${Cursor.session(id, 16)}&follow=false`), 400, "InvalidCursorError"],
    ["a plain sequence past the head of history", (id) => raw(h.baseUrl, `/api/session/${id}/history?after=16`), 400, "InvalidCursorError"],
    ["an unknown agent", () => post(h.baseUrl, `/api/session`, { agent: "nobody" }), 400, "InvalidRequestError", "agent"],
    ["an existing session id", (id) => post(h.baseUrl, `/api/session`, { id }), 409, "ConflictError"],
    ["an unknown parent", () => post(h.baseUrl, `/api/session`, { parentID: "ses_unknown2" }), 400, "InvalidRequestError", "parentID"],
    ["a limit out of range", (id) => raw(h.baseUrl, `/api/session/${id}/history?limit=0`), 400, "InvalidRequestError", "limit"]
  ]
  it.each(cases)("%s", async (_name, send, status, tag, field) => {
    const id = await session()
    const before = await countAll(h)
    const r = await send(id)
    expect(r.status).toBe(status)
    expect(r.body._tag).toBe(tag)
    expect(typeof r.body.message).toBe("string")
    if (field !== undefined) expect(r.body.field).toBe(field)
    expect(await countAll(h)).toBe(before)
  })
})

describe("admission bound", () => {
  it("concurrent admissions never pass a session's pending bound", async () => {
    const id = await session()
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: `c${i}` }, resume: false }))
    )
    const accepted = results.filter((r) => r.status === 200).length
    expect(results.every((r) => r.status === 200 || r.status === 429)).toBe(true)
    expect(accepted).toBeGreaterThanOrEqual(1)
    expect(accepted).toBeLessThanOrEqual(2)
    const inbox = (await raw(h.baseUrl, `/api/session/${id}/inbox`)).body.data as Array<unknown>
    expect(inbox.length).toBe(accepted)
  })

  it("a session over its pending bound gets 429 with retry-after, and nothing is written", async () => {
    const id = await session()
    for (const n of [1, 2]) {
      expect((await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: `p${n}` }, resume: false })).status).toBe(200)
    }
    const before = await countAll(h)
    const r = await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "p3" }, resume: false })
    expect(r.status).toBe(429)
    expect(r.headers.get("retry-after")).toBe("1")
    expect(r.body._tag).toBe("TooManyRequestsError")
    expect(await countAll(h)).toBe(before)
  })
})

describe("/doc", () => {
  it("serves the OpenAPI JSON to clients and the interactive reference to browsers, with no third-party script", async () => {
    const json = await raw(h.baseUrl, "/doc")
    expect(json.status).toBe(200)
    expect(json.headers.get("content-type")).toContain("application/json")
    expect((json.body as { openapi?: string }).openapi).toMatch(/^3\./)
    const browser = await fetch(`${h.baseUrl}/doc`, { headers: { accept: "text/html,application/xhtml+xml" }, redirect: "manual" })
    expect(browser.status).toBe(303)
    expect(browser.headers.get("location")).toBe("/doc/ui")
    const page = await fetch(`${h.baseUrl}/doc/ui`)
    expect(page.status).toBe(200)
    expect(page.headers.get("content-type")).toContain("text/html")
    const html = await page.text()
    expect(html).toContain("<title>Ratchet</title>")
    expect(html).toContain("/api/session/{sessionID}/prompt")
    // the page works offline: no script is loaded from elsewhere
    expect(html).not.toMatch(/<script[^>]+src=/)
  })
})

describe("auth", () => {
  it("with a token, every route needs it (bearer or basic); /doc too", async () => {
    const secured = await start({
      fake: h.fake,
      config: { auth: { username: "ratchet", token: Redacted.make("s3cret"), password: Redacted.make("pw") } }
    })
    try {
      expect((await raw(secured.baseUrl, "/api/health")).status).toBe(401)
      expect((await raw(secured.baseUrl, "/api/health")).body._tag).toBe("UnauthorizedError")
      expect((await raw(secured.baseUrl, "/api/health", { headers: { authorization: "Bearer wrong" } })).status).toBe(401)
      expect((await raw(secured.baseUrl, "/api/health", { headers: { authorization: "Bearer s3cret" } })).status).toBe(200)
      const basic = `Basic ${Buffer.from("ratchet:pw").toString("base64")}`
      expect((await raw(secured.baseUrl, "/api/session", { headers: { authorization: basic } })).status).toBe(200)
      expect((await raw(secured.baseUrl, "/doc")).status).toBe(401)
      expect((await raw(secured.baseUrl, "/doc/ui")).status).toBe(401)
      expect((await secured.client.api.GET("/api/health")).response.status).toBe(200)
    } finally {
      await secured.stop()
    }
  })

  it("without credentials the server refuses to bind beyond loopback", async () => {
    const exit = await Effect.runPromiseExit(Effect.scoped(Effect.asVoid(
      Effect.flatMap(Effect.succeed(Server.layer({
        config: { ...defaults, port: 0, hostname: "0.0.0.0", directory: process.cwd() },
        storage: Server.storageFor(h.db),
        providers: { providers: [] },
        agents: [{ name: "build", maxSteps: 25 }]
      })), (layer) => Effect.provide(Effect.void, layer))
    )))
    expect(Exit.isFailure(exit)).toBe(true)
    expect(String(Exit.isFailure(exit) ? exit.cause : "")).toMatch(/refusing to listen on 0\.0\.0\.0 without authentication/)
  })
})

describe("shutdown and restart", () => {
  it("draining ends event streams, answers 503 to new work, and a pending input runs after the restart", async () => {
    const own = await start({ fake: h.fake, config: { shutdownGraceMs: 100 } })
    const id = ((await post(own.baseUrl, "/api/session", {})).body.data as { id: string }).id
    h.fake.push({ delayMs: 30, steps: [{ text: Array.from({ length: 100 }, () => "w") }] })
    const streamed: Array<string> = []
    const reading = (async () => {
      const response = await fetch(`${own.baseUrl}/api/session/${id}/event`)
      const decoder = new TextDecoder()
      for await (const bytes of response.body as unknown as AsyncIterable<Uint8Array>) streamed.push(decoder.decode(bytes))
      return "ended"
    })()
    await post(own.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "long one" } })
    await post(own.baseUrl, `/api/session/${id}/prompt`, { id: "msg_afterrestart", prompt: { text: "next" } })
    await new Promise((r) => setTimeout(r, 150))
    const waiting = raw(own.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    await new Promise((r) => setTimeout(r, 20))
    const stopping = own.stop()
    expect((await waiting).status).toBe(503)
    expect(await reading).toBe("ended")
    await stopping
    // the running activity was interrupted after the grace period; the queued input stayed pending
    const again = await own.restart()
    try {
      await raw(again.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
      const events: Array<{ type: string; data: Record<string, unknown> }> = []
      for await (const e of again.client.events(id, { follow: false })) events.push({ type: e.type, data: e.event.data })
      const outcomes = events.filter((e) => e.type === "session.next.activity.ended").map((e) => e.data.outcome)
      expect(outcomes).toEqual(["interrupted", "completed"])
      expect(events.some((e) => e.type === "session.next.prompted" && e.data.messageID === "msg_afterrestart")).toBe(true)
    } finally {
      await again.close()
    }
  })
})
