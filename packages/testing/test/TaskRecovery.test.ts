/**
 * A `task` whose child session was running when the process stopped: on
 * resume the parent's call runs again (task is idempotent per call), finds
 * the same child by its derived id, admits nothing new, and waits for the
 * child's own resumed run — instead of reporting an unknown outcome.
 */
import { assert, describe, it } from "@effect/vitest"
import { ChildSessions, SessionExecution } from "@ratchet/engine"
import { Events, Ids, type MessageId, type SessionId } from "@ratchet/schema"
import { Database, EventStore, SessionQueries } from "@ratchet/store"
import { Effect, Option } from "effect"
import * as Databases from "../src/Databases.js"
import * as Engine from "../src/Engine.js"

const model = { providerID: "fake", id: "fake-1" }
const tokens = { input: 0, output: 0, reasoning: 0, cache: { read: 0, write: 0 } }

describe("task across a restart (SQLite)", () => {
  it.live("the parent waits for the same child session and reads its answer", () =>
    Effect.gen(function*() {
      const filename = yield* Databases.sqliteFile
      const engine = Engine.layer(Database.sqlite({ filename }), { task: true })
      yield* Effect.gen(function*() {
        const store = yield* EventStore.EventStore
        const queries = yield* SessionQueries.SessionQueries
        const fake = yield* Engine.Fake
        const parent = Ids.newSessionId()
        const m = Ids.newMessageId()
        const call = { messageId: m, callId: "call-task" }
        const child = ChildSessions.childId("ses", call) as SessionId
        const childPrompt = ChildSessions.childId("msg", call) as MessageId
        const input = { description: "look it up", prompt: "find the answer", subagent_type: "helper" }
        // the parent: its task call announced, then the stop
        yield* store.append(parent, [
          Events.make("session.created", { title: "parent", agent: "build", model, location: { directory: "/tmp" } }),
          Events.make("session.next.activity.started", { activityID: Ids.newActivityId(), inputs: [] }),
          Events.make("session.next.step.started", { assistantMessageID: m, agent: "build", model }),
          Events.make("session.next.tool.input.started", { assistantMessageID: m, callID: "call-task", name: "task" }),
          Events.make("session.next.tool.input.ended", { assistantMessageID: m, callID: "call-task", text: JSON.stringify(input) }),
          Events.make("session.next.step.ended", { assistantMessageID: m, finish: "tool-calls", cost: 0, tokens }),
          Events.make("session.next.tool.called", { assistantMessageID: m, callID: "call-task", tool: "task", input, provider: { executed: false } })
        ], { expectedSequence: 0 })
        // the child it started: prompted, mid-answer when the process stopped
        const c = Ids.newMessageId()
        const prompt = { text: input.prompt }
        yield* store.append(child, [
          Events.make("session.created", { title: "look it up (@helper)", agent: "helper", model, location: { directory: "/tmp" }, parentID: parent }),
          Events.make("session.next.prompt.admitted", { messageID: childPrompt, prompt, delivery: "queue" }),
          Events.make("session.next.activity.started", { activityID: Ids.newActivityId(), inputs: [childPrompt] }),
          Events.make("session.next.prompted", { messageID: childPrompt, prompt, delivery: "queue" }),
          Events.make("session.next.step.started", { assistantMessageID: c, agent: "helper", model }),
          Events.make("session.next.text.started", { assistantMessageID: c, textID: "t-cut" }),
          Events.make("session.next.text.delta", { assistantMessageID: c, textID: "t-cut", delta: "half an" })
        ], { expectedSequence: 0 })
        // the child's retried turn answers first (the parent waits for it), then the parent's next turn
        fake.push({ steps: [{ text: ["the child's ", "answer"] }] }, { steps: [{ text: ["parent done"] }] })
        const execution = yield* SessionExecution.SessionExecution
        yield* execution.resume
        yield* execution.awaitIdle(parent)
        yield* execution.awaitIdle(child)

        const children = (yield* queries.list({ order: "asc", limit: 100 })).sessions.filter((s) => s.parentID === parent)
        assert.deepStrictEqual(children.map((s) => s.id), [child], "one child, the same one")
        const parentMessages = yield* queries.messages(parent)
        const taskPart = parentMessages.find((x) => x.id === m)!.parts.find((p) => p.id === "call-task")!
        assert.strictEqual(taskPart.status, "completed", JSON.stringify(taskPart.error))
        assert.include(JSON.stringify(taskPart.output), "the child's answer")
        const childInputs = (yield* store.readStream(child, { limit: 5000 })).events.filter((e) => e.type === "session.next.prompt.admitted")
        assert.strictEqual(childInputs.length, 1, "the child's prompt was admitted once")
        const info = yield* queries.session(parent)
        assert.strictEqual(Option.getOrThrow(info).status, "idle")
      }).pipe(Effect.provide(engine))
    }).pipe(Effect.scoped))
})
