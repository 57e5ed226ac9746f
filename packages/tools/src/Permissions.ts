/**
 * The permission service: decides whether a tool call may run, and when a
 * rule says `ask`, makes that question durable and waits for its answer.
 *
 * Rules are merged, lowest precedence first: the agent's defaults, the
 * config's, the session's own, then the approvals saved by `always` replies
 * (PermissionRules: the last match wins). An `ask` appends
 * `permission.asked` (its row is the `permission_request` projection) and
 * parks the call until `reply`: `once` and `always` let it run (`always`
 * also saves its patterns and releases other pending requests they now
 * allow), `reject` refuses it — with feedback the model reads when a message
 * is given, ending the activity when not.
 *
 * A request is keyed by its tool call: a call re-run after a restart finds
 * the request it asked before (still pending, or answered meanwhile) instead
 * of asking again.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import {
  Events,
  Ids,
  type JsonObject,
  type MessageId,
  type PermissionAction,
  type PermissionId,
  PermissionNotFound,
  type PermissionReply,
  type PermissionRequestInfo,
  type PermissionRule,
  RequestConflict,
  RequestNotPending,
  type SavedPermissionInfo,
  type SessionId
} from "@ratchet/schema"
import { Principal } from "@ratchet/schema"
import { Context, Deferred, Duration, Effect, Either, Layer, Metric, MetricBoundaries, Option } from "effect"
import * as PermissionRules from "./PermissionRules.js"
import { RequestWaiters } from "./RequestWaiters.js"
import { EventNotifier, SessionWriter, type EventStore } from "@ratchet/store"
import { answeredElsewhere } from "./internal/answeredElsewhere.js"

export interface PermissionConfigShape {
  /** The config file's rules (after the agent's defaults, before the session's). */
  readonly rules: ReadonlyArray<PermissionRule>
}

export class PermissionConfig extends Context.Reference<PermissionConfig>()("@ratchet/tools/PermissionConfig", {
  defaultValue: (): PermissionConfigShape => ({ rules: [] })
}) {}

export interface Ask {
  readonly sessionId: SessionId
  /** The permission key (`bash`, `edit`, `mcp:server:tool` …). */
  readonly permission: string
  /** What this call touches: paths, a command, a URL. Every one must be allowed. */
  readonly patterns: ReadonlyArray<string>
  /** The patterns an `always` reply saves (default: `patterns`). */
  readonly always?: ReadonlyArray<string>
  readonly messageId?: MessageId
  readonly callId?: string
  readonly metadata?: JsonObject
  /** Agent, config and session rules, merged (saved approvals are added here). */
  readonly rules: ReadonlyArray<PermissionRule>
  /** The call is re-run after a restart: the request it asked before (if any) decides. */
  readonly resumed?: boolean
  /** The call's step was stopped: the request is rejected as soon as it is recorded (`ToolContext.abandoned`). */
  readonly abandoned?: () => boolean
}

export type Decision =
  | { readonly _tag: "Allowed" }
  | { readonly _tag: "Denied" }
  | { readonly _tag: "Rejected"; readonly message?: string }

interface Answer {
  readonly reply: PermissionReply
  readonly message?: string
}

export type ReplyError = PermissionNotFound | RequestNotPending | EventStore.AppendError

export interface PermissionsService {
  /** Saved approvals as rules (`allow`), oldest first. */
  readonly savedRules: Effect.Effect<ReadonlyArray<PermissionRule>>
  /** Evaluates `ask`; on `ask`, records a durable request and waits for its reply. */
  readonly check: (ask: Ask) => Effect.Effect<Decision, EventStore.AppendError>
  readonly reply: (
    sessionId: SessionId,
    requestId: string,
    reply: PermissionReply,
    message?: string
  ) => Effect.Effect<void, ReplyError>
  readonly get: (sessionId: SessionId, requestId: string) => Effect.Effect<Option.Option<PermissionRequestInfo>>
  /** Pending requests of one session, or of all, oldest first. */
  readonly pending: (sessionId?: SessionId) => Effect.Effect<ReadonlyArray<PermissionRequestInfo>>
  readonly saved: Effect.Effect<ReadonlyArray<SavedPermissionInfo>>
  readonly removeSaved: (id: string) => Effect.Effect<void, PermissionNotFound | EventStore.AppendError>
  /**
   * A client's own check (no tool call waits on it): the rules' answer, and on `ask` a durable
   * pending request, answered later like any other. `requestId` makes it idempotent: the same id
   * with the same check answers with that request.
   */
  readonly request: (ask: Ask & { readonly requestId?: PermissionId }) => Effect.Effect<
    { readonly id: PermissionId; readonly effect: PermissionAction },
    RequestConflict | EventStore.AppendError
  >
  /** Rejects every pending request of the session (an interrupt); returns how many. */
  readonly rejectPending: (sessionId: SessionId) => Effect.Effect<number>
}

