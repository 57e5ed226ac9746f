/**
 * Upgrading a database that has data: migrations 1–6 run, rows are written
 * the way that version wrote them, then the full set runs. Migration 7 keys
 * `session_input` and `message` by (session, id): the rows must survive, and
 * the same client message id must then fit in two sessions.
 */
import * as Migrator from "@effect/sql/Migrator"
import * as SqlClient from "@effect/sql/SqlClient"
import { PgClient } from "@effect/sql-pg"
import { SqliteClient } from "@effect/sql-sqlite-node"
import { assert, describe, it } from "@effect/vitest"
import { Migrations } from "@ratchet/store"
import { Effect, type Layer, Redacted } from "effect"
import { Databases } from "../src/index.js"

const upToSix = Migrator.make({})({
  table: "ratchet_migrations",
  loader: Migrator.fromRecord(Object.fromEntries(Migrations.all.filter(([id]) => id <= 6).map(([id, name, effect]) => [`${id}_${name}`, effect])))
})

const input = (session: string) => ({ id: "msg_same", session_id: session, prompt: `{"text":"hi"}`, delivery: "queue", state: "pending", admitted_seq: 2, time_admitted: 1, wake: 1 })
const message = (session: string) => ({ id: "msg_same", session_id: session, seq: 3, type: "user", info: "{}", time_created: 1 })

const upgrade = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* upToSix
  yield* sql`INSERT INTO session_input ${sql.insert(input("ses_a"))}`
  yield* sql`INSERT INTO message ${sql.insert(message("ses_a"))}`
  // before: the id is global
  const refused = yield* Effect.either(sql`INSERT INTO message ${sql.insert(message("ses_b"))}`)
  assert.isTrue(refused._tag === "Left")
  yield* Migrations.run
  const kept = yield* sql<{ id: string; session_id: string }>`SELECT id, session_id FROM session_input`
  assert.deepStrictEqual(kept.map((r) => [r.id, r.session_id]), [["msg_same", "ses_a"]])
  yield* sql`INSERT INTO session_input ${sql.insert(input("ses_b"))}`
  yield* sql`INSERT INTO message ${sql.insert(message("ses_b"))}`
  const messages = yield* sql<{ n: number | string }>`SELECT count(*) AS n FROM message WHERE id = 'msg_same'`
  assert.strictEqual(Number(messages[0]!.n), 2)
  // within one session it is still unique
  const again = yield* Effect.either(sql`INSERT INTO message ${sql.insert(message("ses_b"))}`)
  assert.isTrue(again._tag === "Left")
})

const pgUnavailable = await Databases.pgUnavailable()

describe("upgrading a database with data", () => {
  it.scoped("SQLite", () =>
    Effect.gen(function*() {
      const file = yield* Databases.sqliteFile
      yield* upgrade.pipe(Effect.provide(SqliteClient.layer({ filename: file }) as Layer.Layer<SqlClient.SqlClient>))
    }))

  it.scopedLive.skipIf(pgUnavailable !== undefined)(`PostgreSQL${pgUnavailable === undefined ? "" : ` (skipped: ${pgUnavailable})`}`, () =>
    Effect.gen(function*() {
      const schema = yield* Effect.acquireRelease(Effect.promise(() => Databases.pgSchema()), (s) => Effect.promise(() => s.drop()))
      yield* upgrade.pipe(Effect.provide(PgClient.layer({ url: Redacted.make(schema.url) }) as Layer.Layer<SqlClient.SqlClient>))
    }))
})
