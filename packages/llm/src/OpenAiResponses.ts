/**
 * OpenAI Responses, streaming (`POST {baseURL}/responses`). Native: the
 * system prompt as `instructions`, function calls and their outputs as
 * input items, reasoning summaries streamed as reasoning, and, for
 * reasoning models, the encrypted reasoning carried to the next turn
 * (`store: false`: Ratchet keeps the conversation, OpenAI keeps nothing).
 */
import * as SseTurn from "./internal/sseTurn.js"
import { parseData } from "./internal/sseTurn.js"
import {
  type AdapterConfig,
  classifyStatus,
  emptyUsage,
  type FinishReason,
  type Message,
  type ModelSettings,
  type Part,
  ProviderError,
  type Request,
  type Usage
} from "./LanguageModel.js"

export type Config = AdapterConfig

type Item = Record<string, unknown>

const userContent = (m: Extract<Message, { role: "user" }>): Array<Item> => [
  ...(m.text === "" ? [] : [{ type: "input_text", text: m.text }]),
  ...(m.media ?? []).map((p) =>
    p.mime === "application/pdf"
      ? { type: "input_file", filename: p.name ?? "document.pdf", file_data: `data:${p.mime};base64,${p.data}` }
      : { type: "input_image", image_url: `data:${p.mime};base64,${p.data}` })
]

/** Reasoning items this API produced, sent back whole (with their encrypted content) so the model keeps its thread. */
const reasoningItems = (m: Extract<Message, { role: "assistant" }>): Array<Item> =>
  (m.reasoning ?? []).flatMap((r): Array<Item> => {
    const own = r.metadata?.["openai"]
    if (own === undefined || typeof own["itemId"] !== "string" || typeof own["encryptedContent"] !== "string") return []
    return [{
      type: "reasoning",
      id: own["itemId"],
      encrypted_content: own["encryptedContent"],
      summary: r.text === "" ? [] : [{ type: "summary_text", text: r.text }]
    }]
  })

export const toInput = (messages: ReadonlyArray<Message>): Array<Item> => {
  const out: Array<Item> = []
  for (const m of messages) {
    switch (m.role) {
      case "user":
        out.push({ role: "user", content: userContent(m) })
        break
      case "assistant":
        out.push(...reasoningItems(m))
        if (m.text !== "") out.push({ role: "assistant", content: [{ type: "output_text", text: m.text }] })
        for (const c of m.toolCalls) out.push({ type: "function_call", call_id: c.id, name: c.name, arguments: c.input })
        break
      case "tool":
        out.push({ type: "function_call_output", call_id: m.callId, output: m.output })
        break
    }
  }
  return out
}

/** opencode's `reasoningEffort` / `reasoningSummary` (or the wire's `reasoning`). */
const reasoningOption = (settings: ModelSettings | undefined): Item | undefined => {
  if (settings?.reasoning !== true) return undefined
  const o = settings.options ?? {}
  const wire = typeof o["reasoning"] === "object" && o["reasoning"] !== null ? o["reasoning"] as Item : {}
  return {
    summary: o["reasoningSummary"] ?? wire["summary"] ?? "auto",
    ...(o["reasoningEffort"] ?? wire["effort"]) === undefined ? {} : { effort: o["reasoningEffort"] ?? wire["effort"] }
  }
}

export const body = (request: Request, settings: ModelSettings | undefined) => {
  const reasoning = reasoningOption(settings)
  const maxOutput = request.maxOutputTokens ?? settings?.maxOutputTokens
  return {
    model: request.model,
    ...(request.system === undefined || request.system === "" ? {} : { instructions: request.system }),
    input: toInput(request.messages),
    stream: true,
    store: false,
    ...(maxOutput === undefined ? {} : { max_output_tokens: maxOutput }),
    ...(request.tools.length === 0 ? {} : {
      tools: request.tools.map((t) => ({ type: "function", name: t.name, description: t.description, parameters: t.parameters, strict: false })),
      tool_choice: request.toolChoice
    }),
    ...(reasoning === undefined ? {} : { reasoning, include: ["reasoning.encrypted_content"] })
  }
}

interface WireItem {
  readonly type?: string
  readonly id?: string
  readonly call_id?: string
  readonly name?: string
  readonly arguments?: string
  readonly encrypted_content?: string | null
}

interface WireEvent {
  readonly type: string
  readonly item_id?: string
  readonly output_index?: number
  readonly summary_index?: number
  readonly delta?: string
  readonly item?: WireItem
  readonly response?: {
    readonly status?: string
    readonly incomplete_details?: { readonly reason?: string } | null
    readonly error?: { readonly code?: string; readonly message?: string } | null
    readonly usage?: {
      readonly input_tokens?: number
      readonly output_tokens?: number
      readonly input_tokens_details?: { readonly cached_tokens?: number }
      readonly output_tokens_details?: { readonly reasoning_tokens?: number }
    } | null
  }
  readonly code?: string | null
  readonly message?: string
}

