/** The cursors that point between events, as clients send them back. (The envelope is the store's `WireEvent`.) */
import { InvalidCursorError } from "@ratchet/api"
import { Cursor } from "@ratchet/schema"
import { Effect, Either } from "effect"

export type StreamKind = Cursor.Kind

/**
 * An `after` value: an opaque cursor of the right stream (for a session
 * stream, of that session), or (as upstream clients send) a plain sequence
 * number. Absent or empty: from the start.
 */
export const parseAfter = (
  kind: StreamKind,
  value: string | undefined,
  sessionId?: string
): Effect.Effect<number, InvalidCursorError> => {
  if (value === undefined || value === "") return Effect.succeed(0)
  if (/^\d{1,15}$/.test(value)) return Effect.succeed(Number(value))
  return Either.match(Cursor.decode(kind, value, sessionId), {
    onLeft: (e) => Effect.fail(new InvalidCursorError({ message: e.message })),
    onRight: Effect.succeed
  })
}

/** A session cursor past the stream's head would skip the events written up to it: refused. */
export const notAhead = (after: number, head: number): Effect.Effect<number, InvalidCursorError> =>
  after <= head
    ? Effect.succeed(after)
    : Effect.fail(new InvalidCursorError({ message: `the cursor (sequence ${after}) is past the end of this session's stream (${head})` }))
