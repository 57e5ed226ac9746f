import { describe, expect, it } from "@effect/vitest"
import * as Script from "../src/internal/pgScript.js"
import { statement } from "../src/Projection.js"

describe("pgScript: values inlined into a one-round-trip append", () => {
  it("quotes in the E'' form, doubling quotes and backslashes only", () => {
    expect(Script.quote("plain")).toBe("E'plain'")
    expect(Script.quote("it's")).toBe("E'it''s'")
    expect(Script.quote("a\\'; DROP TABLE event; --")).toBe("E'a\\\\''; DROP TABLE event; --'")
    expect(Script.quote("$$ ? $1")).toBe("E'$$ ? $1'")
  })

  it("binds values as pg would send them as text parameters", () => {
    expect(Script.literal(null)).toBe("NULL")
    expect(Script.literal(undefined)).toBe("NULL")
    expect(Script.literal(12)).toBe("E'12'")
    expect(Script.literal(0.000001)).toBe("E'0.000001'")
    expect(Script.literal(true)).toBe("E'true'")
    expect(Script.literal(new Uint8Array([1, 255]))).toBe("E'\\\\x01ff'")
    expect(() => Script.literal({ a: 1 })).toThrow(/cannot inline/)
  })

  it("replaces placeholders in the template, never inside a value", () => {
    expect(Script.inline("UPDATE t SET a = ?, b = ? WHERE id = ?", ["x?", "?", 3])).toBe("UPDATE t SET a = E'x?', b = E'?' WHERE id = E'3'")
    expect(() => Script.inline("SELECT ?", [])).toThrow(/more placeholders/)
    expect(() => Script.inline("SELECT ?", [1, 2])).toThrow(/2 parameters for 1/)
  })

  it("integers it writes itself must be whole numbers", () => {
    expect(Script.integer(42)).toBe("42")
    expect(() => Script.integer(1.5)).toThrow()
    expect(() => Script.integer(Number.NaN)).toThrow()
  })

  it("a statement that must change a row raises its tag when it changes none", () => {
    const s = statement("UPDATE part SET a = ? WHERE id = ?", ["v", "p"], () => {
      throw new Error("not called here")
    })
    expect(Script.render(s, "must:0:1")).toContain("SELECT ratchet_refuse(E'must:0:1') WHERE NOT EXISTS (SELECT 1 FROM changed)")
    expect(Script.refusal({ code: "RT001", message: "must:0:1" })).toBe("must:0:1")
    expect(Script.refusal({ code: "23505", message: "duplicate" })).toBeUndefined()
  })
})
