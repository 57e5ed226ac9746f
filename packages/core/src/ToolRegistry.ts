/**
 * The tool port the runner calls through. A tool declares its input as an
 * Effect Schema (the model sees its JSON Schema), whether it is idempotent
 * (safe to re-run after a crash), and a timeout. A call decodes the input
 * (a bad input is a failure the model sees, not a crash), runs it with the
 * timeout, and interrupts it with the activity.
 *
 * This is the minimal registry: a fixed set of tools. Scoped registrations,
 * permissions and output bounding come with the tools issue, behind the same
 * port.
 */
import type { ToolDefinition } from "@ratchet/llm"
import type { JsonObject, SessionId } from "@ratchet/schema"
import { Context, Data, Duration, Effect, JSONSchema, Layer, ParseResult, Schema } from "effect"

export interface ToolContext {
  readonly sessionId: SessionId
  readonly callId: string
}

export interface ToolOutput {
  /** What the model reads. */
  readonly output: string
  readonly structured?: JsonObject
}

export class ToolFailure extends Data.TaggedError("ToolFailure")<{ readonly message: string }> {}

export interface Tool {
  readonly name: string
  readonly description: string
  readonly parameters: ToolDefinition["parameters"]
  readonly idempotent: boolean
  readonly timeout: Duration.Duration
  readonly call: (input: unknown, context: ToolContext) => Effect.Effect<ToolOutput, ToolFailure>
}

export const make = <A, I>(options: {
  readonly name: string
  readonly description: string
  readonly input: Schema.Schema<A, I>
  readonly idempotent: boolean
  readonly timeout?: Duration.DurationInput
  readonly run: (input: A, context: ToolContext) => Effect.Effect<ToolOutput, ToolFailure>
}): Tool => {
  const decode = Schema.decodeUnknownEither(options.input, { onExcessProperty: "error" })
  return {
    name: options.name,
    description: options.description,
    parameters: JSONSchema.make(options.input) as unknown as ToolDefinition["parameters"],
    idempotent: options.idempotent,
    timeout: Duration.decode(options.timeout ?? "2 minutes"),
    call: (input, context) => {
      const decoded = decode(input)
      return decoded._tag === "Left"
        ? Effect.fail(new ToolFailure({ message: `invalid input: ${ParseResult.TreeFormatter.formatErrorSync(decoded.left)}` }))
        : options.run(decoded.right, context)
    }
  }
}

export interface ToolRegistryService {
  /** The tools the model is offered in this session. */
  readonly definitions: (sessionId: SessionId) => Effect.Effect<ReadonlyArray<ToolDefinition>>
  readonly get: (name: string) => Tool | undefined
  /** Runs a call: unknown tool, bad input, failure and timeout all come back as `ToolFailure`. */
  readonly call: (name: string, input: unknown, context: ToolContext) => Effect.Effect<ToolOutput, ToolFailure>
}

export class ToolRegistry extends Context.Tag("@ratchet/core/ToolRegistry")<ToolRegistry, ToolRegistryService>() {}

export const fromTools = (tools: ReadonlyArray<Tool>): ToolRegistryService => {
  const byName = new Map(tools.map((t) => [t.name, t]))
  const definitions = tools.map((t) => ({ name: t.name, description: t.description, parameters: t.parameters }))
  return {
    definitions: () => Effect.succeed(definitions),
    get: (name) => byName.get(name),
    call: (name, input, context) => {
      const tool = byName.get(name)
      if (tool === undefined) return Effect.fail(new ToolFailure({ message: `unknown tool ${name}` }))
      return tool.call(input, context).pipe(
        Effect.timeoutFail({
          duration: tool.timeout,
          onTimeout: () => new ToolFailure({ message: `timed out after ${Duration.format(tool.timeout)}` })
        })
      )
    }
  }
}

export const layer = (tools: ReadonlyArray<Tool>): Layer.Layer<ToolRegistry> => Layer.succeed(ToolRegistry, fromTools(tools))
