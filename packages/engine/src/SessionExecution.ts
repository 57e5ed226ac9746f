/**
 * Runs sessions: one run at a time per session, many sessions at once under
 * a global bound. A session's run loop opens activities from its pending
 * inputs until none is left:
 *
 * - an `interrupt` input goes first, alone; otherwise the oldest pending
 *   input decides: `queue` opens an activity for itself alone (FIFO),
 *   `steer` opens one for every pending steer (they coalesce);
 * - steers admitted while an activity runs join it at its next provider-turn
 *   boundary (SessionRunner).
 *
 * A wake while the loop runs marks it dirty, so the loop looks again before
 * it settles: a wake racing the settle starts the successor, never loses
 * the input. Interrupting stops the running activity; pending inputs stay
 * pending and run next.
 */
import * as TraceLinks from "./TraceLinks.js"
import {
  type ActivityId,
  Events,
  type InvalidInput,
  type PromptConflict,
  type SequenceConflict,
  type SessionEvent,
  type SessionId,
  type SessionInput,
  type SessionNotFound
} from "@ratchet/schema"
import { Cause, Context, Deferred, Duration, Effect, Exit, Fiber, FiberId, Layer, Metric, Option, type Scope } from "effect"
import * as SqlClient from "@effect/sql/SqlClient"
import { SessionTitles } from "./SessionTitles.js"
import { type AdmitInput, type Admission, SessionInbox } from "./SessionInbox.js"
import { ParkOnInterrupt, SessionRunner } from "./SessionRunner.js"
import * as EngineMetrics from "./EngineMetrics.js"
import { rejectCallRequests } from "./internal/callRequests.js"
import * as Ownership from "./internal/ownership.js"
import { closingEvents } from "./internal/step.js"
import { SessionLeases, SessionQueries, SessionSignals, SessionWriter } from "@ratchet/store"
import { Permissions, Questions, RequestWaiters } from "@ratchet/tools"

export interface ExecutionConfigShape {
  /** Activities running at once across all sessions; the rest wait their turn. */
  readonly maxConcurrentActivities: number
}

export class ExecutionConfig extends Context.Reference<ExecutionConfig>()("@ratchet/engine/ExecutionConfig", {
  defaultValue: (): ExecutionConfigShape => ({ maxConcurrentActivities: 1024 })
}) {}

/**
 * What the runs started by `resume` wait for before their first activity,
 * as `resume` is given it (the server: MCP servers making their first
 * connection, so a resumed turn sees their tools). Bounded by whoever
 * provides it; a prompt for such a session meanwhile joins the waiting run.
 */
export class ResumeGate extends Context.Reference<ResumeGate>()("@ratchet/engine/ResumeGate", {
  defaultValue: (): Effect.Effect<void> => Effect.void
}) {}

export interface SessionExecutionService {
  /** Admits an input and wakes the session (interrupting the running activity for `interrupt` delivery). */
  readonly prompt: (
    sessionId: SessionId,
    input: AdmitInput
  ) => Effect.Effect<Admission, SessionNotFound | PromptConflict | InvalidInput | SequenceConflict>
  /** Makes sure the session's pending inputs will run. */
  readonly wake: (sessionId: SessionId) => Effect.Effect<void>
  /** Stops the running activity, if any; true when there was one. */
  readonly interrupt: (sessionId: SessionId) => Effect.Effect<boolean>
  /** Returns when the session has no run and no pending input it would start. */
  readonly awaitIdle: (sessionId: SessionId) => Effect.Effect<void>
  /** Sessions with a run in this process. */
  readonly active: Effect.Effect<ReadonlyArray<SessionId>>
  /** Of those, the ones whose next activity waits for a run slot (`maxConcurrentActivities`). */
  readonly queued: Effect.Effect<ReadonlySet<SessionId>>
  /**
   * On start: closes activities a stopped process left open (recording them
   * as interrupted, with every open part and tool call settled) and wakes
   * every session with pending inputs. Returns how many sessions it woke.
   */
  readonly resume: Effect.Effect<number>
  /**
   * Shutdown: no activity starts from now on (pending inputs stay pending for
   * the next start); running ones get `grace` to finish, then are interrupted
   * (their partial output and outcome recorded). Returns when none runs.
   */
  readonly stop: (grace: Duration.DurationInput) => Effect.Effect<void>
}

