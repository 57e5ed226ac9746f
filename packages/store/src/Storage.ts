/** The storage stack, composed: event store + read-model queries over a migrated database. */
import type * as SqlClient from "@effect/sql/SqlClient"
import { Layer } from "effect"
import * as ApiKeys from "./ApiKeys.js"
import * as Attachments from "./Attachments.js"
import * as BudgetStore from "./BudgetStore.js"
import * as Database from "./Database.js"
import * as EventNotifier from "./EventNotifier.js"
import type { EventStore } from "./EventStore.js"
import type { LogWriter } from "./LogWriter.js"
import * as InboxProjection from "./InboxProjection.js"
import * as MessageProjection from "./MessageProjection.js"
import * as PgWakeups from "./PgWakeups.js"
import * as RequestProjection from "./RequestProjection.js"
import { type Projection, Projections } from "./Projection.js"
import * as SessionLeases from "./SessionLeases.js"
import * as SessionSignals from "./SessionSignals.js"
import * as SessionProjection from "./SessionProjection.js"
import * as ServerLog from "./ServerLog.js"
import * as SessionQueries from "./SessionQueries.js"
import * as SqlEventStore from "./SqlEventStore.js"

/** Session first: it proves the session exists before the transcript is touched. */
export const defaultProjections: ReadonlyArray<Projection> = [
  SessionProjection.projection,
  MessageProjection.projection,
  InboxProjection.projection,
  RequestProjection.projection
]

export interface Options extends SqlEventStore.Options {
  readonly projections?: ReadonlyArray<Projection>
  /** Session leases (several processes on one database; docs/scale.md). */
  readonly leases?: SessionLeases.Options
}

export const layer = (
  options: Options = {}
): Layer.Layer<
  | EventStore
  | SessionQueries.SessionQueries
  | EventNotifier.EventNotifier
  | ServerLog.ServerLog
  | Attachments.Attachments
  | ApiKeys.ApiKeys
  | BudgetStore.BudgetStore
  | SessionLeases.SessionLeases
  | SessionSignals.SessionSignals,
  never,
  SqlClient.SqlClient | LogWriter
> =>
  Layer.mergeAll(SqlEventStore.layer(options), SessionQueries.layer, ServerLog.layer, Attachments.layer, ApiKeys.layer, BudgetStore.layer, SessionLeases.layer(options.leases), SessionSignals.layer).pipe(
    Layer.provideMerge(EventNotifier.layer),
    Layer.provide(Projections.layer(options.projections ?? defaultProjections))
  )

export const sqlite = (db: Database.SqliteOptions, options: Options = {}) =>
  layer(options).pipe(Layer.provideMerge(Database.sqlite(db)))

/** On PostgreSQL, appends made by other processes wake this process's followers too (LISTEN/NOTIFY). */
export const pg = (db: Database.PgOptions, options: Options = {}) =>
  Layer.merge(PgWakeups.layer, SessionSignals.pgListener).pipe(Layer.provideMerge(layer(options)), Layer.provideMerge(Database.pg(db)))
