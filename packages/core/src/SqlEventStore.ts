/**
 * The event store on `@effect/sql`: SQLite and PostgreSQL in one adapter.
 *
 * Append is one transaction: [PostgreSQL: take the global append lock] →
 * conditional insert (only if the stream is still at `expectedSequence`) →
 * projections → commit → wake followers. The unique (session_id, seq) index
 * backs the condition against racing writers in other processes.
 *
 * Global positions must be visible in commit order, or a global follower
 * could step past a position that commits later. SQLite has one writer at a
 * time, so that holds by itself; on PostgreSQL a transaction-scoped advisory
 * lock serialises appends from insert to commit.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { InvalidInput, SequenceConflict, SessionNotFound } from "@ratchet/schema"
import type { SessionEvent, SessionId, StoredEvent } from "@ratchet/schema"
import { Chunk, Duration, Effect, Either, Layer, Option, Queue, Ref, Stream } from "effect"
import { EventNotifier } from "./EventNotifier.js"
import {
  EventStore,
  type AppendResult,
  type EventStoreService,
  type FollowOptions,
  type Page,
  type ReadOptions
} from "./EventStore.js"
import { decodeRows, encodeEvents, type EventRow } from "./internal/eventRows.js"
import { Projections } from "./Projection.js"

export interface Options {
  /** How often a live follower re-reads without a wakeup (catches other processes' appends). Default 1 s. */
  readonly pollInterval?: Duration.DurationInput
}

const DEFAULT_LIMIT = 500
const MAX_LIMIT = 5000
const APPEND_LOCK_KEY = 7_214_905_118
const COLUMNS = "position, id, session_id, seq, type, version, data, created"

/** A unique violation on the log's (session_id, seq) index is a lost race; on a read model, a bad event. */
const classify = (error: SqlError): "sequence" | "unique" | "other" => {
  const cause = error.cause as { code?: unknown; constraint?: unknown; message?: unknown } | undefined
  const code = cause?.code
  if (code !== "23505" && code !== "SQLITE_CONSTRAINT_UNIQUE" && code !== "SQLITE_CONSTRAINT_PRIMARYKEY") return "other"
  const message = String(cause?.message ?? "")
  return cause?.constraint === "event_session_id_seq_key" || message.includes("event.session_id, event.seq")
    ? "sequence"
    : "unique"
}

const clampLimit = (limit: number | undefined) =>
  Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit ?? DEFAULT_LIMIT)))

