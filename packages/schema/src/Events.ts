/**
 * The durable session event vocabulary: every step of a session is one of
 * these, appended to the session's stream. Names follow opencode's
 * `SessionDurableEvent` (`session.next.*`); deltas are durable here, and
 * activity, permission and question events are ours.
 *
 * `sessionID` and `timestamp` are not repeated in `data`: the envelope
 * (`StoredEvent`) carries the aggregate id and the created time.
 */
import { Schema } from "effect"
import { define } from "./EventDefinition.js"
import { ActivityId, MessageId, PermissionId, QuestionId, SessionId } from "./Ids.js"
import { JsonObject, JsonValue } from "./Json.js"
import {
  ActivityOutcome,
  Delivery,
  ErrorInfo,
  LocationRef,
  ModelRef,
  PermissionReply,
  PermissionRule,
  Prompt,
  ProviderExecution,
  QuestionInfo,
  RevertState,
  SandboxMode,
  SavedRule,
  Todo,
  Tokens,
  ToolContent
} from "./Model.js"

const opt = Schema.optional

// -- session lifecycle --------------------------------------------------------
export const SessionCreated = define("session.created", {
  title: Schema.String,
  parentID: opt(SessionId),
  agent: Schema.String,
  model: opt(ModelRef),
  location: LocationRef,
  /** The session's own permission rules, after the agent's and the config's (before saved approvals). */
  permission: opt(Schema.Array(PermissionRule)),
  /** Where its `bash` runs, over its agent's and the server's choice (docs/security.md). */
  sandbox: opt(SandboxMode),
  /** A fork: the session (and the message before which) its log was copied from. */
  forkedFrom: opt(Schema.Struct({
    sessionID: SessionId,
    messageID: opt(MessageId),
    /** How many copied events follow this one (usage does not count their turns again). */
    copied: opt(Schema.Number)
  })),
  /** The project (tenant) it belongs to; absent: `default` (docs/operations.md). A child or fork keeps its parent's. */
  project: opt(Schema.String),
  /** Who created it: the API key id (or `password`, `token`) when the server has credentials. */
  by: opt(Schema.String)
})
export const SessionUpdated = define("session.updated", {
  title: opt(Schema.String),
  archived: opt(Schema.NullOr(Schema.Number))
})
export const SessionDeleted = define("session.deleted", {})

// -- context switches ---------------------------------------------------------
export const AgentSwitched = define("session.next.agent.switched", { messageID: MessageId, agent: Schema.String })
export const ModelSwitched = define("session.next.model.switched", { messageID: MessageId, model: ModelRef })
export const Moved = define("session.next.moved", { location: LocationRef, subdirectory: opt(Schema.String) })

// -- inbox and transcript -----------------------------------------------------
/** An input was admitted to the inbox. It is not in the transcript yet. */
export const PromptAdmitted = define("session.next.prompt.admitted", {
  messageID: MessageId,
  prompt: Prompt,
  delivery: Delivery,
  /** `false`: admitted without starting the loop; it stays pending until something else wakes the session (a restart does not). */
  resume: opt(Schema.Literal(false)),
  /** `compact`: not a prompt but a request to compact the conversation, ordered with the prompts (`POST …/compact`). */
  kind: opt(Schema.Literal("compact")),
  /** Who admitted it (an API key id, `password` or `token`); its activity's turns are counted against that key. */
  by: opt(Schema.String)
})
/** A pending input was withdrawn before the model saw it. */
export const PromptCancelled = define("session.next.prompt.cancelled", { messageID: MessageId })
/** A pending input's delivery was switched (steer ⇄ queue ⇄ interrupt) before it was promoted. */
export const PromptDeliveryChanged = define("session.next.prompt.delivery.changed", {
  messageID: MessageId,
  delivery: Delivery
})
/** An input was promoted into the transcript, at the boundary where the model first sees it. */
export const Prompted = define("session.next.prompted", { messageID: MessageId, prompt: Prompt, delivery: Delivery })
export const ContextUpdated = define("session.next.context.updated", { messageID: MessageId, text: Schema.String })
export const Synthetic = define("session.next.synthetic", { messageID: MessageId, text: Schema.String })
export const ShellStarted = define("session.next.shell.started", {
  messageID: MessageId,
  callID: Schema.String,
  command: Schema.String
})
export const ShellEnded = define("session.next.shell.ended", { callID: Schema.String, output: Schema.String })

// -- activities (ours): one run of the agent loop ----------------------------
export const ActivityStarted = define("session.next.activity.started", {
  activityID: ActivityId,
  inputs: Schema.Array(MessageId),
  /** Who its first input came from (`prompt.admitted`'s `by`): usage and budgets count its turns against them. */
  by: opt(Schema.String)
})
/**
 * What the model is told besides the transcript (agent prompt, environment,
 * project instructions), recorded when an activity starts: its hash and the
 * files it came from, and its text unless the same text was recorded just
 * before in this session (a replay finds it at the earlier record).
 */
