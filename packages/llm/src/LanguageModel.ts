/**
 * The provider port: stream one provider turn. Messages, system prompt, tool
 * definitions and tool choice in; a stream of typed parts out. Interrupting
 * the stream aborts the request.
 */
import type { JsonObject, ToolDefinition } from "@ratchet/schema"
import { Context, Data, type Redacted, type Stream } from "effect"

export type { JsonSchema, ToolDefinition } from "@ratchet/schema"

export interface ToolCall {
  readonly id: string
  readonly name: string
  /** The arguments as the model wrote them (JSON text). */
  readonly input: string
}

/** A file shown to the model natively (an image, a PDF); text files are inlined into the text by the engine. */
export interface MediaPart {
  readonly mime: string
  readonly name?: string
  /** The bytes, base64. */
  readonly data: string
}

/**
 * Reasoning the model produced on an earlier turn, with what its provider
 * needs to accept it back (an Anthropic signature, OpenAI's encrypted
 * reasoning, a Gemini thought signature), keyed by provider. An adapter
 * replays only the reasoning that carries its own provider's data.
 */
export interface Reasoning {
  readonly text: string
  readonly metadata?: ProviderMetadata
}

/** Provider data, by adapter key (`anthropic`, `openai`, `google`). */
export type ProviderMetadata = Readonly<Record<string, JsonObject>>

export type Message =
  | { readonly role: "user"; readonly text: string; readonly media?: ReadonlyArray<MediaPart> }
  | {
    readonly role: "assistant"
    readonly text: string
    readonly toolCalls: ReadonlyArray<ToolCall>
    readonly reasoning?: ReadonlyArray<Reasoning>
  }
  | { readonly role: "tool"; readonly callId: string; readonly name: string; readonly output: string; readonly isError: boolean }

export type ToolChoice = "auto" | "none" | "required"

export interface Request {
  readonly model: string
  readonly system?: string
  readonly messages: ReadonlyArray<Message>
  readonly tools: ReadonlyArray<ToolDefinition>
  readonly toolChoice: ToolChoice
  readonly maxOutputTokens?: number
}

/**
 * What an adapter knows of a model beyond its id, from the catalogue and the
 * config: the output bound to ask for, whether it reasons, and opencode's
 * per-model `options` (`thinking`, `reasoningEffort`, `thinkingConfig`…),
 * which each adapter maps to its wire.
 */
export interface ModelSettings {
  readonly maxOutputTokens?: number
  readonly reasoning?: boolean
  readonly options?: Readonly<Record<string, unknown>>
}

export interface Usage {
  readonly input: number
  readonly output: number
  readonly reasoning: number
  readonly cacheRead: number
  readonly cacheWrite: number
}

export const emptyUsage: Usage = { input: 0, output: 0, reasoning: 0, cacheRead: 0, cacheWrite: 0 }

/** Why a turn ended: `stop` (answered), `tool-calls`, `length` (token limit), `content-filter`, `other`. */
export type FinishReason = "stop" | "tool-calls" | "length" | "content-filter" | "other"

export type Part =
  | { readonly _tag: "TextDelta"; readonly id: string; readonly delta: string }
  | { readonly _tag: "ReasoningDelta"; readonly id: string; readonly delta: string }
  /** Provider data for the reasoning part `id` that a later turn must send back (opening the part if it had no text). */
  | { readonly _tag: "ReasoningMetadata"; readonly id: string; readonly metadata: ProviderMetadata }
  | { readonly _tag: "ToolInputStart"; readonly id: string; readonly name: string }
  | { readonly _tag: "ToolInputDelta"; readonly id: string; readonly delta: string }
  | { readonly _tag: "ToolCall"; readonly call: ToolCall }
  | { readonly _tag: "Finish"; readonly reason: FinishReason; readonly usage: Usage }

/** A failed turn, classified: `retryable` says whether trying again may succeed. */
export class ProviderError extends Data.TaggedError("ProviderError")<{
  /** `context_overflow`: the request is too long for the model's context window (the runner compacts and retries once). */
  readonly kind: "rate_limit" | "overloaded" | "server" | "network" | "timeout" | "auth" | "bad_request" | "protocol" | "context_overflow"
  readonly message: string
  readonly retryable: boolean
  readonly status?: number
  /** From `retry-after`, when the provider sent one. */
  readonly retryAfterMs?: number
}> {}

/** What every wire adapter is made from. */
export interface AdapterConfig {
  /** The provider id sessions name (`model.providerID`). */
  readonly provider: string
  /** The API root, e.g. `https://api.anthropic.com/v1`; each adapter appends its path. */
  readonly baseURL: string
  readonly apiKey?: Redacted.Redacted<string>
  readonly headers?: Readonly<Record<string, string>>
  /** What the catalogue and config say of a model (Chat Completions uses none of it). */
  readonly settings?: (model: string) => ModelSettings | undefined
}

export interface LanguageModelService {
  readonly provider: string
  readonly stream: (request: Request) => Stream.Stream<Part, ProviderError>
}

/** Models by provider id, so a session's `model.providerID` finds its adapter. */
export interface ProvidersService {
  readonly get: (providerID: string) => LanguageModelService | undefined
}

export class Providers extends Context.Tag("@ratchet/llm/Providers")<Providers, ProvidersService>() {
  static readonly fromRecord = (models: Readonly<Record<string, LanguageModelService>>): ProvidersService => ({
    get: (id) => models[id]
  })
}

/**
 * How each wire says a request is over the context window: OpenAI and
 * compatible hosts (`context_length_exceeded`, "maximum context length"),
 * Anthropic ("prompt is too long"), Gemini ("exceeds the maximum number of
 * tokens"), and common phrasings of local servers.
 */
const CONTEXT_OVERFLOW = /context_length_exceeded|maximum context length|context window|prompt is too long|input is too long|exceeds the maximum number of tokens|too many tokens|reduce the length/i

/** Classifies an HTTP status from a provider. */
export const classifyStatus = (status: number, message: string, retryAfter?: string | null): ProviderError => {
  const retryAfterMs = parseRetryAfter(retryAfter)
  const base = { message, status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) }
  if (status === 429) return new ProviderError({ ...base, kind: "rate_limit", retryable: true })
  if (status === 529 || status === 503) return new ProviderError({ ...base, kind: "overloaded", retryable: true })
  if (status === 408) return new ProviderError({ ...base, kind: "timeout", retryable: true })
  if (status >= 500) return new ProviderError({ ...base, kind: "server", retryable: true })
  if (status === 401 || status === 403) return new ProviderError({ ...base, kind: "auth", retryable: false })
  if ((status === 400 || status === 413) && CONTEXT_OVERFLOW.test(message)) return new ProviderError({ ...base, kind: "context_overflow", retryable: false })
  return new ProviderError({ ...base, kind: "bad_request", retryable: false })
}

/** `retry-after` is seconds or an HTTP date. */
export const parseRetryAfter = (value: string | null | undefined): number | undefined => {
  if (value === null || value === undefined || value.trim() === "") return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}
