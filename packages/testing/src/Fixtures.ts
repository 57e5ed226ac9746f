/** Event builders for tests and benchmarks: realistic sessions without a runner. */
import { Events, Ids, type MessageId, type SessionEvent, type SessionId } from "@ratchet/schema"

export const created = (title = "test session", directory = "/tmp/ratchet"): SessionEvent =>
  Events.make("session.created", {
    title,
    agent: "build",
    model: { providerID: "fake", id: "fake-1" },
    location: { directory }
  })

/** One assistant step streaming `deltas` text chunks, then ending with usage. */
export const assistantStep = (
  deltas: ReadonlyArray<string>,
  options: { readonly messageID?: MessageId; readonly textID?: string; readonly cost?: number } = {}
): Array<SessionEvent> => {
  const assistantMessageID = options.messageID ?? Ids.newMessageId()
  const textID = options.textID ?? Ids.newPartId()
  return [
    Events.make("session.next.step.started", {
      assistantMessageID,
      agent: "build",
      model: { providerID: "fake", id: "fake-1" }
    }),
    Events.make("session.next.text.started", { assistantMessageID, textID }),
    ...deltas.map((delta) => Events.make("session.next.text.delta", { assistantMessageID, textID, delta })),
    Events.make("session.next.text.ended", { assistantMessageID, textID, text: deltas.join("") }),
    Events.make("session.next.step.ended", {
      assistantMessageID,
      finish: "stop",
      cost: options.cost ?? 0.001,
      tokens: { input: 10, output: deltas.length, reasoning: 0, cache: { read: 2, write: 1 } }
    })
  ]
}

export const userPrompt = (text: string, messageID: MessageId = Ids.newMessageId()): Array<SessionEvent> => [
  Events.make("session.next.prompt.admitted", { messageID, prompt: { text }, delivery: "queue" }),
  Events.make("session.next.prompted", { messageID, prompt: { text }, delivery: "queue" })
]

/** A tool call announced, then settled. */
export const toolCall = (assistantMessageID: MessageId, tool: string, input: Record<string, string>): Array<SessionEvent> => {
  const callID = Ids.newPartId()
  return [
    Events.make("session.next.tool.input.started", { assistantMessageID, callID, name: tool }),
    Events.make("session.next.tool.input.delta", { assistantMessageID, callID, delta: JSON.stringify(input) }),
    Events.make("session.next.tool.input.ended", { assistantMessageID, callID, text: JSON.stringify(input) }),
    Events.make("session.next.tool.called", { assistantMessageID, callID, tool, input, provider: { executed: false } }),
    Events.make("session.next.tool.success", {
      assistantMessageID,
      callID,
      content: [{ type: "text", text: "ok" }],
      result: { ok: true }
    })
  ]
}

export const newSession = (): SessionId => Ids.newSessionId()
export const newMessageId = (): MessageId => Ids.newMessageId()
