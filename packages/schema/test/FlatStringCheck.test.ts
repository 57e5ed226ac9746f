/**
 * The fast check of streamed deltas never accepts what the event's schema
 * refuses (and accepts the deltas the runner builds).
 */
import { assert, describe, it } from "@effect/vitest"
import { Events, Ids } from "@ratchet/schema"
import { Either, FastCheck as fc, Schema } from "effect"
import { flatStringCheck } from "../src/EventDefinition.js"

const deltas = ["session.next.text.delta", "session.next.reasoning.delta", "session.next.tool.input.delta", "session.next.compaction.delta"] as const

describe("flatStringCheck", () => {
  it("applies to every streamed delta and to no event with other kinds of fields", () => {
    for (const type of deltas) {
      const def = Events.definitionOf(type)!
      assert.isDefined(flatStringCheck((def.data as unknown as Schema.Struct<Schema.Struct.Fields>).fields), type)
    }
    const started = Events.definitionOf("session.next.step.started")!
    assert.isUndefined(flatStringCheck((started.data as unknown as Schema.Struct<Schema.Struct.Fields>).fields))
  })

  it("accepts only what the schema accepts", () => {
    const id = Ids.newMessageId()
    const value = fc.oneof(fc.string(), fc.constant(id), fc.constant("msg_"), fc.constant("msg_ok"), fc.integer(), fc.constant(null), fc.constant(undefined))
    const keys = fc.constantFrom("assistantMessageID", "messageID", "textID", "reasoningID", "callID", "delta", "extra")
    const candidate = fc.dictionary(keys, value, { maxKeys: 4 })
    for (const type of deltas) {
      const def = Events.definitionOf(type)!
      const fields = (def.data as unknown as Schema.Struct<Schema.Struct.Fields>).fields
      const fast = flatStringCheck(fields)!
      const is = Schema.is(def.data as Schema.Schema<unknown>, { onExcessProperty: "error" })
      fc.assert(fc.property(candidate, (u) => !fast(u) || is(u)), { numRuns: 2000 })
      // and the runner's own deltas take the fast path
      const made = Object.fromEntries(Object.keys(fields).map((k) => [k, k.endsWith("essageID") ? id : "x"]))
      assert.isTrue(fast(made), type)
      assert.isTrue(Either.isRight(def.encodeData(made)))
      assert.isFalse(fast({ ...made, extra: "x" }))
      assert.isFalse(fast(Object.assign(Object.create(null), made)))
    }
  })
})
