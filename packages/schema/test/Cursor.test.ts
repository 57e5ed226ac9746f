import { assert, describe, it } from "@effect/vitest"
import { expect } from "vitest"
import * as Web from "../src/internal/base64url.js"
import { Cursor } from "@ratchet/schema"
import { Either } from "effect"

const legacy = (n: number) => Buffer.from(`s1:${n}`).toString("base64url")

describe("Cursor", () => {
  it("round-trips and is opaque", () => {
    for (const n of [0, 1, 42, 9_007_199_254_740]) {
      const c = Cursor.session("ses_abc", n)
      assert.notInclude(c, "ses_abc")
      assert.deepStrictEqual(Cursor.decode("session", c, "ses_abc"), Either.right(n))
      assert.deepStrictEqual(Cursor.decode("global", Cursor.global(n)), Either.right(n))
      // cursors issued before they named their session are still read
      assert.deepStrictEqual(Cursor.decode("session", legacy(n), "ses_abc"), Either.right(n))
    }
  })

  it("refuses garbage, the other stream's and another session's cursors with a typed error", () => {
    const bad = [
      "",
      "abc",
      "!!!",
      "x".repeat(200),
      Cursor.global(5),
      Cursor.session("ses_other", 5),
      Buffer.from("s1:-1").toString("base64url"),
      Buffer.from("s1:1:2").toString("base64url"),
      Buffer.from("s2:5").toString("base64url"),
      Buffer.from("s2:ses_abc:x").toString("base64url")
    ]
    for (const c of bad) {
      const r = Cursor.decode("session", c, "ses_abc")
      assert.isTrue(Either.isLeft(r), c)
      if (Either.isLeft(r)) assert.strictEqual(r.left._tag, "InvalidCursor")
    }
    const other = Cursor.decode("session", Cursor.session("ses_other", 5), "ses_abc")
    assert.isTrue(Either.isLeft(other) && other.left.message.includes("another session"))
    assert.isTrue(Either.isLeft(Cursor.decode("global", Cursor.session("ses_abc", 1))))
  })
})

describe("Cursor text without Node's Buffer (browsers, Deno)", () => {
  it("btoa/atob give what Buffer gives, both ways, and refuse what is not base64url", () => {
    for (const text of ["s2:ses_abcXYZ09:42", "g1:123456789", "s1:0", "a", "ab", "abc"]) {
      const node = Buffer.from(text, "utf8").toString("base64url")
      expect(Web.encode(text)).toBe(node)
      expect(Web.decode(node)).toBe(text)
    }
    expect(Web.decode("%%%")).toBe("")
  })
})
