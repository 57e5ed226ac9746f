/**
 * The PostgreSQL log writer, on the `SqlClient` pool.
 *
 * Global positions must become visible in commit order, or a global follower
 * could step past a position that commits later. A transaction-scoped
 * advisory lock serialises appends from insert to commit; the unique
 * (session_id, seq) index still backs the head check against a racing writer.
 *
 * An append (or a whole group commit) is one script (`internal/pgScript.ts`):
 * lock, fencing guard, head check, insert, projections and notify travel in
 * one simple-protocol message and run as one implicit transaction, so the
 * lock is held for one round trip instead of six or more. Inputs without
 * projections (streamed deltas) go as one call of `ratchet_append_rows`
 * with array parameters instead (`internal/pgAppendRows.ts`): the same
 * checks, less to parse and escape.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import type { StoredEvent } from "@ratchet/schema"
import { Effect, Either, Layer } from "effect"
import { EVENT_COLUMNS, type EventRow } from "./internal/eventRows.js"
import * as AppendRows from "./internal/pgAppendRows.js"
import * as Script from "./internal/pgScript.js"
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
export const WAKEUP_CHANNEL = "ratchet_events"

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

/** One input's statements in a script, and where its insert's result lands. */
interface Part {
  readonly input: AppendInput
  readonly plan: ReadonlyArray<Statement>
  readonly insertAt: number
}

/**
 * Projections never read `position` (it is the log's, not the read models'), so an input's
 * plan is made before the insert that assigns them: that is what lets the whole append
 * travel as one script. The real positions go into the events the caller gets back.
 */
const UNPOSITIONED: ReadonlyArray<number> = []

const insertSql = (input: AppendInput): string => {
  const session = Script.quote(input.sessionId)
  const created = Script.integer(input.created)
  const rows = input.rows.map((r, i) =>
    `(${Script.quote(r.id)}, ${session}, ${Script.integer(input.expected + 1 + i)}, ${Script.quote(r.type)}, ${
      Script.integer(r.version)
    }, ${Script.quote(r.data)}, ${created})`
  )
  // the positions as one row, not one row each: a group's result is parsed on the hot path
  return `WITH inserted AS (INSERT INTO event (id, session_id, seq, type, version, data, created) VALUES ${rows.join(", ")}
    RETURNING position) SELECT string_agg(position::text, ',' ORDER BY position) AS positions FROM inserted`
}

