/**
 * The fake provider's encoders: one script model, four wire formats, each
 * as the real API streams it — OpenAI Chat Completions chunks, Anthropic
 * Messages events (named, with content block indexes, signatures and cache
 * usage), OpenAI Responses events (output items, argument and summary
 * deltas, encrypted reasoning) and Gemini `streamGenerateContent` chunks.
 * Each returns whole SSE frames.
 */
import type { Script } from "./FakeProvider.js"

export type Wire = "openai" | "anthropic" | "responses" | "gemini"

const texts = (v: string | ReadonlyArray<string>) => (typeof v === "string" ? [v] : v)
const data = (value: unknown) => `data: ${typeof value === "string" ? value : JSON.stringify(value)}\n\n`
const named = (event: string, value: Record<string, unknown>) => `event: ${event}\ndata: ${JSON.stringify({ type: event, ...value })}\n\n`
const callId = (index: number, given?: string) => given ?? `call_${index}_${Math.random().toString(36).slice(2, 8)}`
const argChunks = (args: unknown, n: number | undefined): Array<string> => {
  const text = JSON.stringify(args)
  const size = Math.ceil(text.length / Math.max(1, n ?? 2))
  const out: Array<string> = []
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size))
  return out
}
const calls = (script: Script) => (script.steps ?? []).some((s) => "toolCall" in s)

/** OpenAI Chat Completions. */
export const openAiFrames = (script: Script, model = "fake-1"): Array<string> => {
  const id = "chatcmpl-fake"
  const frame = (choice: unknown, extra: Record<string, unknown> = {}) =>
    data({ id, object: "chat.completion.chunk", created: 0, model, choices: [choice], ...extra })
  const out: Array<string> = [frame({ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null })]
  let toolIndex = 0
  for (const step of script.steps ?? []) {
    if ("text" in step) for (const t of texts(step.text)) out.push(frame({ index: 0, delta: { content: t }, finish_reason: null }))
    else if ("reasoning" in step) for (const t of texts(step.reasoning)) out.push(frame({ index: 0, delta: { reasoning_content: t }, finish_reason: null }))
    else {
      const index = toolIndex++
      out.push(frame({
        index: 0,
        delta: { tool_calls: [{ index, id: callId(index, step.toolCall.id), type: "function", function: { name: step.toolCall.name, arguments: "" } }] },
        finish_reason: null
      }))
      for (const piece of argChunks(step.toolCall.args, step.toolCall.chunks)) {
        out.push(frame({ index: 0, delta: { tool_calls: [{ index, function: { arguments: piece } }] }, finish_reason: null }))
      }
    }
  }
  out.push(frame({ index: 0, delta: {}, finish_reason: script.finish ?? (calls(script) ? "tool_calls" : "stop") }))
  const u = script.usage ?? {}
  const input = u.input ?? 10
  out.push(data({
    id,
    object: "chat.completion.chunk",
    created: 0,
    model,
    choices: [],
    usage: {
      prompt_tokens: input,
      completion_tokens: u.output ?? out.length,
      total_tokens: input + (u.output ?? out.length),
      prompt_tokens_details: { cached_tokens: u.cached ?? 0 },
      completion_tokens_details: { reasoning_tokens: u.reasoning ?? 0 }
    }
  }))
  out.push(data("[DONE]"))
  return out
}

/** Anthropic Messages: message_start, content blocks (thinking with a signature, text, tool_use with input_json_delta), message_delta, message_stop. */
export const anthropicFrames = (script: Script, model = "fake-1"): Array<string> => {
  const u = script.usage ?? {}
  const out: Array<string> = [named("message_start", {
    message: {
      id: "msg_fake",
      type: "message",
      role: "assistant",
      model,
      content: [],
      stop_reason: null,
      usage: { input_tokens: Math.max(0, (u.input ?? 10) - (u.cached ?? 0) - (u.cacheWrite ?? 0)), output_tokens: 1, cache_read_input_tokens: u.cached ?? 0, cache_creation_input_tokens: u.cacheWrite ?? 0 }
    }
  })]
  let index = 0
  for (const step of script.steps ?? []) {
    const i = index++
    if ("text" in step) {
      out.push(named("content_block_start", { index: i, content_block: { type: "text", text: "" } }))
      for (const t of texts(step.text)) out.push(named("content_block_delta", { index: i, delta: { type: "text_delta", text: t } }))
    } else if ("reasoning" in step) {
      out.push(named("content_block_start", { index: i, content_block: { type: "thinking", thinking: "", signature: "" } }))
      for (const t of texts(step.reasoning)) out.push(named("content_block_delta", { index: i, delta: { type: "thinking_delta", thinking: t } }))
      out.push(named("content_block_delta", { index: i, delta: { type: "signature_delta", signature: step.signature ?? `sig-${i}` } }))
    } else {
      out.push(named("content_block_start", { index: i, content_block: { type: "tool_use", id: callId(i, step.toolCall.id), name: step.toolCall.name, input: {} } }))
      for (const piece of argChunks(step.toolCall.args, step.toolCall.chunks)) {
        out.push(named("content_block_delta", { index: i, delta: { type: "input_json_delta", partial_json: piece } }))
      }
    }
    out.push(named("content_block_stop", { index: i }))
    if (i === 0) out.push(named("ping", {}))
  }
  const stop = { length: "max_tokens", content_filter: "refusal", tool_calls: "tool_use", stop: "end_turn" }[script.finish ?? ""] ??
    (calls(script) ? "tool_use" : "end_turn")
  out.push(named("message_delta", { delta: { stop_reason: stop, stop_sequence: null }, usage: { output_tokens: u.output ?? out.length } }))
  out.push(named("message_stop", {}))
  return out
}

