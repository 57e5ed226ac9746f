/**
 * Budgets set through the admin API (`budget`): one dollar limit per scope
 * (a project or a key), subject and period. Those from the config file are
 * not stored here; the server lays these over them (docs/operations.md).
 * Changes carry a server-log entry naming who made them.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { Context, Effect, Layer, Option } from "effect"
import { randomBytes } from "node:crypto"
import { LogWriter } from "./LogWriter.js"
import { statement } from "./Projection.js"
import { entryStatement as audit } from "./ServerLog.js"

export interface StoredBudget {
  readonly id: string
  readonly scope: "project" | "key"
  readonly subject: string
  readonly period: "day" | "month"
  readonly limit: number
}

export interface BudgetStoreService {
  readonly list: Effect.Effect<ReadonlyArray<StoredBudget>>
  /** Sets the limit for (scope, subject, period), replacing one set before; returns it. */
  readonly put: (budget: Omit<StoredBudget, "id">, by?: string) => Effect.Effect<StoredBudget>
  readonly remove: (id: string, by?: string) => Effect.Effect<Option.Option<StoredBudget>>
}

export class BudgetStore extends Context.Tag("@ratchet/store/BudgetStore")<BudgetStore, BudgetStoreService>() {}

interface Row {
  readonly id: string
  readonly scope: string
  readonly subject: string
  readonly period: string
  readonly limit_usd: number | string
}

const toBudget = (r: Row): StoredBudget => ({
  id: r.id,
  scope: r.scope as StoredBudget["scope"],
  subject: r.subject,
  period: r.period as StoredBudget["period"],
  limit: Number(r.limit_usd)
})

export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const writer = yield* LogWriter
  const all = sql<Row>`SELECT * FROM budget ORDER BY scope, subject, period`.pipe(Effect.map((rows) => rows.map(toBudget)), Effect.orDie)

  return BudgetStore.of({
    list: all,
    put: (budget, by) =>
      Effect.gen(function*() {
        yield* writer.write([
          statement(
            `INSERT INTO budget (id, scope, subject, period, limit_usd, created_by, time_created) VALUES (?, ?, ?, ?, ?, ?, ?)
              ON CONFLICT (scope, subject, period) DO UPDATE SET limit_usd = excluded.limit_usd, created_by = excluded.created_by`,
            [`bud_${randomBytes(8).toString("hex")}`, budget.scope, budget.subject, budget.period, budget.limit, by ?? null, Date.now()]
          ),
          audit("budget.set", { ...budget, by: by ?? null })
        ]).pipe(Effect.orDie)
        const rows = yield* sql<Row>`SELECT * FROM budget WHERE scope = ${budget.scope} AND subject = ${budget.subject} AND period = ${budget.period}`.pipe(Effect.orDie)
        return toBudget(rows[0]!)
      }),
    remove: (id, by) =>
      Effect.gen(function*() {
        const rows = yield* sql<Row>`SELECT * FROM budget WHERE id = ${id}`.pipe(Effect.orDie)
        if (rows.length === 0) return Option.none()
        yield* writer.write([statement(`DELETE FROM budget WHERE id = ?`, [id]), audit("budget.removed", { id, by: by ?? null })]).pipe(Effect.orDie)
        return Option.some(toBudget(rows[0]!))
      })
  })
})

export const layer: Layer.Layer<BudgetStore, never, SqlClient.SqlClient | LogWriter> = Layer.effect(BudgetStore, make)