export class SessionExecution extends Context.Tag("@ratchet/engine/SessionExecution")<
  SessionExecution,
  SessionExecutionService
>() {}

interface Run {
  dirty: boolean
  /** The session's lease while this process runs it (docs/scale.md). */
  lease: SessionLeases.Lease | undefined
  /** Another process took the session over: this run stops, writing nothing more. */
  lost: boolean
  /** Its next activity waits for a run slot. */
  queued: boolean
  /** Go on first with the activity a stopped process left parked on a request (or close it). */
  resumeActivity: boolean
  /** The run loop itself was interrupted (its scope closed): its activity's interrupt is a shutdown. */
  detached: boolean
  /** Started by `resume`: what to wait for first (its `ResumeGate`). */
  gate: Effect.Effect<void> | undefined
  activity: Fiber.RuntimeFiber<unknown, unknown> | undefined
  readonly done: Deferred.Deferred<void>
}

/** A failure whose cause is an append refused because the run's lease is gone (fencing, docs/scale.md). */
const fencedOut = (cause: Cause.Cause<unknown>): boolean =>
  [...Cause.failures(cause), ...Cause.defects(cause)].some((e) =>
    typeof e === "object" && e !== null && (e as { _tag?: unknown })._tag === "InvalidInput" && (e as { field?: unknown }).field === "lease")

/** The inputs the next activity opens with, or none. */
export const nextTrigger = (pending: ReadonlyArray<SessionInput>): ReadonlyArray<SessionInput> => {
  const interrupt = pending.find((i) => i.delivery === "interrupt")
  if (interrupt !== undefined) return [interrupt]
  const first = pending[0]
  if (first === undefined) return []
  if (first.delivery === "queue") return [first]
  return pending.filter((i) => i.delivery === "steer")
}

export const make: Effect.Effect<
  SessionExecutionService,
  never,
  | SessionInbox
  | SessionRunner
  | SessionWriter.SessionWriter
  | SessionQueries.SessionQueries
  | SqlClient.SqlClient
  | Permissions.Permissions
  | Questions.Questions
  | RequestWaiters.RequestWaiters
  | SessionLeases.SessionLeases
  | SessionSignals.SessionSignals
  | Scope.Scope
