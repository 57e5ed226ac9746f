/** Handlers of the `file` group (`fs/list`, `fs/find`, `fs/read/*`) and the `definition` group (commands, skills, references). */
import { HttpApiBuilder } from "@effect/platform"
import { Api, PathRefusedError } from "@ratchet/api"
import { Effect } from "effect"
import * as Location from "../Location.js"
import * as ProjectDefinitions from "../ProjectDefinitions.js"
import * as ProjectFiles from "../ProjectFiles.js"
import { ServerConfig } from "../ServerConfig.js"

const READ_PREFIX = "/api/fs/read/"

/** The file path of a `fs/read/*` request: the rest of the URL path, each segment percent-decoded. */
const readPath = (url: string): Effect.Effect<string, PathRefusedError> => {
  const pathname = url.split("?")[0]!
  const rest = pathname.startsWith(READ_PREFIX) ? pathname.slice(READ_PREFIX.length) : ""
  return Effect.try({
    try: () => rest.split("/").map(decodeURIComponent).join("/"),
    catch: () => new PathRefusedError({ path: rest, message: `${rest}: not a valid percent-encoded path` })
  })
}

const definitions = <A>(what: string, f: () => A) =>
  Effect.try({ try: f, catch: (e) => new PathRefusedError({ path: ".", message: `reading the project's ${what}: ${(e as Error).message}` }) })

export const filesLayer = HttpApiBuilder.group(Api, "file", (handlers) =>
  Effect.gen(function*() {
    const config = yield* ServerConfig
    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.gen(function*() {
          const location = yield* Location.resolve(config, urlParams)
          return { location: location.info, data: yield* ProjectFiles.list(location.directory, urlParams.path ?? ".") }
        }))
      .handle("find", ({ urlParams }) =>
        Effect.gen(function*() {
          const location = yield* Location.resolve(config, urlParams)
          const data = yield* ProjectFiles.find(location.directory, urlParams.query, {
            ...(urlParams.type === undefined ? {} : { type: urlParams.type }),
            ...(urlParams.limit === undefined ? {} : { limit: urlParams.limit })
          })
          return { location: location.info, data }
        }))
      .handle("read", ({ request, urlParams }) =>
        Effect.gen(function*() {
          const location = yield* Location.resolve(config, urlParams)
          return yield* ProjectFiles.read(location.directory, yield* readPath(request.url))
        }))
  }))

export const definitionsLayer = HttpApiBuilder.group(Api, "definition", (handlers) =>
  Effect.gen(function*() {
    const config = yield* ServerConfig
    return handlers
      .handle("commands", ({ urlParams }) =>
        Effect.gen(function*() {
          const location = yield* Location.resolve(config, urlParams)
          const data = yield* definitions("commands", () => ProjectDefinitions.commands(location.directory, config.commands))
          return { location: location.info, data }
        }))
      .handle("skills", ({ urlParams }) =>
        Effect.gen(function*() {
          const location = yield* Location.resolve(config, urlParams)
          return { location: location.info, data: yield* definitions("skills", () => ProjectDefinitions.skills(location.directory)) }
        }))
      .handle("references", ({ urlParams }) =>
        Effect.gen(function*() {
          const location = yield* Location.resolve(config, urlParams)
          return {
            location: location.info,
            data: config.references.map((r) => ({
              name: r.name,
              path: r.source.type === "local" ? r.source.path : r.source.repository,
              ...(r.source.description === undefined ? {} : { description: r.source.description }),
              ...(r.source.hidden === undefined ? {} : { hidden: r.source.hidden }),
              source: r.source
            }))
          }
        }))
  }))
