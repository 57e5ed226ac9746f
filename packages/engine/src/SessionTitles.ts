/**
 * Titles for sessions nobody named: after a session's first answer, a
 * short title is asked of the small model (config `small_model`, else the
 * session's own) in the background and written as `session.updated`. A
 * title set by a client — at creation or since — is never replaced (the
 * write is conditional on nothing having been appended since the check),
 * and a failure is logged, never the run's.
 */
import { type Part, Providers } from "@ratchet/llm"
import { Events, type ModelRef, type SessionId } from "@ratchet/schema"
import { EventStore, SessionQueries } from "@ratchet/store"
import { Context, Duration, Effect, Layer, Option, Stream } from "effect"

/** The title of a session created without one. */
export const DEFAULT_TITLE = "New session"

/** Off unless the composition turns it on (the server does; an embedding program may). */
export class TitleConfig extends Context.Reference<TitleConfig>()("@ratchet/engine/TitleConfig", {
  defaultValue: (): { readonly enabled: boolean; readonly model?: ModelRef } => ({ enabled: false })
}) {}

const INSTRUCTION = "Write a title of at most eight words for the conversation below: what the user wants, in their language. " +
  "Answer with the title alone: no quotes, no punctuation at the end."

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…` : text)

/** The model's answer as one line of at most 80 characters, or undefined. */
export const clean = (raw: string): string | undefined => {
  const line = raw.split("\n").map((l) => l.trim()).find((l) => l !== "")
  if (line === undefined) return undefined
  const title = line.replace(/^(title:\s*)/i, "").replace(/^["'`*]+|["'`*.]+$/g, "").trim()
  return title === "" ? undefined : clip(title, 80)
}

export interface SessionTitlesService {
  /** Titles the session if it still has the default title and has an answer; never fails. */
  readonly maybeTitle: (sessionId: SessionId) => Effect.Effect<void>
}

export class SessionTitles extends Context.Tag("@ratchet/engine/SessionTitles")<SessionTitles, SessionTitlesService>() {}

export const layer = Layer.effect(
  SessionTitles,
  Effect.gen(function*() {
    const queries = yield* SessionQueries.SessionQueries
    const store = yield* EventStore.EventStore
    const providers = yield* Providers
    const untitled = (id: SessionId) =>
      Effect.map(queries.session(id), (s) => Option.isSome(s) && s.value.title === DEFAULT_TITLE ? Option.some(s.value) : Option.none())

    const maybeTitle: SessionTitlesService["maybeTitle"] = (sessionId) =>
      Effect.gen(function*() {
        const config = yield* TitleConfig
        if (!config.enabled) return
        const session = yield* untitled(sessionId)
        if (Option.isNone(session)) return
        const messages = yield* queries.messages(sessionId, { final: true, limit: 6 })
        const user = messages.find((m) => m.type === "user")
        const answer = messages.find((m) => m.type === "assistant" && m.error === undefined)
        if (user === undefined || answer === undefined) return
        const model = config.model ?? session.value.model
        if (model === undefined) return
        const provider = providers.get(model.providerID)
        if (provider === undefined) return
        // a user message keeps its prompt in `info.text`; an answer in its text parts
        const promptOf = (m: typeof user) => {
          const info = m.info as { text?: unknown } | null
          return typeof info?.text === "string" ? info.text : ""
        }
        const text = (m: typeof user) => m.parts.filter((p) => p.type === "text").map((p) => p.text).join("")
        const request = {
          model: model.id,
          system: INSTRUCTION,
          messages: [{ role: "user" as const, text: `User: ${clip(promptOf(user), 2000)}\n\nAssistant: ${clip(text(answer), 2000)}` }],
          tools: [],
          toolChoice: "none" as const,
          maxOutputTokens: 40
        }
        const raw = yield* provider.stream(request).pipe(
          Stream.runFold("", (acc, part: Part) => (part._tag === "TextDelta" ? acc + part.delta : acc)),
          Effect.timeout(Duration.seconds(30))
        )
        const title = clean(raw)
        if (title === undefined) return
        // a client may have named it meanwhile: look again, and write only if nothing was appended since
        // the look (a conflict means something happened; the next answer tries again)
        const head = yield* store.lastSequence(sessionId)
        if (Option.isNone(yield* untitled(sessionId))) return
        yield* store.append(sessionId, [Events.make("session.updated", { title })], { expectedSequence: head }).pipe(
          Effect.catchTag("SequenceConflict", () => Effect.void)
        )
      }).pipe(
        Effect.catchAllCause((cause) => Effect.logWarning(`session ${sessionId}: no title generated`, cause))
      )

    return SessionTitles.of({ maybeTitle })
  })
)
