/** What the HTTP layer needs to know about its deployment, resolved from flags, env and the config file. */
import type { ModelRef, SandboxMode } from "@ratchet/schema"
import { Context, type Redacted } from "effect"
import { isLoopbackName } from "./RequestGuard.js"

export interface Auth {
  readonly token?: Redacted.Redacted<string>
  readonly username: string
  readonly password?: Redacted.Redacted<string>
}

/** A command from config (`command.<name>`). */
export interface CommandDef {
  readonly name: string
  readonly template: string
  readonly description?: string
  readonly agent?: string
  readonly model?: ModelRef & { readonly variant?: string }
  readonly subtask?: boolean
}

/** A reference from config (`reference.<name>`): a local path or a git repository. */
export interface ReferenceDef {
  readonly name: string
  readonly source:
    | { readonly type: "local"; readonly path: string; readonly description?: string; readonly hidden?: boolean }
    | { readonly type: "git"; readonly repository: string; readonly branch?: string; readonly description?: string; readonly hidden?: boolean }
}

/** A cost limit (config `budgets`, or set through `/api/budget`). */
export interface BudgetDef {
  readonly scope: "project" | "key"
  readonly subject: string
  readonly period: "day" | "month"
  /** Dollars. */
  readonly limit: number
}

export interface ServerConfigShape {
  readonly port: number
  readonly hostname: string
  /** Absent: no authentication (the server then refuses to bind a non-loopback address). */
  readonly auth?: Auth
  /** The directory sessions run in when a create request names none. */
  readonly directory: string
  /**
   * Where sessions may run: a session's directory must be one of these or
   * inside one (after following symbolic links). Empty: `directory` only.
   */
  readonly directories: ReadonlyArray<string>
  /** Host names accepted without authentication besides loopback ones (DNS-rebinding guard). */
  readonly hosts: ReadonlyArray<string>
  /** Origins a browser may call from (CORS); same-origin requests always may. `*`: any. */
  readonly cors: ReadonlyArray<string>
  /** A request (headers and body) not received in this long is answered 408 and closed. */
  readonly requestTimeoutMs: number
  /** The model of sessions created without one (config `model`), unless their agent names one. */
  readonly defaultModel?: ModelRef
  /** Largest request body, in bytes (413 beyond it). */
  readonly bodyLimit: number
  /** Prompt admissions being processed at once; more get 429. */
  readonly maxInFlightAdmissions: number
  /** Pending inputs one session may hold; more get 429. */
  readonly maxPendingPerSession: number
  /** Seconds a client is told to wait after a 429. */
  readonly retryAfterSeconds: number
  /** A `: heartbeat` comment on idle event streams this often. */
  readonly heartbeatMs: number
  /** An event stream whose client has not read for this long is closed. */
  readonly stallTimeoutMs: number
  /** Live event streams re-read the log this often even without a wakeup (appends by other processes on SQLite). */
  readonly pollMs: number
  /** On shutdown, how long running activities get to finish before they are interrupted. */
  readonly shutdownGraceMs: number
  /** Where `bash` runs for agents and sessions that do not say (docs/security.md). */
  readonly sandbox: SandboxMode
  /** Tool calls of one step that run at once (1: one by one; docs/tools.md). */
  readonly parallelTools: number
  /** Attempts per provider turn on retryable failures (`server.retries`). */
  readonly retries: number
  /** `/metrics` without credentials (`telemetry.metrics.public`). */
  readonly metricsPublic: boolean
  /** Tools that run alone among parallel calls, replacing the tools' own declarations. */
  readonly exclusiveTools?: ReadonlyArray<string>
  readonly version: string
  /** Config `command`, by name. */
  readonly commands: ReadonlyArray<CommandDef>
  /** Config `reference`, by name. */
  readonly references: ReadonlyArray<ReferenceDef>
  /** Config `budgets` (docs/operations.md). */
  readonly budgets: ReadonlyArray<BudgetDef>
  /** A process's lease on a session it runs lasts this long unrenewed (`server.leaseTtlMs`, docs/scale.md). */
  readonly leaseTtlMs: number
  /** Activities running at once in this process (`limits.maxRuns`, `--max-runs`); more wait, shown as `queued`. */
  readonly maxRuns: number
  /** Provider requests streaming at once per provider (`limits.providerConnections`). */
  readonly providerConnections: number
  /** `ratchet serve`: how long fibers may hold the event loop per turn (`limits.loopSliceMs`); 0 is Effect's scheduler. */
  readonly loopSliceMs: number
}

export const defaults = {
  port: 4096,
  hostname: "127.0.0.1",
  bodyLimit: 1024 * 1024,
  maxInFlightAdmissions: 512,
  maxPendingPerSession: 256,
  retryAfterSeconds: 1,
  heartbeatMs: 15_000,
  stallTimeoutMs: 30_000,
  pollMs: 5_000,
  shutdownGraceMs: 5_000,
  parallelTools: 4,
  retries: 4,
  metricsPublic: false,
  sandbox: "off",
  directories: [],
  hosts: [],
  cors: [],
  requestTimeoutMs: 30_000,
  version: "0.1.0",
  commands: [],
  references: [],
  budgets: [],
  leaseTtlMs: 6_000,
  maxRuns: 1024,
  providerConnections: 256,
  loopSliceMs: 8
} as const

export class ServerConfig extends Context.Tag("@ratchet/server/ServerConfig")<ServerConfig, ServerConfigShape>() {}

/** A loopback address or name (`127.x.y.z`, `::1`, `localhost`): binding it needs no credentials. */
export const isLoopback = (hostname: string): boolean => isLoopbackName(hostname.replace(/^\[|\]$/g, "").toLowerCase())

/** Upstream groups sessions by project; a Ratchet server is one project. */
export const PROJECT_ID = "global"

/** The `LocationInfo` listings answer with: the server's directory as its one project. */
export const locationOf = (config: ServerConfigShape) => ({
  directory: config.directory,
  project: { id: PROJECT_ID, directory: config.directory }
})
