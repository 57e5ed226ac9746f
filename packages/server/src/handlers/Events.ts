/** Handlers of the `event` group: a session's event stream and the global one, as server-sent events. */
import { HttpApiBuilder, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { NodeHttpServerRequest } from "@effect/platform-node"
import { Api } from "@ratchet/api"
import { EventStore, SessionQueries } from "@ratchet/store"
import { Principal } from "@ratchet/schema"
import { Effect } from "effect"
import { SseHub } from "../Sse.js"
import { sessionOr404 } from "./SessionLookup.js"
import { notAhead, parseAfter } from "../WireEvents.js"

export const layer = HttpApiBuilder.group(Api, "event", (handlers) =>
  Effect.gen(function*() {
    const hub = yield* SseHub
    const queries = yield* SessionQueries.SessionQueries
    const store = yield* EventStore.EventStore

    /** The feed as the response body: node pipes it into the socket with backpressure. */
    const respond = (request: HttpServerRequest.HttpServerRequest, key: Parameters<typeof hub.open>[0], after: number, live: boolean, project?: string) =>
      Effect.map(hub.open(key, after, live, NodeHttpServerRequest.toServerResponse(request), undefined, project), (feed) =>
        HttpServerResponse.raw(feed, {
          contentType: "text/event-stream",
          headers: { "cache-control": "no-cache, no-transform", "x-accel-buffering": "no", connection: "keep-alive" }
        }))

    /** `Last-Event-ID` (a reconnecting EventSource) wins over `after` (the URL it first opened). */
    const startOf = (request: HttpServerRequest.HttpServerRequest, after: string | undefined) =>
      request.headers["last-event-id"] ?? after

    return handlers
      .handle("session", ({ path, urlParams }) =>
        Effect.gen(function*() {
          const request = yield* HttpServerRequest.HttpServerRequest
          const after = yield* parseAfter("session", startOf(request, urlParams.after), path.sessionID)
          yield* sessionOr404(queries)(path.sessionID)
          yield* notAhead(after, yield* store.lastSequence(path.sessionID))
          return yield* respond(request, path.sessionID, after, urlParams.follow !== "false")
        }))
      .handle("global", ({ urlParams }) =>
        Effect.gen(function*() {
          const request = yield* HttpServerRequest.HttpServerRequest
          const after = yield* parseAfter("global", startOf(request, urlParams.after))
          // a project's key follows its project's sessions only
          const { project } = yield* Principal.Principal
          return yield* respond(request, "*", after, urlParams.follow !== "false", project)
        }))
  }))
