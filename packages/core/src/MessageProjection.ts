/**
 * The transcript read model: `message` rows (user, assistant, synthetic,
 * shell, compaction, switches) and their `part` rows (text, reasoning, tool,
 * shell output, compaction summary). Text is assembled from durable deltas;
 * a run of deltas to one part inside one append becomes one UPDATE.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { InvalidInput, type StoredEvent } from "@ratchet/schema"
import { Effect } from "effect"
import { fromHandlers, type Projection } from "./Projection.js"

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value))

const insertMessage = (e: StoredEvent, id: string, type: string, info: unknown) =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    sql`INSERT INTO message (id, session_id, seq, type, info, time_created)
      VALUES (${id}, ${e.sessionID}, ${e.seq}, ${type}, ${JSON.stringify(info)}, ${e.created})
      ON CONFLICT (id) DO NOTHING`)

const insertPart = (e: StoredEvent, id: string, messageID: string, type: string, extra: { tool?: string; status?: string; metadata?: unknown } = {}) =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    sql`INSERT INTO part (session_id, id, message_id, seq, type, text, tool, status, metadata, time_created, time_updated)
      VALUES (${e.sessionID}, ${id}, ${messageID}, ${e.seq}, ${type}, '', ${extra.tool ?? null}, ${extra.status ?? null},
        ${json(extra.metadata)}, ${e.created}, ${e.created})`)

/** Runs an UPDATE of one part; a part that does not exist is an event out of order. */
const updatePart = (e: StoredEvent, id: string, run: (sql: SqlClient.SqlClient) => Effect.Effect<ReadonlyArray<unknown>, unknown>) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* Effect.orDie(run(sql))
    if (rows.length === 0) {
      return yield* new InvalidInput({ field: "events", reason: `${e.type} for part ${id}, which was never started` })
    }
  })

const appendText = (e: StoredEvent, id: string, delta: string) =>
  updatePart(e, id, (sql) =>
    sql`UPDATE part SET text = text || ${delta}, time_updated = ${e.created}
      WHERE session_id = ${e.sessionID} AND id = ${id} RETURNING id`)

const endText = (e: StoredEvent, id: string, text: string, metadata?: unknown) =>
  updatePart(e, id, (sql) =>
    sql`UPDATE part SET text = ${text}, metadata = coalesce(${json(metadata)}, metadata),
      time_updated = ${e.created}, time_completed = ${e.created}
      WHERE session_id = ${e.sessionID} AND id = ${id} RETURNING id`)

