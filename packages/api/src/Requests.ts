/**
 * Bodies of the permission and question routes, in upstream's v2 shapes
 * (`PermissionV2Request`, `QuestionV2Request`, `PermissionSavedInfo`): a
 * permission's `action` is the permission key, `resources` the patterns
 * the call touches, `save` what an `always` reply would save.
 */
import { Ids, PermissionReply } from "@ratchet/schema"
import { Schema } from "effect"

/** Request bodies refuse fields they do not define (400 naming the field): nothing a client sends is silently dropped. */
const strictBody = { onExcessProperty: "error" } as const

export const PermissionSource = Schema.Struct({
  type: Schema.Literal("tool"),
  messageID: Schema.String,
  callID: Schema.String
}).annotations({ identifier: "PermissionV2Source" })

export const PermissionRequest = Schema.Struct({
  id: Ids.PermissionId,
  sessionID: Ids.SessionId,
  action: Schema.String,
  resources: Schema.Array(Schema.String),
  save: Schema.optional(Schema.Array(Schema.String)),
  metadata: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  source: Schema.optional(PermissionSource)
}).annotations({ identifier: "PermissionV2Request" })
export type PermissionRequest = typeof PermissionRequest.Type

export const PermissionReplyBody = Schema.Struct({
  reply: PermissionReply,
  /** With `reject`: feedback the model reads (the run goes on); without it the activity ends. */
  message: Schema.optional(Schema.String.pipe(Schema.maxLength(65536)))
}).annotations({ identifier: "PermissionReplyBody", parseOptions: strictBody })

export const SavedPermission = Schema.Struct({
  id: Schema.String,
  projectID: Schema.String,
  action: Schema.String,
  resource: Schema.String
}).annotations({ identifier: "PermissionSavedInfo" })

export const QuestionOption = Schema.Struct({ label: Schema.String, description: Schema.String }).annotations({
  identifier: "QuestionV2Option"
})

export const QuestionInfo = Schema.Struct({
  question: Schema.String,
  header: Schema.String,
  options: Schema.Array(QuestionOption),
  multiple: Schema.optional(Schema.Boolean),
  custom: Schema.optional(Schema.Boolean)
}).annotations({ identifier: "QuestionV2Info" })

export const QuestionRequest = Schema.Struct({
  id: Ids.QuestionId,
  sessionID: Ids.SessionId,
  questions: Schema.Array(QuestionInfo),
  tool: Schema.optional(Schema.Struct({ messageID: Schema.String, callID: Schema.String }))
}).annotations({ identifier: "QuestionV2Request" })
export type QuestionRequest = typeof QuestionRequest.Type

export const QuestionReplyBody = Schema.Struct({
  /** One answer per question, in order: the selected labels (or the user's own words). */
  answers: Schema.Array(Schema.Array(Schema.String))
}).annotations({ identifier: "QuestionV2Reply", parseOptions: strictBody })

/** A client's own permission check (upstream's `session.permission.create`): evaluated against the session's rules. */
export const PermissionCreateBody = Schema.Struct({
  /** The request's id when it has to be asked (default: a new one); the same id again answers as before. */
  id: Schema.optional(Ids.PermissionId),
  action: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(256)),
  resources: Schema.Array(Schema.String.pipe(Schema.maxLength(8192))).pipe(Schema.minItems(1), Schema.maxItems(256)),
  /** The patterns an `always` reply saves (default: `resources`). */
  save: Schema.optional(Schema.Array(Schema.String.pipe(Schema.maxLength(8192))).pipe(Schema.maxItems(256))),
  metadata: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  source: Schema.optional(PermissionSource),
  /** Evaluate as this agent (default: the session's). */
  agent: Schema.optional(Schema.String.pipe(Schema.maxLength(256)))
}).annotations({ identifier: "PermissionV2Create", parseOptions: strictBody })

export const PermissionEffect = Schema.Literal("allow", "deny", "ask").annotations({ identifier: "PermissionV2Effect" })

export const PermissionCreated = Schema.Struct({ id: Ids.PermissionId, effect: PermissionEffect })
