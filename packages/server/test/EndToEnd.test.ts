import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { StreamEvent } from "@ratchet/sdk/fetch"
import { type Harness, post, raw, start } from "./harness.js"

let h: Harness
beforeAll(async () => {
  h = await start()
})
afterAll(() => h.close())

const createSession = async (body: Record<string, unknown> = {}) => {
  const r = await post(h.baseUrl, "/api/session", body)
  expect(r.status).toBe(200)
  return (r.body.data as { id: string }).id
}

const collect = async (iterable: AsyncIterable<StreamEvent>, until: (e: StreamEvent, all: Array<StreamEvent>) => boolean) => {
  const out: Array<StreamEvent> = []
  for await (const e of iterable) {
    out.push(e)
    if (until(e, out)) break
  }
  return out
}

describe("HTTP API end to end (SQLite, real sockets)", () => {
  it("create → prompt → stream → reconnect mid-stream from the cursor → history equals the live stream → wait", async () => {
    h.fake.push({ delayMs: 5, steps: [{ text: Array.from({ length: 40 }, (_, i) => `c${i} `) }] })
    const sessionID = await createSession({ title: "e2e" })
    const admitted = await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { id: "msg_e2e1", prompt: { text: "hello ratchet" } })
    expect(admitted.status).toBe(200)
    expect(admitted.body.data).toMatchObject({ id: "msg_e2e1", sessionID, delivery: "queue", state: "pending", created: true })

    // first connection: read until a dozen chunks have arrived (one delta may carry several: those of
    // one provider read), then drop it
    const abort = new AbortController()
    const first = await collect(
      h.client.events(sessionID, { signal: abort.signal }),
      (_, all) => all.map((x) => (x.type === "session.next.text.delta" ? String(x.event.data.delta) : "")).join("").includes("c11 ")
    )
    abort.abort()
    const cursor = first[first.length - 1]!.cursor

    // reconnect with Last-Event-ID until the activity ends
    const rest = await collect(h.client.events(sessionID, { after: cursor }), (e) => e.type === "session.next.activity.ended")
    const live = [...first, ...rest]
    const seqs = live.map((e) => e.event.durable.seq)
    expect(seqs).toEqual(seqs.map((_, i) => i + 1)) // exact suffix: no gap, no duplicate

    const waited = await raw(h.baseUrl, `/api/session/${sessionID}/wait`, { method: "POST" })
    expect(waited.status).toBe(204)

    const history = await raw(h.baseUrl, `/api/session/${sessionID}/history?limit=5000`)
    const stored = (history.body.data as Array<{ id: string; durable: { seq: number } }>)
    expect(stored.slice(0, live.length).map((e) => e.id)).toEqual(live.map((e) => e.event.id))
    expect(live.find((e) => e.type === "session.next.activity.ended")!.event.data).toMatchObject({ outcome: "completed" })

    // the model saw the prompt
    const sent = h.fake.requests[h.fake.requests.length - 1]!
    expect(sent.body.messages?.filter((m) => m.role === "user").map((m) => m.content)).toEqual(["hello ratchet"])

    // the transcript in upstream's SessionMessage shapes
    const messages = await raw(h.baseUrl, `/api/session/${sessionID}/message`)
    const data = messages.body.data as Array<{ type: string; text?: string; content?: Array<{ type: string; text: string }> }>
    expect(data.map((m) => m.type)).toEqual(["user", "assistant"])
    expect(data[0]!.text).toBe("hello ratchet")
    expect(data[1]!.content).toEqual([
      expect.objectContaining({ type: "text", text: Array.from({ length: 40 }, (_, i) => `c${i} `).join("") })
    ])
  })

  it("a tool call appears as upstream's tool item with its state; one message reads alone", async () => {
    h.fake.push({ steps: [{ toolCall: { name: "echo", args: { text: "ping" } } }] }, { steps: [{ text: ["done"] }] })
    const sessionID = await createSession()
    await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { prompt: { text: "use the tool" } })
    await raw(h.baseUrl, `/api/session/${sessionID}/wait`, { method: "POST" })
    const messages = await raw(h.baseUrl, `/api/session/${sessionID}/message?limit=1&order=desc`)
    const [last] = messages.body.data as Array<{ id: string; type: string }>
    expect(last!.type).toBe("assistant")
    const all = (await raw(h.baseUrl, `/api/session/${sessionID}/message`)).body.data as Array<{
      id: string
      type: string
      content?: Array<{ type: string; name?: string; state?: { status: string; input: unknown } }>
    }>
    const tool = all.flatMap((m) => m.content ?? []).find((c) => c.type === "tool")
    expect(tool).toMatchObject({ name: "echo", state: { status: "completed", input: { text: "ping" } } })
    const one = await raw(h.baseUrl, `/api/session/${sessionID}/message/${all[0]!.id}`)
    expect(one.body.data).toMatchObject({ id: all[0]!.id, type: "user", text: "use the tool" })
    // paging: the cursor of a one-message page continues after it
    const first = await raw(h.baseUrl, `/api/session/${sessionID}/message?limit=1`)
    const next = (first.body.cursor as { next: string }).next
    const second = await raw(h.baseUrl, `/api/session/${sessionID}/message?limit=1&cursor=${next}`)
    expect((second.body.data as Array<{ id: string }>)[0]!.id).toBe(all[1]!.id)
  })

  it("a stream with follow=false ends at the present; a plain sequence number works as `after`", async () => {
    const sessionID = await createSession()
    await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { prompt: { text: "x" } })
    await raw(h.baseUrl, `/api/session/${sessionID}/wait`, { method: "POST" })
    const all = await collect(h.client.events(sessionID, { follow: false }), () => false)
    const tail = await collect(h.client.events(sessionID, { follow: false, after: "3" }), () => false)
    expect(tail.map((e) => e.event.id)).toEqual(all.slice(3).map((e) => e.event.id))
  })

  it("a client disconnecting never cancels the run; interrupt does", async () => {
    h.fake.push({ delayMs: 20, steps: [{ text: Array.from({ length: 30 }, () => "z") }] })
    const sessionID = await createSession()
    const abort = new AbortController()
    const seen = collect(h.client.events(sessionID, { signal: abort.signal }), (e) => e.type === "session.next.text.delta")
    await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { prompt: { text: "long" } })
    await seen
    abort.abort()
    await raw(h.baseUrl, `/api/session/${sessionID}/wait`, { method: "POST" })
    const done = await collect(h.client.events(sessionID, { follow: false }), () => false)
    expect(done.find((e) => e.type === "session.next.activity.ended")!.event.data).toMatchObject({ outcome: "completed" })

    h.fake.push({ delayMs: 50, steps: [{ text: Array.from({ length: 200 }, () => "y") }] })
    const started = collect(
      h.client.events(sessionID, { after: done[done.length - 1]!.cursor }),
      (e) => e.type === "session.next.text.delta"
    )
    await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { prompt: { text: "stop me" } })
    await started
    const active = await raw(h.baseUrl, "/api/session/active")
    expect(active.body.data).toHaveProperty(sessionID)
    expect((await raw(h.baseUrl, `/api/session/${sessionID}/interrupt`, { method: "POST" })).status).toBe(204)
    await raw(h.baseUrl, `/api/session/${sessionID}/wait`, { method: "POST" })
    const after = await collect(h.client.events(sessionID, { follow: false, after: done[done.length - 1]!.cursor }), () => false)
    expect(after.find((e) => e.type === "session.next.activity.ended")!.event.data).toMatchObject({ outcome: "interrupted" })
  })

  it("sessions: list with cursor paging, get, update, delete", async () => {
    const ids = [await createSession({ title: "page a" }), await createSession({ title: "page b" }), await createSession({ title: "page c" })]
    const first = await raw(h.baseUrl, "/api/session?limit=2&order=desc&search=page")
    expect((first.body.data as Array<{ id: string }>).map((s) => s.id)).toEqual([ids[2], ids[1]])
    const next = (first.body.cursor as { next: string }).next
    const second = await raw(h.baseUrl, `/api/session?limit=2&cursor=${next}&search=page`)
    expect((second.body.data as Array<{ id: string }>).map((s) => s.id)).toEqual([ids[0]])
    expect(second.body.cursor).not.toHaveProperty("next")
    expect(first.body.cursor).not.toHaveProperty("previous")
    // back from the second page: the first page again, in the same order
    const previous = (second.body.cursor as { previous: string }).previous
    const back = await raw(h.baseUrl, `/api/session?limit=2&cursor=${previous}&search=page`)
    expect((back.body.data as Array<{ id: string }>).map((s) => s.id)).toEqual([ids[2], ids[1]])
    expect(back.body.cursor).toHaveProperty("next")
    expect(back.body.cursor).not.toHaveProperty("previous")

    const patched = await raw(h.baseUrl, `/api/session/${ids[0]}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "renamed" })
    })
    expect(patched.body.data).toMatchObject({ id: ids[0], title: "renamed", projectID: "global" })
    expect((await raw(h.baseUrl, `/api/session/${ids[1]}`, { method: "DELETE" })).status).toBe(204)
    expect((await raw(h.baseUrl, `/api/session/${ids[1]}`)).status).toBe(404)
    expect((await post(h.baseUrl, `/api/session/${ids[1]}/prompt`, { prompt: { text: "x" } })).status).toBe(404)
    // the deleted session's log stays readable as history
    expect((await raw(h.baseUrl, `/api/session/${ids[1]}/history`)).status).toBe(404)
  })

  it("deleting a session mid-stream ends its live event stream after session.deleted", async () => {
    const sessionID = await createSession()
    h.fake.push({ delayMs: 20, steps: [{ text: Array.from({ length: 200 }, (_, i) => `t${i} `) }] })
    await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { prompt: { text: "long" } })
    // the raw stream, read until the server ends it (the signal fails the test if it never does)
    const response = await fetch(`${h.baseUrl}/api/session/${sessionID}/event`, { signal: AbortSignal.timeout(10_000) })
    const decoder = new TextDecoder()
    let text = ""
    let deleted = false
    for await (const bytes of response.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(bytes)
      if (!deleted && text.includes("event: session.next.text.delta")) {
        deleted = true
        expect((await raw(h.baseUrl, `/api/session/${sessionID}`, { method: "DELETE" })).status).toBe(204)
      }
    }
    const types = [...text.matchAll(/^event: (.+)$/gm)].map((m) => m[1])
    expect(types.at(-1)).toBe("session.deleted")
  })

  it("switching agent and model applies to the next activity; context and location answer", async () => {
    const sessionID = await createSession()
    expect((await post(h.baseUrl, `/api/session/${sessionID}/agent`, { agent: "nobody" })).body).toMatchObject({
      _tag: "InvalidRequestError",
      field: "agent"
    })
    expect((await post(h.baseUrl, `/api/session/${sessionID}/model`, { model: { providerID: "nope", id: "x" } })).body)
      .toMatchObject({ _tag: "InvalidRequestError", field: "model.providerID" })
    expect((await post(h.baseUrl, `/api/session/${sessionID}/agent`, { agent: "short" })).status).toBe(204)
    expect((await post(h.baseUrl, `/api/session/${sessionID}/model`, { model: { providerID: "fake", id: "fake-2" } })).status).toBe(204)
    const info = await raw(h.baseUrl, `/api/session/${sessionID}`)
    expect(info.body.data).toMatchObject({ agent: "short", model: { providerID: "fake", id: "fake-2" } })
    const start = h.fake.requests.length
    await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { prompt: { text: "which model?" } })
    await raw(h.baseUrl, `/api/session/${sessionID}/wait`, { method: "POST" })
    expect(h.fake.requests[start]!.body.model).toBe("fake-2")
    const context = await raw(h.baseUrl, `/api/session/${sessionID}/context`)
    expect((context.body.data as Array<{ type: string }>).map((m) => m.type)).toEqual([
      "agent-switched",
      "model-switched",
      "user",
      "assistant"
    ])
    expect((await raw(h.baseUrl, "/api/location")).body).toMatchObject({ directory: process.cwd(), project: { id: "global" } })
    expect((await post(h.baseUrl, `/api/session/ses_missing9/agent`, { agent: "short" })).status).toBe(404)
  })

  it("the inbox: a pending input can be listed, switched and cancelled until it is promoted", async () => {
    const sessionID = await createSession()
    await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { id: "msg_inbox1", prompt: { text: "later" }, resume: false })
    const listed = await raw(h.baseUrl, `/api/session/${sessionID}/inbox`)
    expect((listed.body.data as Array<{ id: string }>).map((i) => i.id)).toEqual(["msg_inbox1"])
    const switched = await raw(h.baseUrl, `/api/session/${sessionID}/inbox/msg_inbox1`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ delivery: "steer" })
    })
    expect(switched.body.data).toMatchObject({ delivery: "steer", state: "pending" })
    const cancelled = await raw(h.baseUrl, `/api/session/${sessionID}/inbox/msg_inbox1`, { method: "DELETE" })
    expect(cancelled.body.data).toMatchObject({ state: "cancelled" })
    const again = await raw(h.baseUrl, `/api/session/${sessionID}/inbox/msg_inbox1`, { method: "DELETE" })
    expect(again.status).toBe(409)
    expect((await raw(h.baseUrl, `/api/session/${sessionID}/inbox/msg_nothere`)).status).toBe(404)
  })

  it("idempotent re-admission returns the same input; catalog routes answer", async () => {
    const sessionID = await createSession()
    const a = await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { id: "msg_same1", prompt: { text: "once" } })
    const b = await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { id: "msg_same1", prompt: { text: "once" } })
    expect(b.status).toBe(200)
    expect(b.body.data).toMatchObject({ id: "msg_same1", admittedSeq: (a.body.data as { admittedSeq: number }).admittedSeq, created: false })
    // message ids are scoped to their session: the same client id in another session is another message
    const other = await createSession()
    const c = await post(h.baseUrl, `/api/session/${other}/prompt`, { id: "msg_same1", prompt: { text: "once more, elsewhere" } })
    expect(c.status).toBe(200)
    expect(c.body.data).toMatchObject({ id: "msg_same1", sessionID: other, created: true })
    await raw(h.baseUrl, `/api/session/${other}/wait`, { method: "POST" })
    await raw(h.baseUrl, `/api/session/${sessionID}/wait`, { method: "POST" })
    const shown = await raw(h.baseUrl, `/api/session/${other}/message/msg_same1`)
    expect(JSON.stringify(shown.body)).toContain("once more, elsewhere")
    expect(JSON.stringify((await raw(h.baseUrl, `/api/session/${sessionID}/message/msg_same1`)).body)).not.toContain("elsewhere")
    // a different prompt under the same id in the same session is a conflict that names this session
    const d = await post(h.baseUrl, `/api/session/${other}/prompt`, { id: "msg_same1", prompt: { text: "changed" } })
    expect(d.status).toBe(409)
    expect(JSON.stringify(d.body)).toContain(other)
    expect(JSON.stringify(d.body)).not.toContain(sessionID)
    expect((await raw(h.baseUrl, "/api/agent")).body.data).toEqual(expect.arrayContaining([expect.objectContaining({ id: "build", steps: 25 })]))
    expect((await raw(h.baseUrl, "/api/provider")).body.data).toEqual([expect.objectContaining({ id: "fake" })])
    expect((await raw(h.baseUrl, "/api/model")).body.data).toEqual([
      expect.objectContaining({ id: "fake-1", providerID: "fake" }),
      expect.objectContaining({ id: "fake-2", providerID: "fake" })
    ])
    expect((await raw(h.baseUrl, "/api/health")).body).toMatchObject({ healthy: true, shuttingDown: false })
  })
})
