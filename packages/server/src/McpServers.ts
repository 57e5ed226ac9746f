/**
 * The MCP servers in effect and their management through the API: the
 * config file's servers, then the changes recorded in the server log
 * (added, switched on or off, removed), so a change survives a restart.
 *
 * Each change re-reads the log before it is checked and applied, and the
 * running set is brought to what the log says (not just the one change), so
 * processes sharing a database converge on their next change; until then a
 * change made by one process is seen by another at its restart.
 */
import { ConflictError, McpServerNotFoundError } from "@ratchet/api"
import { McpConfig } from "@ratchet/schema"
import { ServerLog } from "@ratchet/store"
import { McpClients, type ToolRegistry } from "@ratchet/tools"
import { Context, Effect, Layer } from "effect"

export type Status = McpClients.McpStatus & { readonly source: McpConfig.Source }

export interface McpServersService {
  /** Every server in effect with its status and where it came from. */
  readonly list: Effect.Effect<ReadonlyArray<Status>>
  /** Adds a server (409 when the name is taken) and starts it unless `enabled: false`. */
  readonly add: (name: string, config: McpConfig.ServerConfig) => Effect.Effect<Status, ConflictError>
  /** Switches a server on (connects it) or off (disconnects it and withdraws its tools). */
  readonly setEnabled: (name: string, enabled: boolean) => Effect.Effect<Status, McpServerNotFoundError>
  /** Removes a server added through the API; the config file's are switched off instead (409). */
  readonly remove: (name: string) => Effect.Effect<void, McpServerNotFoundError | ConflictError>
}

export class McpServers extends Context.Tag("@ratchet/server/McpServers")<McpServers, McpServersService>() {}

const TYPES = ["mcp.server.added", "mcp.server.enabled", "mcp.server.removed"] satisfies ReadonlyArray<McpConfig.Change["_tag"]>

type Effective = ReturnType<typeof McpConfig.apply>

/** A config as compared: `enabled` absent and `true` are the same (connecting a connected server does not restart it). */
const same = (c: McpConfig.ServerConfig) => JSON.stringify({ ...c, enabled: c.enabled !== false })

const notFound = (name: string) => new McpServerNotFoundError({ name, message: `no MCP server ${name}` })

/** The servers of the config file and the server log, connected in the background, with their management. */
export const layer = (file: McpConfig.Config): Layer.Layer<McpServers | McpClients.McpClients, never, ToolRegistry.ToolRegistry | ServerLog.ServerLog> =>
  Layer.unwrapEffect(Effect.gen(function*() {
    const log = yield* ServerLog.ServerLog
    const changes = log.read(McpConfig.Change, TYPES)
    const initial = McpConfig.apply(file, yield* changes)
    const clients = McpClients.layer(Object.fromEntries([...initial].map(([name, e]) => [name, e.config])))
    const management = Layer.effect(
      McpServers,
      Effect.gen(function*() {
        const mcp = yield* McpClients.McpClients
        const lock = yield* Effect.makeSemaphore(1)
        /** What runs now, as the log said when it was last applied. */
        let running: Effective = initial

        const statusOf = (name: string) =>
          Effect.map(mcp.status, (all): Status | undefined => {
            const s = all.find((x) => x.name === name)
            const e = running.get(name)
            return s === undefined || e === undefined ? undefined : { ...s, source: e.source }
          })

        /** Brings the running servers to `next`: puts the new and changed, removes the gone. */
        const converge = (next: Effective) =>
          Effect.gen(function*() {
            for (const [name, e] of next) {
              const was = running.get(name)
              if (was === undefined || same(was.config) !== same(e.config)) yield* mcp.put(name, e.config)
            }
            for (const name of running.keys()) if (!next.has(name)) yield* mcp.remove(name)
            running = next
          })

        /** Under the lock: the log now, a check against it, the change appended, the result applied. */
        const change = <E>(check: (now: Effective) => E | McpConfig.Change) =>
          lock.withPermits(1)(Effect.gen(function*() {
            const logged = yield* changes
            const now = McpConfig.apply(file, logged)
            const decided = check(now)
            if (!McpConfig.isChange(decided)) {
              yield* converge(now)
              return yield* Effect.fail(decided)
            }
            yield* log.append(McpConfig.Change, decided)
            // the log as read, plus this change: no second read
            yield* converge(McpConfig.apply(file, [...logged, decided]))
          }))

        const listed = (name: string) => Effect.map(statusOf(name), (s) => s!)

        return McpServers.of({
          list: Effect.map(mcp.status, (all) =>
            all.flatMap((s) => {
              const e = running.get(s.name)
              return e === undefined ? [] : [{ ...s, source: e.source }]
            })),
          add: (name, config) =>
            change((now) =>
              now.has(name)
                ? new ConflictError({ message: `an MCP server named ${name} exists (${now.get(name)!.source === "config" ? "in the config file" : "added through the API"}); remove it first or pick another name`, resource: "mcp" })
                : McpConfig.Added.make({ name, config })
            ).pipe(Effect.zipRight(listed(name))),
          setEnabled: (name, enabled) =>
            change((now) => now.has(name) ? McpConfig.Enabled.make({ name, enabled }) : notFound(name)).pipe(Effect.zipRight(listed(name))),
          remove: (name) =>
            change((now) => {
              const e = now.get(name)
              if (e === undefined) return notFound(name)
              return e.source === "config"
                ? new ConflictError({ message: `the MCP server ${name} is defined in the config file: disconnect it (POST /api/mcp/${name}/disconnect) or edit the file`, resource: "mcp" })
                : McpConfig.Removed.make({ name })
            })
        })
      })
    )
    return Layer.provideMerge(management, clients)
  }))
