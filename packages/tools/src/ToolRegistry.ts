/**
 * The tool registry: what the model is offered and how a call is settled.
 *
 * A tool declares its input as an Effect Schema (the model sees its JSON
 * Schema), its permission key, what a call asks permission for (paths, a
 * command, a URL), whether it is idempotent (safe to re-run after a crash),
 * and a timeout. Settling a call: decode the input (a bad input is a failure
 * the model reads, not a crash), check every permission it needs (which may
 * park the call on a durable request), run it under the timeout (interrupted
 * with the activity), then bound the output — head and tail kept, the full
 * output saved to a file the result names.
 *
 * Registrations are scoped: process-wide ones from the layer, and ones that
 * live as long as a scope (a session's, an MCP connection's) through
 * `register`. A tool whose permission an agent's rules deny outright is not
 * offered to that agent at all.
 */
import type { JsonObject, MessageId, PermissionRule, SandboxMode, SessionId, ToolContent, ToolDefinition } from "@ratchet/schema"
import { Context, Data, Duration, Effect, Either, JSONSchema, Layer, ParseResult, Schema, type Scope } from "effect"
import * as os from "node:os"
import * as path from "node:path"
import * as OutputBound from "./OutputBound.js"
import * as PermissionRules from "./PermissionRules.js"
import { type Ask, Permissions } from "./Permissions.js"
import * as ToolOutputs from "./ToolOutputs.js"

export interface ToolContext {
  readonly sessionId: SessionId
  readonly callId: string
  /** The assistant message whose turn made the call. */
  readonly messageId: MessageId
  readonly agent: string
  /** The session's directory: file tools are confined to it. */
  readonly directory: string
  /** Agent, config and session rules, merged (saved approvals are added by the permission check). */
  readonly rules: ReadonlyArray<PermissionRule>
  /** Where `bash` runs: the session's, else its agent's choice; absent: `SandboxConfig.default`. */
  readonly sandbox?: SandboxMode
  /** Re-run after a restart (it was announced, and parked on a request): the requests it asked before decide. */
  readonly resumed?: boolean
  /** Records progress the client sees while the call runs (`tool.progress`). */
  readonly progress: (update: { readonly structured?: JsonObject; readonly content?: ReadonlyArray<ToolContent> }) => Effect.Effect<void>
  /**
   * Runs once every permission the call needs was granted, just before the
   * tool runs: the runner announces the call durably here, so a call
   * announced before a stop may have run, and one that was not (still
   * waiting, or approved a moment before the stop) certainly did not.
   */
  readonly started?: Effect.Effect<void, ToolFailure>
  /**
   * True once the call's step was stopped (the user rejected another of its
   * calls without feedback): a request this call asks from then on is
   * rejected at once, not left waiting (it may ask between the stop's
   * rejection of the step's pending requests and its own check).
   */
  readonly abandoned?: () => boolean
}

export interface ToolOutput {
  /** What the model reads. */
  readonly output: string
  readonly structured?: JsonObject
  /** Files holding output the model was not shown in full. */
  readonly outputPaths?: ReadonlyArray<string>
}

/**
 * A call that did not succeed. `stop` ends the activity (a permission
 * rejected without feedback); otherwise the model reads `message` and goes on.
 */
export class ToolFailure extends Data.TaggedError("ToolFailure")<{
  readonly message: string
  readonly type?: string
  readonly stop?: boolean
}> {}

/** One permission a call needs before it runs. */
export interface PermissionNeed {
  readonly permission: string
  readonly patterns: ReadonlyArray<string>
  /** What an `always` reply saves (default: `patterns`). */
  readonly always?: ReadonlyArray<string>
  readonly metadata?: JsonObject
}

export interface Prepared {
  readonly needs: ReadonlyArray<PermissionNeed>
  readonly run: Effect.Effect<ToolOutput, ToolFailure>
}

export interface Tool {
  readonly name: string
  readonly description: string
  readonly parameters: ToolDefinition["parameters"]
  /** The key rules name (`edit` for write and edit, as upstream). */
  readonly permission: string
  readonly idempotent: boolean
  /** Runs alone among a step's parallel calls (a shell, an edit: what two at once could get wrong). */
  readonly exclusive?: boolean
  readonly timeout: Duration.Duration
  /** Decodes the input and says what the call needs; nothing runs until `run`. */
  readonly prepare: (input: unknown, context: ToolContext) => Effect.Effect<Prepared, ToolFailure>
}

