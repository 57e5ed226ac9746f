import { Chunk, Duration, Effect, Option, Schedule } from "effect"
import type { RunnerConfigShape } from "../SessionRunner.js"

/** A provider's `retry-after` is honoured up to this; a longer one is a provider asking to be left alone. */
export const RETRY_AFTER_MAX = Duration.minutes(5)

/**
 * The wait before attempt `attempt + 1`: exponential from the base, with
 * jitter, capped at the maximum (a `Schedule`, driven to the attempt);
 * the provider's `retry-after`, when it sent one, instead.
 */
export const retryDelay = (config: Pick<RunnerConfigShape, "retryBaseDelay" | "retryMaxDelay">, attempt: number, retryAfterMs: number | undefined): Effect.Effect<Duration.Duration> =>
  retryAfterMs !== undefined
    ? Effect.succeed(Duration.min(Duration.millis(retryAfterMs), RETRY_AFTER_MAX))
    : Effect.map(
      Schedule.run(
        Schedule.delays(Schedule.exponential(config.retryBaseDelay, 2).pipe(Schedule.jittered)),
        Date.now(),
        Array.from({ length: attempt }, () => undefined)
      ),
      (delays) => Duration.min(Chunk.last(delays).pipe(Option.getOrElse(() => config.retryBaseDelay)), config.retryMaxDelay)
    )