/** Appends `input`'s statements to `out`; its refusals are tagged with `k`, its index in the script. */
const renderInput = (input: AppendInput, plan: ReadonlyArray<Statement>, k: number, out: Array<string>): Part => {
  if (input.guard !== undefined) out.push(Script.mustChange(input.guard, `guard:${k}`))
  // the head check: the stream is at exactly `expected` (a deleted session's head is -1). `event.seq`,
  // not `seq`: the CASE's output column is named `seq` too, and ordering by it would sort the session
  out.push(`SELECT ratchet_refuse(${Script.quote(`conflict:${k}`)}) WHERE coalesce((SELECT CASE WHEN type = 'session.deleted'
    THEN -1 ELSE seq END FROM event WHERE session_id = ${Script.quote(input.sessionId)} ORDER BY event.seq DESC LIMIT 1), 0)
    <> ${Script.integer(input.expected)}`)
  const insertAt = out.length
  out.push(insertSql(input))
  plan.forEach((statement, i) => out.push(Script.render(statement, `must:${k}:${i}`)))
  // delivered to every listening process when (and only if) the script commits
  out.push(`SELECT pg_notify(${Script.quote(WAKEUP_CHANNEL)}, ${Script.quote(input.sessionId)})`)
  return { input, plan, insertAt }
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

  /**
   * Runs a script of several statements in one round trip: each statement's rows, in order.
   * On a reserved connection, not through a `Statement`: a statement's span would carry the
   * script, and with it the events' content, as `db.query.text` to the trace exporter.
   * Taking the connection is uninterruptible so an interrupt cannot strand it in the pool.
   */
  const runScript = (statements: ReadonlyArray<string>) =>
    Effect.scoped(
      Effect.flatMap(Effect.uninterruptible(sql.reserve), (connection) => connection.executeRaw(statements.join(";\n"), []))
    ).pipe(
      Effect.map((result) =>
        (Array.isArray(result) ? result : [result]).map((r) => ((r as { rows?: ReadonlyArray<unknown> }).rows ?? []))
      )
    )

  const appended = (part: Part, results: ReadonlyArray<ReadonlyArray<unknown>>): AppendOutcome => {
    const row = (results[part.insertAt] as ReadonlyArray<{ readonly positions: string | null }>)[0]
    const positions = (row?.positions ?? "").split(",").map(Number)
    return { _tag: "Appended", events: storedEvents(part.input, positions) }
  }

  /** The stream was not where the input expected it: where it is. */
  const conflict = (part: Part): Effect.Effect<AppendOutcome> =>
    Effect.map(Effect.orDie(lastSeq(part.input.sessionId)), (actual) => ({ _tag: "Conflict", actual }) as const)

  /** A failed script's error as input `k`'s outcome: a refusal, a conflict, a duplicate; anything else is a defect. */
  const classify = (part: Part, k: number) => (error: SqlError): Effect.Effect<AppendOutcome, ProjectionError> => {
    const tag = Script.refusal(error.cause)
    if (tag !== undefined) {
      const [kind, at, index] = tag.split(":")
      if (Number(at) === k) {
        if (kind === "conflict") return conflict(part)
        if (kind === "guard" && part.input.guard?.mustChange !== undefined) return Effect.fail(part.input.guard.mustChange())
        const refusing = part.plan[Number(index)]?.mustChange
        if (kind === "must" && refusing !== undefined) return Effect.fail(refusing())
      }
      return Effect.die(error)
    }
    switch (classifyUnique(error.cause)) {
      case "sequence":
        return conflict(part)
      case "unique":
        return Effect.fail(duplicateRow(error.cause))
      default:
        return Effect.die(error)
    }
  }

  const lock = `SELECT pg_advisory_xact_lock(${APPEND_LOCK_KEY})`

  const planOf = (input: AppendInput, project: (stored: ReadonlyArray<StoredEvent>) => Plan) =>
    project(storedEvents(input, UNPOSITIONED))

  /**
   * Inputs none of which has projections, in one function call: each input's positions. On a
   * reserved connection, as a script: its own implicit transaction, whatever the caller is in.
   */
  const appendRows = (params: ReadonlyArray<unknown>) =>
    Effect.scoped(
      Effect.flatMap(Effect.uninterruptible(sql.reserve), (connection) =>
        connection.execute(`SELECT ${AppendRows.FUNCTION}($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) AS positions`, params, undefined))
    ).pipe(Effect.map((rows) => ((rows[0] as { readonly positions?: ReadonlyArray<string | null> } | undefined)?.positions ?? [])))
  const rowsAppended = (input: AppendInput, positions: string | null | undefined): AppendOutcome => ({
    _tag: "Appended",
    events: storedEvents(input, (positions ?? "").split(",").map(Number))
  })

  const append: LogWriterService["append"] = (input, project) =>
    Effect.suspend(() => {
      const plan = planOf(input, project)
      if (Either.isLeft(plan)) return Effect.fail(plan.left)
      const rowsOnly = plan.right.length === 0 ? AppendRows.params([input]) : undefined
      if (rowsOnly !== undefined) {
        const part: Part = { input, plan: plan.right, insertAt: -1 }
        return appendRows(rowsOnly).pipe(
          Effect.map((positions) => rowsAppended(input, positions[0])),
          Effect.catchAll(classify(part, 0))
        )
      }
      const statements = [lock]
      const part = renderInput(input, plan.right, 0, statements)
      return runScript(statements).pipe(
        Effect.map((results) => appended(part, results)),
        Effect.catchAll(classify(part, 0))
      )
    })

  const one = (input: AppendInput, project: (stored: ReadonlyArray<StoredEvent>) => Plan) =>
    append(input, project).pipe(Effect.catchAll((error) => Effect.succeed<ManyOutcome>({ _tag: "Refused", error })))

  // One script for the whole group: one lock, one round trip, one commit. When any input of
  // it refuses, nothing of the script was written; the inputs then go one by one, so each
  // succeeds or fails on its own, as if each had its own savepoint.
  const appendMany: LogWriterService["appendMany"] = (inputs, project) =>
    Effect.suspend(() => {
      if (inputs.length === 0) return Effect.succeed([])
      const plans: Array<ReadonlyArray<Statement>> = []
      for (const input of inputs) {
        const plan = planOf(input, project)
        if (Either.isLeft(plan)) return Effect.forEach(inputs, (i) => one(i, project))
        plans.push(plan.right)
      }
      const rowsOnly = plans.every((plan) => plan.length === 0) ? AppendRows.params(inputs) : undefined
      // a refusal or a duplicate wrote nothing of the group: each input on its own, as with savepoints
      const oneByOne = (error: SqlError) =>
        Script.refusal(error.cause) !== undefined || classifyUnique(error.cause) !== "other"
          ? Effect.forEach(inputs, (i) => one(i, project))
          : Effect.die(error)
      if (rowsOnly !== undefined) {
        return appendRows(rowsOnly).pipe(
          Effect.map((positions) => inputs.map((input, k): ManyOutcome => rowsAppended(input, positions[k]))),
          Effect.catchAll(oneByOne)
        )
      }
      const statements = [lock]
      const parts = inputs.map((input, k) => renderInput(input, plans[k]!, k, statements))
      return runScript(statements).pipe(
        Effect.map((results) => parts.map((part): ManyOutcome => appended(part, results))),
        Effect.catchAll(oneByOne)
      )
    })

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
