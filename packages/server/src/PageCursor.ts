/** Opaque cursors for paged lists (sessions by id, messages by sequence), bound to their order. */
import { InvalidCursorError } from "@ratchet/api"
import { Effect } from "effect"

export type Order = "asc" | "desc"

export const encode = (list: "l1" | "m1", order: Order, key: string | number): string =>
  Buffer.from(`${list}:${order}:${key}`, "utf8").toString("base64url")

export const decode = (
  list: "l1" | "m1",
  cursor: string
): Effect.Effect<{ readonly order: Order; readonly key: string }, InvalidCursorError> => {
  const bad = Effect.fail(new InvalidCursorError({ message: `invalid cursor ${JSON.stringify(cursor)}` }))
  if (cursor.length === 0 || cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return bad
  const text = Buffer.from(cursor, "base64url").toString("utf8")
  const match = /^(l1|m1):(asc|desc):(.+)$/.exec(text)
  if (match === null || match[1] !== list) return bad
  if (list === "m1" && !/^\d{1,15}$/.test(match[3]!)) return bad
  return Effect.succeed({ order: match[2] as Order, key: match[3]! })
}
