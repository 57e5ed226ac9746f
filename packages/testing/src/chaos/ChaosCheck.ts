/**
 * The invariants of a chaos run, checked against the final log (read over
 * HTTP after the last restart) and what the clients saw. Each violation is
 * `{ kind, detail }` so a long run can report counts by kind.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import type { Frame, Reply } from "./ChaosClients.js"
import { markFile } from "./ChaosScript.js"

export interface Violation {
  readonly kind: string
  readonly detail: string
}

export interface Event {
  readonly id: string
  readonly type: string
  readonly durable: { readonly seq: number }
  readonly data: Record<string, unknown>
}

export interface SessionLog {
  readonly id: string
  readonly events: ReadonlyArray<Event>
  /** The envelopes as the history route sent them, for comparison with what followers saw. */
  readonly raw: ReadonlyArray<string>
}

export interface Facts {
  readonly logs: ReadonlyArray<SessionLog>
  /** `session/messageID` of every prompt answered 200. */
  readonly acknowledged: ReadonlySet<string>
  /** Sessions that were sent interrupts (their activities may end `interrupted`, their calls be cut). */
  readonly interrupted: ReadonlySet<string>
  readonly replies: ReadonlyArray<Reply>
  /** `bash` tags whose calls were made, by session. */
  readonly dir: string
  readonly followers: ReadonlyArray<{ readonly session: string; readonly frames: ReadonlyArray<Frame> }>
  readonly global: ReadonlyArray<Frame>
}

const count = <A>(items: ReadonlyArray<A>) => {
  const m = new Map<A, number>()
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1)
  return m
}

const ofType = (events: ReadonlyArray<Event>, type: string) => events.filter((e) => e.type === `session.next.${type}`)

const bashTag = (input: unknown): string | undefined => {
  const command = (input as { command?: unknown } | undefined)?.command
  return typeof command === "string" ? /marks\/(\S+)$/.exec(command)?.[1] : undefined
}

/** What the log says of one call, briefly: `seq type (error)` of each event naming it, and what came between. */
const story = (events: ReadonlyArray<Event>, callID: string) => {
  const first = events.findIndex((e) => e.data.callID === callID)
  let last = events.length - 1
  while (last > first && events[last]!.data.callID !== callID) last--
  return events.slice(first, last + 1)
    .filter((e) => !e.type.endsWith(".delta"))
    .map((e) => `${e.durable.seq} ${e.type.replace("session.next.", "")}${(e.data.error as { type?: string } | undefined)?.type === undefined ? "" : ` (${(e.data.error as { type: string }).type})`}`)
    .join(", ")
}

/** Where two texts part, with a little context. */
const difference = (a: string, b: string) => {
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  const from = Math.max(0, i - 60)
  return `…${a.slice(from, i + 80)}… ≠ …${b.slice(from, i + 80)}…`
}

