/**
 * `edit`: exact-match replacement in one file. The match must be there and,
 * unless `replaceAll`, be the only one — an ambiguous or missing match is a
 * failure that says which, so the model can widen its `oldString`. An empty
 * `oldString` creates the file (upstream's behaviour).
 */
import { Effect, Either, Schema } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import * as ToolRegistry from "../ToolRegistry.js"
import { confine, io, looksBinary } from "./common.js"
import * as Edits from "./edits.js"

const Input = Schema.Struct({
  filePath: Schema.String.annotations({ description: "The path of the file to change, relative to the session directory" }),
  oldString: Schema.String.annotations({ description: "The exact text to replace (empty: create the file with newString)" }),
  newString: Schema.String.annotations({ description: "The text to put in its place" }),
  replaceAll: Schema.optional(Schema.Boolean).annotations({ description: "Replace every occurrence (default false: there must be exactly one)" })
})

const fail = (type: string, message: string) => Effect.fail(new ToolRegistry.ToolFailure({ type, message }))

export const tool = ToolRegistry.make({
  name: "edit",
  description:
    "Replaces oldString with newString in a file of the session directory. oldString must match exactly (whitespace included) " +
    "and only once unless replaceAll is set; include surrounding lines to make it unique.",
  input: Input,
  permission: "edit",
  idempotent: false,
  exclusive: true,
  // the language server's diagnostics may take a while on a cold start (lsp/Diagnostics)
  timeout: "60 seconds",
  needs: (input, context) =>
    Effect.map(confine(context.directory, input.filePath), (target) => [{
      permission: "edit",
      patterns: [target.relative],
      metadata: { tool: "edit", filePath: target.relative }
    }]),
  run: (input, context) =>
    Effect.gen(function*() {
      const target = yield* confine(context.directory, input.filePath)
      if (input.oldString === input.newString) return yield* fail("no_change", "oldString and newString are the same; nothing to change")
      if (input.oldString === "") {
        if (target.exists) return yield* fail("exists", `${target.relative} exists; an empty oldString only creates new files`)
        yield* io(input.filePath, () => {
          fs.mkdirSync(path.dirname(target.absolute), { recursive: true })
          fs.writeFileSync(target.absolute, input.newString)
        })
        return { output: `Created ${target.relative}`, structured: { filePath: target.relative, replacements: 0, created: true } }
      }
      if (!target.exists) return yield* fail("not_found", `${target.relative} does not exist`)
      const buffer = yield* io(input.filePath, () => fs.readFileSync(target.absolute))
      if (looksBinary(buffer.subarray(0, 8192))) return yield* fail("binary", `${target.relative} is a binary file`)
      const applied = Edits.apply(buffer.toString("utf8"), input, target.relative)
      if (Either.isLeft(applied)) return yield* fail(applied.left.type, applied.left.message)
      const n = applied.right.replacements
      yield* io(input.filePath, () => fs.writeFileSync(target.absolute, applied.right.text))
      return {
        output: `Edited ${target.relative}: ${n} replacement${n === 1 ? "" : "s"}`,
        structured: { filePath: target.relative, replacements: n }
      }
    })
})
