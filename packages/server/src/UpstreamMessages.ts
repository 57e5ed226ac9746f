/**
 * The transcript in opencode's v2 `SessionMessage` shapes: a user message
 * carries its `text`, an assistant message its `content` (text, reasoning and
 * tool items with upstream's tool `state`). Ratchet adds `sessionID` and
 * `seq` (the log sequence the message started at, which the message cursors
 * page by).
 */
import type { MessageInfo, PartInfo } from "@ratchet/schema"

type Json = Record<string, unknown>

const opt = <K extends string>(key: K, value: unknown): Json => (value === undefined || value === null ? {} : { [key]: value })

const time = (t: { readonly created: number; readonly completed?: number | undefined }) => ({
  created: t.created,
  ...opt("completed", t.completed)
})

const toolState = (p: PartInfo): Json => {
  const input = (p.input ?? {}) as Json
  const output = (p.output ?? {}) as { content?: unknown; structured?: unknown; result?: unknown; outputPaths?: unknown }
  switch (p.status) {
    case "pending":
      return { status: "pending", input: p.text }
    case "running":
      return { status: "running", input, structured: {}, content: [] }
    case "completed":
      return {
        status: "completed",
        input,
        content: output.content ?? [],
        structured: output.structured ?? {},
        ...opt("outputPaths", output.outputPaths),
        ...opt("result", output.result)
      }
    default:
      return {
        status: "error",
        input,
        content: output.content ?? [],
        structured: output.structured ?? {},
        error: { type: "unknown", message: p.error?.message ?? "the tool failed" }
      }
  }
}

const contentItem = (p: PartInfo): Json | undefined => {
  switch (p.type) {
    case "text":
      return { type: "text", id: p.id, text: p.text }
    case "reasoning":
      return { type: "reasoning", id: p.id, text: p.text, time: time(p.time), ...opt("providerMetadata", p.metadata) }
    case "tool":
      return { type: "tool", id: p.id, name: p.tool ?? "unknown", state: toolState(p), time: time(p.time) }
    default:
      return undefined
  }
}

export const toUpstream = (m: MessageInfo): Json => {
  const info = (m.info ?? {}) as Json
  const base = { id: m.id, sessionID: m.sessionID, seq: m.seq, type: m.type }
  switch (m.type) {
    case "user":
      return {
        ...base,
        time: { created: m.time.created },
        text: info.text ?? "",
        ...opt("files", info.files),
        ...opt("agents", info.agents)
      }
    case "assistant":
      return {
        ...base,
        time: time(m.time),
        agent: info.agent,
        model: info.model,
        content: m.parts.flatMap((p) => contentItem(p) ?? []),
        ...opt("finish", m.finish),
        ...opt("cost", m.cost),
        ...opt("tokens", m.tokens),
        ...(m.error === undefined ? {} : { error: { type: "unknown", message: m.error.message } })
      }
    default:
      // synthetic, shell, compaction, agent/model switches: their recorded fields, upstream's envelope
      return { ...info, ...base, time: time(m.time), ...(m.parts.length === 0 ? {} : { text: m.parts.map((p) => p.text).join("") }) }
  }
}
