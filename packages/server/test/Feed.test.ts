import { Writable } from "node:stream"
import { describe, expect, it } from "vitest"
import type { SessionId } from "@ratchet/schema"
import { Feed } from "../src/Sse.js"

/** Pages of 1,000 ~120-byte events, always "more": a log far longer than any buffer. */
const endlessLog = () => {
  let reads = 0
  const readPage = (after: number) => {
    reads++
    const events = Array.from({ length: 1000 }, (_, i) => ({
      sessionID: "ses_feedtest",
      seq: after + i + 1,
      position: after + i + 1,
      type: "session.next.text.delta",
      json: `{"id":"evt_${after + i + 1}","type":"session.next.text.delta","data":{"delta":"${"x".repeat(60)}"}}`
    }))
    return Promise.resolve({ events, last: after + 1000, more: true })
  }
  return { readPage, reads: () => reads }
}

const settle = () => new Promise((r) => setTimeout(r, 100))

describe("Feed", () => {
  it("reads the log only while its consumer has room (a stalled reader holds a page or two, not the log)", async () => {
    const log = endlessLog()
    const feed = new Feed("ses_feedtest" as SessionId, 0, true, log.readPage, undefined, () => undefined)
    // a socket that takes writes until its buffer is full, then stalls until released
    const pending: Array<() => void> = []
    const socket = new Writable({ highWaterMark: 16 * 1024, write: (_chunk, _enc, done) => pending.push(done) })
    feed.pipe(socket)
    await settle()
    const stalled = log.reads()
    await settle()
    expect(log.reads()).toBe(stalled) // no reads while nothing is consumed
    expect(stalled).toBeLessThanOrEqual(3)
    expect(feed.readableLength).toBeLessThan(3 * 130 * 1000)
    for (let i = 0; i < 10; i++) {
      for (const done of pending.splice(0)) done() // the client reads again
      await settle()
    }
    expect(log.reads()).toBeGreaterThan(stalled)
    feed.unpipe(socket)
    feed.destroy()
  })

  it("a caught-up stream takes published events contiguous with its cursor without a read", async () => {
    let reads = 0
    const feed = new Feed("ses_feedtest" as SessionId, 5, true, (after) => {
      reads++
      return Promise.resolve({ events: [], last: after, more: false })
    }, undefined, () => undefined)
    const chunks: Array<string> = []
    feed.on("data", (c: Buffer) => chunks.push(c.toString()))
    await settle()
    const before = reads
    feed.wake([{ id: "evt_6", type: "session.next.text.delta", sessionID: "ses_x", seq: 6, position: 60, version: 1, created: 1, data: { delta: "hi" } } as never])
    await settle()
    expect(reads).toBe(before)
    expect(chunks.join("")).toContain('"delta":"hi"')
    // not contiguous (an event was missed): it reads from its cursor instead
    feed.wake([{ id: "evt_9", type: "session.next.text.delta", sessionID: "ses_x", seq: 9, position: 90, version: 1, created: 1, data: { delta: "later" } } as never])
    await settle()
    expect(reads).toBe(before + 1)
    expect(chunks.join("")).not.toContain('"delta":"later"')
    feed.destroy()
  })

  it("a global stream takes published events whose positions continue its cursor, encoded once for every stream", async () => {
    let reads = 0
    const read = (after: number) => {
      reads++
      return Promise.resolve({ events: [], last: after, more: false })
    }
    const global = new Feed("*", 59, true, read, undefined, () => undefined)
    const session = new Feed("ses_x" as SessionId, 5, true, read, undefined, () => undefined)
    const out = { global: [] as Array<string>, session: [] as Array<string> }
    global.on("data", (c: Buffer) => out.global.push(c.toString()))
    session.on("data", (c: Buffer) => out.session.push(c.toString()))
    await settle()
    const before = reads
    const event = (seq: number, position: number, delta: string) =>
      ({ id: `evt_${seq}`, type: "session.next.text.delta", sessionID: "ses_x", seq, position, version: 1, created: 1, data: { delta } }) as never
    const published = [event(6, 60, "a"), event(7, 61, "b")]
    global.wake(published)
    session.wake(published)
    await settle()
    expect(reads).toBe(before)
    expect(out.global.join("")).toContain('"delta":"b"')
    expect(out.session.join("")).toContain('"delta":"b"')
    // the same bytes in both (one encoding), under each stream's own cursor
    const body = (text: string) => text.split("\n").filter((l) => l.startsWith("data: ")).join("\n")
    expect(body(out.global.join(""))).toBe(body(out.session.join("")))
    // a gap in positions (a rollback, another process's append): the global stream reads instead
    global.wake([event(8, 63, "c")])
    await settle()
    expect(reads).toBe(before + 1)
    expect(out.global.join("")).not.toContain('"delta":"c"')
    global.destroy()
    session.destroy()
  })
})
