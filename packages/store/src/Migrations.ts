/**
 * The schema of the log and its read models, one set of migrations with
 * dialect branches. `run` takes a database-wide lock first, so two processes
 * starting together migrate once: PostgreSQL through a transaction-scoped
 * advisory lock, SQLite through a write that takes the database write lock.
 */
import * as Migrator from "@effect/sql/Migrator"
import * as SqlClient from "@effect/sql/SqlClient"
import { Effect } from "effect"
import * as AppendRows from "./internal/pgAppendRows.js"
import { APPEND_LOCK_KEY, WAKEUP_CHANNEL } from "./PgLogWriter.js"

const MIGRATIONS_TABLE = "ratchet_migrations"
// an arbitrary 64-bit key; it only has to be the same in every process
const PG_LOCK_KEY = 7_214_905_117

const m0001_event_log = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql.onDialectOrElse({
    pg: () => sql`CREATE TABLE event (
      position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id TEXT NOT NULL,
      session_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      type TEXT NOT NULL,
      version INTEGER NOT NULL,
      data TEXT NOT NULL,
      created BIGINT NOT NULL,
      UNIQUE (session_id, seq)
    )`,
    // AUTOINCREMENT: a position is never reused, even after the newest rows are deleted
    orElse: () => sql`CREATE TABLE event (
      position INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL,
      session_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      type TEXT NOT NULL,
      version INTEGER NOT NULL,
      data TEXT NOT NULL,
      created INTEGER NOT NULL,
      UNIQUE (session_id, seq)
    )`
  })
})

const m0002_read_models = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const big = sql.onDialectOrElse({ pg: () => "BIGINT", orElse: () => "INTEGER" })
  const real = sql.onDialectOrElse({ pg: () => "DOUBLE PRECISION", orElse: () => "REAL" })
  yield* sql.unsafe(`CREATE TABLE session (
    id TEXT PRIMARY KEY,
    parent_id TEXT,
    title TEXT NOT NULL,
    agent TEXT NOT NULL,
    model TEXT,
    directory TEXT NOT NULL,
    workspace_id TEXT,
    status TEXT NOT NULL,
    activity_id TEXT,
    tokens_input ${big} NOT NULL,
    tokens_output ${big} NOT NULL,
    tokens_reasoning ${big} NOT NULL,
    tokens_cache_read ${big} NOT NULL,
    tokens_cache_write ${big} NOT NULL,
    cost ${real} NOT NULL,
    time_created ${big} NOT NULL,
    time_updated ${big} NOT NULL,
    time_archived ${big}
  )`)
  yield* sql.unsafe(`CREATE INDEX session_parent ON session (parent_id)`)
  yield* sql.unsafe(`CREATE TABLE message (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    info TEXT NOT NULL,
    finish TEXT,
    error TEXT,
    cost ${real},
    tokens TEXT,
    time_created ${big} NOT NULL,
    time_completed ${big}
  )`)
  yield* sql.unsafe(`CREATE INDEX message_session ON message (session_id, seq)`)
  yield* sql.unsafe(`CREATE TABLE part (
    session_id TEXT NOT NULL,
    id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    text_done INTEGER NOT NULL,
    tool TEXT,
    status TEXT,
    input TEXT,
    output TEXT,
    error TEXT,
    metadata TEXT,
    time_created ${big} NOT NULL,
    time_updated ${big} NOT NULL,
    time_completed ${big},
    PRIMARY KEY (session_id, id)
  )`)
  yield* sql.unsafe(`CREATE INDEX part_message ON part (message_id, seq)`)
})

const m0003_session_input = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const big = sql.onDialectOrElse({ pg: () => "BIGINT", orElse: () => "INTEGER" })
  yield* sql.unsafe(`CREATE TABLE session_input (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    prompt TEXT NOT NULL,
    delivery TEXT NOT NULL,
    state TEXT NOT NULL,
    admitted_seq INTEGER NOT NULL,
    promoted_seq INTEGER,
    time_admitted ${big} NOT NULL,
    time_promoted ${big}
  )`)
  yield* sql.unsafe(`CREATE INDEX session_input_pending ON session_input (session_id, state, admitted_seq)`)
})

