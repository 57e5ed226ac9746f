/**
 * The `lsp` section of the config, in opencode's format: `false` turns
 * language servers off; an object adds servers or changes the built-ins by
 * name (`{ "disabled": true }` turns one off). Ratchet's built-ins
 * (`typescript`, `pyright`) are on by default and start only where their
 * command is installed (docs/tools.md).
 */
import { Schema } from "effect"

const Server = Schema.Struct({
  command: Schema.Array(Schema.String.pipe(Schema.minLength(1))).pipe(Schema.minItems(1)),
  /** File extensions it serves, with the dot (".ts"). */
  extensions: Schema.optional(Schema.Array(Schema.String.pipe(Schema.pattern(/^\.[A-Za-z0-9_.-]+$/, { message: () => "expected an extension such as \".ts\"" })))),
  disabled: Schema.optional(Schema.Boolean),
  env: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
  /** `initializationOptions` sent to the server. */
  initialization: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown }))
})

export const Config = Schema.Union(
  Schema.Boolean,
  Schema.Record({ key: Schema.String, value: Schema.Union(Schema.Struct({ disabled: Schema.Literal(true) }), Server) })
)
export type Config = typeof Config.Type

export interface ServerDef {
  readonly name: string
  readonly command: ReadonlyArray<string>
  readonly extensions: ReadonlyArray<string>
  readonly env?: Readonly<Record<string, string>>
  readonly initialization?: Readonly<Record<string, unknown>>
}

export const builtins: ReadonlyArray<ServerDef> = [
  { name: "typescript", command: ["typescript-language-server", "--stdio"], extensions: [".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts"] },
  { name: "pyright", command: ["pyright-langserver", "--stdio"], extensions: [".py", ".pyi"] }
]

/** The servers in effect: none for `false`, else the built-ins with the config's changes and additions. */
export const servers = (config: Config | undefined): ReadonlyArray<ServerDef> => {
  if (config === false) return []
  const out = new Map(builtins.map((s) => [s.name, s]))
  if (typeof config === "object") {
    for (const [name, entry] of Object.entries(config)) {
      if (entry.disabled === true) {
        out.delete(name)
        continue
      }
      if (!("command" in entry)) continue
      const base = out.get(name)
      out.set(name, {
        name,
        command: entry.command,
        extensions: entry.extensions ?? base?.extensions ?? [],
        ...(entry.env === undefined ? {} : { env: entry.env }),
        ...(entry.initialization === undefined ? {} : { initialization: entry.initialization })
      })
    }
  }
  return [...out.values()].filter((s) => s.extensions.length > 0)
}
