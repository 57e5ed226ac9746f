/**
 * Inbox, execution and runner semantics, run on every backend with the
 * fake provider speaking the real wire format on loopback.
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import { assert, describe, layer } from "@effect/vitest"
import { EventStore, type LogWriter, SessionQueries } from "@ratchet/store"
import { SessionExecution, SessionInbox } from "@ratchet/engine"
import { Events, Ids, type JsonObject, type MessageId, type PermissionRule, type SessionId, type StoredEvent } from "@ratchet/schema"
import { Effect, FastCheck as fc, Option } from "effect"
import * as Engine from "./Engine.js"
import * as TestTools from "./TestTools.js"
import type { Script } from "./FakeProvider.js"

const newSession = (agent = "build", permission?: ReadonlyArray<PermissionRule>) =>
  Effect.gen(function*() {
    const store = yield* EventStore.EventStore
    const id = Ids.newSessionId()
    yield* store.append(id, [Events.make("session.created", {
      title: "runner test",
      agent,
      model: { providerID: "fake", id: "fake-1" },
      location: { directory: "/tmp" },
      ...(permission === undefined ? {} : { permission })
    })], { expectedSequence: 0 })
    return id
  })

const events = (id: SessionId) =>
  Effect.flatMap(EventStore.EventStore, (store) => Effect.map(store.readStream(id, { limit: 5000 }), (p) => p.events))

const types = (es: ReadonlyArray<StoredEvent>) => es.map((e) => e.type.replace("session.next.", ""))
/** The types with a run of deltas as one: the chunks of one provider read are one delta, and reads split as the network does. */
const shape = (es: ReadonlyArray<StoredEvent>) => types(es).filter((t, i, all) => !(t.endsWith(".delta") && all[i - 1] === t))
/** The text the session's text deltas carry, joined. */
const deltaText = (es: ReadonlyArray<StoredEvent>) =>
  es.map((e) => (e.type === "session.next.text.delta" ? e.data.delta : "")).join("")

const prompt = (id: SessionId, text: string, delivery: "queue" | "steer" | "interrupt" = "queue", messageID?: MessageId) =>
  Effect.flatMap(SessionExecution.SessionExecution, (ex) =>
    ex.prompt(id, { prompt: { text }, delivery, ...(messageID === undefined ? {} : { id: messageID }) }))

const idle = (id: SessionId) => Effect.flatMap(SessionExecution.SessionExecution, (ex) => ex.awaitIdle(id))

const userTexts = (id: SessionId) =>
  Effect.flatMap(SessionQueries.SessionQueries, (q) =>
    Effect.map(q.messages(id), (ms) => ms.filter((m) => m.type === "user").map((m) => (m.info as { text: string }).text)))

/** Activities as [inputs promoted right after activity.started, outcome]; fails if two overlap. */
const activities = (es: ReadonlyArray<StoredEvent>) => {
  const out: Array<{ readonly promoted: Array<string>; outcome?: string }> = []
  let open: { promoted: Array<string>; outcome?: string } | undefined
  for (const e of es) {
    if (e.type === "session.next.activity.started") {
      assert.isUndefined(open, "activities overlap")
      open = { promoted: [] }
      out.push(open)
    } else if (e.type === "session.next.prompted") {
      assert.isDefined(open, "an input was promoted outside an activity")
      open!.promoted.push(e.data.prompt.text)
    } else if (e.type === "session.next.activity.ended") {
      assert.isDefined(open)
      open!.outcome = e.data.outcome
      open = undefined
    }
  }
  assert.isUndefined(open, "an activity never ended")
  return out
}

const waitFor = <A, R>(check: Effect.Effect<A | undefined, never, R>, what: string) =>
  Effect.gen(function*() {
    for (let i = 0; i < 500; i++) {
      const v = yield* check
      if (v !== undefined) return v
      yield* Effect.sleep("10 millis")
    }
    return yield* Effect.dieMessage(`timed out waiting for ${what}`)
  })