const asked = (ask: Ask, requestID: PermissionId) =>
  Events.make("session.next.permission.asked", {
    requestID,
    permission: ask.permission,
    patterns: ask.patterns,
    always: ask.always ?? ask.patterns,
    ...(ask.messageId === undefined ? {} : { messageID: ask.messageId }),
    ...(ask.callId === undefined ? {} : { callID: ask.callId }),
    ...(ask.metadata === undefined ? {} : { metadata: ask.metadata })
  })

export class Permissions extends Context.Tag("@ratchet/tools/Permissions")<Permissions, PermissionsService>() {}

interface RequestRow {
  readonly id: string
  readonly session_id: string
  readonly permission: string
  readonly patterns: string
  readonly always: string
  readonly message_id: string | null
  readonly call_id: string | null
  readonly metadata: string | null
  readonly state: string
  readonly reply: string | null
  readonly message: string | null
  readonly time_created: number | string
  readonly time_replied: number | string | null
}

const toRequest = (r: RequestRow): PermissionRequestInfo => ({
  id: r.id,
  sessionID: r.session_id as SessionId,
  permission: r.permission,
  patterns: JSON.parse(r.patterns) as Array<string>,
  always: JSON.parse(r.always) as Array<string>,
  ...(r.message_id === null ? {} : { messageID: r.message_id }),
  ...(r.call_id === null ? {} : { callID: r.call_id }),
  ...(r.metadata === null ? {} : { metadata: JSON.parse(r.metadata) as JsonObject }),
  state: r.state as PermissionRequestInfo["state"],
  ...(r.reply === null ? {} : { reply: r.reply as PermissionReply }),
  ...(r.message === null ? {} : { message: r.message }),
  time: { created: Number(r.time_created), ...(r.time_replied === null ? {} : { replied: Number(r.time_replied) }) }
})

const decide = (answer: Answer): Decision =>
  answer.reply === "reject"
    ? answer.message === undefined || answer.message.trim() === ""
      ? { _tag: "Rejected" }
      : { _tag: "Rejected", message: answer.message }
    : { _tag: "Allowed" }

const answerOf = (r: PermissionRequestInfo): Answer | undefined =>
  r.reply === undefined ? undefined : r.message === undefined ? { reply: r.reply } : { reply: r.reply, message: r.message }

/** How long tool calls waited for a person's permission reply (docs/operations.md). */
const permissionWaitSeconds = Metric.histogram(
  "ratchet_permission_wait_seconds",
  MetricBoundaries.exponential({ start: 0.5, factor: 2, count: 14 }),
  "time a tool call waited for its permission reply, by reply"
)

