/** The MCP servers of the config and their state (`GET /api/mcp`; docs/mcp.md). */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { ConflictError, RouteNotFoundError } from "./HttpErrors.js"

export const McpServerStatus = Schema.Struct({
  name: Schema.String,
  status: Schema.Literal("connected", "connecting", "disabled", "failed", "needs_auth"),
  /** Tools registered (connected servers). */
  tools: Schema.optional(Schema.Number),
  /** Why it failed or needs authorization. */
  error: Schema.optional(Schema.String)
}).annotations({ identifier: "McpServerStatus" })

export const McpResource = Schema.Struct({
  uri: Schema.String,
  name: Schema.String,
  title: Schema.optional(Schema.String),
  description: Schema.optional(Schema.String),
  mimeType: Schema.optional(Schema.String)
}).annotations({ identifier: "McpResource" })

/** A resource's contents: text, or binary as base64 (`blob`). */
export const McpResourceContents = Schema.Struct({
  uri: Schema.String,
  mimeType: Schema.optional(Schema.String),
  text: Schema.optional(Schema.String),
  blob: Schema.optional(Schema.String)
}).annotations({ identifier: "McpResourceContents" })

export const McpPrompt = Schema.Struct({
  name: Schema.String,
  title: Schema.optional(Schema.String),
  description: Schema.optional(Schema.String),
  arguments: Schema.optional(Schema.Array(Schema.Struct({ name: Schema.String, description: Schema.optional(Schema.String), required: Schema.optional(Schema.Boolean) })))
}).annotations({ identifier: "McpPrompt" })

export const McpPromptMessage = Schema.Struct({ role: Schema.Literal("user", "assistant"), text: Schema.String })
  .annotations({ identifier: "McpPromptMessage" })

const ServerPath = Schema.Struct({ name: Schema.String.pipe(Schema.maxLength(64)) })

export class McpGroup extends HttpApiGroup.make("mcp")
  .add(
    HttpApiEndpoint.get("status", "/api/mcp")
      .addSuccess(Schema.Struct({ data: Schema.Array(McpServerStatus) }))
      .annotate(OpenApi.Summary, "List MCP servers")
      .annotate(OpenApi.Description, "Each configured MCP server: connected (with its tool count), connecting, disabled, failed or needs_auth (with the error).")
  )
  .add(
    HttpApiEndpoint.get("resources", "/api/mcp/:name/resource")
      .setPath(ServerPath)
      .addSuccess(Schema.Struct({ data: Schema.Array(McpResource) }))
      .addError(RouteNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "List an MCP server's resources")
      .annotate(OpenApi.Description, "404 for a server not in the config; 409 while it is not connected.")
  )
  .add(
    HttpApiEndpoint.get("readResource", "/api/mcp/:name/resource/read")
      .setPath(ServerPath)
      .setUrlParams(Schema.Struct({ uri: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(4096)) }))
      .addSuccess(Schema.Struct({ data: Schema.Array(McpResourceContents) }))
      .addError(RouteNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Read an MCP resource")
  )
  .add(
    HttpApiEndpoint.get("prompts", "/api/mcp/:name/prompt")
      .setPath(ServerPath)
      .addSuccess(Schema.Struct({ data: Schema.Array(McpPrompt) }))
      .addError(RouteNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "List an MCP server's prompts")
  )
  .add(
    HttpApiEndpoint.post("getPrompt", "/api/mcp/:name/prompt/:prompt")
      .setPath(Schema.Struct({ name: Schema.String.pipe(Schema.maxLength(64)), prompt: Schema.String.pipe(Schema.maxLength(256)) }))
      .setPayload(Schema.Struct({ arguments: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })) }))
      .addSuccess(Schema.Struct({ data: Schema.Array(McpPromptMessage) }))
      .addError(RouteNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Get an MCP prompt")
      .annotate(OpenApi.Description, "The prompt's messages with the given arguments (text; other content is named, not inlined).")
  )
{}
