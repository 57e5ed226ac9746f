/**
 * In-process wakeups for followers. A wakeup carries no data: it only says
 * "a stream may have moved, read again from your cursor". Each subscriber
 * holds a sliding queue of one, so a slow follower never grows memory and
 * never misses that something happened.
 *
 * Other processes' appends (PostgreSQL) are not seen here; followers also
 * poll on an interval so they catch those (see SqlEventStore).
 */
import { Context, Effect, Layer, Queue, type Scope } from "effect"
import type { SessionId, StoredEvent } from "@ratchet/schema"

export interface EventNotifier {
  /** Wakes followers of this session and of the global stream. */
  readonly publish: (sessionId: SessionId) => Effect.Effect<void>
  /**
   * The same, called directly: for the append path, which publishes after
   * every commit with the events it committed (a wakeup from elsewhere, such
   * as another process's NOTIFY, has none).
   */
  readonly unsafePublish: (sessionId: SessionId, events?: ReadonlyArray<StoredEvent>) => void
  /** A queue that receives a wakeup after every publish for this session (or, with "*", any session). */
  readonly subscribe: (key: SessionId | "*") => Effect.Effect<Queue.Dequeue<void>, never, Scope.Scope>
  /**
   * The same as a plain callback, for subscribers that are not fibers (the
   * SSE feeds: thousands of idle ones must cost bytes, not fibers). Returns
   * the function that stops it.
   */
  readonly unsafeListen: (key: SessionId | "*", wake: (events?: ReadonlyArray<StoredEvent>) => void) => () => void
}

export const EventNotifier = Context.GenericTag<EventNotifier>("@ratchet/store/EventNotifier")

export const make: Effect.Effect<EventNotifier> = Effect.sync(() => {
  type Listener = (events?: ReadonlyArray<StoredEvent>) => void
  const subscribers = new Map<string, Set<Listener>>()
  const wake = (key: string, events?: ReadonlyArray<StoredEvent>) => {
    const set = subscribers.get(key)
    if (set !== undefined) for (const f of set) f(events)
  }
  const unsafeListen = (key: string, f: Listener) => {
    const set = subscribers.get(key) ?? new Set()
    set.add(f)
    subscribers.set(key, set)
    return () => {
      set.delete(f)
      if (set.size === 0 && subscribers.get(key) === set) subscribers.delete(key)
    }
  }
  const unsafePublish = (sessionId: SessionId, events?: ReadonlyArray<StoredEvent>) => {
    wake(sessionId, events)
    wake("*", events)
  }
  return EventNotifier.of({
    publish: (sessionId) => Effect.sync(() => unsafePublish(sessionId)),
    unsafePublish,
    unsafeListen,
    subscribe: (key) =>
      Effect.gen(function*() {
        const queue = yield* Queue.sliding<void>(1)
        yield* Effect.acquireRelease(
          Effect.sync(() => unsafeListen(key, () => queue.unsafeOffer(undefined))),
          (unlisten) => Effect.sync(unlisten).pipe(Effect.zipRight(Queue.shutdown(queue)))
        )
        return queue
      })
  })
})

export const layer: Layer.Layer<EventNotifier> = Layer.effect(EventNotifier, make)
