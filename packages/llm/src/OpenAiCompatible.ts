/**
 * OpenAI Chat Completions, streaming, for OpenAI and any OpenAI-compatible
 * base URL (vLLM, Ollama, Groq, OpenRouter, LM Studio…). Written by hand:
 * `@effect/ai-openai` speaks the Responses API, which compatible servers
 * mostly don't (docs/providers.md).
 */
import * as SseTurn from "./internal/sseTurn.js"
import { parseData } from "./internal/sseTurn.js"
import {
  type AdapterConfig,
  classifyStatus,
  emptyUsage,
  type FinishReason,
  type Message,
  type Part,
  ProviderError,
  type Request,
  type Usage
} from "./LanguageModel.js"

export type Config = AdapterConfig

const toWireMessages = (request: Request) => {
  const out: Array<Record<string, unknown>> = []
  if (request.system !== undefined && request.system !== "") out.push({ role: "system", content: request.system })
  for (const m of request.messages as ReadonlyArray<Message>) {
    switch (m.role) {
      case "user":
        out.push({
          role: "user",
          // with media, Chat Completions' content parts: images as data URLs, PDFs as files
          content: m.media === undefined || m.media.length === 0 ? m.text : [
            ...(m.text === "" ? [] : [{ type: "text", text: m.text }]),
            ...m.media.map((p) =>
              p.mime === "application/pdf"
                ? { type: "file", file: { filename: p.name ?? "document.pdf", file_data: `data:${p.mime};base64,${p.data}` } }
                : { type: "image_url", image_url: { url: `data:${p.mime};base64,${p.data}` } })
          ]
        })
        break
      case "assistant":
        out.push({
          role: "assistant",
          content: m.text === "" ? null : m.text,
          ...(m.toolCalls.length === 0 ? {} : {
            tool_calls: m.toolCalls.map((c) => ({ id: c.id, type: "function", function: { name: c.name, arguments: c.input } }))
          })
        })
        break
      case "tool":
        out.push({ role: "tool", tool_call_id: m.callId, content: m.output })
        break
    }
  }
  return out
}

export const body = (request: Request) => ({
  model: request.model,
  messages: toWireMessages(request),
  stream: true,
  stream_options: { include_usage: true },
  ...(request.maxOutputTokens === undefined ? {} : { max_tokens: request.maxOutputTokens }),
  ...(request.tools.length === 0 ? {} : {
    tools: request.tools.map((t) => ({
      type: "function",
      function: { name: t.name, description: t.description, parameters: t.parameters }
    })),
    tool_choice: request.toolChoice
  })
})

const finishReason = (reason: unknown): FinishReason => {
  switch (reason) {
    case "stop":
      return "stop"
    case "tool_calls":
    case "function_call":
      return "tool-calls"
    case "length":
      return "length"
    case "content_filter":
      return "content-filter"
    default:
      return "other"
  }
}

interface WireChunk {
  readonly choices?: ReadonlyArray<{
    readonly delta?: {
      readonly content?: string | null
      readonly reasoning_content?: string | null
      readonly reasoning?: string | null
      readonly tool_calls?: ReadonlyArray<{
        readonly index?: number
        readonly id?: string
        readonly function?: { readonly name?: string; readonly arguments?: string }
      }>
    }
    readonly finish_reason?: string | null
  }>
  readonly usage?: {
    readonly prompt_tokens?: number
    readonly completion_tokens?: number
    readonly prompt_tokens_details?: { readonly cached_tokens?: number }
    readonly completion_tokens_details?: { readonly reasoning_tokens?: number }
  } | null
  readonly error?: { readonly message?: string; readonly type?: string; readonly code?: unknown }
}

/**
 * An error chunk mid-stream. Gateways put an HTTP status in `code`
 * (OpenRouter) or name the failure in `type`/`code`: classified like the
 * status; anything else is a retryable server failure.
 */
