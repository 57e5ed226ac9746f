/**
 * `multiedit`: several exact-match edits to one file in one call, applied in
 * order to the text in memory; if any does not apply, nothing is written
 * and the failure names the edit. The first edit may create the file (an
 * empty `oldString`).
 */
import { Effect, Either, Schema } from "effect"
import * as fs from "node:fs"
import * as ToolRegistry from "../ToolRegistry.js"
import { writeAll } from "./atomicWrite.js"
import { confine, io, looksBinary } from "./common.js"
import * as Edits from "./edits.js"

const Edit = Schema.Struct({
  oldString: Schema.String.annotations({ description: "The exact text to replace (empty in the first edit: create the file)" }),
  newString: Schema.String.annotations({ description: "The text to put in its place" }),
  replaceAll: Schema.optional(Schema.Boolean).annotations({ description: "Replace every occurrence (default false: exactly one)" })
})

const Input = Schema.Struct({
  filePath: Schema.String.annotations({ description: "The file to change, relative to the session directory" }),
  edits: Schema.Array(Edit).pipe(Schema.minItems(1), Schema.maxItems(100)).annotations({ description: "Edits applied in order, each to the result of the one before" })
})

const fail = (type: string, message: string) => Effect.fail(new ToolRegistry.ToolFailure({ type, message }))

export const tool = ToolRegistry.make({
  name: "multiedit",
  description:
    "Makes several exact-match edits to one file at once, in order; all apply or none. Prefer it to several edit calls on the same file.",
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
      metadata: { tool: "multiedit", filePath: target.relative, edits: input.edits.length }
    }]),
  run: (input, context) =>
    Effect.gen(function*() {
      const target = yield* confine(context.directory, input.filePath)
      const creates = input.edits[0]!.oldString === ""
      if (creates && target.exists) return yield* fail("exists", `${target.relative} exists; an empty oldString only creates new files`)
      if (!creates && !target.exists) return yield* fail("not_found", `${target.relative} does not exist`)
      let text = ""
      if (!creates) {
        const buffer = yield* io(input.filePath, () => fs.readFileSync(target.absolute))
        if (looksBinary(buffer.subarray(0, 8192))) return yield* fail("binary", `${target.relative} is a binary file`)
        text = buffer.toString("utf8")
      }
      let replacements = 0
      for (const [i, edit] of input.edits.entries()) {
        if (i === 0 && creates) {
          text = edit.newString
          continue
        }
        if (edit.oldString === "") return yield* fail("invalid_input", `edit ${i + 1}: only the first edit may have an empty oldString (to create the file)`)
        const applied = Edits.apply(text, edit, target.relative)
        if (Either.isLeft(applied)) return yield* fail(applied.left.type, `edit ${i + 1} of ${input.edits.length}: ${applied.left.message}; nothing was changed`)
        text = applied.right.text
        replacements += applied.right.replacements
      }
      yield* io(input.filePath, () => writeAll([{ absolute: target.absolute, content: text }]))
      return {
        output: `${creates ? "Created" : "Edited"} ${target.relative}: ${input.edits.length} edit${input.edits.length === 1 ? "" : "s"}, ${replacements} replacement${replacements === 1 ? "" : "s"}`,
        structured: { filePath: target.relative, edits: input.edits.length, replacements, ...(creates ? { created: true } : {}) }
      }
    })
})
