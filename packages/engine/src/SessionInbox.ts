/**
 * The session inbox: durable admission of inputs, idempotent by the
 * client's message id, and the pending inputs a run will promote.
 *
 * Admission is one append (`prompt.admitted`); the `session_input` row is its
 * projection, written in the same transaction. The same id with the same
 * prompt and delivery is a no-op returning the first admission; with
 * anything else it is a `PromptConflict`, and nothing is written.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import {
  type Delivery,
  Events,
  Ids,
  InputNotFound,
  InputNotPending,
  type InvalidInput,
  type MessageId,
  type Prompt,
  PromptConflict,
  type SequenceConflict,
  type SessionId,
  type SessionInput,
  type SessionNotFound
} from "@ratchet/schema"
import { Principal } from "@ratchet/schema"
import { Context, Effect, Layer, Option, Schedule } from "effect"
import { SessionWriter } from "@ratchet/store"

export interface AdmitInput {
  /** Client-supplied for idempotency; generated when absent. */
  readonly id?: MessageId
  readonly prompt: Prompt
  readonly delivery: Delivery
  /** `false`: admit without starting the loop, and do not run it on a restart either. */
  readonly resume?: false
  /** `compact`: a request to compact the conversation, ordered with the prompts. */
  readonly kind?: "compact"
  /** Who admits it (an API key id, `password`, `token`): recorded, and its turns are counted against them. */
  readonly by?: string
}

export interface Admission {
  readonly input: SessionInput
  /** False when this id had already been admitted with the same body: nothing was written. */
  readonly created: boolean
}

export type AdmitError = SessionNotFound | PromptConflict | InvalidInput | SequenceConflict

export interface SessionInboxService {
  readonly admit: (sessionId: SessionId, input: AdmitInput) => Effect.Effect<Admission, AdmitError>
  readonly get: (sessionId: SessionId, id: string) => Effect.Effect<Option.Option<SessionInput>>
  /** How many inputs are pending (the admission bound's check; no rows are read). */
  readonly pendingCount: (sessionId: SessionId) => Effect.Effect<number>
  /** Inputs in admission order; only pending ones unless `all`. */
  readonly list: (sessionId: SessionId, options?: { readonly all?: boolean }) => Effect.Effect<ReadonlyArray<SessionInput>>
  readonly cancel: (
    sessionId: SessionId,
    id: string
  ) => Effect.Effect<SessionInput, InputNotFound | InputNotPending | SessionNotFound | InvalidInput | SequenceConflict>
  readonly setDelivery: (
    sessionId: SessionId,
    id: string,
    delivery: Delivery
  ) => Effect.Effect<SessionInput, InputNotFound | InputNotPending | SessionNotFound | InvalidInput | SequenceConflict>
}

export class SessionInbox extends Context.Tag("@ratchet/engine/SessionInbox")<SessionInbox, SessionInboxService>() {}

interface InputRow {
  readonly id: string
  readonly session_id: string
  readonly prompt: string
  readonly delivery: string
  readonly state: string
  readonly admitted_seq: number | string
  readonly promoted_seq: number | string | null
  readonly time_admitted: number | string
  readonly time_promoted: number | string | null
  readonly kind: string | null
  readonly admitted_by: string | null
}

const toInput = (r: InputRow): SessionInput => ({
  id: r.id,
  sessionID: r.session_id as SessionId,
  prompt: JSON.parse(r.prompt) as Prompt,
  delivery: r.delivery as Delivery,
  ...(r.kind === "compact" ? { kind: "compact" as const } : {}),
  state: r.state as SessionInput["state"],
  ...(r.admitted_by === null || r.admitted_by === undefined ? {} : { by: r.admitted_by }),
  admittedSeq: Number(r.admitted_seq),
  ...(r.promoted_seq === null ? {} : { promotedSeq: Number(r.promoted_seq) }),
  time: {
    admitted: Number(r.time_admitted),
    ...(r.time_promoted === null ? {} : { promoted: Number(r.time_promoted) })
  }
})

