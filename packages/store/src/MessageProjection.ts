/**
 * The transcript read model: `message` rows (user, assistant, synthetic,
 * shell, compaction, switches) and their `part` rows (text, reasoning, tool,
 * shell output, compaction summary).
 *
 * Streamed deltas are not applied here. A part's text is written once, when
 * it ends (the `*.ended` event carries the whole text); until then readers
 * assemble it from the part's durable delta events (SessionQueries). This
 * keeps a streamed token at one row insert instead of rewriting a growing
 * text row on every commit.
 */
import { InvalidInput, type StoredEvent } from "@ratchet/schema"
import { fromHandlers, type Handlers, type Projection, statement } from "./Projection.js"

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value))

const insertMessage = (e: StoredEvent, id: string, type: string, info: unknown, keyId: string | null = null) =>
  statement(
    `INSERT INTO message (id, session_id, seq, type, info, time_created, key_id) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (session_id, id) DO NOTHING`,
    [id, e.sessionID, e.seq, type, JSON.stringify(info), e.created, keyId]
  )

const insertPart = (
  e: StoredEvent,
  id: string,
  messageID: string,
  type: string,
  extra: { readonly tool?: string; readonly status?: string; readonly metadata?: unknown } = {}
) =>
  statement(
    `INSERT INTO part (session_id, id, message_id, seq, type, text, text_done, tool, status, metadata, time_created, time_updated)
      VALUES (?, ?, ?, ?, ?, '', 0, ?, ?, ?, ?, ?)`,
    [e.sessionID, id, messageID, e.seq, type, extra.tool ?? null, extra.status ?? null, json(extra.metadata), e.created, e.created]
  )

/** A part that does not exist means an event out of order: refuse it. */
const partMissing = (e: StoredEvent, id: string) => () =>
  new InvalidInput({ field: "events", reason: `${e.type} for part ${id}, which was never started` })

const updatePart = (e: StoredEvent, id: string, set: string, params: ReadonlyArray<unknown>) =>
  statement(`UPDATE part SET ${set}, time_updated = ? WHERE session_id = ? AND id = ?`, [
    ...params,
    e.created,
    e.sessionID,
    id
  ], partMissing(e, id))

const endText = (e: StoredEvent, id: string, text: string, metadata?: unknown) =>
  updatePart(e, id, "text = ?, text_done = 1, metadata = coalesce(?, metadata), time_completed = ?", [
    text,
    json(metadata),
    e.created
  ])