export const SystemRecorded = define("session.next.system.recorded", {
  activityID: ActivityId,
  hash: Schema.String,
  sources: Schema.Array(Schema.Struct({
    kind: Schema.Literal("agent", "environment", "instructions"),
    path: opt(Schema.String),
    bytes: Schema.Number,
    /** The file was longer than the bound; its start was used, with a note. */
    cut: opt(Schema.Boolean)
  })),
  text: opt(Schema.String)
})
export const ActivityEnded = define("session.next.activity.ended", {
  activityID: ActivityId,
  outcome: ActivityOutcome,
  steps: Schema.Number,
  error: opt(ErrorInfo)
})

// -- provider turns -----------------------------------------------------------
export const StepStarted = define("session.next.step.started", {
  assistantMessageID: MessageId,
  agent: Schema.String,
  model: ModelRef,
  snapshot: opt(Schema.String),
  /** The activity's `by`, repeated so the turn's usage is attributed without reading anything else. */
  by: opt(Schema.String)
})
export const StepEnded = define("session.next.step.ended", {
  assistantMessageID: MessageId,
  finish: Schema.String,
  /** Dollars, from the model's prices; null when the model has none (unknown, not free). */
  cost: Schema.NullOr(Schema.Number),
  tokens: Tokens,
  snapshot: opt(Schema.String),
  files: opt(Schema.Array(Schema.String))
})
export const StepFailed = define("session.next.step.failed", { assistantMessageID: MessageId, error: ErrorInfo })

export const TextStarted = define("session.next.text.started", { assistantMessageID: MessageId, textID: Schema.String })
export const TextDelta = define("session.next.text.delta", {
  assistantMessageID: MessageId,
  textID: Schema.String,
  delta: Schema.String
})
export const TextEnded = define("session.next.text.ended", {
  assistantMessageID: MessageId,
  textID: Schema.String,
  text: Schema.String
})

export const ReasoningStarted = define("session.next.reasoning.started", {
  assistantMessageID: MessageId,
  reasoningID: Schema.String,
  providerMetadata: opt(JsonObject)
})
export const ReasoningDelta = define("session.next.reasoning.delta", {
  assistantMessageID: MessageId,
  reasoningID: Schema.String,
  delta: Schema.String
})
export const ReasoningEnded = define("session.next.reasoning.ended", {
  assistantMessageID: MessageId,
  reasoningID: Schema.String,
  text: Schema.String,
  providerMetadata: opt(JsonObject)
})

// -- tools ----------------------------------------------------------------------
export const ToolInputStarted = define("session.next.tool.input.started", {
  assistantMessageID: MessageId,
  callID: Schema.String,
  name: Schema.String
})
export const ToolInputDelta = define("session.next.tool.input.delta", {
  assistantMessageID: MessageId,
  callID: Schema.String,
  delta: Schema.String
})
export const ToolInputEnded = define("session.next.tool.input.ended", {
  assistantMessageID: MessageId,
  callID: Schema.String,
  text: Schema.String
})
/** Announced before the tool runs: after a crash the log says which calls may have run unrecorded. */
export const ToolCalled = define("session.next.tool.called", {
  assistantMessageID: MessageId,
  callID: Schema.String,
  tool: Schema.String,
  input: JsonObject,
  provider: ProviderExecution
})
export const ToolProgress = define("session.next.tool.progress", {
  assistantMessageID: MessageId,
  callID: Schema.String,
  structured: opt(JsonObject),
  content: opt(Schema.Array(ToolContent))
})
export const ToolSuccess = define("session.next.tool.success", {
  assistantMessageID: MessageId,
  callID: Schema.String,
  structured: opt(JsonObject),
  content: opt(Schema.Array(ToolContent)),
  outputPaths: opt(Schema.Array(Schema.String)),
  result: opt(JsonValue),
  provider: opt(ProviderExecution)
})
export const ToolFailed = define("session.next.tool.failed", {
  assistantMessageID: MessageId,
  callID: Schema.String,
  error: ErrorInfo,
  result: opt(JsonValue),
  provider: opt(ProviderExecution)
})

export const Retried = define("session.next.retried", {
  attempt: Schema.Number,
  error: ErrorInfo,
  /** How long the runner waits before the next attempt (backoff with jitter, or the provider's `retry-after`). */
  delayMs: opt(Schema.Number)
})
/** A turn's retries ran out on a retryable failure: the activity goes on with the next model of the fallback chain. */
export const FellBack = define("session.next.fallback", { from: ModelRef, to: ModelRef, error: ErrorInfo })

