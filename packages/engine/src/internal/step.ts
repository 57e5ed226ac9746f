/** One provider turn's state while it streams: open parts, tool calls, and the events each part becomes. */
import type { Part, ProviderMetadata } from "@ratchet/llm"
import { type ErrorInfo, Events, Ids, type MessageId, type MessageInfo, type SessionEvent } from "@ratchet/schema"

export interface Call {
  readonly callId: string
  readonly name: string
  readonly input: string
  /** `tool.called` is in the log already (a call resumed after a restart). */
  readonly announced?: boolean
  /** The call belongs to a step resumed after a restart: a permission it asked before decides it. */
  readonly resumed?: boolean
}

/** What a step has open, so an interrupt or failure can close it in the log. */
export class StepState {
  readonly texts = new Map<string, { readonly id: string; readonly kind: "text" | "reasoning"; text: string; metadata?: ProviderMetadata }>()
  readonly inputs = new Map<string, { readonly callId: string; readonly name: string; text: string }>()
  readonly calls: Array<Call> = []
  /** Calls whose result (or failure) is in the log. */
  readonly settled = new Set<string>()
  finish: Extract<Part, { _tag: "Finish" }> | undefined
  /** `step.ended` or `step.failed` is queued for the log: an interrupt must not close the step again. */
  closed = false
  constructor(readonly assistantMessageID: MessageId) {}

  /** Events that end every open text/reasoning part with the text so far. */
  closeTexts(): Array<SessionEvent> {
    const out: Array<SessionEvent> = []
    for (const t of this.texts.values()) {
      out.push(
        t.kind === "text"
          ? Events.make("session.next.text.ended", { assistantMessageID: this.assistantMessageID, textID: t.id, text: t.text })
          : Events.make("session.next.reasoning.ended", {
            assistantMessageID: this.assistantMessageID,
            reasoningID: t.id,
            text: t.text,
            ...(t.metadata === undefined ? {} : { providerMetadata: t.metadata })
          })
      )
    }
    this.texts.clear()
    return out
  }

  /** Every call started in this step that has no result yet. */
  unsettled(): Array<string> {
    const ids = new Set([...[...this.inputs.values()].map((i) => i.callId), ...this.calls.map((c) => c.callId)])
    return [...ids].filter((id) => !this.settled.has(id))
  }

  /** The events for one streamed part (deltas included: they are durable). */
  onPart(part: Part, events: Array<SessionEvent>): void {
    const m = this.assistantMessageID
    switch (part._tag) {
      case "TextDelta":
      case "ReasoningDelta": {
        const kind = part._tag === "TextDelta" ? "text" : "reasoning"
        const key = `${kind}:${part.id}`
        let open = this.texts.get(key)
        if (open === undefined) {
          open = { id: Ids.newPartId(), kind, text: "" }
          this.texts.set(key, open)
          events.push(kind === "text"
            ? Events.make("session.next.text.started", { assistantMessageID: m, textID: open.id })
            : Events.make("session.next.reasoning.started", { assistantMessageID: m, reasoningID: open.id }))
        }
        open.text += part.delta
        events.push(kind === "text"
          ? Events.make("session.next.text.delta", { assistantMessageID: m, textID: open.id, delta: part.delta })
          : Events.make("session.next.reasoning.delta", { assistantMessageID: m, reasoningID: open.id, delta: part.delta }))
        return
      }
      case "ReasoningMetadata": {
        // a signature may come alone (Gemini's on a function call): it still needs a part to live in
        const key = `reasoning:${part.id}`
        let open = this.texts.get(key)
        if (open === undefined) {
          open = { id: Ids.newPartId(), kind: "reasoning", text: "" }
          this.texts.set(key, open)
          events.push(Events.make("session.next.reasoning.started", { assistantMessageID: m, reasoningID: open.id }))
        }
        open.metadata = { ...open.metadata, ...part.metadata }
        return
      }
      case "ToolInputStart": {
        const callId = Ids.newPartId()
        this.inputs.set(part.id, { callId, name: part.name, text: "" })
        events.push(Events.make("session.next.tool.input.started", { assistantMessageID: m, callID: callId, name: part.name }))
        return
      }
      case "ToolInputDelta": {
        const input = this.inputs.get(part.id)
        if (input === undefined) return
        input.text += part.delta
        events.push(Events.make("session.next.tool.input.delta", { assistantMessageID: m, callID: input.callId, delta: part.delta }))
        return
      }
      case "ToolCall": {
        let input = this.inputs.get(part.call.id)
        if (input === undefined) {
          // a call that arrived whole, without streamed input: its part starts here
          input = { callId: Ids.newPartId(), name: part.call.name, text: part.call.input }
          this.inputs.set(part.call.id, input)
          events.push(Events.make("session.next.tool.input.started", { assistantMessageID: m, callID: input.callId, name: part.call.name }))
        }
        this.calls.push({ callId: input.callId, name: part.call.name, input: part.call.input })
        return
      }
      case "Finish":
        this.finish = part
        return
    }
  }
}

