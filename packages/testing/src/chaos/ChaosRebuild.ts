/**
 * Read models against a rebuild: with the server stopped, dumps every
 * projection table, rebuilds the projections from the log, dumps again and
 * names each table whose rows differ. A read model that a crash left out of
 * step with the log shows here.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { EventStore, Storage } from "@ratchet/store"
import { Effect, Layer } from "effect"

const tables = Storage.defaultProjections.flatMap((p) => p.tables)

const dump = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const out = new Map<string, Array<string>>()
  for (const t of tables) {
    const rows = yield* sql.unsafe<Record<string, unknown>>(`SELECT * FROM ${t}`)
    // rows as canonical text, sorted: order of insertion is not part of a read model
    out.set(t, rows.map((r) => JSON.stringify(Object.entries(r).map(([k, x]) => [k, typeof x === "bigint" ? String(x) : x]))).sort())
  }
  return out
})

export const compare = (db: string): Promise<Array<string>> => {
  const storage: Layer.Layer<EventStore.EventStore | SqlClient.SqlClient, unknown> = db.startsWith("postgres")
    ? Storage.pg({ url: db })
    : Storage.sqlite({ filename: db })
  return Effect.gen(function*() {
    const before = yield* dump
    const store = yield* EventStore.EventStore
    yield* store.rebuildProjections
    const after = yield* dump
    const differences: Array<string> = []
    for (const t of tables) {
      const a = before.get(t)!
      const b = after.get(t)!
      const onlyBefore = a.filter((r) => !b.includes(r))
      const onlyAfter = b.filter((r) => !a.includes(r))
      if (onlyBefore.length + onlyAfter.length > 0) {
        differences.push(`${t}: ${onlyBefore.length} rows only in the live read model (first: ${onlyBefore[0]?.slice(0, 300)}), ${onlyAfter.length} only in the rebuild (first: ${onlyAfter[0]?.slice(0, 300)})`)
      }
    }
    return differences
  }).pipe(Effect.provide(storage), Effect.scoped, Effect.runPromise)
}
