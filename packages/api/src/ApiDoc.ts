/**
 * docs/api.md, rendered from the OpenAPI document: one section per route
 * with its parameters, body, responses and errors. Checked in; a test fails
 * when it is stale (`npm run generate` rewrites it).
 */
import { document } from "./OpenApiDoc.js"

interface Schemaish {
  readonly $ref?: string
  readonly type?: string
  readonly anyOf?: ReadonlyArray<Schemaish>
  readonly properties?: Record<string, Schemaish>
  readonly enum?: ReadonlyArray<unknown>
  readonly pattern?: string
}

const name = (s: Schemaish | undefined): string => {
  if (s === undefined) return "—"
  if (s.$ref !== undefined) return `\`${s.$ref.split("/").pop()}\``
  if (s.anyOf !== undefined) return [...new Set(s.anyOf.map(name))].join(" \\| ")
  if (s.type === "object" && s.properties !== undefined) {
    return `\`{ ${Object.entries(s.properties).map(([k, v]) => `${k}: ${name(v).replaceAll("`", "")}`).join(", ")} }\``
  }
  if (s.enum !== undefined) return s.enum.map((e) => `\`${JSON.stringify(e)}\``).join(" \\| ")
  if (s.pattern !== undefined) return `${s.type ?? "string"} (\`${s.pattern}\`)`
  return s.type ?? "any"
}

export const markdown = (): string => {
  const spec = document() as unknown as {
    readonly info: { readonly description?: string }
    readonly paths: Record<string, Record<string, {
      readonly summary?: string
      readonly description?: string
      readonly parameters?: ReadonlyArray<{ readonly name: string; readonly in: string; readonly required?: boolean; readonly schema?: Schemaish }>
      readonly requestBody?: { readonly content: Record<string, { readonly schema: Schemaish }> }
      readonly responses: Record<string, { readonly description?: string; readonly content?: Record<string, { readonly schema?: Schemaish }> }>
    }>>
  }
  const out: Array<string> = [
    "# HTTP API reference",
    "",
    "<!-- Generated from packages/api/openapi.json by `npm run generate`; do not edit. -->",
    "",
    "Every route needs `Authorization: Bearer <token>` or `Basic <user:password>` when the server has credentials",
    "(see [server.md](server.md)). Errors are JSON `{ _tag, message, … }`; 400s name the `field` when it is one.",
    "The OpenAPI document is served at `/doc` and checked in as `packages/api/openapi.json`.",
    "",
    "Upstream's v2 routes (opencode 1.18.33) that are not here yet, and why: `POST /api/session/{id}/compact`",
    "and `/revert/stage|clear|commit` (compaction and revert are the agent-context work); `/api/pty/*` (terminals:",
    "out of scope for a headless backend); `/api/integration/*` and `/api/credential/*` (upstream's account and",
    "OAuth integrations; keys come from config and the environment here). Routes that take upstream's `location`",
    "object accept `location[directory]`, which must lie within `server.directories` (403 otherwise).",
    "",
    "| method | path | summary |",
    "|---|---|---|"
  ]
  const routes = Object.entries(spec.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })))
  for (const { method, op, path } of routes) out.push(`| ${method.toUpperCase()} | \`${path}\` | ${op.summary ?? ""} |`)
  for (const { method, op, path } of routes) {
    out.push("", `## ${method.toUpperCase()} \`${path}\``, "")
    if (op.summary !== undefined) out.push(`${op.summary}.${op.description === undefined ? "" : ` ${op.description}`}`, "")
    const params = op.parameters ?? []
    if (params.length > 0) {
      out.push("| parameter | in | type | required |", "|---|---|---|---|")
      for (const p of params) out.push(`| \`${p.name}\` | ${p.in} | ${name(p.schema)} | ${p.required === true ? "yes" : "no"} |`)
      out.push("")
    }
    const body = op.requestBody?.content["application/json"]?.schema
    if (body !== undefined) out.push(`Body: ${name(body)}`, "")
    out.push("| status | content |", "|---|---|")
    for (const [status, response] of Object.entries(op.responses)) {
      const content = Object.entries(response.content ?? {})
        .map(([type, c]) => (type === "application/json" ? name(c.schema) : `\`${type}\``))
        .join(", ")
      out.push(`| ${status} | ${content === "" ? (response.description ?? "") : content} |`)
    }
  }
  return `${out.join("\n")}\n`
}
