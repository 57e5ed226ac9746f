/**
 * The server, composed at the edge: storage → engine → lifecycle → HTTP.
 *
 * Shutdown order matters: the drain hook is acquired last so it is released
 * first. It refuses new work, ends event streams and lets running
 * activities settle (or interrupts them after the grace period) while the
 * storage and engine are still up; only then does the HTTP server close.
 */
import { HttpApiBuilder, HttpApiScalar, HttpMiddleware, HttpServer, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { NodeHttpServer } from "@effect/platform-node"
import type * as SqlClient from "@effect/sql/SqlClient"
import { Api, OpenApiDoc } from "@ratchet/api"
import {
  type ApiKeys,
  type Attachments,
  type BudgetStore,
  type EventNotifier,
  type EventStore,
  type LogWriter,
  type ServerLog,
  type SessionLeases,
  type SessionQueries,
  type SessionSignals,
  type SessionWriter,
  Storage
} from "@ratchet/store"
import { BuiltinTools, McpClients, type McpConfig, Permissions, type Questions, type RequestWaiters, Diagnostics, type LspConfig, Sandbox, Snapshots, ToolOutputs, ToolRegistry, WebSearch, WebSearchTool } from "@ratchet/tools"
import { Agents, ChildSessions, Compaction, ProjectContext, type RunBudget, SessionTitles, type SessionCommands, SessionExecution, type SessionInbox, SessionRunner, Sessions } from "@ratchet/engine"
import type { Providers } from "@ratchet/llm"
import type { ModelRef, PermissionRule } from "@ratchet/schema"
import { Effect, Layer, Redacted } from "effect"
import { createServer } from "node:http"
import * as AccessMiddleware from "./access/AccessMiddleware.js"
import * as Budgets from "./access/Budgets.js"
import * as Credentials from "./access/Credentials.js"
import * as ProjectScope from "./access/ProjectScope.js"
import * as AccessRoutes from "./handlers/AccessRoutes.js"
import * as McpRoute from "./mcp/McpRoute.js"
import * as McpServers from "./McpServers.js"
import * as Catalog from "./handlers/Catalog.js"
import * as Files from "./handlers/Files.js"
import * as Mcp from "./handlers/Mcp.js"
import * as Events from "./handlers/Events.js"
import * as Messages from "./handlers/Messages.js"
import * as Requests from "./handlers/Requests.js"
import * as Sessions_ from "./handlers/Sessions.js"
import * as V1App from "./v1/V1App.js"
import * as V1Files from "./v1/V1Files.js"
import * as V1Sessions from "./v1/V1Sessions.js"
import * as V1Unsupported from "./v1/V1Unsupported.js"
import * as MetricsRoute from "./MetricsRoute.js"
import * as Tracing from "./Tracing.js"
import * as HttpEdges from "./HttpEdges.js"
import * as LoopMonitor from "./LoopMonitor.js"
import { Lifecycle, layer as lifecycleLayer } from "./Lifecycle.js"
import { modelEntry, ProviderCatalog, type Resolved } from "./ProviderSetup.js"
import * as ProviderSetup from "./ProviderSetup.js"
import { isLoopback, ServerConfig, type ServerConfigShape } from "./ServerConfig.js"
import { layer as sseHubLayer, SseHub } from "./Sse.js"
import { holdUntilServed } from "./StartupHold.js"

const sseLayer = (config: ServerConfigShape) =>
  sseHubLayer({ heartbeatMs: config.heartbeatMs, stallTimeoutMs: config.stallTimeoutMs, pollMs: config.pollMs })

export type StorageServices =
  | EventStore.EventStore
  | SessionQueries.SessionQueries
  | EventNotifier.EventNotifier
  | SqlClient.SqlClient
  | LogWriter.LogWriter
  | ServerLog.ServerLog
  | Attachments.Attachments
  | ApiKeys.ApiKeys
  | BudgetStore.BudgetStore
  | SessionLeases.SessionLeases
  | SessionSignals.SessionSignals

export interface ServerOptions {
  readonly config: ServerConfigShape
  /** OTLP export of traces and metrics (docs/operations.md); absent: off. */
  readonly tracing?: Tracing.Options
  /** `Storage.sqlite(...)` or `Storage.pg(...)` (see `storageFor`). */
  readonly storage: Layer.Layer<StorageServices, unknown>
  readonly providers: Resolved
  readonly agents: ReadonlyArray<Agents.Agent>
  /** Tools offered beside the built-ins (tests add theirs). */
  readonly tools?: ReadonlyArray<ToolRegistry.Tool>
  /** Fallback chains (config `fallback`, global and per agent). */
  readonly fallback?: { readonly global: ReadonlyArray<ModelRef>; readonly agents: Readonly<Record<string, ReadonlyArray<ModelRef>>> }
  /** Compaction of long sessions (config `compaction`); the context windows come from `providers`' model limits. */
  readonly compaction?: { readonly auto?: boolean | undefined; readonly threshold?: number | undefined; readonly prune?: boolean | undefined }
  /** Language servers for diagnostics after edits (config `lsp`; absent: the built-ins where installed, `false`: none). */
  readonly lsp?: LspConfig.Config
  /** The `websearch` tool's service, its key set (absent: the tool is not offered). */
  readonly websearch?: WebSearch.Config
  /** The config file's permission rules (after each agent's defaults). */
  readonly permission?: ReadonlyArray<PermissionRule>
  /** MCP servers (config `mcp`). */
  readonly mcp?: McpConfig.Config
  /** Config `instructions` (files or globs) for the model's context. */
  readonly instructions?: ReadonlyArray<string>
  /** Titles for untitled sessions (default on), with config `small_model` when set. */
  readonly titles?: { readonly enabled: boolean; readonly model?: ModelRef }
  /** Instruction files outside projects (default: the user's global `AGENTS.md`). */
  readonly globalInstructions?: ReadonlyArray<string>
  /** The SQLite file, when the database is one: never part of a snapshot. */
  readonly databaseFile?: string
  /** Where file snapshots (revert, diff) are kept; absent: no snapshots. */
  readonly snapshotDir?: string
  /** Where full tool outputs are saved (default: a folder under the system's temp directory). */
  readonly toolOutputDir?: string
  /** Replaces the providers built from `providers` (tests point it at a fake). */
  readonly providersLayer?: Layer.Layer<Providers>
}

/** `postgres://…` is PostgreSQL; anything else is a SQLite file. */
export const storageFor = (db: string, options: Storage.Options = {}): Layer.Layer<StorageServices, unknown> =>
  /^postgres(ql)?:\/\//.test(db) ? Storage.pg({ url: db }, options) : Storage.sqlite({ filename: db }, options)

export class InsecureBind extends Error {
  readonly _tag = "InsecureBind"
}

/** Shortest secret accepted for a bind beyond loopback. */
export const MIN_SECRET_LENGTH = 16

/**
 * Why this config must not listen, or undefined. Empty secrets never count
 * as authentication (embedders build the config themselves, so this is
 * checked here as well as when settings are resolved), and a bind beyond
 * loopback needs a secret of at least MIN_SECRET_LENGTH characters.
 */
export const insecureBind = (config: ServerConfigShape): string | undefined => {
  const secrets = [config.auth?.token, config.auth?.password].flatMap((s) => s === undefined ? [] : [Redacted.value(s)])
  if (config.auth !== undefined && (secrets.length === 0 || secrets.some((s) => s.trim() === ""))) {
    return "refusing to start with an empty token or password: give a secret, or no auth at all (loopback only)"
  }
  if (isLoopback(config.hostname)) return undefined
  if (config.auth === undefined) {
    return `refusing to listen on ${config.hostname} without authentication: set RATCHET_TOKEN or RATCHET_PASSWORD (or server.token in the config file), or bind 127.0.0.1`
  }
  if (secrets.some((s) => s.length < MIN_SECRET_LENGTH)) {
    return `refusing to listen on ${config.hostname} with a secret shorter than ${MIN_SECRET_LENGTH} characters`
  }
  return undefined
}

/** The `websearch` tool when a service is configured; without a key the server does not start (the error says which). */
const websearchTool = (config: WebSearch.Config | undefined): Effect.Effect<ReadonlyArray<ToolRegistry.Tool>, WebSearch.SearchError> =>
  config === undefined ? Effect.succeed([]) : Effect.map(WebSearch.make(config, process.env), (service) => [WebSearchTool.make(service)])

const engine = (options: ServerOptions) =>
  ChildSessions.taskLayer.pipe(
    // MCP servers connect in the background and register their tools in the same registry
    Layer.provideMerge(McpServers.layer(options.mcp ?? {})),
    Layer.provideMerge(Layer.unwrapEffect(Effect.map(websearchTool(options.websearch), (search) =>
      Sessions.layer(BuiltinTools.registry([...(options.tools ?? []), ...search]))))),
    Layer.provideMerge(options.providersLayer ?? ProviderSetup.layer(options.providers, { connections: options.config.providerConnections })),
    Layer.provideMerge(Layer.succeed(SessionExecution.ExecutionConfig, { maxConcurrentActivities: options.config.maxRuns })),
    Layer.provideMerge(Agents.layer(options.agents)),
    Layer.provideMerge(Layer.succeed(Permissions.PermissionConfig, { rules: options.permission ?? [] })),
    Layer.provideMerge(Layer.succeed(SessionTitles.TitleConfig, options.titles ?? { enabled: true })),
    Layer.provideMerge(Layer.succeed(Sandbox.SandboxConfig, { default: options.config.sandbox })),
    Layer.provideMerge(Layer.succeed(Compaction.CompactionConfig, {
      auto: options.compaction?.auto ?? true,
      threshold: options.compaction?.threshold ?? 0.8,
      prune: options.compaction?.prune ?? true,
      contextWindow: (model) =>
        options.providers.providers.find((p) => p.id === model.providerID)?.models.find((m) => m.id === model.id)?.limit?.context
    })),
    Layer.provideMerge(Diagnostics.layer(options.lsp, { sandbox: options.config.sandbox })),
    Layer.provideMerge(options.snapshotDir === undefined ? Layer.empty : Snapshots.layer({
      root: options.snapshotDir,
      exclude: [options.toolOutputDir ?? ToolRegistry.ToolConfig.defaultValue().outputDir, ...(options.databaseFile === undefined ? [] : [options.databaseFile])]
    })),
    Layer.provideMerge(Layer.succeed(SessionRunner.RunnerConfig, {
      ...SessionRunner.RunnerConfig.defaultValue(),
      // the catalogue's prices under the config's (`cost`, dollars per million tokens); none: the cost is unknown (null)
      pricing: (model) => {
        const cost = modelEntry(options.providers, model)?.cost
        return cost === undefined ? undefined : {
          input: cost.input,
          output: cost.output,
          ...(cost.cache_read === undefined ? {} : { cacheRead: cost.cache_read }),
          ...(cost.cache_write === undefined ? {} : { cacheWrite: cost.cache_write })
        }
      },
      parallelTools: options.config.parallelTools,
      maxAttempts: options.config.retries,
      fallback: (agent) => options.fallback?.agents[agent] ?? options.fallback?.global ?? [],
      ...(options.config.exclusiveTools === undefined ? {} : { exclusiveTools: options.config.exclusiveTools })
    })),
    Layer.provideMerge(Layer.succeed(ProjectContext.ContextConfig, {
      instructions: options.instructions ?? [],
      globalFiles: options.globalInstructions ?? ProjectContext.ContextConfig.defaultValue().globalFiles
    })),
    Layer.provideMerge(Layer.succeed(ToolRegistry.ToolConfig, {
      maxOutputBytes: 32 * 1024,
      outputDir: options.toolOutputDir ?? ToolRegistry.ToolConfig.defaultValue().outputDir
    })),
    // budgets: refused admissions (HTTP) and runs stopped before their next turn (the runner's port)
    Layer.provideMerge(Budgets.runBudgetLayer),
    Layer.provideMerge(Budgets.layer),
    Layer.provideMerge(options.storage)
  )

/** Full tool outputs are kept this long after their session last wrote one (deleting the session removes them at once). */
export const TOOL_OUTPUT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000

const pruneToolOutputs = Layer.effectDiscard(
  Effect.flatMap(ToolRegistry.ToolConfig, (config) =>
    Effect.tap(ToolOutputs.prune(config.outputDir, TOOL_OUTPUT_MAX_AGE_MS), (n) =>
      n > 0 ? Effect.logInfo(`removed the tool outputs of ${n} session(s) older than 7 days`) : Effect.void))
)

/** How long runs resumed at start wait for MCP servers still making their first connection. */
const MCP_SETTLE_ON_START = "10 seconds"

/** Runs inputs left pending (and closes activities left open) by a previous process. */
const resumeOnStart = Layer.effectDiscard(
  Effect.gen(function*() {
    const execution = yield* SessionExecution.SessionExecution
    const mcp = yield* McpClients.McpClients
    // the resumed runs (not the start) wait for MCP servers still connecting: their next turn sees those tools
    const n = yield* execution.resume.pipe(
      Effect.provideService(SessionExecution.ResumeGate, mcp.settled(MCP_SETTLE_ON_START)),
      Effect.tap((resumed) => Effect.annotateCurrentSpan("ratchet.sessions", resumed)),
      Effect.withSpan("ratchet.recovery")
    )
    if (n > 0) yield* Effect.logInfo(`resumed ${n} session(s) with pending inputs`)
  })
)

/** Stop admitting, let runs settle (grace, then interrupt), then end the event streams with everything they recorded. */
const drainOnShutdown = Layer.scopedDiscard(
  Effect.gen(function*() {
    const lifecycle = yield* Lifecycle
    const hub = yield* SseHub
    yield* Effect.addFinalizer(() => Effect.zipRight(lifecycle.drain, hub.closeAll))
  })
)

/**
 * `/doc`: the same document as the checked-in `openapi.json` (what
 * upstream's `/doc` is, and what generators fetch); a browser (`Accept:
 * text/html`) is sent on to `/doc/ui`, the interactive reference (Scalar,
 * served inline: no CDN).
 */
const openApiRoute = Layer.merge(
  HttpApiBuilder.Router.use((router) =>
    Effect.flatMap(
      Effect.orDie(HttpServerResponse.text(OpenApiDoc.text(), { contentType: "application/json" })),
      (json) =>
        router.get(
          "/doc",
          Effect.map(HttpServerRequest.HttpServerRequest, (request) =>
            (request.headers["accept"] ?? "").includes("text/html")
              ? HttpServerResponse.redirect("/doc/ui", { status: 303 })
              : json)
        )
    )
  ),
  HttpApiScalar.layer({ path: "/doc/ui" })
)

/**
 * A span per request only when traces are exported: otherwise it (with its
 * captured stack) is pure cost, measurable at the admission bound. Event
 * streams never get one: a span held open for a stream's life costs memory
 * and says nothing (its frames are the log's).
 */
const STREAMS = /^\/(api\/(session\/[^/]+\/)?event|event|global\/event)(\?|$)/
const http = (config: ServerConfigShape, tracing: boolean) =>
  HttpApiBuilder.serve((app) => HttpEdges.bodyLimit(config)(HttpEdges.guard(config)(app))).pipe(
    HttpMiddleware.withTracerDisabledWhen((request) => !tracing || STREAMS.test(request.url)),
    Layer.provide(openApiRoute),
    Layer.provide(McpRoute.layer(config.version)),
    Layer.provide(V1Unsupported.layer),
    Layer.provide(MetricsRoute.layer),
    Layer.provide(HttpEdges.errorShapes(config)),
    Layer.provide(HttpApiBuilder.api(Api)),
    Layer.provide([Sessions_.layer, Messages.layer, Events.layer, Catalog.layer, Files.filesLayer, Files.definitionsLayer, Mcp.layer, Requests.permissionLayer, Requests.questionLayer, AccessRoutes.layer]),
    Layer.provide([V1Sessions.layer, V1App.eventLayer, V1App.requestLayer, V1App.appLayer, V1Files.layer]),
    Layer.provide([AccessMiddleware.authorizationLayer, AccessMiddleware.layer]),
    Layer.provideMerge(Credentials.layer),
    Layer.provideMerge(NodeHttpServer.layer(
      // a request whose headers or body do not arrive in time is answered 408 and closed (not held open)
      () =>
        holdUntilServed(createServer({
          requestTimeout: config.requestTimeoutMs,
          headersTimeout: Math.min(config.requestTimeoutMs, 60_000),
          // Node checks those timeouts only this often (default 30 s, which doubled a 30 s timeout)
          connectionsCheckingInterval: Math.max(250, Math.min(5_000, Math.floor(config.requestTimeoutMs / 4)))
        })),
      { port: config.port, host: config.hostname, backlog: 4096 }
    ))
  )

/**
 * The whole server. Refuses (with `InsecureBind`) to listen beyond loopback
 * without credentials.
 */
export const layer = (options: ServerOptions) => {
  const { config } = options
  const refusal = insecureBind(config)
  const guard = Layer.effectDiscard(refusal === undefined ? Effect.void : Effect.fail(new InsecureBind(refusal)))
  return drainOnShutdown.pipe(
    Layer.provideMerge(LoopMonitor.layer()),
    Layer.provideMerge(http(config, options.tracing !== undefined)),
    Layer.provideMerge(resumeOnStart),
    Layer.provideMerge(pruneToolOutputs),
    Layer.provideMerge(lifecycleLayer),
    Layer.provideMerge(sseLayer(config)),
    Layer.provideMerge(ProjectScope.layer),
    Layer.provideMerge(engine(options)),
    Layer.provideMerge(Layer.succeed(ProviderCatalog, options.providers)),
    Layer.provideMerge(Layer.succeed(ServerConfig, config)),
    Layer.provide(guard),
    // under everything: every fiber the server starts traces to the exporter
    (server) => options.tracing === undefined ? server : Layer.provide(server, Tracing.layer(options.tracing))
  )
}

/** The bound address as a base URL (the port is the real one when 0 was asked for). */
export const baseUrl = Effect.map(HttpServer.HttpServer, (server) => {
  const address = server.address
  return address._tag === "TcpAddress"
    ? `http://${address.hostname.includes(":") ? `[${address.hostname}]` : address.hostname}:${address.port}`
    : `unix:${address.path}`
})
