/**
 * The session engine, composed: writer, inbox, permission and question
 * requests, the tool registry, runner and execution over the storage stack.
 * Needs `Storage`'s services plus the edges that differ per deployment:
 * `Providers`, `Agents`, and the tools (a registry layer, which may need the
 * engine's own request services: the built-in question tool does).
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import type { Providers } from "@ratchet/llm"
import {
  type Attachments,
  type EventNotifier,
  type EventStore,
  type SessionLeases,
  type SessionQueries,
  type SessionSignals,
  SessionWriter
} from "@ratchet/store"
import { Permissions, Questions, RequestWaiters, ToolRegistry } from "@ratchet/tools"
import { Layer } from "effect"
import type { Agents } from "./Agents.js"
import * as SessionCommands from "./SessionCommands.js"
import * as SessionExecution from "./SessionExecution.js"
import * as SessionFork from "./SessionFork.js"
import * as SessionRevert from "./SessionRevert.js"
import * as SessionInbox from "./SessionInbox.js"
import * as SessionRunner from "./SessionRunner.js"
import * as SessionTitles from "./SessionTitles.js"

/** The request services the tool registry (and the built-in tools) may use. */
export type ToolServices = Permissions.Permissions | Questions.Questions | SessionWriter.SessionWriter

/** What the engine provides. */
export type Services =
  | SessionCommands.SessionCommands
  | SessionFork.SessionFork
  | SessionRevert.SessionRevert
  | SessionExecution.SessionExecution
  | SessionRunner.SessionRunner
  | SessionTitles.SessionTitles
  | SessionInbox.SessionInbox
  | SessionWriter.SessionWriter
  | ToolRegistry.ToolRegistry
  | Permissions.Permissions
  | Questions.Questions
  | RequestWaiters.RequestWaiters

/**
 * What it needs from below: the storage stack, the providers and the agents.
 * The tools layer may need these and the request services (`ToolServices`).
 */
export type Requirements =
  | EventStore.EventStore
  | Attachments.Attachments
  | SessionQueries.SessionQueries
  | SqlClient.SqlClient
  | EventNotifier.EventNotifier
  | SessionLeases.SessionLeases
  | SessionSignals.SessionSignals
  | Providers
  | Agents

/** The engine with a given session writer (a measuring or fencing wrapper, say) and tools. */
export const layerWith = <E, R, E2>(
  writer: Layer.Layer<SessionWriter.SessionWriter, E, R>,
  tools: Layer.Layer<ToolRegistry.ToolRegistry, E2, ToolServices | Requirements>
): Layer.Layer<Services, E | E2, Requirements | R> =>
  Layer.mergeAll(SessionCommands.layer, SessionFork.layer, SessionRevert.layer).pipe(
    Layer.provideMerge(SessionExecution.layer),
    Layer.provideMerge(SessionTitles.layer),
    Layer.provideMerge(SessionRunner.layer),
    Layer.provideMerge(tools),
    Layer.provideMerge(Layer.merge(Permissions.layer, Questions.layer)),
    Layer.provideMerge(RequestWaiters.layer),
    Layer.provideMerge(SessionInbox.layer),
    Layer.provideMerge(writer)
  )

export const layer = <E2>(
  tools: Layer.Layer<ToolRegistry.ToolRegistry, E2, ToolServices | Requirements>
): Layer.Layer<Services, E2, Requirements> => layerWith(SessionWriter.layer, tools)
