/**
 * `apply_patch`: the patch envelope GPT-family models are trained to write
 * (see `patch.ts`). Every path is confined to the session directory and
 * asked as `edit` together; all files change or none (`atomicWrite`).
 */
import { Effect, Either, Schema } from "effect"
import * as fs from "node:fs"
import * as ToolRegistry from "../ToolRegistry.js"
import { type FileChange, writeAll } from "./atomicWrite.js"
import { confine, io, looksBinary } from "./common.js"
import * as Patch from "./patch.js"

const Input = Schema.Struct({
  patchText: Schema.String.pipe(Schema.maxLength(1024 * 1024)).annotations({
    description: "The whole patch, from \"*** Begin Patch\" to \"*** End Patch\": \"*** Add File: path\" (lines starting with +), " +
      "\"*** Delete File: path\", \"*** Update File: path\" (optionally \"*** Move to: path\") with hunks of context \" \", removed \"-\" and added \"+\" lines, each hunk after an optional \"@@ line to find\""
  })
})

const fail = (type: string, message: string) => Effect.fail(new ToolRegistry.ToolFailure({ type, message }))

const parsed = (text: string) =>
  Either.match(Patch.parse(text), {
    onLeft: (e) => fail("invalid_patch", `the patch does not parse: ${e.message}`),
    onRight: Effect.succeed
  })

const paths = (ops: ReadonlyArray<Patch.Operation>) =>
  ops.flatMap((op) => (op.kind === "update" && op.moveTo !== undefined ? [op.path, op.moveTo] : [op.path]))

export const tool = ToolRegistry.make({
  name: "apply_patch",
  description:
    "Applies a patch (\"*** Begin Patch\" … \"*** End Patch\") that adds, updates, moves or deletes files of the session directory. " +
    "All files change or none; a hunk that does not match says which file and line.",
  input: Input,
  permission: "edit",
  idempotent: false,
  exclusive: true,
  timeout: "90 seconds",
  needs: (input, context) =>
    Effect.gen(function*() {
      const ops = yield* parsed(input.patchText)
      const targets = yield* Effect.forEach(paths(ops), (p) => confine(context.directory, p))
      const relative = [...new Set(targets.map((t) => t.relative))]
      return [{ permission: "edit", patterns: relative, metadata: { tool: "apply_patch", files: relative } }]
    }),
  run: (input, context) =>
    Effect.gen(function*() {
      const ops = yield* parsed(input.patchText)
      const changes: Array<FileChange> = []
      const summary: Array<string> = []
      const seen = new Set<string>()
      for (const op of ops) {
        const target = yield* confine(context.directory, op.path)
        if (seen.has(target.absolute)) return yield* fail("invalid_patch", `${target.relative} appears twice in the patch`)
        seen.add(target.absolute)
        if (op.kind === "add") {
          if (target.exists) return yield* fail("exists", `Add File: ${target.relative} exists already; use Update File`)
          changes.push({ absolute: target.absolute, content: op.content })
          summary.push(`A ${target.relative}`)
          continue
        }
        if (!target.exists) return yield* fail("not_found", `${op.kind === "delete" ? "Delete" : "Update"} File: ${target.relative} does not exist`)
        if (op.kind === "delete") {
          changes.push({ absolute: target.absolute, content: null })
          summary.push(`D ${target.relative}`)
          continue
        }
        const buffer = yield* io(op.path, () => fs.readFileSync(target.absolute))
        if (looksBinary(buffer.subarray(0, 8192))) return yield* fail("binary", `${target.relative} is a binary file`)
        const next = Patch.applyHunks(target.relative, buffer.toString("utf8"), op.hunks)
        if (Either.isLeft(next)) return yield* fail("patch_mismatch", `${next.left.message}; nothing was changed`)
        if (op.moveTo === undefined) {
          changes.push({ absolute: target.absolute, content: next.right })
          summary.push(`M ${target.relative}`)
          continue
        }
        const destination = yield* confine(context.directory, op.moveTo)
        if (destination.exists) return yield* fail("exists", `Move to: ${destination.relative} exists already`)
        seen.add(destination.absolute)
        changes.push({ absolute: destination.absolute, content: next.right }, { absolute: target.absolute, content: null })
        summary.push(`R ${target.relative} → ${destination.relative}`)
      }
      yield* io("the patch", () => writeAll(changes))
      return { output: `Applied the patch:\n${summary.join("\n")}`, structured: { files: summary } }
    })
})
