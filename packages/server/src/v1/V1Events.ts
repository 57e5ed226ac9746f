/**
 * The log as opencode's v1 events (`{ id, type, properties }`): what its
 * TUI and `opencode run` follow. Each durable event becomes the v1 events
 * it stands for — `message.updated`, `message.part.updated` (and
 * `message.part.delta` for streamed text), `session.status` / `session.idle`
 * / `session.error`, `permission.*`, `question.*`, `todo.updated`,
 * `session.updated` — with the read models looked up where v1 wants a whole
 * object. Every frame's `id:` is the durable event's global cursor, so a
 * client that reconnects with `Last-Event-ID` misses nothing (upstream's
 * v1 stream has no ids).
 */
import { Cursor, type QuestionRequestInfo, type SessionId } from "@ratchet/schema"
import type { SessionQueries, WireEvent } from "@ratchet/store"
import { Effect, Option } from "effect"
import * as V1Shapes from "./V1Shapes.js"

type Json = Record<string, unknown>

interface Envelope {
  readonly id: string
  readonly type: string
  readonly data: Json & { readonly sessionID: string; readonly timestamp: number }
}

/**
 * `/event` sends the event itself; `/global/event` wraps it with the
 * directory it belongs to (`{ directory, payload }`), as upstream's do.
 */
export type Envelope_ = "instance" | "global"

const payload = (id: string, type: string, properties: Json) => ({ id: `evt_${type.replaceAll(".", "_")}_${id}`, type, properties })

export const frame = (envelope: Envelope_, directory: string, id: string, type: string, properties: Json) =>
  `id: ${id}\ndata: ${JSON.stringify(envelope === "instance" ? payload(id, type, properties) : { directory, payload: payload(id, type, properties) })}\n\n`

/** A live-only event (the TUI's): no `id:`, so a reconnect's cursor is not moved by it. */
export const liveFrame = (envelope: Envelope_, directory: string, type: string, properties: Json) =>
  `data: ${JSON.stringify(envelope === "instance" ? payload("live", type, properties) : { directory, payload: payload("live", type, properties) })}\n\n`

export const connected = (envelope: Envelope_, directory: string) =>
  `retry: 1000\ndata: ${JSON.stringify(envelope === "instance"
    ? { id: "evt_server_connected", type: "server.connected", properties: {} }
    : { directory, payload: { id: "evt_server_connected", type: "server.connected", properties: {} } })}\n\n`

/** Session-level changes v1 shows as `session.updated`. */
const SESSION_CHANGES = new Set([
  "session.created",
  "session.updated",
  "session.next.agent.switched",
  "session.next.model.switched",
  "session.next.revert.staged",
  "session.next.revert.cleared",
  "session.next.revert.committed"
])

const PART_CHANGES = new Set([
  "session.next.text.ended",
  "session.next.reasoning.ended",
  "session.next.tool.input.started",
  "session.next.tool.called",
  "session.next.tool.progress",
  "session.next.tool.success",
  "session.next.tool.failed"
])