// -- compaction and revert ------------------------------------------------------
const CompactionReason = Schema.Literal("auto", "manual")
export const CompactionStarted = define("session.next.compaction.started", {
  messageID: MessageId,
  reason: CompactionReason
})
export const CompactionDelta = define("session.next.compaction.delta", { messageID: MessageId, delta: Schema.String })
export const CompactionEnded = define("session.next.compaction.ended", {
  messageID: MessageId,
  reason: CompactionReason,
  text: Schema.String,
  recent: opt(Schema.String)
})
export const RevertStaged = define("session.next.revert.staged", { revert: RevertState })
export const RevertCleared = define("session.next.revert.cleared", {})
export const RevertCommitted = define("session.next.revert.committed", { messageID: MessageId })

// -- permissions and questions (ours; durable so they survive restarts) -------
/** A tool call needs approval. `always` lists the patterns an `always` reply saves. */
export const PermissionAsked = define("session.next.permission.asked", {
  requestID: PermissionId,
  permission: Schema.String,
  patterns: Schema.Array(Schema.String),
  always: opt(Schema.Array(Schema.String)),
  messageID: opt(MessageId),
  callID: opt(Schema.String),
  metadata: opt(JsonObject)
})
/** The reply; `saved` are the rules an `always` reply saved (projected into the saved approvals). */
export const PermissionReplied = define("session.next.permission.replied", {
  requestID: PermissionId,
  reply: PermissionReply,
  message: opt(Schema.String),
  saved: opt(Schema.Array(SavedRule)),
  /** Who replied (an API key id, `password` or `token`); absent for the server's own replies. */
  by: opt(Schema.String)
})
/** A saved approval was removed (recorded in the stream of the session that saved it). */
export const PermissionUnsaved = define("session.next.permission.unsaved", { savedID: Schema.String })
export const QuestionAsked = define("session.next.question.asked", {
  requestID: QuestionId,
  messageID: opt(MessageId),
  callID: opt(Schema.String),
  questions: Schema.Array(QuestionInfo)
})
export const QuestionReplied = define("session.next.question.replied", {
  requestID: QuestionId,
  answers: Schema.Array(Schema.Array(Schema.String)),
  by: opt(Schema.String)
})
export const QuestionRejected = define("session.next.question.rejected", { requestID: QuestionId, by: opt(Schema.String) })

// -- todo list (upstream's `todo.updated`, durable) -----------------------------
export const TodoUpdated = define("session.next.todo.updated", { todos: Schema.Array(Todo) })

/** Every event definition, current versions. */
export const definitions = [
  SessionCreated,
  SessionUpdated,
  SessionDeleted,
  AgentSwitched,
  ModelSwitched,
  Moved,
  PromptAdmitted,
  PromptCancelled,
  PromptDeliveryChanged,
  Prompted,
  ContextUpdated,
  Synthetic,
  ShellStarted,
  ShellEnded,
  ActivityStarted,
  SystemRecorded,
  ActivityEnded,
  StepStarted,
  StepEnded,
  StepFailed,
  TextStarted,
  TextDelta,
  TextEnded,
  ReasoningStarted,
  ReasoningDelta,
  ReasoningEnded,
  ToolInputStarted,
  ToolInputDelta,
  ToolInputEnded,
  ToolCalled,
  ToolProgress,
  ToolSuccess,
  ToolFailed,
  Retried,
  FellBack,
  CompactionStarted,
  CompactionDelta,
  CompactionEnded,
  RevertStaged,
  RevertCleared,
  RevertCommitted,
  PermissionAsked,
  PermissionReplied,
  PermissionUnsaved,
  QuestionAsked,
  QuestionReplied,
  QuestionRejected,
  TodoUpdated
] as const

type Definitions = typeof definitions
type Member<D> = D extends { readonly schema: Schema.Schema<infer A, infer _I> } ? A : never

/** The durable event union, tagged by `type`. */
export type SessionEvent = Member<Definitions[number]>
export type SessionEventType = SessionEvent["type"]
export type EventOf<T extends SessionEventType> = Extract<SessionEvent, { readonly type: T }>

export const SessionEvent = Schema.Union(...definitions.map((d) => d.schema)) as unknown as Schema.Schema<
  SessionEvent,
  { readonly type: SessionEventType; readonly data: unknown }
>

const byType: ReadonlyMap<string, Definitions[number]> = new Map(definitions.map((d) => [d.type, d]))

/** The definition of an event type, if it is one of ours. */
export const definitionOf = (type: string): Definitions[number] | undefined => byType.get(type)

/** Builds an event value with its `type` tag; checked by the compiler, validated at append. */
export const make = <T extends SessionEventType>(type: T, data: EventOf<T>["data"]): EventOf<T> =>
  ({ type, data }) as EventOf<T>
