/**
 * The run-loop's concurrency logic in isolation: an inbox whose `list`
 * can be held open, so a wake lands exactly while the loop is deciding to
 * settle. (The storage-backed semantics are in the testing package's
 * runner suite, on both databases.)
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { assert, describe, it } from "@effect/vitest"
import { SessionLeases, SessionQueries, SessionSignals, SessionWriter } from "@ratchet/store"
import { Permissions, Questions, RequestWaiters } from "@ratchet/tools"
import { SessionExecution, SessionInbox, SessionRunner } from "@ratchet/engine"
import { Ids, type SessionInput } from "@ratchet/schema"
import { Deferred, Effect, Layer, Option } from "effect"

const input = (text: string, delivery: SessionInput["delivery"] = "queue"): SessionInput => ({
  id: Ids.newMessageId(),
  sessionID: Ids.newSessionId(),
  prompt: { text },
  delivery,
  state: "pending",
  admittedSeq: 0,
  time: { admitted: 0 }
})

/** SessionExecution over the given inbox and runner; the other services are never touched here. */
const execution = (inbox: SessionInbox.SessionInboxService, runner: SessionRunner.SessionRunnerService) =>
  SessionExecution.make.pipe(
    Effect.provide(Layer.mergeAll(
      Layer.succeed(SessionInbox.SessionInbox, inbox),
      Layer.succeed(SessionRunner.SessionRunner, runner),
      Layer.succeed(SessionWriter.SessionWriter, { append: () => Effect.dieMessage("unused"), offer: () => Effect.dieMessage("unused") }),
      Layer.succeed(SessionQueries.SessionQueries, {
        // awaitIdle asks when no run is local: these sessions exist nowhere else
        session: () => Effect.succeed(Option.none()),
        list: () => Effect.dieMessage("unused"),
        messages: () => Effect.dieMessage("unused"),
        message: () => Effect.dieMessage("unused"),
        recoveries: () => Effect.dieMessage("unused"),
        activityStart: () => Effect.dieMessage("unused"),
        todos: () => Effect.dieMessage("unused"),
        turns: () => Effect.dieMessage("unused"),
        spent: () => Effect.dieMessage("unused"),
        activityBy: () => Effect.dieMessage("unused"),
        projects: () => Effect.dieMessage("unused")
      }),
      // no requests are ever pending here: interrupts find none to reject
      Layer.succeed(Permissions.Permissions, { rejectPending: () => Effect.succeed(0) } as unknown as Permissions.PermissionsService),
      Layer.succeed(Questions.Questions, { rejectPending: () => Effect.succeed(0) } as unknown as Questions.QuestionsService),
      RequestWaiters.layer,
      Layer.succeed(SqlClient.SqlClient, {} as SqlClient.SqlClient),
      // one process: every lease is its own
      Layer.succeed(SessionLeases.SessionLeases, {
        owner: "proc_test",
        ttlMs: 6000,
        acquire: (sessionId) => Effect.succeed(Option.some({ sessionId, owner: "proc_test", token: 1 })),
        renew: (sessions) => Effect.succeed(new Map(sessions.map((id) => [id, { owner: "proc_test", token: 1 }]))),
        release: () => Effect.void,
        expired: Effect.succeed([]),
        holder: () => Effect.succeed(Option.none()),
        held: Effect.succeed(new Map<string, string>())
      }),
      Layer.succeed(SessionSignals.SessionSignals, { send: () => Effect.void, unsafeListen: () => () => undefined, unsafeDeliver: () => undefined })
    ))
  )

/** An inbox whose pending inputs come from `list`; nothing else is called in these tests. */
const inboxListing = (list: SessionInbox.SessionInboxService["list"]) =>
  SessionInbox.SessionInbox.of({
    admit: () => Effect.dieMessage("unused"),
    get: () => Effect.dieMessage("unused"),
    cancel: () => Effect.dieMessage("unused"),
    setDelivery: () => Effect.dieMessage("unused"),
    pendingCount: () => Effect.dieMessage("unused"),
    list
  })

