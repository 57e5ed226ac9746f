/** The MCP servers of the config and their state (`GET /api/mcp`; docs/mcp.md). */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"

export const McpServerStatus = Schema.Struct({
  name: Schema.String,
  status: Schema.Literal("connected", "connecting", "disabled", "failed", "needs_auth"),
  /** Tools registered (connected servers). */
  tools: Schema.optional(Schema.Number),
  /** Why it failed or needs authorization. */
  error: Schema.optional(Schema.String)
}).annotations({ identifier: "McpServerStatus" })

export class McpGroup extends HttpApiGroup.make("mcp")
  .add(
    HttpApiEndpoint.get("status", "/api/mcp")
      .addSuccess(Schema.Struct({ data: Schema.Array(McpServerStatus) }))
      .annotate(OpenApi.Summary, "List MCP servers")
      .annotate(OpenApi.Description, "Each configured MCP server: connected (with its tool count), connecting, disabled, failed or needs_auth (with the error).")
  )
{}
