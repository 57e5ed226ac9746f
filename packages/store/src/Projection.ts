/**
 * A projection turns events into a read model. It is a pure function from a
 * batch of stored events to SQL statements; the log writer runs them inside
 * the append transaction, so a read model never runs ahead of or behind its
 * log, and a failing projection rolls the append back.
 *
 * Statements rather than effects: the SQLite writer runs a whole append
 * (insert + projections) as one synchronous driver transaction, which is
 * what makes single-event appends cheap (see docs/storage.md).
 */
import type { EventOf, InvalidInput, SessionEventType, SessionNotFound, StoredEvent } from "@ratchet/schema"
import { Context, Either, Layer } from "effect"

export type ProjectionError = SessionNotFound | InvalidInput

export type Stored<T extends SessionEventType> = StoredEvent & EventOf<T>

/**
 * One SQL statement with `?` placeholders (rewritten to `$n` on PostgreSQL).
 * With `mustChange`, a statement that changes no row fails the append with that error.
 */
export interface Statement {
  readonly sql: string
  readonly params: ReadonlyArray<unknown>
  readonly mustChange?: () => ProjectionError
}

export const statement = (
  sql: string,
  params: ReadonlyArray<unknown>,
  mustChange?: () => ProjectionError
): Statement => (mustChange === undefined ? { sql, params } : { sql, params, mustChange })

export type Plan = Either.Either<ReadonlyArray<Statement>, ProjectionError>

export interface Projection {
  readonly name: string
  /** Event types this projection reads; others are never passed to `plan`. */
  readonly handles: ReadonlySet<SessionEventType>
  /** Its tables, emptied in this order before a rebuild. */
  readonly tables: ReadonlyArray<string>
  /** The statements that apply these events (in log order), or why they can't be applied. */
  readonly plan: (events: ReadonlyArray<StoredEvent>) => Plan
}

export type Handler<T extends SessionEventType> = (
  event: Stored<T>
) => ReadonlyArray<Statement> | Statement | ProjectionError

export type Handlers = { readonly [T in SessionEventType]?: Handler<T> }

const isStatement = (s: unknown): s is Statement => typeof s === "object" && s !== null && "sql" in s

/** Runs one event through its handler. */
export const planOne = (handlers: Handlers, event: StoredEvent, out: Array<Statement>): ProjectionError | undefined => {
  const handler = handlers[event.type] as ((e: StoredEvent) => ReturnType<Handler<SessionEventType>>) | undefined
  if (handler === undefined) return undefined
  const result = handler(event)
  if (Array.isArray(result)) out.push(...(result as ReadonlyArray<Statement>))
  else if (isStatement(result)) out.push(result)
  else return result as ProjectionError
  return undefined
}

/** A projection from one handler per event type. */
export const fromHandlers = (name: string, tables: ReadonlyArray<string>, handlers: Handlers): Projection => ({
  name,
  tables,
  handles: new Set(Object.keys(handlers) as Array<SessionEventType>),
  plan: (events) => {
    const out: Array<Statement> = []
    for (const event of events) {
      const error = planOne(handlers, event, out)
      if (error !== undefined) return Either.left(error)
    }
    return Either.right(out)
  }
})

/** Every projection's statements for a batch, in projection order; the first error stops it. */
export const planAll = (projections: ReadonlyArray<Projection>, events: ReadonlyArray<StoredEvent>): Plan => {
  const out: Array<Statement> = []
  for (const projection of projections) {
    const relevant = events.filter((e) => projection.handles.has(e.type))
    if (relevant.length === 0) continue
    const plan = projection.plan(relevant)
    if (Either.isLeft(plan)) return plan
    out.push(...plan.right)
  }
  return Either.right(out)
}

/** The projections the event store runs, in order. */
export class Projections extends Context.Tag("@ratchet/store/Projections")<Projections, ReadonlyArray<Projection>>() {
  static readonly layer = (projections: ReadonlyArray<Projection>): Layer.Layer<Projections> =>
    Layer.succeed(Projections, projections)
}
