/**
 * The MCP servers of the config, connected in the background: a slow or
 * broken server never blocks the start or the others. Each server's tools
 * are registered in the ToolRegistry (McpTools) and replaced when the
 * server announces a list change or reconnects; while a server is down its
 * tools stay listed and fail with a clear tool error. A server that closes
 * or crashes is reconnected with a backoff (1 s doubling to 30 s). Local
 * servers' stderr is kept (its last lines explain a failed start) and the
 * child is stopped with the server; a remote one answering 401 is
 * `needs_auth` (OAuth is not supported).
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js"
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js"
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js"
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js"
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js"
import { ToolListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js"
import { Context, Deferred, Duration, Effect, Exit, Layer, Runtime, Scope } from "effect"
import * as ToolRegistry from "../ToolRegistry.js"
import type * as McpConfig from "./McpConfig.js"
import * as McpTools from "./McpTools.js"

export type McpStatus =
  | { readonly name: string; readonly status: "connected"; readonly tools: number }
  | { readonly name: string; readonly status: "connecting" }
  | { readonly name: string; readonly status: "disabled" }
  | { readonly name: string; readonly status: "failed"; readonly error: string }
  | { readonly name: string; readonly status: "needs_auth"; readonly error: string }

export interface McpClientsService {
  readonly status: Effect.Effect<ReadonlyArray<McpStatus>>
  /** The connected client of a server (for its resources and prompts), if it is connected now. */
  readonly client: (name: string) => Client | undefined
}

export class McpClients extends Context.Tag("@ratchet/tools/McpClients")<McpClients, McpClientsService>() {}

const DEFAULT_TIMEOUT_MS = 5 * 60_000
const CONNECT_TIMEOUT_MS = 30_000
const STDERR_LINES = 20

class ConnectFailure {
  readonly _tag = "ConnectFailure"
  constructor(readonly message: string, readonly unauthorized: boolean) {}
}

/** The server's environment for a local MCP server, without Ratchet's own secrets. */
const SECRETS = ["RATCHET_TOKEN", "RATCHET_PASSWORD", "OPENCODE_SERVER_PASSWORD"]
const childEnv = (): Record<string, string> =>
  Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !SECRETS.includes(e[0])))

/** A server's replies are not trusted: tools past these bounds are left out, with a log line. */
const MAX_TOOLS = 256
const MAX_DESCRIPTION = 8192
const MAX_SCHEMA = 64 * 1024
const acceptable = (t: McpTools.McpToolInfo) =>
  typeof t.name === "string" && t.name.length > 0 && t.name.length <= 128 &&
  (t.description === undefined || (typeof t.description === "string" && t.description.length <= MAX_DESCRIPTION)) &&
  typeof t.inputSchema === "object" && t.inputSchema !== null && JSON.stringify(t.inputSchema).length <= MAX_SCHEMA

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e))
const isUnauthorized = (e: unknown) => (e as { code?: unknown }).code === 401 || /\b401\b|unauthori[sz]ed/i.test(describe(e))

const connectOnce = (name: string, server: McpConfig.ServerConfig, stderr: Array<string>): Effect.Effect<Client, ConnectFailure> => {
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
        env: { ...childEnv(), ...server.environment },
        cwd: process.cwd(),
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
  return attempt(() => new StreamableHTTPClientTransport(new URL(server.url), { requestInit })).pipe(
    Effect.catchAll((first) =>
      first.unauthorized
        ? Effect.fail(first)
        : attempt(() => new SSEClientTransport(new URL(server.url), { requestInit })).pipe(
          Effect.mapError((second) => (second.unauthorized ? second : new ConnectFailure(`${first.message} (legacy SSE: ${second.message})`, false)))
        ))
  )
}

const listTools = (client: Client) =>
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

