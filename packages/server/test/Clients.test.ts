/** The SDK's clients against a real server: resumption after a cut connection, the Effect client, heartbeats, stalled readers. */
import { FetchHttpClient } from "@effect/platform"
import { EffectClient } from "@ratchet/sdk"
import { Chunk, Effect, Either, Stream } from "effect"
import * as net from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createRatchetClient, type StreamEvent } from "@ratchet/sdk/fetch"
import { type Harness, post, raw, start } from "./harness.js"

let h: Harness
beforeAll(async () => {
  h = await start({ config: { stallTimeoutMs: 300 } })
})
afterAll(() => h.close())

const newSession = async () => ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id

describe("fetch client", () => {
  it("resumes from its last cursor when the connection is cut mid-stream: no gap, no duplicate", async () => {
    const sessionID = await newSession()
    h.fake.push({ delayMs: 2, steps: [{ text: Array.from({ length: 60 }, (_, i) => `t${i}`) }] })
    await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { prompt: { text: "cut me" } })
    await raw(h.baseUrl, `/api/session/${sessionID}/wait`, { method: "POST" })

    // the first response body is cut after ~3 KB (mid-frame); later ones pass through
    let calls = 0
    const cutting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init)
      if (calls++ > 0 || response.body === null) return response
      const reader = response.body.getReader()
      let sent = 0
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const { done, value } = await reader.read()
          if (done || sent > 3000) {
            await reader.cancel()
            controller.error(new Error("connection reset"))
            return
          }
          sent += value.length
          controller.enqueue(value.subarray(0, Math.min(value.length, 3100 - (sent - value.length))))
        }
      })
      return new Response(body, { status: response.status, headers: response.headers })
    }
    const reconnects: Array<string | undefined> = []
    const client = createRatchetClient({ baseUrl: h.baseUrl, fetch: cutting })
    const seen: Array<StreamEvent> = []
    for await (const e of client.events(sessionID, { onReconnect: (c) => reconnects.push(c), retryMs: 10 })) {
      seen.push(e)
      if (e.type === "session.next.activity.ended") break
    }
    expect(reconnects.length).toBe(1)
    expect(reconnects[0]).toBe(seen[seen.findIndex((e) => e.cursor === reconnects[0])]?.cursor)
    const seqs = seen.map((e) => e.event.durable.seq)
    expect(seqs).toEqual(seqs.map((_, i) => i + 1))
  })
})

describe("Effect client", () => {
  it("calls typed routes, gets typed errors, and streams events", async () => {
    const program = Effect.gen(function*() {
      const client = yield* EffectClient.make({ baseUrl: h.baseUrl })
      const created = yield* client.session.create({ payload: { title: "from Effect" } })
      const sessionID = created.data.id
      h.fake.push({ steps: [{ text: ["eff", "ect"] }] })
      const admitted = yield* client.session.prompt({ path: { sessionID }, payload: { prompt: { text: "hi" } } })
      yield* client.session.wait({ path: { sessionID } })
      const events = yield* EffectClient.events({ baseUrl: h.baseUrl, sessionID, follow: false }).pipe(Stream.runCollect)
      const missing = yield* Effect.either(client.session.get({ path: { sessionID: "ses_missing1" as typeof sessionID } }))
      return { admitted, events: Chunk.toReadonlyArray(events), missing }
    }).pipe(Effect.scoped, Effect.provide(FetchHttpClient.layer))
    const { admitted, events, missing } = await Effect.runPromise(program)
    expect(admitted.data.state).toBe("pending")
    expect(events.map((e) => e.type)).toContain("session.next.activity.ended")
    expect(events.map((e) => e.event.durable.seq)).toEqual(events.map((_, i) => i + 1))
    expect(Either.isLeft(missing) && missing.left._tag).toBe("SessionNotFoundError")
  })
})

describe("event streams", () => {
  it("send heartbeats while idle", async () => {
    const sessionID = await newSession()
    const abort = new AbortController()
    const response = await fetch(`${h.baseUrl}/api/session/${sessionID}/event?after=1`, { signal: abort.signal })
    expect(response.headers.get("content-type")).toContain("text/event-stream")
    const decoder = new TextDecoder()
    let text = ""
    for await (const bytes of response.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(bytes)
      if ((text.match(/: heartbeat/g) ?? []).length >= 2) break
    }
    abort.abort()
    expect(text).toMatch(/^retry: 1000\n: connected\n\n/)
  })

  it("a client that stops reading is closed; the server goes on", async () => {
    const sessionID = await newSession()
    // ~6 MB of stored events: more than the socket buffers can hold
    const big = "x".repeat(200_000)
    for (let i = 0; i < 30; i++) {
      await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { prompt: { text: `${i}${big}` }, resume: false })
    }
    const url = new URL(`${h.baseUrl}/api/session/${sessionID}/event`)
    // a paused socket does not see the server's close until it reads again: stop reading past the
    // stall timeout, then read what is left; the server must have cut the stream short
    const received = await new Promise<number>((resolve, reject) => {
      let bytes = 0
      const socket = net.connect(Number(url.port), url.hostname, () => {
        socket.write(`GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`)
        socket.pause()
        setTimeout(() => socket.resume(), 2000)
      })
      socket.on("data", (b: Buffer) => {
        bytes += b.length
      })
      socket.on("close", () => resolve(bytes))
      socket.on("error", () => undefined)
      setTimeout(() => reject(new Error(`not closed after ${bytes} bytes`)), 20_000)
    })
    expect(received).toBeLessThan(30 * 200_000)
    expect((await raw(h.baseUrl, "/api/health")).status).toBe(200)
  })
})
