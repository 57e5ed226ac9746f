/** Stored events as clients see them, and the cursors that point between them. */
import { InvalidCursorError, type Wire } from "@ratchet/api"
import { Cursor, type StoredEvent } from "@ratchet/schema"
import { Effect, Either } from "effect"

/** Upstream's envelope: the session id and timestamp go inside `data`. */
export const toWire = (e: StoredEvent): Wire.DurableEvent => ({
  id: e.id,
  type: e.type,
  durable: { aggregateID: e.sessionID, seq: e.seq, version: e.version },
  position: e.position,
  data: { ...(e.data as Record<string, unknown>), sessionID: e.sessionID, timestamp: e.created }
})

export type StreamKind = Cursor.Kind

export const cursorOf = (kind: StreamKind, e: StoredEvent): string =>
  kind === "session" ? Cursor.session(e.seq) : Cursor.global(e.position)

/**
 * An `after` value: an opaque cursor of the right stream, or (as upstream
 * clients send) a plain sequence number. Absent or empty: from the start.
 */
export const parseAfter = (kind: StreamKind, value: string | undefined): Effect.Effect<number, InvalidCursorError> => {
  if (value === undefined || value === "") return Effect.succeed(0)
  if (/^\d{1,15}$/.test(value)) return Effect.succeed(Number(value))
  return Either.match(Cursor.decode(kind, value), {
    onLeft: (e) => Effect.fail(new InvalidCursorError({ message: e.message })),
    onRight: Effect.succeed
  })
}
