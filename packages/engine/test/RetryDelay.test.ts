import { assert, describe, it } from "@effect/vitest"
import { Duration, Effect } from "effect"
import { RETRY_AFTER_MAX, retryDelay } from "../src/internal/retryDelay.js"

const config = { retryBaseDelay: Duration.millis(500), retryMaxDelay: Duration.seconds(30) }

describe("retry delays", () => {
  it.live("grow exponentially with jitter, up to the cap", () =>
    Effect.gen(function*() {
      for (let attempt = 1; attempt <= 10; attempt++) {
        const seen = new Set<number>()
        for (let i = 0; i < 20; i++) {
          const ms = Duration.toMillis(yield* retryDelay(config, attempt, undefined))
          const nominal = Math.min(500 * 2 ** (attempt - 1), 30_000)
          // jitter is 80–120% of the nominal delay; the cap applies after it
          assert.isAtLeast(ms, Math.min(nominal * 0.8, 30_000) - 1)
          assert.isAtMost(ms, Math.min(nominal * 1.2, 30_000) + 1)
          seen.add(Math.round(ms))
        }
        if (500 * 2 ** (attempt - 1) * 0.8 < 30_000) assert.isAbove(seen.size, 1, `attempt ${attempt} is jittered`)
      }
    }))

  it.live("a provider's retry-after wins, bounded", () =>
    Effect.gen(function*() {
      assert.strictEqual(Duration.toMillis(yield* retryDelay(config, 1, 7_000)), 7_000)
      assert.strictEqual(Duration.toMillis(yield* retryDelay(config, 1, 3_600_000)), Duration.toMillis(RETRY_AFTER_MAX))
    }))
})
