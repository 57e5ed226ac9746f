import { assert, describe, it } from "@effect/vitest"
import { Cursor } from "@ratchet/schema"
import { Either } from "effect"

describe("Cursor", () => {
  it("round-trips and is opaque", () => {
    for (const n of [0, 1, 42, 9_007_199_254_740]) {
      const c = Cursor.session(n)
      assert.notInclude(c, String(n === 0 ? "s1" : n))
      assert.deepStrictEqual(Cursor.decode("session", c), Either.right(n))
      assert.deepStrictEqual(Cursor.decode("global", Cursor.global(n)), Either.right(n))
    }
  })

  it("refuses garbage and the other stream's cursors with a typed error", () => {
    const bad = ["", "abc", "!!!", "x".repeat(100), Cursor.global(5), Buffer.from("s1:-1").toString("base64url"), Buffer.from("s1:1:2").toString("base64url")]
    for (const c of bad) {
      const r = Cursor.decode("session", c)
      assert.isTrue(Either.isLeft(r), c)
      if (Either.isLeft(r)) assert.strictEqual(r.left._tag, "InvalidCursor")
    }
  })
})
