/**
 * A step's tool calls, settled concurrently: at most `parallelTools` at
 * once, an exclusive tool alone; each durable (`tool.called`) just before
 * it runs and recorded with its own outcome as it settles (the model gets
 * the results in the order it emitted the calls: the transcript keeps the
 * parts in that order). A rejection without feedback stops the step: its
 * other pending asks are rejected, calls not started are not run, and the
 * caller ends the activity once the running ones settle (`false`).
 */
import * as EngineMetrics from "../EngineMetrics.js"
import {
  Events,
  type JsonObject,
  type PermissionRule,
  type SandboxMode,
  type SessionEvent,
  type SessionId
} from "@ratchet/schema"
import type { EventStore } from "@ratchet/store"
import { type Permissions, type Questions, ToolRegistry } from "@ratchet/tools"
import { Effect, Either } from "effect"
import type * as GroupWriter from "../GroupWriter.js"
import { UNKNOWN_OUTCOME } from "./recovery.js"
import { errorInfo, type StepState } from "./step.js"

export interface ToolCallsContext {
  readonly sessionId: SessionId
  readonly gw: GroupWriter.GroupWriter
  readonly tools: ToolRegistry.ToolRegistryService
  readonly permissions: Permissions.PermissionsService
  readonly questions: Questions.QuestionsService
  readonly agent: string
  readonly directory: string
  readonly rules: ReadonlyArray<PermissionRule>
  readonly sandbox: SandboxMode | undefined
  readonly parallelTools: number
  readonly exclusiveTools: ReadonlyArray<string> | undefined
  /** The calls with a permission or question request still pending. */
  readonly waitingCalls: Effect.Effect<ReadonlySet<string>>
}

const parseObject = (text: string): JsonObject | undefined => {
  const parsed = Either.try(() => JSON.parse(text === "" ? "{}" : text) as unknown)
  if (Either.isLeft(parsed)) return undefined
  const value = parsed.right
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined
}

/** Settles the step's open calls; false when a permission was rejected without feedback. */
export const settle = (ctx: ToolCallsContext, s: StepState, last: boolean): Effect.Effect<boolean, EventStore.AppendError> =>
  Effect.gen(function*() {
    const { gw, sessionId, tools } = ctx
    const m = s.assistantMessageID
    let stopped = false
    const open = s.calls.filter((call) => !s.settled.has(call.callId))
    // read once: which calls announced before a stop are parked on a request (they go on)
    const waiting = open.some((call) => call.announced === true) ? yield* ctx.waitingCalls : new Set<string>()
    const width = Math.max(1, ctx.parallelTools)
    const permits = yield* Effect.makeSemaphore(width)
    const exclusive = (name: string) => ctx.exclusiveTools?.includes(name) ?? tools.get(name, sessionId)?.exclusive === true

    const runOne = (call: StepState["calls"][number]) =>
      Effect.gen(function*() {
          // a result is queued and the call marked settled in one move: an interrupt landing between
          // them would record a second outcome for the same call
          const record = (event: SessionEvent) =>
            Effect.zipRight(
              Effect.uninterruptible(Effect.zipRight(gw.push([event]), Effect.sync(() => s.settled.add(call.callId)))),
              gw.flush
            )
          const refuse = (type: string, message: string) =>
            record(Events.make("session.next.tool.failed", { assistantMessageID: m, callID: call.callId, error: errorInfo(type, message) }))
          if (last) return yield* refuse("step_limit", "not run: the step limit was reached")
          if (stopped) return yield* refuse("permission_rejected", "not run: the user rejected another call in this step")
          const parsed = parseObject(call.input)
          if (parsed === undefined) return yield* refuse("invalid_input", "the tool input is not a JSON object")
          if (call.announced === true && tools.get(call.name, sessionId)?.idempotent !== true && !waiting.has(call.callId)) {
            // announced before a stop and not parked on a request: it may have run, unrecorded; an
            // idempotent call runs again instead
            return yield* refuse("unknown_outcome", UNKNOWN_OUTCOME)
          }
          // announced once its permissions are granted, just before it runs (see ToolContext.started)
          const announce = call.announced === true
            ? undefined
            : gw.write([Events.make("session.next.tool.called", { assistantMessageID: m, callID: call.callId, tool: call.name, input: parsed, provider: { executed: false } })]).pipe(
              Effect.mapError((e) => new ToolRegistry.ToolFailure({ type: "internal", message: `the call could not be recorded: ${e.message}` }))
            )
          const result = yield* Effect.either(tools.call(call.name, parsed, {
            sessionId,
            callId: call.callId,
            messageId: m,
            agent: ctx.agent,
            directory: ctx.directory,
            rules: ctx.rules,
            ...(ctx.sandbox === undefined ? {} : { sandbox: ctx.sandbox }),
            ...(call.announced === true || call.resumed === true ? { resumed: true } : {}),
            ...(announce === undefined ? {} : { started: announce }),
            // a request asked after another call stopped the step is rejected at once (its pending ones were)
            abandoned: () => stopped,
            progress: (update) =>
              Effect.ignore(gw.push([Events.make("session.next.tool.progress", { assistantMessageID: m, callID: call.callId, ...update })]))
          }))
          yield* record(
            Either.isRight(result)
              ? Events.make("session.next.tool.success", {
                assistantMessageID: m,
                callID: call.callId,
                content: [{ type: "text", text: result.right.output }],
                ...(result.right.structured === undefined ? {} : { structured: result.right.structured }),
                ...(result.right.outputPaths === undefined ? {} : { outputPaths: result.right.outputPaths })
              })
              : Events.make("session.next.tool.failed", {
                assistantMessageID: m,
                callID: call.callId,
                error: errorInfo(result.left.type ?? "tool_error", result.left.message)
              })
          )
          yield* EngineMetrics.toolCall(call.name, Either.isRight(result) ? "success" : "failed")
          yield* Effect.annotateCurrentSpan(Either.isRight(result) ? { "ratchet.outcome": "success" } : { "ratchet.outcome": "failed", "error.type": result.left.type ?? "tool_error" })
          if (Either.isLeft(result) && result.left.stop === true && !stopped) {
            stopped = true
            // the user said stop: the step's other asks are not left waiting for an answer
            yield* ctx.permissions.rejectPending(sessionId)
            yield* ctx.questions.rejectPending(sessionId)
          }
        })

      // every call is forked at once and queues for permits in emitted order; an interrupt of the
      // activity interrupts them all (each unsettled one is then recorded by `settle`)
      yield* Effect.forEach(open, (call) => permits.withPermits(exclusive(call.name) ? width : 1)(runOne(call).pipe(
        Effect.withSpan(`execute_tool ${call.name}`, {
          kind: "internal",
          attributes: { "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": call.name, "gen_ai.tool.call.id": call.callId }
        })
      )), {
        concurrency: "unbounded",
        discard: true
      })
      return !stopped
    })