export const runnerSuite = (name: string, database: () => import("effect").Layer.Layer<SqlClient.SqlClient | LogWriter.LogWriter, unknown>) =>
  layer(Engine.layer(database()), { excludeTestServices: true, timeout: "60 seconds" })(name, (it) => {
    describe("one prompt", () => {
      it.effect("admits, promotes, streams the answer durably and settles", () =>
        Effect.gen(function*() {
          const fake = yield* Engine.Fake
          const id = yield* newSession()
          fake.push({ steps: [{ text: ["Hel", "lo", "!"] }], usage: { input: 12, output: 3 } })
          const start = fake.requests.length
          const admission = yield* prompt(id, "hi")
          assert.isTrue(admission.created)
          yield* idle(id)
          // the first turn shows the model the prompt that opened the activity (read after it commits)
          assert.deepStrictEqual(
            fake.requests[start]!.body.messages!.filter((m) => m.role === "user").map((m) => m.content),
            ["hi"]
          )
          assert.deepStrictEqual(shape(yield* events(id)), [
            "session.created",
            "prompt.admitted",
            "activity.started",
            "prompted",
            "system.recorded",
            "step.started",
            "text.started",
            "text.delta",
            "text.ended",
            "step.ended",
            "activity.ended"
          ])
          assert.strictEqual(deltaText(yield* events(id)), "Hello!")
          const q = yield* SessionQueries.SessionQueries
          const transcript = yield* q.messages(id)
          assert.deepStrictEqual(transcript.map((m) => m.type), ["user", "assistant"])
          assert.strictEqual(transcript[1]!.parts[0]!.text, "Hello!")
          const info = Option.getOrThrow(yield* q.session(id))
          assert.strictEqual(info.status, "idle")
          assert.strictEqual(info.tokens.input, 12)
          assert.strictEqual(info.cost, (12 * 1 + 3 * 2) / 1_000_000)
          const inbox = yield* SessionInbox.SessionInbox
          assert.strictEqual((yield* inbox.list(id)).length, 0)
        }))

      it.effect("re-admitting the same id is a no-op; a different body is a conflict and writes nothing", () =>
        Effect.gen(function*() {
          const id = yield* newSession()
          const messageID = Ids.newMessageId()
          const first = yield* prompt(id, "once", "queue", messageID)
          yield* idle(id)
          const again = yield* prompt(id, "once", "queue", messageID)
          assert.isFalse(again.created)
          assert.strictEqual(again.input.id, first.input.id)
          const before = (yield* events(id)).length
          const conflict = yield* Effect.flip(prompt(id, "twice", "queue", messageID))
          assert.strictEqual(conflict._tag, "PromptConflict")
          yield* idle(id)
          assert.strictEqual((yield* events(id)).length, before)
          assert.deepStrictEqual(yield* userTexts(id), ["once"])
        }))

      it.effect("an unknown session is refused and nothing is written", () =>
        Effect.gen(function*() {
          const id = Ids.newSessionId()
          const err = yield* Effect.flip(prompt(id, "nobody home"))
          assert.strictEqual(err._tag, "SessionNotFound")
          assert.strictEqual((yield* events(id)).length, 0)
        }))
    })

    describe("queue and steer", () => {
      it.effect("queued prompts sent concurrently run FIFO, one activity each", () =>
        Effect.gen(function*() {
          const id = yield* newSession()
          const texts = Array.from({ length: 6 }, (_, i) => `q${i}`)
          // admission order is decided by the log; send them all at once
          const admitted = yield* Effect.all(texts.map((t) => prompt(id, t)), { concurrency: "unbounded" })
          yield* idle(id)
          const order = [...admitted].sort((a, b) => a.input.admittedSeq - b.input.admittedSeq).map((a) => a.input.prompt.text)
          const acts = activities(yield* events(id))
          assert.deepStrictEqual(acts.map((a) => a.promoted), order.map((t) => [t]))
          assert.isTrue(acts.every((a) => a.outcome === "completed"))
          assert.deepStrictEqual(yield* userTexts(id), order)
        }))

      it.effect("a steer joins the running activity at the next turn boundary, and the model sees it there", () =>
        Effect.gen(function*() {
          const fake = yield* Engine.Fake
          const id = yield* newSession()
          const start = fake.requests.length
          fake.push(
            { steps: [{ toolCall: { name: "sleep", args: { ms: 300 } } }] },
            { steps: [{ text: "saw the steer" }] }
          )
          yield* prompt(id, "do a slow thing")
          // steer while the tool runs
          yield* waitFor(Effect.map(events(id), (es) => es.some((e) => e.type === "session.next.tool.called") ? true : undefined), "the tool call")
          yield* prompt(id, "also this", "steer")
          yield* idle(id)
          const acts = activities(yield* events(id))
          assert.deepStrictEqual(acts.map((a) => a.promoted), [["do a slow thing", "also this"]])
          const second = fake.requests[start + 1]!.body.messages!
          // after the system prompt (the agent's text, the environment, the project's instructions)
          assert.deepStrictEqual(second.map((m) => m.role), ["system", "user", "assistant", "tool", "user"])
          assert.strictEqual(second[4]!.content, "also this")
          // the first request did not see it
          assert.isFalse(fake.requests[start]!.body.messages!.some((m) => m.content === "also this"))
        }))

      it.effect("a steer with nothing running opens an activity; several coalesce in admission order", () =>
        Effect.gen(function*() {
          const id = yield* newSession()
          const inbox = yield* SessionInbox.SessionInbox
          // admit without waking, so both are pending when the run starts
          yield* inbox.admit(id, { prompt: { text: "s1" }, delivery: "steer" })
          yield* inbox.admit(id, { prompt: { text: "s2" }, delivery: "steer" })
          const ex = yield* SessionExecution.SessionExecution
          yield* ex.wake(id)
          yield* idle(id)
          assert.deepStrictEqual(activities(yield* events(id)).map((a) => a.promoted), [["s1", "s2"]])
        }))

      it.effect("pending inputs can be listed, switched and cancelled until promoted, not after", () =>
        Effect.gen(function*() {
          const id = yield* newSession()
          const inbox = yield* SessionInbox.SessionInbox
          const a = yield* inbox.admit(id, { prompt: { text: "a" }, delivery: "queue" })
          const b = yield* inbox.admit(id, { prompt: { text: "b" }, delivery: "queue" })
          assert.deepStrictEqual((yield* inbox.list(id)).map((i) => i.prompt.text), ["a", "b"])
          const switched = yield* inbox.setDelivery(id, a.input.id, "steer")
          assert.strictEqual(switched.delivery, "steer")
          const cancelled = yield* inbox.cancel(id, b.input.id)
          assert.strictEqual(cancelled.state, "cancelled")
          const ex = yield* SessionExecution.SessionExecution
          yield* ex.wake(id)
          yield* idle(id)
          assert.deepStrictEqual(yield* userTexts(id), ["a"])
          const late = yield* Effect.flip(inbox.cancel(id, a.input.id))
          assert.deepInclude(late, { _tag: "InputNotPending", state: "promoted" })
          const missing = yield* Effect.flip(inbox.cancel(id, "msg_nope"))
          assert.strictEqual(missing._tag, "InputNotFound")
        }))
    })

    describe("interrupts, limits and failures", () => {
      it.effect("interrupt mid-stream records the partial output; a pending input runs next", () =>
        Effect.gen(function*() {
          const fake = yield* Engine.Fake
          const id = yield* newSession()
          fake.push({ steps: [{ text: ["par", "tial", "never"] }], failure: { hang: { afterChunks: 3 } } }, { steps: [{ text: "next" }] })
          yield* prompt(id, "first")
          yield* prompt(id, "second")
          yield* waitFor(Effect.map(events(id), (es) => deltaText(es) === "partial" ? true : undefined), "deltas")
          const ex = yield* SessionExecution.SessionExecution
          assert.isTrue(yield* ex.interrupt(id))
          yield* idle(id)
          const acts = activities(yield* events(id))
          assert.deepStrictEqual(acts.map((a) => [a.promoted, a.outcome]), [[["first"], "interrupted"], [["second"], "completed"]])
          const transcript = yield* (yield* SessionQueries.SessionQueries).messages(id)
          const interrupted = transcript.find((m) => m.type === "assistant")!
          assert.strictEqual(interrupted.parts[0]!.text, "partial")
          assert.strictEqual(interrupted.error?.type, "interrupted")
          assert.strictEqual(fake.inFlight(), 0)
        }))

      it.effect("interrupt mid-tool stops the tool and records it as failed", () =>
        Effect.gen(function*() {
          const fake = yield* Engine.Fake
          const id = yield* newSession()
          fake.push({ steps: [{ toolCall: { name: "sleep", args: { ms: 20_000 } } }] })
          yield* prompt(id, "sleep long")
          yield* waitFor(Effect.map(events(id), (es) => es.some((e) => e.type === "session.next.tool.called") ? true : undefined), "the tool call")
          const t0 = Date.now()
          yield* (yield* SessionExecution.SessionExecution).interrupt(id)
          yield* idle(id)
          assert.isBelow(Date.now() - t0, 5000)
          const es = yield* events(id)
          const failed = es.find((e) => e.type === "session.next.tool.failed")
          assert.isDefined(failed)
          assert.strictEqual(failed!.type === "session.next.tool.failed" && failed!.data.error.type, "interrupted")
          assert.strictEqual(activities(es)[0]!.outcome, "interrupted")
        }))

      it.effect("an interrupt delivery stops the running activity and runs next", () =>
        Effect.gen(function*() {
          const fake = yield* Engine.Fake
          const id = yield* newSession()
          fake.push({ steps: [{ toolCall: { name: "sleep", args: { ms: 20_000 } } }] }, { steps: [{ text: "urgent done" }] }, { steps: [{ text: "queued done" }] })
          yield* prompt(id, "slow")
          yield* prompt(id, "queued")
          yield* waitFor(Effect.map(events(id), (es) => es.some((e) => e.type === "session.next.tool.called") ? true : undefined), "the tool call")
          yield* prompt(id, "urgent", "interrupt")
          yield* idle(id)
          assert.deepStrictEqual(activities(yield* events(id)).map((a) => [a.promoted, a.outcome]), [
            [["slow"], "interrupted"],
            [["urgent"], "completed"],
            [["queued"], "completed"]
          ])
        }))

      it.effect("the step limit: the last turn has tools disabled and is told so; calls it still makes are not run", () =>
        Effect.gen(function*() {
          const fake = yield* Engine.Fake
          const id = yield* newSession("short")
          const start = fake.requests.length
          fake.push(
            { steps: [{ toolCall: { name: "echo", args: { text: "one" } } }] },
            { steps: [{ toolCall: { name: "echo", args: { text: "two" } } }] }
          )
          yield* prompt(id, "loop forever")
          yield* idle(id)
          const es = yield* events(id)
          assert.deepStrictEqual(activities(es).map((a) => a.outcome), ["step_limit"])
          assert.strictEqual(fake.requests[start]!.body.tool_choice, "auto")
          assert.strictEqual(fake.requests[start + 1]!.body.tool_choice, "none")
          assert.include(String(fake.requests[start + 1]!.body.messages![0]!.content), "final step")
          const results = es.flatMap((e) =>
            e.type === "session.next.tool.success" ? ["ran"] : e.type === "session.next.tool.failed" ? [e.data.error.type] : [])
          assert.deepStrictEqual(results, ["ran", "step_limit"])
        }))

      it.effect("a 429 with retry-after is retried; a 400 fails the activity and the next input still runs", () =>
        Effect.gen(function*() {
          const fake = yield* Engine.Fake
          const id = yield* newSession()
          fake.push({ failure: { status: 429, retryAfter: "0" } }, { steps: [{ text: "after retry" }] })
          yield* prompt(id, "retry me")
          yield* idle(id)
          const es = yield* events(id)
          assert.isTrue(es.some((e) => e.type === "session.next.retried"))
          // the failed attempt is superseded by the retry: the message view has one assistant answer
          const view = yield* (yield* SessionQueries.SessionQueries).messages(id, { final: true })
          assert.deepStrictEqual(view.filter((t) => t.type === "assistant").map((t) => [t.error?.type, t.parts.map((p) => p.text).join("")]), [[undefined, "after retry"]])
          assert.strictEqual(activities(es)[0]!.outcome, "completed")
          fake.push({ failure: { status: 400 } }, { steps: [{ text: "fine" }] })
          yield* prompt(id, "bad")
          yield* prompt(id, "good")
          yield* idle(id)
          assert.deepStrictEqual(activities(yield* events(id)).slice(1).map((a) => [a.promoted, a.outcome]), [[["bad"], "failed"], [["good"], "completed"]])
          // a failure that was not retried stays in the view: it is the attempt that counts
          const after = yield* (yield* SessionQueries.SessionQueries).messages(id, { final: true })
          assert.deepStrictEqual(after.filter((t) => t.type === "assistant").map((t) => t.error?.type), [undefined, "bad_request", undefined])
        }))
    })

    describe("execution", () => {
      it.effect("concurrent wakes produce one run", () =>
        Effect.gen(function*() {
          const id = yield* newSession()
          const inbox = yield* SessionInbox.SessionInbox
          yield* inbox.admit(id, { prompt: { text: "once" }, delivery: "queue" })
          const ex = yield* SessionExecution.SessionExecution
          yield* Effect.all(Array.from({ length: 25 }, () => ex.wake(id)), { concurrency: "unbounded" })
          yield* idle(id)
          assert.strictEqual(activities(yield* events(id)).length, 1)
        }))

      it.effect("wakes racing the settle of a run never lose an input", () =>
        Effect.gen(function*() {
          const id = yield* newSession()
          const texts = Array.from({ length: 15 }, (_, i) => `r${i}`)
          yield* Effect.forEach(texts, (t, i) => Effect.zipRight(Effect.sleep(`${(i % 4) * 3} millis`), prompt(id, t)))
          yield* idle(id)
          const acts = activities(yield* events(id))
          assert.deepStrictEqual(acts.flatMap((a) => a.promoted), texts)
          assert.strictEqual((yield* (yield* SessionInbox.SessionInbox).list(id)).length, 0)
        }))

      it.effect("resume retries a provider turn a stopped process cut, then runs pending inputs", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const fake = yield* Engine.Fake
          const id = yield* newSession()
          const m = Ids.newMessageId()
          const inbox = yield* SessionInbox.SessionInbox
          const left = yield* inbox.admit(id, { prompt: { text: "left pending" }, delivery: "queue" })
          // what a crash mid-stream leaves: an activity, a step and a part opened, nothing closed
          const at = yield* store.lastSequence(id)
          yield* store.append(id, [
            Events.make("session.next.activity.started", { activityID: Ids.newActivityId(), inputs: [] }),
            Events.make("session.next.step.started", { assistantMessageID: m, agent: "build", model: { providerID: "fake", id: "fake-1" } }),
            Events.make("session.next.text.started", { assistantMessageID: m, textID: "t-crash" }),
            Events.make("session.next.text.delta", { assistantMessageID: m, textID: "t-crash", delta: "half an ans" })
          ], { expectedSequence: at })
          fake.push({ steps: [{ text: ["the whole ", "answer"] }] })
          const requests = fake.requests.length
          const ex = yield* SessionExecution.SessionExecution
          const woken = yield* ex.resume
          assert.isAtLeast(woken, 1)
          yield* idle(id)
          const es = yield* events(id)
          const acts = activities(es)
          assert.deepStrictEqual(acts.map((a) => [a.promoted, a.outcome]), [[[], "completed"], [["left pending"], "completed"]])
          // the cut attempt is closed and failed, a retry is recorded, and a new turn answered
          const retried = es.filter((e) => e.type === "session.next.retried")
          assert.deepStrictEqual(retried.map((e) => (e.data as { attempt: number; error: { type: string } }).error.type), ["interrupted"])
          assert.isAtLeast(fake.requests.length - requests, 1)
          const transcript = yield* (yield* SessionQueries.SessionQueries).messages(id)
          const crashed = transcript.find((t) => t.id === m)!
          assert.strictEqual(crashed.parts[0]!.text, "half an ans")
          assert.isDefined(crashed.parts[0]!.time.completed)
          assert.strictEqual(crashed.error?.type, "interrupted")
          const answers = transcript.filter((t) => t.type === "assistant" && t.error === undefined).map((t) => t.parts.map((p) => p.text).join(""))
          assert.strictEqual(answers[0], "the whole answer")
          // the message view shows the attempt that counts: the cut one is superseded (still in the log, and by id)
          const view = yield* (yield* SessionQueries.SessionQueries).messages(id, { final: true })
          assert.isUndefined(view.find((t) => t.id === m))
          assert.strictEqual(view.filter((t) => t.type === "assistant").length, transcript.filter((t) => t.type === "assistant").length - 1)
          assert.isTrue(Option.isSome(yield* (yield* SessionQueries.SessionQueries).message(id, m)))
          // the model was not shown the cut attempt
          const shown = JSON.stringify(fake.requests[requests]!.body.messages)
          assert.notInclude(shown, "half an ans")
          assert.strictEqual(Option.getOrThrow(yield* inbox.get(id, left.input.id)).state, "promoted")
        }).pipe(Effect.ensuring(Effect.flatMap(Engine.Fake, (f) => Effect.sync(() => f.clear())))))

      it.effect("resume retries at most maxRecoveries times: past it the activity fails with recovery_exhausted", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const fake = yield* Engine.Fake
          const id = yield* newSession()
          // two recoveries already spent (the test config allows 2), and a turn cut again
          const model = { providerID: "fake", id: "fake-1" }
          const interrupted = { type: "interrupted", message: "the server stopped during this provider turn" }
          const spent = (attempt: number) => {
            const m = Ids.newMessageId()
            return [
              Events.make("session.next.step.started", { assistantMessageID: m, agent: "build", model }),
              Events.make("session.next.step.failed", { assistantMessageID: m, error: interrupted }),
              Events.make("session.next.retried", { attempt, error: interrupted })
            ]
          }
          const at = yield* store.lastSequence(id)
          yield* store.append(id, [
            Events.make("session.next.activity.started", { activityID: Ids.newActivityId(), inputs: [] }),
            ...spent(1),
            ...spent(2),
            Events.make("session.next.step.started", { assistantMessageID: Ids.newMessageId(), agent: "build", model })
          ], { expectedSequence: at })
          const requests = fake.requests.length
          yield* (yield* SessionExecution.SessionExecution).resume
          yield* idle(id)
          const es = yield* events(id)
          const ended = es.filter((e) => e.type === "session.next.activity.ended").map((e) => e.data as { outcome: string; error?: { type: string } })
          assert.deepStrictEqual(ended.map((e) => [e.outcome, e.error?.type]), [["failed", "recovery_exhausted"]])
          assert.strictEqual(fake.requests.length, requests, "no provider request past the bound")
          const transcript = yield* (yield* SessionQueries.SessionQueries).messages(id)
          assert.isTrue(transcript.filter((t) => t.type === "assistant").every((t) => t.error?.type === "interrupted"))
        }))

      it.effect("resume re-runs an idempotent call a stop cut, reports a non-idempotent one as unknown, and never runs it twice", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const fake = yield* Engine.Fake
          const id = yield* newSession()
          const m = Ids.newMessageId()
          const model = { providerID: "fake", id: "fake-1" }
          const key = `mark-${id}`
          // a step that ended with two calls, both announced (tool.called) when the process stopped
          const call = (callID: string, name: string, input: JsonObject) => [
            Events.make("session.next.tool.input.started", { assistantMessageID: m, callID, name }),
            Events.make("session.next.tool.input.ended", { assistantMessageID: m, callID, text: JSON.stringify(input) }),
            Events.make("session.next.tool.called", { assistantMessageID: m, callID, tool: name, input, provider: { executed: false } })
          ]
          const at = yield* store.lastSequence(id)
          yield* store.append(id, [
            Events.make("session.next.activity.started", { activityID: Ids.newActivityId(), inputs: [] }),
            Events.make("session.next.step.started", { assistantMessageID: m, agent: "build", model }),
            ...call("call-echo", "echo", { text: "read again" }),
            ...call("call-mark", "mark", { text: key }),
            Events.make("session.next.step.ended", {
              assistantMessageID: m,
              finish: "tool-calls",
              cost: 0,
              tokens: { input: 0, output: 0, reasoning: 0, cache: { read: 0, write: 0 } }
            })
          ], { expectedSequence: at })
          // the mark ran before the stop (as far as anyone knows): it must not run again
          TestTools.marks.set(key, 1)
          fake.push({ steps: [{ text: ["done"] }] })
          yield* (yield* SessionExecution.SessionExecution).resume
          yield* idle(id)
          assert.strictEqual(TestTools.marks.get(key), 1, "a non-idempotent call is never run twice")
          const transcript = yield* (yield* SessionQueries.SessionQueries).messages(id)
          const parts = transcript.find((t) => t.id === m)!.parts
          const echo = parts.find((p) => p.id === "call-echo")!
          assert.strictEqual(echo.status, "completed", `an idempotent call is run again: ${JSON.stringify(echo.error)}`)
          assert.include(JSON.stringify(echo.output), "read again")
          const part = parts.find((p) => p.id === "call-mark")!
          assert.strictEqual(part.status, "error")
          assert.strictEqual(part.error?.type, "unknown_outcome")
          assert.include(part.error?.message ?? "", "may have completed")
          const es = yield* events(id)
          assert.deepStrictEqual(activities(es).map((a) => a.outcome), ["completed"])
          assert.strictEqual(es.filter((e) => e.type === "session.next.retried").length, 1)
        }).pipe(Effect.ensuring(Effect.flatMap(Engine.Fake, (f) => Effect.sync(() => f.clear())))))

      it.effect("a reply acknowledged just before a stop is not lost: the approved call runs once after the restart", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const fake = yield* Engine.Fake
          // mark asks in this session: without the earlier reply the call would park on a new request
          const id = yield* newSession("build", [{ permission: "mark", pattern: "*", action: "ask" }])
          const m = Ids.newMessageId()
          const key = `approved-${id}`
          const requestID = Ids.newPermissionId()
          const input = { text: key }
          const at = yield* store.lastSequence(id)
          // the call asked, the user answered once (204), and the process stopped before the call ran
          yield* store.append(id, [
            Events.make("session.next.activity.started", { activityID: Ids.newActivityId(), inputs: [] }),
            Events.make("session.next.step.started", { assistantMessageID: m, agent: "build", model: { providerID: "fake", id: "fake-1" } }),
            Events.make("session.next.tool.input.started", { assistantMessageID: m, callID: "call-approved", name: "mark" }),
            Events.make("session.next.tool.input.ended", { assistantMessageID: m, callID: "call-approved", text: JSON.stringify(input) }),
            Events.make("session.next.step.ended", {
              assistantMessageID: m,
              finish: "tool-calls",
              cost: 0,
              tokens: { input: 0, output: 0, reasoning: 0, cache: { read: 0, write: 0 } }
            }),
            Events.make("session.next.permission.asked", { requestID, permission: "mark", patterns: ["*"], always: ["*"], messageID: m, callID: "call-approved" }),
            Events.make("session.next.permission.replied", { requestID, reply: "once" })
          ], { expectedSequence: at })
          fake.push({ steps: [{ text: ["done"] }] })
          yield* (yield* SessionExecution.SessionExecution).resume
          yield* idle(id)
          assert.strictEqual(TestTools.marks.get(key), 1, "the approved call ran, once")
          const transcript = yield* (yield* SessionQueries.SessionQueries).messages(id)
          const part = transcript.find((t) => t.id === m)!.parts.find((p) => p.id === "call-approved")!
          assert.strictEqual(part.status, "completed")
          assert.deepStrictEqual(activities(yield* events(id)).map((a) => a.outcome), ["completed"])
        }).pipe(Effect.ensuring(Effect.flatMap(Engine.Fake, (f) => Effect.sync(() => f.clear())))))

      it.effect("a compaction cut by a stop is run again after the restart; a manual one ends its activity there", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const fake = yield* Engine.Fake
          const id = yield* newSession()
          yield* prompt(id, "before the compaction")
          yield* idle(id)
          const c = Ids.newMessageId()
          const at = yield* store.lastSequence(id)
          // a manual compaction began streaming its summary, and the process stopped
          yield* store.append(id, [
            Events.make("session.next.prompt.admitted", { messageID: c, prompt: { text: "" }, delivery: "queue", kind: "compact" }),
            Events.make("session.next.activity.started", { activityID: Ids.newActivityId(), inputs: [c] }),
            Events.make("session.next.compaction.started", { messageID: c, reason: "manual" }),
            Events.make("session.next.compaction.delta", { messageID: c, delta: "half a sum" })
          ], { expectedSequence: at })
          const requests = fake.requests.length
          fake.push({ steps: [{ text: ["THE WHOLE SUMMARY"] }] })
          yield* (yield* SessionExecution.SessionExecution).resume
          yield* idle(id)
          // one provider call: the summary again, not a turn of the agent
          assert.strictEqual(fake.requests.length, requests + 1)
          const all = yield* events(id)
          const ended = all.filter((e) => e.type === "session.next.compaction.ended")
          assert.deepStrictEqual(ended.map((e) => (e.data as { text: string }).text), ["THE WHOLE SUMMARY"])
          assert.deepStrictEqual(activities(all).map((a) => a.outcome).slice(-1), ["completed"])
          const view = (yield* (yield* SessionQueries.SessionQueries).messages(id)).find((m) => m.id === c)!
          assert.strictEqual(view.parts[0]!.text, "THE WHOLE SUMMARY")
        }).pipe(Effect.ensuring(Effect.flatMap(Engine.Fake, (f) => Effect.sync(() => f.clear())))))

      it.effect("an input admitted with resume: false is not run by a restart; the next wake runs it", () =>
        Effect.gen(function*() {
          const id = yield* newSession()
          const inbox = yield* SessionInbox.SessionInbox
          const ex = yield* SessionExecution.SessionExecution
          const later = yield* inbox.admit(id, { prompt: { text: "later" }, delivery: "queue", resume: false })
          yield* ex.resume
          yield* idle(id)
          assert.deepStrictEqual((yield* inbox.list(id)).map((i) => i.id), [later.input.id])
          yield* prompt(id, "now")
          yield* idle(id)
          assert.deepStrictEqual(activities(yield* events(id)).flatMap((a) => a.promoted), ["later", "now"])
        }))

      it.effect.prop(
        "random schedules: every input promoted once, no overlap, queue and steer orders kept",
        [
          fc.array(
            fc.record({
              delivery: fc.constantFrom<"queue" | "steer">("queue", "steer"),
              gapMs: fc.integer({ min: 0, max: 30 }),
              script: fc.constantFrom<Script>(
                { steps: [{ text: ["a", "b"] }], delayMs: 2 },
                { steps: [{ toolCall: { name: "sleep", args: { ms: 15 } } }] },
                { steps: [{ toolCall: { name: "echo", args: { text: "x" } } }] },
                { failure: { status: 500 } }
              ),
              interrupt: fc.boolean()
            }),
            { minLength: 1, maxLength: 7 }
          )
        ],
        ([plan]) =>
          Effect.gen(function*() {
            const fake = yield* Engine.Fake
            const ex = yield* SessionExecution.SessionExecution
            const id = yield* newSession()
            // scripts are consumed in request order; anything beyond them answers with an echo
            fake.push(...plan.map((p) => p.script))
            const admitted: Array<{ text: string; delivery: string }> = []
            for (const [i, p] of plan.entries()) {
              yield* Effect.sleep(`${p.gapMs} millis`)
              const text = `${p.delivery}-${i}`
              yield* prompt(id, text, p.delivery)
              admitted.push({ text, delivery: p.delivery })
              if (p.interrupt) yield* ex.interrupt(id)
            }
            yield* idle(id)
            const es = yield* events(id)
            const acts = activities(es)
            const promoted = acts.flatMap((a) => a.promoted)
            assert.deepStrictEqual([...promoted].sort(), admitted.map((a) => a.text).sort(), "every input promoted exactly once")
            const order = (d: string) => promoted.filter((t) => t.startsWith(d))
            assert.deepStrictEqual(order("queue"), admitted.filter((a) => a.delivery === "queue").map((a) => a.text))
            assert.deepStrictEqual(order("steer"), admitted.filter((a) => a.delivery === "steer").map((a) => a.text))
            // a queued input is always the first thing its activity promotes
            for (const a of acts) for (const [k, t] of a.promoted.entries()) if (t.startsWith("queue")) assert.strictEqual(k, 0)
            assert.isTrue(acts.every((a) => a.outcome !== undefined))
            const inbox = yield* SessionInbox.SessionInbox
            assert.strictEqual((yield* inbox.list(id)).length, 0)
          }).pipe(Effect.ensuring(Effect.flatMap(Engine.Fake, (f) => Effect.sync(() => f.clear())))),
        { fastCheck: { numRuns: 12 } }
      )
    })
  })
