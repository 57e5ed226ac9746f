/** The MCP servers of the config and their state (`GET /api/mcp`; docs/mcp.md). */
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "@effect/platform"
import { McpConfig } from "@ratchet/schema"
import { HttpApiSchema } from "@effect/platform"
import { Schema } from "effect"
import { ConflictError } from "./HttpErrors.js"

/** 404: no MCP server of that name is in effect (upstream's error of the same name). */
export class McpServerNotFoundError extends Schema.TaggedError<McpServerNotFoundError>()(
  "McpServerNotFoundError",
  { name: Schema.String, message: Schema.String },
  HttpApiSchema.annotations({ status: 404 })
) {}

export const McpServerStatus = Schema.Struct({
  name: Schema.String,
  status: Schema.Literal("connected", "connecting", "disabled", "failed", "needs_auth"),
  /** Tools registered (connected servers). */
  tools: Schema.optional(Schema.Number),
  /** Why it failed or needs authorization. */
  error: Schema.optional(Schema.String),
  /** `config`: the config file; `api`: added through `POST /api/mcp` (kept in the server log). */
  source: Schema.Literal("config", "api")
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

/** A status change (`removed` when a server is gone), or a server's tool list changed (upstream's `mcp.tools.changed`). */
export const McpEvent = Schema.Union(
  Schema.Struct({ type: Schema.Literal("mcp.status"), properties: Schema.Union(McpServerStatus.pipe(Schema.omit("source")), Schema.Struct({ name: Schema.String, status: Schema.Literal("removed") })) }),
  Schema.Struct({ type: Schema.Literal("mcp.tools.changed"), properties: Schema.Struct({ server: Schema.String }) })
).annotations({ identifier: "McpEvent" })

const EventStream = HttpApiSchema.Text({ contentType: "text/event-stream" })

export class McpGroup extends HttpApiGroup.make("mcp")
  .add(
    HttpApiEndpoint.get("status", "/api/mcp")
      .addSuccess(Schema.Struct({ data: Schema.Array(McpServerStatus) }))
      .annotate(OpenApi.Summary, "List MCP servers")
      .annotate(OpenApi.Description, "Each MCP server in effect (the config file's and those added through the API): connected (with its tool count), connecting, disabled, failed or needs_auth (with the error).")
  )
  .add(
    HttpApiEndpoint.post("add", "/api/mcp")
      .setPayload(Schema.Struct({ name: McpConfig.Name, config: McpConfig.ServerConfig }))
      .addSuccess(Schema.Struct({ data: McpServerStatus }))
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Add an MCP server")
      .annotate(
        OpenApi.Description,
        "Validated like the config file's `mcp` entries, recorded in the server log (it survives a restart) and connected in the background. " +
          "409 when the name is taken. A `local` server runs its command as the server's user: the same trust as the config file."
      )
  )
  .add(
    HttpApiEndpoint.post("connect", "/api/mcp/:name/connect")
      .setPath(ServerPath)
      .addSuccess(Schema.Struct({ data: McpServerStatus }))
      .addError(McpServerNotFoundError)
      .annotate(OpenApi.Summary, "Enable an MCP server")
      .annotate(OpenApi.Description, "Switches the server on (recorded; over the config file's `enabled`) and connects it in the background.")
  )
  .add(
    HttpApiEndpoint.post("disconnect", "/api/mcp/:name/disconnect")
      .setPath(ServerPath)
      .addSuccess(Schema.Struct({ data: McpServerStatus }))
      .addError(McpServerNotFoundError)
      .annotate(OpenApi.Summary, "Disable an MCP server")
      .annotate(OpenApi.Description, "Switches the server off (recorded): its connection closes and its tools are withdrawn.")
  )
  .add(
    HttpApiEndpoint.del("remove", "/api/mcp/:name")
      .setPath(ServerPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(McpServerNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Remove an MCP server")
      .annotate(OpenApi.Description, "Removes a server added through the API (recorded). One from the config file cannot be removed here (409): disconnect it.")
  )
  .add(
    HttpApiEndpoint.get("events", "/api/mcp/event")
      .addSuccess(EventStream)
      .annotate(OpenApi.Summary, "Subscribe to MCP server changes")
      .annotate(
        OpenApi.Description,
        "Server-sent events (`McpEvent`): first every server's current status, then each status change and tool-list change as it happens. " +
          "Not durable (a status is the present, not history): a reconnecting client gets the current statuses again."
      )
  )
  .add(
    HttpApiEndpoint.get("resources", "/api/mcp/:name/resource")
      .setPath(ServerPath)
      .addSuccess(Schema.Struct({ data: Schema.Array(McpResource) }))
      .addError(McpServerNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "List an MCP server's resources")
      .annotate(OpenApi.Description, "404 for a server not in the config; 409 while it is not connected.")
  )
  .add(
    HttpApiEndpoint.get("readResource", "/api/mcp/:name/resource/read")
      .setPath(ServerPath)
      .setUrlParams(Schema.Struct({ uri: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(4096)) }))
      .addSuccess(Schema.Struct({ data: Schema.Array(McpResourceContents) }))
      .addError(McpServerNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Read an MCP resource")
  )
  .add(
    HttpApiEndpoint.get("prompts", "/api/mcp/:name/prompt")
      .setPath(ServerPath)
      .addSuccess(Schema.Struct({ data: Schema.Array(McpPrompt) }))
      .addError(McpServerNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "List an MCP server's prompts")
  )
  .add(
    HttpApiEndpoint.post("getPrompt", "/api/mcp/:name/prompt/:prompt")
      .setPath(Schema.Struct({ name: Schema.String.pipe(Schema.maxLength(64)), prompt: Schema.String.pipe(Schema.maxLength(256)) }))
      .setPayload(Schema.Struct({ arguments: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })) }))
      .addSuccess(Schema.Struct({ data: Schema.Array(McpPromptMessage) }))
      .addError(McpServerNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Get an MCP prompt")
      .annotate(OpenApi.Description, "The prompt's messages with the given arguments (text; other content is named, not inlined).")
  )
{}
