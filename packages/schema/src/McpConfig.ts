/**
 * The `mcp` section of the config, in opencode's format: each server by
 * name, `local` (a command started as a child, spoken to over stdio) or
 * `remote` (a URL: Streamable HTTP, falling back to the legacy HTTP+SSE
 * transport). `timeout` is per tool call, in milliseconds.
 */
import { Schema } from "effect"

const Timeout = Schema.Int.pipe(Schema.between(1, 3_600_000))

export const LocalServer = Schema.Struct({
  type: Schema.Literal("local"),
  command: Schema.Array(Schema.String.pipe(Schema.minLength(1))).pipe(Schema.minItems(1)),
  environment: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
  /** The child's working directory (default: the server's). */
  cwd: Schema.optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(4096))),
  enabled: Schema.optional(Schema.Boolean),
  timeout: Schema.optional(Timeout)
})

export const RemoteServer = Schema.Struct({
  type: Schema.Literal("remote"),
  url: Schema.String.pipe(Schema.pattern(/^https?:\/\/\S+$/, { message: () => "expected an http(s) URL" })),
  headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
  enabled: Schema.optional(Schema.Boolean),
  timeout: Schema.optional(Timeout)
})

export const ServerConfig = Schema.Union(LocalServer, RemoteServer).annotations({ identifier: "McpServerConfig" })
export type ServerConfig = typeof ServerConfig.Type

const NAME = /^[A-Za-z0-9_-]{1,32}$/

/** One server's name (see `Config`). */
export const Name = Schema.String.pipe(
  Schema.pattern(NAME, { message: () => "an MCP server name is 1–32 letters, digits, _ or -" })
)

/** Server names become tool-name prefixes: 1–32 letters, digits, `_` and `-` (a bad one is an error, not dropped). */
export const Config = Schema.Record({ key: Schema.String, value: ServerConfig }).pipe(
  Schema.filter((servers) => {
    const bad = Object.keys(servers).find((name) => !NAME.test(name))
    return bad === undefined || `${JSON.stringify(bad)} is not an MCP server name: use 1–32 letters, digits, _ or -`
  })
)
export type Config = typeof Config.Type

/**
 * Changes made through the API (`/api/mcp`), kept in the server log so they
 * survive a restart. The servers in effect are the config file's, then these
 * in log order: `added` puts a server, `enabled` switches one on or off
 * (over the file's `enabled`), `removed` takes an added one away.
 */
export const Added = Schema.TaggedStruct("mcp.server.added", { name: Name, config: ServerConfig })
export const Enabled = Schema.TaggedStruct("mcp.server.enabled", { name: Name, enabled: Schema.Boolean })
export const Removed = Schema.TaggedStruct("mcp.server.removed", { name: Name })
export const Change = Schema.Union(Added, Enabled, Removed)
export type Change = typeof Change.Type

export type Source = "config" | "api"

/** The servers in effect: the file's, then the changes in order; each with where it came from. */
export const apply = (
  file: Config,
  changes: ReadonlyArray<Change>
): ReadonlyMap<string, { readonly config: ServerConfig; readonly source: Source }> => {
  const out = new Map<string, { readonly config: ServerConfig; readonly source: Source }>(
    Object.entries(file).map(([name, config]) => [name, { config, source: "config" as const }])
  )
  for (const change of changes) {
    const current = out.get(change.name)
    switch (change._tag) {
      case "mcp.server.added":
        out.set(change.name, { config: change.config, source: "api" })
        break
      case "mcp.server.enabled":
        if (current !== undefined) out.set(change.name, { ...current, config: { ...current.config, enabled: change.enabled } })
        break
      case "mcp.server.removed": {
        if (current?.source !== "api") break
        // an added server that shadowed the file's: the file's comes back
        const own = file[change.name]
        if (own === undefined) out.delete(change.name)
        else out.set(change.name, { config: own, source: "config" })
        break
      }
    }
  }
  return out
}

export const isChange = Schema.is(Change)
