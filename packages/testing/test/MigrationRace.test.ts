import { assert, describe, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import pg from "pg"
import Sqlite from "better-sqlite3"
import { Migrations } from "@ratchet/store"
import { Databases } from "../src/index.js"

const script = fileURLToPath(new URL("./fixtures/migrate.ts", import.meta.url))

/** Starts `n` processes that open the same database at the same moment. */
const race = (n: number, kind: "sqlite" | "pg", target: string) => {
  const startAt = Date.now() + 2500
  return Promise.all(
    Array.from({ length: n }, () =>
      new Promise<string>((resolve, reject) =>
        execFile(process.execPath, ["--import", "tsx", script, kind, target], {
          env: { ...process.env, START_AT: String(startAt) },
          timeout: 60_000
        }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)))
      )
    )
  )
}

const pgUnavailable = await Databases.pgUnavailable()

describe("migrations across processes", () => {
  it("three processes opening one new SQLite file migrate it once", async () => {
    const db = Databases.makeSqliteDir()
    try {
      const out = await race(3, "sqlite", db.filename)
      assert.isTrue(out.every((o) => o.includes("migrated")))
      const conn = new Sqlite(db.filename, { readonly: true })
      const ids = conn.prepare("SELECT migration_id FROM ratchet_migrations ORDER BY migration_id").pluck().all()
      conn.close()
      assert.deepStrictEqual(ids, Migrations.all.map(([id]) => id))
    } finally {
      db.remove()
    }
  }, 90_000)

  // skipped (and said so by the PostgreSQL suite) only where there is no server and CI did not require one
  it.skipIf(pgUnavailable !== undefined && process.env.RATCHET_REQUIRE_PG !== "1")("three processes opening one new PostgreSQL schema migrate it once", async () => {
    if (pgUnavailable !== undefined) throw new Error(`RATCHET_REQUIRE_PG=1 but ${pgUnavailable}`)
    const schema = await Databases.pgSchema()
    try {
      const out = await race(3, "pg", schema.url)
      assert.isTrue(out.every((o) => o.includes("migrated")))
      const client = new pg.Client({ connectionString: schema.url })
      await client.connect()
      const rows = await client.query("SELECT migration_id FROM ratchet_migrations ORDER BY migration_id")
      await client.end()
      assert.deepStrictEqual(rows.rows.map((r: { migration_id: number }) => r.migration_id), Migrations.all.map(([id]) => id))
    } finally {
      await schema.drop()
    }
  }, 90_000)
})