/** JSON with sorted keys: the same prompt compares equal however its keys were ordered. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v)

const sameBody = (input: SessionInput, sessionId: SessionId, body: AdmitInput) =>
  input.sessionID === sessionId && input.delivery === body.delivery && input.kind === body.kind && canonical(input.prompt) === canonical(body.prompt)

// another process appending to the same session: re-read and try again, a few times
const onConflict = { while: (e: { readonly _tag: string }) => e._tag === "SequenceConflict", times: 5, schedule: Schedule.spaced("5 millis") }

export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const writer = yield* SessionWriter.SessionWriter

  // message ids are the client's: unique within their session only
  const byId = (sessionId: SessionId, id: string) =>
    sql<InputRow>`SELECT * FROM session_input WHERE session_id = ${sessionId} AND id = ${id}`.pipe(
      Effect.map((rows) => Option.map(Option.fromNullable(rows[0]), toInput)),
      Effect.orDie
    )

  const get: SessionInboxService["get"] = (sessionId, id) =>
    byId(sessionId, id)

  const list: SessionInboxService["list"] = (sessionId, options = {}) =>
    (options.all === true
      ? sql<InputRow>`SELECT * FROM session_input WHERE session_id = ${sessionId} ORDER BY admitted_seq`
      : sql<InputRow>`SELECT * FROM session_input WHERE session_id = ${sessionId} AND state = 'pending' ORDER BY admitted_seq`)
      .pipe(Effect.map((rows) => rows.map(toInput)), Effect.orDie)

  const existing = (sessionId: SessionId, body: AdmitInput & { readonly id: MessageId }) =>
    Effect.flatMap(byId(sessionId, body.id), (found) => {
      if (Option.isNone(found)) return Effect.succeed(Option.none<Admission>())
      return sameBody(found.value, sessionId, body)
        ? Effect.succeed(Option.some<Admission>({ input: found.value, created: false }))
        : Effect.fail(new PromptConflict({ sessionID: sessionId, messageID: body.id }))
    })

  const admit: SessionInboxService["admit"] = (sessionId, input) =>
    Effect.gen(function*() {
      // who admits it: the caller's say, or the request's credential
      const actor = yield* Principal.Principal
      const body = { ...input, id: input.id ?? Ids.newMessageId(), ...(input.by === undefined ? Principal.byField(actor) : { by: input.by }) }
      // append first: an unknown or deleted session is refused by the append itself
      // (SessionNotFound), and an id admitted before is refused by the inbox row's key
      // (nothing written) — only then is the earlier admission read and compared
      const appended = yield* writer.append(sessionId, [
        Events.make("session.next.prompt.admitted", {
          messageID: body.id,
          prompt: body.prompt,
          delivery: body.delivery,
          ...(body.resume === false ? { resume: false as const } : {}),
          ...(body.kind === undefined ? {} : { kind: body.kind }),
          ...(body.by === undefined ? {} : { by: body.by })
        })
      ]).pipe(
        Effect.map((r) => Option.some(r.events[0]!)),
        Effect.catchIf((e) => e._tag === "InvalidInput" && e.message.includes("duplicate"), () => Effect.succeed(Option.none()))
      )
      if (Option.isSome(appended)) {
        const e = appended.value
        return {
          created: true,
          input: {
            id: body.id,
            sessionID: sessionId,
            prompt: body.prompt,
            delivery: body.delivery,
            ...(body.kind === undefined ? {} : { kind: body.kind }),
            ...(body.by === undefined ? {} : { by: body.by }),
            state: "pending" as const,
            admittedSeq: e.seq,
            time: { admitted: e.created }
          }
        }
      }
      const after = yield* existing(sessionId, body)
      if (Option.isNone(after)) return yield* Effect.dieMessage(`admitted input ${body.id} has no inbox row`)
      return after.value
    }).pipe(Effect.retry(onConflict), Effect.withSpan("SessionInbox.admit"))

  const change = (
    sessionId: SessionId,
    id: string,
    event: (messageID: MessageId) => Events.EventOf<"session.next.prompt.cancelled" | "session.next.prompt.delivery.changed">
  ) =>
    Effect.gen(function*() {
      const found = yield* get(sessionId, id)
      if (Option.isNone(found)) return yield* new InputNotFound({ sessionID: sessionId, messageID: id })
      if (found.value.state !== "pending") {
        return yield* new InputNotPending({ messageID: id, state: found.value.state })
      }
      yield* writer.append(sessionId, [event(id as MessageId)])
      return Option.getOrThrow(yield* get(sessionId, id))
    }).pipe(Effect.retry(onConflict))

  return SessionInbox.of({
    admit,
    pendingCount: (sessionId) =>
      sql<{ readonly n: number | string }>`SELECT count(*) AS n FROM session_input WHERE session_id = ${sessionId} AND state = 'pending'`
        .pipe(Effect.map((rows) => Number(rows[0]?.n ?? 0)), Effect.orDie),
    get,
    list,
    cancel: (sessionId, id) =>
      change(sessionId, id, (messageID) => Events.make("session.next.prompt.cancelled", { messageID })),
    setDelivery: (sessionId, id, delivery) =>
      change(sessionId, id, (messageID) => Events.make("session.next.prompt.delivery.changed", { messageID, delivery }))
  })
})

export const layer: Layer.Layer<SessionInbox, never, SqlClient.SqlClient | SessionWriter.SessionWriter> = Layer.effect(
  SessionInbox,
  make
)