const m0004_requests_and_todos = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const big = sql.onDialectOrElse({ pg: () => "BIGINT", orElse: () => "INTEGER" })
  yield* sql.unsafe(`ALTER TABLE session ADD COLUMN permission TEXT`)
  yield* sql.unsafe(`CREATE TABLE permission_request (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    permission TEXT NOT NULL,
    patterns TEXT NOT NULL,
    always TEXT NOT NULL,
    message_id TEXT,
    call_id TEXT,
    metadata TEXT,
    state TEXT NOT NULL,
    reply TEXT,
    message TEXT,
    time_created ${big} NOT NULL,
    time_replied ${big}
  )`)
  yield* sql.unsafe(`CREATE INDEX permission_request_session ON permission_request (session_id, state)`)
  yield* sql.unsafe(`CREATE INDEX permission_request_call ON permission_request (session_id, call_id)`)
  yield* sql.unsafe(`CREATE TABLE question_request (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    questions TEXT NOT NULL,
    message_id TEXT,
    call_id TEXT,
    state TEXT NOT NULL,
    answers TEXT,
    time_created ${big} NOT NULL,
    time_replied ${big}
  )`)
  yield* sql.unsafe(`CREATE INDEX question_request_session ON question_request (session_id, state)`)
  yield* sql.unsafe(`CREATE TABLE permission_saved (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    permission TEXT NOT NULL,
    pattern TEXT NOT NULL,
    time_created ${big} NOT NULL
  )`)
  yield* sql.unsafe(`CREATE TABLE session_todo (
    session_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    content TEXT NOT NULL,
    status TEXT NOT NULL,
    priority TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
  )`)
})

/** Inputs admitted with `resume: false` are not run by a restart (`wake = 0`). */
const m0005_input_wake = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql.unsafe(`ALTER TABLE session_input ADD COLUMN wake INTEGER NOT NULL DEFAULT 1`)
})

/**
 * A provider attempt retried (after a retryable error or a stop) is superseded: the message view
 * shows the attempt that counts. Existing logs are marked from their events: the attempt whose
 * `step.failed` is directly followed by `retried`.
 */
const m0006_message_superseded = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql.unsafe(`ALTER TABLE message ADD COLUMN superseded INTEGER NOT NULL DEFAULT 0`)
  const messageOf = sql.onDialectOrElse({ pg: () => "f.data::json->>'assistantMessageID'", orElse: () => "json_extract(f.data, '$.assistantMessageID')" })
  yield* sql.unsafe(`UPDATE message SET superseded = 1 WHERE id IN (
    SELECT ${messageOf} FROM event f JOIN event r ON r.session_id = f.session_id AND r.seq = f.seq + 1
    WHERE f.type = 'session.next.step.failed' AND r.type = 'session.next.retried')`)
})

/**
 * Message ids are the client's (an idempotency key) and so only unique within their session:
 * `session_input` and `message` are keyed by (session_id, id). SQLite cannot change a primary key
 * in place, so there the tables are copied.
 */
const m0007_session_scoped_message_ids = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql.onDialectOrElse({
    pg: () =>
      Effect.all([
        sql.unsafe(`ALTER TABLE session_input DROP CONSTRAINT session_input_pkey, ADD PRIMARY KEY (session_id, id)`),
        sql.unsafe(`ALTER TABLE message DROP CONSTRAINT message_pkey, ADD PRIMARY KEY (session_id, id)`)
      ], { discard: true }),
    orElse: () =>
      Effect.gen(function*() {
        for (const table of ["session_input", "message"]) {
          const [row] = yield* sql<{ readonly sql: string }>`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ${table}`
          const create = row!.sql
            .replace(/^CREATE TABLE \w+/, `CREATE TABLE ${table}_new`)
            .replace(/id TEXT PRIMARY KEY/, "id TEXT NOT NULL")
            .replace(/\)\s*$/, ", PRIMARY KEY (session_id, id))")
          yield* sql.unsafe(create)
          yield* sql.unsafe(`INSERT INTO ${table}_new SELECT * FROM ${table}`)
          yield* sql.unsafe(`DROP TABLE ${table}`)
          yield* sql.unsafe(`ALTER TABLE ${table}_new RENAME TO ${table}`)
        }
        yield* sql.unsafe(`CREATE INDEX session_input_pending ON session_input (session_id, state, admitted_seq)`)
        yield* sql.unsafe(`CREATE INDEX message_session ON message (session_id, seq)`)
      })
  })
})

