import { InvalidInput } from "@ratchet/schema"

/** Classifying driver errors: a unique violation on the log's (session_id, seq) is a lost race; on a read model, a bad event. */
export const classifyUnique = (cause: unknown): "sequence" | "unique" | "other" => {
  const e = cause as { code?: unknown; constraint?: unknown; message?: unknown } | undefined
  const code = e?.code
  if (code !== "23505" && code !== "SQLITE_CONSTRAINT_UNIQUE" && code !== "SQLITE_CONSTRAINT_PRIMARYKEY") return "other"
  const message = String(e?.message ?? "")
  return e?.constraint === "event_session_id_seq_key" || message.includes("event.session_id, event.seq")
    ? "sequence"
    : "unique"
}

export const causeMessage = (cause: unknown): string =>
  cause instanceof Error ? cause.message : String(cause)

/** A unique violation on a read-model table: the events would duplicate a row, so they are refused. */
export const duplicateRow = (cause: unknown): InvalidInput =>
  new InvalidInput({ field: "events", reason: `would duplicate a read-model row: ${causeMessage(cause)}` })
