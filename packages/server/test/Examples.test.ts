/** The client examples that docs/clients.md quotes, run against a real server (the doc check holds the quotes to these files). */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Effect } from "effect"
import { program as effectClient } from "../examples/effectClient.js"
import { main as fetchClient } from "../examples/fetchClient.js"
import { main as opencodeClient } from "../examples/opencodeClient.js"
import { type Harness, start } from "./harness.js"

let h: Harness
beforeAll(async () => {
  h = await start()
})
afterAll(() => h.close())

describe("docs/clients.md examples", () => {
  it("fetch client: create, prompt, stream the answer", async () => {
    h.fake.push({ steps: [{ text: ["Hel", "lo"] }] })
    const result = await fetchClient(h.baseUrl)
    expect(result.answer).toBe("Hello")
  })

  it("Effect client: typed routes and the session's events", async () => {
    h.fake.push({ steps: [{ text: ["eff", "ect"] }] })
    const result = await Effect.runPromise(effectClient(h.baseUrl))
    expect(result.types).toContain("session.next.text.delta")
    expect(result.types.at(-1)).toBe("session.next.activity.ended")
  })

  it("opencode's v2 SDK: create, prompt, events, wait, history", async () => {
    h.fake.push({ steps: [{ text: ["open", "code"] }] })
    const result = await opencodeClient(h.baseUrl)
    expect(result.types).toContain("session.next.text.delta")
    expect(JSON.stringify(result.history)).toContain("session.next.activity.ended")
  })
})
