/**
 * A projection turns events into a read model. It runs inside the append
 * transaction, so the read model never runs ahead of or behind its log, and
 * a failing projection rolls the append back. `reset` empties its tables
 * for a rebuild from the log.
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import type { EventOf, InvalidInput, SessionEventType, SessionNotFound, StoredEvent } from "@ratchet/schema"
import { Context, Effect, Layer } from "effect"

export type ProjectionError = SessionNotFound | InvalidInput

export type Stored<T extends SessionEventType> = StoredEvent & EventOf<T>

export interface Projection {
  readonly name: string
  /** Event types this projection reads; others are never passed to `apply`. */
  readonly handles: ReadonlySet<SessionEventType>
  /** Its tables, emptied in this order before a rebuild. */
  readonly tables: ReadonlyArray<string>
  /** Applies events in log order; only those in `handles`. */
  readonly apply: (
    events: ReadonlyArray<StoredEvent>
  ) => Effect.Effect<void, ProjectionError | SqlError, SqlClient.SqlClient>
}

export type Handlers = {
  readonly [T in SessionEventType]?: (
    event: Stored<T>
  ) => Effect.Effect<void, ProjectionError | SqlError, SqlClient.SqlClient>
}

/** A projection from one handler per event type, applied one event at a time. */
export const fromHandlers = (name: string, tables: ReadonlyArray<string>, handlers: Handlers): Projection => {
  const handles = new Set(Object.keys(handlers) as Array<SessionEventType>)
  const dispatch = (event: StoredEvent) => {
    const handler = handlers[event.type] as
      | ((e: StoredEvent) => Effect.Effect<void, ProjectionError | SqlError, SqlClient.SqlClient>)
      | undefined
    return handler === undefined ? Effect.void : handler(event)
  }
  return {
    name,
    handles,
    tables,
    apply: (events) => Effect.forEach(events, dispatch, { discard: true })
  }
}

/** The projections the event store runs, in order. */
export class Projections extends Context.Tag("@ratchet/core/Projections")<Projections, ReadonlyArray<Projection>>() {
  static readonly layer = (projections: ReadonlyArray<Projection>): Layer.Layer<Projections> =>
    Layer.succeed(Projections, projections)
}