/** The server log: changes to the server itself (MCP servers added through the API), apart from the session log. */
const m0008_server_log = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql.onDialectOrElse({
    pg: () => sql`CREATE TABLE server_event (
      position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      type TEXT NOT NULL,
      data TEXT NOT NULL,
      created BIGINT NOT NULL
    )`,
    orElse: () => sql`CREATE TABLE server_event (
      position INTEGER PRIMARY KEY AUTOINCREMENT,
      type TEXT NOT NULL,
      data TEXT NOT NULL,
      created INTEGER NOT NULL
    )`
  })
})

/** A session's own sandbox choice for `bash` (`session.created`'s `sandbox`). */
const m0009_session_sandbox = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql.unsafe(`ALTER TABLE session ADD COLUMN sandbox TEXT`)
})

/** Inbox inputs that are not prompts (`compact`). */
const m0010_input_kind = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql.unsafe(`ALTER TABLE session_input ADD COLUMN kind TEXT`)
})

/** A session's staged revert (`session.next.revert.staged`), until cleared or committed. */
const m0011_session_revert = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql.unsafe(`ALTER TABLE session ADD COLUMN revert TEXT`)
})

/** Prompt attachments by content hash (`Attachments`): a prompt's events name them, never repeat them. */
const m0012_attachments = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const big = sql.onDialectOrElse({ pg: () => "BIGINT", orElse: () => "INTEGER" })
  yield* sql.unsafe(`CREATE TABLE attachment (
    hash TEXT PRIMARY KEY,
    mime TEXT NOT NULL,
    size ${big} NOT NULL,
    data TEXT NOT NULL,
    created ${big} NOT NULL
  )`)
})

/**
 * Access and usage (docs/operations.md): a session's project (tenant), who
 * admitted an input and whose turn an assistant message was (API key ids),
 * the API keys themselves (scrypt hashes, never the key) and budgets.
 */
const m0013_access = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const big = sql.onDialectOrElse({ pg: () => "BIGINT", orElse: () => "INTEGER" })
  const real = sql.onDialectOrElse({ pg: () => "DOUBLE PRECISION", orElse: () => "REAL" })
  yield* sql.unsafe(`ALTER TABLE session ADD COLUMN project TEXT NOT NULL DEFAULT 'default'`)
  yield* sql.unsafe(`CREATE INDEX session_project ON session (project, time_updated)`)
  yield* sql.unsafe(`ALTER TABLE session ADD COLUMN activity_by TEXT`)
  // a fork's first events are copies: their turns were paid for in the session they came from
  yield* sql.unsafe(`ALTER TABLE session ADD COLUMN copied_seq INTEGER NOT NULL DEFAULT 0`)
  yield* sql.unsafe(`ALTER TABLE session_input ADD COLUMN admitted_by TEXT`)
  // an "always" approval holds in its session's project only
  yield* sql.unsafe(`ALTER TABLE permission_saved ADD COLUMN project TEXT NOT NULL DEFAULT 'default'`)
  yield* sql.unsafe(`ALTER TABLE message ADD COLUMN key_id TEXT`)
  yield* sql.unsafe(`CREATE INDEX message_completed ON message (time_completed)`)
  yield* sql.unsafe(`CREATE TABLE api_key (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    project TEXT,
    salt TEXT NOT NULL,
    hash TEXT NOT NULL,
    created_by TEXT,
    time_created ${big} NOT NULL,
    time_revoked ${big}
  )`)
  yield* sql.unsafe(`CREATE TABLE budget (
    id TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    subject TEXT NOT NULL,
    period TEXT NOT NULL,
    limit_usd ${real} NOT NULL,
    created_by TEXT,
    time_created ${big} NOT NULL
  )`)
  yield* sql.unsafe(`CREATE UNIQUE INDEX budget_subject ON budget (scope, subject, period)`)
})

