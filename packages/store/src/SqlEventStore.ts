/**
 * The event store on SQL: validation, append through the backend's
 * `LogWriter` (conditional insert + projections in one transaction), reads
 * through `SqlClient`, and followers that subscribe before reading history.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { InvalidInput, SequenceConflict, SessionNotFound } from "@ratchet/schema"
import type { SessionEvent, SessionId, StoredEvent } from "@ratchet/schema"
import { Chunk, Duration, Effect, Either, Layer, Option, Queue, Ref, Stream } from "effect"
import { EventNotifier } from "./EventNotifier.js"
import {
  type AppendError,
  type AppendRequest,
  type AppendResult,
  EventStore,
  type EventStoreService,
  type FollowOptions,
  type Page,
  type WirePage,
  type ReadOptions
} from "./EventStore.js"
import { decodeRows, encodeEvents, EVENT_COLUMNS, type EventRow } from "./internal/eventRows.js"
import * as WireEvent from "./WireEvent.js"
import { type AppendInput, LogWriter, type ManyOutcome } from "./LogWriter.js"
import { planAll, Projections } from "./Projection.js"

export interface Options {
  /** How often a live follower re-reads without a wakeup (catches other processes' appends). Default 1 s. */
  readonly pollInterval?: Duration.DurationInput
}

const DEFAULT_LIMIT = 500
const MAX_LIMIT = 5000
/** Followers read history in pages of this many events. */
const FOLLOW_PAGE = 1000

const clampLimit = (limit: number | undefined) => Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit ?? DEFAULT_LIMIT)))
const clampAfter = (after: number | undefined) => Math.max(0, Math.floor(after ?? 0))

/** The checks that need no database: nothing is written when one fails. */
const precheck = (sessionId: SessionId, events: ReadonlyArray<SessionEvent>, expected: number) => {
  if (!Number.isSafeInteger(expected) || expected < 0) {
    return new InvalidInput({ field: "expectedSequence", reason: "must be a whole number ≥ 0" })
  }
  const created = events.findIndex((e) => e?.type === "session.created")
  if (expected === 0 && events.length > 0 && created !== 0) return new SessionNotFound({ sessionID: sessionId })
  if (created > 0 || (created === 0 && expected !== 0)) {
    return new InvalidInput({ field: "events", reason: "session.created must be a session's first event" })
  }
  const deleted = events.findIndex((e) => e?.type === "session.deleted")
  if (deleted !== -1 && deleted !== events.length - 1) {
    return new InvalidInput({ field: "events", reason: "session.deleted must be a session's last event" })
  }
  return undefined
}

