/**
 * Usage reports: the provider turns that ended in a period, summed by
 * model, session, day (UTC), key or project — tokens by kind, turns, and cost. A turn of
 * a model without a price adds to `unpriced`, not to the cost, so a total
 * never passes off unknown as free.
 */
import type { SessionQueries } from "@ratchet/store"

export type GroupBy = "model" | "session" | "day" | "key" | "project"

export interface Row {
  readonly key: string
  readonly turns: number
  readonly tokens: { input: number; output: number; reasoning: number; cache: { read: number; write: number } }
  readonly cost: number
  /** Turns whose model had no price (their cost is unknown, not 0). */
  readonly unpriced: number
}

const keyOf = (turn: SessionQueries.TurnUsage, groupBy: GroupBy | "total"): string => {
  switch (groupBy) {
    case "total":
      return "total"
    case "model":
      return turn.model === undefined ? "unknown" : `${turn.model.providerID}/${turn.model.id}`
    case "session":
      return turn.sessionID
    case "day":
      return new Date(turn.time).toISOString().slice(0, 10)
    case "key":
      // turns of an open server, or started by the server itself, have no key
      return turn.keyID ?? "none"
    case "project":
      return turn.project
  }
}

export const summarize = (turns: ReadonlyArray<SessionQueries.TurnUsage>, groupBy: GroupBy | "total"): Array<Row> => {
  const rows = new Map<string, { key: string; turns: number; tokens: Row["tokens"]; cost: number; unpriced: number }>()
  for (const t of turns) {
    const key = keyOf(t, groupBy)
    let row = rows.get(key)
    if (row === undefined) {
      row = { key, turns: 0, tokens: { input: 0, output: 0, reasoning: 0, cache: { read: 0, write: 0 } }, cost: 0, unpriced: 0 }
      rows.set(key, row)
    }
    row.turns++
    row.tokens.input += t.tokens.input
    row.tokens.output += t.tokens.output
    row.tokens.reasoning += t.tokens.reasoning
    row.tokens.cache.read += t.tokens.cache.read
    row.tokens.cache.write += t.tokens.cache.write
    if (t.cost === null) row.unpriced++
    else row.cost += t.cost
  }
  return [...rows.values()].sort((a, b) => b.cost - a.cost || a.key.localeCompare(b.key))
}

/** Everything in one row. */
export const total = (turns: ReadonlyArray<SessionQueries.TurnUsage>): Row =>
  summarize(turns, "total")[0] ?? { key: "total", turns: 0, tokens: { input: 0, output: 0, reasoning: 0, cache: { read: 0, write: 0 } }, cost: 0, unpriced: 0 }
