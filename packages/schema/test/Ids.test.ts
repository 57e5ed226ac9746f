import { assert, describe, it } from "@effect/vitest"
import { Ids } from "@ratchet/schema"
import { Schema } from "effect"

describe("Ids", () => {
  it("are prefixed, valid for their schema, and strictly increasing within a process", () => {
    const ids = Array.from({ length: 20_000 }, () => Ids.newSessionId())
    for (let i = 1; i < ids.length; i++) assert.isTrue(ids[i - 1]! < ids[i]!, `${ids[i - 1]} < ${ids[i]}`)
    assert.isTrue(ids.every((id) => id.startsWith("ses_") && Schema.is(Ids.SessionId)(id)))
    assert.strictEqual(new Set(ids).size, ids.length)
  })

  it("encode their creation time", () => {
    const before = Date.now()
    const id = Ids.newMessageId()
    const t = Ids.timestampOf(id)
    assert.isTrue(t >= before && t <= Date.now() + 5)
  })

  it("reject the wrong prefix", () => {
    assert.isFalse(Schema.is(Ids.SessionId)(Ids.newMessageId()))
    assert.isFalse(Schema.is(Ids.MessageId)("msg_"))
    assert.isFalse(Schema.is(Ids.MessageId)("msg_../etc"))
  })
})
