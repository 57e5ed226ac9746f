/**
 * Request and response bodies of the HTTP API. The envelopes (`{ data }`,
 * `{ data, cursor }`, `{ data, hasMore }`) and field names follow opencode's
 * v2 spec; where Ratchet has more to say (session status, the `interrupt`
 * delivery, inbox state) it adds fields, never renames them.
 */
import {
  Delivery,
  Ids,
  LocationRef,
  ModelRef,
  PermissionRule,
  SandboxMode,
  Prompt,
  SessionInfo,
  SessionInput,
  Tokens
} from "@ratchet/schema"
import { Schema } from "effect"

/** Request bodies refuse fields they do not define (400 naming the field): nothing a client sends is silently dropped. */
const strictBody = { onExcessProperty: "error" } as const

export const SessionId = Ids.SessionId
export const MessageId = Ids.MessageId

export const Session = Schema.Struct({
  ...SessionInfo.fields,
  /** Upstream groups sessions by project; Ratchet has one project per server. */
  projectID: Schema.String
}).annotations({ identifier: "Session" })
export type Session = typeof Session.Type

export const PageCursor = Schema.Struct({
  previous: Schema.optional(Schema.String),
  next: Schema.optional(Schema.String)
}).annotations({ identifier: "PageCursor" })

export const SessionsResponse = Schema.Struct({
  data: Schema.Array(Session),
  cursor: PageCursor
}).annotations({ identifier: "SessionsResponse" })

/** Upstream's revert body: back to before `messageID`; `files: false` leaves the files as they are. */
export const RevertStageBody = Schema.Struct({
  messageID: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128)),
  files: Schema.optional(Schema.Boolean)
}).annotations({ identifier: "RevertStageBody", parseOptions: strictBody })

export const FileDiff = Schema.Struct({
  file: Schema.String,
  status: Schema.Literal("added", "deleted", "modified"),
  additions: Schema.Number,
  deletions: Schema.Number,
  patch: Schema.String
}).annotations({ identifier: "SnapshotFileDiff" })

/** Upstream's fork body, with a title (Ratchet's addition). */
export const ForkBody = Schema.Struct({
  /** Fork before this message; absent: the whole session. */
  messageID: Schema.optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128))),
  title: Schema.optional(Schema.String.pipe(Schema.maxLength(500)))
}).annotations({ identifier: "ForkSessionBody", parseOptions: strictBody })

export const CreateSessionBody = Schema.Struct({
  id: Schema.optional(SessionId),
  agent: Schema.optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(256))),
  model: Schema.optional(ModelRef),
  /** The session's working directory; default: the server's. */
  location: Schema.optional(LocationRef),
  title: Schema.optional(Schema.String.pipe(Schema.maxLength(500))),
  parentID: Schema.optional(SessionId),
  /** The session's own permission rules, after the agent's and the config's (Ratchet's addition). */
  permission: Schema.optional(Schema.Array(PermissionRule)),
  /** Where the session's `bash` runs, over its agent's and the server's choice (Ratchet's addition; docs/security.md). 400 when the server cannot sandbox. */
  sandbox: Schema.optional(SandboxMode)
}).annotations({ identifier: "CreateSessionBody", parseOptions: strictBody })

/**
 * The create route's body, which may be absent (opencode's SDK calls
 * `create()` with no arguments; upstream's spec has it optional): an empty
 * body reads as `null` and means `{}`.
 */
export const CreateSessionPayload = Schema.transform(Schema.NullOr(CreateSessionBody), Schema.typeSchema(CreateSessionBody), {
  strict: true,
  decode: (body) => body ?? {},
  encode: (body) => body
})

export const UpdateSessionBody = Schema.Struct({
  title: Schema.optional(Schema.String.pipe(Schema.maxLength(500))),
  /** Milliseconds since the epoch to archive, `null` to unarchive. */
  archived: Schema.optional(Schema.NullOr(Schema.Number))
}).annotations({ identifier: "UpdateSessionBody", parseOptions: strictBody })

