/** The session a route names, or the 404 every session route answers when it does not exist. */
import { SessionNotFoundError } from "@ratchet/api"
import type { SessionQueries } from "@ratchet/store"
import type { SessionId } from "@ratchet/schema"
import { Effect, Option } from "effect"

export const sessionOr404 = (queries: SessionQueries.SessionQueriesService) => (id: SessionId) =>
  Effect.flatMap(queries.session(id), Option.match({
    onNone: () => Effect.fail(new SessionNotFoundError({ sessionID: id, message: `session ${id} not found` })),
    onSome: Effect.succeed
  }))
