/**
 * An activity's view of the session writer: `push` streams events without
 * waiting (deltas), `write` waits until its events are committed
 * (announce-before-effect: `tool.called` must be durable before the tool
 * runs). Everything commits in the order offered, grouped with other
 * sessions' appends by the SessionWriter's cross-session group commit. Once
 * a pushed write fails, every later call fails with that error: the
 * activity stops rather than write past a gap.
 */
import type { SessionEvent, SessionId } from "@ratchet/schema"
import { type Cause, Effect } from "effect"
import type { EventStore, SessionWriter } from "@ratchet/store"

export interface GroupWriter {
  readonly push: (events: ReadonlyArray<SessionEvent>) => Effect.Effect<void, EventStore.AppendError>
  readonly write: (events: ReadonlyArray<SessionEvent>) => Effect.Effect<void, EventStore.AppendError>
  /** Waits until everything offered so far is committed. */
  readonly flush: Effect.Effect<void, EventStore.AppendError>
}

export const make = (
  writer: SessionWriter.SessionWriterService,
  sessionId: SessionId
): Effect.Effect<GroupWriter> =>
  Effect.sync(() => {
    let failed: Cause.Cause<EventStore.AppendError> | undefined
    const check = Effect.suspend(() => (failed === undefined ? Effect.void : Effect.failCause(failed)))
    const onError = (cause: Cause.Cause<EventStore.AppendError>) => {
      failed ??= cause
    }
    const write = (events: ReadonlyArray<SessionEvent>) =>
      Effect.zipRight(check, Effect.zipRight(writer.append(sessionId, events), check))
    return {
      push: (events) => (failed === undefined ? writer.offer(sessionId, events, onError) : Effect.failCause(failed)),
      write,
      flush: write([])
    }
  })
