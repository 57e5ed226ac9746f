/**
 * The session engine, composed: writer, inbox, runner and execution over
 * the storage stack. Needs `Storage`'s services plus the edges that differ
 * per deployment: `Providers`, `ToolRegistry`, `Agents`.
 */
import { Layer } from "effect"
import * as SessionCommands from "./SessionCommands.js"
import * as SessionExecution from "./SessionExecution.js"
import * as SessionInbox from "./SessionInbox.js"
import * as SessionRunner from "./SessionRunner.js"
import * as SessionWriter from "./SessionWriter.js"

/** The engine with a given session writer (a measuring or fencing wrapper, say). */
export const layerWith = <E, R>(writer: Layer.Layer<SessionWriter.SessionWriter, E, R>) =>
  SessionCommands.layer.pipe(
    Layer.provideMerge(SessionExecution.layer),
    Layer.provideMerge(SessionRunner.layer),
    Layer.provideMerge(SessionInbox.layer),
    Layer.provideMerge(writer)
  )

export const layer = layerWith(SessionWriter.layer)
