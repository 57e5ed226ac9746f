/**
 * Writing several files as one change: every new content is written to a
 * temporary file beside its target first, then each is renamed over its
 * target (a rename is atomic on one file system); if a step fails, the
 * targets already replaced get their old content back and new files are
 * removed. Deletions happen last. So a patch applies to all its files or,
 * short of a crash in the middle of the renames, to none.
 */
import * as fs from "node:fs"
import * as path from "node:path"

export interface FileChange {
  readonly absolute: string
  /** New content, or null to delete the file. */
  readonly content: string | null
}

/** Applies the changes; on failure restores what it changed and rethrows (callers run it inside `io`). */
export const writeAll = (changes: ReadonlyArray<FileChange>): void => {
  const before = new Map(changes.map((c) => [c.absolute, fs.existsSync(c.absolute) ? fs.readFileSync(c.absolute) : null] as const))
  const staged: Array<{ readonly temp: string; readonly target: string }> = []
  const done: Array<string> = []
  const restore = () => {
    for (const target of done) {
      const old = before.get(target)
      if (old === null || old === undefined) fs.rmSync(target, { force: true })
      else fs.writeFileSync(target, old)
    }
    for (const s of staged) fs.rmSync(s.temp, { force: true })
  }
  try {
    for (const c of changes) {
      if (c.content === null) continue
      fs.mkdirSync(path.dirname(c.absolute), { recursive: true })
      const temp = path.join(path.dirname(c.absolute), `.${path.basename(c.absolute)}.ratchet-${process.pid}-${Date.now()}.tmp`)
      fs.writeFileSync(temp, c.content)
      staged.push({ temp, target: c.absolute })
    }
    for (const s of staged) {
      fs.renameSync(s.temp, s.target)
      done.push(s.target)
    }
    for (const c of changes) {
      if (c.content !== null) continue
      fs.rmSync(c.absolute)
      done.push(c.absolute)
    }
  } catch (error) {
    restore()
    throw error
  }
}
