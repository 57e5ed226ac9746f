/**
 * `task`: runs a sub-agent in a child session (visible under its parent:
 * `parentID`) and returns its final answer. The child has its own log,
 * permissions and requests; interrupting the parent's call interrupts the
 * child's run. Registered once the engine is up (it drives the engine that
 * runs the call), for the life of its layer.
 */
import { type SessionId } from "@ratchet/schema"
import { Effect, Layer, Option, Schema } from "effect"
import { Agents } from "../Agents.js"
import { SessionCommands } from "../SessionCommands.js"
import { SessionExecution } from "../SessionExecution.js"
import { SessionQueries } from "../SessionQueries.js"
import * as ToolRegistry from "../ToolRegistry.js"

const Input = Schema.Struct({
  description: Schema.String.annotations({ description: "A short (3-5 words) description of the task" }),
  prompt: Schema.String.pipe(Schema.minLength(1)).annotations({ description: "The task for the sub-agent, with everything it needs to know" }),
  subagent_type: Schema.String.annotations({ description: "The sub-agent to run (general, explore, or one from the config)" })
})

const fail = (type: string, message: string) => new ToolRegistry.ToolFailure({ type, message })

export const make = Effect.gen(function*() {
  const commands = yield* SessionCommands
  const execution = yield* SessionExecution
  const queries = yield* SessionQueries
  const agents = yield* Agents
  const subagents = agents.list.filter((a) => a.mode === "subagent" || a.mode === "all")

  /** The child's final answer: the text of its last assistant message. */
  const answer = (child: SessionId) =>
    Effect.map(queries.messages(child, { order: "desc", limit: 20 }), (messages) => {
      const last = messages.find((m) => m.type === "assistant" && m.parts.some((p) => p.type === "text" && p.text !== ""))
      return last?.parts.filter((p) => p.type === "text").map((p) => p.text).join("") ?? ""
    })

  return ToolRegistry.make({
    name: "task",
    description:
      `Runs a sub-agent in a child session for a self-contained task and returns its final answer. Sub-agents: ${
        subagents.map((a) => `${a.name}${a.description === undefined ? "" : ` (${a.description})`}`).join("; ")
      }.`,
    input: Input,
    idempotent: false,
    timeout: "1 hour",
    needs: (input) => Effect.succeed([{ permission: "task", patterns: [input.subagent_type] }]),
    run: (input, context) =>
      Effect.gen(function*() {
        const agent = agents.find(input.subagent_type)
        if (agent === undefined || agent.mode === "primary") {
          return yield* fail("unknown_agent", `no sub-agent ${JSON.stringify(input.subagent_type)}; available: ${subagents.map((a) => a.name).join(", ")}`)
        }
        const parent = yield* queries.session(context.sessionId)
        if (Option.isNone(parent)) return yield* fail("internal", "the parent session is gone")
        const child = yield* commands.create({
          title: `${input.description} (@${agent.name})`,
          agent: agent.name,
          location: parent.value.location,
          parentID: context.sessionId,
          ...(parent.value.model === undefined ? {} : { model: parent.value.model }),
          ...(parent.value.permission === undefined ? {} : { permission: parent.value.permission })
        }).pipe(Effect.mapError((e) => fail("internal", `could not create the child session: ${e.message}`)))
        yield* context.progress({ structured: { sessionID: child.id, agent: agent.name } })
        yield* execution.prompt(child.id, { prompt: { text: input.prompt }, delivery: "queue" }).pipe(
          Effect.mapError((e) => fail("internal", `could not prompt the child session: ${e.message}`))
        )
        yield* execution.awaitIdle(child.id).pipe(Effect.onInterrupt(() => execution.interrupt(child.id)))
        const text = yield* answer(child.id)
        const after = yield* queries.session(child.id)
        return {
          output: `${text === "" ? "(the sub-agent gave no answer)" : text}\n\n(session ${child.id})`,
          structured: { sessionID: child.id, agent: agent.name, cost: Option.match(after, { onNone: () => 0, onSome: (s) => s.cost }) }
        }
      })
  })
})

/** Registers `task` process-wide for the life of this layer. */
export const layer = Layer.scopedDiscard(
  Effect.gen(function*() {
    const registry = yield* ToolRegistry.ToolRegistry
    yield* registry.register([yield* make])
  })
)
