/**
 * The built-in tools, with upstream's names and input fields so prompts and
 * models tuned for opencode work unchanged: read, write, edit, list, glob,
 * grep, bash, webfetch, todowrite, todoread, question, skill — and task,
 * which drives the engine itself and so is registered on top of it
 * (`taskLayer`).
 */
import { Effect, type Layer } from "effect"
import type { Permissions } from "./Permissions.js"
import type { Questions } from "./Questions.js"
import * as ToolRegistry from "./ToolRegistry.js"
import { withDiagnostics } from "./lsp/Diagnostics.js"
import * as Bash from "./builtin/Bash.js"
import * as ApplyPatch from "./builtin/ApplyPatch.js"
import * as Edit from "./builtin/Edit.js"
import * as MultiEdit from "./builtin/MultiEdit.js"
import * as Glob from "./builtin/Glob.js"
import * as Grep from "./builtin/Grep.js"
import * as List from "./builtin/List.js"
import * as Question from "./builtin/Question.js"
import * as Read from "./builtin/Read.js"
import * as Skill from "./builtin/Skill.js"
import * as Task from "./builtin/Task.js"
import * as Todo from "./builtin/Todo.js"
import * as WebFetch from "./builtin/WebFetch.js"
import * as Write from "./builtin/Write.js"
import type { SessionQueries, SessionWriter } from "@ratchet/store"

const changedFile = (output: ToolRegistry.ToolOutput): ReadonlyArray<string> =>
  typeof output.structured?.filePath === "string" ? [output.structured.filePath] : []

/** apply_patch's summary lines (`A path`, `M path`, `R from → to`; deleted files have nothing to report). */
const patchedFiles = (output: ToolRegistry.ToolOutput): ReadonlyArray<string> =>
  (Array.isArray(output.structured?.files) ? output.structured.files : []).flatMap((line) => {
    if (typeof line !== "string" || line.startsWith("D ")) return []
    const moved = line.split(" → ")
    return [moved.length === 2 ? moved[1]! : line.slice(2)]
  })

export const stateless: ReadonlyArray<ToolRegistry.Tool> = [
  Read.tool,
  // the file tools report the language server's diagnostics of what they changed (Diagnostics)
  withDiagnostics(Write.tool, changedFile),
  withDiagnostics(Edit.tool, changedFile),
  withDiagnostics(MultiEdit.tool, changedFile),
  withDiagnostics(ApplyPatch.tool, patchedFiles),
  List.tool,
  Glob.tool,
  Grep.tool,
  Bash.tool,
  WebFetch.tool,
  Skill.tool
]

/** Every built-in but task, plus `extra` (tests' and embedders' own tools). */
export const make = (extra: ReadonlyArray<ToolRegistry.Tool> = []) =>
  Effect.gen(function*() {
    const todo = yield* Todo.tools
    const question = yield* Question.make
    return [...stateless, ...todo, question, ...extra]
  })

/** The registry with the built-ins (the engine adds `task` through `taskLayer`). */
export const registry = (
  extra: ReadonlyArray<ToolRegistry.Tool> = []
): Layer.Layer<ToolRegistry.ToolRegistry, never, Permissions | Questions | SessionWriter.SessionWriter | SessionQueries.SessionQueries> =>
  ToolRegistry.layerFrom(make(extra))

export const taskLayer = Task.layer
export { SKILL_DIRS } from "./builtin/Skill.js"
