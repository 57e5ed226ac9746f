/**
 * An append is one message on PostgreSQL: a process that dies while its
 * append waits for the append lock must not have it commit later, after
 * another process (or its own restart) has read the session and begun
 * recovering it. Our connections ask the server to check that the client is
 * still there (`client_connection_check_interval`); without it the dead
 * client's append commits once the lock is free.
 */
import { assert, describe, it } from "@effect/vitest"
import { Database } from "@ratchet/store"
import { Effect } from "effect"
import pg from "pg"
import { PgSuite } from "../src/index.js"

await PgSuite.withPgSchema("zombie appends on PostgreSQL", (url) =>
  describe("zombie appends on PostgreSQL", () => {
    it.live("an append whose process died while it waited for the append lock never commits", () =>
      Effect.promise(async () => {
        const holder = new pg.Client({ connectionString: url })
        await holder.connect()
        const dying = new pg.Client({ connectionString: Database.withSessionSettings(url) })
        dying.on("error", () => undefined)
        try {
          await holder.query("CREATE TABLE zombie_probe (x int)")
          await holder.query("BEGIN")
          await holder.query("SELECT pg_advisory_xact_lock(7214905118)")
          await dying.connect()
          // what PgLogWriter sends: the lock, then the write, in one message
          dying.query("SELECT pg_advisory_xact_lock(7214905118); INSERT INTO zombie_probe VALUES (1)").catch(() => undefined)
          await new Promise((r) => setTimeout(r, 300))
          // the process dies (its socket closes) while the append waits
          ;(dying as unknown as { connection: { stream: { destroy: () => void } } }).connection.stream.destroy()
          await new Promise((r) => setTimeout(r, 1000))
          await holder.query("COMMIT")
          await new Promise((r) => setTimeout(r, 500))
          const rows = await holder.query<{ n: string }>("SELECT count(*) AS n FROM zombie_probe")
          assert.strictEqual(Number(rows.rows[0]!.n), 0)
        } finally {
          await holder.end()
        }
      }), 30_000)
  }))
