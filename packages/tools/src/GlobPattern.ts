/**
 * Glob patterns (from the model: `glob`'s pattern, `grep`'s include) as
 * RE2 regular expressions, so matching a path takes time linear in its
 * length whatever the pattern. picomatch (under tinyglobby) compiles globs
 * to backtracking JavaScript regexes: `*a*a*a*a*a*a*a*a*a*a*a*a*b` against
 * a file named with forty `a`s ran past a minute. The file walk still uses
 * tinyglobby, over the pattern's static base with a fixed pattern.
 *
 * Supported: `*` (within a segment), `**` (as a whole segment: any number of
 * segments), `?`, `[abc]` / `[a-z]` / `[!x]` / `[^x]`, `{a,b}` (nested),
 * `\` escapes. Extglobs (`+(…)`, `@(…)`, `!(…)`) are not: their characters
 * match themselves. Dot files match like any other (`dot: true`).
 */
import { Either } from "effect"
import { RE2 } from "re2-wasm"

export const MAX_LENGTH = 1000

export class GlobError extends Error {}

const META = /[\\^$.|?*+()[\]{}]/g
const literal = (c: string) => c.replace(META, "\\$&")

/** Translates one path segment (no `/`), with braces expanded as alternations. */
const segment = (text: string): string => {
  let out = ""
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === "\\") {
      out += literal(text[++i] ?? "\\")
    } else if (c === "*") {
      while (text[i + 1] === "*") i++
      out += "[^/]*"
    } else if (c === "?") {
      out += "[^/]"
    } else if (c === "[") {
      const end = text.indexOf("]", i + 2)
      if (end < 0) {
        out += "\\["
        continue
      }
      let body = text.slice(i + 1, end)
      const negated = body.startsWith("!") || body.startsWith("^")
      if (negated) body = body.slice(1)
      const escaped = body.replace(/[\\\]^[]/g, "\\$&")
      out += negated ? `[^/${escaped}]` : `[${escaped}]`
      i = end
    } else if (c === "{") {
      depth++
      out += "(?:"
    } else if (c === "}" && depth > 0) {
      depth--
      out += ")"
    } else if (c === "," && depth > 0) {
      out += "|"
    } else {
      out += literal(c)
    }
  }
  if (depth !== 0) throw new GlobError("unbalanced { } in the pattern")
  return out
}

/** The RE2 source for a whole relative path matching `glob`. */
export const source = (glob: string): string => {
  if (glob.length > MAX_LENGTH) throw new GlobError(`the pattern is longer than ${MAX_LENGTH} characters`)
  const parts = glob.split("/").filter((p, i, all) => p !== "" || i === all.length - 1)
  let out = ""
  parts.forEach((part, i) => {
    const last = i === parts.length - 1
    if (part === "**") out += last ? ".*" : "(?:[^/]*/)*"
    else out += segment(part) + (last ? "" : "/")
  })
  return `^${out}$`
}

/** A matcher for relative paths (`/`-separated), or a `GlobError` saying why the pattern is refused. */
export const compile = (glob: string): Either.Either<RE2, GlobError> =>
  Either.try({
    try: () => new RE2(source(glob), "u"),
    catch: (e) => e instanceof GlobError ? e : new GlobError(`invalid pattern: ${(e as Error).message}`)
  })

/** The leading segments without any glob syntax: where a walk for `glob` can start. */
export const staticBase = (glob: string): string => {
  const parts = glob.split("/")
  const base: Array<string> = []
  for (const part of parts.slice(0, -1)) {
    if (/[\\*?[\]{}]/.test(part) || part === "" || part === ".") break
    base.push(part)
  }
  return base.join("/")
}
