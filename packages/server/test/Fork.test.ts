/**
 * Fork over HTTP with the fake provider: a fork before a middle prompt has
 * only what came before it, idle, its inbox empty, its origin recorded; the
 * model in the fork does not see the later turns; the parent is untouched;
 * a cut inside an activity is closed; requests get new ids; a running
 * session is a 409, an unknown message a 400.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, post, raw, start } from "./harness.js"

let h: Harness
beforeAll(async () => {
  h = await start()
})
afterAll(async () => {
  await h?.close()
})

interface Event {
  readonly type: string
  readonly data: Record<string, unknown>
}
interface Message {
  readonly id: string
  readonly type: string
}
const history = async (id: string) => ((await raw(h.baseUrl, `/api/session/${id}/history?limit=5000`)).body.data as Array<Event>)
const session = async (body: Record<string, unknown> = {}) => ((await post(h.baseUrl, "/api/session", body)).body.data as { id: string }).id
const ask = async (id: string, text: string, answer: string) => {
  h.fake.push({ steps: [{ text: answer }] })
  await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text } })
  await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
}
const prompts = (events: ReadonlyArray<Event>) =>
  events.filter((e) => e.type === "session.next.prompted").map((e) => (e.data.prompt as { text: string }).text)
const sent = () => JSON.stringify(h.fake.requests.at(-1)!.body.messages)

describe("fork", () => {
  it("before a middle prompt: what came before, idle, its own inbox; the parent untouched", async () => {
    const parent = await session()
    await ask(parent, "PROMPT-ONE", "ANSWER-ONE")
    await ask(parent, "PROMPT-TWO", "ANSWER-TWO")
    await ask(parent, "PROMPT-THREE", "ANSWER-THREE")
    // a pending input the parent has not run: not the fork's
    await post(h.baseUrl, `/api/session/${parent}/prompt`, { prompt: { text: "PARKED" }, resume: false })
    const before = await history(parent)
    const messages = (await raw(h.baseUrl, `/api/session/${parent}/message?limit=100`)).body.data as Array<Message & { content?: Array<{ text?: string }> }>
    const second = messages.find((m) => JSON.stringify(m).includes("PROMPT-TWO") && m.type === "user")!
    const forked = await post(h.baseUrl, `/api/session/${parent}/fork`, { messageID: second.id })
    expect(forked.status).toBe(200)
    const fork = forked.body.data as { id: string; title: string; status?: string }
    expect(fork.id).not.toBe(parent)
    expect(fork.title).toMatch(/\(fork\)$/)
    const events = await history(fork.id)
    expect(events[0]).toMatchObject({ type: "session.created", data: { forkedFrom: { sessionID: parent, messageID: second.id } } })
    expect(prompts(events)).toEqual(["PROMPT-ONE"])
    expect(JSON.stringify(events)).not.toContain("PROMPT-TWO")
    expect((await raw(h.baseUrl, `/api/session/${fork.id}/inbox`)).body.data).toEqual([])
    expect(((await raw(h.baseUrl, `/api/session/${fork.id}`)).body.data as { status: string }).status).toBe("idle")
    // the parent is as it was
    expect(await history(parent)).toEqual(before)
    // the model in the fork sees the first exchange only
    await ask(fork.id, "IN-THE-FORK", "FORK-ANSWER")
    expect(sent()).toContain("ANSWER-ONE")
    expect(sent()).not.toContain("PROMPT-TWO")
    // the whole session, without a message id
    const whole = (await post(h.baseUrl, `/api/session/${parent}/fork`, { title: "copy" })).body.data as { id: string; title: string }
    expect(whole.title).toBe("copy")
    expect(prompts(await history(whole.id))).toEqual(["PROMPT-ONE", "PROMPT-TWO", "PROMPT-THREE"])
  })

  it("a cut inside an activity closes it; requests keep their answers under new ids", async () => {
    const parent = await session({ permission: [{ permission: "mark", pattern: "*", action: "ask" }] })
    h.fake.push({ steps: [{ toolCall: { name: "mark", args: { text: "fork-mark" } } }] }, { steps: [{ text: "STEP-TWO-TEXT" }] })
    await post(h.baseUrl, `/api/session/${parent}/prompt`, { prompt: { text: "mark it" } })
    let request: { id: string } | undefined
    for (let i = 0; i < 200 && request === undefined; i++) {
      request = ((await raw(h.baseUrl, `/api/session/${parent}/permission`)).body.data as Array<{ id: string }>)[0]
      if (request === undefined) await new Promise((r) => setTimeout(r, 25))
    }
    await post(h.baseUrl, `/api/session/${parent}/permission/${request!.id}/reply`, { reply: "once" })
    await raw(h.baseUrl, `/api/session/${parent}/wait`, { method: "POST" })
    const parentEvents = await history(parent)
    const secondStep = parentEvents.filter((e) => e.type === "session.next.step.started")[1]!.data.assistantMessageID as string
    const fork = (await post(h.baseUrl, `/api/session/${parent}/fork`, { messageID: secondStep })).body.data as { id: string }
    const events = await history(fork.id)
    expect(events.map((e) => e.type)).toContain("session.next.tool.success")
    expect(JSON.stringify(events)).not.toContain("STEP-TWO-TEXT")
    expect(events.at(-1)).toMatchObject({ type: "session.next.activity.ended", data: { outcome: "interrupted", error: { type: "forked" } } })
    const asked = events.find((e) => e.type === "session.next.permission.asked")!.data.requestID
    expect(asked).not.toBe(request!.id)
    expect(events.find((e) => e.type === "session.next.permission.replied")!.data).toMatchObject({ requestID: asked, reply: "once" })
    expect(((await raw(h.baseUrl, `/api/session/${fork.id}`)).body.data as { status: string }).status).toBe("idle")
  })

  it("refused while running (409), for a message it does not have (400), for an unknown session (404)", async () => {
    const id = await session()
    await ask(id, "hello", "hi")
    expect((await post(h.baseUrl, `/api/session/${id}/fork`, { messageID: "msg_nothere" })).status).toBe(400)
    expect((await post(h.baseUrl, `/api/session/ses_nothere/fork`, {})).status).toBe(404)
    expect((await post(h.baseUrl, `/api/session/${id}/fork`, { extra: 1 })).status).toBe(400)
    h.fake.push({ steps: [{ text: ["a", "b"] }], failure: { hang: { afterChunks: 1 } } })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "hang" } })
    for (let i = 0; i < 200 && h.fake.inFlight() === 0; i++) await new Promise((r) => setTimeout(r, 25))
    const busy = await post(h.baseUrl, `/api/session/${id}/fork`, {})
    expect(busy.status).toBe(409)
    await post(h.baseUrl, `/api/session/${id}/interrupt`, {})
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    h.fake.clear()
  })
})
