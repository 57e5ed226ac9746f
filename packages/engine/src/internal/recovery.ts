/**
 * What an activity a stopped process left open does next, decided from its
 * transcript (pure; the runner checks for parked calls and acts):
 *
 * - its last step ended and its calls were settling: `Resume` that step —
 *   parked calls go on; a call announced before the stop may have run, so an
 *   idempotent one runs again and any other is reported as an unknown
 *   outcome (`UNKNOWN_OUTCOME`); a step that had answered without tools
 *   ends the activity;
 * - its last provider turn was cut, failed before its retry, or never began:
 *   `Retry` — close what the cut turn left open and start a new turn
 *   (provider calls have no side effects beyond cost).
 *
 * Every recovery is a `session.next.retried` event (`interrupted`), so the
 * attempt number comes from the log and is bounded even when the process
 * dies on every resume (`RunnerConfig.maxRecoveries`).
 */
import type { ActivityId, MessageId, MessageInfo, SessionInput } from "@ratchet/schema"
import { StepState } from "./step.js"

export type Start =
  | { readonly _tag: "New"; readonly trigger: ReadonlyArray<SessionInput> }
  /**
   * A step that ended and whose calls were settling: parked on a request
   * (they go on, `recovery` absent), or cut by a stop (`recovery`: this
   * attempt's number; idempotent calls run again, others fail with an
   * unknown outcome).
   */
  | {
    readonly _tag: "Resume"
    readonly activityID: ActivityId
    readonly step: StepState
    readonly steps: number
    readonly recovery?: number
  }
  /**
   * A provider turn cut by a stop (or not yet begun after the opening): what
   * it left open is closed (`cut`), and a new turn starts — attempt
   * `recovery` of at most `maxRecoveries`.
   */
  /** A compaction cut by a stop: it is run again (the same message), then the activity goes on. */
  | {
    readonly _tag: "Compact"
    readonly activityID: ActivityId
    readonly messageID: MessageId
    readonly reason: "auto" | "manual"
    readonly recovery: number
    readonly steps: number
  }
  | {
    readonly _tag: "Retry"
    readonly activityID: ActivityId
    readonly cut: MessageInfo | undefined
    readonly recovery: number
    readonly steps: number
  }

/** What the model reads for a call that may or may not have run before a restart. */
export const UNKNOWN_OUTCOME =
  "the server restarted while this call ran; it may have completed. Check its effects before running it again."

/** The rebuilt state of a step whose calls were still settling (parked on a request, or cut) when the process stopped. */
export const resumedStep = (message: MessageInfo): StepState => {
  const s = new StepState(message.id as MessageId)
  s.finish = { _tag: "Finish", reason: "tool-calls", usage: { input: 0, output: 0, reasoning: 0, cacheRead: 0, cacheWrite: 0 } }
  s.closed = true
  for (const p of message.parts) {
    if (p.type !== "tool") continue
    const input = p.input === undefined ? (p.text === "" ? "{}" : p.text) : JSON.stringify(p.input)
    s.calls.push({ callId: p.id, name: p.tool ?? "unknown", input, announced: p.status === "running", resumed: true })
    if (p.status === "completed" || p.status === "error") s.settled.add(p.id)
  }
  return s
}

/** The start of an activity left open by a stopped process; `recovery` is this attempt's number. */
export const startAfterStop = (activityID: ActivityId, assistant: ReadonlyArray<MessageInfo>, recovery: number): Start => {
  const last = assistant[assistant.length - 1]
  if (last !== undefined && last.time.completed !== undefined && last.error === undefined) {
    return { _tag: "Resume", activityID, step: resumedStep(last), steps: assistant.length, recovery }
  }
  const cut = last !== undefined && last.time.completed === undefined ? last : undefined
  return { _tag: "Retry", activityID, cut, recovery, steps: assistant.length }
}
