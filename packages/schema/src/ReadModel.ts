/** Read-model shapes: what projections of the log look like to readers. */
import { Schema } from "effect"
import { SessionId } from "./Ids.js"
import { JsonObject, JsonValue } from "./Json.js"
import { Delivery, ErrorInfo, LocationRef, ModelRef, PermissionReply, PermissionRule, Prompt, QuestionInfo, RevertState, SandboxMode, Todo, Tokens } from "./Model.js"

export const SessionStatus = Schema.Literal("idle", "busy")

export const SessionInfo = Schema.Struct({
  id: SessionId,
  parentID: Schema.optional(SessionId),
  title: Schema.String,
  agent: Schema.String,
  model: Schema.optional(ModelRef),
  location: LocationRef,
  status: SessionStatus,
  activityID: Schema.optional(Schema.String),
  /** The session's own permission rules (given at creation). */
  permission: Schema.optional(Schema.Array(PermissionRule)),
  /** A staged revert: the message it goes back to, and the files as they were before it was staged (`snapshot`). */
  revert: Schema.optional(RevertState),
  /** Where its `bash` runs, when the session chose (given at creation). */
  sandbox: Schema.optional(SandboxMode),
  /** The project (tenant) it belongs to (`default` unless created with a project's key). */
  project: Schema.String,
  cost: Schema.Number,
  tokens: Tokens,
  time: Schema.Struct({
    created: Schema.Number,
    updated: Schema.Number,
    archived: Schema.optional(Schema.Number)
  })
}).annotations({ identifier: "SessionInfo" })
export type SessionInfo = typeof SessionInfo.Type

export const PartInfo = Schema.Struct({
  id: Schema.String,
  messageID: Schema.String,
  seq: Schema.Number,
  type: Schema.String,
  text: Schema.String,
  tool: Schema.optional(Schema.String),
  status: Schema.optional(Schema.String),
  input: Schema.optional(JsonValue),
  output: Schema.optional(JsonValue),
  error: Schema.optional(ErrorInfo),
  metadata: Schema.optional(JsonValue),
  time: Schema.Struct({
    created: Schema.Number,
    updated: Schema.Number,
    completed: Schema.optional(Schema.Number)
  })
}).annotations({ identifier: "PartInfo" })
export type PartInfo = typeof PartInfo.Type

export const MessageInfo = Schema.Struct({
  id: Schema.String,
  sessionID: SessionId,
  seq: Schema.Number,
  type: Schema.String,
  info: JsonValue,
  finish: Schema.optional(Schema.String),
  error: Schema.optional(ErrorInfo),
  cost: Schema.optional(Schema.Number),
  tokens: Schema.optional(Tokens),
  time: Schema.Struct({ created: Schema.Number, completed: Schema.optional(Schema.Number) }),
  parts: Schema.Array(PartInfo)
}).annotations({ identifier: "MessageInfo" })
export type MessageInfo = typeof MessageInfo.Type

export const InputState = Schema.Literal("pending", "promoted", "cancelled")
export type InputState = typeof InputState.Type

/** A row of the session inbox (`session_input`). */
export const SessionInput = Schema.Struct({
  id: Schema.String,
  sessionID: SessionId,
  prompt: Prompt,
  delivery: Delivery,
  /** `compact`: a compaction request rather than a prompt. */
  kind: Schema.optional(Schema.Literal("compact")),
  state: InputState,
  /** Who admitted it (an API key id, `password` or `token`). */
  by: Schema.optional(Schema.String),
  admittedSeq: Schema.Number,
  promotedSeq: Schema.optional(Schema.Number),
  time: Schema.Struct({ admitted: Schema.Number, promoted: Schema.optional(Schema.Number) })
}).annotations({ identifier: "SessionInput" })
export type SessionInput = typeof SessionInput.Type

export const RequestState = Schema.Literal("pending", "replied", "rejected")
export type RequestState = typeof RequestState.Type

/** A durable permission request (`permission_request`), pending until its reply. */
export const PermissionRequestInfo = Schema.Struct({
  id: Schema.String,
  sessionID: SessionId,
  permission: Schema.String,
  patterns: Schema.Array(Schema.String),
  always: Schema.Array(Schema.String),
  messageID: Schema.optional(Schema.String),
  callID: Schema.optional(Schema.String),
  metadata: Schema.optional(JsonObject),
  state: RequestState,
  reply: Schema.optional(PermissionReply),
  message: Schema.optional(Schema.String),
  time: Schema.Struct({ created: Schema.Number, replied: Schema.optional(Schema.Number) })
}).annotations({ identifier: "PermissionRequestInfo" })
export type PermissionRequestInfo = typeof PermissionRequestInfo.Type

/** A durable question request (`question_request`). */
export const QuestionRequestInfo = Schema.Struct({
  id: Schema.String,
  sessionID: SessionId,
  questions: Schema.Array(QuestionInfo),
  messageID: Schema.optional(Schema.String),
  callID: Schema.optional(Schema.String),
  state: RequestState,
  answers: Schema.optional(Schema.Array(Schema.Array(Schema.String))),
  time: Schema.Struct({ created: Schema.Number, replied: Schema.optional(Schema.Number) })
}).annotations({ identifier: "QuestionRequestInfo" })
export type QuestionRequestInfo = typeof QuestionRequestInfo.Type

/** An approval saved by an `always` reply (`permission_saved`). */
export const SavedPermissionInfo = Schema.Struct({
  id: Schema.String,
  sessionID: SessionId,
  permission: Schema.String,
  pattern: Schema.String,
  time: Schema.Struct({ created: Schema.Number })
}).annotations({ identifier: "SavedPermissionInfo" })
export type SavedPermissionInfo = typeof SavedPermissionInfo.Type

export const SessionTodos = Schema.Array(Todo)
