/**
 * `task`: runs a sub-agent in a child session (visible under its parent:
 * `parentID`) and returns its final answer. The child has its own log,
 * permissions and requests; interrupting the parent's call interrupts the
 * child's run. The run itself goes through the `ChildRuns` port, which the
 * engine provides, so this tool is registered once the engine is up, for the
 * life of its layer.
 */
import { Effect, Layer, Schema } from "effect"
import { ChildRuns } from "../ChildRuns.js"
import * as ToolRegistry from "../ToolRegistry.js"

const Input = Schema.Struct({
  description: Schema.String.annotations({ description: "A short (3-5 words) description of the task" }),
  prompt: Schema.String.pipe(Schema.minLength(1)).annotations({ description: "The task for the sub-agent, with everything it needs to know" }),
  subagent_type: Schema.String.annotations({ description: "The sub-agent to run (general, explore, or one from the config)" })
})

export const make = Effect.gen(function*() {
  const children = yield* ChildRuns
  return ToolRegistry.make({
    name: "task",
    description:
      `Runs a sub-agent in a child session for a self-contained task and returns its final answer. Sub-agents: ${
        children.subagents.map((a) => `${a.name}${a.description === undefined ? "" : ` (${a.description})`}`).join("; ")
      }.`,
    input: Input,
    // the same call finds the same child session (ChildRuns): after a restart it waits for it again
    idempotent: true,
    timeout: "1 hour",
    needs: (input) => Effect.succeed([{ permission: "task", patterns: [input.subagent_type] }]),
    run: (input, context) =>
      children.run({
        parent: context.sessionId,
        call: { messageId: context.messageId, callId: context.callId },
        agent: input.subagent_type,
        title: input.description,
        prompt: input.prompt,
        started: (child) => context.progress({ structured: child })
      }).pipe(
        Effect.mapError((e) => new ToolRegistry.ToolFailure({ type: e.type, message: e.message })),
        Effect.map((result) => ({
          output: `${result.answer === "" ? "(the sub-agent gave no answer)" : result.answer}\n\n(session ${result.sessionID})`,
          structured: { sessionID: result.sessionID, agent: result.agent, cost: result.cost }
        }))
      )
  })
})

/** Registers `task` process-wide for the life of this layer. */
export const layer = Layer.scopedDiscard(
  Effect.gen(function*() {
    const registry = yield* ToolRegistry.ToolRegistry
    yield* registry.register([yield* make])
  })
)