export const ListSessionsParams = Schema.Struct({
  limit: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 1000))),
  order: Schema.optional(Schema.Literal("asc", "desc")),
  search: Schema.optional(Schema.String.pipe(Schema.maxLength(1000))),
  directory: Schema.optional(Schema.String.pipe(Schema.maxLength(4096))),
  cursor: Schema.optional(Schema.String.pipe(Schema.maxLength(1000)))
})

/** `running`: its activity runs; `queued`: it is ready and waits for a run slot (`limits.maxRuns`). */
export const SessionActive = Schema.Struct({ type: Schema.Literal("running", "queued") }).annotations({ identifier: "SessionActive" })

export const PromptBody = Schema.Struct({
  /** The client's message id: admission is idempotent by it. */
  id: Schema.optional(MessageId),
  prompt: Prompt,
  /** `steer` joins the running activity, `queue` runs after it, `interrupt` stops it and runs next. */
  delivery: Schema.optional(Delivery),
  /** `false`: admit only, do not start the agent loop. */
  resume: Schema.optional(Schema.Boolean)
}).annotations({ identifier: "PromptBody", parseOptions: strictBody })

export const SessionInputAdmitted = Schema.Struct({
  admittedSeq: Schema.Number,
  id: Schema.String,
  sessionID: SessionId,
  prompt: Prompt,
  delivery: Delivery,
  timeCreated: Schema.Number,
  promotedSeq: Schema.optional(Schema.Number),
  /** Beyond upstream: where the input is now, and whether this call admitted it (false on an idempotent retry). */
  state: Schema.Literal("pending", "promoted", "cancelled"),
  created: Schema.Boolean
}).annotations({ identifier: "SessionInputAdmitted" })

export const SwitchAgentBody = Schema.Struct({ agent: Schema.String.pipe(Schema.minLength(1), Schema.maxLength(256)) }).annotations({
  identifier: "SwitchAgentBody", parseOptions: strictBody
})

export const SwitchModelBody = Schema.Struct({ model: ModelRef }).annotations({ identifier: "SwitchModelBody", parseOptions: strictBody })

export const InboxEntry = SessionInput

export const SetDeliveryBody = Schema.Struct({ delivery: Delivery }).annotations({ identifier: "SetDeliveryBody", parseOptions: strictBody })

/**
 * One durable event as clients see it (history pages and SSE frames):
 * upstream's envelope, with the session id and timestamp inside `data`.
 */
export const DurableEvent = Schema.Struct({
  id: Schema.String,
  type: Schema.String,
  durable: Schema.Struct({ aggregateID: Schema.String, seq: Schema.Number, version: Schema.Number }),
  /** The store-wide position (the global stream's cursor is made of it). */
  position: Schema.Number,
  data: Schema.Record({ key: Schema.String, value: Schema.Unknown })
}).annotations({ identifier: "DurableEvent" })
export type DurableEvent = typeof DurableEvent.Type

export const HistoryParams = Schema.Struct({
  /** A cursor from an SSE frame's `id` or an earlier page, or upstream's plain sequence number. */
  after: Schema.optional(Schema.String),
  limit: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 5000)))
})

export const SessionHistory = Schema.Struct({
  data: Schema.Array(DurableEvent),
  hasMore: Schema.Boolean,
  /** Beyond upstream: the cursor to pass as `after` for the next page. */
  cursor: Schema.String
}).annotations({ identifier: "SessionHistory" })

export const StreamParams = Schema.Struct({
  after: Schema.optional(Schema.String.pipe(Schema.maxLength(1000))),
  /** `false`: send what is stored now, then end the stream. */
  follow: Schema.optional(Schema.Literal("true", "false"))
})

export const MessagesParams = Schema.Struct({
  limit: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 1000))),
  order: Schema.optional(Schema.Literal("asc", "desc")),
  cursor: Schema.optional(Schema.String.pipe(Schema.maxLength(1000)))
})

/**
 * A transcript message in opencode's v2 `SessionMessage` shapes (`user` with
 * `text`; `assistant` with `content` items of type text, reasoning and tool),
 * plus Ratchet's `sessionID` and `seq`.
 */
