/**
 * Server-sent event responses over the log. Every frame's `id` is its
 * cursor, so a client that reconnects with `Last-Event-ID` (or `after`)
 * gets exactly the events it has not seen.
 *
 * Memory per subscriber stays bounded: the log is read a page at a time as
 * the client takes frames (the socket's backpressure stops the reads), so a
 * slow client falls behind in the log, not in this process. A client that
 * stops reading altogether is closed after `stallTimeoutMs`; streams end
 * when the server drains.
 */
import { HttpServerResponse, type HttpServerRequest } from "@effect/platform"
import { NodeHttpServerRequest } from "@effect/platform-node"
import type { StoredEvent } from "@ratchet/schema"
import { Chunk, Deferred, Duration, Effect, Schedule, Stream } from "effect"
import { cursorOf, type StreamKind, toWire } from "./WireEvents.js"

export interface SseOptions {
  readonly kind: StreamKind
  readonly heartbeatMs: number
  readonly stallTimeoutMs: number
  /** Ends the stream (the server is draining). */
  readonly stop: Deferred.Deferred<void>
}

const encoder = new TextEncoder()

/** One string for a whole chunk of events: one socket write per chunk, not per event. */
export const frames = (kind: StreamKind, events: Chunk.Chunk<StoredEvent>): string => {
  let out = ""
  for (const e of events) {
    out += `id: ${cursorOf(kind, e)}\nevent: ${e.type}\ndata: ${JSON.stringify(toWire(e))}\n\n`
  }
  return out
}

const HEARTBEAT = encoder.encode(": heartbeat\n\n")

/** Closes a response whose client has not drained its socket for `stallTimeoutMs`. */
const watchdog = (request: HttpServerRequest.HttpServerRequest, stallTimeoutMs: number) =>
  Effect.gen(function*() {
    const response = NodeHttpServerRequest.toServerResponse(request)
    let stalledSince: number | undefined
    const check = Effect.sync(() => {
      if (!response.writableNeedDrain) {
        stalledSince = undefined
        return false
      }
      const now = Date.now()
      stalledSince ??= now
      return now - stalledSince >= stallTimeoutMs
    })
    const period = Duration.millis(Math.max(10, Math.min(1000, stallTimeoutMs / 4)))
    yield* check.pipe(Effect.repeat({ schedule: Schedule.spaced(period), until: (stalled) => stalled }))
    yield* Effect.logWarning(`closing event stream: client has not read for ${stallTimeoutMs} ms (${response.writableLength} bytes waiting)`)
    yield* Effect.sync(() => {
      response.end(`event: ratchet.closed\ndata: {"reason":"slow-consumer"}\n\n`)
      setTimeout(() => response.destroy(), 1000).unref()
    })
  })

export const response = (
  request: HttpServerRequest.HttpServerRequest,
  events: Stream.Stream<StoredEvent>,
  options: SseOptions
): HttpServerResponse.HttpServerResponse => {
  const body = Stream.unwrapScoped(
    Effect.gen(function*() {
      yield* Effect.forkScoped(watchdog(request, options.stallTimeoutMs))
      const data = events.pipe(Stream.mapChunks((chunk) => Chunk.of(encoder.encode(frames(options.kind, chunk)))))
      const heartbeats = Stream.repeatValue(HEARTBEAT).pipe(Stream.schedule(Schedule.spaced(Duration.millis(options.heartbeatMs))))
      return Stream.concat(
        Stream.make(encoder.encode("retry: 1000\n: connected\n\n")),
        Stream.merge(data, heartbeats, { haltStrategy: "left" }).pipe(Stream.interruptWhen(Deferred.await(options.stop)))
      )
    })
  )
  return HttpServerResponse.stream(body, {
    contentType: "text/event-stream",
    headers: {
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
      connection: "keep-alive"
    }
  })
}
