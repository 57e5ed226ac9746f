/**
 * Cross-process wakeups on PostgreSQL: every append notifies channel
 * `ratchet_events` with its session id (inside the append transaction, so
 * the notification is delivered exactly when the commit is), and each
 * process listens and wakes its own followers. Polling (SqlEventStore's
 * `pollInterval`) stays as the fallback while the listening connection is
 * down; the listener reconnects with a backoff.
 */
import * as PgClient from "@effect/sql-pg/PgClient"
import type { SessionId } from "@ratchet/schema"
import { Effect, Layer, Schedule, Stream } from "effect"
import { EventNotifier } from "./EventNotifier.js"

export const CHANNEL = "ratchet_events"

export const layer: Layer.Layer<never, never, PgClient.PgClient | EventNotifier> = Layer.scopedDiscard(
  Effect.gen(function*() {
    const pg = yield* PgClient.PgClient
    const notifier = yield* EventNotifier
    yield* pg.listen(CHANNEL).pipe(
      Stream.runForEach((sessionId) => Effect.sync(() => notifier.unsafePublish(sessionId as SessionId))),
      Effect.tapErrorCause((cause) => Effect.logWarning("PostgreSQL wakeups: listener stopped; followers poll until it is back", cause)),
      Effect.retry(Schedule.exponential("200 millis").pipe(Schedule.union(Schedule.spaced("10 seconds")))),
      Effect.forkScoped
    )
  })
)
