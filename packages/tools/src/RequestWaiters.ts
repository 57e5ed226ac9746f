/**
 * Runs parked on a durable request (a permission or a question): who waits
 * for which request, in this process. The request itself is in the log; this
 * is only how its reply reaches the fiber that waits for it. A waiter
 * registers before its request is asked (or read back, after a restart), so
 * a reply can never slip between the two.
 */
import type { SessionId } from "@ratchet/schema"
import { Context, Deferred, Effect, FiberId, Layer } from "effect"

export interface Waiter<A> {
  readonly sessionId: SessionId
  readonly deferred: Deferred.Deferred<A>
}

export interface RequestWaitersService {
  /** Runs `use` with a waiter for `requestId` registered; the waiter is gone when it ends. */
  readonly waitFor: <A, R, E, Rq>(
    sessionId: SessionId,
    requestId: string,
    use: (deferred: Deferred.Deferred<A>) => Effect.Effect<R, E, Rq>
  ) => Effect.Effect<R, E, Rq>
  /** Hands a reply to the waiter of `requestId`, if one waits here; true when one did. */
  readonly resolve: <A>(requestId: string, value: A) => Effect.Effect<boolean>
  /** True while some run of this session waits for a reply. */
  readonly parked: (sessionId: SessionId) => boolean
}

export class RequestWaiters extends Context.Tag("@ratchet/tools/RequestWaiters")<RequestWaiters, RequestWaitersService>() {}

export const make = (): RequestWaitersService => {
  const waiters = new Map<string, Waiter<unknown>>()
  const perSession = new Map<SessionId, number>()
  return {
    waitFor: <A, R, E, Rq>(
      sessionId: SessionId,
      requestId: string,
      use: (deferred: Deferred.Deferred<A>) => Effect.Effect<R, E, Rq>
    ) =>
      Effect.acquireUseRelease(
        Effect.sync(() => {
          const deferred = Deferred.unsafeMake<A>(FiberId.none)
          waiters.set(requestId, { sessionId, deferred: deferred as Deferred.Deferred<unknown> })
          perSession.set(sessionId, (perSession.get(sessionId) ?? 0) + 1)
          return deferred
        }),
        use,
        () =>
          Effect.sync(() => {
            waiters.delete(requestId)
            const n = (perSession.get(sessionId) ?? 1) - 1
            if (n <= 0) perSession.delete(sessionId)
            else perSession.set(sessionId, n)
          })
      ),
    resolve: (requestId, value) =>
      Effect.suspend(() => {
        const waiter = waiters.get(requestId)
        return waiter === undefined ? Effect.succeed(false) : Effect.as(Deferred.succeed(waiter.deferred, value), true)
      }),
    parked: (sessionId) => (perSession.get(sessionId) ?? 0) > 0
  }
}

export const layer: Layer.Layer<RequestWaiters> = Layer.sync(RequestWaiters, make)
