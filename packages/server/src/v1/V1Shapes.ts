/**
 * The read models in opencode's v1 shapes: `Session`, `UserMessage` /
 * `AssistantMessage` with their parts (text, reasoning, tool with
 * `pending|running|completed|error` state, step-start / step-finish),
 * permission and question requests. Mappings only: the projections are the
 * one source of truth for v1 and v2 alike.
 */
import type { MessageInfo, PartInfo, PermissionRequestInfo, QuestionRequestInfo, SessionInfo, Todo } from "@ratchet/schema"
import { PROJECT_ID } from "../ServerConfig.js"

type Json = Record<string, unknown>

const opt = (key: string, value: unknown): Json => (value === undefined || value === null ? {} : { [key]: value })

/** Upstream's slug is a name for humans; Ratchet derives a stable one from the id. */
const slug = (id: string) => id.slice(-8).toLowerCase()

export const session = (s: SessionInfo, version: string): Json => ({
  id: s.id,
  slug: slug(s.id),
  projectID: PROJECT_ID,
  directory: s.location.directory,
  ...opt("parentID", s.parentID),
  title: s.title,
  agent: s.agent,
  ...opt("model", s.model === undefined ? undefined : { id: s.model.id, providerID: s.model.providerID }),
  version,
  cost: s.cost,
  tokens: s.tokens,
  ...opt("permission", s.permission),
  ...opt("revert", s.revert === undefined ? undefined : { messageID: s.revert.messageID, ...opt("snapshot", s.revert.snapshot) }),
  time: { created: s.time.created, updated: s.time.updated, ...opt("archived", s.time.archived) }
})

export const status = (s: SessionInfo): Json => ({ type: s.status === "busy" ? "busy" : "idle" })

const toolOutput = (p: PartInfo): string => {
  const output = p.output as { content?: ReadonlyArray<{ type: string; text?: string }> } | undefined
  return (output?.content ?? []).flatMap((c) => (c.type === "text" && c.text !== undefined ? [c.text] : [])).join("\n")
}

const toolState = (p: PartInfo): Json => {
  const input = (p.input ?? {}) as Json
  const time = { start: p.time.created, ...opt("end", p.time.completed) }
  switch (p.status) {
    case "pending":
      return { status: "pending", input: {}, raw: p.text }
    case "running":
      return { status: "running", input, time }
    case "completed":
      return { status: "completed", input, output: toolOutput(p), title: p.tool ?? "", metadata: (p.metadata ?? {}) as Json, time: { ...time, end: p.time.completed ?? p.time.updated } }
    default:
      return { status: "error", input, error: p.error?.message ?? "the tool failed", time: { ...time, end: p.time.completed ?? p.time.updated } }
  }
}

export const part = (sessionID: string, messageID: string, p: PartInfo): Json | undefined => {
  const base = { id: p.id, sessionID, messageID }
  switch (p.type) {
    case "text":
      return { ...base, type: "text", text: p.text, time: { start: p.time.created, ...opt("end", p.time.completed) } }
    case "reasoning":
      return { ...base, type: "reasoning", text: p.text, time: { start: p.time.created, ...opt("end", p.time.completed) }, ...opt("metadata", p.metadata) }
    case "tool":
      return { ...base, type: "tool", callID: p.id, tool: p.tool ?? "unknown", state: toolState(p) }
    case "compaction":
      return { ...base, type: "compaction", auto: true }
    default:
      return undefined
  }
}

const userText = (m: MessageInfo): string => {
  const info = m.info as { text?: unknown } | null
  return typeof info?.text === "string" ? info.text : m.parts.map((p) => p.text).join("")
}

/** The user message a turn answers: the last user message before it. */
export const parentOf = (messages: ReadonlyArray<MessageInfo>, index: number): string => {
  for (let i = index - 1; i >= 0; i--) if (messages[i]!.type === "user") return messages[i]!.id
  return ""
}

