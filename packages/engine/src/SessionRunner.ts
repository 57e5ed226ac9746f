/**
 * One activity: provider turn → tool calls → provider turn … until the
 * model answers without tools, the agent's step limit, a failure, or an
 * interrupt. Every step is announced in the log before its effect happens
 * (`step.started` before the provider request, `tool.called` before the
 * tool runs), and an interrupted activity records what it left unfinished.
 */
import { type Part, ProviderError, Providers, type Usage } from "@ratchet/llm"
import {
  type ActivityId,
  type ActivityOutcome,
  type ErrorInfo,
  Events,
  Ids,
  type MessageId,
  type ModelRef,
  type SessionEvent,
  type SessionId,
  type SessionInput,
  SessionNotFound
} from "@ratchet/schema"
import { Cause, Chunk, Context, Duration, Effect, Fiber, Layer, Option, Stream } from "effect"
import { Agents, rulesOf, sandboxOf } from "./Agents.js"
import * as Compaction from "./Compaction.js"
import { RunBudget } from "./RunBudget.js"
import * as EngineMetrics from "./EngineMetrics.js"
import * as TraceLinks from "./TraceLinks.js"
import * as AttachmentParts from "./internal/attachments.js"
import * as ToolCalls from "./internal/toolCalls.js"
import * as GroupWriter from "./GroupWriter.js"
import { rejectCallRequests } from "./internal/callRequests.js"
import { type Start, startAfterStop } from "./internal/recovery.js"
import { retryDelay } from "./internal/retryDelay.js"
import { closingEvents, coalesceDeltas, errorInfo, StepState } from "./internal/step.js"
import { toMessages } from "./internal/transcript.js"
import * as AgentPrompts from "./context/AgentPrompts.js"
import * as ProjectContext from "./context/ProjectContext.js"
import { SessionInbox } from "./SessionInbox.js"
import { Attachments, SessionQueries, SessionWriter, type EventStore } from "@ratchet/store"
import { PermissionRules, Permissions, Questions, Snapshots, ToolRegistry } from "@ratchet/tools"

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
  /**
   * Provider turns of one activity that a restart may retry after they were
   * cut (counted from the log, so a crash loop ends): past it the activity
   * fails with `recovery_exhausted`.
   */
  readonly maxRecoveries: number
  readonly retryBaseDelay: Duration.Duration
  readonly retryMaxDelay: Duration.Duration
  readonly pricing: (model: ModelRef) => Pricing | undefined
  /** Tool calls of one step that run at once (1: one by one). */
  readonly parallelTools: number
  /**
   * The models an agent's turn falls back to, in order, when a turn's retries run out on a
   * retryable failure (429, 5xx, overloaded, network); a non-retryable one never falls back.
   */
  readonly fallback?: (agent: string) => ReadonlyArray<ModelRef>
  /** Tools that run alone, replacing what the tools declare (`Tool.exclusive`); unset: their own. */
  readonly exclusiveTools?: ReadonlyArray<string>
}

export class RunnerConfig extends Context.Reference<RunnerConfig>()("@ratchet/engine/RunnerConfig", {
  defaultValue: (): RunnerConfigShape => ({
    maxAttempts: 4,
    maxRecoveries: 10,
    retryBaseDelay: Duration.millis(500),
    retryMaxDelay: Duration.seconds(30),
    pricing: () => undefined,
    parallelTools: 4
  })
}) {}

/**
 * Whether an interrupt of the running activity is its process stopping (or
 * losing the session): then an activity parked on a request is left open,
 * and the reply after the restart continues it. Any other interrupt (the
 * user's) ends the activity, parked or not. Read when the interrupt lands;
 * `SessionExecution` provides it per run.
 */
export class ParkOnInterrupt extends Context.Reference<ParkOnInterrupt>()("@ratchet/engine/ParkOnInterrupt", {
  defaultValue: (): () => boolean => () => false
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
  ) => Effect.Effect<ActivityResult, SessionNotFound | EventStore.AppendError>
  /**
   * Goes on with the activity a stopped process left parked on a pending
   * permission or question request: waits for the reply, runs the step's
   * remaining calls, then continues the loop. None when the session's open
   * activity is not parked (it is an orphan to close).
   */
  readonly resume: (sessionId: SessionId) => Effect.Effect<Option.Option<ActivityResult>, SessionNotFound | EventStore.AppendError>
}

