/**
 * The HTTP API v2 contract: routes, bodies, responses and errors, separate
 * from their handlers (packages/server) so clients derive from it too.
 * Paths follow opencode's `/api/...` routes.
 */
import { HttpApi, HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "@effect/platform"
import { Ids, RevertState } from "@ratchet/schema"
import { Schema } from "effect"
import {
  BudgetExceededError,
  ConflictError,
  ForbiddenError,
  InputNotFoundError,
  InvalidCursorError,
  InvalidRequestError,
  MessageNotFoundError,
  PayloadTooLargeError,
  PathRefusedError,
  PermissionNotFoundError,
  ProviderNotFoundError,
  QuestionNotFoundError,
  RouteNotFoundError,
  ServiceUnavailableError,
  SessionNotFoundError,
  TooManyRequestsError,
  UnsupportedMediaTypeError
} from "./HttpErrors.js"
import { McpGroup } from "./McpApi.js"
import { clean } from "./OpenApiClean.js"
import { DefinitionsGroup, FilesGroup, LocationParams } from "./ProjectApi.js"
import { Access, Authorization } from "./Security.js"
import { AccessGroup } from "./AccessApi.js"
import * as Requests from "./Requests.js"
import * as Wire from "./Wire.js"
import { V1AppGroup, V1EventGroup, V1FileGroup, V1RequestGroup, V1SessionGroup } from "./V1Api.js"

const Data = <A, I, R>(schema: Schema.Schema<A, I, R>) => Schema.Struct({ data: schema })

const SessionPath = Schema.Struct({ sessionID: Wire.SessionId })
const MessagePath = Schema.Struct({ sessionID: Wire.SessionId, messageID: Wire.MessageId })
const InputPath = Schema.Struct({ sessionID: Wire.SessionId, inputID: Wire.MessageId })

/** Server-sent events: each frame's `id` is its cursor. */
const EventStream = HttpApiSchema.Text({ contentType: "text/event-stream" })

export class SessionsGroup extends HttpApiGroup.make("session")
  .add(
    HttpApiEndpoint.get("list", "/api/session")
      .setUrlParams(Wire.ListSessionsParams)
      .addSuccess(Wire.SessionsResponse)
      .addError(InvalidCursorError)
      .annotate(OpenApi.Summary, "List sessions")
  )
  .add(
    HttpApiEndpoint.post("create", "/api/session")
      .setPayload(Wire.CreateSessionPayload)
      .addSuccess(Data(Wire.Session))
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Create session")
  )
  .add(
    HttpApiEndpoint.get("active", "/api/session/active")
      .addSuccess(Data(Schema.Record({ key: Schema.String, value: Wire.SessionActive })))
      .annotate(OpenApi.Summary, "List active sessions")
  )
  .add(
    HttpApiEndpoint.get("get", "/api/session/:sessionID")
      .setPath(SessionPath)
      .addSuccess(Data(Wire.Session))
      .addError(SessionNotFoundError)
      .annotate(OpenApi.Summary, "Get session")
  )
  .add(
    HttpApiEndpoint.patch("update", "/api/session/:sessionID")
      .setPath(SessionPath)
      .setPayload(Wire.UpdateSessionBody)
      .addSuccess(Data(Wire.Session))
      .addError(SessionNotFoundError)
      .annotate(OpenApi.Summary, "Update session")
  )
  .add(
    HttpApiEndpoint.del("remove", "/api/session/:sessionID")
      .setPath(SessionPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(SessionNotFoundError)
      .annotate(OpenApi.Summary, "Delete session")
      .annotate(OpenApi.Description, "Interrupts the session's run, then deletes it; its log entries stay for replay.")
  )
  .add(
    HttpApiEndpoint.post("prompt", "/api/session/:sessionID/prompt")
      .setPath(SessionPath)
      .setPayload(Wire.PromptBody)
      .addSuccess(Data(Wire.SessionInputAdmitted))
      .addError(SessionNotFoundError)
      .addError(ConflictError)
      .addError(TooManyRequestsError)
      .addError(InvalidRequestError)
      .addError(PayloadTooLargeError)
      .annotate(OpenApi.Summary, "Send message")
      .annotate(
        OpenApi.Description,
        "Durably admit one session input and schedule agent-loop execution unless resume is false. Idempotent by `id`."
      )
  )
  .add(
    HttpApiEndpoint.post("switchAgent", "/api/session/:sessionID/agent")
      .setPath(SessionPath)
      .setPayload(Wire.SwitchAgentBody)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(SessionNotFoundError)
      .annotate(OpenApi.Summary, "Switch agent")
      .annotate(OpenApi.Description, "Switch the agent used by the session's next activities.")
  )
  .add(
    HttpApiEndpoint.post("switchModel", "/api/session/:sessionID/model")
      .setPath(SessionPath)
      .setPayload(Wire.SwitchModelBody)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(SessionNotFoundError)
      .annotate(OpenApi.Summary, "Switch model")
      .annotate(OpenApi.Description, "Switch the model used by the session's next activities.")
  )
  .add(
    HttpApiEndpoint.post("interrupt", "/api/session/:sessionID/interrupt")
      .setPath(SessionPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(SessionNotFoundError)
      .annotate(OpenApi.Summary, "Interrupt session execution")
  )
  .add(
    HttpApiEndpoint.post("fork", "/api/session/:sessionID/fork")
      .setPath(SessionPath)
      .setPayload(Wire.ForkBody)
      .addSuccess(Data(Wire.Session))
      .addError(SessionNotFoundError)
      .addError(InvalidRequestError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Fork session")
      .annotate(
        OpenApi.Description,
        "A new session whose log is a copy of this one's before `messageID` (the whole session without it); its inbox starts empty. " +
          "409 while the session is running; 400 for a message it does not have."
      )
  )
  .add(
    HttpApiEndpoint.post("revertStage", "/api/session/:sessionID/revert/stage")
      .setPath(SessionPath)
      .setPayload(Wire.RevertStageBody)
      .addSuccess(Data(RevertState))
      .addError(SessionNotFoundError)
      .addError(InvalidRequestError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Stage a revert")
      .annotate(
        OpenApi.Description,
        "Puts the session directory's files back as they were before `messageID` (from the snapshots taken before each step) and marks " +
          "the session reverted to it. `clear` undoes it; `commit` or the next prompt makes it permanent. 409 while the session is running."
      )
  )
  .add(
    HttpApiEndpoint.post("revertClear", "/api/session/:sessionID/revert/clear")
      .setPath(SessionPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(SessionNotFoundError)
      .addError(InvalidRequestError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Clear a staged revert")
      .annotate(OpenApi.Description, "Puts the files back as they were before the revert was staged.")
  )
  .add(
    HttpApiEndpoint.post("revertCommit", "/api/session/:sessionID/revert/commit")
      .setPath(SessionPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(SessionNotFoundError)
      .addError(InvalidRequestError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Commit a staged revert")
      .annotate(OpenApi.Description, "The reverted messages leave the message view and the model's (the log keeps them).")
  )
  .add(
    HttpApiEndpoint.get("diff", "/api/session/:sessionID/diff")
      .setPath(SessionPath)
      .setUrlParams(Schema.Struct({ messageID: Schema.optional(Schema.String.pipe(Schema.maxLength(128))) }))
      .addSuccess(Data(Schema.Array(Wire.FileDiff)))
      .addError(SessionNotFoundError)
      .addError(InvalidRequestError)
      .annotate(OpenApi.Summary, "Session diff")
      .annotate(OpenApi.Description, "The files changed by a message's steps, or by the whole session so far, from the snapshots (docs/agents.md).")
  )
  .add(
    HttpApiEndpoint.post("compact", "/api/session/:sessionID/compact")
      .setPath(SessionPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(SessionNotFoundError)
      .addError(ConflictError)
      .addError(TooManyRequestsError)
      .annotate(OpenApi.Summary, "Compact session")
      .annotate(
        OpenApi.Description,
        "Queues a compaction of the conversation in the session's inbox, behind the prompts already queued: the model summarises it, " +
          "and later turns see the summary and what follows. The history keeps everything (docs/agents.md)."
      )
  )
  .add(
    HttpApiEndpoint.post("wait", "/api/session/:sessionID/wait")
      .setPath(SessionPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(SessionNotFoundError)
      .annotate(OpenApi.Summary, "Wait for session")
      .annotate(OpenApi.Description, "Returns when the session is idle.")
  )
  .add(
    HttpApiEndpoint.get("inbox", "/api/session/:sessionID/inbox")
      .setPath(SessionPath)
      .addSuccess(Data(Schema.Array(Wire.InboxEntry)))
      .addError(SessionNotFoundError)
      .annotate(OpenApi.Summary, "List pending inputs")
  )
  .add(
    HttpApiEndpoint.get("inboxGet", "/api/session/:sessionID/inbox/:inputID")
      .setPath(InputPath)
      .addSuccess(Data(Wire.InboxEntry))
      .addError(SessionNotFoundError)
      .addError(InputNotFoundError)
      .annotate(OpenApi.Summary, "Get an input")
  )
  .add(
    HttpApiEndpoint.patch("inboxUpdate", "/api/session/:sessionID/inbox/:inputID")
      .setPath(InputPath)
      .setPayload(Wire.SetDeliveryBody)
      .addSuccess(Data(Wire.InboxEntry))
      .addError(SessionNotFoundError)
      .addError(InputNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Switch a pending input between steer, queue and interrupt")
  )
  .add(
    HttpApiEndpoint.del("inboxCancel", "/api/session/:sessionID/inbox/:inputID")
      .setPath(InputPath)
      .addSuccess(Data(Wire.InboxEntry))
      .addError(SessionNotFoundError)
      .addError(InputNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Cancel a pending input")
  )
{}

export class MessagesGroup extends HttpApiGroup.make("message")
  .add(
    HttpApiEndpoint.get("messages", "/api/session/:sessionID/message")
      .setPath(SessionPath)
      .setUrlParams(Wire.MessagesParams)
      .addSuccess(Wire.SessionMessagesResponse)
      .addError(SessionNotFoundError)
      .addError(InvalidCursorError)
      .annotate(OpenApi.Summary, "Get session messages")
  )
  .add(
    HttpApiEndpoint.get("context", "/api/session/:sessionID/context")
      .setPath(SessionPath)
      .addSuccess(Data(Schema.Array(Wire.Message)))
      .addError(SessionNotFoundError)
      .annotate(OpenApi.Summary, "Get session context")
      .annotate(OpenApi.Description, "The messages the model is shown (all messages after the last compaction).")
  )
  .add(
    HttpApiEndpoint.get("message", "/api/session/:sessionID/message/:messageID")
      .setPath(MessagePath)
      .addSuccess(Data(Wire.Message))
      .addError(SessionNotFoundError)
      .addError(MessageNotFoundError)
      .annotate(OpenApi.Summary, "Get session message")
  )
  .add(
    HttpApiEndpoint.get("history", "/api/session/:sessionID/history")
      .setPath(SessionPath)
      .setUrlParams(Wire.HistoryParams)
      .addSuccess(Wire.SessionHistory)
      .addError(SessionNotFoundError)
      .addError(InvalidCursorError)
      .annotate(OpenApi.Summary, "Get session history")
      .annotate(OpenApi.Description, "One finite page of durable events after an exclusive cursor.")
  )
{}

export class EventsGroup extends HttpApiGroup.make("event")
  .add(
    HttpApiEndpoint.get("session", "/api/session/:sessionID/event")
      .setPath(SessionPath)
      .setUrlParams(Wire.StreamParams)
      .addSuccess(EventStream)
      .addError(SessionNotFoundError)
      .addError(InvalidCursorError)
      .annotate(OpenApi.Summary, "Subscribe to session events")
      .annotate(
        OpenApi.Description,
        "Server-sent events: durable events after `after` (or the `Last-Event-ID` header), then new ones as they commit. " +
          "Each frame's `id` is its cursor; `follow=false` ends at the present; `: heartbeat` comments keep idle streams open."
      )
  )
  .add(
    HttpApiEndpoint.get("global", "/api/event")
      .setUrlParams(Wire.StreamParams)
      .addSuccess(EventStream)
      .addError(InvalidCursorError)
      .annotate(OpenApi.Summary, "Subscribe to events")
      .annotate(OpenApi.Description, "Every session's durable events in commit order, with the same cursor rules.")
  )
{}

export class CatalogGroup extends HttpApiGroup.make("catalog")
  .add(HttpApiEndpoint.get("agents", "/api/agent").setUrlParams(LocationParams).addError(PathRefusedError).addSuccess(Wire.Listing(Wire.AgentInfo)).annotate(OpenApi.Summary, "List agents"))
  .add(
    HttpApiEndpoint.get("providers", "/api/provider").setUrlParams(LocationParams).addError(PathRefusedError).addSuccess(Wire.Listing(Wire.ProviderInfo))
      .annotate(OpenApi.Summary, "List providers")
  )
  .add(
    HttpApiEndpoint.get("provider", "/api/provider/:providerID")
      .setPath(Schema.Struct({ providerID: Schema.String.pipe(Schema.maxLength(256)) }))
      .setUrlParams(LocationParams)
      .addSuccess(Schema.Struct({ location: Wire.Location, data: Wire.ProviderInfo }))
      .addError(PathRefusedError)
      .addError(ProviderNotFoundError)
      .annotate(OpenApi.Summary, "Get provider")
  )
  .add(HttpApiEndpoint.get("models", "/api/model").setUrlParams(LocationParams).addError(PathRefusedError).addSuccess(Wire.Listing(Wire.ModelInfo)).annotate(OpenApi.Summary, "List models"))
  .add(
    HttpApiEndpoint.get("usage", "/api/usage")
      .setUrlParams(Wire.UsageParams)
      .addSuccess(Wire.UsageReport)
      .addError(InvalidRequestError)
      .annotate(OpenApi.Summary, "Usage report")
      .annotate(OpenApi.Description, "Tokens, turns and cost of the provider turns that ended in [from, to) (ms; default the last 30 days), by model, session or UTC day. Turns of unpriced models are counted in `unpriced`, not in `cost`.")
  )
  .add(HttpApiEndpoint.get("location", "/api/location").setUrlParams(LocationParams).addError(PathRefusedError).addSuccess(Wire.Location).annotate(OpenApi.Summary, "Get location"))
  .add(HttpApiEndpoint.get("health", "/api/health").addSuccess(Wire.Health).annotate(OpenApi.Summary, "Check server health"))
{}

const PermissionPath = Schema.Struct({ sessionID: Wire.SessionId, requestID: Ids.PermissionId })
const QuestionPath = Schema.Struct({ sessionID: Wire.SessionId, requestID: Ids.QuestionId })

export class PermissionsGroup extends HttpApiGroup.make("permission")
  .add(
    HttpApiEndpoint.post("create", "/api/session/:sessionID/permission")
      .setPath(SessionPath)
      .setPayload(Requests.PermissionCreateBody)
      .addSuccess(Data(Requests.PermissionCreated))
      .addError(SessionNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Create permission request")
      .annotate(
        OpenApi.Description,
        "Evaluates a client's own check against the session's rules (agent, config, session, saved approvals). " +
          "`allow` or `deny` is the answer; `ask` also records a durable pending request the client can reply to " +
          "like any other (the same `id` again answers with that request; 409 if it was another check)."
      )
  )
  .add(
    HttpApiEndpoint.get("list", "/api/session/:sessionID/permission")
      .setPath(SessionPath)
      .addSuccess(Data(Schema.Array(Requests.PermissionRequest)))
      .addError(SessionNotFoundError)
      .annotate(OpenApi.Summary, "List session permission requests")
      .annotate(OpenApi.Description, "Pending permission requests owned by a session, oldest first.")
  )
  .add(
    HttpApiEndpoint.get("get", "/api/session/:sessionID/permission/:requestID")
      .setPath(PermissionPath)
      .addSuccess(Data(Requests.PermissionRequest))
      .addError(SessionNotFoundError)
      .addError(PermissionNotFoundError)
      .annotate(OpenApi.Summary, "Get permission request")
  )
  .add(
    HttpApiEndpoint.post("reply", "/api/session/:sessionID/permission/:requestID/reply")
      .setPath(PermissionPath)
      .setPayload(Requests.PermissionReplyBody)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(SessionNotFoundError)
      .addError(PermissionNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Reply to pending permission request")
      .annotate(
        OpenApi.Description,
        "`once` lets the call run; `always` also saves its patterns (and releases other pending requests they allow); " +
          "`reject` refuses it — with `message` the model reads it as feedback and goes on, without one the activity ends. " +
          "A request takes one reply (409 after that)."
      )
  )
  .add(
    HttpApiEndpoint.get("requests", "/api/permission/request")
      .setUrlParams(LocationParams)
      .addError(PathRefusedError)
      .addSuccess(Wire.Listing(Requests.PermissionRequest))
      .annotate(OpenApi.Summary, "List pending permission requests")
  )
  .add(
    HttpApiEndpoint.get("saved", "/api/permission/saved")
      .setUrlParams(Schema.Struct({ projectID: Schema.optional(Schema.String) }))
      .addSuccess(Data(Schema.Array(Requests.SavedPermission)))
      .annotate(OpenApi.Summary, "List saved permissions")
  )
  .add(
    HttpApiEndpoint.del("removeSaved", "/api/permission/saved/:id")
      .setPath(Schema.Struct({ id: Schema.String }))
      .addSuccess(HttpApiSchema.NoContent)
      .addError(PermissionNotFoundError)
      .annotate(OpenApi.Summary, "Remove saved permission")
  )
{}

export class QuestionsGroup extends HttpApiGroup.make("question")
  .add(
    HttpApiEndpoint.get("list", "/api/session/:sessionID/question")
      .setPath(SessionPath)
      .addSuccess(Data(Schema.Array(Requests.QuestionRequest)))
      .addError(SessionNotFoundError)
      .annotate(OpenApi.Summary, "List session question requests")
  )
  .add(
    HttpApiEndpoint.get("requests", "/api/question/request")
      .setUrlParams(LocationParams)
      .addError(PathRefusedError)
      .addSuccess(Wire.Listing(Requests.QuestionRequest))
      .annotate(OpenApi.Summary, "List pending question requests")
  )
  .add(
    HttpApiEndpoint.post("reply", "/api/session/:sessionID/question/:requestID/reply")
      .setPath(QuestionPath)
      .setPayload(Requests.QuestionReplyBody)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(SessionNotFoundError)
      .addError(QuestionNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Reply to pending question request")
  )
  .add(
    HttpApiEndpoint.post("reject", "/api/session/:sessionID/question/:requestID/reject")
      .setPath(QuestionPath)
      .addSuccess(HttpApiSchema.NoContent)
      .addError(SessionNotFoundError)
      .addError(QuestionNotFoundError)
      .addError(ConflictError)
      .annotate(OpenApi.Summary, "Reject pending question request")
  )
{}

export class Api extends HttpApi.make("ratchet")
  .add(SessionsGroup)
  .add(MessagesGroup)
  .add(EventsGroup)
  .add(CatalogGroup)
  .add(PermissionsGroup)
  .add(QuestionsGroup)
  .add(FilesGroup)
  .add(DefinitionsGroup)
  .add(McpGroup)
  .add(AccessGroup)
  .add(V1SessionGroup)
  .add(V1EventGroup)
  .add(V1RequestGroup)
  .add(V1AppGroup)
  .add(V1FileGroup)
  .addError(InvalidRequestError)
  .addError(ForbiddenError)
  .addError(PayloadTooLargeError)
  .addError(UnsupportedMediaTypeError)
  .addError(RouteNotFoundError)
  .addError(ServiceUnavailableError)
  .addError(BudgetExceededError)
  .middleware(Authorization)
  .middleware(Access)
  .annotate(OpenApi.Transform, clean)
  .annotate(OpenApi.Title, "Ratchet")
  .annotate(OpenApi.Version, "0.1.0")
  .annotate(
    OpenApi.Description,
    "Durable LLM agent sessions. Routes follow opencode's v2 API; see docs/api.md."
  )
{}
