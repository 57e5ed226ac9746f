/**
 * opencode's v1 routes — what its TUI, `opencode run --attach` and editor
 * plugins speak — over the same engine as v2. Request bodies follow
 * upstream 1.18.33's schemas field for field (so a v1 client's extra fields
 * are not refused); responses are upstream's shapes, described here as
 * objects (upstream's spec, `docs/compat.md`, is their reference). Routes
 * Ratchet does not serve answer 501 outside this contract (`V1_UNSUPPORTED`).
 */
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "@effect/platform"
import { PermissionRule } from "@ratchet/schema"
import { Schema } from "effect"
import {
  ConflictError,
  FileNotFoundError,
  InvalidRequestError,
  PathRefusedError,
  MessageNotFoundError,
  PermissionNotFoundError,
  QuestionNotFoundError,
  ServiceUnavailableError,
  SessionNotFoundError,
  TooManyRequestsError
} from "./HttpErrors.js"
import { McpServerNotFoundError } from "./McpApi.js"

/** An upstream-shaped object (Session, Message, Part, Config…). */
export const V1Object = Schema.Record({ key: Schema.String, value: Schema.Unknown }).annotations({ identifier: "V1Object" })
const V1List = Schema.Array(V1Object)

/** Every v1 route takes the directory (and workspace) it is for, as upstream's do. */
export const V1Query = Schema.Struct({
  directory: Schema.optional(Schema.String.pipe(Schema.maxLength(4096))),
  workspace: Schema.optional(Schema.String.pipe(Schema.maxLength(256)))
})
const V1ListQuery = Schema.Struct({
  ...V1Query.fields,
  roots: Schema.optional(Schema.String),
  start: Schema.optional(Schema.String),
  search: Schema.optional(Schema.String.pipe(Schema.maxLength(1024))),
  limit: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 10_000)))
})

const SessionID = Schema.String.pipe(Schema.pattern(/^ses/), Schema.maxLength(128))
const MessageID = Schema.String.pipe(Schema.pattern(/^msg/), Schema.maxLength(128))
const Session = Schema.Struct({ sessionID: SessionID })
const SessionMessage = Schema.Struct({ sessionID: SessionID, messageID: MessageID })
const Request = Schema.Struct({ requestID: Schema.String.pipe(Schema.maxLength(128)) })

const ModelRef = Schema.Struct({ providerID: Schema.String, modelID: Schema.String })

export const V1CreateSession = Schema.Struct({
  parentID: Schema.optional(SessionID),
  title: Schema.optional(Schema.String.pipe(Schema.maxLength(1024))),
  agent: Schema.optional(Schema.String),
  model: Schema.optional(Schema.Struct({ id: Schema.String, providerID: Schema.String, variant: Schema.optional(Schema.String) })),
  metadata: Schema.optional(V1Object),
  permission: Schema.optional(Schema.Array(PermissionRule)),
  workspaceID: Schema.optional(Schema.String)
})

export const V1UpdateSession = Schema.Struct({
  title: Schema.optional(Schema.String.pipe(Schema.maxLength(1024))),
  metadata: Schema.optional(V1Object),
  permission: Schema.optional(Schema.Array(PermissionRule)),
  time: Schema.optional(Schema.Struct({ archived: Schema.optional(Schema.Number) }))
})

const FilePartInput = Schema.Struct({
  id: Schema.optional(Schema.String),
  type: Schema.Literal("file"),
  mime: Schema.String,
  filename: Schema.optional(Schema.String),
  url: Schema.String,
  source: Schema.optional(V1Object)
})
export const V1PartInput = Schema.Union(
  Schema.Struct({
    id: Schema.optional(Schema.String),
    type: Schema.Literal("text"),
    text: Schema.String,
    synthetic: Schema.optional(Schema.Boolean),
    ignored: Schema.optional(Schema.Boolean),
    time: Schema.optional(V1Object),
    metadata: Schema.optional(V1Object)
  }),
  FilePartInput,
  Schema.Struct({ id: Schema.optional(Schema.String), type: Schema.Literal("agent"), name: Schema.String, source: Schema.optional(V1Object) }),
  Schema.Struct({
    id: Schema.optional(Schema.String),
    type: Schema.Literal("subtask"),
    prompt: Schema.String,
    description: Schema.String,
    agent: Schema.String,
    model: Schema.optional(ModelRef),
    command: Schema.optional(Schema.String)
  })
)

