/** `read`: a file's lines with numbers, a window at a time; binary files and directories are refused with a reason. */
import { Effect, Option, Schema } from "effect"
import * as fs from "node:fs"
import * as ToolOutputs from "../ToolOutputs.js"
import * as ToolRegistry from "../ToolRegistry.js"
import { confine, io, looksBinary } from "./common.js"

const DEFAULT_LIMIT = 2000
const MAX_LINE = 2000
/** Files larger than this are read only through `offset`/`limit` windows (the whole file is never loaded past it). */
const MAX_BYTES = 10 * 1024 * 1024

const Input = Schema.Struct({
  filePath: Schema.String.annotations({ description: "The path of the file to read, relative to the session directory" }),
  offset: Schema.optional(Schema.Int.pipe(Schema.greaterThanOrEqualTo(1))).annotations({ description: "The line number to start from (1-based)" }),
  limit: Schema.optional(Schema.Int.pipe(Schema.between(1, 10_000))).annotations({ description: `How many lines to read (default ${DEFAULT_LIMIT})` })
})

/**
 * The file a path names: one of this session's saved tool outputs (the
 * absolute paths bounded results point to), or a path in the session
 * directory. Both are confined, symbolic links followed.
 */
const target = (filePath: string, context: ToolRegistry.ToolContext) =>
  Effect.gen(function*() {
    const config = yield* ToolRegistry.ToolConfig
    const output = yield* ToolOutputs.resolve(config.outputDir, context.sessionId, filePath).pipe(
      Effect.mapError((e) => new ToolRegistry.ToolFailure({ type: "path_refused", message: e.message }))
    )
    return Option.isSome(output) ? { ...output.value, relative: filePath } : yield* confine(context.directory, filePath)
  })

export const tool = ToolRegistry.make({
  name: "read",
  description:
    "Reads a file from the session directory. Lines are numbered (`00001| text`); use offset and limit to page through large files. " +
    "Also reads the full output files that truncated tool results point to.",
  input: Input,
  idempotent: true,
  timeout: "30 seconds",
  needs: (input, context) => Effect.map(target(input.filePath, context), (t) => [{ permission: "read", patterns: [t.relative] }]),
  run: (input, context) =>
    Effect.gen(function*() {
      const { absolute } = yield* target(input.filePath, context)
      const stat = yield* io(input.filePath, () => fs.statSync(absolute, { throwIfNoEntry: false }))
      if (stat === undefined) return yield* new ToolRegistry.ToolFailure({ type: "not_found", message: `${input.filePath} does not exist` })
      if (stat.isDirectory()) {
        return yield* new ToolRegistry.ToolFailure({ type: "is_directory", message: `${input.filePath} is a directory; use the list tool` })
      }
      if (stat.size > MAX_BYTES && input.offset === undefined) {
        return yield* new ToolRegistry.ToolFailure({
          type: "too_large",
          message: `${input.filePath} is ${stat.size} bytes (over ${MAX_BYTES}); read it in windows with offset and limit, or search it with grep`
        })
      }
      const buffer = yield* io(input.filePath, () => fs.readFileSync(absolute))
      if (looksBinary(buffer.subarray(0, 8192))) {
        return yield* new ToolRegistry.ToolFailure({ type: "binary", message: `${input.filePath} is a binary file (${stat.size} bytes); it cannot be read as text` })
      }
      const lines = buffer.toString("utf8").split("\n")
      if (lines[lines.length - 1] === "") lines.pop()
      const first = (input.offset ?? 1) - 1
      const limit = input.limit ?? DEFAULT_LIMIT
      if (first >= lines.length && lines.length > 0) {
        return yield* new ToolRegistry.ToolFailure({ type: "out_of_range", message: `offset ${first + 1} is past the end of ${input.filePath} (${lines.length} lines)` })
      }
      const window = lines.slice(first, first + limit)
      const body = window.map((line, i) =>
        `${String(first + i + 1).padStart(5, "0")}| ${line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}… [line cut at ${MAX_LINE} characters]` : line}`
      )
      const rest = lines.length - (first + window.length)
      const footer = rest > 0 ? `\n(${rest} more lines: read on with offset ${first + window.length + 1})` : `\n(end of file, ${lines.length} lines)`
      return {
        output: `<file ${input.filePath}>\n${body.join("\n")}${footer}\n</file>`,
        structured: { lines: window.length, totalLines: lines.length }
      }
    })
})
