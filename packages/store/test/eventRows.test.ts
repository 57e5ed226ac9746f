import { assert, describe, it } from "@effect/vitest"
import { Ids } from "@ratchet/schema"
import { Either } from "effect"
import { decodeRows, type EventRow } from "../src/internal/eventRows.js"

const row = (over: Partial<Record<number, unknown>> = {}): EventRow => {
  const base: Array<unknown> = [
    7,
    Ids.newEventId(),
    Ids.newSessionId(),
    3,
    "session.next.synthetic",
    1,
    JSON.stringify({ messageID: Ids.newMessageId(), text: "hi" }),
    1000
  ]
  for (const [k, v] of Object.entries(over)) base[Number(k)] = v
  return base as unknown as EventRow
}

describe("decodeRows (the replay path)", () => {
  it("turns rows into typed events, numbers from strings too (PostgreSQL BIGINT)", () => {
    const decoded = decodeRows([row(), row({ 0: "8", 3: "4", 7: "1001" })])
    assert.isTrue(Either.isRight(decoded))
    const [a, b] = Either.getOrThrow(decoded)
    assert.strictEqual(a!.type, "session.next.synthetic")
    assert.deepInclude(b!, { position: 8, seq: 4, created: 1001 })
  })

  it("a corrupt log is reported with its position, never skipped", () => {
    for (const [bad, reason] of [
      [row({ 4: "session.next.nope" }), "unknown type"],
      [row({ 6: "{not json" }), "not JSON"],
      [row({ 5: 9 }), "version 9"]
    ] as const) {
      const decoded = decodeRows([row(), bad])
      assert.isTrue(Either.isLeft(decoded))
      if (Either.isLeft(decoded)) {
        assert.include(decoded.left.message, "position 7")
        assert.include(decoded.left.message, reason)
      }
    }
  })
})
