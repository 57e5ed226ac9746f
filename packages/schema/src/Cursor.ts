/**
 * Cursors are opaque to clients. A session cursor encodes its session and a
 * per-session sequence; a global cursor encodes a store position. The kind
 * and the session are part of the encoding, so a cursor of one stream is
 * refused by another (it would silently skip or repeat events there).
 * Session cursors issued before they named their session (`s1`) are still
 * read, for the sequence alone.
 */
import { Either } from "effect"
import { InvalidCursor } from "./Errors.js"
import * as Web from "./internal/base64url.js"

export type Kind = "session" | "global"

// Buffer where there is one (the server: fastest, once per streamed frame), the Web's
// btoa/atob elsewhere (browsers, Deno). Cursor text is ASCII, so both agree.
interface BufferLike {
  from(text: string, encoding: "utf8" | "base64url"): { toString(encoding: "utf8" | "base64url"): string }
}
const NodeBuffer = (globalThis as { readonly Buffer?: BufferLike }).Buffer
const b64 = NodeBuffer !== undefined ? (text: string) => NodeBuffer.from(text, "utf8").toString("base64url") : Web.encode
const unb64 = NodeBuffer !== undefined ? (cursor: string) => NodeBuffer.from(cursor, "base64url").toString("utf8") : Web.decode

export const session = (sessionId: string, seq: number): string => b64(`s2:${sessionId}:${seq}`)
export const global = (position: number): string => b64(`g1:${position}`)

/**
 * Decodes a cursor of the given kind to its sequence or position. For a
 * session cursor, `sessionId` is the stream it is used on: a cursor that
 * names another session is refused.
 */
export const decode = (kind: Kind, cursor: string, sessionId?: string): Either.Either<number, InvalidCursor> => {
  const fail = (reason: string) => Either.left(new InvalidCursor({ cursor, reason }))
  if (cursor.length === 0 || cursor.length > 128 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return fail("not a cursor")
  const parts = unb64(cursor).split(":")
  const digits = parts.at(-1) ?? ""
  if (!/^\d{1,15}$/.test(digits)) return fail("not a cursor")
  const [prefix] = parts
  const expected = kind === "session" ? ["s1", "s2"] : ["g1"]
  if (prefix === undefined || !expected.includes(prefix)) {
    return ["s1", "s2", "g1"].includes(prefix ?? "") ? fail(`not a ${kind} cursor`) : fail("not a cursor")
  }
  if (parts.length !== (prefix === "s2" ? 3 : 2)) return fail("not a cursor")
  if (prefix === "s2" && sessionId !== undefined && parts[1] !== sessionId) return fail("a cursor of another session's stream")
  return Either.right(Number(digits))
}
