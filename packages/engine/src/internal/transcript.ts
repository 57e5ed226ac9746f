/**
 * The transcript as provider messages: exactly what the model is shown.
 * After a compaction, that is its summary and what came after it; old tool
 * outputs past a budget are pruned to a note (the log keeps them whole).
 */
import type { Message, ProviderMetadata, ToolCall } from "@ratchet/llm"
import type { MessageInfo, PartInfo } from "@ratchet/schema"

const textOf = (info: unknown): string =>
  typeof info === "object" && info !== null && "text" in info ? String((info as { text: unknown }).text) : ""

const isMetadata = (value: unknown): value is ProviderMetadata =>
  typeof value === "object" && value !== null && !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === "object" && v !== null && !Array.isArray(v))

const toolResult = (part: PartInfo): { readonly output: string; readonly isError: boolean } => {
  if (part.status === "completed") {
    const out = part.output as { content?: ReadonlyArray<{ type: string; text?: string }> } | undefined
    const text = (out?.content ?? []).flatMap((c) => (c.type === "text" && c.text !== undefined ? [c.text] : [])).join("\n")
    return { output: text, isError: false }
  }
  if (part.status === "error") return { output: `error: ${part.error?.message ?? "the tool failed"}`, isError: true }
  return { output: "error: the tool did not complete", isError: true }
}

/** Tool output the model keeps seeing in full, newest first; older outputs become a note. */
export const PRUNE_KEEP_CHARS = 160_000
/** The newest outputs are never pruned, however large (the model is working with them). */
const PRUNE_PROTECT_LAST = 3

const summaryOf = (m: MessageInfo): string | undefined => {
  const part = m.parts.find((p) => p.type === "compaction")
  // an abandoned or unfinished compaction (no text, or never ended) is no boundary
  if (part === undefined || part.time.completed === undefined || part.text === "") return undefined
  const recent = (part.metadata as { recent?: unknown } | undefined)?.recent
  return typeof recent === "string" && recent !== "" ? `${part.text}\n\n${RECENT_PREFIX}\n\n${recent}` : part.text
}

export const RECENT_PREFIX = "The request being worked on when the session was compacted:"

/** The last finished compaction's summary, and the messages after it (all of them when there is none). */
export const afterCompaction = (transcript: ReadonlyArray<MessageInfo>): { readonly summary?: string; readonly messages: ReadonlyArray<MessageInfo> } => {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const m = transcript[i]!
    if (m.type !== "compaction") continue
    const summary = summaryOf(m)
    if (summary !== undefined) return { summary, messages: transcript.slice(i + 1) }
  }
  return { messages: transcript }
}

export const SUMMARY_PREFIX = "This session was compacted. Summary of the conversation before this point:"

export const toMessages = (transcript: ReadonlyArray<MessageInfo>, options: { readonly pruneKeepChars?: number } = {}): Array<Message> => {
  const { summary, messages } = afterCompaction(transcript)
  const out: Array<Message> = summary === undefined ? [] : [{ role: "user", text: `${SUMMARY_PREFIX}\n\n${summary}` }]
  for (const m of messages) {
    switch (m.type) {
      case "user":
      case "synthetic": {
        // attachments as references (`attachment:sha256:…`); the runner loads them (`attachments.ts`)
        const files = (m.info as { files?: ReadonlyArray<{ uri?: unknown; mime?: unknown; name?: unknown }> } | null)?.files ?? []
        const media = files.flatMap((f) =>
          typeof f.uri === "string" && typeof f.mime === "string" ? [{ mime: f.mime, data: f.uri, ...(typeof f.name === "string" ? { name: f.name } : {}) }] : [])
        out.push(media.length === 0 ? { role: "user", text: textOf(m.info) } : { role: "user", text: textOf(m.info), media })
        break
      }
      case "assistant": {
        // a failed turn (error, interrupted) is not shown to the model again
        if (m.error !== undefined) break
        const text = m.parts.filter((p) => p.type === "text").map((p) => p.text).join("")
        const tools = m.parts.filter((p) => p.type === "tool")
        const toolCalls: Array<ToolCall> = tools.map((p) => ({
          id: p.id,
          name: p.tool ?? "unknown",
          input: p.input === undefined ? (p.text === "" ? "{}" : p.text) : JSON.stringify(p.input)
        }))
        // reasoning goes back with its provider data (signatures, encrypted reasoning); adapters keep their own
        const reasoning = m.parts.filter((p) => p.type === "reasoning" && p.time.completed !== undefined).map((p) =>
          isMetadata(p.metadata) ? { text: p.text, metadata: p.metadata } : { text: p.text })
        if (text === "" && toolCalls.length === 0) break
        out.push(reasoning.length === 0 ? { role: "assistant", text, toolCalls } : { role: "assistant", text, toolCalls, reasoning })
        for (const p of tools) out.push({ role: "tool", callId: p.id, name: p.tool ?? "unknown", ...toolResult(p) })
        break
      }
      default:
        break
    }
  }
  return prune(out, options.pruneKeepChars ?? PRUNE_KEEP_CHARS)
}

/** Replaces tool outputs older than the newest `keep` characters of them with a note. */
const prune = (messages: Array<Message>, keep: number): Array<Message> => {
  let seen = 0
  let results = 0
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!
    if (m.role !== "tool") continue
    results++
    seen += m.output.length
    if (results <= PRUNE_PROTECT_LAST || seen <= keep) continue
    messages[i] = { ...m, output: `[output pruned from the model's view: ${m.output.length} characters; it is in the session's history]` }
  }
  return messages
}