export const V1Prompt = Schema.Struct({
  messageID: Schema.optional(MessageID),
  model: Schema.optional(ModelRef),
  agent: Schema.optional(Schema.String),
  noReply: Schema.optional(Schema.Boolean),
  tools: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Boolean })),
  format: Schema.optional(V1Object),
  system: Schema.optional(Schema.String),
  variant: Schema.optional(Schema.String),
  parts: Schema.Array(V1PartInput).pipe(Schema.maxItems(256))
})

const Reply = Schema.Literal("once", "always", "reject")

const get = <const N extends string>(name: N, path: HttpApiEndpoint.PathSegment, summary: string) =>
  HttpApiEndpoint.get(name, path).setUrlParams(V1Query).addSuccess(V1Object).annotate(OpenApi.Summary, summary)
const list = <const N extends string>(name: N, path: HttpApiEndpoint.PathSegment, summary: string) =>
  HttpApiEndpoint.get(name, path).setUrlParams(V1Query).addSuccess(V1List).annotate(OpenApi.Summary, summary)

export class V1SessionGroup extends HttpApiGroup.make("v1session")
  .add(HttpApiEndpoint.get("list", "/session").setUrlParams(V1ListQuery).addSuccess(V1List).annotate(OpenApi.Summary, "List sessions (v1)"))
  .add(HttpApiEndpoint.post("create", "/session").setUrlParams(V1Query).setPayload(V1CreateSession).addSuccess(V1Object).addError(InvalidRequestError).addError(ConflictError).annotate(OpenApi.Summary, "Create session (v1)"))
  .add(HttpApiEndpoint.get("status", "/session/status").setUrlParams(V1Query).addSuccess(Schema.Record({ key: Schema.String, value: V1Object })).annotate(OpenApi.Summary, "Session statuses (v1)"))
  .add(get("get", "/session/:sessionID", "Get session (v1)").setPath(Session).addError(SessionNotFoundError))
  .add(HttpApiEndpoint.del("remove", "/session/:sessionID").setPath(Session).setUrlParams(V1Query).addSuccess(Schema.Boolean).addError(SessionNotFoundError).annotate(OpenApi.Summary, "Delete session (v1)"))
  .add(HttpApiEndpoint.patch("update", "/session/:sessionID").setPath(Session).setUrlParams(V1Query).setPayload(V1UpdateSession).addSuccess(V1Object).addError(SessionNotFoundError).annotate(OpenApi.Summary, "Update session (v1)"))
  .add(list("children", "/session/:sessionID/children", "Child sessions (v1)").setPath(Session).addError(SessionNotFoundError))
  .add(list("todo", "/session/:sessionID/todo", "Session todos (v1)").setPath(Session).addError(SessionNotFoundError))
  .add(list("diff", "/session/:sessionID/diff", "Session file changes (v1)").setPath(Session).addError(SessionNotFoundError))
  .add(list("messages", "/session/:sessionID/message", "Session messages (v1)").setPath(Session).addError(SessionNotFoundError))
  .add(
    HttpApiEndpoint.post("prompt", "/session/:sessionID/message").setPath(Session).setUrlParams(V1Query).setPayload(V1Prompt)
      .addSuccess(V1Object).addError(SessionNotFoundError).addError(InvalidRequestError).addError(TooManyRequestsError).addError(ConflictError)
      .addError(ServiceUnavailableError)
      .annotate(OpenApi.Summary, "Prompt and wait for the reply (v1)")
  )
  .add(
    HttpApiEndpoint.post("promptAsync", "/session/:sessionID/prompt_async").setPath(Session).setUrlParams(V1Query).setPayload(V1Prompt)
      .addSuccess(HttpApiSchema.NoContent).addError(SessionNotFoundError).addError(InvalidRequestError).addError(TooManyRequestsError).addError(ConflictError)
      .annotate(OpenApi.Summary, "Prompt without waiting (v1)")
  )
  .add(get("message", "/session/:sessionID/message/:messageID", "Get message (v1)").setPath(SessionMessage).addError(SessionNotFoundError).addError(MessageNotFoundError))
  .add(
    HttpApiEndpoint.post("fork", "/session/:sessionID/fork").setPath(Session).setUrlParams(V1Query)
      .setPayload(Schema.Struct({ messageID: Schema.optional(MessageID) })).addSuccess(V1Object).addError(SessionNotFoundError).addError(ConflictError).addError(InvalidRequestError)
      .annotate(OpenApi.Summary, "Fork session (v1)")
  )
  .add(HttpApiEndpoint.post("abort", "/session/:sessionID/abort").setPath(Session).setUrlParams(V1Query).addSuccess(Schema.Boolean).addError(SessionNotFoundError).annotate(OpenApi.Summary, "Abort the running turn (v1)"))
  .add(
    HttpApiEndpoint.post("summarize", "/session/:sessionID/summarize").setPath(Session).setUrlParams(V1Query)
      .setPayload(Schema.Struct({ providerID: Schema.String, modelID: Schema.String, auto: Schema.optional(Schema.Boolean) }))
      .addSuccess(Schema.Boolean).addError(SessionNotFoundError).addError(TooManyRequestsError).addError(ConflictError).addError(InvalidRequestError)
      .annotate(OpenApi.Summary, "Compact the session (v1)")
  )
  .add(
    HttpApiEndpoint.post("revert", "/session/:sessionID/revert").setPath(Session).setUrlParams(V1Query)
      .setPayload(Schema.Struct({ messageID: MessageID, partID: Schema.optional(Schema.String) })).addSuccess(V1Object)
      .addError(SessionNotFoundError).addError(ConflictError).addError(InvalidRequestError).annotate(OpenApi.Summary, "Stage a revert (v1)")
  )
  .add(
    HttpApiEndpoint.post("command", "/session/:sessionID/command").setPath(Session).setUrlParams(V1Query)
      .setPayload(Schema.Struct({
        messageID: Schema.optional(MessageID),
        agent: Schema.optional(Schema.String),
        model: Schema.optional(Schema.String),
        arguments: Schema.String.pipe(Schema.maxLength(65_536)),
        command: Schema.String.pipe(Schema.maxLength(256)),
        variant: Schema.optional(Schema.String),
        parts: Schema.optional(Schema.Array(FilePartInput))
      }))
      .addSuccess(V1Object).addError(SessionNotFoundError).addError(InvalidRequestError).addError(TooManyRequestsError).addError(ConflictError)
      .annotate(OpenApi.Summary, "Run a command's template as a prompt (v1)")
  )
  .add(HttpApiEndpoint.post("unrevert", "/session/:sessionID/unrevert").setPath(Session).setUrlParams(V1Query).addSuccess(V1Object).addError(SessionNotFoundError).addError(ConflictError).annotate(OpenApi.Summary, "Clear a staged revert (v1)"))
  .add(
    HttpApiEndpoint.post("respond", "/session/:sessionID/permissions/:permissionID")
      .setPath(Schema.Struct({ sessionID: SessionID, permissionID: Schema.String.pipe(Schema.maxLength(128)) })).setUrlParams(V1Query)
      .setPayload(Schema.Struct({ response: Reply })).addSuccess(Schema.Boolean)
      .addError(SessionNotFoundError).addError(PermissionNotFoundError).addError(ConflictError).addError(InvalidRequestError)
      .annotate(OpenApi.Summary, "Answer a permission request (v1, deprecated upstream)")
  )
{}

