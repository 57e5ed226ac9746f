import { describe, expect, it } from "@effect/vitest"
import { Events, Ids, type StoredEvent } from "@ratchet/schema"
import { Either } from "effect"
import * as WireEvent from "../src/WireEvent.js"

const sessionID = Ids.newSessionId()
const stored = (seq: number, event: ReturnType<typeof Events.make>): StoredEvent =>
  ({ ...event, id: Ids.newEventId(), sessionID, seq, position: 100 + seq, version: 1, created: 1_700_000_000_000 + seq }) as StoredEvent

const row = (e: StoredEvent, data = JSON.stringify(e.data)) =>
  [e.position, e.id, e.sessionID, e.seq, e.type, e.version, data, e.created] as const

/** The envelope as the typed path would build it. */
const expected = (e: StoredEvent) => ({
  id: e.id,
  type: e.type,
  durable: { aggregateID: e.sessionID, seq: e.seq, version: e.version },
  position: e.position,
  data: { ...(e.data as object), sessionID: e.sessionID, timestamp: e.created }
})

describe("WireEvent", () => {
  const m = Ids.newMessageId()
  const events = [
    stored(1, Events.make("session.created", { title: "a \"quoted\" title\n", agent: "build", location: { directory: "/tmp/x" } })),
    stored(2, Events.make("session.next.text.delta", { assistantMessageID: m, textID: "prt_1", delta: "héllo ✓" })),
    stored(3, Events.make("session.next.revert.cleared", {}))
  ]

  it("builds from stored rows, without parsing them, what the typed path builds", () => {
    const wire = Either.getOrThrow(WireEvent.fromRows(events.map((e) => row(e))))
    expect(wire.map((w) => JSON.parse(w.json))).toEqual(events.map(expected))
    expect(events.map(WireEvent.fromStored).map((w) => JSON.parse(w.json))).toEqual(events.map(expected))
    expect(wire.map((w) => [w.seq, w.position, w.type])).toEqual(events.map((e) => [e.seq, e.position, e.type]))
  })

  it("a row that is not an object of its type is corruption, reported with its position", () => {
    const bad = WireEvent.fromRows([row(events[1]!, "[1,2]")])
    expect(Either.isLeft(bad) && bad.left.message).toMatch(/position 102/)
  })
})
