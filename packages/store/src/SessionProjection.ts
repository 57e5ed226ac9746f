/**
 * The `session` read model: info, status and counters (tokens, cost), and
 * `time_updated`, moved by every event except streamed deltas.
 */
import { Events, SessionNotFound, type StoredEvent } from "@ratchet/schema"
import { Either } from "effect"
import { fromHandlers, type Projection, type Statement, statement } from "./Projection.js"

const notFound = (sessionID: string) => () => new SessionNotFound({ sessionID })

const handlers = fromHandlers("session", ["session"], {
  "session.created": (e) =>
    statement(
      `INSERT INTO session (id, parent_id, title, agent, model, directory, workspace_id, status, activity_id,
        tokens_input, tokens_output, tokens_reasoning, tokens_cache_read, tokens_cache_write, cost,
        time_created, time_updated, time_archived, permission, sandbox, project, copied_seq)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'idle', NULL, 0, 0, 0, 0, 0, 0, ?, ?, NULL, ?, ?, ?, ?)`,
      [
        e.sessionID,
        e.data.parentID ?? null,
        e.data.title,
        e.data.agent,
        e.data.model === undefined ? null : JSON.stringify(e.data.model),
        e.data.location.directory,
        e.data.location.workspaceID ?? null,
        e.created,
        e.created,
        e.data.permission === undefined ? null : JSON.stringify(e.data.permission),
        e.data.sandbox ?? null,
        e.data.project ?? "default",
        e.seq + (e.data.forkedFrom?.copied ?? 0)
      ]
    ),
  "session.updated": (e) => [
    ...(e.data.title === undefined ? [] : [statement(`UPDATE session SET title = ? WHERE id = ?`, [e.data.title, e.sessionID])]),
    ...(e.data.archived === undefined
      ? []
      : [statement(`UPDATE session SET time_archived = ? WHERE id = ?`, [e.data.archived, e.sessionID])])
  ],
  "session.deleted": (e) => statement(`DELETE FROM session WHERE id = ?`, [e.sessionID], notFound(e.sessionID)),
  "session.next.revert.staged": (e) => statement(`UPDATE session SET revert = ? WHERE id = ?`, [JSON.stringify(e.data.revert), e.sessionID]),
  "session.next.revert.cleared": (e) => statement(`UPDATE session SET revert = NULL WHERE id = ?`, [e.sessionID]),
  "session.next.revert.committed": (e) => statement(`UPDATE session SET revert = NULL WHERE id = ?`, [e.sessionID]),
  "session.next.agent.switched": (e) => statement(`UPDATE session SET agent = ? WHERE id = ?`, [e.data.agent, e.sessionID]),
  "session.next.model.switched": (e) =>
    statement(`UPDATE session SET model = ? WHERE id = ?`, [JSON.stringify(e.data.model), e.sessionID]),
  "session.next.moved": (e) =>
    statement(`UPDATE session SET directory = ?, workspace_id = ? WHERE id = ?`, [
      e.data.location.directory,
      e.data.location.workspaceID ?? null,
      e.sessionID
    ]),
  "session.next.activity.started": (e) =>
    statement(`UPDATE session SET status = 'busy', activity_id = ?, activity_by = ? WHERE id = ?`, [e.data.activityID, e.data.by ?? null, e.sessionID]),
  "session.next.activity.ended": (e) =>
    statement(`UPDATE session SET status = 'idle', activity_id = NULL, activity_by = NULL WHERE id = ?`, [e.sessionID]),
  "session.next.step.ended": (e) => {
    const t = e.data.tokens
    return statement(
      `UPDATE session SET tokens_input = tokens_input + ?, tokens_output = tokens_output + ?,
        tokens_reasoning = tokens_reasoning + ?, tokens_cache_read = tokens_cache_read + ?,
        tokens_cache_write = tokens_cache_write + ?, cost = cost + ? WHERE id = ?`,
      // an unpriced step (cost null) adds nothing it could know
      [t.input, t.output, t.reasoning, t.cache.read, t.cache.write, e.data.cost ?? 0, e.sessionID]
    )
  }
})

/** Streamed deltas do not touch the session row: they are the hot path, and the log itself is their record. */
export const DELTA_TYPES: ReadonlySet<string> = new Set([
  "session.next.text.delta",
  "session.next.reasoning.delta",
  "session.next.tool.input.delta",
  "session.next.compaction.delta"
])

/** One `time_updated` touch per session per batch. The log's head check already proved the session exists. */
const touches = (events: ReadonlyArray<StoredEvent>): Array<Statement> => {
  const latest = new Map<string, number>()
  for (const e of events) {
    if (e.type === "session.deleted") latest.delete(e.sessionID)
    else latest.set(e.sessionID, e.created)
  }
  return [...latest].map(([sessionID, time]) =>
    statement(`UPDATE session SET time_updated = ? WHERE id = ?`, [time, sessionID], notFound(sessionID))
  )
}

export const projection: Projection = {
  name: handlers.name,
  tables: handlers.tables,
  // every event but deltas: each moves the session's time_updated
  handles: new Set(Events.definitions.map((d) => d.type).filter((t) => !DELTA_TYPES.has(t))),
  plan: (events) => Either.map(handlers.plan(events), (statements) => [...statements, ...touches(events)])
}
