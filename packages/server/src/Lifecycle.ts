/**
 * The server's lifecycle: whether it is draining (shutting down), and the
 * admission bound. Draining refuses new work with 503, ends event streams,
 * and gives running activities a grace period before interrupting them, so
 * what they streamed is durable and their outcome is recorded.
 */
import { SessionExecution } from "@ratchet/engine"
import { Context, Deferred, Duration, Effect, Layer } from "effect"
import { ServerConfig } from "./ServerConfig.js"

export interface LifecycleService {
  readonly isDraining: () => boolean
  /** Completes when draining starts: event streams end on it. */
  readonly draining: Deferred.Deferred<void>
  /** Counts an admission in flight, or refuses it (false) when over the bound. */
  readonly tryAdmit: () => boolean
  readonly admitted: () => void
  /** Starts draining and waits for activities (up to the grace period, then interrupts them). */
  readonly drain: Effect.Effect<void>
}

export class Lifecycle extends Context.Tag("@ratchet/server/Lifecycle")<Lifecycle, LifecycleService>() {}

export const make = Effect.gen(function*() {
  const config = yield* ServerConfig
  const execution = yield* SessionExecution.SessionExecution
  const draining = yield* Deferred.make<void>()
  let isDraining = false
  let inFlight = 0

  const drain = Effect.gen(function*() {
    if (isDraining) return
    isDraining = true
    yield* Deferred.succeed(draining, undefined)
    const active = yield* execution.active
    if (active.length > 0) {
      yield* Effect.logInfo(
        `draining: ${active.length} running session(s) get ${config.shutdownGraceMs} ms, then are interrupted; pending inputs run on the next start`
      )
    }
    yield* execution.stop(Duration.millis(config.shutdownGraceMs))
  })

  return Lifecycle.of({
    isDraining: () => isDraining,
    draining,
    tryAdmit: () => {
      if (inFlight >= config.maxInFlightAdmissions) return false
      inFlight++
      return true
    },
    admitted: () => {
      inFlight--
    },
    drain
  })
})

/** The lifecycle; the server calls `drain` on shutdown, before the HTTP server stops. */
export const layer = Layer.effect(Lifecycle, make)
