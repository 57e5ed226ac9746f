/**
 * One activity: provider turn → tool calls → provider turn … until the
 * model answers without tools, the agent's step limit, a failure, or an
 * interrupt. Every step is announced in the log before its effect happens
 * (`step.started` before the provider request, `tool.called` before the
 * tool runs), and an interrupted activity records what it left unfinished.
 */
import { type Part, ProviderError, Providers, type Usage } from "@ratchet/llm"
import {
  type ActivityOutcome,
  type ErrorInfo,
  Events,
  Ids,
  type JsonObject,
  type MessageId,
  type ModelRef,
  type SessionEvent,
  type SessionId,
  type SessionInput,
  SessionNotFound
} from "@ratchet/schema"
import { Cause, Chunk, Context, Duration, Effect, Either, Layer, Option, Stream } from "effect"
import { Agents } from "./Agents.js"
import type { AppendError } from "./EventStore.js"
import * as GroupWriter from "./GroupWriter.js"
import { toMessages } from "./internal/transcript.js"
import { SessionInbox } from "./SessionInbox.js"
import { SessionQueries } from "./SessionQueries.js"
import { SessionWriter } from "./SessionWriter.js"
import { ToolRegistry } from "./ToolRegistry.js"

export interface Pricing {
  /** Dollars per million tokens. */
  readonly input: number
  readonly output: number
  readonly cacheRead?: number
  readonly cacheWrite?: number
}

export interface RunnerConfigShape {
  /** Attempts per provider turn for retryable failures (429, 5xx, dropped streams). */
  readonly maxAttempts: number
  readonly retryBaseDelay: Duration.Duration
  readonly retryMaxDelay: Duration.Duration
  readonly pricing: (model: ModelRef) => Pricing | undefined
}

export class RunnerConfig extends Context.Reference<RunnerConfig>()("@ratchet/core/RunnerConfig", {
  defaultValue: (): RunnerConfigShape => ({
    maxAttempts: 4,
    retryBaseDelay: Duration.millis(500),
    retryMaxDelay: Duration.seconds(30),
    pricing: () => undefined
  })
}) {}

export const LAST_STEP_NOTE =
  "This is the final step of this turn: tools are disabled. Answer the user now with what you have."

export interface ActivityResult {
  readonly outcome: ActivityOutcome
  readonly steps: number
}

export interface SessionRunnerService {
  /** Runs one activity for `trigger` (already admitted, still pending). Interrupting it records `interrupted`. */
  readonly run: (
    sessionId: SessionId,
    trigger: ReadonlyArray<SessionInput>
  ) => Effect.Effect<ActivityResult, SessionNotFound | AppendError>
}

export class SessionRunner extends Context.Tag("@ratchet/core/SessionRunner")<SessionRunner, SessionRunnerService>() {}

const cost = (usage: Usage, pricing: Pricing | undefined) =>
  pricing === undefined ? 0 : (usage.input * pricing.input + usage.output * pricing.output +
    usage.cacheRead * (pricing.cacheRead ?? 0) + usage.cacheWrite * (pricing.cacheWrite ?? 0)) / 1_000_000

const promoted = (input: SessionInput) =>
  Events.make("session.next.prompted", { messageID: input.id as MessageId, prompt: input.prompt, delivery: input.delivery })

const errorInfo = (type: string, message: string, retryable?: boolean): ErrorInfo =>
  retryable === undefined ? { type, message } : { type, message, retryable }

/** What a step has open, so an interrupt or failure can close it in the log. */
class StepState {
  readonly texts = new Map<string, { readonly id: string; readonly kind: "text" | "reasoning"; text: string }>()
  readonly inputs = new Map<string, { readonly callId: string; readonly name: string; text: string }>()
  readonly calls: Array<{ readonly callId: string; readonly name: string; readonly input: string }> = []
  /** Calls whose result (or failure) is in the log. */
  readonly settled = new Set<string>()
  finish: Extract<Part, { _tag: "Finish" }> | undefined
  constructor(readonly assistantMessageID: MessageId) {}

