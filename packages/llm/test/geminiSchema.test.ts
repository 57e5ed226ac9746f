import { describe, expect, it } from "vitest"
import { toGeminiSchema } from "../src/internal/geminiSchema.js"

describe("JSON Schema to Gemini's subset", () => {
  it("keeps what Gemini takes and drops the rest", () => {
    expect(toGeminiSchema({
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      additionalProperties: false,
      properties: {
        path: { type: "string", description: "a file", minLength: 1, default: "x" },
        limit: { type: ["integer", "null"], minimum: 1, exclusiveMaximum: 10 },
        mode: { const: "fast" },
        kind: { enum: ["a", "b", null] },
        level: { type: "integer", enum: [1, 2, 3], description: "how deep" },
        tags: { type: "array", items: { type: "string" }, uniqueItems: true, maxItems: 3 }
      },
      required: ["path", "missing"]
    })).toEqual({
      type: "object",
      properties: {
        path: { type: "string", description: "a file", minLength: 1 },
        limit: { type: "integer", nullable: true, minimum: 1 },
        mode: { type: "string", enum: ["fast"] },
        kind: { type: "string", enum: ["a", "b"], nullable: true },
        level: { type: "integer", description: "how deep One of: 1, 2, 3." },
        tags: { type: "array", items: { type: "string" }, maxItems: 3 }
      },
      required: ["path"]
    })
  })

  it("resolves local references, merges allOf, turns oneOf into anyOf and an optional variant into nullable", () => {
    expect(toGeminiSchema({
      type: "object",
      $defs: { point: { type: "object", properties: { x: { type: "number" } }, required: ["x"] } },
      properties: {
        at: { $ref: "#/$defs/point" },
        both: { allOf: [{ $ref: "#/$defs/point" }, { properties: { y: { type: "number" } } }] },
        either: { oneOf: [{ type: "string" }, { type: "number" }] },
        maybe: { anyOf: [{ type: "string" }, { type: "null" }] }
      }
    })).toEqual({
      type: "object",
      properties: {
        at: { type: "object", properties: { x: { type: "number" } }, required: ["x"] },
        both: { type: "object", properties: { x: { type: "number" }, y: { type: "number" } }, required: ["x"] },
        either: { anyOf: [{ type: "string" }, { type: "number" }] },
        maybe: { type: "string", nullable: true }
      }
    })
  })

  it("ends a reference cycle, drops empty properties, and always gives an object root", () => {
    const tree = { type: "object", $defs: { node: { type: "object", properties: { child: { $ref: "#/$defs/node" } } } }, properties: { root: { $ref: "#/$defs/node" } } }
    expect(toGeminiSchema(tree)).toEqual({
      type: "object",
      properties: { root: { type: "object", properties: { child: { type: "object" } } } }
    })
    expect(toGeminiSchema({ type: "object", properties: {} })).toEqual({ type: "object" })
    expect(toGeminiSchema({})).toEqual({ type: "object" })
    expect(toGeminiSchema("nonsense")).toEqual({ type: "object" })
  })
})
