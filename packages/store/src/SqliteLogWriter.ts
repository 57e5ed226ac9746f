/**
 * The SQLite log writer: its own better-sqlite3 connection, and each append
 * is one synchronous driver transaction (BEGIN IMMEDIATE → conditional
 * insert → projection statements → COMMIT). No fiber switches inside, so a
 * one-event append costs a few driver calls, not a chain of effects.
 *
 * It is the only writer of the database in this process; the `SqlClient`
 * beside it is opened read-only. SQLite has one writer at a time, so
 * positions become visible in commit order. Waiting for another process's
 * write lock (busy_timeout) blocks the event loop: several processes on one
 * SQLite file work but are not what SQLite mode is for (use PostgreSQL).
 */
import type { StoredEvent } from "@ratchet/schema"
import Sqlite from "better-sqlite3"
import { Effect, Either, Layer } from "effect"
import { classifyUnique, duplicateRow } from "./internal/sqlErrors.js"
import { EVENT_COLUMNS, type EventRow } from "./internal/eventRows.js"
import { type AppendInput, type AppendOutcome, LogWriter, type LogWriterService, storedEvents } from "./LogWriter.js"
import type { Plan, ProjectionError, Statement } from "./Projection.js"

export interface Options {
  readonly filename: string
  readonly busyTimeoutMs?: number
}

/** The stream's head: its last sequence, or -1 once it ends with `session.deleted` (nothing may follow). */
const HEAD =
  "SELECT CASE WHEN type = 'session.deleted' THEN -1 ELSE seq END FROM event WHERE session_id = ? ORDER BY event.seq DESC LIMIT 1"

// BEGIN IMMEDIATE holds the write lock, so reading the head and then inserting is atomic
/**
 * Rows per INSERT statement: SQLite allows at most 32,766 bound parameters
 * (7 per row) and a spread argument list has its own limit, so a long burst
 * of deltas from one session (one append of thousands of events) is
 * inserted in slices, in the same transaction.
 */
const MAX_ROWS_PER_INSERT = 500

const insertSqlCache = new Map<number, string>()
const insertSql = (count: number): string => {
  let sql = insertSqlCache.get(count)
  if (sql === undefined) {
    sql = `INSERT INTO event (id, session_id, seq, type, version, data, created)
      VALUES ${Array.from({ length: count }, () => "(?,?,?,?,?,?,?)").join(",")}`
    if (insertSqlCache.size < 1024) insertSqlCache.set(count, sql)
  }
  return sql
}

type Result = AppendOutcome | { readonly _tag: "Refused"; readonly error: ProjectionError }

/** Runs driver code, turning a thrown driver error into a value (the driver's API throws). */
const attempt = <A>(f: () => A): { readonly ok: true; readonly value: A } | { readonly ok: false; readonly cause: unknown } => {
  try {
    return { ok: true, value: f() }
  } catch (cause) {
    return { ok: false, cause }
  }
}

