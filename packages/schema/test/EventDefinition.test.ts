import { assert, describe, it } from "@effect/vitest"
import { EventDefinition, Events } from "@ratchet/schema"
import { Either, Schema } from "effect"

describe("EventDefinition", () => {
  // version 1 had `body`; version 2 renamed it to `text`: old logs must still read as v2
  const Noted = EventDefinition.define("test.noted", { text: Schema.String }, {
    version: 2,
    legacy: [EventDefinition.legacyVersion(1, Schema.Struct({ body: Schema.String }), (old) => ({ text: old.body }))]
  })

  it("decodes old versions through their upgrade", () => {
    assert.deepStrictEqual(Noted.decodeData(1, { body: "hi" }), Either.right({ text: "hi" }))
    assert.deepStrictEqual(Noted.decodeData(2, { text: "hi" }), Either.right({ text: "hi" }))
  })

  it("refuses unknown versions and bad data", () => {
    assert.isTrue(Either.isLeft(Noted.decodeData(3, { text: "hi" })))
    assert.isTrue(Either.isLeft(Noted.decodeData(1, { text: "hi" })))
    assert.isTrue(Either.isLeft(Noted.encodeData({ text: 1 })))
    assert.isTrue(Either.isLeft(Noted.encodeData({ text: "x", extra: true })))
  })

  it("every event type is defined once", () => {
    const types = Events.definitions.map((d) => d.type)
    assert.strictEqual(new Set(types).size, types.length)
    assert.isTrue(types.includes("session.next.text.delta"))
  })
})

describe("isJsonIdentity", () => {
  it("holds for every current event type, and fails where decoding changes the value", () => {
    for (const d of Events.definitions) assert.isTrue(d.identity, d.type)
    assert.isFalse(EventDefinition.isJsonIdentity(Schema.Struct({ at: Schema.Date }).ast))
    assert.isFalse(EventDefinition.isJsonIdentity(Schema.Struct({ n: Schema.NumberFromString }).ast))
    const WithDate = EventDefinition.define("test.dated", { at: Schema.Date })
    assert.isFalse(WithDate.identity)
    const decoded = WithDate.decodeData(1, { at: "2026-01-01T00:00:00.000Z" })
    assert.isTrue(Either.isRight(decoded) && decoded.right.at instanceof Date)
  })
})
