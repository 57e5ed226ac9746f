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

export const ServerConfig = Schema.Union(LocalServer, RemoteServer)
export type ServerConfig = typeof ServerConfig.Type

const NAME = /^[A-Za-z0-9_-]{1,32}$/

/** Server names become tool-name prefixes: 1–32 letters, digits, `_` and `-` (a bad one is an error, not dropped). */
export const Config = Schema.Record({ key: Schema.String, value: ServerConfig }).pipe(
  Schema.filter((servers) => {
    const bad = Object.keys(servers).find((name) => !NAME.test(name))
    return bad === undefined || `${JSON.stringify(bad)} is not an MCP server name: use 1–32 letters, digits, _ or -`
  })
)
export type Config = typeof Config.Type
