/**
 * The admission bound shared by every route that admits an input (v2 and
 * v1 prompts, compactions): prompts in flight across the server, pending
 * inputs per session, and cost budgets.
 */
import { type BudgetExceededError, TooManyRequestsError } from "@ratchet/api"
import { Principal } from "@ratchet/schema"
import type { BudgetsService } from "../access/Budgets.js"
import type { SessionInbox } from "@ratchet/engine"
import type { SessionId } from "@ratchet/schema"
import { Effect } from "effect"
import type { LifecycleService } from "../Lifecycle.js"
import * as MetricsRoute from "../MetricsRoute.js"
import type { ServerConfigShape } from "../ServerConfig.js"

const build = (lifecycle: LifecycleService, inbox: SessionInbox.SessionInboxService, config: ServerConfigShape, budgets: BudgetsService) => {
  /**
   * Admissions of each session between their count and their commit. The
   * stored count alone let concurrent admissions all see room (300 of 300
   * accepted against a bound of 256): each one reserves before it counts,
   * and counts the others' reservations, so the bound is never passed
   * (under contention at the bound, it may refuse one that would fit).
   */
  const reserved = new Map<SessionId, number>()
  const reserve = (sessionId: SessionId) => Effect.sync(() => reserved.set(sessionId, (reserved.get(sessionId) ?? 0) + 1))
  const unreserve = (sessionId: SessionId) =>
    Effect.sync(() => {
      const n = (reserved.get(sessionId) ?? 1) - 1
      if (n === 0) reserved.delete(sessionId)
      else reserved.set(sessionId, n)
    })

  /** Admission bound: prompts in flight across the server, pending inputs per session. */
  return <A, E, R>(
    sessionId: SessionId,
    effect: Effect.Effect<A, E, R>
  ): Effect.Effect<A, E | TooManyRequestsError | BudgetExceededError, R> =>
    Effect.acquireUseRelease(
      Effect.suspend(() =>
        lifecycle.tryAdmit()
          ? reserve(sessionId)
          : Effect.zipRight(
            MetricsRoute.admission("refused"),
            Effect.fail(new TooManyRequestsError({ message: "too many prompts in flight", retryAfter: config.retryAfterSeconds }))
          )
      ),
      () =>
        // over a budget: refused before anything is written (402)
        Effect.zipRight(Effect.flatMap(Principal.Principal, (p) => budgets.admitTo(sessionId, p.id)), Effect.flatMap(inbox.pendingCount(sessionId), (stored) => {
          const pending = stored + (reserved.get(sessionId) ?? 1) - 1
          return pending >= config.maxPendingPerSession
            ? Effect.zipRight(
              MetricsRoute.admission("refused"),
              Effect.fail(
                new TooManyRequestsError({
                  message: `session ${sessionId} has ${pending} pending inputs (limit ${config.maxPendingPerSession})`,
                  retryAfter: config.retryAfterSeconds
                })
              )
            )
            : Effect.tap(effect as Effect.Effect<A, E | TooManyRequestsError, R>, () => MetricsRoute.admission("accepted"))
        })),
      () => Effect.zipRight(unreserve(sessionId), Effect.sync(lifecycle.admitted))
    )
}

type Admit = ReturnType<typeof build>
/** One bound per server (its lifecycle), whichever route group admits. */
const instances = new WeakMap<LifecycleService, Admit>()

export const make = (lifecycle: LifecycleService, inbox: SessionInbox.SessionInboxService, config: ServerConfigShape, budgets: BudgetsService): Admit => {
  const existing = instances.get(lifecycle)
  if (existing !== undefined) return existing
  const admit = build(lifecycle, inbox, config, budgets)
  instances.set(lifecycle, admit)
  return admit
}
