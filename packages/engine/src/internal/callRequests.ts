/**
 * The permission and question requests of tool calls nobody runs any more
 * (their activity ended): rejected, so no client is left with a request it
 * can never usefully answer. Requests no call asked (a client's own check)
 * are left alone.
 */
import type { SessionId } from "@ratchet/schema"
import type { Permissions, Questions } from "@ratchet/tools"
import { Effect } from "effect"

export const rejectCallRequests = (
  permissions: Permissions.PermissionsService,
  questions: Questions.QuestionsService,
  sessionId: SessionId,
  /** Which calls ended; a request answered meanwhile stays answered. */
  ended: (callID: string) => boolean
) =>
  Effect.gen(function*() {
    const [ps, qs] = yield* Effect.all([permissions.pending(sessionId), questions.pending(sessionId)])
    for (const p of ps) {
      if (p.callID !== undefined && ended(p.callID)) yield* Effect.ignore(permissions.reply(sessionId, p.id, "reject", "the activity ended"))
    }
    for (const q of qs) {
      if (q.callID !== undefined && ended(q.callID)) yield* Effect.ignore(questions.reject(sessionId, q.id))
    }
  })
