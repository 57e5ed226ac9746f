/**
 * Google Gemini, streaming (`POST {baseURL}/models/{model}:streamGenerateContent?alt=sse`).
 * Native: `systemInstruction`, function declarations in Gemini's schema
 * subset (`internal/geminiSchema.ts` says what is dropped), function
 * responses, thought parts as reasoning (on by default for reasoning
 * models), and the thought signature handed back on the call it came with.
 * Gemini sends a function call whole, so its input arrives as one delta.
 * Written by hand: `@effect/ai-google` does not install beside the
 * `@effect/ai` line the other packages need (docs/providers.md).
 */
import { toGeminiSchema } from "./internal/geminiSchema.js"
import * as SseTurn from "./internal/sseTurn.js"
import { parseInput } from "./internal/toolInput.js"
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

type WirePart = Record<string, unknown>
interface Content {
  readonly role: "user" | "model"
  readonly parts: Array<WirePart>
}

const signatureOf = (m: Extract<Message, { role: "assistant" }>): string | undefined => {
  for (const r of m.reasoning ?? []) {
    const s = r.metadata?.["google"]?.["thoughtSignature"]
    if (typeof s === "string") return s
  }
  return undefined
}

export const toContents = (messages: ReadonlyArray<Message>): Array<Content> => {
  const out: Array<Content> = []
  const push = (role: "user" | "model", parts: Array<WirePart>) => {
    if (parts.length === 0) return
    const last = out[out.length - 1]
    if (last !== undefined && last.role === role) last.parts.push(...parts)
    else out.push({ role, parts })
  }
  for (const m of messages) {
    switch (m.role) {
      case "user":
        push("user", [
          ...(m.text === "" ? [] : [{ text: m.text }]),
          ...(m.media ?? []).map((p) => ({ inlineData: { mimeType: p.mime, data: p.data } }))
        ])
        break
      case "assistant": {
        // the signature goes back on the part it came with: the first call, else the text
        const signature = signatureOf(m)
        const parts: Array<WirePart> = [
          ...(m.text === "" ? [] : [{ text: m.text }]),
          ...m.toolCalls.map((c) => ({ functionCall: { name: c.name, args: parseInput(c.input) } }))
        ]
        if (signature !== undefined && parts.length > 0) {
          const at = m.toolCalls.length > 0 ? (m.text === "" ? 0 : 1) : 0
          parts[at] = { ...parts[at], thoughtSignature: signature }
        }
        push("model", parts)
        break
      }
      case "tool":
        push("user", [{ functionResponse: { name: m.name, response: m.isError ? { error: m.output } : { output: m.output } } }])
        break
    }
  }
  return out
}

/** opencode's `thinkingConfig` (`thinkingBudget`, `includeThoughts`); thoughts shown by default for reasoning models. */
const thinkingConfig = (settings: ModelSettings | undefined): Record<string, unknown> | undefined => {
  const given = settings?.options?.["thinkingConfig"]
  if (typeof given === "object" && given !== null) return given as Record<string, unknown>
  return settings?.reasoning === true ? { includeThoughts: true } : undefined
}

export const body = (request: Request, settings: ModelSettings | undefined) => {
  const thinking = thinkingConfig(settings)
  const maxOutput = request.maxOutputTokens ?? settings?.maxOutputTokens
  const generationConfig = {
    ...(maxOutput === undefined ? {} : { maxOutputTokens: maxOutput }),
    ...(thinking === undefined ? {} : { thinkingConfig: thinking })
  }
  return {
    contents: toContents(request.messages),
    ...(request.system === undefined || request.system === "" ? {} : { systemInstruction: { parts: [{ text: request.system }] } }),
    ...(request.tools.length === 0 ? {} : {
      tools: [{ functionDeclarations: request.tools.map((t) => ({ name: t.name, description: t.description, parameters: toGeminiSchema(t.parameters) })) }],
      toolConfig: { functionCallingConfig: { mode: request.toolChoice === "required" ? "ANY" : request.toolChoice === "none" ? "NONE" : "AUTO" } }
    }),
    ...(Object.keys(generationConfig).length === 0 ? {} : { generationConfig })
  }
}