export const make = (options: Options = {}) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const projections = yield* Projections
    const notifier = yield* EventNotifier
    const pollInterval = Duration.decode(options.pollInterval ?? "1 second")
    const isPg = sql.onDialectOrElse({ pg: () => true, orElse: () => false })

    const insertSql = (count: number) =>
      isPg
        ? `INSERT INTO event (id, session_id, seq, type, version, data, created)
           SELECT u.id, $2::text, u.seq, u.type, u.version, u.data, $3::bigint
           FROM unnest($1::text[], $4::int[], $5::text[], $6::int[], $7::text[]) AS u(id, seq, type, version, data)
           WHERE (SELECT coalesce(max(seq), 0) FROM event WHERE session_id = $2::text) = $8::int
           RETURNING position`
        : `INSERT INTO event (id, session_id, seq, type, version, data, created)
           SELECT * FROM (VALUES ${Array.from({ length: count }, () => "(?,?,?,?,?,?,?)").join(",")})
           WHERE (SELECT coalesce(max(seq), 0) FROM event WHERE session_id = ?) = ?
           RETURNING position`

    const lastSequence = (sessionId: SessionId) =>
      sql<{ readonly seq: number | string | null }>`SELECT max(seq) AS seq FROM event WHERE session_id = ${sessionId}`
        .pipe(Effect.map((rows) => Number(rows[0]?.seq ?? 0)), Effect.orDie)

    const conflict = (sessionId: SessionId, expected: number) =>
      Effect.flatMap(lastSequence(sessionId), (actual) =>
        Effect.fail(new SequenceConflict({ sessionID: sessionId, expected, actual })))

    const append: EventStoreService["append"] = Effect.fn("EventStore.append")(function*(
      sessionId: SessionId,
      events: ReadonlyArray<SessionEvent>,
      options: { readonly expectedSequence: number }
    ) {
      const expected = options.expectedSequence
      if (!Number.isSafeInteger(expected) || expected < 0) {
        return yield* new InvalidInput({ field: "expectedSequence", reason: "must be a whole number ≥ 0" })
      }
      if (events.length === 0) return { events: [], lastSequence: expected } satisfies AppendResult
      const created = events.findIndex((e) => e.type === "session.created")
      if (expected === 0 && created !== 0) return yield* new SessionNotFound({ sessionID: sessionId })
      if (created > 0 || (created === 0 && expected !== 0)) {
        return yield* new InvalidInput({ field: "events", reason: "session.created must be a session's first event" })
      }
      const encoded = encodeEvents(events)
      if (Either.isLeft(encoded)) return yield* encoded.left
      const rows = encoded.right
      const now = Date.now()

      const stored = yield* sql.withTransaction(
        Effect.gen(function*() {
          if (isPg) yield* sql`SELECT pg_advisory_xact_lock(${APPEND_LOCK_KEY})`
          const params: Array<unknown> = isPg
            ? [
              rows.map((r) => r.id),
              sessionId,
              now,
              rows.map((_, i) => expected + 1 + i),
              rows.map((r) => r.type),
              rows.map((r) => r.version),
              rows.map((r) => r.data),
              expected
            ]
            : [
              ...rows.flatMap((r, i) => [r.id, sessionId, expected + 1 + i, r.type, r.version, r.data, now]),
              sessionId,
              expected
            ]
          const inserted = yield* sql.unsafe<{ readonly position: number | string }>(insertSql(rows.length), params)
          if (inserted.length !== rows.length) return yield* conflict(sessionId, expected)
          const positions = inserted.map((r) => Number(r.position)).sort((a, b) => a - b)
          const storedEvents = rows.map((r, i) =>
            ({
              id: r.id,
              sessionID: sessionId,
              seq: expected + 1 + i,
              position: positions[i]!,
              version: r.version,
              created: now,
              type: events[i]!.type,
              data: events[i]!.data
            }) as StoredEvent
          )
          for (const projection of projections) {
            const relevant = storedEvents.filter((e) => projection.handles.has(e.type))
            if (relevant.length > 0) yield* projection.apply(relevant)
          }
          return storedEvents
        })
      ).pipe(
        Effect.provideService(SqlClient.SqlClient, sql),
        Effect.catchTag("SqlError", (error): Effect.Effect<never, SequenceConflict | InvalidInput> => {
          switch (classify(error)) {
            case "sequence":
              return conflict(sessionId, expected)
            case "unique":
              return Effect.fail(new InvalidInput({ field: "events", reason: `would duplicate a read-model row: ${String((error.cause as Error)?.message)}` }))
            default:
              return Effect.die(error)
          }
        })
      )
      yield* notifier.publish(sessionId)
      return { events: stored, lastSequence: expected + stored.length } satisfies AppendResult
    })

    const decodePage = (rows: ReadonlyArray<EventRow>, after: number, limit: number, key: "seq" | "position") => {
      const decoded = decodeRows(rows)
      if (Either.isLeft(decoded)) return Effect.die(decoded.left)
      const events = decoded.right
      const lastEvent = events[events.length - 1]
      return Effect.succeed<Page>({
        events,
        last: lastEvent === undefined ? after : lastEvent[key],
        more: events.length === limit
      })
    }

    const readStream = (sessionId: SessionId, options: ReadOptions = {}) => {
      const after = Math.max(0, Math.floor(options.after ?? 0))
      const limit = clampLimit(options.limit)
      return sql.unsafe<EventRow>(
        `SELECT ${COLUMNS} FROM event WHERE session_id = ${isPg ? "$1" : "?"} AND seq > ${
          isPg ? "$2" : "?"
        } ORDER BY seq LIMIT ${limit}`,
        [sessionId, after]
      ).pipe(Effect.orDie, Effect.flatMap((rows) => decodePage(rows, after, limit, "seq")))
    }

    const readAll = (options: ReadOptions = {}) => {
      const after = Math.max(0, Math.floor(options.after ?? 0))
      const limit = clampLimit(options.limit)
      return sql.unsafe<EventRow>(
        `SELECT ${COLUMNS} FROM event WHERE position > ${isPg ? "$1" : "?"} ORDER BY position LIMIT ${limit}`,
        [after]
      ).pipe(Effect.orDie, Effect.flatMap((rows) => decodePage(rows, after, limit, "position")))
    }

    const followWith = (
      key: SessionId | "*",
      read: (after: number) => Effect.Effect<Page>,
      options: FollowOptions
    ): Stream.Stream<StoredEvent> => {
      const start = Math.max(0, Math.floor(options.after ?? 0))
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

    const rebuildProjections = sql.withTransaction(
      Effect.gen(function*() {
        for (const projection of projections) {
          for (const table of projection.tables) yield* sql.unsafe(`DELETE FROM ${table}`)
        }
        let after = 0
        let count = 0
        while (true) {
          const page = yield* readAll({ after, limit: 2000 })
          for (const projection of projections) {
            const relevant = page.events.filter((e) => projection.handles.has(e.type))
            if (relevant.length > 0) yield* projection.apply(relevant)
          }
          count += page.events.length
          after = page.last
          if (!page.more) return { events: count }
        }
      })
    ).pipe(Effect.provideService(SqlClient.SqlClient, sql), Effect.orDie, Effect.withSpan("EventStore.rebuildProjections"))

    return EventStore.of({
      append,
      lastSequence,
      readStream,
      readAll,
      follow: (sessionId, options = {}) => followWith(sessionId, (after) => readStream(sessionId, { after }), options),
      followAll: (options = {}) => followWith("*", (after) => readAll({ after }), options),
      rebuildProjections
    })
  })

/** The store; needs a migrated `SqlClient`, the projections to run, and the wakeup notifier. */
export const layer = (options: Options = {}): Layer.Layer<EventStore, never, SqlClient.SqlClient | Projections | EventNotifier> =>
  Layer.effect(EventStore, make(options))
