/** Handlers of the v1 file routes: a directory listing, a file's content, files by name; confined like v2's `fs` routes. */
import { HttpApiBuilder } from "@effect/platform"
import { Api } from "@ratchet/api"
import { Effect } from "effect"
import * as path from "node:path"
import * as Location from "../Location.js"
import * as ProjectFiles from "../ProjectFiles.js"
import { ServerConfig } from "../ServerConfig.js"

/** Bytes that decode as UTF-8 without replacement are text; the rest is base64, as upstream's `binary`. */
const content = (bytes: Uint8Array) => {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes)
  return text.includes("\uFFFD") || bytes.includes(0)
    ? { type: "binary", content: Buffer.from(bytes).toString("base64"), encoding: "base64" }
    : { type: "text", content: text }
}

export const layer = HttpApiBuilder.group(Api, "v1file", (handlers) =>
  Effect.gen(function*() {
    const config = yield* ServerConfig
    const root = (params: { readonly directory?: string | undefined }) =>
      Effect.map(Location.resolve(config, params.directory === undefined ? {} : { "location[directory]": params.directory }), (l) => l.directory)
    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.gen(function*() {
          const directory = yield* root(urlParams)
          const entries = yield* ProjectFiles.list(directory, urlParams.path)
          return entries.map((e) => {
            const relative = e.path.replace(/\/$/, "")
            return { name: path.basename(relative), path: relative, absolute: path.join(directory, relative), type: e.type, ignored: false }
          })
        }))
      .handle("content", ({ urlParams }) =>
        Effect.gen(function*() {
          const directory = yield* root(urlParams)
          return content(yield* ProjectFiles.read(directory, urlParams.path))
        }))
      .handle("findFile", ({ urlParams }) =>
        Effect.gen(function*() {
          const directory = yield* root(urlParams)
          const type = urlParams.type ?? (urlParams.dirs === "true" ? undefined : "file")
          const found = yield* ProjectFiles.find(directory, urlParams.query, {
            ...(type === undefined ? {} : { type }),
            limit: urlParams.limit ?? 50
          })
          return found.map((e) => e.path)
        }))
      .handle("findSymbol", () => Effect.succeed([]))
  }))
