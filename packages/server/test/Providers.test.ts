/**
 * Each native wire end to end over HTTP: a session on Anthropic, OpenAI
 * (Responses) and Gemini — the real adapters, the catalogue's models and
 * prices, the fake provider speaking each wire — completes a tool-calling
 * turn; the system prompt goes in the wire's own slot (with Anthropic's
 * cache markers); the cost is the catalogue's prices times the usage; a
 * provider that is overloaded falls back to the next model, visibly.
 */
import { Either } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as ProviderSetup from "../src/ProviderSetup.js"
import { type Harness, post, raw, start } from "./harness.js"

let h: Harness
beforeAll(async () => {
  h = await start({
    config: { retries: 3 },
    fallback: [{ providerID: "openai", id: "gpt-5" }],
    providers: (fake) =>
      Either.getOrThrow(ProviderSetup.resolve("test", {
        provider: {
          anthropic: { options: { baseURL: fake.baseURL, apiKey: "ak-test" } },
          openai: { options: { baseURL: fake.baseURL, apiKey: "sk-test" } },
          google: { options: { baseURL: fake.baseURL, apiKey: "g-test" } }
        }
      }, {})).providers
  })
})
afterAll(async () => {
  await h?.close()
})

type Event = { type: string; data: Record<string, unknown> }
/** A value inside a recorded request body, by path (an array index may be negative). */
const dig = (value: unknown, ...path: ReadonlyArray<string | number>): unknown =>
  path.reduce<unknown>((v, key) => {
    if (typeof key === "number" && Array.isArray(v)) return v.at(key)
    return typeof v === "object" && v !== null ? (v as Record<string, unknown>)[String(key)] : undefined
  }, value)
const history = async (id: string) => (await raw(h.baseUrl, `/api/session/${id}/history`)).body.data as Array<Event>

const session = async (providerID: string, id: string) => {
  const created = await post(h.baseUrl, "/api/session", { model: { providerID, id } })
  expect(created.status).toBe(200)
  return (created.body.data as { id: string }).id
}

const run = async (sessionID: string, text: string) => {
  expect((await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { prompt: { text } })).status).toBe(200)
  await raw(h.baseUrl, `/api/session/${sessionID}/wait`, { method: "POST" })
}

const usage = { input: 1000, cached: 600, output: 50 }

const cases = [
  { providerID: "anthropic", model: "claude-sonnet-4-5", wire: "anthropic", prices: { input: 3, output: 15, read: 0.3, write: 3.75 }, cacheWrite: 100 },
  { providerID: "openai", model: "gpt-5", wire: "responses", prices: { input: 1.25, output: 10, read: 0.125, write: 0 }, cacheWrite: 0 },
  { providerID: "google", model: "gemini-2.5-flash", wire: "gemini", prices: { input: 0.3, output: 2.5, read: 0.075, write: 0 }, cacheWrite: 0 }
] as const