/** Events in v1's envelope (`{ id, type, properties }`); durable underneath: each frame's `id:` is a cursor and `Last-Event-ID` resumes. */
const EventStream = HttpApiSchema.Text({ contentType: "text/event-stream" })

const tui = <const N extends string>(name: N, path: HttpApiEndpoint.PathSegment, summary: string) =>
  HttpApiEndpoint.post(name, path).setUrlParams(V1Query).addSuccess(Schema.Boolean).annotate(OpenApi.Summary, summary)

/** The TUI control routes publish `tui.*` events on the v1 streams (live only: they are not in the log). */
export class V1EventGroup extends HttpApiGroup.make("v1event")
  .add(HttpApiEndpoint.get("event", "/event").setUrlParams(V1Query).addSuccess(EventStream).addError(InvalidRequestError).annotate(OpenApi.Summary, "Event stream (v1)"))
  .add(HttpApiEndpoint.get("global", "/global/event").setUrlParams(V1Query).addSuccess(EventStream).addError(InvalidRequestError).annotate(OpenApi.Summary, "Global event stream (v1)"))
  .add(tui("appendPrompt", "/tui/append-prompt", "Append to the TUI's prompt").setPayload(Schema.Struct({ text: Schema.String.pipe(Schema.maxLength(65_536)) })))
  .add(tui("openHelp", "/tui/open-help", "Open the TUI's help"))
  .add(tui("openSessions", "/tui/open-sessions", "Open the TUI's session list"))
  .add(tui("openThemes", "/tui/open-themes", "Open the TUI's themes"))
  .add(tui("openModels", "/tui/open-models", "Open the TUI's model list"))
  .add(tui("submitPrompt", "/tui/submit-prompt", "Submit the TUI's prompt"))
  .add(tui("clearPrompt", "/tui/clear-prompt", "Clear the TUI's prompt"))
  .add(tui("executeCommand", "/tui/execute-command", "Run a TUI command").setPayload(Schema.Struct({ command: Schema.String.pipe(Schema.maxLength(256)) })))
  .add(
    tui("showToast", "/tui/show-toast", "Show a toast in the TUI").setPayload(Schema.Struct({
      title: Schema.optional(Schema.String.pipe(Schema.maxLength(1024))),
      message: Schema.String.pipe(Schema.maxLength(16_384)),
      variant: Schema.Literal("info", "success", "warning", "error"),
      duration: Schema.optional(Schema.Number)
    }))
  )
  .add(
    tui("publish", "/tui/publish", "Publish a TUI event").setPayload(Schema.Struct({
      type: Schema.Literal("tui.prompt.append", "tui.command.execute", "tui.toast.show", "tui.session.select"),
      properties: V1Object
    }))
  )
  .add(tui("selectSession", "/tui/select-session", "Show a session in the TUI").setPayload(Schema.Struct({ sessionID: SessionID })).addError(SessionNotFoundError))
  .add(
    HttpApiEndpoint.get("controlNext", "/tui/control/next").setUrlParams(V1Query)
      .addSuccess(Schema.Struct({ path: Schema.String, body: Schema.Unknown })).annotate(OpenApi.Summary, "Next request for the TUI (long poll)")
  )
  .add(tui("controlResponse", "/tui/control/response", "The TUI's answer to a request").setPayload(Schema.Unknown))
{}

