/**
 * Where the full output of a bounded tool result is kept: one folder per
 * session under the configured output directory, folders 0700 and files
 * 0600, so other local users cannot read what a session's commands printed.
 * A session may read back only its own outputs, through the same
 * confinement as every other path (symbolic links followed): a model that
 * names another session's output file, or a link planted in its folder, is
 * refused. Outputs go with their session (`remove` on delete) and by age
 * (`prune` on start).
 */
import type { SessionId } from "@ratchet/schema"
import { Effect, Option } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import * as Confinement from "./Confinement.js"

const safe = (name: string) => name.replace(/[^A-Za-z0-9_-]/g, "_")

/** The session's own folder (not created). */
export const sessionDir = (outputDir: string, sessionId: SessionId): string => path.join(path.resolve(outputDir), safe(sessionId))

/** Creates `dir` (and parents) for this user only, and tightens it if it existed with wider rights. */
const ensurePrivate = (dir: string) => {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  const stat = fs.statSync(dir)
  if (typeof process.getuid === "function" && stat.uid !== process.getuid()) {
    throw new Error(`${dir} belongs to another user`)
  }
  if ((stat.mode & 0o077) !== 0) fs.chmodSync(dir, 0o700)
}

/** Saves one call's full output and returns its real path (best effort: a failure keeps only the bounded text). */
export const save = (outputDir: string, sessionId: SessionId, callId: string, output: string): Effect.Effect<Option.Option<string>> =>
  Effect.try(() => {
    ensurePrivate(path.resolve(outputDir))
    const dir = sessionDir(outputDir, sessionId)
    ensurePrivate(dir)
    const file = path.join(fs.realpathSync.native(dir), `${safe(callId)}.txt`)
    fs.writeFileSync(file, output, { mode: 0o600 })
    return file
  }).pipe(Effect.option)

/**
 * `requested` when it names a file in the session's own output folder
 * (absolute, as results name them): `Some` of the confined path, or a
 * refusal; `None` when it does not point into the output directory at all
 * (the caller confines it to the session directory instead).
 */
export const resolve = (
  outputDir: string,
  sessionId: SessionId,
  requested: string
): Effect.Effect<Option.Option<Confinement.Confined>, Confinement.PathRefused> =>
  Effect.suspend(() => {
    if (!path.isAbsolute(requested)) return Effect.succeed(Option.none())
    const roots = [path.resolve(outputDir), ...Option.toArray(Option.liftThrowable((dir: string) => fs.realpathSync.native(dir))(outputDir))]
    const absolute = path.resolve(requested)
    const under = roots.find((root) => absolute === root || absolute.startsWith(root + path.sep))
    if (under === undefined) return Effect.succeed(Option.none())
    const own = path.join(under, safe(sessionId))
    if (!(absolute.startsWith(own + path.sep))) {
      return Effect.fail(new Confinement.PathRefused({ path: requested, reason: "a tool output of another session" }))
    }
    return Effect.map(Confinement.resolve(own, path.relative(own, absolute)), Option.some)
  })

/** Removes a session's outputs (when the session is deleted). */
export const remove = (outputDir: string, sessionId: SessionId): Effect.Effect<void> =>
  Effect.try(() => fs.rmSync(sessionDir(outputDir, sessionId), { recursive: true, force: true })).pipe(
    Effect.catchAll((e) => Effect.logWarning(`could not remove the tool outputs of ${sessionId}: ${e.message}`))
  )

/** Removes session folders not written for `maxAgeMs`; returns how many. */
export const prune = (outputDir: string, maxAgeMs: number, now = Date.now()): Effect.Effect<number> =>
  Effect.try(() => {
    const root = path.resolve(outputDir)
    const entries = fs.existsSync(root) ? fs.readdirSync(root, { withFileTypes: true }) : []
    let removed = 0
    for (const entry of entries) {
      if (!entry.isDirectory()) continue
      const dir = path.join(root, entry.name)
      if (now - fs.statSync(dir).mtimeMs <= maxAgeMs) continue
      fs.rmSync(dir, { recursive: true, force: true })
      removed++
    }
    return removed
  }).pipe(Effect.catchAll((e) => Effect.as(Effect.logWarning(`pruning tool outputs in ${outputDir}: ${e.message}`), 0)))
