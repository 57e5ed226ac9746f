/** `write`: creates or replaces a file (parents created); asks as `edit`, like upstream. */
import { Effect, Schema } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import * as ToolRegistry from "../ToolRegistry.js"
import { confine, io } from "./common.js"

const Input = Schema.Struct({
  filePath: Schema.String.annotations({ description: "The path of the file to write, relative to the session directory" }),
  content: Schema.String.annotations({ description: "The whole new content of the file" })
})

export const tool = ToolRegistry.make({
  name: "write",
  description: "Writes a file in the session directory, replacing it if it exists. Prefer edit for changes to an existing file.",
  input: Input,
  permission: "edit",
  idempotent: true,
  exclusive: true,
  // the language server's diagnostics may take a while on a cold start (lsp/Diagnostics)
  timeout: "60 seconds",
  needs: (input, context) =>
    Effect.map(confine(context.directory, input.filePath), (target) => [{
      permission: "edit",
      patterns: [target.relative],
      metadata: { tool: "write", filePath: target.relative, exists: target.exists }
    }]),
  run: (input, context) =>
    Effect.gen(function*() {
      const target = yield* confine(context.directory, input.filePath)
      const stat = yield* io(input.filePath, () => fs.statSync(target.absolute, { throwIfNoEntry: false }))
      if (stat?.isDirectory() === true) {
        return yield* new ToolRegistry.ToolFailure({ type: "is_directory", message: `${input.filePath} is a directory` })
      }
      yield* io(input.filePath, () => {
        fs.mkdirSync(path.dirname(target.absolute), { recursive: true })
        fs.writeFileSync(target.absolute, input.content)
      })
      const bytes = Buffer.byteLength(input.content, "utf8")
      return {
        output: `${stat === undefined ? "Created" : "Wrote"} ${target.relative} (${bytes} bytes)`,
        structured: { filePath: target.relative, bytes, created: stat === undefined }
      }
    })
})