export const check = (facts: Facts): Array<Violation> => {
  const out: Array<Violation> = []
  const v = (kind: string, detail: string) => out.push({ kind, detail })
  // interrupting a session interrupts the task children it is waiting on
  const parent = new Map(facts.logs.map((l) => [l.id, l.events.find((e) => e.type === "session.created")?.data.parentID as string | undefined]))
  const interruptedOrChild = (s: string | undefined): boolean => s !== undefined && (facts.interrupted.has(s) || interruptedOrChild(parent.get(s)))
  const interrupted = new Set(facts.logs.map((l) => l.id).filter(interruptedOrChild))
  for (const log of facts.logs) {
    const s = log.id
    const events = log.events
    events.forEach((e, i) => {
      if (e.durable.seq !== i + 1) v("sequence", `${s}: seq ${e.durable.seq} at position ${i + 1}`)
    })
    // prompts: each promoted once; each acknowledged one promoted
    const prompted = count(ofType(events, "prompted").map((e) => String(e.data.messageID)))
    for (const [id, n] of prompted) if (n > 1) v("prompt-duplicated", `${s}: ${id} promoted ${n} times`)
    for (const key of facts.acknowledged) {
      const [session, id] = key.split("/")
      if (session === s && prompted.get(id!) !== 1) v("prompt-lost", `${s}: acknowledged ${id} promoted ${prompted.get(id!) ?? 0} times`)
    }
    // activities: every one ended, with a reason when it failed; none `interrupted` unless the session was sent interrupts
    const started = ofType(events, "activity.started")
    const ended = ofType(events, "activity.ended")
    if (started.length !== ended.length) {
      // where activities overlap: the log from the second start of an open activity on, briefly
      let open = 0
      const at = events.findIndex((e) => (open += e.type === "session.next.activity.started" ? 1 : e.type === "session.next.activity.ended" ? -1 : 0) > 1)
      const from = at < 0 ? [] : events.slice(Math.max(0, at - 12), at + 4).filter((e) => !e.type.endsWith(".delta"))
      v("activity-open", `${s}: ${started.length} activities started, ${ended.length} ended${from.length === 0 ? "" : `; around the overlap: ${from.map((e) => `${e.durable.seq} ${e.type.replace("session.next.", "")}`).join(", ")}`}`)
    }
    for (const e of ended) {
      if (e.data.outcome === "interrupted" && !interrupted.has(s)) v("activity-interrupted", `${s}: an activity ended interrupted without an interrupt`)
      if (e.data.outcome === "failed" && e.data.error === undefined) v("activity-failed-silently", `${s}: an activity failed without a reason`)
    }
    // provider attempts: announced once each
    const steps = count(ofType(events, "step.started").map((e) => String(e.data.assistantMessageID)))
    for (const [id, n] of steps) if (n > 1) v("attempt-duplicated", `${s}: provider attempt ${id} announced ${n} times`)
    // every provider attempt and every text part is closed exactly once
    const closedSteps = count([...ofType(events, "step.ended"), ...ofType(events, "step.failed")].map((e) => String(e.data.assistantMessageID)))
    for (const id of steps.keys()) if (closedSteps.get(id) !== 1) v("step-unclosed", `${s}: provider attempt ${id} closed ${closedSteps.get(id) ?? 0} times`)
    const endedTexts = count(ofType(events, "text.ended").map((e) => String(e.data.textID)))
    for (const e of ofType(events, "text.started")) {
      const n = endedTexts.get(String(e.data.textID)) ?? 0
      if (n !== 1) v("text-unclosed", `${s}: text ${String(e.data.textID)} ended ${n} times`)
    }
    // tool calls: announced once, settled once; a non-idempotent command ran at most once, and a success means it ran
    // a call is approved when every permission it asked was answered `once` (a bash redirection asks `edit` too),
    // at least one of them acknowledged by a 204, and nothing interrupted its session
    const asked = new Map(ofType(events, "permission.asked").map((e) => [String(e.data.requestID), String(e.data.callID)]))
    const refused = new Set(ofType(events, "permission.replied").filter((e) => e.data.reply !== "once").map((e) => asked.get(String(e.data.requestID))))
    // a call of an activity that met its recovery bound fails visibly (`recovery_exhausted`): the bound, not a loss
    const exhausted = new Set([...ofType(events, "tool.failed")].filter((e) => (e.data.error as { type?: string }).type === "recovery_exhausted").map((e) => String(e.data.callID)))
    const approved = (callID: string) =>
      !interrupted.has(s) && !refused.has(callID) && !exhausted.has(callID) &&
      facts.replies.some((r) => r.kind === "permission" && r.callID === callID && r.answer === "once")
    const called = ofType(events, "tool.called")
    for (const [id, n] of count(called.map((e) => String(e.data.callID)))) if (n > 1) v("call-duplicated", `${s}: call ${id} announced ${n} times`)
    const settledEvents = [...ofType(events, "tool.success"), ...ofType(events, "tool.failed")]
    const settled = new Map(settledEvents.map((e) => [String(e.data.callID), e]))
    for (const [id, n] of count(settledEvents.map((e) => String(e.data.callID)))) if (n > 1) v("call-settled-twice", `${s}: call ${id} settled ${n} times: ${story(events, id)}`)
    for (const c of called) {
      const callID = String(c.data.callID)
      const end = settled.get(callID)
      if (end === undefined) v("call-open", `${s}: call ${callID} never settled`)
      const tag = c.data.tool === "bash" ? bashTag(c.data.input) : undefined
      if (tag !== undefined) {
        const file = path.join(facts.dir, markFile(tag))
        const lines = fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").filter((l) => l !== "").length : 0
        if (lines > 1) v("command-ran-twice", `${s}: ${tag} ran ${lines} times`)
        if (end?.type === "session.next.tool.success" && lines !== 1) v("outcome-misreported", `${s}: ${tag} recorded as succeeded but ran ${lines} times`)
      }
      const error = (end?.data.error as { type?: string } | undefined)?.type
      if (approved(callID) && (error === "interrupted" || error === "permission_rejected")) {
        v("reply-lost", `${s}: call ${callID} was approved (204) but ended ${error}`)
      }
    }
    // an approved call must have been announced (it ran, or may have)
    for (const r of facts.replies) {
      if (r.sessionID !== s || r.callID === undefined || !approved(r.callID)) continue
      if (!called.some((c) => c.data.callID === r.callID)) v("reply-lost", `${s}: call ${r.callID} was approved (204) but never ran: ${story(events, r.callID)}; then ${events.slice(events.findIndex((e) => e.data.callID === r.callID)).filter((e) => !e.type.endsWith(".delta")).slice(0, 40).map((e) => `${e.durable.seq} ${e.type.replace("session.next.", "")}${e.type.endsWith("activity.ended") ? `(${String(e.data.outcome)})` : ""}`).join(", ")}`)
    }
  }
  // followers: what each held is the final log, exactly (no gap, no duplicate, same bytes)
  for (const f of facts.followers) {
    const log = facts.logs.find((l) => l.id === f.session)
    if (log === undefined) continue
    const seen = f.frames.map((x) => x.data)
    if (seen.length !== log.raw.length) v("follower-diverged", `${f.session}: the follower holds ${seen.length} events, the log ${log.raw.length}`)
    const first = seen.findIndex((d, i) => d !== log.raw[i])
    if (first >= 0) v("follower-diverged", `${f.session}: the follower's event ${first + 1} differs from the log: ${difference(seen[first]!, log.raw[first]!)}`)
  }
  const all = new Set(facts.logs.flatMap((l) => l.raw))
  const globalSeen = count(facts.global.map((x) => x.data))
  for (const [data, n] of globalSeen) if (n > 1) v("global-duplicated", `an event reached the global follower ${n} times: ${data.slice(0, 80)}`)
  let missing = 0
  for (const data of all) if (!globalSeen.has(data)) missing++
  if (missing > 0) v("global-lost", `${missing} events of the final log never reached the global follower`)
  return out
}

export const byKind = (violations: ReadonlyArray<Violation>): Record<string, number> => {
  const out: Record<string, number> = {}
  for (const x of violations) out[x.kind] = (out[x.kind] ?? 0) + 1
  return out
}
