/**
 * A step's tool calls run concurrently, over HTTP with the fake provider:
 * a fast call settles while a slow one runs, two permission asks are
 * pending at once and answered out of order, results go back to the model
 * in the order it emitted the calls, an interrupt cancels them all, and an
 * exclusive tool runs alone. Ordering in the log is what is checked, not
 * wall-clock time (the machine may be slow).
 */
import { TestTools } from "@ratchet/testing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, post, raw, start, until } from "./harness.js"

let h: Harness
beforeAll(async () => {
  h = await start()
})
afterAll(async () => {
  await h?.close()
})

interface Event {
  /** Its place in the session's log. */
  readonly seq: number
  readonly type: string
  readonly data: Record<string, unknown>
}
const history = async (id: string): Promise<Array<Event>> =>
  ((await raw(h.baseUrl, `/api/session/${id}/history?limit=5000`)).body.data as Array<Omit<Event, "seq">>).map((e, seq) => ({ ...e, seq }))
const session = async (permission?: ReadonlyArray<{ permission: string; pattern: string; action: string }>) =>
  ((await post(h.baseUrl, "/api/session", permission === undefined ? {} : { permission })).body.data as { id: string }).id
/** A call named by the tag in its input (`text` or `ms`): the log's call ids are the server's own. */
const call = (_tag: string, name: string, args: unknown) => ({ toolCall: { name, args } })
const callId = (events: ReadonlyArray<Event>, tag: string) =>
  events.find((e) => e.type === "session.next.tool.input.ended" && String(e.data.text).includes(tag))?.data.callID
const outcome = (events: ReadonlyArray<Event>, tag: string) => {
  const id = callId(events, tag)
  return events.find((e) => (e.type === "session.next.tool.success" || e.type === "session.next.tool.failed") && e.data.callID === id)
}
const pending = async (id: string) =>
  ((await raw(h.baseUrl, `/api/session/${id}/permission`)).body.data as Array<{ id: string; source?: { callID: string } }>)

