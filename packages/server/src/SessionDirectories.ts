/**
 * Which directories sessions may run in. The client names a session's
 * directory, but the server decides: it must exist, be a directory, and be
 * one of the configured roots (`server.directories`; default the directory
 * the server runs in) or inside one, after following symbolic links. A
 * client that names `/` would otherwise have every file tool read the whole
 * machine.
 */
import { Either } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import type { ServerConfigShape } from "./ServerConfig.js"

/** `candidate` is `root` or below it (both real paths). */
export const inside = (root: string, candidate: string) => candidate === root || candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep)

/** The roots, as real paths. */
export const roots = (config: ServerConfigShape): ReadonlyArray<string> =>
  (config.directories.length > 0 ? config.directories : [config.directory]).map((dir) => {
    const real = Either.try(() => fs.realpathSync.native(dir))
    return Either.getOrElse(real, () => path.resolve(dir))
  })

/** The directory as requested when it is allowed (tools resolve it again, following links), or why it is refused. */
export const check = (config: ServerConfigShape, requested: string): Either.Either<string, string> => {
  if (requested.includes("\0")) return Either.left("the directory contains a NUL byte")
  if (!path.isAbsolute(requested)) return Either.left("must be an absolute path")
  const real = Either.try(() => fs.realpathSync.native(requested))
  if (Either.isLeft(real)) return Either.left(`${requested} does not exist`)
  if (!fs.statSync(real.right).isDirectory()) return Either.left(`${requested} is not a directory`)
  const allowed = roots(config)
  return allowed.some((root) => inside(root, real.right))
    ? Either.right(requested)
    : Either.left(`sessions may run only in ${allowed.join(", ")} or below (server.directories)`)
}
