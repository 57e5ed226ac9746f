/**
 * The session engine, composed: writer, inbox, permission and question
 * requests, the tool registry, runner and execution over the storage stack.
 * Needs `Storage`'s services plus the edges that differ per deployment:
 * `Providers`, `Agents`, and the tools (a registry layer, which may need the
 * engine's own request services: the built-in question tool does).
 */
import { Layer } from "effect"
import * as Permissions from "./Permissions.js"
import * as Questions from "./Questions.js"
import * as RequestWaiters from "./RequestWaiters.js"
import * as SessionCommands from "./SessionCommands.js"
import * as SessionExecution from "./SessionExecution.js"
import * as SessionInbox from "./SessionInbox.js"
import * as SessionRunner from "./SessionRunner.js"
import * as SessionWriter from "./SessionWriter.js"
import * as ToolRegistry from "./ToolRegistry.js"

/** The request services the tool registry (and the built-in tools) may use. */
export type ToolServices = Permissions.Permissions | Questions.Questions | SessionWriter.SessionWriter

/** The engine with a given session writer (a measuring or fencing wrapper, say) and tools. */
export const layerWith = <E, R, E2, R2>(
  writer: Layer.Layer<SessionWriter.SessionWriter, E, R>,
  tools: Layer.Layer<ToolRegistry.ToolRegistry, E2, R2>
) =>
  SessionCommands.layer.pipe(
    Layer.provideMerge(SessionExecution.layer),
    Layer.provideMerge(SessionRunner.layer),
    Layer.provideMerge(tools),
    Layer.provideMerge(Layer.merge(Permissions.layer, Questions.layer)),
    Layer.provideMerge(RequestWaiters.layer),
    Layer.provideMerge(SessionInbox.layer),
    Layer.provideMerge(writer)
  )

export const layer = <E2, R2>(tools: Layer.Layer<ToolRegistry.ToolRegistry, E2, R2>) => layerWith(SessionWriter.layer, tools)
