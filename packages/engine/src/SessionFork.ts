/**
 * Fork: a new session whose log starts with a copy of another's, up to a
 * message (before it) or whole. The copy is events, so every read model of
 * the fork is its own log's projection; the parent is only read.
 *
 * What is not copied: the parent's `session.created` and title changes
 * (the fork has its own, naming its origin in `forkedFrom`), and inbox
 * entries that were never promoted before the cut — the fork's inbox
 * starts empty. Permission and question requests get new ids (theirs are
 * unique across sessions). A cut inside an activity closes it in the same
 * append, as a stop would: open texts ended with what they had, open calls
 * failed, open requests rejected, the activity ended `interrupted`. A fork
 * of a session that is running is refused (`SessionBusy`).
 */
import {
  type ErrorInfo,
  Events,
  Ids,
  InvalidInput,
  type MessageId,
  SessionBusy,
  type SessionEvent,
  type SessionId,
  type SessionInfo,
  SessionNotFound,
  type StoredEvent
} from "@ratchet/schema"
import { Principal } from "@ratchet/schema"
import { EventStore, SessionQueries } from "@ratchet/store"
import { Context, Effect, Layer, Option } from "effect"

export interface ForkInput {
  /** Fork before this message (it and everything after it are left out); absent: the whole session. */
  readonly messageID?: string
  readonly title?: string
  /** Who forks it (an API key id, `password`, `token`). */
  readonly by?: string
}

export interface SessionForkService {
  readonly fork: (parent: SessionId, input: ForkInput) => Effect.Effect<SessionInfo, SessionNotFound | SessionBusy | InvalidInput>
}

export class SessionFork extends Context.Tag("@ratchet/engine/SessionFork")<SessionFork, SessionForkService>() {}

const FORKED: ErrorInfo = { type: "forked", message: "the session was forked here; this turn did not finish in the fork" }

/** What is still open at the end of a copied prefix, folded from its events. */
class Open {
  activity: { readonly id: string; steps: number } | undefined
  readonly texts = new Map<string, { readonly message: string; text: string }>()
  readonly reasonings = new Map<string, { readonly message: string; text: string }>()
  readonly calls = new Map<string, string>()
  readonly steps = new Set<string>()
  readonly permissions = new Set<string>()
  readonly questions = new Set<string>()
  readonly compactions = new Map<string, "auto" | "manual">()
  readonly shells = new Set<string>()

  see(e: SessionEvent): void {
    switch (e.type) {
      case "session.next.activity.started": this.activity = { id: e.data.activityID, steps: 0 }; break
      case "session.next.activity.ended": this.activity = undefined; break
      case "session.next.step.started": this.steps.add(e.data.assistantMessageID); if (this.activity) this.activity.steps++; break
      case "session.next.step.ended": case "session.next.step.failed": this.steps.delete(e.data.assistantMessageID); break
      case "session.next.text.started": this.texts.set(e.data.textID, { message: e.data.assistantMessageID, text: "" }); break
      case "session.next.text.delta": { const t = this.texts.get(e.data.textID); if (t) t.text += e.data.delta; break }
      case "session.next.text.ended": this.texts.delete(e.data.textID); break
      case "session.next.reasoning.started": this.reasonings.set(e.data.reasoningID, { message: e.data.assistantMessageID, text: "" }); break
      case "session.next.reasoning.delta": { const r = this.reasonings.get(e.data.reasoningID); if (r) r.text += e.data.delta; break }
      case "session.next.reasoning.ended": this.reasonings.delete(e.data.reasoningID); break
      case "session.next.tool.input.started": this.calls.set(e.data.callID, e.data.assistantMessageID); break
      case "session.next.tool.success": case "session.next.tool.failed": this.calls.delete(e.data.callID); break
      case "session.next.permission.asked": this.permissions.add(e.data.requestID); break
      case "session.next.permission.replied": this.permissions.delete(e.data.requestID); break
      case "session.next.question.asked": this.questions.add(e.data.requestID); break
      case "session.next.question.replied": case "session.next.question.rejected": this.questions.delete(e.data.requestID); break
      case "session.next.compaction.started": this.compactions.set(e.data.messageID, e.data.reason); break
      case "session.next.compaction.ended": this.compactions.delete(e.data.messageID); break
      case "session.next.shell.started": this.shells.add(e.data.callID); break
      case "session.next.shell.ended": this.shells.delete(e.data.callID); break
      default: break
    }
  }

  /** The events that close what is open, as a stop's recovery would. */
  closing(): Array<SessionEvent> {
    const out: Array<SessionEvent> = []
    for (const [textID, t] of this.texts) out.push(Events.make("session.next.text.ended", { assistantMessageID: t.message as MessageId, textID, text: t.text }))
    for (const [reasoningID, r] of this.reasonings) out.push(Events.make("session.next.reasoning.ended", { assistantMessageID: r.message as MessageId, reasoningID, text: r.text }))
    for (const [callID, m] of this.calls) out.push(Events.make("session.next.tool.failed", { assistantMessageID: m as MessageId, callID, error: FORKED }))
    for (const m of this.steps) out.push(Events.make("session.next.step.failed", { assistantMessageID: m as MessageId, error: FORKED }))
    for (const requestID of this.permissions) out.push(Events.make("session.next.permission.replied", { requestID: requestID as Ids.PermissionId, reply: "reject" }))
    for (const requestID of this.questions) out.push(Events.make("session.next.question.rejected", { requestID: requestID as Ids.QuestionId }))
    for (const [messageID, reason] of this.compactions) out.push(Events.make("session.next.compaction.ended", { messageID: messageID as MessageId, reason, text: "" }))
    for (const callID of this.shells) out.push(Events.make("session.next.shell.ended", { callID, output: "" }))
    if (this.activity !== undefined) {
      out.push(Events.make("session.next.activity.ended", { activityID: this.activity.id as Ids.ActivityId, outcome: "interrupted", steps: this.activity.steps, error: FORKED }))
    }
    return out
  }
}