/** OpenAI Responses: output items (reasoning with summaries and encrypted content, message text, function calls), then response.completed. */
export const responsesFrames = (script: Script, model = "fake-1"): Array<string> => {
  const u = script.usage ?? {}
  let seq = 0
  const ev = (type: string, value: Record<string, unknown>) => named(type, { sequence_number: seq++, ...value })
  const out: Array<string> = [ev("response.created", { response: { id: "resp_fake", status: "in_progress", model, output: [] } })]
  let index = 0
  let calledTool = false
  for (const step of script.steps ?? []) {
    const output_index = index++
    if ("text" in step) {
      const item_id = `msg_${output_index}`
      out.push(ev("response.output_item.added", { output_index, item: { type: "message", id: item_id, role: "assistant", status: "in_progress", content: [] } }))
      out.push(ev("response.content_part.added", { item_id, output_index, content_index: 0, part: { type: "output_text", text: "" } }))
      for (const t of texts(step.text)) out.push(ev("response.output_text.delta", { item_id, output_index, content_index: 0, delta: t }))
      const full = texts(step.text).join("")
      out.push(ev("response.output_text.done", { item_id, output_index, content_index: 0, text: full }))
      out.push(ev("response.output_item.done", { output_index, item: { type: "message", id: item_id, role: "assistant", status: "completed", content: [{ type: "output_text", text: full }] } }))
    } else if ("reasoning" in step) {
      const item_id = `rs_${output_index}`
      out.push(ev("response.output_item.added", { output_index, item: { type: "reasoning", id: item_id, summary: [] } }))
      out.push(ev("response.reasoning_summary_part.added", { item_id, output_index, summary_index: 0, part: { type: "summary_text", text: "" } }))
      for (const t of texts(step.reasoning)) out.push(ev("response.reasoning_summary_text.delta", { item_id, output_index, summary_index: 0, delta: t }))
      const full = texts(step.reasoning).join("")
      out.push(ev("response.reasoning_summary_text.done", { item_id, output_index, summary_index: 0, text: full }))
      out.push(ev("response.output_item.done", {
        output_index,
        item: { type: "reasoning", id: item_id, summary: [{ type: "summary_text", text: full }], encrypted_content: step.signature ?? `enc-${output_index}` }
      }))
    } else {
      calledTool = true
      const item_id = `fc_${output_index}`
      const call_id = callId(output_index, step.toolCall.id)
      out.push(ev("response.output_item.added", { output_index, item: { type: "function_call", id: item_id, call_id, name: step.toolCall.name, arguments: "", status: "in_progress" } }))
      for (const piece of argChunks(step.toolCall.args, step.toolCall.chunks)) {
        out.push(ev("response.function_call_arguments.delta", { item_id, output_index, delta: piece }))
      }
      const args = JSON.stringify(step.toolCall.args)
      out.push(ev("response.function_call_arguments.done", { item_id, output_index, arguments: args }))
      out.push(ev("response.output_item.done", { output_index, item: { type: "function_call", id: item_id, call_id, name: step.toolCall.name, arguments: args, status: "completed" } }))
    }
  }
  const input = u.input ?? 10
  const usage = {
    input_tokens: input,
    input_tokens_details: { cached_tokens: u.cached ?? 0 },
    output_tokens: u.output ?? out.length,
    output_tokens_details: { reasoning_tokens: u.reasoning ?? 0 },
    total_tokens: input + (u.output ?? out.length)
  }
  const incomplete = script.finish === "length"
  out.push(ev(incomplete ? "response.incomplete" : "response.completed", {
    response: {
      id: "resp_fake",
      status: incomplete ? "incomplete" : "completed",
      model,
      ...(incomplete ? { incomplete_details: { reason: "max_output_tokens" } } : {}),
      usage,
      output: calledTool ? [{ type: "function_call" }] : [{ type: "message" }]
    }
  }))
  return out
}