export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const writer = yield* SessionWriter.SessionWriter
  const waiters = yield* RequestWaiters
  const notifier = yield* EventNotifier.EventNotifier

  const rows = (query: Effect.Effect<ReadonlyArray<RequestRow>, unknown>) =>
    Effect.orDie(Effect.map(query, (rs) => rs.map(toRequest)))

  const get: PermissionsService["get"] = (sessionId, requestId) =>
    Effect.map(
      rows(sql<RequestRow>`SELECT * FROM permission_request WHERE id = ${requestId} AND session_id = ${sessionId}`),
      (rs) => Option.fromNullable(rs[0])
    )

  const pending: PermissionsService["pending"] = (sessionId) =>
    rows(
      sessionId === undefined
        ? sql<RequestRow>`SELECT * FROM permission_request WHERE state = 'pending' ORDER BY time_created, id`
        : sql<RequestRow>`SELECT * FROM permission_request WHERE session_id = ${sessionId} AND state = 'pending'
            ORDER BY time_created, id`
    )

  const saved: PermissionsService["saved"] = sql<{
    readonly id: string
    readonly session_id: string
    readonly permission: string
    readonly pattern: string
    readonly time_created: number | string
  }>`SELECT * FROM permission_saved ORDER BY time_created, id`.pipe(
    Effect.map((rs) =>
      rs.map((r) => ({
        id: r.id,
        sessionID: r.session_id as SessionId,
        permission: r.permission,
        pattern: r.pattern,
        time: { created: Number(r.time_created) }
      }))
    ),
    Effect.orDie
  )

  const savedRules = Effect.map(saved, (rs) => rs.map((r) => ({ permission: r.permission, pattern: r.pattern, action: "allow" as const })))
  /** The approvals saved in this session's project: one project's "always" never allows anything in another's. */
  const savedRulesFor = (sessionId: SessionId) =>
    sql<{ readonly permission: string; readonly pattern: string }>`SELECT permission, pattern FROM permission_saved
      WHERE project = coalesce((SELECT project FROM session WHERE id = ${sessionId}), 'default') ORDER BY time_created, id`.pipe(
      Effect.map((rs) => rs.map((r) => ({ permission: r.permission, pattern: r.pattern, action: "allow" as const }))),
      Effect.orDie
    )

  /** The request a call asked before for this permission, if any (a call re-run after a restart). */
  const previous = (ask: Ask) =>
    ask.callId === undefined
      ? Effect.succeed(Option.none<PermissionRequestInfo>())
      : Effect.map(
        rows(sql<RequestRow>`SELECT * FROM permission_request WHERE session_id = ${ask.sessionId} AND call_id = ${ask.callId}
          AND permission = ${ask.permission} ORDER BY time_created DESC, id DESC`),
        (rs) => Option.fromNullable(rs[0])
      )

  /** The action the rules give; saved approvals only allow, so an allow needs no read of them. */
  const evaluate = (ask: Ask) =>
    Effect.gen(function*() {
      const base: PermissionAction = PermissionRules.evaluateAll(ask.rules, ask.permission, ask.patterns)
      if (base === "allow") return base
      return PermissionRules.evaluateAll(PermissionRules.merge(ask.rules, yield* savedRulesFor(ask.sessionId)), ask.permission, ask.patterns)
    })

  /** Waits for `requestId`'s answer; `alreadyAsked`: it is in the log (a re-run call), else it is recorded here. */
  const awaitAnswer = (ask: Ask, requestId: PermissionId, alreadyAsked: boolean) =>
    waiters.waitFor<Answer, Decision, EventStore.AppendError, never>(ask.sessionId, requestId, (deferred) =>
      Effect.gen(function*() {
        if (alreadyAsked) {
          // registered first, then read again: a reply that landed in between is seen here
          const answered = Option.flatMapNullable(yield* get(ask.sessionId, requestId), answerOf)
          if (Option.isSome(answered)) return decide(answered.value)
        } else {
          yield* writer.append(ask.sessionId, [
            asked(ask, requestId)
          ])
        }
        // its step was stopped meanwhile: nobody is to be asked (a reply that won the race stands)
        if (ask.abandoned?.() === true) {
          const refused = yield* Effect.either(append(ask.sessionId, requestId, { reply: "reject" }))
          if (Either.isRight(refused)) return decide({ reply: "reject" })
        }
        // answered here (the waiter), or through another process (read back from the log)
        const elsewhere = answeredElsewhere(notifier, ask.sessionId, Effect.map(get(ask.sessionId, requestId), Option.flatMapNullable(answerOf)))
        const [waited, answer] = yield* Effect.raceFirst(Deferred.await(deferred), elsewhere).pipe(
          Effect.withSpan("ratchet.permission.wait", { attributes: { "ratchet.permission": ask.permission, "ratchet.request.id": requestId } }),
          Effect.timed
        )
        yield* Metric.update(Metric.tagged(permissionWaitSeconds, "reply", answer.reply), Duration.toMillis(waited) / 1000)
        return decide(answer)
      }))

  const check: PermissionsService["check"] = (ask) =>
    Effect.gen(function*() {
      // a call re-run after a restart is decided by the request it asked before, whatever the rules say now
      if (ask.resumed === true) {
        const before = yield* previous(ask)
        if (Option.isSome(before)) return yield* awaitAnswer(ask, before.value.id as PermissionId, true)
      }
      const action = yield* evaluate(ask)
      if (action === "allow") return { _tag: "Allowed" } as const
      if (action === "deny") return { _tag: "Denied" } as const
      return yield* awaitAnswer(ask, Ids.newPermissionId(), false)
    })

  const append = (sessionId: SessionId, requestId: string, answer: Answer, saved?: ReadonlyArray<{ readonly id: string; readonly permission: string; readonly pattern: string }>) =>
    Effect.flatMap(Principal.Principal, (actor) =>
      writer.append(sessionId, [
        Events.make("session.next.permission.replied", {
          requestID: requestId as PermissionId,
          reply: answer.reply,
          ...(answer.message === undefined ? {} : { message: answer.message }),
          ...(saved === undefined || saved.length === 0 ? {} : { saved }),
          ...Principal.byField(actor)
        })
      ]))

  const reply: PermissionsService["reply"] = (sessionId, requestId, replyKind, message) =>
    Effect.gen(function*() {
      const found = yield* get(sessionId, requestId)
      if (Option.isNone(found)) return yield* new PermissionNotFound({ requestID: requestId })
      const request = found.value
      if (request.state !== "pending") return yield* new RequestNotPending({ requestID: requestId, state: request.state })
      const answer: Answer = message === undefined ? { reply: replyKind } : { reply: replyKind, message }
      const toSave = replyKind === "always"
        ? request.always.map((pattern) => ({ id: Ids.newSavedRuleId(), permission: request.permission, pattern }))
        : []
      yield* append(sessionId, requestId, answer, toSave).pipe(
        // the projection refuses a second reply: someone answered between the read and the append
        Effect.catchTag("InvalidInput", () => Effect.fail(new RequestNotPending({ requestID: requestId, state: "answered" })))
      )
      yield* waiters.resolve(requestId, answer)
      if (toSave.length > 0) yield* releaseAllowed
    })

  /** Pending requests that the saved approvals now allow are answered `once`. */
  const releaseAllowed = Effect.gen(function*() {
    for (const request of yield* pending()) {
      const rules = yield* savedRulesFor(request.sessionID)
      if (PermissionRules.evaluateAll(rules, request.permission, request.patterns, "ask") !== "allow") continue
      const answer: Answer = { reply: "once" }
      const done = yield* Effect.either(append(request.sessionID, request.id, answer))
      if (done._tag === "Right") yield* waiters.resolve(request.id, answer)
    }
  })

  const removeSaved: PermissionsService["removeSaved"] = (id) =>
    Effect.gen(function*() {
      const found = (yield* saved).find((s) => s.id === id)
      if (found === undefined) return yield* new PermissionNotFound({ requestID: id })
      yield* writer.append(found.sessionID, [Events.make("session.next.permission.unsaved", { savedID: id })])
    })

  const rejectPending: PermissionsService["rejectPending"] = (sessionId) =>
    Effect.gen(function*() {
      let n = 0
      for (const request of yield* pending(sessionId)) {
        const answer: Answer = { reply: "reject" }
        const done = yield* Effect.either(append(sessionId, request.id, answer))
        if (done._tag === "Left") continue
        n++
        yield* waiters.resolve(request.id, answer)
      }
      return n
    })

  const request: PermissionsService["request"] = (ask) =>
    Effect.gen(function*() {
      if (ask.requestId !== undefined) {
        const [found] = yield* rows(sql<RequestRow>`SELECT * FROM permission_request WHERE id = ${ask.requestId}`)
        if (found !== undefined) {
          const same = found.sessionID === ask.sessionId && found.permission === ask.permission &&
            JSON.stringify(found.patterns) === JSON.stringify(ask.patterns)
          if (!same) return yield* new RequestConflict({ requestID: ask.requestId, sessionID: ask.sessionId })
          return { id: ask.requestId, effect: "ask" as const }
        }
      }
      const id = ask.requestId ?? Ids.newPermissionId()
      const effect = yield* evaluate(ask)
      if (effect !== "ask") return { id, effect }
      yield* writer.append(ask.sessionId, [
        asked(ask, id)
      ])
      return { id, effect }
    })

  return Permissions.of({ savedRules, check, reply, get, pending, saved, removeSaved, rejectPending, request })
})

export const layer: Layer.Layer<Permissions, never, SqlClient.SqlClient | SessionWriter.SessionWriter | RequestWaiters | EventNotifier.EventNotifier> = Layer.effect(
  Permissions,
  make
)
