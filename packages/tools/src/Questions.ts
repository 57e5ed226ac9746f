/**
 * Durable questions to the user (the `question` tool): `question.asked`
 * records the request (`question_request`), and the call waits until the
 * user answers (`question.replied`, one list of labels per question) or
 * rejects it (`question.rejected`). Like permission requests, a question is
 * keyed by its tool call, so a call re-run after a restart waits on the
 * question it asked before.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import {
  Events,
  Ids,
  InvalidInput,
  type MessageId,
  type QuestionId,
  type QuestionInfo,
  QuestionNotFound,
  type QuestionRequestInfo,
  RequestNotPending,
  type SessionId
} from "@ratchet/schema"
import { Principal } from "@ratchet/schema"
import { Context, Deferred, Effect, Either, Layer, Option } from "effect"
import { RequestWaiters } from "./RequestWaiters.js"
import { EventNotifier, SessionWriter, type EventStore } from "@ratchet/store"
import { answeredElsewhere } from "./internal/answeredElsewhere.js"

export type Answer =
  | { readonly _tag: "Answered"; readonly answers: ReadonlyArray<ReadonlyArray<string>> }
  | { readonly _tag: "Rejected" }

export interface AskQuestions {
  readonly sessionId: SessionId
  readonly questions: ReadonlyArray<QuestionInfo>
  readonly messageId?: MessageId
  readonly callId?: string
  /** The call is re-run after a restart: wait on the question it asked before, if any. */
  readonly resumed?: boolean
  /** The call's step was stopped: the question is rejected as soon as it is recorded (`ToolContext.abandoned`). */
  readonly abandoned?: () => boolean
}

export type ReplyError = QuestionNotFound | RequestNotPending | InvalidInput | EventStore.AppendError

export interface QuestionsService {
  readonly ask: (ask: AskQuestions) => Effect.Effect<Answer, EventStore.AppendError>
  readonly reply: (
    sessionId: SessionId,
    requestId: string,
    answers: ReadonlyArray<ReadonlyArray<string>>
  ) => Effect.Effect<void, ReplyError>
  readonly reject: (sessionId: SessionId, requestId: string) => Effect.Effect<void, ReplyError>
  readonly get: (sessionId: SessionId, requestId: string) => Effect.Effect<Option.Option<QuestionRequestInfo>>
  readonly pending: (sessionId?: SessionId) => Effect.Effect<ReadonlyArray<QuestionRequestInfo>>
  /** Rejects every pending question of the session (an interrupt); returns how many. */
  readonly rejectPending: (sessionId: SessionId) => Effect.Effect<number>
}

export class Questions extends Context.Tag("@ratchet/tools/Questions")<Questions, QuestionsService>() {}

interface Row {
  readonly id: string
  readonly session_id: string
  readonly questions: string
  readonly message_id: string | null
  readonly call_id: string | null
  readonly state: string
  readonly answers: string | null
  readonly time_created: number | string
  readonly time_replied: number | string | null
}

const toRequest = (r: Row): QuestionRequestInfo => ({
  id: r.id,
  sessionID: r.session_id as SessionId,
  questions: JSON.parse(r.questions) as Array<QuestionInfo>,
  ...(r.message_id === null ? {} : { messageID: r.message_id }),
  ...(r.call_id === null ? {} : { callID: r.call_id }),
  state: r.state as QuestionRequestInfo["state"],
  ...(r.answers === null ? {} : { answers: JSON.parse(r.answers) as Array<Array<string>> }),
  time: { created: Number(r.time_created), ...(r.time_replied === null ? {} : { replied: Number(r.time_replied) }) }
})

const answerOf = (r: QuestionRequestInfo): Answer | undefined =>
  r.state === "rejected" ? { _tag: "Rejected" } : r.state === "replied" ? { _tag: "Answered", answers: r.answers ?? [] } : undefined

