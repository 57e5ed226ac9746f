/**
 * `edit`: exact-match replacement in one file. The match must be there and,
 * unless `replaceAll`, be the only one — an ambiguous or missing match is a
 * failure that says which, so the model can widen its `oldString`. An empty
 * `oldString` creates the file (upstream's behaviour).
 */
import { Effect, Schema } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import * as ToolRegistry from "../ToolRegistry.js"
import { confine, io, looksBinary } from "./common.js"

const Input = Schema.Struct({
  filePath: Schema.String.annotations({ description: "The path of the file to change, relative to the session directory" }),
  oldString: Schema.String.annotations({ description: "The exact text to replace (empty: create the file with newString)" }),
  newString: Schema.String.annotations({ description: "The text to put in its place" }),
  replaceAll: Schema.optional(Schema.Boolean).annotations({ description: "Replace every occurrence (default false: there must be exactly one)" })
})

const count = (haystack: string, needle: string) => {
  let n = 0
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++
  return n
}

const fail = (type: string, message: string) => Effect.fail(new ToolRegistry.ToolFailure({ type, message }))

export const tool = ToolRegistry.make({
  name: "edit",
  description:
    "Replaces oldString with newString in a file of the session directory. oldString must match exactly (whitespace included) " +
    "and only once unless replaceAll is set; include surrounding lines to make it unique.",
  input: Input,
  permission: "edit",
  idempotent: false,
  timeout: "30 seconds",
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
      const text = buffer.toString("utf8")
      const n = count(text, input.oldString)
      if (n === 0) {
        return yield* fail("no_match", `oldString was not found in ${target.relative}; read the file and copy the text exactly, whitespace included`)
      }
      if (n > 1 && input.replaceAll !== true) {
        return yield* fail("ambiguous", `oldString matches ${n} places in ${target.relative}; add surrounding lines to make it unique, or set replaceAll`)
      }
      const next = input.replaceAll === true ? text.split(input.oldString).join(input.newString) : text.replace(input.oldString, () => input.newString)
      yield* io(input.filePath, () => fs.writeFileSync(target.absolute, next))
      return {
        output: `Edited ${target.relative}: ${n} replacement${n === 1 ? "" : "s"}`,
        structured: { filePath: target.relative, replacements: n }
      }
    })
})
