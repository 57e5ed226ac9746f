/**
 * The MCP servers in effect, each connected in the background by its own
 * supervisor: a slow or broken server never blocks the start or the others.
 * Each server's tools are registered in the ToolRegistry (McpTools) and
 * replaced when the server announces a list change or reconnects; while a
 * server is down its tools stay listed and fail with a clear tool error. A
 * server that closes or crashes is reconnected with a backoff (1 s doubling
 * to 30 s); a remote one answering 401 is `needs_auth` (OAuth is not
 * supported). Servers can be put, switched off and removed while running
 * (`put`, `remove`); every status change and tool-list change is published
 * to subscribers.
 */
import type { Client } from "@modelcontextprotocol/sdk/client/index.js"
import { ToolListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js"
import type { McpConfig } from "@ratchet/schema"
import { Context, Deferred, Duration, Effect, Exit, Fiber, Layer, PubSub, type Queue, Runtime, Schedule, Scope } from "effect"
import * as ToolRegistry from "../ToolRegistry.js"
import { acceptable, connectOnce, DEFAULT_TIMEOUT_MS, listTools, MAX_TOOLS } from "./McpConnect.js"
import * as McpTools from "./McpTools.js"
import { descendants, terminate } from "./ProcessTree.js"

export type McpStatus =
  | { readonly name: string; readonly status: "connected"; readonly tools: number }
  | { readonly name: string; readonly status: "connecting" }
  | { readonly name: string; readonly status: "disabled" }
  | { readonly name: string; readonly status: "failed"; readonly error: string }
  | { readonly name: string; readonly status: "needs_auth"; readonly error: string }

/** What `changes` publishes: a server's new status (`removed` when it is gone), or that its tools changed. */
export type McpChange =
  | { readonly type: "mcp.status"; readonly status: McpStatus | { readonly name: string; readonly status: "removed" } }
  | { readonly type: "mcp.tools.changed"; readonly server: string }

export interface McpClientsService {
  readonly status: Effect.Effect<ReadonlyArray<McpStatus>>
  /** The connected client of a server (for its resources and prompts), if it is connected now. */
  readonly client: (name: string) => Client | undefined
  /**
   * Starts a server, or replaces the one of that name (its connection is
   * closed and its tools unregistered first). `enabled: false` leaves it
   * listed as `disabled` with no tools.
   */
  readonly put: (name: string, server: McpConfig.ServerConfig) => Effect.Effect<void>
  /** Stops a server and forgets it. */
  readonly remove: (name: string) => Effect.Effect<void>
  /**
   * Waits (at most `timeout`) until no server is still making its first
   * connection attempt: runs resumed at start then see the tools of every
   * server that can be reached.
   */
  readonly settled: (timeout: Duration.DurationInput) => Effect.Effect<void>
  /** Every change from the subscription on (subscribe, then read `status`: nothing is missed between). */
  readonly subscribe: Effect.Effect<Queue.Dequeue<McpChange>, never, Scope.Scope>
}

export class McpClients extends Context.Tag("@ratchet/tools/McpClients")<McpClients, McpClientsService>() {}

export const layer = (config: McpConfig.Config): Layer.Layer<McpClients, never, ToolRegistry.ToolRegistry> =>
  Layer.scoped(
    McpClients,
    Effect.gen(function*() {
      const registry = yield* ToolRegistry.ToolRegistry
      const runtime = yield* Effect.runtime<never>()
      const layerScope = yield* Effect.scope
      const hub = yield* Effect.acquireRelease(PubSub.sliding<McpChange>(1024), PubSub.shutdown)
      const states = new Map<string, McpStatus>()
      const clients = new Map<string, Client>()
      const supervisors = new Map<string, Fiber.RuntimeFiber<never>>()
      const lock = yield* Effect.makeSemaphore(1)
      // sliding: a slow subscriber loses the oldest changes, never blocks a supervisor
      const publish = (change: McpChange) => void Runtime.runSync(runtime)(PubSub.publish(hub, change))
      const set = (s: McpStatus) => {
        states.set(s.name, s)
        publish({ type: "mcp.status", status: s })
      }

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
              publish({ type: "mcp.tools.changed", server: name })
            })
          let backoff = 1000
          // stopped (removed, replaced, switched off, or the server stops): the connection closes and the tools go
          yield* Effect.addFinalizer(() =>
            Effect.zipRight(
              Effect.promise(async () => {
                clients.delete(name)
                // a local server's whole tree, found while it is still alive (launchers leave children behind)
                const pid = (current?.transport as { readonly pid?: number | null } | undefined)?.pid
                const tree = typeof pid === "number" ? descendants(pid) : []
                await current?.close().catch(() => undefined)
                await terminate(tree)
              }),
              toolsScope === undefined ? Effect.void : Scope.close(toolsScope, Exit.void)
            ))
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

      /** Interrupts the server's supervisor and waits for its finalizers (connection closed, tools gone). */
      const stop = (name: string) =>
        Effect.suspend(() => {
          const fiber = supervisors.get(name)
          supervisors.delete(name)
          return fiber === undefined ? Effect.void : Fiber.interrupt(fiber)
        })

      const put = (name: string, server: McpConfig.ServerConfig) =>
        lock.withPermits(1)(Effect.gen(function*() {
          yield* stop(name)
          if (server.enabled === false) {
            set({ name, status: "disabled" })
            return
          }
          set({ name, status: "connecting" })
          supervisors.set(name, yield* Effect.forkIn(Effect.scoped(supervise(name, server)), layerScope))
        }))

      const remove = (name: string) =>
        lock.withPermits(1)(Effect.gen(function*() {
          yield* stop(name)
          if (states.delete(name)) publish({ type: "mcp.status", status: { name, status: "removed" } })
        }))

      for (const [name, server] of Object.entries(config)) yield* put(name, server)
      return McpClients.of({
        status: Effect.sync(() => [...states.values()]),
        client: (name) => clients.get(name),
        put,
        remove,
        settled: (timeout) =>
          Effect.sync(() => [...states.values()].some((s) => s.status === "connecting")).pipe(
            Effect.repeat({ while: (waiting) => waiting, schedule: Schedule.spaced("50 millis") }),
            Effect.timeoutOption(timeout),
            Effect.asVoid
          ),
        subscribe: PubSub.subscribe(hub)
      })
    })
  )