export const make = (options: Options) =>
  Effect.gen(function*() {
    const db = yield* Effect.acquireRelease(
      Effect.sync(() => {
        const db = new Sqlite(options.filename, { timeout: options.busyTimeoutMs ?? 5000 })
        db.pragma("journal_mode = WAL")
        // a commit survives a process crash; an OS crash may lose the last commits, never corrupts
        db.pragma("synchronous = NORMAL")
        return db
      }),
      (db) => Effect.sync(() => db.close())
    )
    const cache = new Map<string, Sqlite.Statement>()
    const prepare = (sql: string) => {
      let stmt = cache.get(sql)
      if (stmt === undefined) {
        if (cache.size >= 512) cache.clear()
        stmt = db.prepare(sql)
        cache.set(sql, stmt)
      }
      return stmt
    }
    const begin = db.prepare("BEGIN IMMEDIATE")
    const commit = db.prepare("COMMIT")
    const rollback = db.prepare("ROLLBACK")
    const lastSeq = db.prepare(HEAD).pluck()

    const runPlan = (plan: ReadonlyArray<Statement>): ProjectionError | undefined => {
      for (const s of plan) {
        const result = prepare(s.sql).run(...(s.params as Array<unknown>))
        if (s.mustChange !== undefined && result.changes === 0) return s.mustChange()
      }
      return undefined
    }

    /**
     * The transaction, synchronously; `body` says whether to commit. Driver
     * calls throw, and the finally block is what guarantees the rollback then
     * (this is driver code at the edge, not Effect code).
     */
    const inTransaction = <A>(body: () => { readonly commit: boolean; readonly value: A }): A => {
      begin.run()
      let done = false
      try {
        const { commit: ok, value } = body()
        if (ok) commit.run()
        else rollback.run()
        done = true
        return value
      } finally {
        if (!done && db.inTransaction) rollback.run()
      }
    }

    const conflict = (sessionId: string): AppendOutcome => ({
      _tag: "Conflict",
      actual: Number(lastSeq.get(sessionId) ?? 0)
    })

    /** One input, inside an open transaction; `commit: false` means undo what it did. */
    const appendOne = (input: AppendInput, project: (stored: ReadonlyArray<StoredEvent>) => Plan) => {
      if (input.guard !== undefined) {
        const fenced = runPlan([input.guard])
        if (fenced !== undefined) return { commit: false, value: { _tag: "Refused", error: fenced } as Result }
      }
      const head = Number(lastSeq.get(input.sessionId) ?? 0)
      if (head !== input.expected) return { commit: false, value: { _tag: "Conflict", actual: head } as Result }
      // one writer holds the lock and AUTOINCREMENT gives max+1 per row: the rows get consecutive positions
      const positions: Array<number> = []
      for (let from = 0; from < input.rows.length; from += MAX_ROWS_PER_INSERT) {
        const rows = input.rows.slice(from, from + MAX_ROWS_PER_INSERT)
        const params: Array<unknown> = []
        rows.forEach((r, i) =>
          params.push(r.id, input.sessionId, input.expected + 1 + from + i, r.type, r.version, r.data, input.created))
        const last = Number(prepare(insertSql(rows.length)).run(...params).lastInsertRowid)
        for (let i = 0; i < rows.length; i++) positions.push(last - rows.length + 1 + i)
      }
      const stored = storedEvents(input, positions)
      const plan = project(stored)
      if (Either.isLeft(plan)) return { commit: false, value: { _tag: "Refused", error: plan.left } as Result }
      const failed = runPlan(plan.right)
      if (failed !== undefined) return { commit: false, value: { _tag: "Refused", error: failed } as Result }
      return { commit: true, value: { _tag: "Appended", events: stored } as Result }
    }

    const appendSync = (input: AppendInput, project: (stored: ReadonlyArray<StoredEvent>) => Plan): Result =>
      inTransaction<Result>(() => appendOne(input, project))

    const savepoint = db.prepare("SAVEPOINT ratchet_input")
    const release = db.prepare("RELEASE ratchet_input")
    const rollbackTo = db.prepare("ROLLBACK TO ratchet_input")

    /** Each input under its own savepoint: a refused or conflicting one is undone alone. */
    const appendManySync = (inputs: ReadonlyArray<AppendInput>, project: (stored: ReadonlyArray<StoredEvent>) => Plan) =>
      inTransaction(() => {
        const out: Array<Result> = []
        for (const input of inputs) {
          savepoint.run()
          const result = attempt(() => appendOne(input, project))
          if (result.ok && result.value.commit) {
            release.run()
            out.push(result.value.value)
            continue
          }
          rollbackTo.run()
          release.run()
          if (result.ok) {
            out.push(result.value.value)
            continue
          }
          const classified = driverFailure(input, result.cause)
          if (classified === undefined) throw result.cause
          out.push(classified)
        }
        return { commit: true, value: out }
      })

    /**
     * A driver error of one input, classified: a lost race on the (session_id, seq) index is a
     * conflict, a read-model duplicate refuses the input; anything else is not ours to answer.
     */
    const driverFailure = (input: AppendInput, cause: unknown): Result | undefined => {
      switch (classifyUnique(cause)) {
        case "sequence":
          return conflict(input.sessionId)
        case "unique":
          return { _tag: "Refused", error: duplicateRow(cause) }
        default:
          return undefined
      }
    }

    // one suspend around the whole synchronous transaction: the hot path of every streamed event
    const append: LogWriterService["append"] = (input, project) =>
      Effect.suspend(() => {
        const result = attempt(() => appendSync(input, project))
        if (result.ok) return finish(result.value)
        const classified = driverFailure(input, result.cause)
        return classified === undefined ? Effect.die(result.cause) : finish(classified)
      })

    const finish = (result: Result): Effect.Effect<AppendOutcome, ProjectionError> =>
      result._tag === "Refused" ? Effect.fail(result.error) : Effect.succeed(result)

    const rebuild: LogWriterService["rebuild"] = (tables, decode, project) =>
      Effect.try({
        try: () =>
          inTransaction(() => {
            for (const table of tables) db.prepare(`DELETE FROM ${table}`).run()
            const page = db.prepare(`SELECT ${EVENT_COLUMNS} FROM event WHERE position > ? ORDER BY position LIMIT 2000`).raw(true)
            let after = 0
            let count = 0
            while (true) {
              const rows = page.all(after) as Array<EventRow>
              if (rows.length === 0) return { commit: true, value: count }
              const events = decode(rows)
              // a log that no longer replays is corruption: abort (roll back) and report it as a defect
              if (Either.isLeft(events)) throw events.left
              const plan = project(events.right)
              if (Either.isLeft(plan)) throw new Error(`rebuild: ${plan.left.message}`)
              const failed = runPlan(plan.right)
              if (failed !== undefined) throw new Error(`rebuild: ${failed.message}`)
              count += rows.length
              after = Number(rows[rows.length - 1]![0])
            }
          }),
        catch: (cause) => cause
      }).pipe(Effect.orDie)

    const appendMany: LogWriterService["appendMany"] = (inputs, project) =>
      inputs.length === 0
        ? Effect.succeed([])
        : Effect.try({ try: () => appendManySync(inputs, project), catch: (cause) => cause }).pipe(Effect.orDie)

    const write: LogWriterService["write"] = (statements) =>
      Effect.try({
        try: () => inTransaction(() => {
          const failed = runPlan(statements)
          return { commit: failed === undefined, value: failed }
        }),
        catch: (cause) => cause
      }).pipe(Effect.orDie, Effect.flatMap((failed) => failed === undefined ? Effect.void : Effect.fail(failed)))

    return LogWriter.of({ dialect: "sqlite", append, appendMany, write, rebuild })
  })

export const layer = (options: Options): Layer.Layer<LogWriter> => Layer.scoped(LogWriter, make(options))
