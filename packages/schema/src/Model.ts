/** Value objects shared by events, read models and the API. Shapes follow opencode's v2 spec. */
import { Schema } from "effect"
import { JsonObject } from "./Json.js"

/**
 * Bounds on strings a client sends (ids and names 256, paths 4096, patterns
 * 8192): a value past them is refused with the field named, not stored.
 * Texts (prompts, attachments' data) are bounded by the body limit.
 */
export const Name = Schema.String.pipe(Schema.maxLength(256))
const Path = Schema.String.pipe(Schema.maxLength(4096))

export const ModelRef = Schema.Struct({
  providerID: Name,
  id: Name,
  variant: Schema.optional(Name)
}).annotations({ identifier: "ModelRef" })
export type ModelRef = typeof ModelRef.Type

export const LocationRef = Schema.Struct({
  directory: Path,
  workspaceID: Schema.optional(Name)
}).annotations({ identifier: "LocationRef" })
export type LocationRef = typeof LocationRef.Type

export const PromptFileAttachment = Schema.Struct({
  uri: Schema.String,
  mime: Name,
  name: Schema.optional(Path),
  description: Schema.optional(Schema.String.pipe(Schema.maxLength(8192)))
}).annotations({ identifier: "PromptFileAttachment" })

export const PromptAgentAttachment = Schema.Struct({
  name: Name
}).annotations({ identifier: "PromptAgentAttachment" })

export const Prompt = Schema.Struct({
  text: Schema.String,
  files: Schema.optional(Schema.Array(PromptFileAttachment)),
  agents: Schema.optional(Schema.Array(PromptAgentAttachment))
}).annotations({ identifier: "Prompt" })
export type Prompt = typeof Prompt.Type

/** `interrupt` goes beyond upstream: stop the running activity, then run this input next. */
export const Delivery = Schema.Literal("steer", "queue", "interrupt").annotations({ identifier: "Delivery" })
export type Delivery = typeof Delivery.Type

export const Tokens = Schema.Struct({
  input: Schema.Number,
  output: Schema.Number,
  reasoning: Schema.Number,
  cache: Schema.Struct({ read: Schema.Number, write: Schema.Number })
}).annotations({ identifier: "Tokens" })
export type Tokens = typeof Tokens.Type

export const emptyTokens: Tokens = { input: 0, output: 0, reasoning: 0, cache: { read: 0, write: 0 } }

export const ErrorInfo = Schema.Struct({
  type: Schema.String,
  message: Schema.String,
  retryable: Schema.optional(Schema.Boolean)
}).annotations({ identifier: "ErrorInfo" })
export type ErrorInfo = typeof ErrorInfo.Type

export const ProviderExecution = Schema.Struct({
  executed: Schema.Boolean,
  metadata: Schema.optional(JsonObject)
})

export const ToolContent = Schema.Union(
  Schema.Struct({ type: Schema.Literal("text"), text: Schema.String }),
  Schema.Struct({
    type: Schema.Literal("file"),
    uri: Schema.String,
    mime: Schema.String,
    name: Schema.optional(Schema.String)
  })
).annotations({ identifier: "ToolContent" })
export type ToolContent = typeof ToolContent.Type

export const RevertState = Schema.Struct({
  messageID: Schema.String,
  partID: Schema.optional(Schema.String),
  snapshot: Schema.optional(Schema.String),
  diff: Schema.optional(Schema.String)
}).annotations({ identifier: "RevertState" })
export type RevertState = typeof RevertState.Type

/** How an activity (one run of the agent loop) ended. */
/** `rejected`: a permission request was rejected without feedback, which ends the activity. */
export const ActivityOutcome = Schema.Literal("completed", "step_limit", "failed", "interrupted", "rejected", "budget_exceeded").annotations({
  identifier: "ActivityOutcome"
})
export type ActivityOutcome = typeof ActivityOutcome.Type

export const PermissionReply = Schema.Literal("once", "always", "reject").annotations({
  identifier: "PermissionReply"
})
export type PermissionReply = typeof PermissionReply.Type

export const QuestionOption = Schema.Struct({ label: Schema.String, description: Schema.optional(Schema.String) })
export const QuestionInfo = Schema.Struct({
  question: Schema.String,
  header: Schema.optional(Schema.String),
  options: Schema.optional(Schema.Array(QuestionOption)),
  multiple: Schema.optional(Schema.Boolean),
  /** Whether a free-text answer is accepted beside the options (default true). */
  custom: Schema.optional(Schema.Boolean)
}).annotations({ identifier: "QuestionInfo" })
export type QuestionInfo = typeof QuestionInfo.Type

export const PermissionAction = Schema.Literal("allow", "deny", "ask").annotations({ identifier: "PermissionAction" })
export type PermissionAction = typeof PermissionAction.Type

/** `{ permission, pattern, action }`: for this permission (tool) and inputs matching the pattern, do this. */
/**
 * Where `bash` runs (docs/security.md): `off`, or inside a bubblewrap
 * sandbox with the session directory writable (`workspace-write`) or not
 * (`read-only`), the rest of the file system read-only, no network.
 */
export const SandboxMode = Schema.Literal("off", "workspace-write", "read-only")
export type SandboxMode = typeof SandboxMode.Type

export const PermissionRule = Schema.Struct({
  permission: Name,
  pattern: Schema.String.pipe(Schema.maxLength(8192)),
  action: PermissionAction
}).annotations({ identifier: "PermissionRule" })
export type PermissionRule = typeof PermissionRule.Type

/** A rule saved by an `always` reply: allows `pattern` for `permission` from then on, in every session. */
export const SavedRule = Schema.Struct({
  id: Schema.String,
  permission: Schema.String,
  pattern: Schema.String
}).annotations({ identifier: "SavedRule" })
export type SavedRule = typeof SavedRule.Type

/** One entry of a session's todo list (upstream's `Todo`). */
export const Todo = Schema.Struct({
  content: Schema.String,
  status: Schema.Literal("pending", "in_progress", "completed", "cancelled"),
  priority: Schema.Literal("high", "medium", "low")
}).annotations({ identifier: "Todo" })
export type Todo = typeof Todo.Type
