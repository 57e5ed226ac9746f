/**
 * Upstream's `location` query object (`location[directory]=…`): the
 * directory a request is about. The server decides whether it serves it —
 * the same rule as a session's directory (`server.directories`) — and
 * echoes it in `LocationInfo`. Without one, the server's own directory.
 */
import { PathRefusedError } from "@ratchet/api"
import { Effect, Either } from "effect"
import * as SessionDirectories from "./SessionDirectories.js"
import { PROJECT_ID, type ServerConfigShape } from "./ServerConfig.js"

export interface LocationParams {
  readonly "location[directory]"?: string | undefined
}

export interface Resolved {
  /** The directory to work in (as requested; file access confines again, following links). */
  readonly directory: string
  readonly info: { readonly directory: string; readonly project: { readonly id: string; readonly directory: string } }
}

export const resolve = (config: ServerConfigShape, params: LocationParams): Effect.Effect<Resolved, PathRefusedError> => {
  const requested = params["location[directory]"]
  const info = (directory: string) => ({ directory, info: { directory, project: { id: PROJECT_ID, directory: config.directory } } })
  // the server's own directory is its choice, not the client's: only a requested one is checked
  if (requested === undefined || requested === "") return Effect.succeed(info(config.directory))
  const directory = requested
  const checked = SessionDirectories.check(config, directory)
  return Either.isLeft(checked)
    ? Effect.fail(new PathRefusedError({ path: directory, message: `location.directory: ${checked.left}` }))
    : Effect.succeed(info(directory))
}