export const make = (options: Options = {}) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const writer = yield* LogWriter
    const projections = yield* Projections
    const notifier = yield* EventNotifier
    const pollInterval = Duration.decode(options.pollInterval ?? "1 second")
    const ph = (n: number) => (writer.dialect === "pg" ? `$${n}` : "?")
    const project = (stored: ReadonlyArray<StoredEvent>) => planAll(projections, stored)

    const lastSequence = (sessionId: SessionId) =>
      sql<{ readonly seq: number | string }>`SELECT seq FROM event WHERE session_id = ${sessionId} ORDER BY seq DESC LIMIT 1`
        .pipe(Effect.map((rows) => Number(rows[0]?.seq ?? 0)), Effect.orDie)

    const lastPosition = sql<{ readonly position: number | string }>`SELECT position FROM event ORDER BY position DESC LIMIT 1`
      .pipe(Effect.map((rows) => Number(rows[0]?.position ?? 0)), Effect.orDie)

    const lastSequences = (sessionIds: ReadonlyArray<SessionId>) =>
      (sessionIds.length === 0
        ? Effect.succeed(new Map<SessionId, number>())
        : sql<{ readonly session_id: string; readonly seq: number | string }>`SELECT session_id, max(seq) AS seq FROM event
            WHERE ${sql.in("session_id", sessionIds)} GROUP BY session_id`.pipe(
          Effect.map((rows) => {
            const heads = new Map<SessionId, number>(sessionIds.map((id) => [id, 0]))
            for (const row of rows) heads.set(row.session_id as SessionId, Number(row.seq))
            return heads
          }),
          Effect.orDie
        ))

    /** A request checked and serialised: an input for the writer, or its answer already (refused, or empty). */
    const prepare = (
      request: AppendRequest,
      created: number
    ): AppendInput | Either.Either<AppendResult, AppendError> => {
      const refused = precheck(request.sessionId, request.events, request.expectedSequence)
      if (refused !== undefined) return Either.left(refused)
      if (request.events.length === 0) return Either.right({ events: [], lastSequence: request.expectedSequence })
      const encoded = encodeEvents(request.events)
      if (Either.isLeft(encoded)) return Either.left(encoded.left)
      return {
        sessionId: request.sessionId,
        events: request.events,
        rows: encoded.right,
        expected: request.expectedSequence,
        created,
        ...(request.guard === undefined ? {} : { guard: request.guard })
      }
    }

    /** The writer's outcome as the caller sees it; an append wakes the session's followers. */
    const answer = (request: AppendRequest, outcome: ManyOutcome): Either.Either<AppendResult, AppendError> => {
      switch (outcome._tag) {
        case "Appended":
          notifier.unsafePublish(request.sessionId, outcome.events)
          return Either.right({ events: outcome.events, lastSequence: request.expectedSequence + outcome.events.length })
        case "Conflict":
          return Either.left(
            outcome.actual === -1
              ? new SessionNotFound({ sessionID: request.sessionId })
              : new SequenceConflict({ sessionID: request.sessionId, expected: request.expectedSequence, actual: outcome.actual })
          )
        case "Refused":
          return Either.left(outcome.error)
      }
    }

    // No span and as few effects as possible: this runs once per streamed event, and a span
    // costs more than the write itself (docs/storage.md).
    const append: EventStoreService["append"] = (sessionId, events, options) =>
      Effect.suspend(() => {
        const request = {
          sessionId,
          events,
          expectedSequence: options.expectedSequence,
          ...(options.guard === undefined ? {} : { guard: options.guard })
        }
        const input = prepare(request, Date.now())
        if (Either.isEither(input)) return input
        return Effect.flatMap(writer.append(input, project), (outcome) => answer(request, outcome))
      })

    const appendMany: EventStoreService["appendMany"] = (requests) =>
      Effect.suspend(() => {
        const results: Array<Either.Either<AppendResult, AppendError>> = new Array(requests.length)
        const inputs: Array<AppendInput> = []
        const index: Array<number> = []
        const created = Date.now()
        requests.forEach((request, i) => {
          const input = prepare(request, created)
          if (Either.isEither(input)) results[i] = input
          else {
            inputs.push(input)
            index.push(i)
          }
        })
        // the transaction and the wakeups it sends are two tasks: each is synchronous and grows with
        // the commit (hundreds of events, a hundred streams' frames), and the scheduler can give the
        // loop back only between tasks (docs/performance.md). Once the transaction is done its
        // wakeups are sent whatever happens (the write itself stays interruptible: a hung
        // PostgreSQL connection must not hold a shutdown).
        return Effect.uninterruptibleMask((restore) =>
          restore(writer.appendMany(inputs, project)).pipe(
            Effect.zipLeft(Effect.yieldNow()),
            Effect.map((outcomes) => {
              outcomes.forEach((outcome, k) => {
                results[index[k]!] = answer(requests[index[k]!]!, outcome)
              })
              return results
            })
          )
        )
      })

    const toPage = (rows: ReadonlyArray<ReadonlyArray<unknown>>, after: number, limit: number, key: "seq" | "position") => {
      const decoded = decodeRows(rows as ReadonlyArray<EventRow>)
      if (Either.isLeft(decoded)) return Effect.die(decoded.left)
      const events = decoded.right
      const last = events[events.length - 1]
      return Effect.succeed<Page>({ events, last: last === undefined ? after : last[key], more: events.length === limit })
    }

    const toWirePage = (rows: ReadonlyArray<ReadonlyArray<unknown>>, after: number, limit: number, key: "seq" | "position") => {
      const decoded = WireEvent.fromRows(rows as ReadonlyArray<EventRow>)
      if (Either.isLeft(decoded)) return Effect.die(decoded.left)
      const events = decoded.right
      const last = events[events.length - 1]
      return Effect.succeed<WirePage>({ events, last: last === undefined ? after : last[key], more: events.length === limit })
    }

    const streamQuery = (sessionId: SessionId, options: ReadOptions) => {
      const after = clampAfter(options.after)
      const limit = clampLimit(options.limit)
      const rows = sql.unsafe(
        `SELECT ${EVENT_COLUMNS} FROM event WHERE session_id = ${ph(1)} AND seq > ${ph(2)} ORDER BY seq LIMIT ${limit}`,
        [sessionId, after]
      ).values.pipe(Effect.orDie)
      return { after, limit, rows }
    }

    const allQuery = (options: ReadOptions) => {
      const after = clampAfter(options.after)
      const limit = clampLimit(options.limit)
      const rows = sql.unsafe(
        `SELECT ${EVENT_COLUMNS} FROM event WHERE position > ${ph(1)} ORDER BY position LIMIT ${limit}`,
        [after]
      ).values.pipe(Effect.orDie)
      return { after, limit, rows }
    }

    const readStreamWire = (sessionId: SessionId, options: ReadOptions = {}) => {
      const q = streamQuery(sessionId, options)
      return Effect.flatMap(q.rows, (rows) => toWirePage(rows, q.after, q.limit, "seq"))
    }

    const readAllWire = (options: ReadOptions = {}) => {
      const q = allQuery(options)
      return Effect.flatMap(q.rows, (rows) => toWirePage(rows, q.after, q.limit, "position"))
    }

    const readStream = (sessionId: SessionId, options: ReadOptions = {}) => {
      const q = streamQuery(sessionId, options)
      return Effect.flatMap(q.rows, (rows) => toPage(rows, q.after, q.limit, "seq"))
    }

    const readAll = (options: ReadOptions = {}) => {
      const q = allQuery(options)
      return Effect.flatMap(q.rows, (rows) => toPage(rows, q.after, q.limit, "position"))
    }

    const followWith = (
      key: SessionId | "*",
      read: (after: number) => Effect.Effect<Page>,
      options: FollowOptions
    ): Stream.Stream<StoredEvent> => {
      const start = clampAfter(options.after)
      if (options.live === false) {
        return Stream.paginateChunkEffect(start, (after) =>
          Effect.map(read(after), (page) =>
            [Chunk.unsafeFromArray(page.events), page.more ? Option.some(page.last) : Option.none()] as const))
      }
      return Stream.unwrapScoped(
        Effect.gen(function*() {
          // subscribe first, then read history: a commit in between still leaves a wakeup queued
          const wake = yield* notifier.subscribe(key)
          const cursor = yield* Ref.make(start)
          const pull = Effect.gen(function*() {
            while (true) {
              const page = yield* read(yield* Ref.get(cursor))
              if (page.events.length > 0) {
                yield* Ref.set(cursor, page.last)
                return Chunk.unsafeFromArray(page.events)
              }
              yield* Effect.timeoutOption(Queue.take(wake), pollInterval)
            }
          })
          return Stream.repeatEffectChunk(pull)
        })
      )
    }

    const rebuildProjections = writer.rebuild(
      projections.flatMap((p) => p.tables),
      decodeRows,
      project
    ).pipe(
      Effect.map((events) => ({ events })),
      Effect.withSpan("EventStore.rebuildProjections")
    )

    return EventStore.of({
      append,
      appendMany,
      lastSequence,
      lastSequences,
      lastPosition,
      readStream,
      readAll,
      readStreamWire,
      readAllWire,
      follow: (sessionId, options = {}) =>
        followWith(sessionId, (after) => readStream(sessionId, { after, limit: FOLLOW_PAGE }), options),
      followAll: (options = {}) => followWith("*", (after) => readAll({ after, limit: FOLLOW_PAGE }), options),
      rebuildProjections
    })
  })

/** The store; needs the database (`SqlClient` + `LogWriter`), the projections, and the wakeup notifier. */
export const layer = (
  options: Options = {}
): Layer.Layer<EventStore, never, SqlClient.SqlClient | LogWriter | Projections | EventNotifier> =>
  Layer.effect(EventStore, make(options))