export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const writer = yield* SessionWriter.SessionWriter
  const waiters = yield* RequestWaiters
  const notifier = yield* EventNotifier.EventNotifier

  const rows = (query: Effect.Effect<ReadonlyArray<Row>, unknown>) => Effect.orDie(Effect.map(query, (rs) => rs.map(toRequest)))

  const get: QuestionsService["get"] = (sessionId, requestId) =>
    Effect.map(rows(sql<Row>`SELECT * FROM question_request WHERE id = ${requestId} AND session_id = ${sessionId}`), (rs) =>
      Option.fromNullable(rs[0]))

  const pending: QuestionsService["pending"] = (sessionId) =>
    rows(
      sessionId === undefined
        ? sql<Row>`SELECT * FROM question_request WHERE state = 'pending' ORDER BY time_created, id`
        : sql<Row>`SELECT * FROM question_request WHERE session_id = ${sessionId} AND state = 'pending' ORDER BY time_created, id`
    )

  const ask: QuestionsService["ask"] = (request) =>
    Effect.gen(function*() {
      const before = request.callId === undefined || request.resumed !== true
        ? Option.none<QuestionRequestInfo>()
        : Option.fromNullable((yield* rows(sql<Row>`SELECT * FROM question_request WHERE session_id = ${request.sessionId}
            AND call_id = ${request.callId} ORDER BY time_created DESC, id DESC`))[0])
      const requestId = Option.match(before, { onNone: () => Ids.newQuestionId(), onSome: (r) => r.id as QuestionId })
      return yield* waiters.waitFor<Answer, Answer, EventStore.AppendError, never>(request.sessionId, requestId, (deferred) =>
        Effect.gen(function*() {
          if (Option.isSome(before)) {
            const answered = Option.flatMapNullable(yield* get(request.sessionId, requestId), answerOf)
            if (Option.isSome(answered)) return answered.value
          } else {
            yield* writer.append(request.sessionId, [
              Events.make("session.next.question.asked", {
                requestID: requestId,
                questions: request.questions,
                ...(request.messageId === undefined ? {} : { messageID: request.messageId }),
                ...(request.callId === undefined ? {} : { callID: request.callId })
              })
            ])
          }
          // its step was stopped meanwhile: nobody is to be asked (an answer that won the race stands)
          if (request.abandoned?.() === true) {
            const refused = yield* Effect.either(rejectOne(request.sessionId, requestId))
            if (Either.isRight(refused)) return { _tag: "Rejected" } satisfies Answer
          }
          // answered here (the waiter), or through another process (read back from the log)
          return yield* Effect.raceFirst(
            Deferred.await(deferred),
            answeredElsewhere(notifier, request.sessionId, Effect.map(get(request.sessionId, requestId), Option.flatMapNullable(answerOf)))
          )
        }))
    })

  const mustBePending = (sessionId: SessionId, requestId: string) =>
    Effect.gen(function*() {
      const found = yield* get(sessionId, requestId)
      if (Option.isNone(found)) return yield* new QuestionNotFound({ requestID: requestId })
      if (found.value.state !== "pending") return yield* new RequestNotPending({ requestID: requestId, state: found.value.state })
      return found.value
    })

  const answeredMeanwhile = (requestId: string) => () => Effect.fail(new RequestNotPending({ requestID: requestId, state: "answered" }))

  const reply: QuestionsService["reply"] = (sessionId, requestId, answers) =>
    Effect.gen(function*() {
      const request = yield* mustBePending(sessionId, requestId)
      if (answers.length !== request.questions.length) {
        return yield* new InvalidInput({
          field: "answers",
          reason: `expected ${request.questions.length} answer(s), one per question, got ${answers.length}`
        })
      }
      const actor = yield* Principal.Principal
      yield* writer.append(sessionId, [
        Events.make("session.next.question.replied", { requestID: requestId as QuestionId, answers: answers.map((a) => [...a]), ...Principal.byField(actor) })
      ]).pipe(Effect.catchTag("InvalidInput", answeredMeanwhile(requestId)))
      yield* waiters.resolve(requestId, { _tag: "Answered", answers } satisfies Answer)
    })

  const rejectOne = (sessionId: SessionId, requestId: string) =>
    Effect.zipRight(
      Effect.flatMap(Principal.Principal, (actor) =>
        writer.append(sessionId, [Events.make("session.next.question.rejected", { requestID: requestId as QuestionId, ...Principal.byField(actor) })])).pipe(
        Effect.catchTag("InvalidInput", answeredMeanwhile(requestId))
      ),
      waiters.resolve(requestId, { _tag: "Rejected" } satisfies Answer)
    )

  const reject: QuestionsService["reject"] = (sessionId, requestId) =>
    Effect.zipRight(mustBePending(sessionId, requestId), Effect.asVoid(rejectOne(sessionId, requestId)))

  const rejectPending: QuestionsService["rejectPending"] = (sessionId) =>
    Effect.gen(function*() {
      let n = 0
      for (const request of yield* pending(sessionId)) {
        const done = yield* Effect.either(rejectOne(sessionId, request.id))
        if (done._tag === "Right") n++
      }
      return n
    })

  return Questions.of({ ask, reply, reject, get, pending, rejectPending })
})

export const layer: Layer.Layer<Questions, never, SqlClient.SqlClient | SessionWriter.SessionWriter | RequestWaiters | EventNotifier.EventNotifier> = Layer.effect(
  Questions,
  make
)