export class SessionRunner extends Context.Tag("@ratchet/engine/SessionRunner")<SessionRunner, SessionRunnerService>() {}

/** Dollars for a turn's usage; null when the model has no prices (unknown is not free). */
const cost = (usage: Usage, pricing: Pricing | undefined): number | null =>
  pricing === undefined ? null : (usage.input * pricing.input + usage.output * pricing.output +
    usage.cacheRead * (pricing.cacheRead ?? 0) + usage.cacheWrite * (pricing.cacheWrite ?? 0)) / 1_000_000

const promoted = (input: SessionInput) =>
  Events.make("session.next.prompted", { messageID: input.id as MessageId, prompt: input.prompt, delivery: input.delivery })

/** How an activity begins: with inputs to promote, or from where a stopped process left it parked. */
export const make = Effect.gen(function*() {
  const writer = yield* SessionWriter.SessionWriter
  const inbox = yield* SessionInbox
  const queries = yield* SessionQueries.SessionQueries
  const providers = yield* Providers
  const tools = yield* ToolRegistry.ToolRegistry
  const agents = yield* Agents
  const permissions = yield* Permissions.Permissions
  const questions = yield* Questions.Questions
  const attachments = yield* Attachments.Attachments
  /** The context hash last recorded per session (in this process): the same text is not stored again. */
  const recordedHashes = new Map<SessionId, string>()

  /** The calls that have a permission or question request still pending. */
  const waitingCalls = (sessionId: SessionId) =>
    Effect.map(
      Effect.all([permissions.pending(sessionId), questions.pending(sessionId)]),
      ([ps, qs]) => new Set([...ps, ...qs].flatMap((r) => (r.callID === undefined ? [] : [r.callID])))
    )

  /** True when an unsettled call of this step waits on a pending request: the activity can go on after a restart. */
  const parkedCalls = (sessionId: SessionId, s: StepState) =>
    Effect.gen(function*() {
      const open = s.unsettled()
      if (open.length === 0) return false
      const waiting = yield* waitingCalls(sessionId)
      return open.some((id) => waiting.has(id))
    })

  const activity = (sessionId: SessionId, start: Start) =>
    Effect.gen(function*() {
      const config = yield* RunnerConfig
      const compactionConfig = yield* Compaction.CompactionConfig
      const session = yield* queries.session(sessionId)
      if (Option.isNone(session)) return yield* new SessionNotFound({ sessionID: sessionId })
      const agent = agents.get(session.value.agent)
      // the session's model is the explicit choice (set at creation, or switched); the agent's is its default
      let model: ModelRef = session.value.model ?? agent.model ?? { providerID: "default", id: "default" }
      /** What is left of the fallback chain for this activity (the models not tried yet). */
      const fallbacks = (config.fallback?.(agent.name) ?? []).filter((m) => m.providerID !== model.providerID || m.id !== model.id)
      const rules = PermissionRules.merge(rulesOf(agent), (yield* Permissions.PermissionConfig).rules, session.value.permission)
      const sandbox = sandboxOf(session.value, agent)
      const directory = session.value.location.directory
      // the first step's snapshot starts with the activity, beside its opening: nothing of this activity
      // writes files before that step's tools run (a resumed step runs its tools first, and a compaction
      // alone takes no step). Started at the step, an answer's first part waited ~20 ms for it.
      const compactOnly = start._tag === "New" && start.trigger.length === 1 && start.trigger[0]!.kind === "compact"
      let firstSnapshot: Fiber.RuntimeFiber<string | undefined> | undefined = (start._tag === "New" && !compactOnly) || start._tag === "Retry"
        ? yield* Effect.fork((yield* Snapshots.Snapshots).track(directory))
        : undefined
      const gw = yield* GroupWriter.make(writer, sessionId)
      const activityID = start._tag === "New" ? Ids.newActivityId() : start.activityID
      // whose activity this is (usage, budgets): its first input's, or, resumed, what its start recorded
      const by = start._tag === "New" ? start.trigger[0]?.by : Option.getOrUndefined(yield* queries.activityBy(sessionId))
      const byField = by === undefined ? {} : { by }
      const budget = yield* RunBudget
      // the admission's request, when one woke this activity: its span is the parent of the activity's
      const parent = yield* TraceLinks.take(sessionId)
      // what the model is told besides the transcript, once per activity; its text only when it changed
      const context = yield* ProjectContext.assemble({ directory, agentPrompt: AgentPrompts.forAgent(agent.name, agent.system), model })
      const recorded = Events.make("session.next.system.recorded", {
        activityID,
        hash: context.hash,
        sources: context.sources.map((x) => ({ ...x })),
        ...(recordedHashes.get(sessionId) === context.hash ? {} : { text: context.text })
      })
      const recordContext = start._tag === "New" || recordedHashes.get(sessionId) !== context.hash
      recordedHashes.set(sessionId, context.hash)
      const seen = new Set(start._tag === "New" ? start.trigger.map((i) => i.id) : [])
      let step: StepState | undefined = start._tag === "Resume" ? start.step : undefined
      let steps = start._tag === "New" ? 0 : start.steps
      // set once activity.started is queued for commit: an activity interrupted before that leaves no trace
      let started = start._tag !== "New"
      /** A compaction begun and not yet ended: an interrupt closes it (abandoned), so it is never half a boundary. */
      let compacting: { readonly id: MessageId; readonly reason: "auto" | "manual" } | undefined
      /** The last turn's input tokens in this activity (undefined: read from the transcript before the first). */
      let lastInput: number | undefined
      /** A turn refused as too long for the context was compacted and retried once already. */
      let overflowCompacted = false
      /** Attachments loaded once per activity, whatever the number of turns that show them. */
      const attachmentCache = new Map<string, Attachments.Stored>()

      /**
       * Summarises the conversation so far (compaction); the model sees the summary and what follows
       * from the next turn on. A failure abandons it (empty summary) and fails the activity visibly.
       */
      const compactNow = (reason: "auto" | "manual", id: MessageId = Ids.newMessageId(), alreadyStarted = false) =>
        Effect.gen(function*() {
          const provider = providers.get(model.providerID)
          if (provider === undefined) {
            return yield* Effect.fail(errorInfo("bad_request", `no provider ${model.providerID}`))
          }
          if (!alreadyStarted) yield* gw.write([Events.make("session.next.compaction.started", { messageID: id, reason })])
          compacting = { id, reason }
          yield* gw.flush
          const transcript = (yield* queries.messages(sessionId, { final: true })).filter((m) => m.id !== id)
          // the running activity's prompts stay word for word after the summary
          const from = yield* queries.activityStart(sessionId)
          const recent = transcript.filter((m) => m.type === "user" && m.seq > from)
            .map((m) => (typeof m.info === "object" && m.info !== null && "text" in m.info ? String(m.info.text) : "")).filter((t) => t !== "").join("\n\n")
          const summary = yield* Compaction.run({ gw, provider, model, transcript, messageID: id, reason, started: true, recent }).pipe(
            Effect.catchTag("ProviderError", (e) =>
              Effect.zipRight(
                Compaction.abandon(gw, id, reason),
                Effect.fail(errorInfo("compaction_failed", `the conversation could not be compacted: ${e.message}`, e.retryable))
              ))
          )
          compacting = undefined
          lastInput = undefined
          return summary
        })

      /** Why the activity stopped at a budget (the outcome's error). */
      let budgetReason = ""

      const end = (outcome: ActivityOutcome, error?: ErrorInfo) =>
        Events.make("session.next.activity.ended", {
          activityID,
          outcome,
          steps,
          ...(error === undefined ? {} : { error })
        })

      const park = yield* ParkOnInterrupt
      /** Closes whatever is open and records the outcome; runs uninterruptibly after an interrupt or failure. */
      const settle = (outcome: ActivityOutcome, error: ErrorInfo) =>
        Effect.gen(function*() {
          if (!started) return
          const events: Array<SessionEvent> = []
          if (compacting !== undefined) {
            events.push(Events.make("session.next.compaction.ended", { messageID: compacting.id, reason: compacting.reason, text: "" }))
            compacting = undefined
          }
          if (step !== undefined) {
            const s = step
            // parked on a request nobody answered, and the process stops: leave the activity open, so the
            // reply after a restart continues it. Whether a request is pending does not tell a stop from the
            // user's interrupt: a call can ask one between the interrupt's rejections and its landing
            if (outcome === "interrupted" && park() && (yield* parkedCalls(sessionId, s))) return
            // the activity ends without its unsettled calls: none is left waiting on a request (a user's
            // interrupt rejects the session's requests first, but a call may ask one after that)
            const unsettled = new Set(s.unsettled())
            if (unsettled.size > 0) yield* rejectCallRequests(permissions, questions, sessionId, (id) => unsettled.has(id))
            events.push(...s.closeTexts())
            // every tool part started in this step gets a result, so the transcript stays well-formed
            for (const callId of s.unsettled()) {
              events.push(Events.make("session.next.tool.failed", { assistantMessageID: s.assistantMessageID, callID: callId, error }))
            }
            if (!s.closed) {
              events.push(Events.make("session.next.step.failed", { assistantMessageID: s.assistantMessageID, error }))
            }
          }
          events.push(end(outcome, error))
          yield* gw.write(events)
        })

      // a turn's timings, for the metrics: when its request went out, when its first part came back
      let turnStarted = performance.now()
      let firstPart: number | undefined
      let figures: EngineMetrics.TurnFigures | undefined
      const firstToken = () => (firstPart === undefined ? {} : { firstTokenSeconds: (firstPart - turnStarted) / 1000 })
      // read through a function: the figures are set inside the step's closing move, out of the compiler's sight
      const turnFigures = (): EngineMetrics.TurnFigures | undefined => figures

      /** The current turn's `step.started`, once the turn has begun taking its snapshot. */
      let opening: Effect.Effect<void, EventStore.AppendError> | undefined
      /** One provider turn, streamed into the log. */
      const turn = (last: boolean, attempt: number) =>
        Effect.gen(function*() {
          opening = undefined
          const s = new StepState(Ids.newMessageId())
          step = s
          // a turn that fails before its request (no such provider) is timed from here
          turnStarted = performance.now()
          firstPart = undefined
          figures = undefined
          const provider = providers.get(model.providerID)
          const definitions = yield* tools.definitions(sessionId, rules)
          // the files as they are before this step: what a revert to it restores, what its diff starts from.
          // Taken while the request goes out (a snapshot of a big directory under load takes a few hundred
          // ms, a provider's first token as long; a new activity's first one was started with the
          // activity): `step.started` carries it, and nothing of the step — no part, so no tool call —
          // is handled before it is written.
          const snapshotting = firstSnapshot ?? (yield* Effect.fork((yield* Snapshots.Snapshots).track(directory)))
          firstSnapshot = undefined
          const opened = yield* Effect.cached(Effect.flatMap(Fiber.join(snapshotting), (snapshot) =>
            gw.write([Events.make("session.next.step.started", {
              assistantMessageID: s.assistantMessageID,
              agent: agent.name,
              model,
              ...(snapshot === undefined ? {} : { snapshot }),
              ...byField
            })])))
          opening = opened
          // everything pushed before (the opening's `prompted`) is committed before the transcript is
          // read, so the model is shown every input promoted so far
          yield* gw.flush
          // superseded messages (retried attempts, reverted turns) are not the model's
          const transcript = yield* queries.messages(sessionId, { final: true })
          if (provider === undefined) {
            yield* opened
            return yield* new ProviderError({ kind: "bad_request", retryable: false, message: `no provider ${model.providerID}` })
          }
          const system = [context.text, last ? LAST_STEP_NOTE : undefined].filter((x) => x !== undefined).join("\n\n")
          const onParts = (parts: Chunk.Chunk<Part>): Effect.Effect<void, EventStore.AppendError> => {
            firstPart ??= performance.now()
            const events: Array<SessionEvent> = []
            for (const part of parts) s.onPart(part, events)
            return events.length === 0 ? Effect.void : gw.push(coalesceDeltas(events))
          }
          // parts wait for the step to be opened; after the first chunk it is, and the check is a flag
          let isOpen = false
          const onOpenedParts = (parts: Chunk.Chunk<Part>): Effect.Effect<void, EventStore.AppendError> =>
            isOpen ? onParts(parts) : Effect.zipRight(opened, Effect.suspend(() => {
              isOpen = true
              return onParts(parts)
            }))
          const messages = yield* AttachmentParts.resolve(attachments, attachmentCache, toMessages(transcript, compactionConfig.prune ? {} : { pruneKeepChars: Infinity }))
          turnStarted = performance.now()
          yield* provider.stream({
            model: model.id,
            ...(system === "" ? {} : { system }),
            messages,
            tools: definitions,
            toolChoice: last || definitions.length === 0 ? "none" : "auto"
          }).pipe(Stream.runForEachChunk(onOpenedParts), Effect.zipLeft(opened))
          // closing the step's parts and queueing step.ended is one move: an interrupt between them
          // would leave texts the interrupt's own closing no longer knows of
          yield* Effect.uninterruptible(Effect.suspend(() => {
            const finish = s.finish!
            const ended: Array<SessionEvent> = [...s.closeTexts()]
            for (const call of s.calls) {
              ended.push(Events.make("session.next.tool.input.ended", { assistantMessageID: s.assistantMessageID, callID: call.callId, text: call.input }))
            }
            const u = finish.usage
            const priced = cost(u, config.pricing(model))
            figures = { model, outcome: "ok", seconds: (performance.now() - turnStarted) / 1000, ...firstToken(), usage: u, cost: priced }
            ended.push(Events.make("session.next.step.ended", {
              assistantMessageID: s.assistantMessageID,
              finish: finish.reason,
              cost: priced,
              tokens: { input: u.input, output: u.output, reasoning: u.reasoning, cache: { read: u.cacheRead, write: u.cacheWrite } }
            }))
            s.closed = true
            // the next awaited write (a tool's announcement, the next step's, or activity.ended) commits it
            return gw.push(ended)
          }))
          const done = turnFigures()
          if (done !== undefined) {
            yield* EngineMetrics.turn(done)
            const u = done.usage!
            yield* Effect.annotateCurrentSpan({
              "gen_ai.usage.input_tokens": u.input + u.cacheRead + u.cacheWrite,
              "gen_ai.usage.output_tokens": u.output,
              "gen_ai.usage.cache_read.input_tokens": u.cacheRead,
              "gen_ai.usage.cache_creation.input_tokens": u.cacheWrite,
              "gen_ai.response.finish_reasons": [s.finish?.reason ?? "other"],
              ...(done.cost === null || done.cost === undefined ? {} : { "ratchet.cost": done.cost }),
              ...(done.firstTokenSeconds === undefined ? {} : { "ratchet.time_to_first_token_ms": Math.round(done.firstTokenSeconds * 1000) })
            })
          }
          return s
        }).pipe(
          // a turn that failed or was interrupted before its first part still opened its step: whatever
          // closes it (a retry, step.failed) refers to it
          Effect.onExit(() => (opening === undefined ? Effect.void : Effect.ignore(opening))),
          // a span per provider request (GenAI names); per chunk, nothing
          Effect.withSpan(`chat ${model.id}`, {
            kind: "client",
            attributes: {
              "gen_ai.operation.name": "chat",
              "gen_ai.provider.name": model.providerID,
              "gen_ai.request.model": model.id,
              "ratchet.attempt": attempt
            }
          }),
          Effect.catchTag("ProviderError", (error) =>
            Effect.gen(function*() {
              const s = step!
              yield* EngineMetrics.turn({ model, outcome: error.kind, seconds: (performance.now() - turnStarted) / 1000, ...firstToken() })
              const info = errorInfo(error.kind, error.message, error.retryable)
              // too long for the model's context: compact and try once more; a second refusal fails
              const overflow = error.kind === "context_overflow" && !overflowCompacted
              // retries ran out on a failure worth retrying: the next model of the chain, if there is one
              const fallBack = !overflow && error.retryable && attempt >= config.maxAttempts && fallbacks.length > 0
              const giveUp = overflow || fallBack ? false : !error.retryable || attempt >= config.maxAttempts
              const delay = giveUp || overflow || fallBack ? undefined : yield* retryDelay(config, attempt, error.retryAfterMs)
              // what closes the failed turn is queued whole or not at all (see the step.ended above)
              yield* Effect.uninterruptible(Effect.suspend(() => {
                const events: Array<SessionEvent> = [...s.closeTexts()]
                for (const input of s.inputs.values()) {
                  events.push(Events.make("session.next.tool.failed", { assistantMessageID: s.assistantMessageID, callID: input.callId, error: info }))
                  s.settled.add(input.callId)
                }
                events.push(Events.make("session.next.step.failed", { assistantMessageID: s.assistantMessageID, error: info }))
                if (!giveUp) {
                  events.push(Events.make("session.next.retried", { attempt, error: info, ...(delay === undefined ? {} : { delayMs: Duration.toMillis(delay) }) }))
                }
                s.closed = true
                return gw.push(events)
              }))
              yield* gw.flush
              if (giveUp) return yield* Effect.fail(info)
              if (overflow) {
                overflowCompacted = true
                yield* compactNow("auto")
                return undefined
              }
              if (fallBack) {
                const to = fallbacks.shift()!
                yield* gw.write([Events.make("session.next.fallback", { from: model, to, error: info })])
                model = to
                return "fell-back" as const
              }
              yield* Effect.sleep(delay ?? Duration.zero)
              return undefined
            }))
        )

      const runTools = (s: StepState, last: boolean) =>
        ToolCalls.settle({
          sessionId,
          gw,
          tools,
          permissions,
          questions,
          agent: agent.name,
          directory,
          rules,
          sandbox,
          parallelTools: config.parallelTools,
          exclusiveTools: config.exclusiveTools,
          waitingCalls: waitingCalls(sessionId)
        }, s, last)

      const loop = Effect.gen(function*() {
        if (start._tag === "New" && start.trigger.length === 1 && start.trigger[0]!.kind === "compact") {
          // a compaction asked for through the inbox: it is the whole activity
          const id = start.trigger[0]!.id as MessageId
          yield* Effect.uninterruptible(Effect.zipRight(
            gw.push([
              Events.make("session.next.activity.started", { activityID, inputs: [id], ...byField }),
              Events.make("session.next.compaction.started", { messageID: id, reason: "manual" })
            ]),
            Effect.sync(() => {
              started = true
              compacting = { id, reason: "manual" }
            })
          ))
          yield* compactNow("manual", id, true)
          return "completed" as const
        }
        if (start._tag === "New") {
          const opening = [
            Events.make("session.next.activity.started", { activityID, inputs: start.trigger.map((i) => i.id as MessageId), ...byField }),
            // a prompt after a staged revert makes it permanent: the model goes on from the reverted point
            ...(session.value.revert === undefined ? [] : [Events.make("session.next.revert.committed", { messageID: session.value.revert.messageID as MessageId })]),
            ...start.trigger.map(promoted),
            recorded
          ]
          // not awaited on its own: the step's announcement below waits for it (commits keep order)
          yield* Effect.uninterruptible(Effect.zipRight(gw.push(opening), Effect.sync(() => (started = true))))
        } else if (recordContext) {
          // a resumed activity whose context changed (or a new process): the model now sees this
          yield* gw.push([recorded])
        }
        if (start._tag === "Compact") {
          if (start.recovery > config.maxRecoveries) {
            yield* Compaction.abandon(gw, start.messageID, start.reason)
            return yield* Effect.fail(errorInfo("recovery_exhausted", `the server stopped during this activity ${start.recovery - 1} times; it is not retried again`))
          }
          yield* gw.write([Events.make("session.next.retried", { attempt: start.recovery, error: errorInfo("interrupted", "the server stopped during this compaction") })])
          compacting = { id: start.messageID, reason: start.reason }
          yield* compactNow(start.reason, start.messageID, true)
          if (start.reason === "manual") return "completed" as const
        }
        if (start._tag === "Retry") {
          // the cut attempt stays in the log, failed (the model is never shown a failed turn); a new one starts
          const error = errorInfo("interrupted", "the server stopped during this provider turn")
          const closing = start.cut === undefined ? [] : closingEvents(start.cut, error)
          if (start.recovery > config.maxRecoveries) {
            yield* gw.write(closing)
            return yield* Effect.fail(errorInfo(
              "recovery_exhausted",
              `the server stopped during this activity ${start.recovery - 1} times; it is not retried again`
            ))
          }
          yield* gw.write([...closing, Events.make("session.next.retried", { attempt: start.recovery, error })])
        } else if (start._tag === "Resume") {
          const s = start.step
          if (start.recovery !== undefined) {
            const m = s.assistantMessageID
            if (start.recovery > config.maxRecoveries) {
              const exhausted = errorInfo("recovery_exhausted", `the server stopped during this activity ${start.recovery - 1} times; it is not retried again`)
              yield* gw.write(s.unsettled().map((callID) => Events.make("session.next.tool.failed", { assistantMessageID: m, callID, error: exhausted })))
              return yield* Effect.fail(exhausted)
            }
            // runTools decides per call: one announced before the stop may have run, so an idempotent
            // one runs again and any other is reported as unknown (never as not having happened: a bash
            // command outlives the server)
            yield* gw.write([
              Events.make("session.next.retried", { attempt: start.recovery, error: errorInfo("interrupted", "the server stopped while this step's tools ran") })
            ])
            // the step had answered without tools: the activity was ending
            if (s.calls.length === 0) return "completed" as const
          }
          if (!(yield* runTools(s, false))) return "rejected" as const
        }
        while (true) {
          // the boundary: steers admitted meanwhile join here, before the next provider request
          const steers = (yield* inbox.list(sessionId)).filter((i) => i.delivery === "steer" && !seen.has(i.id))
          for (const s of steers) seen.add(s.id)
          if (steers.length > 0) yield* gw.write(steers.map(promoted))
          // near the model's context window: compact before the next turn
          if (compactionConfig.auto) {
            const window = compactionConfig.contextWindow(model)
            const used = lastInput ?? (window === undefined ? undefined : Compaction.lastInputTokens(yield* queries.messages(sessionId, { final: true })))
            if (window !== undefined && used !== undefined && used >= window * compactionConfig.threshold) yield* compactNow("auto")
          }
          // over a budget: the turn that crossed it has finished (its calls ran); no next one
          const over = yield* budget.exceeded({ sessionID: sessionId, project: session.value.project, ...byField })
          if (Option.isSome(over)) {
            budgetReason = over.value
            return "budget_exceeded" as const
          }
          steps++
          const last = steps >= agent.maxSteps
          let s: StepState | undefined
          for (let attempt = 1; s === undefined; attempt++) {
            const next = yield* turn(last, attempt)
            // on the next model the attempts start again
            if (next === "fell-back") attempt = 0
            else s = next
          }
          lastInput = s.finish === undefined ? undefined : s.finish.usage.input + s.finish.usage.cacheRead
          if (s.calls.length > 0) {
            if (!(yield* runTools(s, last))) return "rejected" as const
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
          onSuccess: (outcome): Effect.Effect<ActivityResult, EventStore.AppendError> =>
            Effect.as(
              gw.write([end(
                outcome,
                outcome === "rejected"
                  ? errorInfo("permission_rejected", "the user rejected a permission request")
                  : outcome === "budget_exceeded"
                  ? errorInfo("budget_exceeded", budgetReason)
                  : undefined
              )]),
              { outcome, steps }
            ),
          onFailure: (cause): Effect.Effect<ActivityResult, EventStore.AppendError> => {
            const failure = Cause.failureOption(cause)
            if (Option.isSome(failure) && "type" in failure.value) {
              // a provider failure that is not retryable, or whose retries ran out
              return Effect.as(gw.write([end("failed", failure.value as ErrorInfo)]), { outcome: "failed", steps })
            }
            // a log write failed, or a defect: record it if the log still takes writes, then fail
            return Effect.zipRight(
              Effect.ignore(settle("failed", errorInfo("internal", Cause.pretty(cause).slice(0, 2000)))),
              Effect.failCause(cause as Cause.Cause<EventStore.AppendError>)
            )
          }
        }),
        // one line per activity for operators: what ran and how it ended (never the prompt or the answer)
        Effect.tap((result) =>
          Effect.zipRight(
            EngineMetrics.activityEnded(result.outcome),
            Effect.logInfo(`activity ended: ${result.outcome} after ${result.steps} step(s) on ${model.providerID}/${model.id}`)
          )),
        (running) => Effect.zipRight(EngineMetrics.activity(1), Effect.ensuring(running, EngineMetrics.activity(-1))),
        Effect.tap((result) => Effect.annotateCurrentSpan({ "ratchet.outcome": result.outcome, "ratchet.steps": result.steps })),
        // the run's log lines name its trace, to go from a line to the trace and back
        (running) =>
          Effect.flatMap(Effect.option(Effect.currentSpan), (span) =>
            Option.isSome(span) ? Effect.annotateLogs(running, { traceID: span.value.traceId, spanID: span.value.spanId }) : running),
        Effect.withSpan("invoke_agent", {
          kind: "internal",
          attributes: {
            "gen_ai.operation.name": "invoke_agent",
            "gen_ai.agent.name": agent.name,
            "gen_ai.conversation.id": sessionId,
            "ratchet.activity.id": activityID,
            "ratchet.resumed": start._tag !== "New"
          },
          ...(parent === undefined ? {} : { parent })
        }),
        Effect.annotateLogs({ sessionID: sessionId, activityID, agent: agent.name })
      )
    })

  const run: SessionRunnerService["run"] = (sessionId, trigger) => activity(sessionId, { _tag: "New", trigger })

  const resume: SessionRunnerService["resume"] = (sessionId) =>
    Effect.gen(function*() {
      const session = yield* queries.session(sessionId)
      if (Option.isNone(session) || session.value.status !== "busy" || session.value.activityID === undefined) {
        return Option.none()
      }
      const activityID = session.value.activityID as ActivityId
      const from = yield* queries.activityStart(sessionId)
      const assistant = (yield* queries.messages(sessionId, { after: from })).filter((m) => m.type === "assistant")
      const recovery = (yield* queries.recoveries(sessionId, from)) + 1
      const since = yield* queries.messages(sessionId, { after: from })
      const lastMessage = since[since.length - 1]
      // cut while compacting: the compaction is run again (a summary has no effects to fear)
      if (lastMessage !== undefined && lastMessage.type === "compaction" && lastMessage.parts.every((p) => p.time.completed === undefined)) {
        const reason = (lastMessage.info as { reason?: unknown } | null)?.reason === "manual" ? "manual" as const : "auto" as const
        yield* EngineMetrics.recovery("compaction")
        return Option.some(yield* activity(sessionId, { _tag: "Compact", activityID, messageID: lastMessage.id as MessageId, reason, recovery, steps: assistant.length }))
      }
      const start = startAfterStop(activityID, assistant, recovery)
      // a step parked on a request goes on as it was: waiting for a person spends no recovery
      if (start._tag === "Resume" && (yield* parkedCalls(sessionId, start.step))) {
        yield* EngineMetrics.recovery("parked")
        return Option.some(yield* activity(sessionId, { _tag: "Resume", activityID, step: start.step, steps: start.steps }))
      }
      yield* EngineMetrics.recovery(start._tag === "Retry" ? "retry_turn" : "resume_tools")
      return Option.some(yield* activity(sessionId, start))
    })

  return SessionRunner.of({ run, resume })
})

export const layer: Layer.Layer<
  SessionRunner,
  never,
  SessionWriter.SessionWriter | SessionInbox | SessionQueries.SessionQueries | Providers | ToolRegistry.ToolRegistry | Agents | Permissions.Permissions | Questions.Questions | Attachments.Attachments
> = Layer.effect(SessionRunner, make)
