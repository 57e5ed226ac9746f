/** A real server on a loopback port over a real SQLite file (or PostgreSQL schema), with the fake provider. */
import { Databases, FakeProvider, TestTools } from "@ratchet/testing"
import { createRatchetClient, type RatchetClient } from "@ratchet/sdk/fetch"
import type { LspConfig, McpConfig, WebSearch } from "@ratchet/tools"
import { Effect, Exit, Layer, Logger, LogLevel, Redacted, Scope } from "effect"
import { mkdtempSync } from "node:fs"
import * as http from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type * as ProviderSetup from "../src/ProviderSetup.js"
import type * as Tracing from "../src/Tracing.js"
import * as Server from "../src/Server.js"
import { defaults, type ServerConfigShape } from "../src/ServerConfig.js"

export interface Harness {
  readonly baseUrl: string
  readonly fake: FakeProvider.FakeProvider
  readonly client: RatchetClient
  readonly db: string
  /** Stops the server (graceful drain), keeping the database and the fake provider. */
  readonly stop: () => Promise<void>
  /** Starts a new server process-equivalent on the same database. */
  readonly restart: (config?: Partial<ServerConfigShape>) => Promise<Harness>
  readonly close: () => Promise<void>
}

export interface HarnessOptions {
  readonly config?: Partial<ServerConfigShape>
  /** MCP servers to connect (config `mcp`). */
  readonly mcp?: McpConfig.Config
  /** Take file snapshots before each step (revert, diff) in this folder. */
  readonly snapshotDir?: string
  /** Models a turn falls back to when its retries run out. */
  readonly fallback?: ReadonlyArray<{ readonly providerID: string; readonly id: string }>
  /** The fake model's prices (opencode's `cost`, dollars per million tokens). */
  readonly cost?: { readonly input: number; readonly output: number; readonly cache_read?: number }
  /** What the fake model accepts besides text (`modalities.input`: "image", "pdf"). */
  readonly modalities?: ReadonlyArray<string>
  /** The fake model's context window (`limit.context`): sizes automatic compaction. */
  readonly contextWindow?: number
  readonly compaction?: { readonly auto?: boolean; readonly threshold?: number; readonly prune?: boolean }
  /** Language servers (config `lsp`); default `false`: the tests' edits start none. */
  readonly lsp?: LspConfig.Config
  /** The `websearch` tool's service (`server.websearch`). */
  readonly websearch?: WebSearch.Config
  readonly instructions?: ReadonlyArray<string>
  readonly globalInstructions?: ReadonlyArray<string>
  readonly titles?: { readonly enabled: boolean }
  readonly db?: string
  readonly fake?: FakeProvider.FakeProvider
  /** OTLP export of traces and metrics (a receiver in the test). */
  readonly tracing?: Tracing.Options
  /** The config's permission rules (`permission`). */
  readonly permission?: ReadonlyArray<{ readonly permission: string; readonly pattern: string; readonly action: "allow" | "deny" | "ask" }>
  /** More providers beside `fake` (e.g. the native wires, on the same fake server). */
  readonly providers?: (fake: FakeProvider.FakeProvider) => ReadonlyArray<ProviderSetup.ResolvedProvider>
}

const providersFor = (
  fake: FakeProvider.FakeProvider,
  contextWindow?: number,
  modalities?: ReadonlyArray<string>,
  cost?: HarnessOptions["cost"],
  extra: ReadonlyArray<ProviderSetup.ResolvedProvider> = []
) => ({
  providers: [{
    id: "fake",
    name: "fake",
    npm: "@ai-sdk/openai-compatible",
    wire: "openai-compatible" as const,
    baseURL: fake.baseURL,
    keySource: "none" as const,
    env: [],
    headers: {},
    models: [{
      id: "fake-1",
      name: "fake-1",
      source: "config" as const,
      ...(contextWindow === undefined ? {} : { limit: { context: contextWindow } }),
      ...(modalities === undefined ? {} : { modalities: { input: ["text", ...modalities] } }),
      ...(cost === undefined ? {} : { cost })
    }, { id: "fake-2", name: "fake-2", source: "config" as const }]
  }, ...extra],
  defaultModel: { providerID: "fake", id: "fake-1" }
})

