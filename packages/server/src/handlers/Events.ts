/** Handlers of the `event` group: a session's event stream and the global one, as server-sent events. */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Api, SessionNotFoundError } from "@ratchet/api"
import { EventStore, SessionQueries } from "@ratchet/core"
import { Effect, Option } from "effect"
import { Lifecycle } from "../Lifecycle.js"
import { ServerConfig } from "../ServerConfig.js"
import * as Sse from "../Sse.js"
import { parseAfter } from "../WireEvents.js"

export const layer = HttpApiBuilder.group(Api, "event", (handlers) =>
  Effect.gen(function*() {
    const config = yield* ServerConfig
    const lifecycle = yield* Lifecycle
    const store = yield* EventStore.EventStore
    const queries = yield* SessionQueries.SessionQueries
    const options = (kind: Sse.SseOptions["kind"]): Sse.SseOptions => ({
      kind,
      heartbeatMs: config.heartbeatMs,
      stallTimeoutMs: config.stallTimeoutMs,
      stop: lifecycle.draining
    })

    /** `Last-Event-ID` (a reconnecting EventSource) wins over `after` (the URL it first opened). */
    const startOf = (request: HttpServerRequest.HttpServerRequest, after: string | undefined) =>
      request.headers["last-event-id"] ?? after

    return handlers
      .handle("session", ({ path, urlParams }) =>
        Effect.gen(function*() {
          const request = yield* HttpServerRequest.HttpServerRequest
          const after = yield* parseAfter("session", startOf(request, urlParams.after))
          const session = yield* queries.session(path.sessionID)
          if (Option.isNone(session)) {
            return yield* new SessionNotFoundError({ sessionID: path.sessionID, message: `session ${path.sessionID} not found` })
          }
          const events = store.follow(path.sessionID, { after, live: urlParams.follow !== "false" })
          return Sse.response(request, events, options("session"))
        }))
      .handle("global", ({ urlParams }) =>
        Effect.gen(function*() {
          const request = yield* HttpServerRequest.HttpServerRequest
          const after = yield* parseAfter("global", startOf(request, urlParams.after))
          const events = store.followAll({ after, live: urlParams.follow !== "false" })
          return Sse.response(request, events, options("global"))
        }))
  }))
