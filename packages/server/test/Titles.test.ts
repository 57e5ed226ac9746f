/** Session titles: asked of the model after the first answer, in the background; a client's title is never replaced. */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, post, raw, start } from "./harness.js"

let h: Harness
beforeAll(async () => {
  h = await start({ titles: { enabled: true } })
})
afterAll(() => h.close())

const title = async (id: string) => ((await raw(h.baseUrl, `/api/session/${id}`)).body.data as { title: string }).title
const until = async (f: () => Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await f()); i++) await new Promise((r) => setTimeout(r, 50))
}

describe("session titles", () => {
  it("an untitled session is named from its first exchange; the request shows the exchange, without tools", async () => {
    const id = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    expect(await title(id)).toBe("New session")
    h.fake.push({ steps: [{ text: "I will look at the login form." }] }, { steps: [{ text: "\"Fix the login bug.\"\n" }] })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "the login is broken" } })
    await until(async () => (await title(id)) !== "New session")
    expect(await title(id)).toBe("Fix the login bug")
    const asked = h.fake.requests.at(-1)!.body
    expect(asked.tools ?? []).toEqual([])
    expect(JSON.stringify(asked.messages)).toContain("the login is broken")
    expect(JSON.stringify(asked.messages)).toContain("I will look at the login form.")
    const events = (await raw(h.baseUrl, `/api/session/${id}/history`)).body.data as Array<{ type: string }>
    expect(events.filter((e) => e.type === "session.updated")).toHaveLength(1)
    // the second answer does not rename it
    h.fake.push({ steps: [{ text: "done" }] })
    const before = h.fake.requests.length
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "thanks" } })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    await new Promise((r) => setTimeout(r, 200))
    expect(h.fake.requests.length).toBe(before + 1)
  })

  it("a title a client gave is kept; a failed title request changes nothing and fails nothing", async () => {
    const named = ((await post(h.baseUrl, "/api/session", { title: "Mine" })).body.data as { id: string }).id
    h.fake.push({ steps: [{ text: "hello" }] })
    const before = h.fake.requests.length
    await post(h.baseUrl, `/api/session/${named}/prompt`, { prompt: { text: "hi" } })
    await raw(h.baseUrl, `/api/session/${named}/wait`, { method: "POST" })
    await new Promise((r) => setTimeout(r, 200))
    expect(h.fake.requests.length).toBe(before + 1)
    expect(await title(named)).toBe("Mine")

    const failing = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    h.fake.push({ steps: [{ text: "answer" }] }, { failure: { status: 400 } })
    await post(h.baseUrl, `/api/session/${failing}/prompt`, { prompt: { text: "hi" } })
    await raw(h.baseUrl, `/api/session/${failing}/wait`, { method: "POST" })
    await new Promise((r) => setTimeout(r, 300))
    expect(await title(failing)).toBe("New session")
    const ended = ((await raw(h.baseUrl, `/api/session/${failing}/history`)).body.data as Array<{ type: string; data: { outcome?: string } }>).find((e) => e.type === "session.next.activity.ended")
    expect(ended?.data.outcome).toBe("completed")
  })
})