export const start = async (options: HarnessOptions = {}): Promise<Harness> => {
  const outer = Effect.runSync(Scope.make())
  const fake = options.fake ?? await Effect.runPromise(Scope.extend(FakeProvider.make(), outer))
  const dir = options.db === undefined ? Databases.makeSqliteDir() : undefined
  const db = options.db ?? dir!.filename
  const toolOutputDir = mkdtempSync(join(tmpdir(), "ratchet-test-output-"))
  const boot = async (config: Partial<ServerConfigShape>): Promise<Harness> => {
    const scope = Effect.runSync(Scope.make())
    const full: ServerConfigShape = {
      ...defaults,
      port: 0,
      hostname: "127.0.0.1",
      directory: process.cwd(),
      heartbeatMs: 200,
      defaultModel: { providerID: "fake", id: "fake-1" },
      ...config
    }
    const layer = Server.layer({
      config: full,
      storage: Server.storageFor(db),
      providers: providersFor(fake, options.contextWindow, options.modalities, options.cost, options.providers?.(fake)),
      ...(options.compaction === undefined ? {} : { compaction: options.compaction }),
      agents: [{ name: "build", maxSteps: 25 }, { name: "short", maxSteps: 2 }],
      tools: TestTools.all,
      ...(options.permission === undefined ? {} : { permission: options.permission }),
      ...(options.tracing === undefined ? {} : { tracing: options.tracing }),
      ...(options.mcp === undefined ? {} : { mcp: options.mcp }),
      ...(options.websearch === undefined ? {} : { websearch: options.websearch }),
      lsp: options.lsp ?? false,
      ...(options.fallback === undefined ? {} : { fallback: { global: options.fallback, agents: {} } }),
      ...(options.snapshotDir === undefined ? {} : { snapshotDir: options.snapshotDir }),
      ...(options.instructions === undefined ? {} : { instructions: options.instructions }),
      // hermetic: the machine's own global AGENTS.md is not part of the tests' context
      globalInstructions: options.globalInstructions ?? [],
      // off unless a test asks: a title request would take a script queued for the next turn
      titles: options.titles ?? { enabled: false },
      toolOutputDir
    })
    // the engine's info line per activity is for operators; tests read warnings and worse
    const context = await Effect.runPromise(Layer.buildWithScope(Layer.provide(layer, Logger.minimumLogLevel(LogLevel.Warning)), scope))
    const baseUrl = Effect.runSync(Effect.provide(Server.baseUrl, context))
    const auth = full.auth
    const client = createRatchetClient({
      baseUrl,
      ...(auth?.token === undefined ? {} : { token: Redacted.value(auth.token) })
    })
    let stopped = false
    const stop = async () => {
      if (stopped) return
      stopped = true
      await Effect.runPromise(Scope.close(scope, Exit.void))
    }
    return {
      baseUrl,
      fake,
      client,
      db,
      stop,
      restart: async (next = config) => {
        await stop()
        return boot(next)
      },
      close: async () => {
        await stop()
        await Effect.runPromise(Scope.close(outer, Exit.void))
        dir?.remove()
      }
    }
  }
  return boot(options.config ?? {})
}

/** Polls `f` until it gives a value (not undefined), failing with `what` after `ms`. */
export const until = async <A>(what: string, f: () => Promise<A | undefined>, ms = 20_000): Promise<A> => {
  const end = Date.now() + ms
  for (;;) {
    const got = await f()
    if (got !== undefined) return got
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** JSON over fetch, for the cases the typed client would not let us send. */
export const raw = async (baseUrl: string, path: string, init: RequestInit = {}) => {
  const response = await fetch(baseUrl + path, init)
  const text = await response.text()
  let body: unknown = text
  try {
    body = text === "" ? undefined : JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: body as Record<string, unknown> }
}

export const post = (baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(baseUrl, path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) })

/**
 * A request over a plain socket with headers fetch would not let us set
 * (Host, Origin, odd content types). Never throws: a transport error or no
 * answer within `timeoutMs` is status 0 with the reason as the text.
 */
export const rawRequest = (
  baseUrl: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string; timeoutMs?: number }
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> =>
  new Promise((resolve) => {
    const url = new URL(baseUrl)
    const req = http.request({
      host: url.hostname,
      port: url.port,
      method: options.method ?? "GET",
      path: options.path,
      headers: { ...(options.body === undefined ? {} : { "content-length": String(Buffer.byteLength(options.body)) }), ...options.headers }
    }, (res) => {
      let text = ""
      res.setEncoding("utf8").on("data", (c: string) => (text += c)).on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }))
    })
    req.on("error", (e) => resolve({ status: 0, headers: {}, text: String(e) }))
    req.setTimeout(options.timeoutMs ?? 10_000, () => {
      req.destroy()
      resolve({ status: 0, headers: {}, text: `no answer within ${options.timeoutMs ?? 10_000} ms` })
    })
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