> = Effect.gen(function*() {
  const inbox = yield* SessionInbox
  const runner = yield* SessionRunner
  const writer = yield* SessionWriter.SessionWriter
  const queries = yield* SessionQueries.SessionQueries
  const sql = yield* SqlClient.SqlClient
  const permissions = yield* Permissions.Permissions
  const questions = yield* Questions.Questions
  const waiters = yield* RequestWaiters.RequestWaiters
  const leases = yield* SessionLeases.SessionLeases
  const signals = yield* SessionSignals.SessionSignals
  const config = yield* ExecutionConfig
  const scope = yield* Effect.scope
  // optional: an engine composed without it (embedding) simply names no sessions
  const titles = yield* Effect.serviceOption(SessionTitles)
  const permits = yield* Effect.makeSemaphore(Math.max(1, config.maxConcurrentActivities))
  const runs = new Map<SessionId, Run>()
  let stopping = false

  /** Runs one activity under a permit, as the run's interruptible fiber. */
  const activity = <A, E>(run: Run, effect: Effect.Effect<A, E>) =>
    Effect.suspend(() => {
      // counted as waiting until it holds a permit (or gives up waiting)
      let queued = true
      run.queued = true
      return Effect.zipRight(EngineMetrics.waiting(1), permits.withPermits(1)(
        Effect.gen(function*() {
          queued = false
          run.queued = false
          yield* EngineMetrics.waiting(-1)
          // a stop, a lost lease or a closing scope leaves a parked activity open for its reply; the
          // user's interrupt (of the activity fiber alone) ends it
          const fiber = yield* Effect.fork(Effect.provideService(effect, ParkOnInterrupt, () => stopping || run.lost || run.detached))
          run.activity = fiber
          const exit = yield* Fiber.await(fiber).pipe(Effect.onInterrupt(() => Effect.sync(() => (run.detached = true))))
          run.activity = undefined
          return exit
        })
      )).pipe(Effect.ensuring(Effect.suspend(() => {
        run.queued = false
        return queued ? EngineMetrics.waiting(-1) : Effect.void
      })))
    })

  /**
   * The session's run while this process holds its lease: the activity a
   * stopped owner left (when asked), then activities until no input is
   * pending; the lease is given up then. True when there is more to do (an
   * input another process admitted while the lease was held here, or a wake).
   */
  const owned = (sessionId: SessionId, run: Run, lease: SessionLeases.Lease): Effect.Effect<boolean> =>
    Effect.gen(function*() {
      // an activity that fails before promoting its inputs leaves them pending: back off before
      // trying them again, so a persistent failure (a broken database, say) does not spin
      let failures = 0
      if (run.resumeActivity) {
        run.resumeActivity = false
        const exit = yield* activity(run, runner.resume(sessionId))
        // not parked (or it could not go on): an orphan, closed as interrupted
        if (Exit.isSuccess(exit) ? Option.isNone(exit.value) : !Exit.isInterrupted(exit)) {
          if (Exit.isFailure(exit)) yield* Effect.logWarning(`session ${sessionId}: could not resume its activity`, exit.cause)
          const open = yield* queries.session(sessionId)
          if (Option.isSome(open) && open.value.status === "busy" && open.value.activityID !== undefined) {
            yield* EngineMetrics.recovery("orphan_closed")
            yield* closeOrphan(sessionId, open.value.activityID).pipe(
              Effect.catchAll((e) => Effect.logWarning(`resume: could not close the activity of ${sessionId}: ${e.message}`))
            )
          }
        } else if (Exit.isFailure(exit) && Exit.isInterrupted(exit)) yield* closeIfLeftOpen(sessionId, run)
      }
      while (!stopping && !run.lost) {
        run.dirty = false
        const trigger = nextTrigger(yield* inbox.list(sessionId))
        if (trigger.length === 0) {
          if (run.dirty) continue
          // give the session up, then look again: an input another process admitted while the
          // lease was held here could not start its run there
          run.lease = undefined
          yield* leases.release(lease)
          return nextTrigger(yield* inbox.list(sessionId)).length > 0
        }
        const exit = yield* activity(run, runner.run(sessionId, trigger))
        if (Exit.isFailure(exit) && Exit.isInterrupted(exit)) yield* closeIfLeftOpen(sessionId, run)
        // a first answer: name the session in the background (never delays or fails the loop)
        if (Exit.isSuccess(exit) && Option.isSome(titles)) yield* Effect.forkIn(titles.value.maybeTitle(sessionId), scope)
        if (Exit.isFailure(exit) && !Exit.isInterrupted(exit)) {
          // refused by the fence: another process runs the session now; nothing more is written from here
          if (fencedOut(exit.cause)) {
            run.lost = true
            yield* Metric.increment(EngineMetrics.leasesLost)
            yield* Effect.logWarning(`session ${sessionId}: another process took it over; this run stops`)
            return false
          }
          failures++
          yield* Effect.logWarning(`session ${sessionId}: activity failed (attempt ${failures})`, exit.cause)
          // an activity whose writes were refused could not record its end: record it now, so the
          // session does not read as busy with an activity nothing runs
          yield* Effect.gen(function*() {
            const open = yield* queries.session(sessionId)
            if (Option.isNone(open) || open.value.status !== "busy" || open.value.activityID === undefined) return
            const failure = Cause.squash(exit.cause)
            yield* closeOrphan(sessionId, open.value.activityID, "failed", {
              type: "storage",
              message: failure instanceof Error ? failure.message : String(failure)
            })
          }).pipe(Effect.catchAllCause((cause) => Effect.logWarning(`session ${sessionId}: could not record the failed activity's end`, cause)))
          yield* Effect.sleep(Duration.millis(Math.min(30_000, 100 * 2 ** Math.min(failures, 9))))
        } else failures = 0
      }
      return false
    }).pipe(
      // every append of this run, the tools' included, must still find the lease (fencing)
      Effect.provideService(SessionLeases.Fence, lease)
    )

  const runLoop = (sessionId: SessionId, run: Run): Effect.Effect<void> =>
    Effect.gen(function*() {
      if (run.gate !== undefined) {
        const gate = run.gate
        run.gate = undefined
        yield* gate
      }
      while (!stopping) {
        const lease = yield* leases.acquire(sessionId)
        // another process runs the session: it sees the inputs at its next boundary, or when it lets go
        if (Option.isNone(lease)) return
        run.lease = lease.value
        run.lost = false
        const more = yield* owned(sessionId, run, lease.value)
        if (run.lost) return
        // settle, unless a wake arrived meanwhile (checked and removed in one synchronous step: no gap)
        if (!more && !run.dirty) {
          runs.delete(sessionId)
          return
        }
      }
    }).pipe(
      Effect.catchAllCause((cause) => Effect.logError(`session ${sessionId}: run loop stopped`, cause)),
      Effect.ensuring(Effect.suspend(() => {
        // a stop or a failure: give the session up so another process (or the next start) can go on
        const held = run.lease
        run.lease = undefined
        return held === undefined || run.lost ? Effect.void : leases.release(held)
      })),
      Effect.ensuring(Effect.sync(() => {
        if (runs.get(sessionId) === run) runs.delete(sessionId)
      })),
      Effect.ensuring(Deferred.succeed(run.done, undefined))
    )

  const start = (sessionId: SessionId, resumeActivity: boolean, gate?: Effect.Effect<void>) =>
    Effect.suspend(() => {
      if (stopping) return Effect.void
      const existing = runs.get(sessionId)
      if (existing !== undefined) {
        existing.dirty = true
        return Effect.void
      }
      const run: Run = { dirty: false, lease: undefined, lost: false, queued: false, resumeActivity, detached: false, gate, activity: undefined, done: Deferred.unsafeMake(FiberId.none) }
      runs.set(sessionId, run)
      return Effect.asVoid(Effect.forkIn(runLoop(sessionId, run), scope))
    })

  const wake: SessionExecutionService["wake"] = (sessionId) => start(sessionId, false)

  /**
   * The user's interrupt rejects the session's pending requests first (durably), so the
   * interrupted activity is settled, not left parked for a reply as a shutdown leaves it.
   */
  const interrupt: SessionExecutionService["interrupt"] = (sessionId) =>
    Effect.gen(function*() {
      yield* permissions.rejectPending(sessionId)
      yield* questions.rejectPending(sessionId)
      const fiber = runs.get(sessionId)?.activity
      if (fiber !== undefined) {
        yield* Fiber.interrupt(fiber)
        return true
      }
      // run by another process (or by none): its owner hears this and stops the activity
      const session = yield* queries.session(sessionId)
      if (Option.isNone(session) || session.value.status !== "busy") return false
      yield* signals.send({ _tag: "Interrupt", sessionId })
      return true
    })

  // the leases of the runs here stay alive; a run whose session was taken over stops
  const running = Effect.sync(() => [...runs].filter(([, run]) => run.lease !== undefined).map(([id]) => id))
  yield* Effect.forkIn(Ownership.keepLeases(leases, running, (held) =>
    Effect.forEach([...runs.entries()], ([id, run]) => {
      // taken over: another owner, or a new token. No row means it was just released (or a taker finished
      // and released): the fence refuses anything this run still writes, which stops it below
      const row = held.get(id)
      if (run.lease === undefined || row === undefined || (row.owner === run.lease.owner && row.token === run.lease.token)) return Effect.void
      run.lost = true
      return Effect.zipRight(
        Effect.zipRight(Metric.increment(EngineMetrics.leasesLost), Effect.logWarning(`session ${id}: another process took it over; this run stops`)),
        run.activity === undefined ? Effect.void : Fiber.interrupt(run.activity)
      )
    }, { discard: true })), scope)

  // another process's interrupt of a session run here
  const unlistenSignals = signals.unsafeListen((signal) => {
    const fiber = runs.get(signal.sessionId)?.activity
    if (fiber !== undefined) Effect.runFork(Fiber.interrupt(fiber))
  })
  yield* Effect.addFinalizer(() => Effect.sync(unlistenSignals))

  const stop: SessionExecutionService["stop"] = (grace) =>
    Effect.gen(function*() {
      stopping = true
      // a run parked on a request waits for a person, not for the grace period: it stops now and
      // goes on after the restart, when the reply comes
      yield* Effect.forEach([...runs.entries()], ([id, r]) =>
        r.activity !== undefined && waiters.parked(id) ? Fiber.interrupt(r.activity) : Effect.void, { discard: true })
      const all = () => Effect.forEach([...runs.values()], (r) => Deferred.await(r.done), { discard: true })
      // interruptible: shutdown runs this from a finalizer, and the timeout must be able to end the wait
      const finished = yield* Effect.interruptible(all()).pipe(
        Effect.timeoutTo({ duration: grace, onSuccess: () => true, onTimeout: () => false })
      )
      if (finished) return
      yield* Effect.forEach([...runs.values()], (r) => r.activity === undefined ? Effect.void : Fiber.interrupt(r.activity), {
        discard: true
      })
      yield* all()
    })

  const awaitIdle: SessionExecutionService["awaitIdle"] = (sessionId) =>
    Effect.gen(function*() {
      while (true) {
        const run = runs.get(sessionId)
        if (run !== undefined) {
          yield* Deferred.await(run.done)
          continue
        }
        // not run here: idle unless another process runs it, or nobody does yet (inputs admitted
        // with `resume: false` wait for a later prompt, not for this)
        const session = yield* queries.session(sessionId)
        if (Option.isNone(session)) return
        const waking = yield* sql<{ readonly n: number }>`SELECT 1 AS n FROM session_input
          WHERE session_id = ${sessionId} AND state = 'pending' AND wake = 1 LIMIT 1`.pipe(Effect.map((rows) => rows.length > 0), Effect.orDie)
        if (session.value.status !== "busy" && !waking) return
        // another process's live lease: it runs the session; our own name with no run here is a leftover
        const holder = yield* leases.holder(sessionId)
        if (Option.isSome(holder) && holder.value !== leases.owner) yield* Effect.sleep(Duration.millis(50))
        else {
          yield* start(sessionId, session.value.status === "busy")
          // stopping: nothing starts, nothing to wait for
          if (!runs.has(sessionId)) return
        }
      }
    })

  const prompt: SessionExecutionService["prompt"] = (sessionId, input) =>
    Effect.gen(function*() {
      const admission = yield* inbox.admit(sessionId, input)
      yield* TraceLinks.remember(sessionId)
      if (admission.created && admission.input.delivery === "interrupt") yield* interrupt(sessionId)
      yield* wake(sessionId)
      return admission
    })

  /**
   * An activity interrupted while its run goes on (the user's interrupt, not a stop) must not leave
   * the session busy: one interrupted before its closing could run (in its setup, say, resumed from
   * a log that has it open) recorded no end, and the loop would start the next input beside it.
   * Everything offered for the session is committed first (an empty append waits for it), so an end
   * still in flight is seen and never written twice.
   */
  const closeIfLeftOpen = (sessionId: SessionId, run: Run) =>
    stopping || run.lost || run.detached ? Effect.void : Effect.gen(function*() {
      yield* writer.append(sessionId, [])
      const open = yield* queries.session(sessionId)
      if (Option.isNone(open) || open.value.status !== "busy" || open.value.activityID === undefined) return
      yield* EngineMetrics.recovery("orphan_closed")
      yield* closeOrphan(sessionId, open.value.activityID, "interrupted", { type: "interrupted", message: "the activity was interrupted" })
    }).pipe(Effect.catchAll((e) => Effect.logWarning(`session ${sessionId}: could not close its interrupted activity: ${e.message}`)))

  /**
   * Settles what an activity left open in one session (text and reasoning
   * ended with what was committed, running tools and the step failed), then
   * records its end: for an activity a stopped process left open, and for one
   * that failed without recording its end (its writes were refused).
   */
  const closeOrphan = (
    sessionId: SessionId,
    activityID: string,
    outcome: "interrupted" | "failed" = "interrupted",
    error: { readonly type: string; readonly message: string } = {
      type: "interrupted",
      message: "the server stopped during this activity"
    }
  ) =>
    Effect.gen(function*() {
      const events: Array<SessionEvent> = []
      for (const m of yield* queries.messages(sessionId)) {
        if (m.type === "assistant") events.push(...closingEvents(m, error))
      }
      events.push(Events.make("session.next.activity.ended", { activityID: activityID as ActivityId, outcome, steps: 0, error }))
      // nothing runs the session: a request one of its calls asked can never be answered now
      yield* rejectCallRequests(permissions, questions, sessionId, () => true)
      yield* writer.append(sessionId, events)
    })

  let adopting = false
  const resume: SessionExecutionService["resume"] = Effect.gen(function*() {
    const gate = yield* ResumeGate
    // from now on, sessions another process left (it died, or paused past its lease) are taken over here
    if (!adopting) {
      adopting = true
      yield* Effect.forkIn(Ownership.adoptOrphans(leases, sql, (id) => (runs.has(id) ? Effect.void : start(id, true))), scope)
    }
    const busy = yield* sql<{ readonly id: string; readonly activity_id: string }>`
      SELECT id, activity_id FROM session WHERE status = 'busy'`.pipe(Effect.orDie)
    // each goes on if it was parked on a request, else is closed; then its pending inputs run
    for (const row of busy) {
      const id = row.id as SessionId
      if (runs.has(id)) continue
      yield* start(id, true, gate)
    }
    const pending = yield* sql<{ readonly session_id: string }>`
      SELECT DISTINCT session_id FROM session_input WHERE state = 'pending' AND wake = 1`.pipe(Effect.orDie)
    for (const row of pending) yield* start(row.session_id as SessionId, false, gate)
    if (pending.length > 0) yield* EngineMetrics.recovery("inputs_woken", pending.length)
    return new Set([...busy.map((r) => r.id), ...pending.map((r) => r.session_id)]).size
  })

  return SessionExecution.of({
    prompt,
    wake,
    interrupt,
    awaitIdle,
    active: Effect.sync(() => [...runs.keys()]),
    queued: Effect.sync(() => new Set([...runs].filter(([, run]) => run.queued).map(([id]) => id))),
    resume,
    stop
  })
})

export const layer: Layer.Layer<
  SessionExecution,
  never,
  | SessionInbox
  | SessionRunner
  | SessionWriter.SessionWriter
  | SessionQueries.SessionQueries
  | SqlClient.SqlClient
  | Permissions.Permissions
  | Questions.Questions
  | RequestWaiters.RequestWaiters
  | SessionLeases.SessionLeases
  | SessionSignals.SessionSignals
> = Layer.scoped(SessionExecution, make)