export class V1RequestGroup extends HttpApiGroup.make("v1request")
  .add(list("permissions", "/permission", "Pending permission requests (v1)"))
  .add(
    HttpApiEndpoint.post("permissionReply", "/permission/:requestID/reply").setPath(Request).setUrlParams(V1Query)
      .setPayload(Schema.Struct({ reply: Reply, message: Schema.optional(Schema.String.pipe(Schema.maxLength(16_384))) })).addSuccess(Schema.Boolean)
      .addError(PermissionNotFoundError).addError(ConflictError).addError(InvalidRequestError).addError(SessionNotFoundError)
      .annotate(OpenApi.Summary, "Reply to a permission request (v1)")
  )
  .add(list("questions", "/question", "Pending question requests (v1)"))
  .add(
    HttpApiEndpoint.post("questionReply", "/question/:requestID/reply").setPath(Request).setUrlParams(V1Query)
      .setPayload(Schema.Struct({ answers: Schema.Array(Schema.Array(Schema.String)).pipe(Schema.maxItems(64)) })).addSuccess(Schema.Boolean)
      .addError(QuestionNotFoundError).addError(ConflictError).addError(InvalidRequestError).addError(SessionNotFoundError)
      .annotate(OpenApi.Summary, "Answer a question (v1)")
  )
  .add(
    HttpApiEndpoint.post("questionReject", "/question/:requestID/reject").setPath(Request).setUrlParams(V1Query).addSuccess(Schema.Boolean)
      .addError(QuestionNotFoundError).addError(ConflictError).addError(SessionNotFoundError).annotate(OpenApi.Summary, "Reject a question (v1)")
  )
{}

const V1Path = Schema.Struct({ ...V1Query.fields, path: Schema.String.pipe(Schema.maxLength(4096)) })

/** The session directory's files (confined to it, as v2's `fs` routes are). */
export class V1FileGroup extends HttpApiGroup.make("v1file")
  .add(HttpApiEndpoint.get("list", "/file").setUrlParams(V1Path).addSuccess(V1List).addError(PathRefusedError).addError(FileNotFoundError).annotate(OpenApi.Summary, "List a directory (v1)"))
  .add(HttpApiEndpoint.get("content", "/file/content").setUrlParams(V1Path).addSuccess(V1Object).addError(PathRefusedError).addError(FileNotFoundError).annotate(OpenApi.Summary, "Read a file (v1)"))
  .add(
    HttpApiEndpoint.get("findFile", "/find/file")
      .setUrlParams(Schema.Struct({
        ...V1Query.fields,
        query: Schema.String.pipe(Schema.maxLength(1024)),
        dirs: Schema.optional(Schema.Literal("true", "false")),
        type: Schema.optional(Schema.Literal("file", "directory")),
        limit: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 200)))
      }))
      .addSuccess(Schema.Array(Schema.String)).addError(PathRefusedError).addError(FileNotFoundError).annotate(OpenApi.Summary, "Find files by name (v1)")
  )
  .add(
    HttpApiEndpoint.get("findSymbol", "/find/symbol").setUrlParams(Schema.Struct({ ...V1Query.fields, query: Schema.String.pipe(Schema.maxLength(1024)) }))
      .addSuccess(V1List).annotate(OpenApi.Summary, "Find symbols (v1; none: no language-server query is made)")
  )
{}

