/**
 * Real databases for tests and benchmarks: a fresh SQLite file, or a fresh
 * schema in the machine's PostgreSQL (database `test`), dropped afterwards.
 */
import { Effect } from "effect"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"

export const PG_URL = process.env.RATCHET_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test"

/** A fresh SQLite file in a temp dir, removed when the scope closes. */
export const sqliteFile = Effect.acquireRelease(
  Effect.sync(() => {
    const dir = mkdtempSync(join(tmpdir(), "ratchet-test-"))
    return { dir, filename: join(dir, "ratchet.db") }
  }),
  ({ dir }) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
).pipe(Effect.map(({ filename }) => filename))

export const makeSqliteDir = (): { readonly dir: string; readonly filename: string; readonly remove: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), "ratchet-test-"))
  return { dir, filename: join(dir, "ratchet.db"), remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Why PostgreSQL can't be used here, or undefined when it can. */
export const pgUnavailable = async (): Promise<string | undefined> => {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query("SELECT 1")
    return undefined
  } catch (error) {
    return `PostgreSQL at ${PG_URL} is not reachable (${(error as Error).message})`
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Creates a fresh schema and returns a URL whose connections use it; `drop` removes it. */
export const pgSchema = async (): Promise<{ readonly url: string; readonly schema: string; readonly drop: () => Promise<void> }> => {
  const schema = `ratchet_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  await admin.end()
  const sep = PG_URL.includes("?") ? "&" : "?"
  return {
    url: `${PG_URL}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    schema,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL })
      await c.connect()
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await c.end()
    }
  }
}