/** Gemini: candidates with parts (thought text, text, whole function calls with a thought signature on the first), usage metadata. */
export const geminiFrames = (script: Script, model = "fake-1"): Array<string> => {
  const u = script.usage ?? {}
  const out: Array<string> = []
  const chunk = (parts: ReadonlyArray<Record<string, unknown>>, extra: Record<string, unknown> = {}) =>
    data({ candidates: [{ content: { role: "model", parts }, index: 0, ...extra }], modelVersion: model })
  let signed = false
  for (const step of script.steps ?? []) {
    if ("text" in step) for (const t of texts(step.text)) out.push(chunk([{ text: t }]))
    else if ("reasoning" in step) for (const t of texts(step.reasoning)) out.push(chunk([{ text: t, thought: true }]))
    else {
      out.push(chunk([{ functionCall: { name: step.toolCall.name, args: step.toolCall.args }, ...(signed ? {} : { thoughtSignature: "gsig-0" }) }]))
      signed = true
    }
  }
  const finish = script.finish === "length" ? "MAX_TOKENS" : script.finish === "content_filter" ? "SAFETY" : "STOP"
  out.push(data({
    candidates: [{ content: { role: "model", parts: [{ text: "" }] }, finishReason: finish, index: 0 }],
    usageMetadata: {
      promptTokenCount: u.input ?? 10,
      candidatesTokenCount: Math.max(0, (u.output ?? out.length) - (u.reasoning ?? 0)),
      thoughtsTokenCount: u.reasoning ?? 0,
      cachedContentTokenCount: u.cached ?? 0,
      totalTokenCount: (u.input ?? 10) + (u.output ?? out.length)
    },
    modelVersion: model
  }))
  return out
}

/** A failure reported inside a 200 stream, as each wire reports it. */
export const streamErrorFrame = (wire: Wire, kind: "overloaded" | "server"): string => {
  switch (wire) {
    case "openai":
      // as gateways send it (OpenRouter: the status in `code`)
      return data({ error: { message: `scripted ${kind}`, code: kind === "overloaded" ? 503 : 500 } })
    case "anthropic":
      return named("error", { error: { type: kind === "overloaded" ? "overloaded_error" : "api_error", message: `scripted ${kind}` } })
    case "responses":
      return named("error", { code: kind === "overloaded" ? "server_is_overloaded" : "server_error", message: `scripted ${kind}` })
    case "gemini":
      return data({ error: { code: kind === "overloaded" ? 503 : 500, message: `scripted ${kind}`, status: kind === "overloaded" ? "UNAVAILABLE" : "INTERNAL" } })
  }
}

export const frames = (wire: Wire, script: Script, model?: string): Array<string> => {
  switch (wire) {
    case "openai":
      return openAiFrames(script, model)
    case "anthropic":
      return anthropicFrames(script, model)
    case "responses":
      return responsesFrames(script, model)
    case "gemini":
      return geminiFrames(script, model)
  }
}

/** The wire a request path speaks, or undefined for a path no provider serves. */
export const wireOf = (path: string): Wire | undefined =>
  path.endsWith("/chat/completions") ? "openai"
  : path.endsWith("/messages") ? "anthropic"
  : path.endsWith("/responses") ? "responses"
  : /\/models\/[^/]+:streamGenerateContent(\?|$)/.test(path) ? "gemini"
  : undefined

const textOf = (content: unknown): string =>
  typeof content === "string" ? content
  : Array.isArray(content) ? content.map((c: Record<string, unknown>) => (typeof c["text"] === "string" ? c["text"] : "")).join("")
  : ""

/** The last user text of a request, in any wire (what the echo script answers). */
export const lastUserText = (wire: Wire, body: Record<string, unknown>): string => {
  if (wire === "gemini") {
    const contents = (body["contents"] ?? []) as ReadonlyArray<{ role: string; parts: ReadonlyArray<Record<string, unknown>> }>
    const user = contents.filter((c) => c.role === "user" && c.parts.some((p) => typeof p["text"] === "string")).at(-1)
    return user === undefined ? "" : textOf(user.parts)
  }
  const list = (wire === "responses" ? body["input"] : body["messages"]) ?? []
  const users = (list as ReadonlyArray<{ role?: string; content?: unknown }>).filter((m) => m.role === "user" && textOf(m.content) !== "")
  return textOf(users.at(-1)?.content)
}
