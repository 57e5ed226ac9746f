/**
 * The `session` read model: info, status and counters (tokens, cost).
 *
 * Every append touches its session's row (`time_updated`), which doubles as
 * the existence check: an event for a session that was never created, or
 * was deleted, fails with `SessionNotFound` and rolls the append back.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { Events, SessionNotFound, type StoredEvent } from "@ratchet/schema"
import { Effect } from "effect"
import { fromHandlers, type Projection, type Stored } from "./Projection.js"

const changed = (rows: ReadonlyArray<unknown>) => rows.length > 0

const handlers = fromHandlers("session", ["session"], {
  "session.created": (e) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      sql`INSERT INTO session (id, parent_id, title, agent, model, directory, workspace_id, status, activity_id,
        tokens_input, tokens_output, tokens_reasoning, tokens_cache_read, tokens_cache_write, cost,
        time_created, time_updated, time_archived)
      VALUES (${e.sessionID}, ${e.data.parentID ?? null}, ${e.data.title}, ${e.data.agent},
        ${e.data.model === undefined ? null : JSON.stringify(e.data.model)}, ${e.data.location.directory},
        ${e.data.location.workspaceID ?? null}, 'idle', NULL, 0, 0, 0, 0, 0, 0, ${e.created}, ${e.created}, NULL)`),
  "session.updated": (e) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      Effect.all([
        e.data.title === undefined ? Effect.void : sql`UPDATE session SET title = ${e.data.title} WHERE id = ${e.sessionID}`,
        e.data.archived === undefined
          ? Effect.void
          : sql`UPDATE session SET time_archived = ${e.data.archived} WHERE id = ${e.sessionID}`
      ], { discard: true })),
  "session.deleted": (e) =>
    Effect.gen(function*() {
      const sql = yield* SqlClient.SqlClient
      const rows = yield* sql`DELETE FROM session WHERE id = ${e.sessionID} RETURNING id`
      if (!changed(rows)) return yield* new SessionNotFound({ sessionID: e.sessionID })
    }),
  "session.next.agent.switched": (e) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) => sql`UPDATE session SET agent = ${e.data.agent} WHERE id = ${e.sessionID}`),
  "session.next.model.switched": (e) =>
    Effect.flatMap(
      SqlClient.SqlClient,
      (sql) => sql`UPDATE session SET model = ${JSON.stringify(e.data.model)} WHERE id = ${e.sessionID}`
    ),
  "session.next.moved": (e) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      sql`UPDATE session SET directory = ${e.data.location.directory},
        workspace_id = ${e.data.location.workspaceID ?? null} WHERE id = ${e.sessionID}`),
  "session.next.activity.started": (e) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      sql`UPDATE session SET status = 'busy', activity_id = ${e.data.activityID} WHERE id = ${e.sessionID}`),
  "session.next.activity.ended": (e) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      sql`UPDATE session SET status = 'idle', activity_id = NULL WHERE id = ${e.sessionID}`),
  "session.next.step.ended": (e: Stored<"session.next.step.ended">) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) => {
      const t = e.data.tokens
      return sql`UPDATE session SET
        tokens_input = tokens_input + ${t.input},
        tokens_output = tokens_output + ${t.output},
        tokens_reasoning = tokens_reasoning + ${t.reasoning},
        tokens_cache_read = tokens_cache_read + ${t.cache.read},
        tokens_cache_write = tokens_cache_write + ${t.cache.write},
        cost = cost + ${e.data.cost}
        WHERE id = ${e.sessionID}`
    })
})

/** Touches each session's `time_updated` once per batch; a session with no row fails the append. */
const touch = (events: ReadonlyArray<StoredEvent>) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const latest = new Map<string, number>()
    const deleted = new Set<string>()
    for (const e of events) {
      // nothing may follow a session's deletion, not even later in the same batch
      if (deleted.has(e.sessionID)) return yield* new SessionNotFound({ sessionID: e.sessionID })
      if (e.type === "session.deleted") deleted.add(e.sessionID)
      else latest.set(e.sessionID, e.created)
    }
    for (const [sessionID, time] of latest) {
      if (deleted.has(sessionID)) continue
      const rows = yield* sql`UPDATE session SET time_updated = ${time} WHERE id = ${sessionID} RETURNING id`
      if (!changed(rows)) return yield* new SessionNotFound({ sessionID })
    }
  })

export const projection: Projection = {
  name: handlers.name,
  tables: handlers.tables,
  // every event type: each one proves its session exists and bumps its time_updated
  handles: new Set(Events.definitions.map((d) => d.type)),
  apply: (events) => Effect.zipRight(handlers.apply(events), touch(events))
}