export class V1AppGroup extends HttpApiGroup.make("v1app")
  .add(get("config", "/config", "Config (v1)"))
  .add(get("configProviders", "/config/providers", "Configured providers and default models (v1)"))
  .add(get("providers", "/provider", "Providers (v1)"))
  .add(get("providerAuth", "/provider/auth", "Provider auth methods (v1)"))
  .add(list("agents", "/agent", "Agents (v1)"))
  .add(list("commands", "/command", "Commands (v1)"))
  .add(list("skills", "/skill", "Skills (v1)"))
  .add(get("path", "/path", "Paths (v1)"))
  .add(list("projects", "/project", "Projects (v1)"))
  .add(get("project", "/project/current", "Current project (v1)"))
  .add(get("vcs", "/vcs", "Version control (v1)"))
  .add(list("lsp", "/lsp", "Language servers (v1)"))
  .add(list("formatter", "/formatter", "Formatters (v1)"))
  .add(get("health", "/global/health", "Health (v1)"))
  .add(HttpApiEndpoint.get("toolIds", "/experimental/tool/ids").setUrlParams(V1Query).addSuccess(Schema.Array(Schema.String)).annotate(OpenApi.Summary, "Tool ids (v1)"))
  .add(
    HttpApiEndpoint.get("tools", "/experimental/tool")
      .setUrlParams(Schema.Struct({ ...V1Query.fields, provider: Schema.optional(Schema.String), model: Schema.optional(Schema.String) }))
      .addSuccess(V1List).annotate(OpenApi.Summary, "Tools (v1)")
  )
  .add(get("resources", "/experimental/resource", "MCP resources (v1)"))
  .add(HttpApiEndpoint.get("experimentalSessions", "/experimental/session").setUrlParams(V1ListQuery).addSuccess(V1List).annotate(OpenApi.Summary, "Sessions, newest first (v1)"))
  .add(
    HttpApiEndpoint.post("log", "/log").setUrlParams(V1Query)
      .setPayload(Schema.Struct({ service: Schema.String, level: Schema.Literal("debug", "info", "error", "warn"), message: Schema.String.pipe(Schema.maxLength(65_536)), extra: Schema.optional(V1Object) }))
      .addSuccess(Schema.Boolean).annotate(OpenApi.Summary, "Write to the server log (v1)")
  )
  .add(get("globalConfig", "/global/config", "Global config (v1)"))
  .add(HttpApiEndpoint.post("globalDispose", "/global/dispose").setUrlParams(V1Query).addSuccess(Schema.Boolean).annotate(OpenApi.Summary, "Dispose every instance (v1; nothing to dispose)"))
  .add(get("capabilities", "/experimental/capabilities", "Capabilities (v1)"))
  .add(list("workspaces", "/experimental/workspace", "Workspaces (v1; none)"))
  .add(list("workspaceAdapters", "/experimental/workspace/adapter", "Workspace adapters (v1; none)"))
  .add(list("workspaceStatus", "/experimental/workspace/status", "Workspace connections (v1; none)"))
  .add(list("projectDirectories", "/project/:projectID/directories", "A project's directories (v1)").setPath(Schema.Struct({ projectID: Schema.String.pipe(Schema.maxLength(256)) })))
  .add(
    HttpApiEndpoint.post("mcpConnect", "/mcp/:name/connect").setPath(Schema.Struct({ name: Schema.String.pipe(Schema.maxLength(256)) })).setUrlParams(V1Query)
      .addSuccess(Schema.Boolean).addError(McpServerNotFoundError).annotate(OpenApi.Summary, "Connect an MCP server (v1)")
  )
  .add(
    HttpApiEndpoint.post("mcpDisconnect", "/mcp/:name/disconnect").setPath(Schema.Struct({ name: Schema.String.pipe(Schema.maxLength(256)) })).setUrlParams(V1Query)
      .addSuccess(Schema.Boolean).addError(McpServerNotFoundError).annotate(OpenApi.Summary, "Disconnect an MCP server (v1)")
  )
  .add(HttpApiEndpoint.post("dispose", "/instance/dispose").setUrlParams(V1Query).addSuccess(Schema.Boolean).annotate(OpenApi.Summary, "Dispose the instance (v1; nothing to dispose)"))
{}
