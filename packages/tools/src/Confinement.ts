/**
 * Confining file tools to a session's directory. A path the model gives is
 * resolved against the directory and checked after following symlinks —
 * of the path itself when it exists, of its nearest existing parent when it
 * does not (a file about to be written) — so `..`, absolute paths elsewhere
 * and symlinks that point out are all refused, with a message the model can
 * act on. The root itself is resolved once (it may be a symlink, as /tmp is
 * on some systems).
 */
import { Data, Effect } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"

export class PathRefused extends Data.TaggedError("PathRefused")<{
  readonly path: string
  readonly reason: string
}> {
  override get message() {
    return `${JSON.stringify(this.path)}: ${this.reason}`
  }
}

export interface Confined {
  /** The real absolute path (symlinks followed where they exist). */
  readonly absolute: string
  /** Relative to the root, `/`-separated, for messages and events. */
  readonly relative: string
  readonly exists: boolean
}

const inside = (root: string, candidate: string) =>
  candidate === root || candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep)

/**
 * The nearest existing ancestor's real path, with the rest of the path
 * appended. A dangling symbolic link cannot be checked (writing through it
 * would create its target, wherever that is), so it is reported as such.
 */
const realish = (absolute: string): { readonly real: string; readonly exists: boolean } | { readonly dangling: string } => {
  const missing: Array<string> = []
  let current = absolute
  while (true) {
    const stat = fs.lstatSync(current, { throwIfNoEntry: false })
    if (stat !== undefined) {
      if (stat.isSymbolicLink() && !fs.existsSync(current)) return { dangling: current }
      const real = fs.realpathSync.native(current)
      return { real: path.join(real, ...missing.reverse()), exists: missing.length === 0 }
    }
    const parent = path.dirname(current)
    if (parent === current) return { real: absolute, exists: false }
    missing.push(path.basename(current))
    current = parent
  }
}

/**
 * `requested` (relative to `root`, or absolute) as a path inside `root`, or
 * `PathRefused`. Reads the file system (symlinks), so it runs as an effect.
 */
export const resolve = (root: string, requested: string): Effect.Effect<Confined, PathRefused> =>
  Effect.suspend(() => {
    const refuse = (reason: string) => Effect.fail(new PathRefused({ path: requested, reason }))
    if (requested.length === 0) return refuse("empty path")
    if (requested.includes("\0")) return refuse("the path contains a NUL byte")
    return Effect.try({
      try: () => {
        const base = fs.realpathSync.native(root)
        const absolute = path.resolve(base, requested)
        if (!inside(base, absolute)) return { refused: `outside the session directory ${base}` } as const
        const found = realish(absolute)
        if ("dangling" in found) return { refused: `${found.dangling} is a symbolic link whose target does not exist` } as const
        const { exists, real } = found
        if (!inside(base, real)) return { refused: `resolves (through a symbolic link) to ${real}, outside the session directory` } as const
        return { absolute: real, relative: path.relative(base, real).split(path.sep).join("/") || ".", exists }
      },
      catch: (error) => new PathRefused({ path: requested, reason: `cannot be resolved: ${(error as Error).message}` })
    }).pipe(Effect.flatMap((r) => ("refused" in r ? refuse(r.refused) : Effect.succeed(r))))
  })
