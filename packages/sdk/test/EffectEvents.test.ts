/**
 * The Effect client's event stream against a loopback server that cuts its
 * frames at every byte boundary of the opening: the `retry:` line, a comment
 * and the first event split at each position, in a chunk of their own. The
 * client must deliver every event, in order, every time (it stalled in half
 * the runs when the opening `retry:` line came alone).
 */
import { FetchHttpClient } from "@effect/platform"
import { Chunk, Effect, Stream } from "effect"
import * as http from "node:http"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { EffectClient } from "../src/index.js"

const event = (seq: number) =>
  `id: c${seq}\nevent: session.next.text.delta\ndata: ${
    JSON.stringify({ id: `evt_${seq}`, type: "session.next.text.delta", durable: { aggregateID: "ses_x", seq, version: 1 }, data: { delta: `d${seq}` } })
  }\n\n`
const body = `retry: 1000\n: connected\n\n${event(1)}${event(2)}${event(3)}`
const opening = body.indexOf("id: c2")

let server: http.Server
let baseUrl: string
let split = 0
beforeAll(async () => {
  server = http.createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/event-stream" })
    const bytes = Buffer.from(body)
    // the first `split` bytes alone, then (a moment later) the rest
    res.write(bytes.subarray(0, split))
    setTimeout(() => res.end(bytes.subarray(split)), 5)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => {
  server.closeAllConnections()
  server.close()
})

describe("EffectClient.events", () => {
  it("delivers every event whatever the chunk boundaries (every split of the opening and first event)", async () => {
    for (split = 1; split <= opening; split++) {
      const seen = await Effect.runPromise(
        EffectClient.events({ baseUrl, sessionID: "ses_x", follow: false }).pipe(
          Stream.runCollect,
          Effect.map(Chunk.toReadonlyArray),
          Effect.timeout("5 seconds"),
          Effect.provide(FetchHttpClient.layer)
        )
      )
      expect(seen.map((e) => e.cursor), `split at ${split}`).toEqual(["c1", "c2", "c3"])
      expect(seen.map((e) => e.event.durable.seq)).toEqual([1, 2, 3])
    }
  }, 120_000)

  it("parseEvents skips retry and comment lines in any position", async () => {
    const chunks = ["retry: 5", "00\n", ": hi\n\nid: a\nevent: x\nda", "ta: 1\n\nretry: 1\n\n", "id: b\nevent: y\ndata: 2\n\n"]
    const events = await Effect.runPromise(Stream.runCollect(EffectClient.parseEvents(Stream.fromIterable(chunks))))
    expect(Chunk.toReadonlyArray(events).map((e) => [e.id, e.event, e.data])).toEqual([["a", "x", "1"], ["b", "y", "2"]])
  })
})
