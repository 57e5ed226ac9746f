/**
 * JSON Schema to the subset Gemini's function declarations take (an
 * OpenAPI 3.0 Schema object). Kept: type (a `[T, "null"]` union becomes
 * `nullable`), description, title, enum (as strings), format, properties,
 * required (only names that exist), items, anyOf (`oneOf` becomes it),
 * enum of strings (other enums are named in the description instead),
 * minItems/maxItems, minimum/maximum, minLength/maxLength, pattern,
 * nullable. Resolved: local `$ref`s into `$defs`/`definitions` (a cycle
 * becomes an untyped object), `const` (a one-value enum), `allOf` (merged).
 * Dropped: `$schema`, `$id`, `additionalProperties`, `default`, `examples`,
 * `exclusiveMinimum/Maximum`, `multipleOf`, `patternProperties`, `not`,
 * `if/then/else`, `dependencies`, `uniqueItems` and anything else, and an
 * object's empty `properties` (Gemini refuses them).
 */
type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v)

const SCALARS = ["description", "title", "format", "minItems", "maxItems", "minimum", "maximum", "minLength", "maxLength", "pattern", "nullable"] as const
const TYPES = new Set(["string", "number", "integer", "boolean", "array", "object"])

const resolveRef = (root: Json, ref: string): Json | undefined => {
  const m = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref)
  if (m === null) return undefined
  const defs = root[m[1]!]
  const target = isObject(defs) ? defs[decodeURIComponent(m[2]!.replace(/~1/g, "/").replace(/~0/g, "~"))] : undefined
  return isObject(target) ? target : undefined
}

const convert = (schema: unknown, root: Json, seen: ReadonlySet<string>, depth: number): Json => {
  if (!isObject(schema) || depth > 32) return { type: "object" }
  if (typeof schema["$ref"] === "string") {
    const ref = schema["$ref"]
    const target = seen.has(ref) ? undefined : resolveRef(root, ref)
    if (target === undefined) return { type: "object" }
    return convert({ ...target, ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$ref")) }, root, new Set([...seen, ref]), depth + 1)
  }
  if (Array.isArray(schema["allOf"])) {
    const merged: Json = Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "allOf"))
    for (const part of schema["allOf"]) {
      if (!isObject(part)) continue
      const p = isObject(part) && typeof part["$ref"] === "string" ? resolveRef(root, part["$ref"]) ?? {} : part
      merged["properties"] = { ...(isObject(merged["properties"]) ? merged["properties"] : {}), ...(isObject(p["properties"]) ? p["properties"] : {}) }
      merged["required"] = [...(Array.isArray(merged["required"]) ? merged["required"] : []), ...(Array.isArray(p["required"]) ? p["required"] : [])]
      for (const [k, v] of Object.entries(p)) if (!(k in merged)) merged[k] = v
    }
    return convert(merged, root, seen, depth + 1)
  }
  const out: Json = {}
  let type = schema["type"]
  if (Array.isArray(type)) {
    const types = type.filter((t): t is string => typeof t === "string")
    if (types.includes("null")) out["nullable"] = true
    type = types.find((t) => t !== "null")
  }
  if (typeof type === "string" && TYPES.has(type)) out["type"] = type
  for (const key of SCALARS) if (schema[key] !== undefined) out[key] = schema[key]
  if (schema["const"] !== undefined) {
    // Gemini takes enums on strings only
    out["enum"] = [String(schema["const"])]
    out["type"] = "string"
  }
  if (Array.isArray(schema["enum"])) {
    const values = schema["enum"].filter((v) => v !== null)
    if (schema["enum"].includes(null)) out["nullable"] = true
    if (values.every((v) => typeof v === "string")) {
      out["enum"] = values
      out["type"] = "string"
    } else {
      // Gemini takes enums on strings only: other values are named in the description, the type kept
      const note = `One of: ${values.map((v) => JSON.stringify(v)).join(", ")}.`
      out["description"] = typeof out["description"] === "string" ? `${out["description"]} ${note}` : note
    }
  }
  const variants = Array.isArray(schema["anyOf"]) ? schema["anyOf"] : Array.isArray(schema["oneOf"]) ? schema["oneOf"] : undefined
  if (variants !== undefined) {
    const nonNull = variants.filter((v) => !(isObject(v) && v["type"] === "null"))
    if (nonNull.length < variants.length) out["nullable"] = true
    if (nonNull.length === 1) return { ...convert(nonNull[0], root, seen, depth + 1), ...out }
    out["anyOf"] = nonNull.map((v) => convert(v, root, seen, depth + 1))
  }
  if (isObject(schema["properties"])) {
    const props = Object.entries(schema["properties"])
    if (props.length > 0) {
      out["properties"] = Object.fromEntries(props.map(([k, v]) => [k, convert(v, root, seen, depth + 1)]))
      if (Array.isArray(schema["required"])) {
        const required = schema["required"].filter((r): r is string => typeof r === "string" && r in (schema["properties"] as Json))
        if (required.length > 0) out["required"] = required
      }
    }
    out["type"] ??= "object"
  }
  if (schema["items"] !== undefined) {
    out["items"] = convert(Array.isArray(schema["items"]) ? schema["items"][0] : schema["items"], root, seen, depth + 1)
    out["type"] ??= "array"
  }
  if (out["type"] === "array" && out["items"] === undefined) out["items"] = { type: "string" }
  return out
}

/** A tool's parameters for Gemini; the root is always an object. */
export const toGeminiSchema = (schema: unknown): Json => {
  const root = isObject(schema) ? schema : {}
  // function arguments are an object whatever the root says (a tool's schema root is one)
  return { ...convert(root, root, new Set(), 0), type: "object" }
}
