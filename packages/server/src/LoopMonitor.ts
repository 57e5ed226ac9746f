/**
 * Measures how long the event loop was blocked: every request, stream and
 * run of this process waits while it is. SQLite commits run synchronously on
 * this thread, so this is where a slow disk (or a long synchronous job)
 * shows. Every tick's delay goes to a histogram and the largest yet to a
 * gauge (`/metrics`; `npm run bench:http` reads them around its scenarios);
 * one over the warning threshold is also logged.
 */
import { Effect, Layer, Metric, MetricBoundaries, Runtime } from "effect"

/** A tick's delay past its due time, in milliseconds. */
export const blockMs = Metric.histogram(
  "ratchet_event_loop_block_ms",
  MetricBoundaries.fromIterable([5, 10, 20, 30, 50, 75, 100, 200, 500, 1000, 5000]),
  "how late the event loop monitor's 20 ms tick ran: time the loop was blocked"
)
/** The largest block since the process started. */
export const blockMaxMs = Metric.gauge("ratchet_event_loop_block_max_ms", { description: "the longest the event loop has been blocked since the process started" })

const PERIOD_MS = 20

export const layer = (thresholdMs = 200) =>
  Layer.scopedDiscard(
    Effect.gen(function*() {
      const runtime = yield* Effect.runtime<never>()
      const run = Runtime.runFork(runtime)
      const runSync = Runtime.runSync(runtime)
      let last = performance.now()
      let max = 0
      const timer = setInterval(() => {
        const now = performance.now()
        const blocked = Math.max(0, now - last - PERIOD_MS)
        last = now
        runSync(Metric.update(blockMs, blocked))
        if (blocked > max) {
          max = blocked
          runSync(Metric.set(blockMaxMs, Math.round(max)))
        }
        if (blocked >= thresholdMs) run(Effect.logWarning(`the event loop was blocked for ${Math.round(blocked)} ms`))
      }, PERIOD_MS)
      timer.unref()
      yield* Effect.addFinalizer(() => Effect.sync(() => clearInterval(timer)))
    })
  )
