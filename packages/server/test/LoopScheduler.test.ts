/**
 * The LoopScheduler runs every fiber's work once, in order, and gives the
 * event loop back while fibers are busy: a timer set while many fibers
 * compute runs before they are done (under Effect's default scheduler it
 * waited for all of them: its chains are per fiber).
 */
import { Effect, Fiber, Scheduler } from "effect"
import { describe, expect, it } from "vitest"
import { LoopScheduler } from "../src/LoopScheduler.js"

/** Burns `ms` of wall time synchronously: work that holds the loop, as a busy stream's does. */
const busy = (ms: number) =>
  Effect.sync(() => {
    const end = performance.now() + ms
    while (performance.now() < end) { /* holding the thread is the point */ }
  })

const onLoop = <A, E>(effect: Effect.Effect<A, E>, sliceMs = 8) => Effect.runPromise(Effect.withScheduler(effect, new LoopScheduler(sliceMs)))

describe("LoopScheduler", () => {
  it("runs every fiber's steps exactly once and in each fiber's order", async () => {
    const seen = new Map<number, Array<number>>()
    await onLoop(Effect.forEach(Array.from({ length: 200 }, (_, f) => f), (f) =>
      Effect.forEach(Array.from({ length: 50 }, (_, s) => s), (s) =>
        Effect.zipRight(Effect.yieldNow(), Effect.sync(() => seen.set(f, [...(seen.get(f) ?? []), s]))), { discard: true }), {
      concurrency: "unbounded",
      discard: true
    }), 1)
    expect(seen.size).toBe(200)
    for (const steps of seen.values()) expect(steps).toEqual(Array.from({ length: 50 }, (_, s) => s))
  })

  it("lets timers run while many fibers compute", async () => {
    // 40 fibers × 10 steps of 1 ms: 400 ms of work, each step ending in a yield
    const work = Effect.forEach(Array.from({ length: 40 }), () => Effect.forEach(Array.from({ length: 10 }), () => Effect.zipRight(busy(1), Effect.yieldNow()), { discard: true }), {
      concurrency: "unbounded",
      discard: true
    })
    const ticksDuring = (scheduler: Scheduler.Scheduler) =>
      Effect.runPromise(Effect.withScheduler(
        Effect.gen(function*() {
          let ticks = 0
          let running = true
          const tick = () => {
            if (!running) return
            ticks++
            setTimeout(tick, 0)
          }
          setTimeout(tick, 0)
          const fiber = yield* Effect.fork(work)
          yield* Fiber.join(fiber)
          running = false
          return ticks
        }),
        scheduler
      ))
    const sliced = await ticksDuring(new LoopScheduler(8))
    // ~400 ms in slices of 8 ms: dozens of turns of the loop; a slow machine only stretches them
    expect(sliced).toBeGreaterThanOrEqual(10)
    // the contrast that motivates it (not a bound on Effect): its chains held the loop far longer
    const chained = await ticksDuring(new Scheduler.MixedScheduler(2048))
    expect(sliced).toBeGreaterThan(chained)
  })

  it("keeps a fiber's work that arrives while the loop polls (nothing is dropped at a cut)", async () => {
    const results = await onLoop(Effect.forEach(Array.from({ length: 64 }, (_, i) => i), (i) =>
      Effect.gen(function*() {
        yield* busy(0.5)
        yield* Effect.sleep(1)
        yield* busy(0.5)
        return i
      }), { concurrency: "unbounded" }), 2)
    expect(results).toEqual(Array.from({ length: 64 }, (_, i) => i))
  })

  it("holds back work woken by a later callback of the same turn once its slice is spent", async () => {
    // two immediates queued together run in one check phase, with the microtasks drained between
    // them: the shape of many requests arriving in one poll phase, each waking a fiber
    const scheduler = new LoopScheduler(5)
    const order: Array<string> = []
    await new Promise<void>((done) => {
      setImmediate(() => scheduler.scheduleTask(() => {
        const end = performance.now() + 10
        while (performance.now() < end) { /* spends the slice */ }
        order.push("first")
      }, 0))
      setImmediate(() => {
        scheduler.scheduleTask(() => {
          order.push("second")
          done()
        }, 0)
        // a microtask queued after the wakeup: before the fix, the second task had run by then
        queueMicrotask(() => order.push("microtask after the wakeup"))
      })
    })
    expect(order).toEqual(["first", "microtask after the wakeup", "second"])
  })
})
