/**
 * Cost budgets (docs/operations.md): a dollar limit per UTC day or month for
 * a project or a key, from the config file (`budgets`) or set through the
 * admin API (stored; a stored one replaces the config's for the same scope,
 * subject and period). Spend is read from the message projection: priced
 * turns that ended in the period, copies in forks not counted again.
 *
 * An admission over a budget is refused (402) before anything is written; a
 * run that crosses one mid-way is stopped by the runner before its next turn
 * (`RunBudget`, outcome `budget_exceeded`).
 */
import { BudgetExceededError } from "@ratchet/api"
import { RunBudget } from "@ratchet/engine"
import { BudgetStore, SessionQueries } from "@ratchet/store"
import { Context, Effect, Layer, Option } from "effect"
import { ServerConfig } from "../ServerConfig.js"

export interface Budget {
  readonly id: string
  readonly scope: "project" | "key"
  readonly subject: string
  readonly period: "day" | "month"
  readonly limit: number
  readonly source: "config" | "api"
}

export interface BudgetsService {
  /** Every budget in force (the stored over the config's), each with what was spent in its current period. */
  readonly list: Effect.Effect<ReadonlyArray<Budget & { readonly spent: number }>>
  /** Fails with the first budget of this project or key that is used up. */
  readonly admit: (project: string, keyID: string | undefined) => Effect.Effect<void, BudgetExceededError>
  /** `admit` for an input to this session (an unknown session passes: the route answers its 404). */
  readonly admitTo: (sessionID: string, keyID: string | undefined) => Effect.Effect<void, BudgetExceededError>
  /** Forget the stored budgets read before (after this process set or removed one). */
  readonly changed: Effect.Effect<void>
}

export class Budgets extends Context.Tag("@ratchet/server/Budgets")<Budgets, BudgetsService>() {}

/** Where the current period began (UTC), in ms. */
export const periodStart = (period: "day" | "month", now: number): number => {
  const d = new Date(now)
  return period === "day" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) : Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
}

const STORED_TTL_MS = 1_000

const configId = (b: { readonly scope: string; readonly subject: string; readonly period: string }) => `config:${b.scope}:${b.subject}:${b.period}`

export const layer = Layer.effect(
  Budgets,
  Effect.gen(function*() {
    const config = yield* ServerConfig
    const store = yield* BudgetStore.BudgetStore
    const queries = yield* SessionQueries.SessionQueries
    const fromConfig: ReadonlyArray<Budget> = config.budgets.map((b) => ({ ...b, id: configId(b), source: "config" as const }))

    // the stored budgets, read at most once a second: admissions and turns ask on every prompt and step,
    // and another process's change is seen within that second
    let cached: { readonly at: number; readonly list: ReadonlyArray<BudgetStore.StoredBudget> } | undefined
    const storedBudgets = Effect.suspend(() => {
      const now = Date.now()
      if (cached !== undefined && now - cached.at < STORED_TTL_MS) return Effect.succeed(cached.list)
      return Effect.tap(store.list, (list) => Effect.sync(() => (cached = { at: now, list })))
    })

    const inForce = Effect.map(storedBudgets, (stored) => {
      const byKey = new Map<string, Budget>(fromConfig.map((b) => [configId(b), b]))
      for (const b of stored) byKey.set(configId(b), { ...b, source: "api" })
      return [...byKey.values()]
    })

    const spentOn = (b: Budget, now: number) =>
      queries.spent({ from: periodStart(b.period, now), ...(b.scope === "project" ? { project: b.subject } : { keyID: b.subject }) })

    const firstExceeded = (project: string, keyID: string | undefined) =>
      Effect.gen(function*() {
        const now = Date.now()
        // nothing configured or stored (the common case): no spend is read
        for (const b of yield* inForce) {
          if (!(b.scope === "project" ? b.subject === project : b.subject === keyID)) continue
          const spent = yield* spentOn(b, now)
          if (spent >= b.limit) return Option.some({ budget: b, spent })
        }
        return Option.none()
      })

    const describe = (b: Budget, spent: number) =>
      `the ${b.period === "day" ? "daily" : "monthly"} budget of ${b.scope} ${b.subject} is used up: $${spent.toFixed(4)} spent of $${b.limit} (it resets at the start of the next UTC ${b.period})`

    const admit: BudgetsService["admit"] = (project, keyID) =>
      Effect.flatMap(firstExceeded(project, keyID), Option.match({
        onNone: () => Effect.void,
        onSome: ({ budget, spent }) =>
          Effect.fail(new BudgetExceededError({
            message: describe(budget, spent),
            scope: budget.scope,
            subject: budget.subject,
            period: budget.period,
            limit: budget.limit,
            spent
          }))
      }))

    return Budgets.of({
      admit,
      changed: Effect.sync(() => (cached = undefined)),
      admitTo: (sessionID, keyID) =>
        Effect.flatMap(queries.projects([sessionID]), (projects) => {
          const project = projects.get(sessionID)
          return project === undefined ? Effect.void : admit(project, keyID)
        }),
      list: Effect.gen(function*() {
        const now = Date.now()
        return yield* Effect.forEach(yield* inForce, (b) => Effect.map(spentOn(b, now), (spent) => ({ ...b, spent })))
      })
    })
  })
)

/** The runner's port, answered from the same budgets. */
export const runBudgetLayer = Layer.effect(
  RunBudget.RunBudget,
  Effect.gen(function*() {
    const budgets = yield* Budgets
    return {
      exceeded: (subject) =>
        budgets.admit(subject.project, subject.by).pipe(
          Effect.as(Option.none<string>()),
          Effect.catchTag("BudgetExceededError", (e) => Effect.succeed(Option.some(e.message)))
        )
    }
  })
)