/** A failure the API reports inside the stream, classified like the status it stands for. */
const streamError = (code: string | null | undefined, message: string | undefined): ProviderError => {
  const text = `openai stream error ${code ?? ""}: ${message ?? ""}`
  switch (code) {
    case "rate_limit_exceeded":
      return classifyStatus(429, text)
    case "server_error":
    case "server_is_overloaded":
      return classifyStatus(code === "server_error" ? 500 : 503, text)
    case "context_length_exceeded":
      return classifyStatus(400, text)
    default:
      return code === null || code === undefined ? classifyStatus(500, text) : classifyStatus(400, text)
  }
}

const makeDecoder = () => {
  // function calls by item id: the deltas name the item, the final call names the call id
  const calls = new Map<string, { callId: string; name: string; args: string; done: boolean }>()
  const summaries = new Map<string, number>()
  let finish: FinishReason | undefined
  let usage: Usage | undefined

  const onData = (data: string, out: Array<Part>): ProviderError | undefined => {
    const event = parseData<WireEvent>(data)
    if (event instanceof ProviderError) return event
    switch (event.type) {
      case "response.output_item.added": {
        const item = event.item
        if (item?.type === "function_call" && item.id !== undefined) {
          const callId = item.call_id ?? item.id
          calls.set(item.id, { callId, name: item.name ?? "", args: "", done: false })
          out.push({ _tag: "ToolInputStart", id: callId, name: item.name ?? "" })
        }
        return undefined
      }
      case "response.output_text.delta":
        if (event.delta) out.push({ _tag: "TextDelta", id: event.item_id ?? "text", delta: event.delta })
        return undefined
      case "response.reasoning_summary_text.delta":
      case "response.reasoning_text.delta": {
        if (!event.delta) return undefined
        const id = event.item_id ?? "reasoning"
        // summaries of one item are paragraphs of one reasoning part
        const index = event.summary_index ?? 0
        const seen = summaries.get(id)
        if (seen !== undefined && seen !== index) out.push({ _tag: "ReasoningDelta", id, delta: "\n\n" })
        summaries.set(id, index)
        out.push({ _tag: "ReasoningDelta", id, delta: event.delta })
        return undefined
      }
      case "response.function_call_arguments.delta": {
        const call = event.item_id === undefined ? undefined : calls.get(event.item_id)
        if (call === undefined || !event.delta) return undefined
        call.args += event.delta
        out.push({ _tag: "ToolInputDelta", id: call.callId, delta: event.delta })
        return undefined
      }
      case "response.output_item.done": {
        const item = event.item
        if (item?.type === "function_call" && item.id !== undefined) {
          const call = calls.get(item.id) ?? { callId: item.call_id ?? item.id, name: item.name ?? "", args: "", done: false }
          if (!calls.has(item.id)) out.push({ _tag: "ToolInputStart", id: call.callId, name: call.name })
          calls.set(item.id, { ...call, done: true })
          const input = item.arguments ?? call.args
          out.push({ _tag: "ToolCall", call: { id: call.callId, name: item.name ?? call.name, input: input === "" ? "{}" : input } })
        }
        if (item?.type === "reasoning" && item.id !== undefined && typeof item.encrypted_content === "string") {
          out.push({ _tag: "ReasoningMetadata", id: item.id, metadata: { openai: { itemId: item.id, encryptedContent: item.encrypted_content } } })
        }
        return undefined
      }
      case "response.completed":
      case "response.incomplete": {
        const r = event.response
        const reason = r?.incomplete_details?.reason
        finish = event.type === "response.completed"
          ? ([...calls.values()].length > 0 ? "tool-calls" : "stop")
          : reason === "max_output_tokens" ? "length" : reason === "content_filter" ? "content-filter" : "other"
        const u = r?.usage
        if (u) {
          usage = SseTurn.openAiUsage({
            input: u.input_tokens,
            cached: u.input_tokens_details?.cached_tokens,
            output: u.output_tokens,
            reasoning: u.output_tokens_details?.reasoning_tokens
          })
        }
        return undefined
      }
      case "response.failed":
        return streamError(event.response?.error?.code, event.response?.error?.message)
      case "error":
        return streamError(event.code, event.message)
      default:
        return undefined
    }
  }

  const onEnd = (): ReadonlyArray<Part> | ProviderError => {
    if (finish === undefined) {
      return new ProviderError({ kind: "network", retryable: true, message: "stream ended before the response completed" })
    }
    const parts: Array<Part> = []
    // a call whose item never closed still ends the turn as a call (its arguments as streamed)
    for (const call of calls.values()) {
      if (!call.done) parts.push({ _tag: "ToolCall", call: { id: call.callId, name: call.name, input: call.args === "" ? "{}" : call.args } })
    }
    parts.push({ _tag: "Finish", reason: finish, usage: usage ?? emptyUsage })
    return parts
  }

  return { onData, onEnd } satisfies SseTurn.TurnDecoder
}

export const make = (config: Config) =>
  SseTurn.adapter(config, {
    url: (base) => `${base}/responses`,
    auth: (key) => ({ authorization: `Bearer ${key}` }),
    body: (request) => body(request, config.settings?.(request.model))
  }, makeDecoder)
