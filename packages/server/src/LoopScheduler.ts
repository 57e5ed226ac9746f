/**
 * A scheduler for the server's fibers that gives the event loop back.
 *
 * Effect's default scheduler drains each fiber's work through its own chain
 * of microtasks and yields to the loop only after 2,048 rounds of that one
 * fiber. With a hundred busy streams the chains of many fibers fill one
 * macrotask: sockets, timers and new requests waited 200–580 ms behind it
 * (docs/performance.md). This one keeps every fiber's work in one queue and
 * drains it in microtask rounds (as Effect does) until fibers have held this
 * turn of the loop for a slice; the rest waits for `setImmediate`, after the
 * loop has polled its sockets and run its timers.
 *
 * A slice is per turn of the loop, not per drain: the I/O callbacks of one
 * poll phase each start a drain, and together they share one slice (its
 * start is cleared by an immediate, in the turn's check phase).
 *
 * `@effect/platform-node` listens before it serves: with the loop polling
 * mid-build, a request could arrive in between (StartupHold holds it).
 */
import { Scheduler } from "effect"
import type { RuntimeFiber } from "effect/Fiber"

type Buckets = Array<[number, Array<Scheduler.Task>]>

export class LoopScheduler implements Scheduler.Scheduler {
  private tasks = new Scheduler.PriorityBuckets()
  /** A round is scheduled (a microtask or an immediate) and will run every task pushed. */
  private running = false
  /** When fibers began holding this turn of the loop. */
  private sliceStart: number | undefined = undefined
  private resetScheduled = false

  constructor(
    /** How long fibers may hold one turn of the loop, in ms. */
    readonly sliceMs: number,
    /** When a fiber yields within its own run (Effect's operation count, unchanged). */
    private readonly yielding: Scheduler.Scheduler = Scheduler.defaultScheduler
  ) {}

  shouldYield(fiber: RuntimeFiber<unknown, unknown>): number | false {
    return this.yielding.shouldYield(fiber)
  }

  scheduleTask(task: Scheduler.Task, priority: number): void {
    this.tasks.scheduleTask(task, priority)
    if (!this.running) {
      this.running = true
      queueMicrotask(this.round)
    }
  }

  private readonly resetSlice = () => {
    this.resetScheduled = false
    this.sliceStart = undefined
  }

  private readonly afterPoll = () => {
    this.sliceStart = undefined
    this.round()
  }

  /** Runs the tasks queued so far; then another round, or the rest after the loop's next poll. */
  private readonly round = () => {
    if (this.sliceStart === undefined) {
      this.sliceStart = performance.now()
      if (!this.resetScheduled) {
        this.resetScheduled = true
        setImmediate(this.resetSlice)
      }
    } else if (performance.now() - this.sliceStart >= this.sliceMs) {
      // this turn's slice is spent: an I/O callback of the same poll phase (a request, a socket's
      // data) woke a fiber after the last round finished. Running one task per callback let 128
      // requests arriving together hold the loop for 150 ms (docs/performance.md).
      setImmediate(this.afterPoll)
      return
    }
    const start = this.sliceStart
    const buckets = this.tasks.buckets
    this.tasks.buckets = []
    for (let b = 0; b < buckets.length; b++) {
      const [priority, toRun] = buckets[b]!
      for (let i = 0; i < toRun.length; i++) {
        toRun[i]!()
        if (performance.now() - start >= this.sliceMs) {
          this.putBack(buckets, b, priority, toRun, i + 1)
          if (this.tasks.buckets.length > 0) {
            setImmediate(this.afterPoll)
            return
          }
        }
      }
    }
    if (this.tasks.buckets.length > 0) queueMicrotask(this.round)
    else this.running = false
  }

  /** Queues what this round did not run ahead of what was queued while it ran: the order stays as without a cut. */
  private putBack(buckets: Buckets, b: number, priority: number, toRun: Array<Scheduler.Task>, from: number) {
    const later = this.tasks.buckets
    this.tasks.buckets = []
    for (let i = from; i < toRun.length; i++) this.tasks.scheduleTask(toRun[i]!, priority)
    for (let k = b + 1; k < buckets.length; k++) for (const task of buckets[k]![1]) this.tasks.scheduleTask(task, buckets[k]![0])
    for (const [p, queued] of later) for (const task of queued) this.tasks.scheduleTask(task, p)
  }
}
