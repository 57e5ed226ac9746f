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
import type { SessionQueries } from "./SessionQueries.js"
import type { SessionWriter } from "./SessionWriter.js"
import * as ToolRegistry from "./ToolRegistry.js"
import * as Bash from "./tools/Bash.js"
import * as Edit from "./tools/Edit.js"
import * as Glob from "./tools/Glob.js"
import * as Grep from "./tools/Grep.js"
import * as List from "./tools/List.js"
import * as Question from "./tools/Question.js"
import * as Read from "./tools/Read.js"
import * as Skill from "./tools/Skill.js"
import * as Task from "./tools/Task.js"
import * as Todo from "./tools/Todo.js"
import * as WebFetch from "./tools/WebFetch.js"
import * as Write from "./tools/Write.js"

export const stateless: ReadonlyArray<ToolRegistry.Tool> = [
  Read.tool,
  Write.tool,
  Edit.tool,
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
): Layer.Layer<ToolRegistry.ToolRegistry, never, Permissions | Questions | SessionWriter | SessionQueries> =>
  ToolRegistry.layerFrom(make(extra))

export const taskLayer = Task.layer
