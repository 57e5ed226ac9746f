/** The transcript as provider messages: exactly what the model is shown. */
import type { Message, ToolCall } from "@ratchet/llm"
import type { MessageInfo, PartInfo } from "@ratchet/schema"

const textOf = (info: unknown): string =>
  typeof info === "object" && info !== null && "text" in info ? String((info as { text: unknown }).text) : ""

const toolResult = (part: PartInfo): { readonly output: string; readonly isError: boolean } => {
  if (part.status === "completed") {
    const out = part.output as { content?: ReadonlyArray<{ type: string; text?: string }> } | undefined
    const text = (out?.content ?? []).flatMap((c) => (c.type === "text" && c.text !== undefined ? [c.text] : [])).join("\n")
    return { output: text, isError: false }
  }
  if (part.status === "error") return { output: `error: ${part.error?.message ?? "the tool failed"}`, isError: true }
  return { output: "error: the tool did not complete", isError: true }
}

export const toMessages = (transcript: ReadonlyArray<MessageInfo>): Array<Message> => {
  const out: Array<Message> = []
  for (const m of transcript) {
    switch (m.type) {
      case "user":
      case "synthetic":
        out.push({ role: "user", text: textOf(m.info) })
        break
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
        if (text === "" && toolCalls.length === 0) break
        out.push({ role: "assistant", text, toolCalls })
        for (const p of tools) out.push({ role: "tool", callId: p.id, name: p.tool ?? "unknown", ...toolResult(p) })
        break
      }
      default:
        break
    }
  }
  return out
}