export const makeEncoder = (
  queries: SessionQueries.SessionQueriesService,
  version: string,
  envelope: Envelope_,
  fallbackDirectory: string,
  defaultModel?: { readonly providerID: string; readonly id: string }
) => {
  const sessionOf = (id: SessionId) => Effect.map(queries.session(id), Option.getOrUndefined)
  // a session's directory never changes: looked up once per stream (bounded, for a long-lived stream)
  const directories = new Map<string, string>()
  const directoryOf = (id: SessionId) =>
    directories.has(id) ? Effect.succeed(directories.get(id)!) : Effect.map(sessionOf(id), (s) => {
      const directory = s?.location.directory ?? fallbackDirectory
      if (directories.size > 10_000) directories.clear()
      directories.set(id, directory)
      return directory
    })
  /**
   * The user message each assistant message answers, learnt from the stream
   * (the last prompt before its step started); only a message whose prompt
   * came before the stream's cursor costs a read of the session's messages.
   */
  const lastPrompt = new Map<string, string>()
  const parents = new Map<string, string>()
  const remember = (map: Map<string, string>, key: string, value: string) => {
    if (map.size > 10_000) map.clear()
    map.set(key, value)
  }
  const parentOf = (sessionID: SessionId, messageID: string) =>
    parents.has(messageID) ? Effect.succeed(parents.get(messageID)!) : Effect.map(queries.messages(sessionID), (list) => {
      const index = list.findIndex((m) => m.id === messageID)
      const parent = index === -1 ? "" : V1Shapes.parentOf(list, index)
      remember(parents, messageID, parent)
      return parent
    })
  /** A message with what v1 puts beside it: the user message it answers and the session's directory. */
  const messageOf = (sessionID: SessionId, messageID: string) =>
    Effect.gen(function*() {
      const found = yield* queries.message(sessionID, messageID)
      if (Option.isNone(found)) return undefined
      const session = yield* sessionOf(sessionID)
      const parent = found.value.type === "assistant" ? yield* parentOf(sessionID, messageID) : ""
      return V1Shapes.message(found.value, parent, session?.location.directory ?? "", session?.model ?? defaultModel)
    })

  const partOf = (m: { readonly parts: ReadonlyArray<Json> } | undefined, partID: string) => m?.parts.find((p) => p["id"] === partID)

  const one = (cursor: string, e: Envelope): Effect.Effect<string> =>
    Effect.gen(function*() {
      const d = e.data
      const sessionID = d.sessionID as SessionId
      const out: Array<string> = []
      const directory = yield* directoryOf(sessionID)
      const emit = (type: string, properties: Json) => out.push(frame(envelope, directory, cursor, type, properties))
      const emitSession = (type: string) =>
        Effect.map(sessionOf(sessionID), (s) => {
          if (s !== undefined) emit(type, { sessionID, info: V1Shapes.session(s, version) })
        })
      const emitMessage = (messageID: string, withParts: boolean) =>
        Effect.map(messageOf(sessionID, messageID), (m) => {
          if (m === undefined) return
          emit("message.updated", { sessionID, info: m.info })
          if (withParts) for (const part of m.parts) emit("message.part.updated", { sessionID, part, time: d.timestamp })
        })
      if (SESSION_CHANGES.has(e.type)) {
        if (e.type === "session.created") yield* emitSession("session.created")
        yield* emitSession("session.updated")
      }
      switch (e.type) {
        case "session.deleted":
          emit("session.deleted", { sessionID, info: { id: sessionID } })
          break
        case "session.next.prompted":
          remember(lastPrompt, sessionID, String(d["messageID"]))
          yield* emitMessage(String(d["messageID"]), true)
          break
        case "session.next.step.started": {
          emit("session.status", { sessionID, status: { type: "busy" } })
          const messageID = String(d["assistantMessageID"])
          const prompt = lastPrompt.get(sessionID)
          if (prompt !== undefined) remember(parents, messageID, prompt)
          yield* emitMessage(messageID, false)
          emit("message.part.updated", { sessionID, part: { id: `${messageID}-start`, sessionID, messageID, type: "step-start" }, time: d.timestamp })
          break
        }
        case "session.next.text.started":
        case "session.next.reasoning.started": {
          const kind = e.type === "session.next.text.started" ? "text" : "reasoning"
          const id = String(d[kind === "text" ? "textID" : "reasoningID"])
          emit("message.part.updated", {
            sessionID,
            part: { id, sessionID, messageID: d["assistantMessageID"], type: kind, text: "", time: { start: d.timestamp } },
            time: d.timestamp
          })
          break
        }
        case "session.next.text.delta":
        case "session.next.reasoning.delta":
          emit("message.part.delta", {
            sessionID,
            messageID: d["assistantMessageID"],
            partID: d[e.type === "session.next.text.delta" ? "textID" : "reasoningID"],
            field: "text",
            delta: d["delta"]
          })
          break
        case "session.next.step.ended":
        case "session.next.step.failed": {
          const messageID = String(d["assistantMessageID"])
          const m = yield* messageOf(sessionID, messageID)
          if (m === undefined) break
          const finish = partOf(m, `${messageID}-finish`)
          if (finish !== undefined) emit("message.part.updated", { sessionID, part: finish, time: d.timestamp })
          emit("message.updated", { sessionID, info: m.info })
          if (e.type === "session.next.step.failed") emit("session.error", { sessionID, error: m.info["error"] ?? { name: "UnknownError", data: { message: "the turn failed" } } })
          break
        }
        case "session.next.activity.ended":
          emit("session.status", { sessionID, status: { type: "idle" } })
          emit("session.idle", { sessionID })
          break
        case "session.next.retried":
          emit("session.status", { sessionID, status: { type: "retry", attempt: d["attempt"], message: (d["error"] as Json | undefined)?.["message"] ?? "", next: d.timestamp + Number(d["delayMs"] ?? 0) } })
          break
        case "session.next.permission.asked":
          emit("permission.asked", {
            id: d["requestID"],
            sessionID,
            permission: d["permission"],
            patterns: d["patterns"],
            metadata: d["metadata"] ?? {},
            always: d["always"] ?? [],
            ...(d["messageID"] === undefined || d["callID"] === undefined ? {} : { tool: { messageID: d["messageID"], callID: d["callID"] } })
          })
          break
        case "session.next.permission.replied":
          emit("permission.replied", { sessionID, requestID: d["requestID"], reply: d["reply"] })
          break
        case "session.next.question.asked":
          emit("question.asked", V1Shapes.question({
            id: String(d["requestID"]),
            sessionID,
            questions: d["questions"] as QuestionRequestInfo["questions"],
            state: "pending",
            time: { created: d.timestamp },
            ...(d["messageID"] === undefined ? {} : { messageID: String(d["messageID"]) }),
            ...(d["callID"] === undefined ? {} : { callID: String(d["callID"]) })
          }))
          break
        case "session.next.question.replied":
          emit("question.replied", { sessionID, requestID: d["requestID"], answers: d["answers"] ?? [] })
          break
        case "session.next.question.rejected":
          emit("question.rejected", { sessionID, requestID: d["requestID"] })
          break
        case "session.next.todo.updated":
          emit("todo.updated", { sessionID, todos: d["todos"] ?? [] })
          break
        case "session.next.compaction.ended":
          emit("session.compacted", { sessionID })
          break
        default:
          if (PART_CHANGES.has(e.type)) {
            const messageID = String(d["assistantMessageID"])
            const partID = String(d[e.type.includes("tool") ? "callID" : e.type.includes("text") ? "textID" : "reasoningID"])
            const part = partOf(yield* messageOf(sessionID, messageID), partID)
            if (part !== undefined) emit("message.part.updated", { sessionID, part, time: d.timestamp })
          }
      }
      return out.join("")
    })

  /** A page of the global log as v1 frames. */
  return (events: ReadonlyArray<WireEvent.WireEvent>): Effect.Effect<string> =>
    Effect.map(
      Effect.forEach(events, (e) => one(Cursor.global(e.position), JSON.parse(e.json) as Envelope)),
      (texts) => texts.join("")
    )
}
