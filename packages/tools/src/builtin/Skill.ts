/**
 * `skill`: loads a named skill — `SKILL.md` under the project's skills
 * folder (`.ratchet/skills/<name>/`, or opencode's `.opencode/skill/<name>/`)
 * — into the conversation.
 */
import { Effect, Schema } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import * as ToolRegistry from "../ToolRegistry.js"
import { confine, io } from "./common.js"

export const SKILL_DIRS = [".ratchet/skills", ".opencode/skill", ".opencode/skills"]

const Name = Schema.String.pipe(Schema.pattern(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, { message: () => "a skill name: letters, digits, . _ -" }))

/** The skills found in `directory`, by name. */
export const available = (directory: string): ReadonlyArray<string> =>
  SKILL_DIRS.flatMap((d) => {
    const root = path.join(directory, d)
    if (!fs.existsSync(root)) return []
    return fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && fs.existsSync(path.join(root, e.name, "SKILL.md"))).map((e) => e.name)
  })

export const tool = ToolRegistry.make({
  name: "skill",
  description: "Loads a skill (instructions for a kind of task) by name from the project's skills folder (.ratchet/skills/<name>/SKILL.md).",
  input: Schema.Struct({ name: Name.annotations({ description: "The skill's name (its folder)" }) }),
  idempotent: true,
  timeout: "10 seconds",
  needs: (input) => Effect.succeed([{ permission: "skill", patterns: [input.name] }]),
  run: (input, context) =>
    Effect.gen(function*() {
      for (const dir of SKILL_DIRS) {
        const file = `${dir}/${input.name}/SKILL.md`
        if (!fs.existsSync(path.join(context.directory, file))) continue
        const target = yield* confine(context.directory, file)
        const text = yield* io(file, () => fs.readFileSync(target.absolute, "utf8"))
        return { output: `<skill ${input.name}>\n${text}\n</skill>`, structured: { name: input.name, path: target.relative } }
      }
      const names = yield* io("skills", () => available(context.directory))
      return yield* new ToolRegistry.ToolFailure({
        type: "not_found",
        message: `no skill named ${input.name}${names.length === 0 ? " (this project has no skills)" : `; available: ${names.join(", ")}`}`
      })
    })
})
