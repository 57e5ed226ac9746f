/**
 * Which config files apply, and their merge, in opencode's order (later
 * wins): the global opencode file, the global Ratchet file,
 * `OPENCODE_CONFIG`, the project's `opencode.json[c]` from the git root
 * down to the working directory, `.opencode/opencode.json[c]` likewise, the
 * project's `ratchet.json[c]`, then the file named by `--config` or
 * `RATCHET_CONFIG`, and last `OPENCODE_CONFIG_CONTENT` (inline JSON).
 * Objects merge key by key; anything else (strings, numbers, arrays) is
 * replaced by the later file's value. Each file is checked on its own, so
 * an error names the file it is in.
 */
import { Effect } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { type ConfigError, type ConfigFile, load, parse, warnings } from "./ConfigFile.js"

type Env = Readonly<Record<string, string | undefined>>

const variants = (base: string) => [`${base}.json`, `${base}.jsonc`]
const existing = (bases: ReadonlyArray<string>) => bases.flatMap(variants).filter((f) => fs.existsSync(f))

/** The directories from the git root (or the working directory, outside a repository) down to `cwd`. */
const projectDirs = (cwd: string): Array<string> => {
  const up: Array<string> = []
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    up.push(dir)
    if (fs.existsSync(path.join(dir, ".git"))) return up.reverse()
    if (path.dirname(dir) === dir) return [path.resolve(cwd)]
  }
}

/** The files that apply, lowest precedence first. */
export const discover = (cwd: string, env: Env, explicit?: string): Array<string> => {
  const global = env.XDG_CONFIG_HOME ?? path.join(os.homedir(), ".config")
  const dirs = projectDirs(cwd)
  const files = [
    ...existing([path.join(global, "opencode", "opencode"), path.join(global, "ratchet", "ratchet")]),
    ...(env.OPENCODE_CONFIG === undefined ? [] : [env.OPENCODE_CONFIG]),
    ...existing(dirs.map((d) => path.join(d, "opencode"))),
    ...existing(dirs.map((d) => path.join(d, ".opencode", "opencode"))),
    ...existing([path.join(cwd, "ratchet")]),
    ...(explicit === undefined ? [] : [explicit])
  ]
  return files.filter((f, i) => files.indexOf(f) === i)
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x)

export const merge = (a: unknown, b: unknown): unknown =>
  isObject(a) && isObject(b)
    ? Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, k in b ? merge(a[k], b[k]) : a[k]]))
    : b

export interface Loaded {
  readonly config: ConfigFile
  /** The files merged, lowest precedence first (an inline `OPENCODE_CONFIG_CONTENT` is listed as such). */
  readonly files: ReadonlyArray<string>
  readonly warnings: ReadonlyArray<string>
}

const INLINE = "OPENCODE_CONFIG_CONTENT"

/** Every file that applies, each checked, merged. A file named explicitly (flag or variable) must exist. */
export const loadAll = (cwd: string, env: Env, explicit?: string): Effect.Effect<Loaded, ConfigError> =>
  Effect.gen(function*() {
    const files = discover(cwd, env, explicit)
    let config: unknown = {}
    const notes: Array<string> = []
    for (const file of files) {
      const loaded = yield* load(file)
      config = merge(config, loaded.config)
      notes.push(...loaded.warnings)
    }
    const inline = env[INLINE]
    if (inline !== undefined && inline.trim() !== "") {
      const parsed = yield* parse(INLINE, inline)
      config = merge(config, parsed)
      notes.push(...warnings(inline).map((w) => `${INLINE}: ${w}`))
    }
    return { config: config as ConfigFile, files: inline === undefined || inline.trim() === "" ? files : [...files, INLINE], warnings: notes }
  })


