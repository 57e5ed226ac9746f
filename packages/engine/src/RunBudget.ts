/**
 * The runner's budget port: asked before every provider turn whether the
 * turn's payer (the session's project, the key its activity is for) is over
 * a cost budget. An activity that finds it is stops there with the
 * `budget_exceeded` outcome: the turn that crossed the limit finishes (and
 * its tool calls run), the next one is not started. The server implements it
 * from its budgets (docs/operations.md); by default nothing is limited.
 */
import { Context, Effect, Option } from "effect"
import type { SessionId } from "@ratchet/schema"

export interface BudgetSubject {
  readonly sessionID: SessionId
  readonly project: string
  /** The key the activity is for (`activity.started`'s `by`). */
  readonly by?: string
}

export interface RunBudgetShape {
  /** Some(reason) when a budget that applies is used up. */
  readonly exceeded: (subject: BudgetSubject) => Effect.Effect<Option.Option<string>>
}

export class RunBudget extends Context.Reference<RunBudget>()("@ratchet/engine/RunBudget", {
  defaultValue: (): RunBudgetShape => ({ exceeded: () => Effect.succeedNone })
}) {}