/**
 * Adjacent deltas of one part become one event: the parts of one provider
 * read arrive together, so a client sees the same text at the same moment,
 * and the log holds one event per read and part instead of one per token.
 * Under load a read carries more tokens, so this is where per-event costs
 * (validation, the insert, encoding, a frame per stream) fall away: at 0 ms
 * spacing a read carried ~28 chunks (docs/performance.md). Order is kept:
 * only neighbours merge.
 */
export const coalesceDeltas = (events: Array<SessionEvent>): Array<SessionEvent> => {
  if (events.length < 2) return events
  const out: Array<SessionEvent> = []
  for (const event of events) {
    const last = out[out.length - 1]
    const merged = last === undefined ? undefined : mergeDeltas(last, event)
    if (merged === undefined) out.push(event)
    else out[out.length - 1] = merged
  }
  return out
}

const mergeDeltas = (a: SessionEvent, b: SessionEvent): SessionEvent | undefined => {
  if (a.type !== b.type) return undefined
  switch (a.type) {
    case "session.next.text.delta": {
      const next = b as typeof a
      return a.data.textID === next.data.textID && a.data.assistantMessageID === next.data.assistantMessageID
        ? Events.make(a.type, { ...a.data, delta: a.data.delta + next.data.delta })
        : undefined
    }
    case "session.next.reasoning.delta": {
      const next = b as typeof a
      return a.data.reasoningID === next.data.reasoningID && a.data.assistantMessageID === next.data.assistantMessageID
        ? Events.make(a.type, { ...a.data, delta: a.data.delta + next.data.delta })
        : undefined
    }
    case "session.next.tool.input.delta": {
      const next = b as typeof a
      return a.data.callID === next.data.callID && a.data.assistantMessageID === next.data.assistantMessageID
        ? Events.make(a.type, { ...a.data, delta: a.data.delta + next.data.delta })
        : undefined
    }
    default:
      return undefined
  }
}

/**
 * The events that close what a stopped process left open in one assistant
 * message: text and reasoning ended with what was committed, tool calls
 * still pending or running failed with `error`, and the step failed if it
 * never ended. Empty for a message that is already closed.
 */
export const closingEvents = (message: MessageInfo, error: ErrorInfo): Array<SessionEvent> => {
  const events: Array<SessionEvent> = []
  const id = message.id as MessageId
  for (const p of message.parts) {
    if ((p.type === "text" || p.type === "reasoning") && p.time.completed === undefined) {
      events.push(p.type === "text"
        ? Events.make("session.next.text.ended", { assistantMessageID: id, textID: p.id, text: p.text })
        : Events.make("session.next.reasoning.ended", { assistantMessageID: id, reasoningID: p.id, text: p.text }))
    }
    if (p.type === "tool" && (p.status === "pending" || p.status === "running")) {
      events.push(Events.make("session.next.tool.failed", { assistantMessageID: id, callID: p.id, error }))
    }
  }
  if (message.time.completed === undefined && message.error === undefined) {
    events.push(Events.make("session.next.step.failed", { assistantMessageID: id, error }))
  }
  return events
}

/** An error as the log records it; `retryable` only when it was said. */
export const errorInfo = (type: string, message: string, retryable?: boolean): ErrorInfo =>
  retryable === undefined ? { type, message } : { type, message, retryable }
