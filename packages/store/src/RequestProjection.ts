/**
 * Durable permission and question requests, and the approvals saved by
 * `always` replies, as read models of the log. A reply is applied only to a
 * pending request (`mustChange`): a second reply, or one to a request that
 * was never asked, is refused by the append and changes nothing.
 */
import { InvalidInput } from "@ratchet/schema"
import { fromHandlers, type Projection, statement } from "./Projection.js"

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value))

const notPending = (requestID: string) => () =>
  new InvalidInput({ field: "events", reason: `request ${requestID} is not pending (never asked, or already answered)` })

export const projection: Projection = fromHandlers(
  "requests",
  ["permission_request", "question_request", "permission_saved", "session_todo"],
  {
    // a saved approval lives in the stream of the session that saved it, so it goes with that session
    "session.deleted": (e) => [
      statement(`DELETE FROM permission_saved WHERE session_id = ?`, [e.sessionID]),
      statement(`DELETE FROM permission_request WHERE session_id = ?`, [e.sessionID]),
      statement(`DELETE FROM question_request WHERE session_id = ?`, [e.sessionID]),
      statement(`DELETE FROM session_todo WHERE session_id = ?`, [e.sessionID])
    ],
    "session.next.permission.asked": (e) =>
      statement(
        `INSERT INTO permission_request (id, session_id, permission, patterns, always, message_id, call_id, metadata, state, time_created)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
        [
          e.data.requestID,
          e.sessionID,
          e.data.permission,
          JSON.stringify(e.data.patterns),
          JSON.stringify(e.data.always ?? []),
          e.data.messageID ?? null,
          e.data.callID ?? null,
          json(e.data.metadata),
          e.created
        ]
      ),
    "session.next.permission.replied": (e) => [
      statement(
        `UPDATE permission_request SET state = ?, reply = ?, message = ?, time_replied = ?
          WHERE id = ? AND session_id = ? AND state = 'pending'`,
        [e.data.reply === "reject" ? "rejected" : "replied", e.data.reply, e.data.message ?? null, e.created, e.data.requestID, e.sessionID],
        notPending(e.data.requestID)
      ),
      ...(e.data.saved ?? []).map((rule) =>
        statement(
          // saved approvals hold within the saving session's project (the session row exists: it was created before it could ask)
          `INSERT INTO permission_saved (id, session_id, permission, pattern, time_created, project)
            VALUES (?, ?, ?, ?, ?, coalesce((SELECT project FROM session WHERE id = ?), 'default'))`,
          [rule.id, e.sessionID, rule.permission, rule.pattern, e.created, e.sessionID]
        )
      )
    ],
    "session.next.permission.unsaved": (e) =>
      statement(`DELETE FROM permission_saved WHERE id = ? AND session_id = ?`, [e.data.savedID, e.sessionID], () =>
        new InvalidInput({ field: "events", reason: `saved permission ${e.data.savedID} was not saved by this session` })),
    "session.next.question.asked": (e) =>
      statement(
        `INSERT INTO question_request (id, session_id, questions, message_id, call_id, state, time_created)
          VALUES (?, ?, ?, ?, ?, 'pending', ?)`,
        [e.data.requestID, e.sessionID, JSON.stringify(e.data.questions), e.data.messageID ?? null, e.data.callID ?? null, e.created]
      ),
    "session.next.question.replied": (e) =>
      statement(
        `UPDATE question_request SET state = 'replied', answers = ?, time_replied = ?
          WHERE id = ? AND session_id = ? AND state = 'pending'`,
        [JSON.stringify(e.data.answers), e.created, e.data.requestID, e.sessionID],
        notPending(e.data.requestID)
      ),
    "session.next.question.rejected": (e) =>
      statement(
        `UPDATE question_request SET state = 'rejected', time_replied = ? WHERE id = ? AND session_id = ? AND state = 'pending'`,
        [e.created, e.data.requestID, e.sessionID],
        notPending(e.data.requestID)
      ),
    "session.next.todo.updated": (e) => [
      statement(`DELETE FROM session_todo WHERE session_id = ?`, [e.sessionID]),
      ...e.data.todos.map((t, i) =>
        statement(`INSERT INTO session_todo (session_id, position, content, status, priority) VALUES (?, ?, ?, ?, ?)`, [
          e.sessionID,
          i,
          t.content,
          t.status,
          t.priority
        ])
      )
    ]
  }
)
