/**
 * The project's files and definitions, as upstream's v2 exposes them:
 * `fs/list`, `fs/find`, `fs/read/*` (confined to a directory the server
 * allows, like the file tools), and the lists of commands, skills and
 * references. Every route takes upstream's `location` query object
 * (`location[directory]=…`): the directory the request is about.
 */
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "@effect/platform"
import { Schema } from "effect"
import { FileNotFoundError, PathRefusedError } from "./HttpErrors.js"
import * as Wire from "./Wire.js"

/** `location[directory]`, `location[workspace]` (deepObject, as upstream's clients send it). */
export const LocationParams = Schema.Struct({
  "location[directory]": Schema.optional(Schema.String.pipe(Schema.maxLength(4096))),
  "location[workspace]": Schema.optional(Schema.String.pipe(Schema.maxLength(256)))
})

export const FileSystemEntry = Schema.Struct({
  /** Relative to the location's directory, `/`-separated; a directory ends with `/`. */
  path: Schema.String,
  type: Schema.Literal("file", "directory")
}).annotations({ identifier: "FileSystemEntry" })

const Limit = Schema.NumberFromString.pipe(Schema.int(), Schema.between(1, 1000))

export const ListParams = Schema.Struct({
  ...LocationParams.fields,
  /** A directory relative to the location (default: the location itself). */
  path: Schema.optional(Schema.String.pipe(Schema.maxLength(4096)))
})

export const FindParams = Schema.Struct({
  ...LocationParams.fields,
  query: Schema.String.pipe(Schema.maxLength(1000)),
  type: Schema.optional(Schema.Literal("file", "directory")),
  limit: Schema.optional(Limit)
})

export const ModelRef = Schema.Struct({ id: Schema.String, providerID: Schema.String, variant: Schema.optional(Schema.String) })
  .annotations({ identifier: "ModelRef" })

export const CommandInfo = Schema.Struct({
  name: Schema.String,
  template: Schema.String,
  description: Schema.optional(Schema.String),
  agent: Schema.optional(Schema.String),
  model: Schema.optional(ModelRef),
  subtask: Schema.optional(Schema.Boolean)
}).annotations({ identifier: "CommandV2Info" })

export const SkillInfo = Schema.Struct({
  name: Schema.String,
  description: Schema.optional(Schema.String),
  slash: Schema.optional(Schema.Boolean),
  /** The SKILL.md file, relative to the location's directory. */
  location: Schema.String,
  content: Schema.String
}).annotations({ identifier: "SkillV2Info" })

export const ReferenceSource = Schema.Union(
  Schema.Struct({ type: Schema.Literal("local"), path: Schema.String, description: Schema.optional(Schema.String), hidden: Schema.optional(Schema.Boolean) })
    .annotations({ identifier: "ReferenceLocalSource" }),
  Schema.Struct({
    type: Schema.Literal("git"),
    repository: Schema.String,
    branch: Schema.optional(Schema.String),
    description: Schema.optional(Schema.String),
    hidden: Schema.optional(Schema.Boolean)
  }).annotations({ identifier: "ReferenceGitSource" })
)

export const ReferenceInfo = Schema.Struct({
  name: Schema.String,
  path: Schema.String,
  description: Schema.optional(Schema.String),
  hidden: Schema.optional(Schema.Boolean),
  source: ReferenceSource
}).annotations({ identifier: "ReferenceInfo" })

const Bytes = HttpApiSchema.Uint8Array({ contentType: "application/octet-stream" })

export class FilesGroup extends HttpApiGroup.make("file")
  .add(
    HttpApiEndpoint.get("list", "/api/fs/list")
      .setUrlParams(ListParams)
      .addSuccess(Wire.Listing(FileSystemEntry))
      .addError(PathRefusedError)
      .addError(FileNotFoundError)
      .annotate(OpenApi.Summary, "List directory")
      .annotate(OpenApi.Description, "The entries of one directory relative to the requested location: directories first, then files, each by name.")
  )
  .add(
    HttpApiEndpoint.get("find", "/api/fs/find")
      .setUrlParams(FindParams)
      .addSuccess(Wire.Listing(FileSystemEntry))
      .addError(PathRefusedError)
      .addError(FileNotFoundError)
      .annotate(OpenApi.Summary, "Find files")
      .annotate(
        OpenApi.Description,
        "Files and directories under the requested location whose path matches `query` fuzzily, best first (`limit`, default 100). " +
          "Dependency and build folders (.git, node_modules, dist …) are skipped."
      )
  )
  .add(
    HttpApiEndpoint.get("read", "/api/fs/read/*")
      .setUrlParams(LocationParams)
      .addSuccess(Bytes)
      .addError(PathRefusedError)
      .addError(FileNotFoundError)
      .annotate(OpenApi.Summary, "Read file")
      .annotate(OpenApi.Description, "One file's bytes, relative to the requested location (at most 16 MiB).")
  )
{}

/** Beside the catalog: what the project defines. */
export class DefinitionsGroup extends HttpApiGroup.make("definition")
  .add(
    HttpApiEndpoint.get("commands", "/api/command")
      .setUrlParams(LocationParams)
      .addSuccess(Wire.Listing(CommandInfo))
      .addError(PathRefusedError)
      .annotate(OpenApi.Summary, "List commands")
      .annotate(OpenApi.Description, "Commands from config (`command`) and from `.opencode/command/*.md` / `.ratchet/commands/*.md` under the location.")
  )
  .add(
    HttpApiEndpoint.get("skills", "/api/skill")
      .setUrlParams(LocationParams)
      .addSuccess(Wire.Listing(SkillInfo))
      .addError(PathRefusedError)
      .annotate(OpenApi.Summary, "List skills")
      .annotate(OpenApi.Description, "Skills (`SKILL.md` under `.ratchet/skills/<name>/` or `.opencode/skill(s)/<name>/`) the `skill` tool can load.")
  )
  .add(
    HttpApiEndpoint.get("references", "/api/reference")
      .setUrlParams(LocationParams)
      .addSuccess(Wire.Listing(ReferenceInfo))
      .addError(PathRefusedError)
      .annotate(OpenApi.Summary, "List references")
      .annotate(OpenApi.Description, "References from config (`reference`): local paths and git repositories the project points the agent at.")
  )
{}
