/**
 * Models checked up front and priced from the config: a session naming a
 * provider that is not configured, or a model its provider does not list,
 * is a 400 that creates nothing (and so is switching to one); a step's
 * cost is the configured prices times the provider's usage.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Effect, Exit } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import * as ProviderSetup from "../src/ProviderSetup.js"
import * as Settings from "../src/Settings.js"
import { type Harness, post, raw, start } from "./harness.js"

let h: Harness
beforeAll(async () => {
  h = await start({ cost: { input: 3, output: 15, cache_read: 0.3 } })
})
afterAll(async () => {
  await h?.close()
})

const count = async () => ((await raw(h.baseUrl, "/api/session?limit=1000")).body.data as Array<unknown>).length

describe("models", () => {
  it("an unknown provider or model is a 400 naming the fix; nothing is created", async () => {
    const before = await count()
    const noProvider = await post(h.baseUrl, "/api/session", { model: { providerID: "anthropic", id: "claude" } })
    expect(noProvider.status).toBe(400)
    expect(JSON.stringify(noProvider.body)).toMatch(/no provider \\"anthropic\\" is configured \(configured: fake\)/)
    const noModel = await post(h.baseUrl, "/api/session", { model: { providerID: "fake", id: "fake-9" } })
    expect(noModel.status).toBe(400)
    expect(JSON.stringify(noModel.body)).toMatch(/provider fake has no model \\"fake-9\\" \(it lists fake-1, fake-2\)/)
    expect(await count()).toBe(before)
    const id = ((await post(h.baseUrl, "/api/session", { model: { providerID: "fake", id: "fake-1" } })).body.data as { id: string }).id
    expect((await post(h.baseUrl, `/api/session/${id}/model`, { model: { providerID: "fake", id: "fake-9" } })).status).toBe(400)
  })

  it("a step costs the configured prices times the usage", async () => {
    const id = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    h.fake.push({ steps: [{ text: "priced" }], usage: { input: 1000, output: 500, cached: 200 } })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "how much?" } })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    const session = (await raw(h.baseUrl, `/api/session/${id}`)).body.data as { cost: number }
    const history = (await raw(h.baseUrl, `/api/session/${id}/history`)).body.data as Array<{ type: string; data: { cost?: number; tokens?: { input: number; cache: { read: number } } } }>
    const ended = history.find((e) => e.type === "session.next.step.ended")!
    const t = ended.data.tokens!
    const expected = (t.input * 3 + 500 * 15 + t.cache.read * 0.3) / 1_000_000
    expect(ended.data.cost).toBeCloseTo(expected, 10)
    expect(session.cost).toBeCloseTo(expected, 10)
    expect(session.cost).toBeGreaterThan(0)
  })

  it("a cloud provider without a key cannot be chosen; the message names the variables", () => {
    const resolved = {
      providers: [{ id: "openai", name: "OpenAI", npm: "@ai-sdk/openai", wire: "responses" as const, baseURL: "https://api.openai.com/v1", keySource: "none" as const, env: ["OPENAI_API_KEY"], headers: {}, models: [] }]
    }
    expect(ProviderSetup.unknownModel(resolved, { providerID: "openai", id: "gpt-5" })).toEqual({
      field: "model.providerID",
      message: "provider openai has no API key: set OPENAI_API_KEY or `provider.openai.options.apiKey`"
    })
    // a compatible host needs no key
    const local = { providers: [{ ...resolved.providers[0]!, id: "local", npm: "@ai-sdk/openai-compatible", baseURL: "http://127.0.0.1:1234/v1" }] }
    expect(ProviderSetup.unknownModel(local, { providerID: "local", id: "anything" })).toBeUndefined()
  })

  it("usage: tokens, turns and cost by model, session or day; unpriced turns counted apart, not as free", async () => {
    const since = Date.now() - 1
    const priced = ((await post(h.baseUrl, "/api/session", { model: { providerID: "fake", id: "fake-1" } })).body.data as { id: string }).id
    const unpriced = ((await post(h.baseUrl, "/api/session", { model: { providerID: "fake", id: "fake-2" } })).body.data as { id: string }).id
    h.fake.push({ steps: [{ text: "a" }], usage: { input: 1000, output: 100 } }, { steps: [{ text: "b" }], usage: { input: 500, output: 50 } })
    for (const id of [priced, unpriced]) {
      await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "usage" } })
      await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    }
    type Report = { data: Array<{ key: string; turns: number; cost: number; unpriced: number; tokens: { input: number; output: number } }>; total: { turns: number; cost: number; unpriced: number } }
    const byModel = (await raw(h.baseUrl, `/api/usage?from=${since}`)).body as unknown as Report
    const one = byModel.data.find((r) => r.key === "fake/fake-1")!
    const two = byModel.data.find((r) => r.key === "fake/fake-2")!
    expect(one).toMatchObject({ turns: 1, unpriced: 0, tokens: { input: 1000, output: 100 } })
    expect(one.cost).toBeCloseTo((1000 * 3 + 100 * 15) / 1_000_000, 10)
    expect(two).toMatchObject({ turns: 1, unpriced: 1, cost: 0, tokens: { input: 500, output: 50 } })
    expect(byModel.total).toMatchObject({ turns: 2, unpriced: 1 })
    const bySession = (await raw(h.baseUrl, `/api/usage?from=${since}&groupBy=session`)).body as unknown as Report
    expect(bySession.data.map((r) => r.key).sort()).toEqual([priced, unpriced].sort())
    const byDay = (await raw(h.baseUrl, `/api/usage?from=${since}&groupBy=day`)).body as unknown as Report
    expect(byDay.data.map((r) => r.key)).toEqual([new Date().toISOString().slice(0, 10)])
    expect((await raw(h.baseUrl, `/api/usage?from=${since}&to=${since}`)).status).toBe(400)
    expect((await raw(h.baseUrl, "/api/usage?groupBy=team")).status).toBe(400)
  })

  it("retries run out on a retryable failure: the turn falls back to the next model, visibly; a 400 does not", async () => {
    await h.close()
    h = await start({ fallback: [{ providerID: "fake", id: "fake-2" }] })
    const id = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    const overloaded = { failure: { status: 529, retryAfter: "0" } }
    h.fake.push(overloaded, overloaded, overloaded, overloaded, { steps: [{ text: "FROM-THE-FALLBACK" }] })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "hello" } })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    expect(h.fake.requests.at(-1)!.body.model).toBe("fake-2")
    let history = (await raw(h.baseUrl, `/api/session/${id}/history?limit=5000`)).body.data as Array<{ type: string; data: Record<string, unknown> }>
    expect(history.find((e) => e.type === "session.next.fallback")!.data).toMatchObject({
      from: { providerID: "fake", id: "fake-1" },
      to: { providerID: "fake", id: "fake-2" },
      error: { type: "overloaded" }
    })
    expect(history.at(-1)).toMatchObject({ type: "session.next.activity.ended", data: { outcome: "completed" } })

    const other = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    h.fake.push({ failure: { status: 400, body: "{\"error\":{\"message\":\"bad\"}}" } })
    await post(h.baseUrl, `/api/session/${other}/prompt`, { prompt: { text: "bad" } })
    await raw(h.baseUrl, `/api/session/${other}/wait`, { method: "POST" })
    history = (await raw(h.baseUrl, `/api/session/${other}/history?limit=5000`)).body.data as Array<{ type: string; data: Record<string, unknown> }>
    expect(history.some((e) => e.type === "session.next.fallback")).toBe(false)
    expect(history.at(-1)).toMatchObject({ type: "session.next.activity.ended", data: { outcome: "failed" } })
  })

  it("a fallback chain naming a model that cannot run stops the start, naming the entry", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-fallback-"))
    const file = path.join(dir, "ratchet.json")
    const provider = { local: { npm: "@ai-sdk/openai-compatible", options: { baseURL: "http://127.0.0.1:9/v1" }, models: { a: {}, b: {} } } }
    fs.writeFileSync(file, JSON.stringify({ model: "local/a", provider, fallback: ["local/b"], agent: { build: { fallback: ["local/zzz"] } } }))
    const bad = await Effect.runPromiseExit(Settings.resolve({ config: file }, { XDG_CONFIG_HOME: dir }, dir))
    expect(String(Exit.isFailure(bad) && bad.cause)).toMatch(/agent\.build\.fallback\.0: provider local has no model "zzz"/)
    fs.writeFileSync(file, JSON.stringify({ model: "local/a", provider, fallback: ["local/b"] }))
    const ok = await Effect.runPromise(Settings.resolve({ config: file }, { XDG_CONFIG_HOME: dir }, dir))
    expect(ok.fallback.global).toEqual([{ providerID: "local", id: "b" }])
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
