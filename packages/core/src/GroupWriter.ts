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
import type { AppendError } from "./EventStore.js"
import type { SessionWriterService } from "./SessionWriter.js"

export interface GroupWriter {
  readonly push: (events: ReadonlyArray<SessionEvent>) => Effect.Effect<void, AppendError>
  readonly write: (events: ReadonlyArray<SessionEvent>) => Effect.Effect<void, AppendError>
  /** Waits until everything offered so far is committed. */
  readonly flush: Effect.Effect<void, AppendError>
}

export const make = (
  writer: SessionWriterService,
  sessionId: SessionId
): Effect.Effect<GroupWriter> =>
  Effect.sync(() => {
    let failed: Cause.Cause<AppendError> | undefined
    const check = Effect.suspend(() => (failed === undefined ? Effect.void : Effect.failCause(failed)))
    const onError = (cause: Cause.Cause<AppendError>) => {
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