export const make = <A, I>(options: {
  readonly name: string
  readonly description: string
  readonly input: Schema.Schema<A, I>
  readonly idempotent: boolean
  readonly exclusive?: boolean
  readonly permission?: string
  readonly timeout?: Duration.DurationInput
  /** The permissions a call needs; default: the tool's key for any input. */
  readonly needs?: (input: A, context: ToolContext) => Effect.Effect<ReadonlyArray<PermissionNeed>, ToolFailure>
  /** Runs the call; `needs` are the permissions that were checked for it (what was approved, not re-derived). */
  readonly run: (input: A, context: ToolContext, needs: ReadonlyArray<PermissionNeed>) => Effect.Effect<ToolOutput, ToolFailure>
}): Tool => {
  const decode = Schema.decodeUnknownEither(options.input, { onExcessProperty: "error" })
  const permission = options.permission ?? options.name
  return {
    name: options.name,
    description: options.description,
    parameters: JSONSchema.make(options.input) as unknown as ToolDefinition["parameters"],
    permission,
    idempotent: options.idempotent,
    ...(options.exclusive === true ? { exclusive: true } : {}),
    timeout: Duration.decode(options.timeout ?? "2 minutes"),
    prepare: (input, context) => {
      const decoded = decode(input)
      if (Either.isLeft(decoded)) {
        return Effect.fail(new ToolFailure({
          type: "invalid_input",
          message: `invalid input for ${options.name}: ${ParseResult.TreeFormatter.formatErrorSync(decoded.left)}`
        }))
      }
      const value = decoded.right
      const needs = options.needs === undefined
        ? Effect.succeed<ReadonlyArray<PermissionNeed>>([{ permission, patterns: ["*"] }])
        : options.needs(value, context)
      return Effect.map(needs, (n) => ({ needs: n, run: Effect.suspend(() => options.run(value, context, n)) }))
    }
  }
}

export interface ToolConfigShape {
  /** Most bytes of a result the model is shown; the rest is saved to a file. */
  readonly maxOutputBytes: number
  /** Where full outputs are saved: a private folder per session, one file per call (`ToolOutputs`). */
  readonly outputDir: string
}

export class ToolConfig extends Context.Reference<ToolConfig>()("@ratchet/tools/ToolConfig", {
  defaultValue: (): ToolConfigShape => ({
    maxOutputBytes: 32 * 1024,
    // the server puts it under its data directory; this default is per user, and made private when created
    outputDir: path.join(os.tmpdir(), `ratchet-tool-output-${process.getuid?.() ?? "user"}`)
  })
}) {}

export interface ToolRegistryService {
  /** The tools offered in this session to an agent with these rules (outright denials left out). */
  readonly definitions: (
    sessionId: SessionId,
    rules: ReadonlyArray<PermissionRule>
  ) => Effect.Effect<ReadonlyArray<ToolDefinition>>
  readonly get: (name: string, sessionId?: SessionId) => Tool | undefined
  /** Settles a call: unknown tool, bad input, denial, rejection, failure and timeout all come back as `ToolFailure`. */
  readonly call: (name: string, input: unknown, context: ToolContext) => Effect.Effect<ToolOutput, ToolFailure>
  /** Adds tools for the life of the current scope, for every session or for one. */
  readonly register: (
    tools: ReadonlyArray<Tool>,
    options?: { readonly sessionId?: SessionId }
  ) => Effect.Effect<void, never, Scope.Scope>
}

export class ToolRegistry extends Context.Tag("@ratchet/tools/ToolRegistry")<ToolRegistry, ToolRegistryService>() {}

const definitionOf = (t: Tool): ToolDefinition => ({ name: t.name, description: t.description, parameters: t.parameters })

