/**
 * Compaction: when a session's conversation nears the model's context
 * window (or on request), the transcript so far is summarised by the model
 * and the summary becomes the boundary of what the model is shown later —
 * the summary, then everything after it. The log keeps every event; only
 * the model's view changes (`transcript.ts` builds it).
 */
import type { LanguageModelService, Message, ProviderError } from "@ratchet/llm"
import { Events, type MessageId, type MessageInfo, type ModelRef } from "@ratchet/schema"
import type { EventStore } from "@ratchet/store"
import { Chunk, Context, Effect, Stream } from "effect"
import type * as GroupWriter from "./GroupWriter.js"
import { afterCompaction, toMessages } from "./internal/transcript.js"

export interface CompactionConfigShape {
  /** Compact automatically when a turn's input passes `threshold` of the model's context window. */
  readonly auto: boolean
  /** The share of the context window that triggers it (0–1). */
  readonly threshold: number
  /** The model's context window in tokens, when known (config `limit.context`). */
  readonly contextWindow: (model: ModelRef) => number | undefined
  /** Replace old tool outputs past a budget with a note in the model's view (`transcript.ts`). */
  readonly prune: boolean
}

export class CompactionConfig extends Context.Reference<CompactionConfig>()("@ratchet/engine/CompactionConfig", {
  defaultValue: (): CompactionConfigShape => ({ auto: true, threshold: 0.8, contextWindow: () => undefined, prune: true })
}) {}

/** The summariser's instructions: written for Ratchet; what a continuing agent needs, nothing else. */
export const COMPACTION_PROMPT = [
  "You are compacting a coding session so it can continue within a limited context.",
  "Write a summary that another instance of the assistant can continue from without the earlier messages.",
  "Keep: the user's goals and constraints in their own words where they matter; decisions made and why;",
  "files read, created or changed (with paths) and their current state; commands run and what they showed;",
  "errors met and how they were resolved or not; open questions; and exactly what remains to be done next.",
  "Leave out pleasantries and anything already superseded. Do not call tools. Write plain text with short sections."
].join(" ")

const ASK = "Summarize the conversation so far as instructed, so the work can continue from your summary alone."

/**
 * The input tokens of the last completed turn after the last compaction, or
 * undefined: the measure of how full the model's context was.
 */
export const lastInputTokens = (transcript: ReadonlyArray<MessageInfo>): number | undefined => {
  const since = afterCompaction(transcript).messages
  for (let i = since.length - 1; i >= 0; i--) {
    const m = since[i]!
    if (m.type === "assistant" && m.tokens !== undefined && m.error === undefined) return m.tokens.input + m.tokens.cache.read
  }
  return undefined
}

/** True when the conversation since the last compaction filled `threshold` of the window. */
export const due = (config: CompactionConfigShape, model: ModelRef, transcript: ReadonlyArray<MessageInfo>): boolean => {
  if (!config.auto) return false
  const window = config.contextWindow(model)
  const used = lastInputTokens(transcript)
  return window !== undefined && used !== undefined && used >= window * config.threshold
}

/**
 * Summarises `transcript` with the model, streaming the summary into the
 * log between `compaction.started` (already written by the caller, or here
 * when `started` is false) and `compaction.ended`.
 */
export const run = (options: {
  readonly gw: GroupWriter.GroupWriter
  readonly provider: LanguageModelService
  readonly model: ModelRef
  readonly transcript: ReadonlyArray<MessageInfo>
  readonly messageID: MessageId
  readonly reason: "auto" | "manual"
  readonly started: boolean
  /** The prompts of the running activity, shown verbatim after the summary (the work in hand). */
  readonly recent?: string
}): Effect.Effect<string, ProviderError | EventStore.AppendError> =>
  Effect.gen(function*() {
    const { gw, messageID, reason } = options
    if (!options.started) yield* gw.write([Events.make("session.next.compaction.started", { messageID, reason })])
    const messages: Array<Message> = [...toMessages(options.transcript), { role: "user", text: ASK }]
    let text = ""
    yield* options.provider.stream({
      model: options.model.id,
      system: COMPACTION_PROMPT,
      messages,
      tools: [],
      toolChoice: "none"
    }).pipe(
      Stream.runForEachChunk((parts) => {
        let delta = ""
        for (const part of Chunk.toReadonlyArray(parts)) if (part._tag === "TextDelta") delta += part.delta
        if (delta === "") return Effect.void
        text += delta
        return gw.push([Events.make("session.next.compaction.delta", { messageID, delta })])
      })
    )
    yield* gw.write([Events.make("session.next.compaction.ended", {
      messageID,
      reason,
      text,
      ...(options.recent === undefined || options.recent === "" ? {} : { recent: options.recent })
    })])
    return text
  }).pipe(Effect.withSpan("ratchet.compaction", {
    attributes: { "ratchet.reason": options.reason, "gen_ai.request.model": options.model.id, "gen_ai.provider.name": options.model.providerID }
  }))

/** Closes a compaction that could not finish: an empty summary, which the model's view ignores. */
export const abandon = (gw: GroupWriter.GroupWriter, messageID: MessageId, reason: "auto" | "manual") =>
  gw.write([Events.make("session.next.compaction.ended", { messageID, reason, text: "" })])
