/**
 * Appends to a session's stream without the caller tracking sequences: one
 * writer per session at a time in this process, the head cached between
 * appends. A conflict means another process wrote the stream: the cached
 * head is dropped and the conflict is returned (a stale owner must stop,
 * not retry blindly).
 */
import type { SessionEvent, SessionId } from "@ratchet/schema"
import { Context, Effect, Layer } from "effect"
import { type AppendError, type AppendResult, EventStore } from "./EventStore.js"

export interface SessionWriterService {
  readonly append: (sessionId: SessionId, events: ReadonlyArray<SessionEvent>) => Effect.Effect<AppendResult, AppendError>
}

export class SessionWriter extends Context.Tag("@ratchet/core/SessionWriter")<SessionWriter, SessionWriterService>() {}

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
    // forget idle sessions: the next append reloads the head (one indexed read)
    if (--slot.users === 0) slots.delete(sessionId)
  }

  const append: SessionWriterService["append"] = (sessionId, events) =>
    Effect.acquireUseRelease(
      Effect.sync(() => acquire(sessionId)),
      (slot) =>
        slot.lock.withPermits(1)(
          Effect.gen(function*() {
            const head = slot.head ?? (yield* store.lastSequence(sessionId))
            return yield* store.append(sessionId, events, { expectedSequence: head }).pipe(
              Effect.tap((r) => Effect.sync(() => (slot.head = r.lastSequence))),
              Effect.tapError(() => Effect.sync(() => (slot.head = undefined)))
            )
          })
        ),
      (slot) => Effect.sync(() => release(sessionId, slot))
    )

  return SessionWriter.of({ append })
})

export const layer: Layer.Layer<SessionWriter, never, EventStore> = Layer.effect(SessionWriter, make)
