/**
 * One connection attempt to an MCP server, and reading its tool list. A
 * local server is a child spoken to over stdio (its stderr kept: its last
 * lines explain a failed start); a remote one is tried over Streamable
 * HTTP, then the legacy HTTP+SSE transport. Replies are not trusted: tools
 * past the bounds are left out by `acceptable`.
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js"
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js"
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js"
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js"
import * as McpTrace from "./McpTrace.js"
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js"
import type { McpConfig } from "@ratchet/schema"
import { Effect } from "effect"
import { withoutSecrets } from "../ChildEnv.js"
import type * as McpTools from "./McpTools.js"

export const DEFAULT_TIMEOUT_MS = 5 * 60_000
const CONNECT_TIMEOUT_MS = 30_000
const STDERR_LINES = 20

export class ConnectFailure {
  readonly _tag = "ConnectFailure"
  constructor(readonly message: string, readonly unauthorized: boolean) {}
}

/** A server's replies are not trusted: tools past these bounds are left out, with a log line. */
export const MAX_TOOLS = 256
const MAX_DESCRIPTION = 8192
const MAX_SCHEMA = 64 * 1024
export const acceptable = (t: McpTools.McpToolInfo) =>
  typeof t.name === "string" && t.name.length > 0 && t.name.length <= 128 &&
  (t.description === undefined || (typeof t.description === "string" && t.description.length <= MAX_DESCRIPTION)) &&
  typeof t.inputSchema === "object" && t.inputSchema !== null && JSON.stringify(t.inputSchema).length <= MAX_SCHEMA

export const describe = (e: unknown) => (e instanceof Error ? e.message : String(e))
const isUnauthorized = (e: unknown) => (e as { code?: unknown }).code === 401 || /\b401\b|unauthori[sz]ed/i.test(describe(e))

export const connectOnce = (name: string, server: McpConfig.ServerConfig, stderr: Array<string>): Effect.Effect<Client, ConnectFailure> => {
  const attempt = (transport: () => Transport) =>
    Effect.tryPromise({
      try: async (signal) => {
        const client = new Client({ name: "ratchet", version: "0.1.0" })
        const t = transport()
        signal.addEventListener("abort", () => void t.close(), { once: true })
        await client.connect(t, { timeout: CONNECT_TIMEOUT_MS })
        return client
      },
      catch: (e) => new ConnectFailure(describe(e), isUnauthorized(e))
    })
  if (server.type === "local") {
    const [command, ...args] = server.command
    return attempt(() => {
      const transport = new StdioClientTransport({
        command: command!,
        args,
        env: { ...withoutSecrets(), ...server.environment },
        cwd: server.cwd ?? process.cwd(),
        stderr: "pipe"
      })
      transport.stderr?.on("data", (chunk: Buffer) => {
        for (const line of chunk.toString("utf8").split("\n")) if (line.trim() !== "") stderr.push(line)
        stderr.splice(0, Math.max(0, stderr.length - STDERR_LINES))
      })
      return transport
    }).pipe(Effect.mapError((e) => new ConnectFailure(stderr.length === 0 ? e.message : `${e.message}; stderr: ${stderr.slice(-3).join(" | ")}`, false)))
  }
  const requestInit = { headers: server.headers ?? {} }
  // Streamable HTTP first; a server that does not speak it may speak the legacy HTTP+SSE transport
  return attempt(() => new StreamableHTTPClientTransport(new URL(server.url), { requestInit, fetch: McpTrace.tracingFetch })).pipe(
    Effect.catchAll((first) =>
      first.unauthorized
        ? Effect.fail(first)
        : attempt(() => new SSEClientTransport(new URL(server.url), { requestInit, fetch: McpTrace.tracingFetch })).pipe(
          Effect.mapError((second) => (second.unauthorized ? second : new ConnectFailure(`${first.message} (legacy SSE: ${second.message})`, false)))
        ))
  )
}

export const listTools = (client: Client) =>
  Effect.tryPromise({
    try: async () => {
      const out: Array<McpTools.McpToolInfo> = []
      let cursor: string | undefined
      do {
        const page = await client.listTools(cursor === undefined ? {} : { cursor })
        out.push(...(page.tools as ReadonlyArray<McpTools.McpToolInfo>))
        cursor = page.nextCursor
      } while (cursor !== undefined)
      return out
    },
    catch: (e) => new ConnectFailure(`listing tools: ${describe(e)}`, false)
  })

