/**
 * Appends to a session's stream without the caller tracking sequences: one
 * writer per session at a time in this process, the head cached between
 * appends (so an append costs no read). If the stream moved without this
 * writer, the append is retried once after the new head.
 */
import type { SessionEvent, SessionId } from "@ratchet/schema"
import { Context, Effect, Layer } from "effect"
import { type AppendError, type AppendResult, EventStore } from "./EventStore.js"

export interface SessionWriterService {
  readonly append: (sessionId: SessionId, events: ReadonlyArray<SessionEvent>) => Effect.Effect<AppendResult, AppendError>
}

export class SessionWriter extends Context.Tag("@ratchet/core/SessionWriter")<SessionWriter, SessionWriterService>() {}

const MAX_CACHED = 4096

interface Slot {
  readonly lock: Effect.Semaphore
  head: number | undefined
  users: number
}

export const make = Effect.gen(function*() {
  const store = yield* EventStore
  const slots = new Map<SessionId, Slot>()

  const acquire = (sessionId: SessionId): Slot => {
    let slot = slots.get(sessionId)
    if (slot === undefined) {
      slot = { lock: Effect.unsafeMakeSemaphore(1), head: undefined, users: 0 }
      slots.set(sessionId, slot)
    }
    slot.users++
    return slot
  }
  const release = (sessionId: SessionId, slot: Slot) => {
    slot.users--
    // keep heads of recently written sessions (a stream commits many times per activity);
    // past the cap, forget idle ones: their next append reloads the head (one indexed read)
    if (slots.size > MAX_CACHED) {
      for (const [id, s] of slots) {
        if (s.users === 0 && id !== sessionId) slots.delete(id)
        if (slots.size <= MAX_CACHED / 2) break
      }
    }
  }

  const append: SessionWriterService["append"] = (sessionId, events) =>
    Effect.acquireUseRelease(
      Effect.sync(() => acquire(sessionId)),
      (slot) =>
        slot.lock.withPermits(1)(
          Effect.gen(function*() {
            const attempt = (head: number) =>
              store.append(sessionId, events, { expectedSequence: head }).pipe(
                Effect.tap((r) => Effect.sync(() => (slot.head = r.lastSequence))),
                Effect.tapError(() => Effect.sync(() => (slot.head = undefined)))
              )
            // a conflict means someone appended without this writer (an embedding program, another
            // process): reload the head once and append after it. Fencing a stale owner is the
            // lease's job (its token), not the sequence's.
            return yield* attempt(slot.head ?? (yield* store.lastSequence(sessionId))).pipe(
              Effect.catchTag("SequenceConflict", (e) => attempt(e.actual))
            )
          })
        ),
      (slot) => Effect.sync(() => release(sessionId, slot))
    )

  return SessionWriter.of({ append })
})

export const layer: Layer.Layer<SessionWriter, never, EventStore> = Layer.effect(SessionWriter, make)