describe("parallel tool calls", () => {
  it("settle concurrently; asks pending at once are answered out of order; results reach the model in emitted order", async () => {
    const id = await session([{ permission: "mark", pattern: "*", action: "ask" }])
    h.fake.push(
      { steps: [call("3001", "sleep", { ms: 3001 }), call("c-ask1", "mark", { text: "c-ask1" }), call("c-fast", "echo", { text: "c-fast" }), call("c-ask2", "mark", { text: "c-ask2" })] },
      { steps: [{ text: "all done" }] }
    )
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "go" } })
    // both asks are waiting at the same time, while the slow call runs
    const asks = await until("two asks pending", async () => {
      const p = await pending(id)
      return p.length === 2 ? p : undefined
    })
    let events = await history(id)
    await until("the fast call settled", async () => (outcome(await history(id), "c-fast") !== undefined ? true : undefined))
    events = await history(id)
    expect(outcome(events, "c-fast")?.type).toBe("session.next.tool.success")
    expect(outcome(events, "3001")).toBeUndefined()
    // answered in the other order
    const byCall = Object.fromEntries(asks.map((a) => [a.source?.callID === callId(events, "c-ask1") ? "c-ask1" : "c-ask2", a.id]))
    expect((await post(h.baseUrl, `/api/session/${id}/permission/${byCall["c-ask2"]}/reply`, { reply: "once" })).status).toBe(204)
    await until("the second ask's call ran", async () => (outcome(await history(id), "c-ask2") !== undefined ? true : undefined))
    expect(outcome(await history(id), "c-ask1")).toBeUndefined()
    await post(h.baseUrl, `/api/session/${id}/permission/${byCall["c-ask1"]}/reply`, { reply: "once" })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    events = await history(id)
    // each announced before it ran, each with its own outcome
    for (const c of ["3001", "c-ask1", "c-fast", "c-ask2"]) {
      const called = events.find((e) => e.type === "session.next.tool.called" && e.data.callID === callId(events, c))!
      expect(called.seq).toBeLessThan(outcome(events, c)!.seq)
      expect(outcome(events, c)!.type).toBe("session.next.tool.success")
    }
    expect(outcome(events, "c-fast")!.seq).toBeLessThan(outcome(events, "3001")!.seq)
    expect(outcome(events, "c-ask2")!.seq).toBeLessThan(outcome(events, "c-ask1")!.seq)
    // the next turn shows the results in the order the model emitted the calls
    const next = h.fake.requests.at(-1)!.body.messages!
    expect(next.filter((m) => m.role === "tool").map((m) => m.tool_call_id)).toEqual(["3001", "c-ask1", "c-fast", "c-ask2"].map((c) => callId(events, c)))
  })

  it("an interrupt cancels every running call, and the step's pending asks", async () => {
    const id = await session([{ permission: "mark", pattern: "*", action: "ask" }])
    h.fake.push({ steps: [call("20001", "sleep", { ms: 20_001 }), call("20002", "sleep", { ms: 20_002 }), call("never", "mark", { text: "never" })] })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "go" } })
    await until("both sleeps running and the ask pending", async () => {
      const events = await history(id)
      const running = events.filter((e) => e.type === "session.next.tool.called").length
      return running === 2 && (await pending(id)).length === 1 ? true : undefined
    })
    await post(h.baseUrl, `/api/session/${id}/interrupt`, {})
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    const events = await history(id)
    for (const c of ["20001", "20002", "never"]) expect(outcome(events, c)?.type).toBe("session.next.tool.failed")
    expect(outcome(events, "never")!.data.error).toMatchObject({ type: expect.stringMatching(/interrupted|permission_rejected/) })
    expect(events.at(-1)).toMatchObject({ type: "session.next.activity.ended", data: { outcome: "interrupted" } })
    expect(TestTools.marks.get("never")).toBeUndefined()
    expect(await pending(id)).toEqual([])
  })

  it("an exclusive tool runs alone; the others run together around it", async () => {
    TestTools.soloSaw.length = 0
    const id = await session()
    h.fake.push(
      { steps: [call("401", "sleep", { ms: 401 }), call("301", "solo", { ms: 301 }), call("402", "sleep", { ms: 402 }), call("302", "solo", { ms: 302 })] },
      { steps: [{ text: "ok" }] }
    )
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "go" } })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    const events = await history(id)
    for (const c of ["401", "301", "402", "302"]) expect(outcome(events, c)?.type).toBe("session.next.tool.success")
    expect(TestTools.soloSaw).toEqual([0, 0])
  })

  it("a rejected ask stops the step: the other ask is rejected with it, a running call finishes, the activity ends", async () => {
    const id = await session([{ permission: "mark", pattern: "*", action: "ask" }])
    h.fake.push({ steps: [call("r1", "mark", { text: "r1" }), call("r2", "mark", { text: "r2" }), call("501", "sleep", { ms: 501 })] })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "go" } })
    const asks = await until("two asks", async () => {
      const p = await pending(id)
      return p.length === 2 ? p : undefined
    })
    await post(h.baseUrl, `/api/session/${id}/permission/${asks[0]!.id}/reply`, { reply: "reject" })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    const events = await history(id)
    expect(outcome(events, "r1")!.data.error).toMatchObject({ type: "permission_rejected" })
    expect(outcome(events, "r2")!.data.error).toMatchObject({ type: "permission_rejected" })
    expect(outcome(events, "501")!.type).toBe("session.next.tool.success")
    expect(events.at(-1)).toMatchObject({ type: "session.next.activity.ended", data: { outcome: "rejected" } })
    expect(TestTools.marks.get("r1") ?? 0).toBe(0)
    expect(TestTools.marks.get("r2") ?? 0).toBe(0)
  })

  it("`parallelTools: 1` runs a step's calls one by one, in emitted order", async () => {
    h = await h.restart({ parallelTools: 1 })
    const id = await session()
    h.fake.push({ steps: [call("601", "sleep", { ms: 601 }), call("one-by-one", "echo", { text: "one-by-one" })] }, { steps: [{ text: "ok" }] })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "go" } })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    const events = await history(id)
    const echoCalled = events.find((e) => e.type === "session.next.tool.called" && e.data.callID === callId(events, "one-by-one"))!
    expect(outcome(events, "601")!.seq).toBeLessThan(echoCalled.seq)
  })
})
