/**
 * Anthropic Messages, streaming (`POST {baseURL}/messages`). Native: the
 * system prompt in `system`, tools with `input_schema`, tool results as
 * `tool_result` blocks, thinking blocks with their signatures replayed on
 * later turns (the API refuses a tool turn whose thinking lost them), and
 * prompt caching on by default (`cache_control` on the system prompt and the
 * last two messages). Written by hand rather than on `@effect/ai-anthropic`
 * (docs/providers.md has the measurement).
 */
import * as SseTurn from "./internal/sseTurn.js"
import { parseInput } from "./internal/toolInput.js"
import { parseData } from "./internal/sseTurn.js"
import {
  type AdapterConfig,
  type FinishReason,
  type Message,
  type ModelSettings,
  type Part,
  ProviderError,
  type Request
} from "./LanguageModel.js"

export interface Config extends AdapterConfig {
  /** Prompt caching breakpoints (default on). */
  readonly cache?: boolean
}

export const VERSION = "2023-06-01"
/** The API requires `max_tokens`; used when neither the request nor the catalogue gives one. */
const DEFAULT_MAX_TOKENS = 8192

type Block = Record<string, unknown>
interface WireMessage {
  readonly role: "user" | "assistant"
  readonly content: Array<Block>
}

const mediaBlock = (p: { readonly mime: string; readonly data: string }): Block =>
  p.mime === "application/pdf"
    ? { type: "document", source: { type: "base64", media_type: p.mime, data: p.data } }
    : { type: "image", source: { type: "base64", media_type: p.mime, data: p.data } }

/** Thinking the API will take back: only blocks it signed itself. */
const thinkingBlocks = (m: Extract<Message, { role: "assistant" }>): Array<Block> =>
  (m.reasoning ?? []).flatMap((r): Array<Block> => {
    const own = r.metadata?.["anthropic"]
    if (own === undefined) return []
    if (typeof own["redactedData"] === "string") return [{ type: "redacted_thinking", data: own["redactedData"] }]
    return typeof own["signature"] === "string" ? [{ type: "thinking", thinking: r.text, signature: own["signature"] }] : []
  })

/** Messages alternate user/assistant: tool results and the next user text share one user message. */
export const toWireMessages = (messages: ReadonlyArray<Message>): Array<WireMessage> => {
  const out: Array<WireMessage> = []
  const push = (role: "user" | "assistant", blocks: Array<Block>) => {
    if (blocks.length === 0) return
    const last = out[out.length - 1]
    if (last !== undefined && last.role === role) last.content.push(...blocks)
    else out.push({ role, content: blocks })
  }
  for (const m of messages) {
    switch (m.role) {
      case "user":
        push("user", [...(m.media ?? []).map(mediaBlock), ...(m.text === "" ? [] : [{ type: "text", text: m.text }])])
        break
      case "assistant":
        push("assistant", [
          ...thinkingBlocks(m),
          ...(m.text === "" ? [] : [{ type: "text", text: m.text }]),
          ...m.toolCalls.map((c) => ({ type: "tool_use", id: c.id, name: c.name, input: parseInput(c.input) }))
        ])
        break
      case "tool":
        push("user", [{ type: "tool_result", tool_use_id: m.callId, content: m.output === "" ? "(no output)" : m.output, ...(m.isError ? { is_error: true } : {}) }])
        break
    }
  }
  return out
}

const EPHEMERAL = { type: "ephemeral" } as const

/** Marks the last cacheable block of the last two messages (thinking blocks cannot carry a marker). */
const markCache = (messages: Array<WireMessage>): void => {
  let marked = 0
  for (let i = messages.length - 1; i >= 0 && marked < 2; i--) {
    const content = messages[i]!.content
    for (let j = content.length - 1; j >= 0; j--) {
      const block = content[j]!
      if (block["type"] === "thinking" || block["type"] === "redacted_thinking") continue
      content[j] = { ...block, cache_control: EPHEMERAL }
      marked++
      break
    }
  }
}

/** opencode's `thinking: { type: "enabled", budgetTokens }` (or the wire's `budget_tokens`). */
const thinkingOption = (options: Readonly<Record<string, unknown>> | undefined): Block | undefined => {
  const t = options?.["thinking"]
  if (typeof t !== "object" || t === null) return undefined
  const o = t as Record<string, unknown>
  if (o["type"] !== "enabled") return undefined
  const budget = o["budgetTokens"] ?? o["budget_tokens"]
  return { type: "enabled", budget_tokens: typeof budget === "number" ? budget : 4096 }
}

export const body = (request: Request, settings: ModelSettings | undefined, cache: boolean) => {
  const messages = toWireMessages(request.messages)
  if (cache) markCache(messages)
  const thinking = thinkingOption(settings?.options)
  const budget = typeof thinking?.["budget_tokens"] === "number" ? thinking["budget_tokens"] : 0
  return {
    model: request.model,
    max_tokens: Math.max(request.maxOutputTokens ?? settings?.maxOutputTokens ?? DEFAULT_MAX_TOKENS, budget + 1024),
    stream: true,
    ...(request.system === undefined || request.system === "" ? {} : {
      system: [{ type: "text", text: request.system, ...(cache ? { cache_control: EPHEMERAL } : {}) }]
    }),
    messages,
    ...(request.tools.length === 0 ? {} : {
      tools: request.tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.parameters })),
      tool_choice: { type: request.toolChoice === "required" ? "any" : request.toolChoice }
    }),
    ...(thinking === undefined ? {} : { thinking })
  }
}

const finishReason = (reason: unknown): FinishReason => {
  switch (reason) {
    case "end_turn":
    case "stop_sequence":
    case "pause_turn":
      return "stop"
    case "tool_use":
      return "tool-calls"
    case "max_tokens":
    case "model_context_window_exceeded":
      return "length"
    case "refusal":
      return "content-filter"
    default:
      return "other"
  }
}

