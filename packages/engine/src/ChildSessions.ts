/**
 * The engine's side of the `ChildRuns` port (tools): a child run is a child
 * session (`parentID` set, inheriting the parent's location, model and
 * session rules) prompted once and awaited until idle. Interrupting the
 * waiting caller interrupts the child's activity, so a cancelled `task` call
 * leaves no run behind. Only sub-agents (mode `subagent` or `all`) may run.
 *
 * The child's session id and its prompt's message id derive from the
 * parent's call, so running the call again (the runner re-runs it after a
 * restart: `task` is idempotent this way) finds the same child, admits
 * nothing new, and waits for the child's own resumed run.
 */
import type { MessageId, SandboxMode, SessionId } from "@ratchet/schema"
import { SessionQueries } from "@ratchet/store"
import { BuiltinTools, ChildRuns, type ToolRegistry } from "@ratchet/tools"
import { Effect, Layer, Option } from "effect"
import { createHash } from "node:crypto"
import { Agents, sandboxOf, stricter } from "./Agents.js"

const sandboxField = (sandbox: SandboxMode | undefined) => (sandbox === undefined ? {} : { sandbox })
import { SessionCommands } from "./SessionCommands.js"
import { SessionExecution } from "./SessionExecution.js"

const fail = (type: ChildRuns.ChildRunError["type"], message: string) => new ChildRuns.ChildRunError({ type, message })

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

/**
 * An id for the child of one call, the same every time the call runs: the
 * parent step's time (so listings stay in time order) and a hash of the call.
 */
export const childId = (prefix: "ses" | "msg", call: ChildRuns.ChildRunRequest["call"]): string => {
  const stamp = call.messageId.slice(call.messageId.indexOf("_") + 1, call.messageId.indexOf("_") + 15)
  const digest = createHash("sha256").update(`${prefix}:${call.messageId}:${call.callId}`).digest()
  const suffix = Array.from(digest.subarray(0, 12), (b) => BASE62[b % 62]).join("")
  return `${prefix}_${/^[0-9a-f]{14}$/.test(stamp) ? stamp : "00000000000000"}${suffix}`
}

export const make = Effect.gen(function*() {
  const commands = yield* SessionCommands
  const execution = yield* SessionExecution
  const queries = yield* SessionQueries.SessionQueries
  const agents = yield* Agents
  const subagents = agents.list.filter((a) => a.mode === "subagent" || a.mode === "all")

  /** The child's final answer: the text of its last assistant message. */
  const answer = (child: SessionId) =>
    Effect.map(queries.messages(child, { order: "desc", limit: 20 }), (messages) => {
      const last = messages.find((m) => m.type === "assistant" && m.parts.some((p) => p.type === "text" && p.text !== ""))
      return last?.parts.filter((p) => p.type === "text").map((p) => p.text).join("") ?? ""
    })

  const run = Effect.fn("ChildSessions.run")(function*(request: ChildRuns.ChildRunRequest) {
    const agent = agents.find(request.agent)
    if (agent === undefined || agent.mode === "primary") {
      return yield* fail(
        "unknown_agent",
        `no sub-agent ${JSON.stringify(request.agent)}; available: ${subagents.map((a) => a.name).join(", ")}`
      )
    }
    const parent = yield* queries.session(request.parent)
    if (Option.isNone(parent)) return yield* fail("internal", "the parent session is gone")
    // this call's child: made the first time, found again when the call runs again after a restart
    const id = childId("ses", request.call) as SessionId
    const existing = yield* queries.session(id)
    if (Option.isSome(existing) && existing.value.parentID !== request.parent) {
      return yield* fail("internal", `session ${id} exists under another parent`)
    }
    const child = Option.isSome(existing) ? existing.value : yield* commands.create({
      id,
      title: `${request.title} (@${agent.name})`,
      agent: agent.name,
      location: parent.value.location,
      parentID: request.parent,
      ...(parent.value.model === undefined ? {} : { model: parent.value.model }),
      ...(parent.value.permission === undefined ? {} : { permission: parent.value.permission }),
      // a child never runs less confined than its parent: the parent's effective choice is written down
      ...sandboxField(stricter(sandboxOf(parent.value, agents.get(parent.value.agent)), agent.sandbox))
    }).pipe(Effect.mapError((e) => fail("internal", `could not create the child session: ${e.message}`)))
    yield* request.started({ sessionID: child.id, agent: agent.name })
    // admission is idempotent by message id: the same call admits its prompt once
    // the child's turns count against whoever the parent's activity is for (usage, budgets)
    const by = yield* queries.activityBy(request.parent)
    yield* execution.prompt(child.id, {
      id: childId("msg", request.call) as MessageId,
      prompt: { text: request.prompt },
      delivery: "queue",
      ...(Option.isSome(by) ? { by: by.value } : {})
    }).pipe(
      Effect.mapError((e) => fail("internal", `could not prompt the child session: ${e.message}`))
    )
    yield* execution.awaitIdle(child.id).pipe(Effect.onInterrupt(() => execution.interrupt(child.id)))
    const text = yield* answer(child.id)
    const after = yield* queries.session(child.id)
    return {
      sessionID: child.id,
      agent: agent.name,
      answer: text,
      cost: Option.match(after, { onNone: () => 0, onSome: (s) => s.cost })
    }
  })

  return ChildRuns.ChildRuns.of({
    subagents: subagents.map((a) => a.description === undefined ? { name: a.name } : { name: a.name, description: a.description }),
    run
  })
})

export const layer = Layer.effect(ChildRuns.ChildRuns, make)

/** The `task` tool, registered over this engine (needs the engine's services and the registry). */
export const taskLayer: Layer.Layer<
  never,
  never,
  ToolRegistry.ToolRegistry | SessionCommands | SessionExecution | SessionQueries.SessionQueries | Agents
> = BuiltinTools.taskLayer.pipe(Layer.provide(layer))
