/**
 * The session inbox (`session_input`): one row per admitted input, pending
 * until promoted into the transcript or cancelled. Promotion, cancelling and
 * switching delivery only apply to a pending input; otherwise the append is
 * refused and nothing changes.
 */
import { InvalidInput } from "@ratchet/schema"
import { fromHandlers, type Projection, statement } from "./Projection.js"

// the inbox service checks first and says precisely why; this is the last line of defence in the log
const notPending = (messageID: string) => () =>
  new InvalidInput({
    field: "events",
    reason: `input ${messageID} is not pending in the inbox (never admitted, already promoted, or cancelled)`
  })

export const projection: Projection = fromHandlers("inbox", ["session_input"], {
  "session.deleted": (e) => statement(`DELETE FROM session_input WHERE session_id = ?`, [e.sessionID]),
  "session.next.prompt.admitted": (e) =>
    statement(
      `INSERT INTO session_input (id, session_id, prompt, delivery, state, admitted_seq, time_admitted, wake, kind, admitted_by)
        VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)`,
      [e.data.messageID, e.sessionID, JSON.stringify(e.data.prompt), e.data.delivery, e.seq, e.created, e.data.resume === false ? 0 : 1, e.data.kind ?? null, e.data.by ?? null]
    ),
  "session.next.prompted": (e) =>
    statement(
      `UPDATE session_input SET state = 'promoted', promoted_seq = ?, time_promoted = ?
        WHERE id = ? AND session_id = ? AND state = 'pending'`,
      [e.seq, e.created, e.data.messageID, e.sessionID],
      notPending(e.data.messageID)
    ),
  // a compaction request is promoted by the compaction it starts (an automatic one promotes nothing)
  "session.next.compaction.started": (e) =>
    statement(
      `UPDATE session_input SET state = 'promoted', promoted_seq = ?, time_promoted = ?
        WHERE id = ? AND session_id = ? AND state = 'pending' AND kind = 'compact'`,
      [e.seq, e.created, e.data.messageID, e.sessionID]
    ),
  "session.next.prompt.cancelled": (e) =>
    statement(
      `UPDATE session_input SET state = 'cancelled' WHERE id = ? AND session_id = ? AND state = 'pending'`,
      [e.data.messageID, e.sessionID],
      notPending(e.data.messageID)
    ),
  "session.next.prompt.delivery.changed": (e) =>
    statement(
      `UPDATE session_input SET delivery = ? WHERE id = ? AND session_id = ? AND state = 'pending'`,
      [e.data.delivery, e.data.messageID, e.sessionID],
      notPending(e.data.messageID)
    )
})
