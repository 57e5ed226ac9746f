/**
 * Database layers: a migrated `SqlClient` on SQLite (embedded default) or
 * PostgreSQL. Everything above this module sees only `SqlClient`.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import type { MigrationError } from "@effect/sql/Migrator"
import * as PgClient from "@effect/sql-pg/PgClient"
import * as SqliteClient from "@effect/sql-sqlite-node/SqliteClient"
import { type ConfigError, Effect, Layer, Redacted } from "effect"
import * as Migrations from "./Migrations.js"

export interface SqliteOptions {
  readonly filename: string
  /** How long a writer waits for another process's write lock. Default 5000 ms. */
  readonly busyTimeoutMs?: number
}

/**
 * WAL with `synchronous = NORMAL`: a commit survives a process crash; an OS
 * crash or power cut can lose the last commits but never corrupts the file.
 */
const sqlitePragmas = (options: SqliteOptions) =>
  Layer.effectDiscard(
    Effect.gen(function*() {
      const sql = yield* SqlClient.SqlClient
      yield* sql.unsafe(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`)
      yield* sql`PRAGMA synchronous = NORMAL`
      yield* sql`PRAGMA foreign_keys = ON`
    })
  )

const migrated = Layer.effectDiscard(Migrations.run)

export const sqlite = (options: SqliteOptions): Layer.Layer<SqlClient.SqlClient, SqlError | MigrationError | ConfigError.ConfigError> =>
  migrated.pipe(
    Layer.provideMerge(sqlitePragmas(options)),
    Layer.provideMerge(SqliteClient.layer({ filename: options.filename }))
  )

export interface PgOptions {
  readonly url: string
  readonly maxConnections?: number
  readonly applicationName?: string
}

export const pg = (options: PgOptions): Layer.Layer<SqlClient.SqlClient, SqlError | MigrationError | ConfigError.ConfigError> =>
  migrated.pipe(
    Layer.provideMerge(
      PgClient.layer({
        url: Redacted.make(options.url),
        maxConnections: options.maxConnections ?? 10,
        applicationName: options.applicationName ?? "ratchet"
      })
    )
  )
