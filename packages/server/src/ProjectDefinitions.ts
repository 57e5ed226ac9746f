/**
 * What a project defines beside its files: commands (config `command` and
 * markdown files under `.opencode/command/` or `.ratchet/commands/`),
 * skills (`SKILL.md` folders, the ones the `skill` tool loads) and
 * references (config `reference`). Files are read from the requested
 * directory; each is bounded, and a file that does not parse is skipped,
 * not an error for the whole list.
 */
import { BuiltinTools } from "@ratchet/tools"
import * as fs from "node:fs"
import * as path from "node:path"
import type { CommandEntry, ReferenceEntry } from "./ConfigFile.js"
import type { CommandDef, ReferenceDef } from "./ServerConfig.js"

const COMMAND_DIRS = [".ratchet/commands", ".opencode/command", ".opencode/commands"]
/** A command or skill file larger than this is skipped (a definition, not a data file). */
const MAX_FILE = 256 * 1024

const model = (value: string | undefined) => {
  if (value === undefined) return undefined
  const slash = value.indexOf("/")
  return { providerID: value.slice(0, slash), id: value.slice(slash + 1) }
}

export const commandsFrom = (entries: Readonly<Record<string, CommandEntry>>): Array<CommandDef> =>
  Object.entries(entries).map(([name, e]) => {
    const m = model(e.model)
    return {
      name,
      template: e.template,
      ...(e.description === undefined ? {} : { description: e.description }),
      ...(e.agent === undefined ? {} : { agent: e.agent }),
      ...(m === undefined ? {} : { model: e.variant === undefined ? m : { ...m, variant: e.variant } }),
      ...(e.subtask === undefined ? {} : { subtask: e.subtask })
    }
  })

const looksRemote = (s: string) => /^(https?:\/\/|git@|ssh:\/\/)/.test(s) || s.endsWith(".git")

export const referencesFrom = (entries: Readonly<Record<string, ReferenceEntry>>): Array<ReferenceDef> =>
  Object.entries(entries).map(([name, e]) => ({
    name,
    // the config schema decoded these shapes; only the tag is added
    source: (typeof e === "string"
      ? looksRemote(e) ? { type: "git", repository: e } : { type: "local", path: e }
      : "repository" in e
      ? { type: "git", ...e }
      : { type: "local", ...e }) as ReferenceDef["source"]
  }))

/** `---` front matter's flat `key: value` lines, and the text after it. */
export const frontMatter = (text: string): { readonly fields: Record<string, string>; readonly body: string } => {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text)
  if (m === null) return { fields: {}, body: text }
  const fields: Record<string, string> = {}
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line)
    if (kv !== null) fields[kv[1]!] = kv[2]!.replace(/^(["'])(.*)\1$/, "$2")
  }
  return { fields, body: text.slice(m[0].length) }
}

/** A regular file inside `root` (no symlink out), not too large, as text; otherwise undefined. */
const readInside = (root: string, file: string): string | undefined => {
  const real = fs.realpathSync.native(file)
  if (!(real === root || real.startsWith(root + path.sep))) return undefined
  const stat = fs.statSync(real)
  if (!stat.isFile() || stat.size > MAX_FILE) return undefined
  return fs.readFileSync(real, "utf8")
}

const entriesOf = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : [])

/** Config commands, then file commands under `directory` not named in config. */
export const commands = (directory: string, configured: ReadonlyArray<CommandDef>): Array<CommandDef> => {
  const root = fs.realpathSync.native(directory)
  const out = [...configured]
  const names = new Set(configured.map((c) => c.name))
  for (const d of COMMAND_DIRS) {
    for (const e of entriesOf(path.join(root, d))) {
      const name = e.name.replace(/\.md$/, "")
      if (!e.name.endsWith(".md") || names.has(name)) continue
      const text = readInside(root, path.join(root, d, e.name))
      if (text === undefined) continue
      const { fields, body } = frontMatter(text)
      const m = model(fields.model?.includes("/") === true ? fields.model : undefined)
      names.add(name)
      out.push({
        name,
        template: body.trim(),
        ...(fields.description === undefined ? {} : { description: fields.description }),
        ...(fields.agent === undefined ? {} : { agent: fields.agent }),
        ...(m === undefined ? {} : { model: m }),
        ...(fields.subtask === undefined ? {} : { subtask: fields.subtask === "true" })
      })
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name))
}

export interface Skill {
  readonly name: string
  readonly description?: string
  readonly location: string
  readonly content: string
}

/** The skills the `skill` tool can load in `directory`, with their SKILL.md text. */
export const skills = (directory: string): Array<Skill> => {
  const root = fs.realpathSync.native(directory)
  const out: Array<Skill> = []
  const seen = new Set<string>()
  for (const d of BuiltinTools.SKILL_DIRS) {
    for (const e of entriesOf(path.join(root, d))) {
      const file = path.join(root, d, e.name, "SKILL.md")
      if (!e.isDirectory() || seen.has(e.name) || !fs.existsSync(file)) continue
      const content = readInside(root, file)
      if (content === undefined) continue
      seen.add(e.name)
      const description = frontMatter(content).fields.description
      out.push({ name: e.name, ...(description === undefined ? {} : { description }), location: `${d}/${e.name}/SKILL.md`, content })
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name))
}
