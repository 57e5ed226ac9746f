/**
 * Compaction over HTTP with the fake provider (a 1,000-token context
 * window, compaction at 80%): a session whose reported usage crosses the
 * threshold compacts exactly once, before its next turn; later requests
 * carry the summary and the request in hand, not the old turns; `/history`
 * keeps everything; a restart builds the same view; `POST …/compact` is
 * ordered behind a queued prompt; a turn refused as too long is compacted
 * and retried once, and a second refusal fails visibly.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, post, raw, start } from "./harness.js"

let h: Harness
beforeAll(async () => {
  h = await start({ contextWindow: 1000 })
})
afterAll(async () => {
  await h?.close()
})

interface Event {
  readonly type: string
  readonly data: Record<string, unknown>
}
const history = async (id: string) => ((await raw(h.baseUrl, `/api/session/${id}/history?limit=5000`)).body.data as Array<Event>)
const session = async () => ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
const prompt = async (id: string, text: string, delivery = "queue") => {
  expect((await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text }, delivery })).status).toBe(200)
}
const wait = (id: string) => raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
/** The text the model was sent in a recorded request. */
const sent = (request: { body: { messages?: ReadonlyArray<{ role: string; content?: string | null }> } }) =>
  (request.body.messages ?? []).map((m) => `${m.role}: ${m.content ?? ""}`).join("\n")

describe("compaction", () => {
  it("compacts once when the last turn filled 80% of the window; later turns see the summary and the request in hand", async () => {
    const id = await session()
    h.fake.push({ steps: [{ text: "first answer" }], usage: { input: 300, output: 20 } })
    await prompt(id, "OLD-REQUEST: set up the project")
    await wait(id)
    h.fake.push({ steps: [{ text: "second answer" }], usage: { input: 850, output: 20 } })
    await prompt(id, "second request")
    await wait(id)
    const before = h.fake.requests.length
    h.fake.push(
      { steps: [{ text: "SUMMARY: the project is set up; next, add tests." }], usage: { input: 900, output: 40 } },
      { steps: [{ text: "third answer" }], usage: { input: 120, output: 10 } },
      { steps: [{ text: "fourth answer" }], usage: { input: 150, output: 10 } }
    )
    await prompt(id, "NEW-REQUEST: add tests")
    await wait(id)
    const [summarise, third] = h.fake.requests.slice(before)
    // the summariser got the whole conversation, no tools
    expect(sent(summarise!)).toContain("OLD-REQUEST")
    expect(summarise!.body.tools ?? []).toEqual([])
    // the turn after it: the summary and the request in hand, not the old turns
    expect(sent(third!)).toContain("SUMMARY: the project is set up")
    expect(sent(third!)).toContain("NEW-REQUEST: add tests")
    expect(sent(third!)).not.toContain("OLD-REQUEST")
    expect(sent(third!)).not.toContain("first answer")
    // below the threshold again: no second compaction on the next prompt
    await prompt(id, "one more")
    await wait(id)
    const events = await history(id)
    expect(events.filter((e) => e.type === "session.next.compaction.started").map((e) => e.data.reason)).toEqual(["auto"])
    expect(events.find((e) => e.type === "session.next.compaction.ended")!.data).toMatchObject({ text: "SUMMARY: the project is set up; next, add tests.", recent: "NEW-REQUEST: add tests" })
    // the history keeps everything
    expect(JSON.stringify(events)).toContain("OLD-REQUEST")
    expect(sent(h.fake.requests.at(-1)!)).not.toContain("OLD-REQUEST")

    // after a restart the model's view is built the same way from the log
    h = await h.restart()
    h.fake.push({ steps: [{ text: "after restart" }], usage: { input: 100, output: 5 } })
    await prompt(id, "still there?")
    await wait(id)
    const afterRestart = sent(h.fake.requests.at(-1)!)
    expect(afterRestart).toContain("SUMMARY: the project is set up")
    expect(afterRestart).not.toContain("OLD-REQUEST")
  })

  it("POST /compact waits behind a queued prompt, then compacts on demand", async () => {
    const id = await session()
    h.fake.push({ steps: [{ text: "slow answer" }], usage: { input: 50, output: 5 }, delayMs: 300 })
    await prompt(id, "EARLY-REQUEST")
    h.fake.push({ steps: [{ text: "queued answer" }], usage: { input: 60, output: 5 } })
    await prompt(id, "QUEUED-REQUEST")
    h.fake.push({ steps: [{ text: "MANUAL-SUMMARY" }], usage: { input: 70, output: 5 } })
    expect((await raw(h.baseUrl, `/api/session/${id}/compact`, { method: "POST" })).status).toBe(204)
    await wait(id)
    const events = await history(id)
    const order = events.flatMap((e) =>
      e.type === "session.next.prompted" ? [(e.data.prompt as { text: string }).text] : e.type === "session.next.compaction.ended" ? [`compacted:${String(e.data.text)}`] : [])
    expect(order).toEqual(["EARLY-REQUEST", "QUEUED-REQUEST", "compacted:MANUAL-SUMMARY"])
    expect(events.find((e) => e.type === "session.next.compaction.started")!.data.reason).toBe("manual")
    // the compaction request left the inbox
    expect((await raw(h.baseUrl, `/api/session/${id}/inbox`)).body.data).toEqual([])
    h.fake.push({ steps: [{ text: "next" }], usage: { input: 10, output: 1 } })
    await prompt(id, "after the manual compaction")
    await wait(id)
    expect(sent(h.fake.requests.at(-1)!)).toContain("MANUAL-SUMMARY")
    expect(sent(h.fake.requests.at(-1)!)).not.toContain("EARLY-REQUEST")
    expect((await raw(h.baseUrl, "/api/session/ses_nothere/compact", { method: "POST" })).status).toBe(404)
  })

  it("a turn refused as too long is compacted and retried once; a second refusal fails visibly", async () => {
    const id = await session()
    const tooLong = { failure: { status: 400, body: JSON.stringify({ error: { message: "This model's maximum context length is 1000 tokens", code: "context_length_exceeded" } }) } }
    h.fake.push(tooLong, { steps: [{ text: "OVERFLOW-SUMMARY" }] }, { steps: [{ text: "fits now" }] })
    await prompt(id, "a big request")
    await wait(id)
    let events = await history(id)
    expect(events.filter((e) => e.type === "session.next.compaction.ended").map((e) => e.data.text)).toEqual(["OVERFLOW-SUMMARY"])
    expect(events.at(-1)).toMatchObject({ type: "session.next.activity.ended", data: { outcome: "completed" } })

    h.fake.push(tooLong, { steps: [{ text: "ANOTHER-SUMMARY" }] }, tooLong)
    await prompt(id, "still too big")
    await wait(id)
    events = await history(id)
    expect(events.at(-1)).toMatchObject({ type: "session.next.activity.ended", data: { outcome: "failed", error: { type: "context_overflow" } } })
  })
})