const finishReason = (reason: string): FinishReason => {
  switch (reason) {
    case "STOP":
      return "stop"
    case "MAX_TOKENS":
      return "length"
    case "SAFETY":
    case "RECITATION":
    case "BLOCKLIST":
    case "PROHIBITED_CONTENT":
    case "SPII":
    case "IMAGE_SAFETY":
      return "content-filter"
    default:
      return "other"
  }
}

interface WireChunk {
  readonly candidates?: ReadonlyArray<{
    readonly content?: { readonly parts?: ReadonlyArray<{
      readonly text?: string
      readonly thought?: boolean
      readonly thoughtSignature?: string
      readonly functionCall?: { readonly name?: string; readonly args?: unknown; readonly id?: string }
    }> }
    readonly finishReason?: string
  }>
  readonly usageMetadata?: {
    readonly promptTokenCount?: number
    readonly candidatesTokenCount?: number
    readonly thoughtsTokenCount?: number
    readonly cachedContentTokenCount?: number
  }
  readonly promptFeedback?: { readonly blockReason?: string }
  readonly error?: { readonly code?: number; readonly message?: string; readonly status?: string }
}

const makeDecoder = () => {
  let calls = 0
  let finish: FinishReason | undefined
  let usage: Usage | undefined
  let signature: { readonly value: string; readonly onCall: boolean } | undefined

  const onData = (data: string, out: Array<Part>): ProviderError | undefined => {
    const chunk = parseData<WireChunk>(data)
    if (chunk instanceof ProviderError) return chunk
    if (chunk.error !== undefined) {
      const e = chunk.error
      return classifyStatus(typeof e.code === "number" ? e.code : 500, `gemini stream error ${e.status ?? ""}: ${e.message ?? ""}`)
    }
    if (chunk.promptFeedback?.blockReason !== undefined) finish = "content-filter"
    const candidate = chunk.candidates?.[0]
    for (const part of candidate?.content?.parts ?? []) {
      if (part.functionCall !== undefined) {
        const id = part.functionCall.id ?? `gemini-call-${calls}`
        calls++
        const input = JSON.stringify(part.functionCall.args ?? {})
        out.push({ _tag: "ToolInputStart", id, name: part.functionCall.name ?? "" })
        out.push({ _tag: "ToolInputDelta", id, delta: input })
        out.push({ _tag: "ToolCall", call: { id, name: part.functionCall.name ?? "", input } })
      } else if (part.text) {
        out.push(part.thought === true ? { _tag: "ReasoningDelta", id: "thought", delta: part.text } : { _tag: "TextDelta", id: "text", delta: part.text })
      }
      // the first call's signature is the one the API checks; without calls, the latest one
      if (typeof part.thoughtSignature === "string" && signature?.onCall !== true) {
        signature = { value: part.thoughtSignature, onCall: part.functionCall !== undefined }
      }
    }
    if (candidate?.finishReason) finish = finishReason(candidate.finishReason)
    const u = chunk.usageMetadata
    if (u !== undefined) {
      const cached = u.cachedContentTokenCount ?? 0
      const thoughts = u.thoughtsTokenCount ?? 0
      usage = {
        input: Math.max(0, (u.promptTokenCount ?? 0) - cached),
        // output counts the thoughts too (they are billed as output), as the other wires do
        output: (u.candidatesTokenCount ?? 0) + thoughts,
        reasoning: thoughts,
        cacheRead: cached,
        cacheWrite: 0
      }
    }
    return undefined
  }

  const onEnd = (): ReadonlyArray<Part> | ProviderError => {
    if (finish === undefined) {
      return new ProviderError({ kind: "network", retryable: true, message: "stream ended before the turn finished" })
    }
    return [
      ...(signature === undefined ? [] : [{ _tag: "ReasoningMetadata" as const, id: "thought", metadata: { google: { thoughtSignature: signature.value } } }]),
      { _tag: "Finish", reason: calls > 0 && finish === "stop" ? "tool-calls" : finish, usage: usage ?? emptyUsage }
    ]
  }

  return { onData, onEnd } satisfies SseTurn.TurnDecoder
}

export const make = (config: Config) =>
  SseTurn.adapter(config, {
    url: (base, request) => `${base}/models/${encodeURIComponent(request.model)}:streamGenerateContent?alt=sse`,
    auth: (key) => ({ "x-goog-api-key": key }),
    body: (request) => body(request, config.settings?.(request.model))
  }, makeDecoder)