/** Request ids are unique across sessions: the fork's copies get new ones (and so do saved approvals). */
const remap = (e: SessionEvent, ids: Map<string, string>): SessionEvent => {
  const fresh = (old: string, make: () => string) => {
    let id = ids.get(old)
    if (id === undefined) {
      id = make()
      ids.set(old, id)
    }
    return id
  }
  switch (e.type) {
    case "session.next.permission.asked":
      return { ...e, data: { ...e.data, requestID: fresh(e.data.requestID, Ids.newPermissionId) as Ids.PermissionId } }
    case "session.next.permission.replied":
      return {
        ...e,
        data: {
          ...e.data,
          requestID: fresh(e.data.requestID, Ids.newPermissionId) as Ids.PermissionId,
          ...(e.data.saved === undefined ? {} : { saved: e.data.saved.map((s) => ({ ...s, id: fresh(s.id, Ids.newSavedRuleId) })) })
        }
      }
    case "session.next.permission.unsaved":
      return { ...e, data: { savedID: fresh(e.data.savedID, Ids.newSavedRuleId) } }
    case "session.next.question.asked":
    case "session.next.question.replied":
    case "session.next.question.rejected":
      return { ...e, data: { ...e.data, requestID: fresh(e.data.requestID, Ids.newQuestionId) as Ids.QuestionId } } as SessionEvent
    default:
      return e
  }
}

export const make = Effect.gen(function*() {
  const store = yield* EventStore.EventStore
  const queries = yield* SessionQueries.SessionQueries

  const allEvents = (id: SessionId) =>
    Effect.gen(function*() {
      const out: Array<StoredEvent> = []
      let after = 0
      for (;;) {
        const page = yield* store.readStream(id, { after, limit: 5000 })
        out.push(...page.events)
        after = page.last
        if (!page.more) return out
      }
    })

  const fork: SessionForkService["fork"] = (parentId, input) =>
    Effect.gen(function*() {
      const parent = yield* Effect.flatMap(queries.session(parentId), Option.match({
        onNone: () => Effect.fail(new SessionNotFound({ sessionID: parentId })),
        onSome: Effect.succeed
      }))
      if (parent.status === "busy") return yield* new SessionBusy({ sessionID: parentId, message: `session ${parentId} is running: fork it when it is idle` })
      let cut = Number.POSITIVE_INFINITY
      if (input.messageID !== undefined) {
        const message = (yield* queries.messages(parentId)).find((m) => m.id === input.messageID)
        if (message === undefined) return yield* new InvalidInput({ field: "messageID", reason: `no message ${input.messageID} in session ${parentId}` })
        cut = message.seq
      }
      const events = (yield* allEvents(parentId)).filter((e) => e.seq < cut)
      // a cut right after an activity began (at the prompt that started it): the fork ends before that activity
      let lastStart = -1
      for (let i = events.length - 1; i >= 0 && lastStart < 0; i--) if (events[i]!.type === "session.next.activity.started") lastStart = i
      if (lastStart >= 0 && events.slice(lastStart + 1).every((e) => e.type === "session.next.prompted" || e.type === "session.next.system.recorded")) {
        events.length = lastStart
      }
      // inputs the fork keeps: those promoted before the cut (the rest were the parent's pending work)
      const promoted = new Set(events.flatMap((e) =>
        e.type === "session.next.prompted" ? [e.data.messageID] : e.type === "session.next.compaction.started" ? [e.data.messageID] : []))
      const open = new Open()
      const ids = new Map<string, string>()
      const copied: Array<SessionEvent> = []
      for (const stored of events) {
        const e = { type: stored.type, data: stored.data } as SessionEvent
        switch (e.type) {
          case "session.created":
          case "session.updated":
          case "session.deleted":
            continue
          case "session.next.prompt.admitted":
          case "session.next.prompt.cancelled":
          case "session.next.prompt.delivery.changed":
            if (!promoted.has(e.data.messageID)) continue
            break
          default:
            break
        }
        open.see(e)
        copied.push(remap(e, ids))
      }
      const id = Ids.newSessionId()
      const closing = open.closing()
      const created = Events.make("session.created", {
        title: input.title ?? `${parent.title} (fork)`,
        agent: parent.agent,
        location: parent.location,
        ...(parent.model === undefined ? {} : { model: parent.model }),
        ...(parent.permission === undefined ? {} : { permission: parent.permission }),
        ...(parent.sandbox === undefined ? {} : { sandbox: parent.sandbox }),
        forkedFrom: {
          sessionID: parentId,
          ...(input.messageID === undefined ? {} : { messageID: input.messageID as MessageId }),
          copied: copied.length + closing.length
        },
        ...(parent.project === "default" ? {} : { project: parent.project }),
        ...(input.by === undefined ? Principal.byField(yield* Principal.Principal) : { by: input.by })
      })
      // one append: the fork exists whole, with anything the cut left open closed, or not at all
      yield* store.append(id, [created, ...copied, ...closing], { expectedSequence: 0 }).pipe(
        Effect.catchTag("SequenceConflict", (e) => Effect.die(e))
      )
      return yield* Effect.flatMap(queries.session(id), Option.match({
        onNone: () => Effect.dieMessage(`forked session ${id} has no read model`),
        onSome: Effect.succeed
      }))
    })

  return SessionFork.of({ fork })
})

export const layer: Layer.Layer<SessionFork, never, EventStore.EventStore | SessionQueries.SessionQueries> = Layer.effect(SessionFork, make)
