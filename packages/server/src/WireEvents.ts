/** The cursors that point between events, as clients send them back. (The envelope is core's `WireEvent`.) */
import { InvalidCursorError } from "@ratchet/api"
import { Cursor } from "@ratchet/schema"
import { Effect, Either } from "effect"

export type StreamKind = Cursor.Kind

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