const handlers = fromHandlers("message", ["part", "message"], {
  "session.deleted": (e) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      Effect.zipRight(
        sql`DELETE FROM part WHERE session_id = ${e.sessionID}`,
        sql`DELETE FROM message WHERE session_id = ${e.sessionID}`
      )),
  "session.next.prompted": (e) =>
    insertMessage(e, e.data.messageID, "user", { ...e.data.prompt, delivery: e.data.delivery }),
  "session.next.synthetic": (e) => insertMessage(e, e.data.messageID, "synthetic", { text: e.data.text }),
  "session.next.agent.switched": (e) => insertMessage(e, e.data.messageID, "agent-switched", { agent: e.data.agent }),
  "session.next.model.switched": (e) => insertMessage(e, e.data.messageID, "model-switched", { model: e.data.model }),
  "session.next.shell.started": (e) =>
    Effect.zipRight(
      insertMessage(e, e.data.messageID, "shell", { callID: e.data.callID, command: e.data.command }),
      insertPart(e, e.data.callID, e.data.messageID, "shell")
    ),
  "session.next.shell.ended": (e) => endText(e, e.data.callID, e.data.output),
  "session.next.step.started": (e) =>
    insertMessage(e, e.data.assistantMessageID, "assistant", {
      agent: e.data.agent,
      model: e.data.model,
      ...(e.data.snapshot === undefined ? {} : { snapshot: e.data.snapshot })
    }),
  "session.next.step.ended": (e) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      sql`UPDATE message SET finish = ${e.data.finish}, cost = ${e.data.cost}, tokens = ${JSON.stringify(e.data.tokens)},
        time_completed = ${e.created} WHERE id = ${e.data.assistantMessageID}`),
  "session.next.step.failed": (e) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      sql`UPDATE message SET error = ${JSON.stringify(e.data.error)}, time_completed = ${e.created}
        WHERE id = ${e.data.assistantMessageID}`),
  "session.next.text.started": (e) => insertPart(e, e.data.textID, e.data.assistantMessageID, "text"),
  "session.next.text.delta": (e) => appendText(e, e.data.textID, e.data.delta),
  "session.next.text.ended": (e) => endText(e, e.data.textID, e.data.text),
  "session.next.reasoning.started": (e) =>
    insertPart(e, e.data.reasoningID, e.data.assistantMessageID, "reasoning", { metadata: e.data.providerMetadata }),
  "session.next.reasoning.delta": (e) => appendText(e, e.data.reasoningID, e.data.delta),
  "session.next.reasoning.ended": (e) => endText(e, e.data.reasoningID, e.data.text, e.data.providerMetadata),
  "session.next.tool.input.started": (e) =>
    insertPart(e, e.data.callID, e.data.assistantMessageID, "tool", { tool: e.data.name, status: "pending" }),
  "session.next.tool.input.delta": (e) => appendText(e, e.data.callID, e.data.delta),
  "session.next.tool.input.ended": (e) => endText(e, e.data.callID, e.data.text),
  "session.next.tool.called": (e) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      sql`INSERT INTO part (session_id, id, message_id, seq, type, text, tool, status, input, time_created, time_updated)
        VALUES (${e.sessionID}, ${e.data.callID}, ${e.data.assistantMessageID}, ${e.seq}, 'tool', '', ${e.data.tool},
          'running', ${JSON.stringify(e.data.input)}, ${e.created}, ${e.created})
        ON CONFLICT (session_id, id) DO UPDATE SET status = 'running', tool = ${e.data.tool},
          input = ${JSON.stringify(e.data.input)}, time_updated = ${e.created}`),
  "session.next.tool.progress": (e) =>
    updatePart(e, e.data.callID, (sql) =>
      sql`UPDATE part SET metadata = ${json({ structured: e.data.structured, content: e.data.content })},
        time_updated = ${e.created} WHERE session_id = ${e.sessionID} AND id = ${e.data.callID} RETURNING id`),
  "session.next.tool.success": (e) =>
    updatePart(e, e.data.callID, (sql) =>
      sql`UPDATE part SET status = 'completed', output = ${
        json({
          structured: e.data.structured,
          content: e.data.content,
          outputPaths: e.data.outputPaths,
          result: e.data.result
        })
      }, time_updated = ${e.created}, time_completed = ${e.created}
        WHERE session_id = ${e.sessionID} AND id = ${e.data.callID} RETURNING id`),
  "session.next.tool.failed": (e) =>
    updatePart(e, e.data.callID, (sql) =>
      sql`UPDATE part SET status = 'error', error = ${JSON.stringify(e.data.error)},
        output = ${json(e.data.result === undefined ? undefined : { result: e.data.result })},
        time_updated = ${e.created}, time_completed = ${e.created}
        WHERE session_id = ${e.sessionID} AND id = ${e.data.callID} RETURNING id`),
  "session.next.compaction.started": (e) =>
    Effect.zipRight(
      insertMessage(e, e.data.messageID, "compaction", { reason: e.data.reason }),
      insertPart(e, e.data.messageID, e.data.messageID, "compaction")
    ),
  "session.next.compaction.delta": (e) => appendText(e, e.data.messageID, e.data.delta),
  "session.next.compaction.ended": (e) => endText(e, e.data.messageID, e.data.text, { recent: e.data.recent })
})

type DeltaKey = { readonly sessionID: string; readonly part: string } | undefined

/** The part a delta event appends to, if the event is a delta. */
const deltaTarget = (e: StoredEvent): DeltaKey => {
  switch (e.type) {
    case "session.next.text.delta":
      return { sessionID: e.sessionID, part: e.data.textID }
    case "session.next.reasoning.delta":
      return { sessionID: e.sessionID, part: e.data.reasoningID }
    case "session.next.tool.input.delta":
    case "session.next.compaction.delta":
      return { sessionID: e.sessionID, part: e.type === "session.next.tool.input.delta" ? e.data.callID : e.data.messageID }
    default:
      return undefined
  }
}

const deltaText = (e: StoredEvent): string => ("delta" in e.data ? (e.data as { delta: string }).delta : "")

export const projection: Projection = {
  name: handlers.name,
  tables: handlers.tables,
  handles: handlers.handles,
  apply: (events) =>
    Effect.gen(function*() {
      let i = 0
      while (i < events.length) {
        const event = events[i]!
        const target = deltaTarget(event)
        if (target === undefined) {
          yield* handlers.apply([event])
          i++
          continue
        }
        // coalesce the run of deltas to this part into one UPDATE
        let text = deltaText(event)
        let last = event
        let j = i + 1
        while (j < events.length) {
          const next = events[j]!
          const t = deltaTarget(next)
          if (t === undefined || t.sessionID !== target.sessionID || t.part !== target.part) break
          text += deltaText(next)
          last = next
          j++
        }
        yield* appendText(last, target.part, text)
        i = j
      }
    })
}