/** Who runs each session (`SessionLeases`, docs/scale.md): the owner process, its fencing token, when it lapses. */
const m0014_session_lease = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const big = sql.onDialectOrElse({ pg: () => "BIGINT", orElse: () => "INTEGER" })
  yield* sql.unsafe(`CREATE TABLE session_lease (
    session_id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    token ${big} NOT NULL,
    expires ${big} NOT NULL
  )`)
  yield* sql.unsafe(`CREATE INDEX session_lease_owner ON session_lease (owner)`)
  yield* sql.unsafe(`CREATE INDEX session_lease_expires ON session_lease (expires)`)
})

/** PostgreSQL: the refusal a one-round-trip append raises when a check fails (`internal/pgScript.ts`). */
const m0015_append_refusal = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql.onDialectOrElse({
    pg: () =>
      sql.unsafe(`CREATE OR REPLACE FUNCTION ratchet_refuse(reason text) RETURNS integer LANGUAGE plpgsql VOLATILE AS $$
        BEGIN RAISE EXCEPTION USING ERRCODE = 'RT001', MESSAGE = reason; END $$`),
    orElse: () => Effect.void
  })
})

/** PostgreSQL: appends without projections as one function call with array parameters (`internal/pgAppendRows.ts`). */
const m0016_append_rows = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql.onDialectOrElse({ pg: () => sql.unsafe(AppendRows.functionSql(APPEND_LOCK_KEY, WAKEUP_CHANNEL)), orElse: () => Effect.void })
})

export const all: ReadonlyArray<readonly [number, string, Effect.Effect<void, unknown, SqlClient.SqlClient>]> = [
  [1, "event_log", m0001_event_log],
  [2, "read_models", m0002_read_models],
  [3, "session_input", m0003_session_input],
  [4, "requests_and_todos", m0004_requests_and_todos],
  [5, "input_wake", m0005_input_wake],
  [6, "message_superseded", m0006_message_superseded],
  [7, "session_scoped_message_ids", m0007_session_scoped_message_ids],
  [8, "server_log", m0008_server_log],
  [9, "session_sandbox", m0009_session_sandbox],
  [10, "input_kind", m0010_input_kind],
  [11, "session_revert", m0011_session_revert],
  [12, "attachments", m0012_attachments],
  [13, "access", m0013_access],
  [14, "session_lease", m0014_session_lease],
  [15, "append_refusal", m0015_append_refusal],
  [16, "append_rows", m0016_append_rows]
]

const migrate = Migrator.make({})({
  table: MIGRATIONS_TABLE,
  loader: Migrator.fromRecord(Object.fromEntries(all.map(([id, name, effect]) => [`${id}_${name}`, effect])))
})

/** Brings the database to the latest schema; safe to call from several processes at once. */
export const run = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  return yield* sql.withTransaction(
    Effect.gen(function*() {
      yield* sql.onDialectOrElse({
        pg: () => sql`SELECT pg_advisory_xact_lock(${PG_LOCK_KEY})`,
        orElse: () =>
          // a write as the first statement takes SQLite's write lock (waiting out busy_timeout)
          sql`CREATE TABLE IF NOT EXISTS ratchet_migration_lock (id INTEGER PRIMARY KEY)`.pipe(
            Effect.zipRight(sql`INSERT OR REPLACE INTO ratchet_migration_lock (id) VALUES (1)`)
          )
      })
      // created here, under the lock: the migrator's own create-if-missing races on PostgreSQL
      yield* sql.onDialectOrElse({
        pg: () =>
          sql`CREATE TABLE IF NOT EXISTS ${sql(MIGRATIONS_TABLE)} (
            migration_id integer primary key,
            created_at timestamp with time zone not null default now(),
            name text not null
          )`,
        orElse: () => Effect.void
      })
      return yield* migrate
    })
  )
})