const tokens = (m: MessageInfo) => {
  const t = m.tokens ?? { input: 0, output: 0, reasoning: 0, cache: { read: 0, write: 0 } }
  return { total: t.input + t.output + t.cache.read + t.cache.write, ...t }
}

/** One message as upstream's `{ info, parts }`. */
/**
 * One message as upstream's `{ info, parts }`. A prompt records no model
 * (the session's runs it), so `model` is the one it ran under: the
 * session's, given by the caller.
 */
export const message = (
  m: MessageInfo,
  parentID: string,
  directory: string,
  sessionModel?: { readonly providerID: string; readonly id: string }
): { readonly info: Json; readonly parts: Array<Json> } => {
  const info = (m.info ?? {}) as { agent?: string; model?: { providerID?: string; id?: string } }
  const model = info.model ?? sessionModel ?? {}
  if (m.type !== "assistant") {
    // no `time` on a prompt's text, as upstream: clients print only the assistant's finished texts
    const textPart = { id: `${m.id}-text`, sessionID: m.sessionID, messageID: m.id, type: "text", text: userText(m) }
    return {
      info: { id: m.id, sessionID: m.sessionID, role: "user", time: { created: m.time.created }, agent: info.agent ?? "build", model: { providerID: model.providerID ?? "", modelID: model.id ?? "" } },
      parts: [textPart]
    }
  }
  const stepStart = { id: `${m.id}-start`, sessionID: m.sessionID, messageID: m.id, type: "step-start" }
  const finished = m.time.completed !== undefined && m.error === undefined
  const stepFinish = { id: `${m.id}-finish`, sessionID: m.sessionID, messageID: m.id, type: "step-finish", reason: m.finish ?? "stop", cost: m.cost ?? 0, tokens: tokens(m) }
  return {
    info: {
      id: m.id,
      sessionID: m.sessionID,
      role: "assistant",
      time: { created: m.time.created, ...opt("completed", m.time.completed) },
      parentID,
      modelID: model.id ?? "",
      providerID: model.providerID ?? "",
      mode: info.agent ?? "build",
      agent: info.agent ?? "build",
      path: { cwd: directory, root: directory },
      cost: m.cost ?? 0,
      tokens: tokens(m),
      ...opt("finish", m.finish),
      ...opt("error", m.error === undefined ? undefined : { name: "UnknownError", data: { message: m.error.message } })
    },
    parts: [stepStart, ...m.parts.flatMap((p): Array<Json> => {
      const v1 = part(m.sessionID, m.id, p)
      return v1 === undefined ? [] : [v1]
    }), ...(finished ? [stepFinish] : [])]
  }
}

/** The messages a v1 client lists: users' and assistants' (switches and other markers are v2's). */
export const messages = (list: ReadonlyArray<MessageInfo>, directory: string, sessionModel?: { readonly providerID: string; readonly id: string }) =>
  list.flatMap((m, i) => (m.type === "user" || m.type === "assistant" ? [message(m, parentOf(list, i), directory, sessionModel)] : []))

export const permission = (r: PermissionRequestInfo): Json => ({
  id: r.id,
  sessionID: r.sessionID,
  permission: r.permission,
  patterns: r.patterns,
  metadata: r.metadata ?? {},
  always: r.always,
  ...(r.messageID === undefined || r.callID === undefined ? {} : { tool: { messageID: r.messageID, callID: r.callID } })
})

export const question = (r: QuestionRequestInfo): Json => ({
  id: r.id,
  sessionID: r.sessionID,
  questions: r.questions.map((q) => ({
    question: q.question,
    header: q.header ?? "",
    options: (q.options ?? []).map((o) => ({ label: o.label, description: o.description ?? "" })),
    ...opt("multiple", q.multiple),
    ...opt("custom", q.custom)
  })),
  ...(r.messageID === undefined || r.callID === undefined ? {} : { tool: { messageID: r.messageID, callID: r.callID } })
})

export const todo = (t: Todo): Json => ({ ...t })
