/** `list`: a directory's tree (bounded), skipping what is rarely wanted (.git, node_modules …). */
import { Effect, Schema } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import * as ToolRegistry from "../ToolRegistry.js"
import { confine, io } from "./common.js"

const MAX_ENTRIES = 1000
export const DEFAULT_IGNORE = [".git", "node_modules", "dist", "build", ".cache", "__pycache__", ".venv", "target", "coverage"]

const Input = Schema.Struct({
  path: Schema.optional(Schema.String).annotations({ description: "The directory to list, relative to the session directory (default: the directory itself)" }),
  ignore: Schema.optional(Schema.Array(Schema.String)).annotations({ description: "Names to skip besides the defaults" })
})

export const tool = ToolRegistry.make({
  name: "list",
  description: `Lists files and directories as a tree (at most ${MAX_ENTRIES} entries; .git, node_modules and build outputs are skipped).`,
  input: Input,
  idempotent: true,
  timeout: "30 seconds",
  needs: (input, context) =>
    Effect.map(confine(context.directory, input.path ?? "."), (t) => [{ permission: "list", patterns: [t.relative] }]),
  run: (input, context) =>
    Effect.gen(function*() {
      const root = yield* confine(context.directory, input.path ?? ".")
      const skip = new Set([...DEFAULT_IGNORE, ...(input.ignore ?? [])])
      const lines: Array<string> = []
      let truncated = false
      const walk = (dir: string, depth: number) => {
        const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
        for (const entry of entries) {
          if (lines.length >= MAX_ENTRIES) {
            truncated = true
            return
          }
          if (skip.has(entry.name)) continue
          const isDir = entry.isDirectory()
          lines.push(`${"  ".repeat(depth)}${entry.name}${isDir ? "/" : entry.isSymbolicLink() ? " -> (link)" : ""}`)
          // symbolic links are not followed: a link may point out of the directory
          if (isDir) walk(path.join(dir, entry.name), depth + 1)
        }
      }
      const stat = yield* io(root.relative, () => fs.statSync(root.absolute, { throwIfNoEntry: false }))
      if (stat === undefined || !stat.isDirectory()) {
        return yield* new ToolRegistry.ToolFailure({ type: "not_a_directory", message: `${root.relative} is not a directory` })
      }
      yield* io(root.relative, () => walk(root.absolute, 0))
      return {
        output: `${root.relative}/\n${lines.map((l) => `  ${l}`).join("\n")}${truncated ? `\n(stopped at ${MAX_ENTRIES} entries: list a subdirectory)` : ""}`,
        structured: { entries: lines.length, truncated }
      }
    })
})
