/** Helpers the built-in file tools share: confinement as a tool failure, and line-numbered text. */
import { Effect } from "effect"
import * as Confinement from "../Confinement.js"
import { ToolFailure } from "../ToolRegistry.js"

/**
 * `requested` inside the session directory, or a failure the model can act on.
 * Tools resolve it when they say what they need and again when they run: a
 * call may wait on a permission for a long time, and a link swapped meanwhile
 * must not carry the write out of the directory.
 */
export const confine = (directory: string, requested: string) =>
  Confinement.resolve(directory, requested).pipe(
    Effect.mapError((e) => new ToolFailure({ type: "path_refused", message: `${e.message}; paths must stay inside the session directory` }))
  )

/** Runs a synchronous file-system step; an error becomes a failure naming the path. */
export const io = <A>(what: string, f: () => A) =>
  Effect.try({
    try: f,
    catch: (e) => new ToolFailure({ type: "io", message: `${what}: ${(e as NodeJS.ErrnoException).code ?? ""} ${(e as Error).message}`.trim() })
  })

/** True when the first bytes look binary (a NUL byte, or many control characters). */
export const looksBinary = (sample: Buffer): boolean => {
  if (sample.length === 0) return false
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 9 || (byte > 13 && byte < 32)) control++
  }
  return control / sample.length > 0.3
}
