/**
 * The patch envelope GPT-family models write (`*** Begin Patch` … `*** End
 * Patch`): files added (`+` lines), deleted, or updated by hunks of context
 * (` `), removed (`-`) and added (`+`) lines, optionally after an `@@`
 * anchor line and with `*** Move to:`. Parsing and applying are pure; a
 * patch that does not parse, or a hunk that does not match its file, is an
 * error naming the file and the line.
 */
import { Either } from "effect"

export interface Hunk {
  /** The `@@` line's text, a line to find first (empty: none). */
  readonly anchor: string
  readonly old: ReadonlyArray<string>
  readonly new: ReadonlyArray<string>
  /** `*** End of File`: the hunk is at the file's end. */
  readonly atEnd: boolean
}

export type Operation =
  | { readonly kind: "add"; readonly path: string; readonly content: string }
  | { readonly kind: "delete"; readonly path: string }
  | { readonly kind: "update"; readonly path: string; readonly moveTo?: string; readonly hunks: ReadonlyArray<Hunk> }

export interface PatchError {
  readonly message: string
}

const HEADER = /^\*\*\* (Add File|Delete File|Update File): (.+)$/

export const parse = (text: string): Either.Either<ReadonlyArray<Operation>, PatchError> => {
  const lines = text.replace(/\r\n/g, "\n").split("\n")
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop()
  let i = 0
  while (i < lines.length && lines[i]!.trim() === "") i++
  if (lines[i]?.trim() !== "*** Begin Patch") return Either.left({ message: "a patch starts with the line \"*** Begin Patch\"" })
  if (lines[lines.length - 1]?.trim() !== "*** End Patch") return Either.left({ message: "a patch ends with the line \"*** End Patch\"" })
  const body = lines.slice(i + 1, lines.length - 1)
  const ops: Array<Operation> = []
  let at = 0
  const lineNo = (k: number) => i + 2 + k
  while (at < body.length) {
    const line = body[at]!
    if (line.trim() === "") {
      at++
      continue
    }
    const m = HEADER.exec(line)
    if (m === null) return Either.left({ message: `line ${lineNo(at)}: expected "*** Add File:", "*** Update File:" or "*** Delete File:", got ${JSON.stringify(line.slice(0, 80))}` })
    const path = m[2]!.trim()
    at++
    if (m[1] === "Delete File") {
      ops.push({ kind: "delete", path })
      continue
    }
    if (m[1] === "Add File") {
      const added: Array<string> = []
      while (at < body.length && !body[at]!.startsWith("*** ")) {
        const l = body[at]!
        if (!l.startsWith("+")) return Either.left({ message: `line ${lineNo(at)}: in "Add File: ${path}" every line starts with "+"` })
        added.push(l.slice(1))
        at++
      }
      ops.push({ kind: "add", path, content: added.length === 0 ? "" : `${added.join("\n")}\n` })
      continue
    }
    let moveTo: string | undefined
    if (body[at]?.startsWith("*** Move to: ") === true) {
      moveTo = body[at]!.slice("*** Move to: ".length).trim()
      at++
    }
    const hunks: Array<Hunk> = []
    let current: { anchor: string; old: Array<string>; new: Array<string>; atEnd: boolean } | undefined
    const close = () => {
      if (current !== undefined && (current.old.length > 0 || current.new.length > 0)) hunks.push(current)
      current = undefined
    }
    while (at < body.length && !HEADER.test(body[at]!)) {
      const l = body[at]!
      if (l.startsWith("@@")) {
        close()
        current = { anchor: l.slice(2).trim(), old: [], new: [], atEnd: false }
      } else if (l.trim() === "*** End of File") {
        if (current !== undefined) current.atEnd = true
      } else {
        current ??= { anchor: "", old: [], new: [], atEnd: false }
        const tag = l[0]
        const rest = l.slice(1)
        if (tag === " " || l === "") {
          current.old.push(rest)
          current.new.push(rest)
        } else if (tag === "-") current.old.push(rest)
        else if (tag === "+") current.new.push(rest)
        else return Either.left({ message: `line ${lineNo(at)}: in "Update File: ${path}" a hunk line starts with " ", "-" or "+", got ${JSON.stringify(l.slice(0, 80))}` })
      }
      at++
    }
    close()
    if (hunks.length === 0 && moveTo === undefined) return Either.left({ message: `"Update File: ${path}" has no hunks` })
    ops.push({ kind: "update", path, ...(moveTo === undefined ? {} : { moveTo }), hunks })
  }
  if (ops.length === 0) return Either.left({ message: "the patch changes no file" })
  return Either.right(ops)
}

/** Where `seq` starts in `lines` at or after `from`: exactly, else ignoring trailing, else all surrounding whitespace. */
const seek = (lines: ReadonlyArray<string>, seq: ReadonlyArray<string>, from: number): number => {
  for (const norm of [(s: string) => s, (s: string) => s.trimEnd(), (s: string) => s.trim()]) {
    for (let i = from; i + seq.length <= lines.length; i++) {
      let ok = true
      for (let k = 0; k < seq.length && ok; k++) ok = norm(lines[i + k]!) === norm(seq[k]!)
      if (ok) return i
    }
  }
  return -1
}

/** The file's new text after the hunks, or the first hunk that does not match. */
export const applyHunks = (path: string, text: string, hunks: ReadonlyArray<Hunk>): Either.Either<string, PatchError> => {
  const endsWithNewline = text.endsWith("\n")
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split("\n")
  if (text === "") lines.length = 0
  let cursor = 0
  for (const [n, h] of hunks.entries()) {
    if (h.anchor !== "") {
      const a = lines.findIndex((l, k) => k >= cursor && l.trim() === h.anchor.trim())
      if (a === -1) return Either.left({ message: `${path}: hunk ${n + 1}: the anchor line ${JSON.stringify(h.anchor.slice(0, 80))} is not in the file (after line ${cursor})` })
      cursor = a + 1
    }
    if (h.old.length === 0) {
      const at = h.atEnd ? lines.length : cursor
      lines.splice(at, 0, ...h.new)
      cursor = at + h.new.length
      continue
    }
    const start = h.atEnd ? seek(lines, h.old, Math.max(cursor, lines.length - h.old.length)) : seek(lines, h.old, cursor)
    if (start === -1) {
      return Either.left({ message: `${path}: hunk ${n + 1} does not match the file after line ${cursor}: no lines like ${JSON.stringify(h.old.slice(0, 3).join("\\n").slice(0, 160))}; read the file again and make the context lines exact` })
    }
    lines.splice(start, h.old.length, ...h.new)
    cursor = start + h.new.length
  }
  return Either.right(lines.length === 0 ? "" : `${lines.join("\n")}${endsWithNewline || text === "" ? "\n" : ""}`)
}