const harness = Effect.gen(function*() {
  const pending: Array<SessionInput> = []
  const ran: Array<Array<string>> = []
  let gate: Deferred.Deferred<void> | undefined
  let listed: Deferred.Deferred<void> | undefined
  const inbox = inboxListing(() =>
    Effect.gen(function*() {
      // read the state first, then (when held) wait: a slow read that returns what it saw
      const seen = [...pending]
      if (listed !== undefined) yield* Deferred.succeed(listed, undefined)
      if (gate !== undefined) yield* Deferred.await(gate)
      return seen
    })
  )
  const runner = SessionRunner.SessionRunner.of({
    run: (_, trigger) =>
      Effect.sync(() => {
        for (const t of trigger) pending.splice(pending.indexOf(t), 1)
        ran.push(trigger.map((t) => t.prompt.text))
        return { outcome: "completed" as const, steps: 1 }
      }),
    resume: () => Effect.succeed(Option.none())
  })
  const ex = yield* execution(inbox, runner)
  return {
    ex,
    pending,
    ran,
    hold: Effect.gen(function*() {
      gate = yield* Deferred.make<void>()
      listed = yield* Deferred.make<void>()
      return { listed, release: Effect.suspend(() => Effect.zipRight(Deferred.succeed(gate!, undefined), Effect.sync(() => (gate = listed = undefined)))) }
    })
  }
})

describe("SessionExecution run loop", () => {
  it.scoped("a wake that lands while the loop decides to settle starts the input, it is not lost", () =>
    Effect.gen(function*() {
      const { ex, pending, ran, hold } = yield* harness
      const session = Ids.newSessionId()
      pending.push(input("first"))
      const h = yield* hold
      yield* ex.wake(session)
      // the loop read "first"; let it run, and hold its next read, which will see nothing
      yield* Deferred.await(h.listed)
      yield* h.release
      const h2 = yield* hold
      yield* Deferred.await(h2.listed)
      // now admit and wake while that empty read is in flight
      pending.push(input("second"))
      yield* ex.wake(session)
      yield* h2.release
      yield* ex.awaitIdle(session)
      assert.deepStrictEqual(ran, [["first"], ["second"]])
    }))

  it.scoped("interrupt deliveries go first; a queued input runs alone; pending steers coalesce", () =>
    Effect.sync(() => {
      const q1 = input("q1")
      const s1 = input("s1", "steer")
      const s2 = input("s2", "steer")
      const i1 = input("i1", "interrupt")
      assert.deepStrictEqual(SessionExecution.nextTrigger([q1, s1, s2]), [q1])
      assert.deepStrictEqual(SessionExecution.nextTrigger([s1, q1, s2]), [s1, s2])
      assert.deepStrictEqual(SessionExecution.nextTrigger([q1, s1, i1]), [i1])
      assert.deepStrictEqual(SessionExecution.nextTrigger([]), [])
    }))

  it.scopedLive("the global bound holds: never more activities at once than permits", () =>
    Effect.gen(function*() {
      let running = 0
      let peak = 0
      const runner = SessionRunner.SessionRunner.of({
        run: () =>
          Effect.gen(function*() {
            running++
            peak = Math.max(peak, running)
            yield* Effect.sleep("20 millis")
            running--
            return { outcome: "completed" as const, steps: 1 }
          }),
        resume: () => Effect.succeed(Option.none())
      })
      const pending = new Map<string, Array<SessionInput>>()
      const inbox = inboxListing((sessionId) => Effect.sync(() => pending.get(sessionId)?.splice(0, 1) ?? []))
      const ex = yield* execution(inbox, runner).pipe(
        Effect.provideService(SessionExecution.ExecutionConfig, { maxConcurrentActivities: 3 })
      )
      const sessions = Array.from({ length: 10 }, () => Ids.newSessionId())
      for (const s of sessions) pending.set(s, [input("x")])
      yield* Effect.forEach(sessions, (s) => ex.wake(s))
      yield* Effect.forEach(sessions, (s) => ex.awaitIdle(s))
      assert.strictEqual(peak, 3)
    }))

  it.scopedLive("an activity that fails before promoting its inputs is retried with a backoff, not spun", () =>
    Effect.gen(function*() {
      const pending = [input("stubborn")]
      let attempts = 0
      const times: Array<number> = []
      const inbox = inboxListing(() => Effect.sync(() => [...pending]))
      const runner = SessionRunner.SessionRunner.of({
        run: () =>
          Effect.suspend(() => {
            attempts++
            times.push(Date.now())
            if (attempts < 3) return Effect.dieMessage("database unavailable")
            pending.splice(0, 1)
            return Effect.succeed({ outcome: "completed" as const, steps: 1 })
          }),
        resume: () => Effect.succeed(Option.none())
      })
      const ex = yield* execution(inbox, runner)
      const session = Ids.newSessionId()
      yield* ex.wake(session)
      yield* ex.awaitIdle(session)
      assert.strictEqual(attempts, 3)
      assert.isAtLeast(times[1]! - times[0]!, 150)
      assert.isAtLeast(times[2]! - times[1]!, 350)
    }))
})
