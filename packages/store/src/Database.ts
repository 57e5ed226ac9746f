/**
 * Database layers: a migrated database as a `SqlClient` for reads and the
 * `LogWriter` that every write goes through, on SQLite (embedded default)
 * or PostgreSQL.
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import type { MigrationError } from "@effect/sql/Migrator"
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import * as PgClient from "@effect/sql-pg/PgClient"
import * as SqliteClient from "@effect/sql-sqlite-node/SqliteClient"
import { type ConfigError, Effect, Layer, Redacted, Schedule } from "effect"
import type { LogWriter } from "./LogWriter.js"
import * as Migrations from "./Migrations.js"
import * as PgLogWriter from "./PgLogWriter.js"
import * as SqliteLogWriter from "./SqliteLogWriter.js"

export type DatabaseError = SqlError | MigrationError | ConfigError.ConfigError

export interface SqliteOptions {
  readonly filename: string
  /** How long a writer waits for another process's write lock. Default 5000 ms. */
  readonly busyTimeoutMs?: number
}

const busyTimeout = (options: SqliteOptions) => Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))

/** SQLITE_BUSY and its variants: another connection holds, or just took, the write lock. */
const isBusy = (error: unknown): boolean => {
  const code = (error as { cause?: { code?: unknown } })?.cause?.code
  return typeof code === "string" && code.startsWith("SQLITE_BUSY")
}

/**
 * Migrates on a connection of its own, closed when done. Two processes
 * starting together: the loser of the write-lock race gets SQLITE_BUSY
 * (a deferred transaction cannot wait for a lock once its snapshot is
 * stale), so it tries again and then finds the migrations done.
 */
const migrateSqlite = (options: SqliteOptions) =>
  Layer.effectDiscard(
    Effect.scoped(
      Effect.gen(function*() {
        const client = yield* SqliteClient.make({ filename: options.filename })
        yield* client.unsafe(`PRAGMA busy_timeout = ${busyTimeout(options)}`)
        yield* Migrations.run.pipe(Effect.provideService(SqlClient.SqlClient, client))
      })
    ).pipe(
      Effect.retry({ while: isBusy, schedule: Schedule.spaced("50 millis"), times: 100 }),
      Effect.provide(Reactivity.layer)
    )
  )

/**
 * SQLite: the writer's own connection, and a read-only `SqlClient` beside it
 * (WAL: readers never block the writer). Reads see every committed append.
 */
export const sqlite = (options: SqliteOptions): Layer.Layer<SqlClient.SqlClient | LogWriter, DatabaseError> => {
  const reader = Layer.effectDiscard(
    Effect.flatMap(SqlClient.SqlClient, (sql) => sql.unsafe(`PRAGMA busy_timeout = ${busyTimeout(options)}`))
  ).pipe(Layer.provideMerge(SqliteClient.layer({ filename: options.filename, readonly: true, disableWAL: true })))
  // order: migrate, then open the writer (it keeps the WAL files), then the reader
  return reader.pipe(
    Layer.provideMerge(SqliteLogWriter.layer({ filename: options.filename, busyTimeoutMs: busyTimeout(options) })),
    Layer.provide(migrateSqlite(options))
  )
}

export interface PgOptions {
  readonly url: string
  readonly maxConnections?: number
  readonly applicationName?: string
}

/**
 * A transaction left idle this long is ended by the server: a process
 * paused mid-append (SIGSTOP, a frozen VM) would otherwise hold the append
 * lock, and with it every other process's writes, until it woke
 * (docs/scale.md). Ours never idle inside a transaction.
 */
const IDLE_IN_TRANSACTION_MS = 5_000

/**
 * An append is one message (PgLogWriter): once sent, the server runs it even
 * if its process has died, and one queued behind the append lock would
 * commit whenever it got the lock — after a restarted process or another
 * owner had read the session and begun its recovery. Checking that the
 * client is still there this often (PostgreSQL 14+) ends such a zombie
 * while it waits (docs/storage.md).
 */
const CLIENT_CHECK_MS = 200

/** The URL with the settings every connection of ours runs with (exported for its test). */
export const withSessionSettings = (url: string): string => {
  const parsed = URL.canParse(url) ? new URL(url) : undefined
  if (parsed === undefined) return url
  let options = parsed.searchParams.get("options") ?? ""
  if (!options.includes("idle_in_transaction_session_timeout")) options += ` -c idle_in_transaction_session_timeout=${IDLE_IN_TRANSACTION_MS}`
  if (!options.includes("client_connection_check_interval")) options += ` -c client_connection_check_interval=${CLIENT_CHECK_MS}`
  parsed.searchParams.set("options", options.trim())
  return parsed.toString()
}

export const pg = (options: PgOptions): Layer.Layer<SqlClient.SqlClient | PgClient.PgClient | LogWriter, DatabaseError> =>
  PgLogWriter.layer.pipe(
    Layer.provideMerge(Layer.effectDiscard(Migrations.run)),
    Layer.provideMerge(
      PgClient.layer({
        url: Redacted.make(withSessionSettings(options.url)),
        maxConnections: options.maxConnections ?? 10,
        applicationName: options.applicationName ?? "ratchet"
      })
    )
  )