const streamError = (error: NonNullable<WireChunk["error"]>): ProviderError => {
  const message = `stream error: ${error.message ?? "provider stream error"}`
  if (typeof error.code === "number" && error.code >= 400) return classifyStatus(error.code, message)
  const named = `${String(error.type ?? "")} ${String(error.code ?? "")}`
  if (/overload/i.test(named)) return classifyStatus(503, message)
  if (/rate_limit/i.test(named)) return classifyStatus(429, message)
  if (/context_length/i.test(named)) return classifyStatus(400, message)
  return new ProviderError({ kind: "server", retryable: true, message })
}

/** Turns the chunk stream of one turn into parts; per-turn state lives here. */
const makeDecoder = () => {
  const calls = new Map<number, { id: string; name: string; args: string; started: boolean }>()
  let finish: FinishReason | undefined
  let usage: Usage | undefined
  let done = false

  const onChunk = (chunk: WireChunk): Array<Part> | ProviderError => {
    if (chunk.error !== undefined) return streamError(chunk.error)
    const parts: Array<Part> = []
    for (const choice of chunk.choices ?? []) {
      const delta = choice.delta
      if (delta?.content) parts.push({ _tag: "TextDelta", id: "text", delta: delta.content })
      const reasoning = delta?.reasoning_content ?? delta?.reasoning
      if (reasoning) parts.push({ _tag: "ReasoningDelta", id: "reasoning", delta: reasoning })
      for (const tc of delta?.tool_calls ?? []) {
        const index = tc.index ?? 0
        let call = calls.get(index)
        if (call === undefined) {
          call = { id: tc.id ?? `call_${index}`, name: tc.function?.name ?? "", args: "", started: false }
          calls.set(index, call)
        }
        if (tc.function?.name && call.name === "") call.name = tc.function.name
        if (!call.started && call.name !== "") {
          call.started = true
          parts.push({ _tag: "ToolInputStart", id: call.id, name: call.name })
        }
        const args = tc.function?.arguments
        if (args) {
          call.args += args
          if (call.started) parts.push({ _tag: "ToolInputDelta", id: call.id, delta: args })
        }
      }
      if (choice.finish_reason) finish = finishReason(choice.finish_reason)
    }
    if (chunk.usage) {
      const u = chunk.usage
      usage = SseTurn.openAiUsage({
        input: u.prompt_tokens,
        cached: u.prompt_tokens_details?.cached_tokens,
        output: u.completion_tokens,
        reasoning: u.completion_tokens_details?.reasoning_tokens
      })
    }
    return parts
  }

  const onData = (data: string, out: Array<Part>): ProviderError | undefined => {
    if (data === "[DONE]") {
      done = true
      return undefined
    }
    const chunk = parseData<WireChunk>(data)
    if (chunk instanceof ProviderError) return chunk
    const parts = onChunk(chunk)
    if (parts instanceof ProviderError) return parts
    for (const p of parts) out.push(p)
    return undefined
  }

  /** The tool calls and the finish, once the stream has ended; a stream cut short is a retryable failure. */
  const onEnd = (): ReadonlyArray<Part> | ProviderError => {
    if (finish === undefined && !done) {
      return new ProviderError({ kind: "network", retryable: true, message: "stream ended before the turn finished" })
    }
    const parts: Array<Part> = []
    for (const call of calls.values()) {
      if (!call.started) parts.push({ _tag: "ToolInputStart", id: call.id, name: call.name })
      parts.push({ _tag: "ToolCall", call: { id: call.id, name: call.name, input: call.args === "" ? "{}" : call.args } })
    }
    const reason = finish ?? (calls.size > 0 ? "tool-calls" : "stop")
    parts.push({ _tag: "Finish", reason, usage: usage ?? emptyUsage })
    return parts
  }

  return { onData, onEnd } satisfies SseTurn.TurnDecoder
}

export const make = (config: Config) =>
  SseTurn.adapter(config, {
    url: (base) => `${base}/chat/completions`,
    auth: (key) => ({ authorization: `Bearer ${key}` }),
    body
  }, makeDecoder)