export const Message = Schema.Struct(
  {
    id: Schema.String,
    type: Schema.String,
    sessionID: SessionId,
    seq: Schema.Number,
    time: Schema.Struct({ created: Schema.Number, completed: Schema.optional(Schema.Number) })
  },
  Schema.Record({ key: Schema.String, value: Schema.Unknown })
).annotations({ identifier: "SessionMessage" })

export const SessionMessagesResponse = Schema.Struct({
  data: Schema.Array(Message),
  cursor: PageCursor
}).annotations({ identifier: "SessionMessagesResponse" })

export const Location = Schema.Struct({
  directory: Schema.String,
  project: Schema.Struct({ id: Schema.String, directory: Schema.String })
}).annotations({ identifier: "LocationInfo" })

export const AgentInfo = Schema.Struct({
  id: Schema.String,
  mode: Schema.Literal("subagent", "primary", "all"),
  hidden: Schema.Boolean,
  steps: Schema.Number,
  model: Schema.optional(ModelRef),
  system: Schema.optional(Schema.String),
  description: Schema.optional(Schema.String)
}).annotations({ identifier: "AgentInfo" })

export const ProviderInfo = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  api: Schema.Struct({ npm: Schema.String, url: Schema.optional(Schema.String) }),
  /** Where its key came from: `config`, `env`, or `none`. */
  key: Schema.Literal("config", "env", "none"),
  /** The variables its key is read from (never the key itself). */
  env: Schema.Array(Schema.String),
  /** The wire Ratchet speaks to it: `anthropic`, `responses` (OpenAI), `gemini`, `openai-compatible`. */
  wire: Schema.Literal("openai-compatible", "anthropic", "responses", "gemini")
}).annotations({ identifier: "ProviderInfo" })

/** Dollars per million tokens (upstream's `ModelCost`). */
export const ModelCost = Schema.Struct({
  input: Schema.Number,
  output: Schema.Number,
  cache: Schema.Struct({ read: Schema.Number, write: Schema.Number })
}).annotations({ identifier: "ModelCost" })

export const ModelInfo = Schema.Struct({
  id: Schema.String,
  providerID: Schema.String,
  name: Schema.String,
  family: Schema.optional(Schema.String),
  enabled: Schema.Boolean,
  /** Where Ratchet knows it from: the shipped catalogue, the config, or the config over the catalogue. */
  source: Schema.Literal("catalogue", "config", "catalogue+config"),
  capabilities: Schema.Struct({
    tools: Schema.Boolean,
    reasoning: Schema.Boolean,
    input: Schema.Array(Schema.String),
    output: Schema.Array(Schema.String)
  }),
  /** Tokens; absent when unknown (a config entry without `limit`). */
  limit: Schema.optional(Schema.Struct({ context: Schema.optional(Schema.Number), output: Schema.optional(Schema.Number) })),
  /** Empty when the model has no prices: its steps' cost is unknown (null), not 0. */
  cost: Schema.Array(ModelCost)
}).annotations({ identifier: "ModelInfo" })

export const Listing = <A, I>(item: Schema.Schema<A, I>) => Schema.Struct({ location: Location, data: Schema.Array(item) })

export const Health = Schema.Struct({
  healthy: Schema.Literal(true),
  /** Beyond upstream: the server version and whether it is draining. */
  version: Schema.String,
  shuttingDown: Schema.Boolean
}).annotations({ identifier: "Health" })

export const UsageParams = Schema.Struct({
  from: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.nonNegative())),
  to: Schema.optional(Schema.NumberFromString.pipe(Schema.int(), Schema.nonNegative())),
  groupBy: Schema.optional(Schema.Literal("model", "session", "day", "key", "project"))
})

export const UsageRow = Schema.Struct({
  key: Schema.String,
  turns: Schema.Number,
  tokens: Tokens,
  cost: Schema.Number,
  unpriced: Schema.Number
}).annotations({ identifier: "UsageRow" })

export const UsageReport = Schema.Struct({
  from: Schema.Number,
  to: Schema.Number,
  groupBy: Schema.Literal("model", "session", "day", "key", "project"),
  data: Schema.Array(UsageRow),
  total: UsageRow
}).annotations({ identifier: "UsageReport" })
