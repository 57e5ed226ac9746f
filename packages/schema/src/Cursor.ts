/**
 * Cursors are opaque to clients. A session cursor encodes a per-session
 * sequence; a global cursor encodes a store position. The kind is part of the
 * encoding, so a cursor of one stream is refused by the other.
 */
import { Either } from "effect"
import { InvalidCursor } from "./Errors.js"

export type Kind = "session" | "global"

const tag: Record<Kind, string> = { session: "s1", global: "g1" }

export const encode = (kind: Kind, value: number): string =>
  Buffer.from(`${tag[kind]}:${value}`, "utf8").toString("base64url")

export const session = (seq: number): string => encode("session", seq)
export const global = (position: number): string => encode("global", position)

/** Decodes a cursor of the given kind to its sequence or position. */
export const decode = (kind: Kind, cursor: string): Either.Either<number, InvalidCursor> => {
  const fail = (reason: string) => Either.left(new InvalidCursor({ cursor, reason }))
  if (cursor.length === 0 || cursor.length > 64 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return fail("not a cursor")
  const text = Buffer.from(cursor, "base64url").toString("utf8")
  const [prefix, digits, ...rest] = text.split(":")
  if (rest.length > 0 || digits === undefined || !/^\d{1,15}$/.test(digits)) return fail("not a cursor")
  if (prefix !== tag[kind]) return fail(`not a ${kind} cursor`)
  return Either.right(Number(digits))
}
