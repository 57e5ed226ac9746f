/**
 * The PostgreSQL log writer, on the `SqlClient` pool.
 *
 * Global positions must become visible in commit order, or a global follower
 * could step past a position that commits later. A transaction-scoped
 * advisory lock serialises appends from insert to commit; the unique
 * (session_id, seq) index still backs the conditional insert against a
 * racing writer.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import type { StoredEvent } from "@ratchet/schema"
import { Effect, Either, Layer } from "effect"
import { EVENT_COLUMNS, type EventRow } from "./internal/eventRows.js"
import { classifyUnique, duplicateRow } from "./internal/sqlErrors.js"
import {
  type AppendInput,
  type AppendOutcome,
  LogWriter,
  type LogWriterService,
  type ManyOutcome,
  storedEvents
} from "./LogWriter.js"
import type { Plan, ProjectionError, Statement } from "./Projection.js"

/** The append lock; `SessionLeases` takes it too before renewing several leases at once (see there). */
export const APPEND_LOCK_KEY = 7_214_905_118
/** PgWakeups listens on it; kept here as a literal so the writer needs nothing of the listener. */
const WAKEUP_CHANNEL = "ratchet_events"

const INSERT = `INSERT INTO event (id, session_id, seq, type, version, data, created)
  SELECT u.id, $2::text, u.seq, u.type, u.version, u.data, $3::bigint
  FROM unnest($1::text[], $4::int[], $5::text[], $6::int[], $7::text[]) AS u(id, seq, type, version, data)
  WHERE coalesce((SELECT CASE WHEN type = 'session.deleted' THEN -1 ELSE seq END
    FROM event WHERE session_id = $2::text ORDER BY event.seq DESC LIMIT 1), 0) = $8::int
  RETURNING position`

/** `?` placeholders to `$n`; our statements have no `?` inside literals. */
const numbered = new Map<string, string>()
const toPg = (sql: string): string => {
  let out = numbered.get(sql)
  if (out === undefined) {
    let n = 0
    out = sql.replace(/\?/g, () => `$${++n}`)
    if (numbered.size > 512) numbered.clear()
    numbered.set(sql, out)
  }
  return out
}

class Refused {
  constructor(readonly error: ProjectionError) {}
}

export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient

  const lastSeq = (sessionId: string) =>
    // alias `head`, not `seq`: PostgreSQL would order by the output column of that name
    sql<{ readonly head: number }>`SELECT CASE WHEN type = 'session.deleted' THEN -1 ELSE seq END AS head
      FROM event WHERE session_id = ${sessionId} ORDER BY event.seq DESC LIMIT 1`.pipe(
      Effect.map((rows) => Number(rows[0]?.head ?? 0))
    )

  const runPlan = (plan: ReadonlyArray<Statement>) =>
    Effect.forEach(plan, (s) =>
      Effect.flatMap(sql.unsafe(toPg(s.sql), s.params).raw, (result) =>
        s.mustChange !== undefined && (result as { rowCount?: number }).rowCount === 0
          ? Effect.fail(new Refused(s.mustChange()))
          : Effect.void), { discard: true })

  /** One input, inside a transaction that holds the append lock. */
  const appendBody = (input: AppendInput, project: (stored: ReadonlyArray<StoredEvent>) => Plan) =>
    Effect.gen(function*() {
      if (input.guard !== undefined) yield* runPlan([input.guard])
      const inserted = yield* sql.unsafe<{ readonly position: number | string }>(INSERT, [
        input.rows.map((r) => r.id),
        input.sessionId,
        input.created,
        input.rows.map((_, i) => input.expected + 1 + i),
        input.rows.map((r) => r.type),
        input.rows.map((r) => r.version),
        input.rows.map((r) => r.data),
        input.expected
      ])
      if (inserted.length !== input.rows.length) {
        return { _tag: "Conflict", actual: yield* lastSeq(input.sessionId) } satisfies AppendOutcome as AppendOutcome
      }
      const stored = storedEvents(input, inserted.map((r) => Number(r.position)).sort((a, b) => a - b))
      const plan = project(stored)
      if (Either.isLeft(plan)) return yield* Effect.fail(new Refused(plan.left))
      yield* runPlan(plan.right)
      // delivered to every listening process when (and only if) the transaction commits
      yield* sql`SELECT pg_notify(${WAKEUP_CHANNEL}, ${input.sessionId})`
      return { _tag: "Appended", events: stored } satisfies AppendOutcome as AppendOutcome
    })

  /** A refused plan or a classified driver error as the caller sees it; anything else is a defect. */
  const classify = (input: AppendInput) => (error: Refused | SqlError): Effect.Effect<AppendOutcome, ProjectionError> => {
    if (error instanceof Refused) return Effect.fail(error.error)
    switch (classifyUnique(error.cause)) {
      case "sequence":
        return Effect.map(Effect.orDie(lastSeq(input.sessionId)), (actual) => ({ _tag: "Conflict", actual }) as const)
      case "unique":
        return Effect.fail(duplicateRow(error.cause))
      default:
        return Effect.die(error)
    }
  }

  const lock = sql`SELECT pg_advisory_xact_lock(${APPEND_LOCK_KEY})`

  const append: LogWriterService["append"] = (input, project) =>
    sql.withTransaction(Effect.zipRight(lock, appendBody(input, project))).pipe(Effect.catchAll(classify(input)))

  // one transaction, one lock; each input in a nested transaction (a savepoint), so a refused
  // or conflicting one is rolled back alone and the transaction stays usable
  const appendMany: LogWriterService["appendMany"] = (inputs, project) =>
    inputs.length === 0 ? Effect.succeed([]) : sql.withTransaction(
      Effect.zipRight(
        lock,
        Effect.forEach(inputs, (input) =>
          sql.withTransaction(appendBody(input, project)).pipe(
            Effect.catchAll(classify(input)),
            Effect.catchAll((error) => Effect.succeed<ManyOutcome>({ _tag: "Refused", error }))
          ))
      )
    ).pipe(Effect.orDie)

  const rebuild: LogWriterService["rebuild"] = (tables, decode, project) =>
    sql.withTransaction(
      Effect.gen(function*() {
        yield* sql`SELECT pg_advisory_xact_lock(${APPEND_LOCK_KEY})`
        for (const table of tables) yield* sql.unsafe(`DELETE FROM ${table}`)
        let after = 0
        let count = 0
        while (true) {
          const rows = (yield* sql.unsafe(
            `SELECT ${EVENT_COLUMNS} FROM event WHERE position > $1 ORDER BY position LIMIT 2000`,
            [after]
          ).values) as ReadonlyArray<EventRow>
          if (rows.length === 0) return count
          const events = decode(rows)
          if (Either.isLeft(events)) return yield* Effect.die(events.left)
          const plan = project(events.right)
          if (Either.isLeft(plan)) return yield* Effect.die(plan.left)
          yield* runPlan(plan.right)
          count += rows.length
          after = Number(rows[rows.length - 1]![0])
        }
      })
    ).pipe(Effect.orDie)

  const write: LogWriterService["write"] = (statements) =>
    sql.withTransaction(runPlan(statements)).pipe(
      Effect.catchAll((e) => e instanceof Refused ? Effect.fail(e.error) : Effect.die(e))
    )

  return LogWriter.of({ dialect: "pg", append, appendMany, write, rebuild })
})

export const layer: Layer.Layer<LogWriter, never, SqlClient.SqlClient> = Layer.effect(LogWriter, make)
