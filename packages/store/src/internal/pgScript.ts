/**
 * An append as one PostgreSQL simple-protocol message: every statement with
 * its values inlined as literals, so lock, checks, insert, projections and
 * notify cost one round trip. PostgreSQL runs the statements of one simple
 * query as a single implicit transaction: all commit or none does, and the
 * connection is clean either way (no BEGIN/COMMIT, no aborted state to undo).
 *
 * A check that fails raises through `ratchet_refuse(tag)` (migration 15),
 * whose SQLSTATE and message say which input and which statement refused.
 *
 * Literals are quoted exactly as `pg` would send the same value as a text
 * parameter (`prepareValue`), untyped, so PostgreSQL resolves their types
 * from context as it does for `$n`.
 */
import type { Statement } from "../Projection.js"

/** The SQLSTATE `ratchet_refuse` raises. */
export const REFUSE_CODE = "RT001"

const SPECIAL = /['\\]/g

/** Always the E'' form with quotes and backslashes doubled: correct whatever `standard_conforming_strings` says. */
export const quote = (text: string): string => `E'${text.replace(SPECIAL, "$&$&")}'`

/** A value as a literal. Only the kinds the projections bind; anything else is a bug, not input. */
export const literal = (value: unknown): string => {
  if (value === null || value === undefined) return "NULL"
  switch (typeof value) {
    case "string":
      return quote(value)
    case "number":
    case "bigint":
    case "boolean":
      return quote(String(value))
    default:
      if (value instanceof Uint8Array) return quote(`\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}`)
      if (value instanceof Date) return quote(value.toISOString())
      throw new TypeError(`pgScript: cannot inline a ${Object.prototype.toString.call(value)} parameter`)
  }
}

/** A whole number we put in the script ourselves (sequence, version, time): checked, never quoted. */
export const integer = (n: number): string => {
  if (!Number.isSafeInteger(n)) throw new TypeError(`pgScript: ${n} is not a whole number`)
  return String(n)
}

/** `?` placeholders replaced by literals; our statements have no `?` inside their own literals. */
export const inline = (sql: string, params: ReadonlyArray<unknown>): string => {
  let out = ""
  let n = 0
  let from = 0
  for (let at = sql.indexOf("?"); at !== -1; at = sql.indexOf("?", from)) {
    if (n >= params.length) throw new TypeError(`pgScript: more placeholders than parameters in ${sql}`)
    out += sql.slice(from, at) + literal(params[n++])
    from = at + 1
  }
  if (n !== params.length) throw new TypeError(`pgScript: ${params.length} parameters for ${n} placeholders in ${sql}`)
  return out + sql.slice(from)
}

/** A statement that must change a row: raises `tag` when it changes none. */
export const mustChange = (statement: Statement, tag: string): string =>
  `WITH changed AS (${inline(statement.sql, statement.params)} RETURNING 1)
    SELECT ratchet_refuse(${quote(tag)}) WHERE NOT EXISTS (SELECT 1 FROM changed)`

export const render = (statement: Statement, tag: string): string =>
  statement.mustChange === undefined ? inline(statement.sql, statement.params) : mustChange(statement, tag)

/** The tag of a refusal raised by a script, when the error is one. */
export const refusal = (cause: unknown): string | undefined => {
  const e = cause as { code?: unknown; message?: unknown } | undefined
  return e?.code === REFUSE_CODE && typeof e.message === "string" ? e.message : undefined
}