  /** Events that end every open text/reasoning part with the text so far. */
  closeTexts(): Array<SessionEvent> {
    const out: Array<SessionEvent> = []
    for (const t of this.texts.values()) {
      out.push(
        t.kind === "text"
          ? Events.make("session.next.text.ended", { assistantMessageID: this.assistantMessageID, textID: t.id, text: t.text })
          : Events.make("session.next.reasoning.ended", { assistantMessageID: this.assistantMessageID, reasoningID: t.id, text: t.text })
      )
    }
    this.texts.clear()
    return out
  }
}

export const make = Effect.gen(function*() {
  const writer = yield* SessionWriter
  const inbox = yield* SessionInbox
  const queries = yield* SessionQueries
  const providers = yield* Providers
  const tools = yield* ToolRegistry
  const agents = yield* Agents

  const run: SessionRunnerService["run"] = (sessionId, trigger) =>
    Effect.gen(function*() {
      const config = yield* RunnerConfig
      const session = yield* queries.session(sessionId)
      if (Option.isNone(session)) return yield* new SessionNotFound({ sessionID: sessionId })
      const agent = agents.get(session.value.agent)
      // the session's model is the explicit choice (set at creation, or switched); the agent's is its default
      const model: ModelRef = session.value.model ?? agent.model ?? { providerID: "default", id: "default" }
      const gw = yield* GroupWriter.make(writer, sessionId)
      const activityID = Ids.newActivityId()
      const seen = new Set(trigger.map((i) => i.id))
      let step: StepState | undefined
      let steps = 0
      // set once activity.started is queued for commit: an activity interrupted before that leaves no trace
      let started = false

      const end = (outcome: ActivityOutcome, error?: ErrorInfo) =>
        Events.make("session.next.activity.ended", {
          activityID,
          outcome,
          steps,
          ...(error === undefined ? {} : { error })
        })

      /** Closes whatever is open and records the outcome; runs uninterruptibly after an interrupt or failure. */
      const settle = (outcome: ActivityOutcome, error: ErrorInfo) => {
        if (!started) return Effect.void
        const events: Array<SessionEvent> = []
        if (step !== undefined) {
          const s = step
          events.push(...s.closeTexts())
          // every tool part started in this step gets a result, so the transcript stays well-formed
          const callIds = new Set([...[...s.inputs.values()].map((i) => i.callId), ...s.calls.map((c) => c.callId)])
          for (const callId of callIds) {
            if (!s.settled.has(callId)) {
              events.push(Events.make("session.next.tool.failed", { assistantMessageID: s.assistantMessageID, callID: callId, error }))
            }
          }
          if (s.finish === undefined) {
            events.push(Events.make("session.next.step.failed", { assistantMessageID: s.assistantMessageID, error }))
          }
        }
        events.push(end(outcome, error))
        return gw.write(events)
      }

      /** One provider turn, streamed into the log. */
      const turn = (last: boolean, attempt: number) =>
        Effect.gen(function*() {
          const s = new StepState(Ids.newMessageId())
          step = s
          const provider = providers.get(model.providerID)
          const definitions = yield* tools.definitions(sessionId)
          yield* gw.write([Events.make("session.next.step.started", { assistantMessageID: s.assistantMessageID, agent: agent.name, model })])
          // read after that write: it waits for everything pushed before it (the opening's `prompted`),
          // so the model is shown every input promoted so far
          const transcript = yield* queries.messages(sessionId)
          if (provider === undefined) {
            return yield* new ProviderError({ kind: "bad_request", retryable: false, message: `no provider ${model.providerID}` })
          }
          const system = [agent.system, last ? LAST_STEP_NOTE : undefined].filter((x) => x !== undefined).join("\n\n")
          /** The events for one part; deltas are pushed to the group writer a read at a time. */
          const onPart = (part: Part, events: Array<SessionEvent>): void => {
            const m = s.assistantMessageID
            switch (part._tag) {
              case "TextDelta":
              case "ReasoningDelta": {
                const kind = part._tag === "TextDelta" ? "text" : "reasoning"
                const key = `${kind}:${part.id}`
                let open = s.texts.get(key)
                if (open === undefined) {
                  open = { id: Ids.newPartId(), kind, text: "" }
                  s.texts.set(key, open)
                  events.push(kind === "text"
                    ? Events.make("session.next.text.started", { assistantMessageID: m, textID: open.id })
                    : Events.make("session.next.reasoning.started", { assistantMessageID: m, reasoningID: open.id }))
                }
                open.text += part.delta
                events.push(kind === "text"
                  ? Events.make("session.next.text.delta", { assistantMessageID: m, textID: open.id, delta: part.delta })
                  : Events.make("session.next.reasoning.delta", { assistantMessageID: m, reasoningID: open.id, delta: part.delta }))
                return
              }
              case "ToolInputStart": {
                const callId = Ids.newPartId()
                s.inputs.set(part.id, { callId, name: part.name, text: "" })
                events.push(Events.make("session.next.tool.input.started", { assistantMessageID: m, callID: callId, name: part.name }))
                return
              }
              case "ToolInputDelta": {
                const input = s.inputs.get(part.id)
                if (input === undefined) return
                input.text += part.delta
                events.push(Events.make("session.next.tool.input.delta", { assistantMessageID: m, callID: input.callId, delta: part.delta }))
                return
              }
              case "ToolCall": {
                let input = s.inputs.get(part.call.id)
                if (input === undefined) {
                  // a call that arrived whole, without streamed input: its part starts here
                  input = { callId: Ids.newPartId(), name: part.call.name, text: part.call.input }
                  s.inputs.set(part.call.id, input)
                  events.push(Events.make("session.next.tool.input.started", { assistantMessageID: m, callID: input.callId, name: part.call.name }))
                }
                s.calls.push({ callId: input.callId, name: part.call.name, input: part.call.input })
                return
              }
              case "Finish":
                s.finish = part
                return
            }
          }
          const onParts = (parts: Chunk.Chunk<Part>): Effect.Effect<void, AppendError> => {
            const events: Array<SessionEvent> = []
            for (const part of parts) onPart(part, events)
            return events.length === 0 ? Effect.void : gw.push(events)
          }
          yield* provider.stream({
            model: model.id,
            ...(system === "" ? {} : { system }),
            messages: toMessages(transcript),
            tools: definitions,
            toolChoice: last || definitions.length === 0 ? "none" : "auto"
          }).pipe(Stream.runForEachChunk(onParts))
          const finish = s.finish!
          const ended: Array<SessionEvent> = [...s.closeTexts()]
          for (const call of s.calls) {
            ended.push(Events.make("session.next.tool.input.ended", { assistantMessageID: s.assistantMessageID, callID: call.callId, text: call.input }))
          }
          const u = finish.usage
          ended.push(Events.make("session.next.step.ended", {
            assistantMessageID: s.assistantMessageID,
            finish: finish.reason,
            cost: cost(u, config.pricing(model)),
            tokens: { input: u.input, output: u.output, reasoning: u.reasoning, cache: { read: u.cacheRead, write: u.cacheWrite } }
          }))
          // the next awaited write (a tool's announcement, the next step's, or activity.ended) commits it
          yield* gw.push(ended)
          return s
        }).pipe(
          Effect.catchTag("ProviderError", (error) =>
            Effect.gen(function*() {
              const s = step!
              const info = errorInfo(error.kind, error.message, error.retryable)
              const events: Array<SessionEvent> = [...s.closeTexts()]
              for (const input of s.inputs.values()) {
                events.push(Events.make("session.next.tool.failed", { assistantMessageID: s.assistantMessageID, callID: input.callId, error: info }))
                s.settled.add(input.callId)
              }
              events.push(Events.make("session.next.step.failed", { assistantMessageID: s.assistantMessageID, error: info }))
              s.finish = { _tag: "Finish", reason: "other", usage: { input: 0, output: 0, reasoning: 0, cacheRead: 0, cacheWrite: 0 } }
              if (!error.retryable || attempt >= config.maxAttempts) {
                yield* gw.write(events)
                return yield* Effect.fail(info)
              }
              events.push(Events.make("session.next.retried", { attempt, error: info }))
              yield* gw.write(events)
              const backoff = Duration.min(
                Duration.times(config.retryBaseDelay, 2 ** (attempt - 1)),
                config.retryMaxDelay
              )
              yield* Effect.sleep(error.retryAfterMs === undefined ? backoff : Duration.millis(error.retryAfterMs))
              return undefined
            }))
        )

      /** Runs the step's tool calls one by one; each is durable before it runs. */
      const runTools = (s: StepState, last: boolean) =>
        Effect.gen(function*() {
          const m = s.assistantMessageID
          for (const call of s.calls) {
            const refuse = (type: string, message: string) =>
              Effect.zipRight(
                gw.write([Events.make("session.next.tool.failed", { assistantMessageID: m, callID: call.callId, error: errorInfo(type, message) })]),
                Effect.sync(() => s.settled.add(call.callId))
              )
            if (last) {
              yield* refuse("step_limit", "not run: the step limit was reached")
              continue
            }
            const parsed = parseObject(call.input)
            if (parsed === undefined) {
              yield* refuse("invalid_input", "the tool input is not a JSON object")
              continue
            }
            yield* gw.write([Events.make("session.next.tool.called", { assistantMessageID: m, callID: call.callId, tool: call.name, input: parsed, provider: { executed: false } })])
            const result = yield* Effect.either(tools.call(call.name, parsed, { sessionId, callId: call.callId }))
            yield* gw.write([
              result._tag === "Right"
                ? Events.make("session.next.tool.success", {
                  assistantMessageID: m,
                  callID: call.callId,
                  content: [{ type: "text", text: result.right.output }],
                  ...(result.right.structured === undefined ? {} : { structured: result.right.structured })
                })
                : Events.make("session.next.tool.failed", { assistantMessageID: m, callID: call.callId, error: errorInfo("tool_error", result.left.message) })
            ])
            s.settled.add(call.callId)
          }
        })

      const loop = Effect.gen(function*() {
        const opening = [
          Events.make("session.next.activity.started", { activityID, inputs: trigger.map((i) => i.id as MessageId) }),
          ...trigger.map(promoted)
        ]
        // not awaited on its own: the step's announcement below waits for it (commits keep order)
        yield* Effect.uninterruptible(Effect.zipRight(gw.push(opening), Effect.sync(() => (started = true))))
        while (true) {
          // the boundary: steers admitted meanwhile join here, before the next provider request
          const steers = (yield* inbox.list(sessionId)).filter((i) => i.delivery === "steer" && !seen.has(i.id))
          for (const s of steers) seen.add(s.id)
          if (steers.length > 0) yield* gw.write(steers.map(promoted))
          steps++
          const last = steps >= agent.maxSteps
          let s: StepState | undefined
          for (let attempt = 1; s === undefined; attempt++) s = yield* turn(last, attempt)
          if (s.calls.length > 0) {
            yield* runTools(s, last)
            if (last) return "step_limit" as const
            continue
          }
          // a steer that arrived during the answer still joins this activity
          const waiting = (yield* inbox.list(sessionId)).some((i) => i.delivery === "steer" && !seen.has(i.id))
          if (waiting && !last) continue
          return "completed" as const
        }
      })

      return yield* loop.pipe(
        // an interrupt (the user's, or shutdown) still records what was left open and the outcome
        Effect.onInterrupt(() => Effect.ignore(settle("interrupted", errorInfo("interrupted", "the activity was interrupted")))),
        Effect.matchCauseEffect({
          onSuccess: (outcome): Effect.Effect<ActivityResult, AppendError> =>
            Effect.as(gw.write([end(outcome)]), { outcome, steps }),
          onFailure: (cause): Effect.Effect<ActivityResult, AppendError> => {
            const failure = Cause.failureOption(cause)
            if (Option.isSome(failure) && "type" in failure.value) {
              // a provider failure that is not retryable, or whose retries ran out
              return Effect.as(gw.write([end("failed", failure.value as ErrorInfo)]), { outcome: "failed", steps })
            }
            // a log write failed, or a defect: record it if the log still takes writes, then fail
            return Effect.zipRight(
              Effect.ignore(settle("failed", errorInfo("internal", Cause.pretty(cause).slice(0, 2000)))),
              Effect.failCause(cause as Cause.Cause<AppendError>)
            )
          }
        })
      )
    })

  return SessionRunner.of({ run })
})

const parseObject = (text: string): JsonObject | undefined => {
  const parsed = Either.try(() => JSON.parse(text === "" ? "{}" : text) as unknown)
  if (Either.isLeft(parsed)) return undefined
  const value = parsed.right
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined
}

export const layer: Layer.Layer<
  SessionRunner,
  never,
  SessionWriter | SessionInbox | SessionQueries | Providers | ToolRegistry | Agents
> = Layer.effect(SessionRunner, make)