export const layer = (config: McpConfig.Config): Layer.Layer<McpClients, never, ToolRegistry.ToolRegistry> =>
  Layer.scoped(
    McpClients,
    Effect.gen(function*() {
      const registry = yield* ToolRegistry.ToolRegistry
      const runtime = yield* Effect.runtime<never>()
      const states = new Map<string, McpStatus>()
      const clients = new Map<string, Client>()
      const set = (s: McpStatus) => void states.set(s.name, s)

      const supervise = (name: string, server: McpConfig.ServerConfig) =>
        Effect.gen(function*() {
          let current: Client | undefined
          let toolsScope: Scope.CloseableScope | undefined
          const stderr: Array<string> = []
          const timeout = server.timeout ?? DEFAULT_TIMEOUT_MS
          /** Registers the server's tools anew (at connect and on a list change); names taken by others are refused. */
          const register = (client: Client) =>
            Effect.gen(function*() {
              const all = yield* listTools(client)
              const listed = all.filter(acceptable).slice(0, MAX_TOOLS)
              if (listed.length < all.length) {
                yield* Effect.logWarning(`MCP ${name}: ${all.length - listed.length} tool(s) left out (over ${MAX_TOOLS} tools, or a name, description or schema too large)`)
              }
              const ours = new Set(listed.map((t) => McpTools.toolName(name, t.name)))
              const free = listed.filter((t) => {
                const taken = registry.get(McpTools.toolName(name, t.name))
                return taken === undefined || (taken.permission === "mcp" && ours.has(taken.name))
              })
              for (const t of listed) {
                if (!free.includes(t)) yield* Effect.logWarning(`MCP ${name}: tool ${t.name} not registered: the name ${McpTools.toolName(name, t.name)} is taken`)
              }
              const scope = yield* Scope.make()
              if (toolsScope !== undefined) yield* Scope.close(toolsScope, Exit.void)
              yield* registry.register(free.map((t) => McpTools.make(name, () => current, t, timeout))).pipe(Scope.extend(scope))
              toolsScope = scope
              set({ name, status: "connected", tools: free.length })
            })
          let backoff = 1000
          yield* Effect.addFinalizer(() =>
            Effect.promise(async () => {
              await current?.close().catch(() => undefined)
            }))
          for (;;) {
            set({ name, status: "connecting" })
            const connected = yield* Effect.either(connectOnce(name, server, stderr))
            if (connected._tag === "Left") {
              const e = connected.left
              set(e.unauthorized ? { name, status: "needs_auth", error: e.message } : { name, status: "failed", error: e.message })
              yield* Effect.logWarning(`MCP ${name}: ${e.unauthorized ? "needs authorization" : "failed"}: ${e.message}`)
              yield* Effect.sleep(Duration.millis(e.unauthorized ? 30_000 : backoff))
              backoff = Math.min(30_000, backoff * 2)
              continue
            }
            const client = connected.right
            const closed = yield* Deferred.make<void>()
            client.onclose = () => Runtime.runFork(runtime)(Deferred.succeed(closed, undefined))
            const since = Date.now()
            current = client
            clients.set(name, client)
            const listed = yield* Effect.either(register(client))
            if (listed._tag === "Left") {
              set({ name, status: "failed", error: listed.left.message })
              yield* Effect.promise(() => client.close().catch(() => undefined))
            } else {
              yield* Effect.logInfo(`MCP ${name}: connected, ${(states.get(name) as { tools?: number }).tools ?? 0} tool(s)`)
              // a list change: the next provider turn sees the new tools
              client.setNotificationHandler(ToolListChangedNotificationSchema, () => void Runtime.runPromise(runtime)(Effect.ignore(register(client))))
              yield* Deferred.await(closed)
            }
            current = undefined
            clients.delete(name)
            if (Date.now() - since > 10_000) backoff = 1000
            set({ name, status: "failed", error: `disconnected${stderr.length === 0 ? "" : `; stderr: ${stderr.slice(-3).join(" | ")}`}` })
            yield* Effect.logWarning(`MCP ${name}: disconnected; reconnecting in ${backoff} ms`)
            yield* Effect.sleep(Duration.millis(backoff))
            backoff = Math.min(30_000, backoff * 2)
          }
        })

      for (const [name, server] of Object.entries(config)) {
        if (server.enabled === false) {
          set({ name, status: "disabled" })
          continue
        }
        set({ name, status: "connecting" })
        yield* Effect.forkScoped(Effect.scoped(supervise(name, server)))
      }
      return McpClients.of({ status: Effect.sync(() => [...states.values()]), client: (name) => clients.get(name) })
    })
  )