describe("native provider wires, end to end", () => {
  it.each(cases)("$providerID: a tool-calling turn, the system prompt in its slot, priced from the catalogue", async (c) => {
    const id = await session(c.providerID, c.model)
    const before = h.fake.requests.length
    h.fake.push(
      { steps: [{ reasoning: ["checking"], signature: "SIG-A" }, { toolCall: { name: "echo", args: { text: "native" } } }], usage: { ...usage, cacheWrite: c.cacheWrite } },
      { steps: [{ text: ["the echo said ", "native"] }], usage: { ...usage, cacheWrite: c.cacheWrite } }
    )
    await run(id, "call the echo tool")
    const [first, second] = h.fake.requests.slice(before)
    expect(first!.wire).toBe(c.wire)
    expect(second!.wire).toBe(c.wire)
    const body1 = first!.body
    const body2 = JSON.stringify(second!.body)
    if (c.wire === "anthropic") {
      expect(first!.headers["x-api-key"]).toBe("ak-test")
      expect(first!.headers["anthropic-version"]).toBe("2023-06-01")
      expect(dig(body1, "system", 0, "text")).toMatch(/./)
      expect(dig(body1, "system", 0, "cache_control")).toEqual({ type: "ephemeral" })
      expect(dig(body1, "messages", -1, "content", -1, "cache_control")).toEqual({ type: "ephemeral" })
      expect(JSON.stringify(dig(body1, "tools"))).toContain("\"name\":\"echo\"")
      expect(dig(body1, "tools", 0, "input_schema")).toBeDefined()
      // the result goes back as a tool_result block, with the signed thinking before the call
      expect(body2).toContain("\"type\":\"tool_result\"")
      expect(body2).toContain("\"signature\":\"SIG-A\"")
    }
    if (c.wire === "responses") {
      expect(first!.headers.authorization).toBe("Bearer sk-test")
      expect(dig(body1, "instructions")).toMatch(/./)
      expect(dig(body1, "store")).toBe(false)
      expect(dig(body1, "include")).toEqual(["reasoning.encrypted_content"])
      expect(body2).toContain("\"type\":\"function_call_output\"")
      expect(body2).toContain("\"encrypted_content\":\"SIG-A\"")
    }
    if (c.wire === "gemini") {
      expect(first!.path).toMatch(/\/models\/gemini-2\.5-flash:streamGenerateContent\?alt=sse$/)
      expect(first!.headers["x-goog-api-key"]).toBe("g-test")
      expect(dig(body1, "systemInstruction", "parts", 0, "text")).toMatch(/./)
      expect(JSON.stringify(dig(body1, "tools", 0, "functionDeclarations"))).toContain("\"name\":\"echo\"")
      expect(body2).toContain("\"functionResponse\"")
      expect(body2).toContain("\"thoughtSignature\":\"gsig-0\"")
    }
    // no system message smuggled into the conversation
    expect(JSON.stringify(dig(body1, "messages") ?? dig(body1, "input") ?? dig(body1, "contents"))).not.toMatch(/"role":"system"/)

    const events = await history(id)
    const tool = events.find((e) => e.type === "session.next.tool.success")
    expect(tool).toBeDefined()
    const reasoning = events.find((e) => e.type === "session.next.reasoning.ended")!
    expect(reasoning.data.text).toBe("checking")
    const ended = events.filter((e) => e.type === "session.next.step.ended")
    expect(ended).toHaveLength(2)
    const p = c.prices
    const uncached = usage.input - usage.cached - c.cacheWrite
    const expected = (uncached * p.input + usage.output * p.output + usage.cached * p.read + c.cacheWrite * p.write) / 1_000_000
    for (const e of ended) {
      expect(e.data.cost).toBeGreaterThan(0)
      expect(e.data.cost as number).toBeCloseTo(expected, 12)
      expect(e.data.tokens).toMatchObject({ input: uncached, cache: { read: usage.cached, write: c.cacheWrite } })
    }
    const info = (await raw(h.baseUrl, `/api/session/${id}`)).body.data as { cost: number }
    expect(info.cost).toBeCloseTo(expected * 2, 12)
    const text = events.filter((e) => e.type === "session.next.text.ended").map((e) => e.data.text)
    expect(text).toContain("the echo said native")
  })

  it("an unpriced model's step records its cost as unknown (null), not 0", async () => {
    const id = await session("fake", "fake-2")
    h.fake.push({ steps: [{ text: "free?" }] })
    await run(id, "how much")
    const ended = (await history(id)).find((e) => e.type === "session.next.step.ended")!
    expect(ended.data.cost).toBeNull()
    const messages = (await raw(h.baseUrl, `/api/session/${id}/message`)).body.data as Array<{ type: string; cost?: number }>
    expect(messages.find((m) => m.type === "assistant")?.cost).toBeUndefined()
  })

  it("Anthropic overloaded (529) on every retry: retried with visible waits, then the turn moves to OpenAI", async () => {
    const id = await session("anthropic", "claude-sonnet-4-5")
    const before = h.fake.requests.length
    const overloaded = { failure: { status: 529, retryAfter: "0", body: JSON.stringify({ type: "error", error: { type: "overloaded_error", message: "Overloaded" } }) } }
    h.fake.push(overloaded, overloaded, overloaded, { steps: [{ text: "answered by the fallback" }] })
    await run(id, "are you there?")
    const wires = h.fake.requests.slice(before).map((r) => r.wire)
    expect(wires).toEqual(["anthropic", "anthropic", "anthropic", "responses"])
    const events = await history(id)
    const retried = events.filter((e) => e.type === "session.next.retried")
    expect(retried.map((e) => e.data.attempt)).toEqual([1, 2, 3])
    expect(retried.slice(0, 2).every((e) => e.data.delayMs === 0)).toBe(true)
    expect(retried[0]!.data.error).toMatchObject({ type: "overloaded", retryable: true })
    const fell = events.find((e) => e.type === "session.next.fallback")!
    expect(fell.data).toMatchObject({ from: { providerID: "anthropic", id: "claude-sonnet-4-5" }, to: { providerID: "openai", id: "gpt-5" } })
    expect(events.filter((e) => e.type === "session.next.text.ended").map((e) => e.data.text)).toEqual(["answered by the fallback"])
    // the failed attempts stay in the log, out of the message view
    const messages = (await raw(h.baseUrl, `/api/session/${id}/message`)).body.data as Array<{ type: string; error?: unknown }>
    expect(messages.filter((m) => m.type === "assistant" && m.error !== undefined)).toHaveLength(0)
  })

  it("lists the catalogue with prices and limits, and the providers with their wires", async () => {
    const models = (await raw(h.baseUrl, "/api/model")).body.data as Array<Record<string, unknown>>
    const sonnet = models.find((m) => m.providerID === "anthropic" && m.id === "claude-sonnet-4-5")!
    expect(sonnet).toMatchObject({
      name: "Claude Sonnet 4.5",
      enabled: true,
      source: "catalogue",
      limit: { context: 200000, output: 64000 },
      capabilities: { tools: true, reasoning: true, input: ["text", "image", "pdf"] },
      cost: [{ input: 3, output: 15, cache: { read: 0.3, write: 3.75 } }]
    })
    expect(models.find((m) => m.id === "fake-2")!.cost).toEqual([])
    const provider = (await raw(h.baseUrl, "/api/provider/google")).body.data as Record<string, unknown>
    expect(provider).toMatchObject({ id: "google", name: "Google", wire: "gemini", key: "config" })
    expect(JSON.stringify(provider)).not.toContain("g-test")
  })
})