const handlers: Handlers = {
  // a committed revert: the message and everything after it leave the message view (the log keeps them)
  "session.next.revert.committed": (e) =>
    statement(`UPDATE message SET superseded = 1 WHERE session_id = ? AND seq >= (SELECT seq FROM message WHERE session_id = ? AND id = ?)`, [
      e.sessionID,
      e.sessionID,
      e.data.messageID
    ]),
  "session.deleted": (e) => [
    statement(`DELETE FROM part WHERE session_id = ?`, [e.sessionID]),
    statement(`DELETE FROM message WHERE session_id = ?`, [e.sessionID])
  ],
  "session.next.prompted": (e) =>
    insertMessage(e, e.data.messageID, "user", { ...e.data.prompt, delivery: e.data.delivery }),
  "session.next.synthetic": (e) => insertMessage(e, e.data.messageID, "synthetic", { text: e.data.text }),
  "session.next.agent.switched": (e) => insertMessage(e, e.data.messageID, "agent-switched", { agent: e.data.agent }),
  "session.next.model.switched": (e) => insertMessage(e, e.data.messageID, "model-switched", { model: e.data.model }),
  "session.next.shell.started": (e) => [
    insertMessage(e, e.data.messageID, "shell", { callID: e.data.callID, command: e.data.command }),
    insertPart(e, e.data.callID, e.data.messageID, "shell")
  ],
  "session.next.shell.ended": (e) => endText(e, e.data.callID, e.data.output),
  "session.next.step.started": (e) =>
    insertMessage(e, e.data.assistantMessageID, "assistant", {
      agent: e.data.agent,
      model: e.data.model,
      ...(e.data.snapshot === undefined ? {} : { snapshot: e.data.snapshot })
    }, e.data.by ?? null),
  "session.next.step.ended": (e) =>
    statement(`UPDATE message SET finish = ?, cost = ?, tokens = ?, time_completed = ? WHERE session_id = ? AND id = ?`, [
      e.data.finish,
      e.data.cost,
      JSON.stringify(e.data.tokens),
      e.created,
      e.sessionID,
      e.data.assistantMessageID
    ]),
  "session.next.step.failed": (e) =>
    statement(`UPDATE message SET error = ?, time_completed = ? WHERE session_id = ? AND id = ?`, [
      JSON.stringify(e.data.error),
      e.created,
      e.sessionID,
      e.data.assistantMessageID
    ]),
  // the retried attempt is the session's latest message, failed: it no longer counts
  "session.next.retried": (e) =>
    statement(
      `UPDATE message SET superseded = 1 WHERE session_id = ? AND id = (SELECT id FROM message WHERE session_id = ? ORDER BY seq DESC LIMIT 1)
        AND type = 'assistant' AND error IS NOT NULL`,
      [e.sessionID, e.sessionID]
    ),
  "session.next.text.started": (e) => insertPart(e, e.data.textID, e.data.assistantMessageID, "text"),
  "session.next.text.ended": (e) => endText(e, e.data.textID, e.data.text),
  "session.next.reasoning.started": (e) =>
    insertPart(e, e.data.reasoningID, e.data.assistantMessageID, "reasoning", { metadata: e.data.providerMetadata }),
  "session.next.reasoning.ended": (e) => endText(e, e.data.reasoningID, e.data.text, e.data.providerMetadata),
  "session.next.tool.input.started": (e) =>
    insertPart(e, e.data.callID, e.data.assistantMessageID, "tool", { tool: e.data.name, status: "pending" }),
  "session.next.tool.input.ended": (e) => updatePart(e, e.data.callID, "text = ?, text_done = 1", [e.data.text]),
  // the call may arrive without streamed input (some providers send it whole)
  "session.next.tool.called": (e) =>
    statement(
      `INSERT INTO part (session_id, id, message_id, seq, type, text, text_done, tool, status, input, time_created, time_updated)
        VALUES (?, ?, ?, ?, 'tool', '', 1, ?, 'running', ?, ?, ?)
        ON CONFLICT (session_id, id) DO UPDATE SET status = 'running', tool = excluded.tool, text_done = 1,
          input = excluded.input, time_updated = excluded.time_updated`,
      [e.sessionID, e.data.callID, e.data.assistantMessageID, e.seq, e.data.tool, JSON.stringify(e.data.input), e.created, e.created]
    ),
  "session.next.tool.progress": (e) =>
    updatePart(e, e.data.callID, "metadata = ?", [json({ structured: e.data.structured, content: e.data.content })]),
  "session.next.tool.success": (e) =>
    updatePart(e, e.data.callID, "status = 'completed', output = ?, time_completed = ?", [
      json({ structured: e.data.structured, content: e.data.content, outputPaths: e.data.outputPaths, result: e.data.result }),
      e.created
    ]),
  "session.next.tool.failed": (e) =>
    updatePart(e, e.data.callID, "status = 'error', error = ?, output = ?, time_completed = ?", [
      JSON.stringify(e.data.error),
      json(e.data.result === undefined ? undefined : { result: e.data.result }),
      e.created
    ]),
  "session.next.compaction.started": (e) => [
    insertMessage(e, e.data.messageID, "compaction", { reason: e.data.reason }),
    insertPart(e, e.data.messageID, e.data.messageID, "compaction")
  ],
  "session.next.compaction.ended": (e) => endText(e, e.data.messageID, e.data.text, { recent: e.data.recent })
}

export const projection: Projection = fromHandlers("message", ["part", "message"], handlers)
