/**
 * What the engine counts, as Effect `Metric`s (the server exposes them at
 * `/metrics`, docs/operations.md): activities, provider turns by model and
 * outcome with their tokens, cost, duration and time to first token, tool
 * calls by tool and outcome, and what recovery did on start. Updated per turn and per call, never per
 * streamed chunk.
 */
import { Effect, Metric, MetricBoundaries } from "effect"

const seconds = MetricBoundaries.exponential({ start: 0.05, factor: 2, count: 12 })

export const activitiesActive = Metric.gauge("ratchet_activities_active", { description: "activities running now" })
export const activitiesEnded = Metric.counter("ratchet_activities_total", { description: "activities ended, by outcome", incremental: true })
export const turns = Metric.counter("ratchet_provider_turns_total", { description: "provider turns, by provider, model and outcome (ok or the failure's kind)", incremental: true })
export const tokens = Metric.counter("ratchet_tokens_total", { description: "tokens, by provider, model and kind (input, output, reasoning, cache_read, cache_write)", incremental: true })
export const cost = Metric.counter("ratchet_cost_dollars_total", { description: "dollars spent, by provider and model (priced turns only)", incremental: true })
export const turnSeconds = Metric.histogram("ratchet_provider_turn_seconds", seconds, "provider turn duration, by provider and model")
export const firstTokenSeconds = Metric.histogram("ratchet_time_to_first_token_seconds", seconds, "time from the provider request to its first streamed part, by provider and model")
export const toolCalls = Metric.counter("ratchet_tool_calls_total", { description: "tool calls settled, by tool and outcome (success or failed)", incremental: true })

export const activitiesWaiting = Metric.gauge("ratchet_activities_waiting", { description: "activities ready to run, waiting for a run permit (maxConcurrentActivities)" })

let waitingNow = 0
/** One more (or one fewer) activity waiting for a permit. */
export const waiting = (delta: 1 | -1) => Effect.suspend(() => Metric.set(activitiesWaiting, (waitingNow += delta)))

let active = 0
/** One more (or one fewer) activity running. */
export const activity = (delta: 1 | -1) => Effect.suspend(() => Metric.set(activitiesActive, (active += delta)))

const model = <Type, In, Out>(metric: Metric.Metric<Type, In, Out>, m: { readonly providerID: string; readonly id: string }) =>
  Metric.tagged(Metric.tagged(metric, "provider", m.providerID), "model", m.id)

export interface TurnFigures {
  readonly model: { readonly providerID: string; readonly id: string }
  readonly outcome: string
  readonly seconds: number
  readonly firstTokenSeconds?: number
  readonly usage?: { readonly input: number; readonly output: number; readonly reasoning: number; readonly cacheRead: number; readonly cacheWrite: number }
  readonly cost?: number | null
}

/** A provider turn's figures, once it ended (or failed). */
export const turn = (t: TurnFigures) =>
  Effect.all([
    Metric.increment(Metric.tagged(model(turns, t.model), "outcome", t.outcome)),
    Metric.update(model(turnSeconds, t.model), t.seconds),
    t.firstTokenSeconds === undefined ? Effect.void : Metric.update(model(firstTokenSeconds, t.model), t.firstTokenSeconds),
    t.usage === undefined ? Effect.void : Effect.all([
      Metric.incrementBy(Metric.tagged(model(tokens, t.model), "kind", "input"), t.usage.input),
      Metric.incrementBy(Metric.tagged(model(tokens, t.model), "kind", "output"), t.usage.output),
      Metric.incrementBy(Metric.tagged(model(tokens, t.model), "kind", "reasoning"), t.usage.reasoning),
      Metric.incrementBy(Metric.tagged(model(tokens, t.model), "kind", "cache_read"), t.usage.cacheRead),
      Metric.incrementBy(Metric.tagged(model(tokens, t.model), "kind", "cache_write"), t.usage.cacheWrite)
    ], { discard: true }),
    t.cost === undefined || t.cost === null ? Effect.void : Metric.incrementBy(model(cost, t.model), t.cost)
  ], { discard: true })

export const toolCall = (tool: string, outcome: "success" | "failed") =>
  Metric.increment(Metric.tagged(Metric.tagged(toolCalls, "tool", tool), "outcome", outcome))

export const leasesLost = Metric.counter("ratchet_leases_lost_total", {
  description: "sessions this process was running when another process took them over (it stops their runs)",
  incremental: true
})

export const recoveryActions = Metric.counter("ratchet_recovery_actions_total", {
  description: "what a start did with work a stopped process left: parked (a step waiting on a reply goes on), retry_turn (a cut provider turn again), resume_tools (a cut step's calls settled), compaction (run again), orphan_closed, inputs_woken",
  incremental: true
})

export const recovery = (action: "parked" | "retry_turn" | "resume_tools" | "compaction" | "orphan_closed" | "inputs_woken", n = 1) =>
  Metric.incrementBy(Metric.tagged(recoveryActions, "action", action), n)

export const activityEnded = (outcome: string) => Metric.increment(Metric.tagged(activitiesEnded, "outcome", outcome))
