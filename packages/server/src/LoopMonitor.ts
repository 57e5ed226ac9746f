/**
 * Warns when the event loop was blocked: every request, stream and run of
 * this process waits while it is. SQLite commits run synchronously on this
 * thread, so this is where a slow disk (or a long synchronous job) shows.
 */
import { Effect, Layer, Runtime } from "effect"

export const layer = (thresholdMs = 200) =>
  Layer.scopedDiscard(
    Effect.gen(function*() {
      const run = Runtime.runFork(yield* Effect.runtime<never>())
      const period = 50
      let last = performance.now()
      const timer = setInterval(() => {
        const now = performance.now()
        const blocked = now - last - period
        last = now
        if (blocked >= thresholdMs) run(Effect.logWarning(`the event loop was blocked for ${Math.round(blocked)} ms`))
      }, period)
      timer.unref()
      yield* Effect.addFinalizer(() => Effect.sync(() => clearInterval(timer)))
    })
  )
