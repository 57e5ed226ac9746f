/**
 * What the model is told besides the transcript, assembled when an activity
 * starts: the agent's prompt, an environment block (directory, git or not,
 * platform, date, model, the project's top level) and the project's
 * instructions — `AGENTS.md` from the directory up to the git root, nearest
 * first (`CLAUDE.md` where a directory has no `AGENTS.md`), the global one
 * in the user's config directory, and config `instructions` (paths or globs
 * in the project). Each file is named in the prompt and bounded, with a
 * note when it is cut. The result carries a hash, so the log can record the
 * text once (SystemRecorded).
 */
import type { ModelRef } from "@ratchet/schema"
import { Context, Effect, Either } from "effect"
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { globSync } from "tinyglobby"

export interface ContextConfigShape {
  /** Config `instructions`: files or globs, relative to the session's directory (or absolute). */
  readonly instructions: ReadonlyArray<string>
  /** Instruction files outside the project (the user's global `AGENTS.md`); default from XDG_CONFIG_HOME. */
  readonly globalFiles: ReadonlyArray<string>
}

const configHome = () => process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), ".config")

export class ContextConfig extends Context.Reference<ContextConfig>()("@ratchet/engine/ContextConfig", {
  defaultValue: (): ContextConfigShape => ({
    instructions: [],
    globalFiles: [path.join(configHome(), "ratchet", "AGENTS.md"), path.join(configHome(), "opencode", "AGENTS.md")]
  })
}) {}

export interface Source {
  readonly kind: "agent" | "environment" | "instructions"
  readonly path?: string
  readonly bytes: number
  readonly cut?: boolean
}

export interface Assembled {
  readonly text: string
  readonly hash: string
  readonly sources: ReadonlyArray<Source>
}

/** Per instruction file, and for all of them together. */
const MAX_FILE = 32 * 1024
const MAX_INSTRUCTIONS = 128 * 1024
const MAX_LISTING = 60

const isFile = (p: string) => fs.statSync(p, { throwIfNoEntry: false })?.isFile() === true

/** The directories from `directory` up to the git root, nearest first (only `directory` outside a repository). */
const upToGitRoot = (directory: string): { readonly dirs: Array<string>; readonly git: boolean } => {
  const dirs: Array<string> = []
  for (let dir = path.resolve(directory); ; dir = path.dirname(dir)) {
    dirs.push(dir)
    if (fs.existsSync(path.join(dir, ".git"))) return { dirs, git: true }
    if (path.dirname(dir) === dir) return { dirs: [path.resolve(directory)], git: false }
  }
}

const listing = (directory: string): string => {
  const entries = fs.readdirSync(directory, { withFileTypes: true })
    .filter((e) => e.name !== ".git")
    .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
    .sort()
  const shown = entries.slice(0, MAX_LISTING)
  return shown.join("\n") + (entries.length > shown.length ? `\n… and ${entries.length - shown.length} more` : "")
}

export const assemble = (options: {
  readonly directory: string
  readonly agentPrompt: string
  readonly model: ModelRef
  readonly now?: Date
}): Effect.Effect<Assembled, never, never> =>
  Effect.flatMap(ContextConfig, (config) =>
    Effect.sync(() => {
      const sources: Array<Source> = [{ kind: "agent", bytes: Buffer.byteLength(options.agentPrompt) }]
      const { dirs, git } = upToGitRoot(options.directory)
      const now = options.now ?? new Date()
      const top = Either.getOrElse(Either.try(() => listing(options.directory)), () => "(the directory cannot be listed)")
      const environment = [
        "<environment>",
        `Working directory: ${options.directory}`,
        `Git repository: ${git ? "yes" : "no"}`,
        `Platform: ${process.platform}`,
        `Today's date: ${now.toISOString().slice(0, 10)}`,
        `Model: ${options.model.providerID}/${options.model.id}`,
        "Top level of the project:",
        top,
        "</environment>"
      ].join("\n")
      sources.push({ kind: "environment", bytes: Buffer.byteLength(environment) })

      // nearest first; a directory's CLAUDE.md only when it has no AGENTS.md
      const files: Array<string> = []
      for (const dir of dirs) {
        const agents = path.join(dir, "AGENTS.md")
        const claude = path.join(dir, "CLAUDE.md")
        if (isFile(agents)) files.push(agents)
        else if (isFile(claude)) files.push(claude)
      }
      for (const f of config.globalFiles) if (isFile(f) && !files.includes(f)) files.push(f)
      for (const pattern of config.instructions) {
        const matched = path.isAbsolute(pattern) || !/[*?[{]/.test(pattern)
          ? [path.resolve(options.directory, pattern)].filter(isFile)
          : globSync(pattern, { cwd: options.directory, absolute: true, onlyFiles: true, dot: true }).sort()
        for (const f of matched) if (!files.includes(f)) files.push(f)
      }
      const parts: Array<string> = []
      let total = 0
      for (const file of files) {
        if (total >= MAX_INSTRUCTIONS) break
        const read = Either.try(() => fs.readFileSync(file, "utf8"))
        if (Either.isLeft(read)) continue
        const text = read.right
        const limit = Math.min(MAX_FILE, MAX_INSTRUCTIONS - total)
        const cut = Buffer.byteLength(text) > limit
        const body = cut ? `${Buffer.from(text).subarray(0, limit).toString("utf8")}\n[… cut: the file is ${Buffer.byteLength(text)} bytes; read it for the rest]` : text
        total += Buffer.byteLength(body)
        // project files (up to the git root) by their path from the directory; others in full
        const shown = path.relative(options.directory, file)
        const name = dirs.includes(path.dirname(file)) || !(shown.startsWith("..") || path.isAbsolute(shown)) ? shown : file
        parts.push(`<instructions file="${name}">\n${body.trim()}\n</instructions>`)
        sources.push({ kind: "instructions", path: name, bytes: Buffer.byteLength(text), ...(cut ? { cut: true } : {}) })
      }
      const instructions = parts.length === 0 ? "" : `Project instructions (the nearest file first; follow them):\n\n${parts.join("\n\n")}`
      const text = [options.agentPrompt, environment, instructions].filter((t) => t !== "").join("\n\n")
      return { text, hash: createHash("sha256").update(text).digest("hex").slice(0, 32), sources }
    }))
