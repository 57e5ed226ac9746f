/**
 * The Effect client, derived from the contract itself (`HttpApiClient`):
 * every route is a typed method with typed errors. Event streams, which the
 * derived client would buffer whole, are read with `HttpClient` and the
 * `@effect/experimental` SSE parser, resuming from the last cursor.
 *
 * The parser is used directly, not through `Sse.makeChannel`: that channel
 * treats a `retry:` field as an order to restart itself, and the restarted
 * channel stopped reading when the server's opening `retry:` line arrived in
 * a chunk of its own (half the streams stalled). In SSE, `retry:` only sets
 * the reconnection delay; this client has its own schedule.
 */
import * as Sse from "@effect/experimental/Sse"
import { HttpApiClient, HttpClient, HttpClientRequest } from "@effect/platform"
import { Api, type Wire } from "@ratchet/api"
import { Data, Duration, Effect, Ref, Schedule, Stream } from "effect"

export interface EffectClientOptions {
  readonly baseUrl: string
  readonly token?: string
}

const withAuth = (token: string | undefined) => (client: HttpClient.HttpClient) =>
  token === undefined ? client : HttpClient.mapRequest(client, HttpClientRequest.bearerToken(token))

/** The typed client: `client.session.create({ payload })`, `client.message.history({ path, urlParams })`, … */
export const make = (options: EffectClientOptions) =>
  HttpApiClient.make(Api, { baseUrl: options.baseUrl, transformClient: withAuth(options.token) })

export interface StreamEvent {
  readonly cursor: string
  readonly type: string
  readonly event: Wire.DurableEvent
}

/** The stream was refused (4xx: bad cursor, unknown session, credentials): reconnecting would not help. */
export class EventStreamRefused extends Data.TaggedError("EventStreamRefused")<{ readonly status: number; readonly body: string }> {}

class Dropped extends Data.TaggedError("Dropped")<{ readonly cause: unknown }> {}

/** Server-sent events from decoded text, in order, whatever the chunk boundaries; `retry:` and comments are skipped. */
export const parseEvents = <E, R>(text: Stream.Stream<string, E, R>): Stream.Stream<Sse.Event, E | Sse.SseError, R> =>
  Stream.suspend(() => {
    const parsed: Array<Sse.Event> = []
    const parser = Sse.makeParser((event) => {
      if (event._tag === "Event") parsed.push(event)
    })
    return text.pipe(
      Stream.mapConcatEffect((chunk) => {
        const error = parser.feed(chunk)
        return error === undefined ? Effect.succeed(parsed.splice(0)) : Effect.fail(error)
      })
    )
  })

/**
 * A session's events (or every session's, without `sessionID`) as a
 * `Stream`. On a dropped connection or a 5xx it reconnects from the last
 * cursor it delivered, so the stream has no gap and no duplicate.
 */
export const events = (
  options: EffectClientOptions & { readonly sessionID?: string; readonly after?: string; readonly follow?: boolean }
): Stream.Stream<StreamEvent, EventStreamRefused, HttpClient.HttpClient> =>
  Stream.unwrap(Effect.gen(function*() {
    const client = withAuth(options.token)(yield* HttpClient.HttpClient)
    const cursor = yield* Ref.make(options.after)
    const path = options.sessionID === undefined ? "/api/event" : `/api/session/${encodeURIComponent(options.sessionID)}/event`
    const follow = options.follow !== false
    const once: Stream.Stream<StreamEvent, EventStreamRefused | Dropped> = Stream.unwrap(Effect.gen(function*() {
      const after = yield* Ref.get(cursor)
      const request = HttpClientRequest.get(options.baseUrl + path).pipe(
        HttpClientRequest.setUrlParams({ ...(after === undefined ? {} : { after }), ...(follow ? {} : { follow: "false" }) }),
        HttpClientRequest.setHeader("accept", "text/event-stream")
      )
      const response = yield* client.execute(request).pipe(Effect.mapError((cause) => new Dropped({ cause })))
      if (response.status >= 400 && response.status < 500) {
        const body = yield* response.text.pipe(Effect.orElseSucceed(() => ""))
        return yield* new EventStreamRefused({ status: response.status, body })
      }
      if (response.status >= 500) return yield* new Dropped({ cause: `HTTP ${response.status}` })
      return response.stream.pipe(
        Stream.mapError((cause) => new Dropped({ cause })),
        Stream.decodeText(),
        parseEvents,
        // an event over the parser's 10 MiB bound would fail again on every reconnect: a defect, not a drop
        Stream.catchTag("SseError", (e) => Stream.die(e)),
        Stream.filter((e) => e.id !== undefined && !e.event.startsWith("ratchet.") && e.event !== "message"),
        Stream.map((e): StreamEvent => ({ cursor: e.id!, type: e.event, event: JSON.parse(e.data) as Wire.DurableEvent })),
        Stream.tap((e) => Ref.set(cursor, e.cursor))
      )
    }))
    // while following, a clean end is a drop too (the server restarted or drained)
    const resumed = follow ? Stream.concat(once, Stream.fail(new Dropped({ cause: "stream ended" }))) : once
    return resumed.pipe(
      Stream.retry(
        Schedule.exponential(Duration.millis(250)).pipe(
          Schedule.either(Schedule.spaced(Duration.seconds(5))),
          Schedule.whileInput((e: EventStreamRefused | Dropped) => e._tag === "Dropped")
        )
      ),
      Stream.catchTag("Dropped", (e) => Stream.dieMessage(`event stream: ${String(e.cause)}`))
    )
  }))