const makeRegistry = Effect.gen(function*() {
  const permissions = yield* Permissions
  const global = new Map<string, Tool>()
  const scoped = new Map<SessionId, Map<string, Tool>>()

  const get: ToolRegistryService["get"] = (name, sessionId) =>
    (sessionId === undefined ? undefined : scoped.get(sessionId)?.get(name)) ?? global.get(name)

  const offered = (sessionId: SessionId) => {
    const byName = new Map(global)
    for (const [name, tool] of scoped.get(sessionId) ?? []) byName.set(name, tool)
    return [...byName.values()]
  }

  const definitions: ToolRegistryService["definitions"] = (sessionId, rules) =>
    Effect.sync(() => offered(sessionId).filter((t) => !PermissionRules.disabled(rules, t.permission)).map(definitionOf))

  const checkAll = (tool: Tool, needs: ReadonlyArray<PermissionNeed>, context: ToolContext) =>
    Effect.forEach(needs, (need) =>
      Effect.gen(function*() {
        const ask: Ask = {
          sessionId: context.sessionId,
          permission: need.permission,
          patterns: need.patterns,
          rules: context.rules,
          messageId: context.messageId,
          callId: context.callId,
          ...(context.resumed === undefined ? {} : { resumed: context.resumed }),
          ...(context.abandoned === undefined ? {} : { abandoned: context.abandoned }),
          ...(need.always === undefined ? {} : { always: need.always }),
          ...(need.metadata === undefined ? {} : { metadata: need.metadata })
        }
        const decision = yield* permissions.check(ask).pipe(
          Effect.catchAll((e) => Effect.fail(new ToolFailure({ type: "internal", message: `the permission request could not be recorded: ${e.message}` })))
        )
        switch (decision._tag) {
          case "Allowed":
            return
          case "Denied":
            return yield* new ToolFailure({
              type: "permission_denied",
              message: `${tool.name}: ${need.permission} is denied for ${need.patterns.join(", ")} by the permission rules; do not retry it`
            })
          case "Rejected":
            return yield* decision.message === undefined
              ? new ToolFailure({ type: "permission_rejected", message: `the user rejected ${need.permission} for ${need.patterns.join(", ")}`, stop: true })
              : new ToolFailure({ type: "permission_rejected", message: `the user rejected ${need.permission} for ${need.patterns.join(", ")} with this feedback: ${decision.message}` })
        }
      }), { discard: true })

  const call: ToolRegistryService["call"] = (name, input, context) =>
    Effect.gen(function*() {
      const tool = get(name, context.sessionId)
      if (tool === undefined) return yield* new ToolFailure({ type: "unknown_tool", message: `unknown tool ${name}` })
      if (PermissionRules.disabled(context.rules, tool.permission)) {
        return yield* new ToolFailure({ type: "permission_denied", message: `${name} is not available to this agent` })
      }
      const prepared = yield* tool.prepare(input, context)
      yield* checkAll(tool, prepared.needs, context)
      if (context.started !== undefined) yield* context.started
      const result = yield* prepared.run.pipe(
        Effect.timeoutFail({
          duration: tool.timeout,
          onTimeout: () => new ToolFailure({ type: "timeout", message: `${name} timed out after ${Duration.format(tool.timeout)}` })
        })
      )
      const config = yield* ToolConfig
      const bytes = Buffer.byteLength(result.output, "utf8")
      if (bytes <= config.maxOutputBytes) return result
      const saved = yield* ToolOutputs.save(config.outputDir, context.sessionId, context.callId, result.output)
      const bounded = OutputBound.bound(result.output, {
        maxBytes: config.maxOutputBytes,
        headShare: 0.4,
        ...(saved._tag === "Some" ? { reference: saved.value } : {})
      })
      return {
        ...result,
        output: bounded.text,
        ...(saved._tag === "Some" ? { outputPaths: [...(result.outputPaths ?? []), saved.value] } : {})
      }
    })

  const register: ToolRegistryService["register"] = (tools, options = {}) =>
    Effect.acquireRelease(
      Effect.sync(() => {
        const target = options.sessionId === undefined
          ? global
          : scoped.get(options.sessionId) ?? scoped.set(options.sessionId, new Map()).get(options.sessionId)!
        for (const t of tools) target.set(t.name, t)
        return target
      }),
      (target) =>
        Effect.sync(() => {
          for (const t of tools) if (target.get(t.name) === t) target.delete(t.name)
          if (options.sessionId !== undefined && target.size === 0) scoped.delete(options.sessionId)
        })
    ).pipe(Effect.asVoid)

  return { definitions, get, call, register, global } as const
})

/** A registry whose process-wide tools come from an effect that builds them (the built-ins need services). */
export const layerFrom = <E, R>(tools: Effect.Effect<ReadonlyArray<Tool>, E, R>): Layer.Layer<ToolRegistry, E, Permissions | R> =>
  Layer.effect(
    ToolRegistry,
    Effect.gen(function*() {
      const { definitions, get, call, register, global } = yield* makeRegistry
      for (const t of yield* tools) global.set(t.name, t)
      return ToolRegistry.of({ definitions, get, call, register })
    })
  )

/** A registry with `tools` registered for the life of the layer. */
export const layer = (tools: ReadonlyArray<Tool>): Layer.Layer<ToolRegistry, never, Permissions> => layerFrom(Effect.succeed(tools))
