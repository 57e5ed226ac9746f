/**
 * `websearch`: each adapter (Exa, Tavily, Brave) against a fake search
 * service on loopback speaking its wire format, hostile results made safe,
 * errors named; end to end over HTTP with the fake provider calling the
 * tool; not offered without a configured service; a missing key refused at
 * start.
 */
import { FakeSearch } from "@ratchet/testing"
import { WebSearch } from "@ratchet/tools"
import { Effect, Either, Exit } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Settings from "../src/Settings.js"
import { type Harness, post, raw, start } from "./harness.js"

let search: Awaited<ReturnType<typeof FakeSearch.start>>
beforeAll(async () => {
  search = await FakeSearch.start()
})
afterAll(async () => {
  await search?.close()
})

const service = (provider: WebSearch.Provider, base = search.url) =>
  Either.getOrThrow(WebSearch.make({ provider, apiKey: "secret-key", baseURL: provider === "exa" ? `${base}/exa` : base }, {}))

describe("websearch adapters", () => {
  it.each(["exa", "tavily", "brave"] as const)("%s: the service's wire format; links that are not http(s) dropped, text cleaned and bounded", async (provider) => {
    search.seen.length = 0
    const results = await Effect.runPromise(service(provider).search({ query: "effect ts", numResults: 5 }))
    expect(results.map((r) => r.url)).toEqual(["https://effect.website/docs", "https://example.com/long"])
    expect(results[0]).toEqual({ title: "Effect documentation", url: "https://effect.website/docs", snippet: "Effect is a TypeScript library." })
    expect(results[1]!.title).toBe("Long[31m page")
    expect(results[1]!.snippet.length).toBeLessThanOrEqual(1000)
    const asked = search.seen[0]!
    if (provider === "exa") {
      expect(asked).toMatchObject({ method: "POST", path: "/exa/search", body: { query: "effect ts", numResults: 5 } })
      expect(asked.headers["x-api-key"]).toBe("secret-key")
    } else if (provider === "tavily") {
      expect(asked).toMatchObject({ method: "POST", path: "/search", body: { query: "effect ts", max_results: 5 } })
      expect(asked.headers.authorization).toBe("Bearer secret-key")
    } else {
      expect(asked.method).toBe("GET")
      expect(asked.path).toBe("/res/v1/web/search?q=effect+ts&count=5")
      expect(asked.headers["x-subscription-token"]).toBe("secret-key")
    }
  })

  it("a refused key or a rate limit is a clear error", async () => {
    search.state.status = 401
    const denied = await Effect.runPromiseExit(service("tavily").search({ query: "x", numResults: 1 }))
    expect(String(Exit.isFailure(denied) && denied.cause)).toMatch(/answered 401 \(check the API key\)/)
    search.state.status = 429
    const limited = await Effect.runPromiseExit(service("brave").search({ query: "x", numResults: 1 }))
    expect(String(Exit.isFailure(limited) && limited.cause)).toMatch(/429 \(rate limited\)/)
    search.state.status = 200
    // nothing listening
    const down = await Effect.runPromiseExit(service("exa", "http://127.0.0.1:9").search({ query: "x", numResults: 1 }))
    expect(String(Exit.isFailure(down) && down.cause)).toMatch(/exa:/)
  })

  it("without a key the settings refuse to start, naming the field and the variable", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-websearch-"))
    const file = path.join(dir, "ratchet.json")
    fs.writeFileSync(file, JSON.stringify({ server: { websearch: { provider: "exa" } } }))
    const missing = await Effect.runPromiseExit(Settings.resolve({ config: file }, { XDG_CONFIG_HOME: dir }, dir))
    expect(String(Exit.isFailure(missing) && missing.cause)).toMatch(/server\.websearch\.apiKey: exa needs an API key: .*EXA_API_KEY/)
    const fromEnv = await Effect.runPromise(Settings.resolve({ config: file }, { XDG_CONFIG_HOME: dir, EXA_API_KEY: "k" }, dir))
    expect(fromEnv.websearch).toEqual({ provider: "exa", apiKey: "k" })
    fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe("websearch over HTTP", () => {
  let h: Harness
  afterAll(async () => {
    await h?.close()
  })

  it("the model calls it and reads title, URL and snippet; a session without a service is not offered it", async () => {
    h = await start({ websearch: { provider: "exa", apiKey: "k", baseURL: `${search.url}/exa` } })
    const id = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    h.fake.push({ steps: [{ toolCall: { name: "websearch", args: { query: "effect docs", numResults: 3 } } }] }, { steps: [{ text: "found it" }] })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "search" } })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    const offered = h.fake.requests.at(-2)!.body.tools!.map((t) => t.function.name)
    expect(offered).toContain("websearch")
    const history = (await raw(h.baseUrl, `/api/session/${id}/history?limit=5000`)).body.data as Array<{ type: string; data: Record<string, unknown> }>
    const result = JSON.stringify(history.find((e) => e.type === "session.next.tool.success"))
    expect(result).toContain("1. Effect documentation")
    expect(result).toContain("https://effect.website/docs")
    expect(result).not.toContain("javascript:")
    await h.close()

    h = await start()
    const plain = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    h.fake.push({ steps: [{ text: "no search" }] })
    await post(h.baseUrl, `/api/session/${plain}/prompt`, { prompt: { text: "hi" } })
    await raw(h.baseUrl, `/api/session/${plain}/wait`, { method: "POST" })
    expect(h.fake.requests.at(-1)!.body.tools!.map((t) => t.function.name)).not.toContain("websearch")
  })
})