interface WireUsage {
  readonly input_tokens?: number | null
  readonly output_tokens?: number | null
  readonly cache_creation_input_tokens?: number | null
  readonly cache_read_input_tokens?: number | null
}

interface WireEvent {
  readonly type: string
  readonly index?: number
  readonly message?: { readonly usage?: WireUsage }
  readonly content_block?: { readonly type: string; readonly id?: string; readonly name?: string; readonly data?: string; readonly signature?: string }
  readonly delta?: {
    readonly type?: string
    readonly text?: string
    readonly partial_json?: string
    readonly thinking?: string
    readonly signature?: string
    readonly stop_reason?: string | null
  }
  readonly usage?: WireUsage
  readonly error?: { readonly type?: string; readonly message?: string }
}

/** An `error` event mid-stream: overloaded and rate limits are worth another try, like their HTTP statuses. */
const streamError = (e: WireEvent["error"]): ProviderError => {
  const type = e?.type ?? "api_error"
  const message = `anthropic stream error ${type}: ${e?.message ?? ""}`
  if (type === "overloaded_error") return new ProviderError({ kind: "overloaded", retryable: true, status: 529, message })
  if (type === "rate_limit_error") return new ProviderError({ kind: "rate_limit", retryable: true, status: 429, message })
  if (type === "invalid_request_error") return new ProviderError({ kind: "bad_request", retryable: false, message })
  return new ProviderError({ kind: "server", retryable: true, message })
}

const makeDecoder = () => {
  const blocks = new Map<number, { type: string; id: string; name: string; input: string; signature: string }>()
  const usage = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }
  let finish: FinishReason | undefined
  let stopped = false

  const addUsage = (u: WireUsage | undefined) => {
    if (u === undefined) return
    // message_start carries the input side; message_delta the running output (and, newer, the input again)
    if (typeof u.input_tokens === "number") usage.input = u.input_tokens
    if (typeof u.output_tokens === "number") usage.output = u.output_tokens
    if (typeof u.cache_read_input_tokens === "number") usage.cacheRead = u.cache_read_input_tokens
    if (typeof u.cache_creation_input_tokens === "number") usage.cacheWrite = u.cache_creation_input_tokens
  }

  const onData = (data: string, out: Array<Part>): ProviderError | undefined => {
    const event = parseData<WireEvent>(data)
    if (event instanceof ProviderError) return event
    switch (event.type) {
      case "message_start":
        addUsage(event.message?.usage)
        return undefined
      case "content_block_start": {
        const b = event.content_block
        const index = event.index ?? 0
        if (b === undefined) return undefined
        const block = { type: b.type, id: b.id ?? `toolu_${index}`, name: b.name ?? "", input: "", signature: b.signature ?? "" }
        blocks.set(index, block)
        if (b.type === "tool_use") out.push({ _tag: "ToolInputStart", id: block.id, name: block.name })
        if (b.type === "redacted_thinking" && typeof b.data === "string") {
          out.push({ _tag: "ReasoningMetadata", id: `thinking-${index}`, metadata: { anthropic: { redactedData: b.data } } })
        }
        return undefined
      }
      case "content_block_delta": {
        const index = event.index ?? 0
        const block = blocks.get(index)
        const d = event.delta
        if (block === undefined || d === undefined) return undefined
        if (d.type === "text_delta" && d.text) out.push({ _tag: "TextDelta", id: `text-${index}`, delta: d.text })
        else if (d.type === "thinking_delta" && d.thinking) out.push({ _tag: "ReasoningDelta", id: `thinking-${index}`, delta: d.thinking })
        else if (d.type === "signature_delta" && d.signature) block.signature += d.signature
        else if (d.type === "input_json_delta" && d.partial_json) {
          block.input += d.partial_json
          out.push({ _tag: "ToolInputDelta", id: block.id, delta: d.partial_json })
        }
        return undefined
      }
      case "content_block_stop": {
        const index = event.index ?? 0
        const block = blocks.get(index)
        if (block?.type === "tool_use") {
          out.push({ _tag: "ToolCall", call: { id: block.id, name: block.name, input: block.input === "" ? "{}" : block.input } })
        }
        if (block?.type === "thinking" && block.signature !== "") {
          out.push({ _tag: "ReasoningMetadata", id: `thinking-${index}`, metadata: { anthropic: { signature: block.signature } } })
        }
        return undefined
      }
      case "message_delta":
        if (event.delta?.stop_reason) finish = finishReason(event.delta.stop_reason)
        addUsage(event.usage)
        return undefined
      case "message_stop":
        stopped = true
        return undefined
      case "error":
        return streamError(event.error)
      default:
        // ping, and event types added later
        return undefined
    }
  }

  const onEnd = (): ReadonlyArray<Part> | ProviderError => {
    if (!stopped && finish === undefined) {
      return new ProviderError({ kind: "network", retryable: true, message: "stream ended before the turn finished" })
    }
    const calls = [...blocks.values()].some((b) => b.type === "tool_use")
    return [{
      _tag: "Finish",
      reason: finish ?? (calls ? "tool-calls" : "stop"),
      usage: { input: usage.input, output: usage.output, reasoning: 0, cacheRead: usage.cacheRead, cacheWrite: usage.cacheWrite }
    }]
  }

  return { onData, onEnd } satisfies SseTurn.TurnDecoder
}

export const make = (config: Config) =>
  SseTurn.adapter(config, {
    url: (base) => `${base}/messages`,
    auth: (key) => ({ "x-api-key": key }),
    headers: { "anthropic-version": VERSION },
    body: (request) => body(request, config.settings?.(request.model), config.cache ?? true)
  }, makeDecoder)
