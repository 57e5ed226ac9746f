/**
 * Resolves what `ratchet serve` runs with, from (in order of precedence)
 * flags, environment and the config file. Everything a user can get wrong
 * is reported as a `ConfigError` naming the file (or flag) and the field.
 */
import { Agents as AgentsModule } from "@ratchet/engine"
import type { Agents } from "@ratchet/engine"
import type { ModelRef } from "@ratchet/schema"
import { Effect, Either, Redacted } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import type { PermissionRule } from "@ratchet/schema"
import { type AgentEntry, ConfigError, type ConfigFile, rulesOf } from "./ConfigFile.js"
import * as ConfigFiles from "./ConfigFiles.js"
import { type LspConfig, type McpConfig, Sandbox, WebSearch } from "@ratchet/tools"
import * as ProjectDefinitions from "./ProjectDefinitions.js"
import * as ProviderSetup from "./ProviderSetup.js"
import * as SessionDirectories from "./SessionDirectories.js"
import * as Tracing from "./Tracing.js"
import { type BudgetDef, defaults, type ServerConfigShape } from "./ServerConfig.js"

export interface Flags {
  readonly port?: string
  readonly hostname?: string
  readonly db?: string
  readonly config?: string
  /** Origins allowed from browsers, added to `server.cors`. */
  readonly cors?: ReadonlyArray<string>
  /** `--max-runs`: over `limits.maxRuns`. */
  readonly maxRuns?: string
}

export type Env = Readonly<Record<string, string | undefined>>

export interface Settings {
  readonly config: ServerConfigShape
  readonly db: string
  readonly configFile?: string
  /** Every config file merged, lowest precedence first (ConfigFiles). */
  readonly configFiles: ReadonlyArray<string>
  readonly providers: ProviderSetup.Resolved
  readonly agents: ReadonlyArray<Agents.Agent>
  /** Config `small_model`: for session titles. */
  readonly smallModel?: ModelRef
  /** OTLP export (docs/operations.md): from `OTEL_EXPORTER_OTLP_*` or the config's `telemetry.otlp`. */
  readonly tracing?: Tracing.Options
  /** Config `instructions`: files or globs for the model's context. */
  readonly instructions: ReadonlyArray<string>
  /** The `websearch` tool's service (`server.websearch`), its key resolved; absent: not offered. */
  readonly websearch?: WebSearch.Config
  /** Fallback chains: the config's `fallback`, and each agent's own. */
  readonly fallback: { readonly global: ReadonlyArray<ModelRef>; readonly agents: Readonly<Record<string, ReadonlyArray<ModelRef>>> }
  /** The config's `compaction` section. */
  readonly compaction?: { readonly auto?: boolean | undefined; readonly threshold?: number | undefined; readonly prune?: boolean | undefined }
  /** The config's `lsp` section (absent: the built-in servers, where installed). */
  readonly lsp?: LspConfig.Config
  /** The config's MCP servers. */
  readonly mcp: McpConfig.Config
  /** The config file's top-level permission rules. */
  readonly permission: ReadonlyArray<PermissionRule>
  readonly toolOutputDir: string
  /** Where file snapshots are kept; absent when config `snapshot` is false. */
  readonly snapshotDir?: string
  /** Things worth telling the user that do not stop the start (unknown config keys). */
  readonly warnings: ReadonlyArray<string>
}

/** `$XDG_DATA_HOME/ratchet`, else `~/.local/share/ratchet`. */
/** `--max-runs`, else `RATCHET_MAX_RUNS`, else `limits.maxRuns`. */
const maxRunsOf = (flag: string | undefined, env: string | undefined, file: number | undefined) => {
  if (flag === undefined && env === undefined) return Effect.succeed(file === undefined ? {} : { maxRuns: file })
  return Either.map(
    flag === undefined ? int("RATCHET_MAX_RUNS", "value", env!, 1, 100_000) : int("--max-runs", "value", flag, 1, 100_000),
    (maxRuns) => ({ maxRuns })
  )
}

/** `RATCHET_LOOP_SLICE_MS`, else `limits.loopSliceMs`. */
const loopSliceOf = (env: string | undefined, file: number | undefined) =>
  env === undefined
    ? Effect.succeed(file === undefined ? {} : { loopSliceMs: file })
    : Either.map(int("RATCHET_LOOP_SLICE_MS", "value", env, 0, 1000), (loopSliceMs) => ({ loopSliceMs }))

/** Config `budgets` as a list: one entry per scope, subject and period. */
const budgetsFrom = (section: ConfigFile["budgets"]): Array<BudgetDef> =>
  (["project", "key"] as const).flatMap((scope) =>
    Object.entries(section?.[scope] ?? {}).flatMap(([subject, limits]) =>
      (["day", "month"] as const).flatMap((period) => {
        const limit = limits[period]
        return limit === undefined ? [] : [{ scope, subject, period, limit }]
      })))

export const dataDir = (env: Env): string => path.join(env.XDG_DATA_HOME ?? path.join(os.homedir(), ".local", "share"), "ratchet")

/** `$XDG_DATA_HOME/ratchet/ratchet.db`, else `~/.local/share/ratchet/ratchet.db`. */
export const defaultDb = (env: Env): string => path.join(dataDir(env), "ratchet.db")

/** Full tool outputs: beside a SQLite file, else under the data directory (private folders, `ToolOutputs`). */
export const toolOutputDir = (db: string, env: Env): string =>
  path.join(/^postgres(ql)?:\/\//.test(db) ? dataDir(env) : path.dirname(path.resolve(db)), "tool-output")

/** File snapshots (revert, diff): beside a SQLite file, else under the data directory. */
export const snapshotDir = (db: string, env: Env): string =>
  path.join(/^postgres(ql)?:\/\//.test(db) ? dataDir(env) : path.dirname(path.resolve(db)), "snapshots")

/** The config files that apply, lowest precedence first (see ConfigFiles). */
export const findConfigs = (cwd: string, env: Env): ReadonlyArray<string> => ConfigFiles.discover(cwd, env)

const parseModel = (value: string | undefined): ModelRef | undefined => {
  if (value === undefined) return undefined
  const slash = value.indexOf("/")
  return { providerID: value.slice(0, slash), id: value.slice(slash + 1) }
}

/** The built-in agents plus the config file's `agent` section (which may change, add or disable them). */
export const agentsFrom = (file: string, entries: Readonly<Record<string, AgentEntry>>): Either.Either<Array<Agents.Agent>, ConfigError> => {
  const agents = new Map<string, Agents.Agent>(AgentsModule.builtins.map((a) => [a.name, a]))
  for (const [name, entry] of Object.entries(entries)) {
    if (entry.disable === true) {
      agents.delete(name)
      continue
    }
    if (entry.model !== undefined && !/^[^/\s]+\/\S+$/.test(entry.model)) {
      return Either.left(new ConfigError({ file, field: `agent.${name}.model`, reason: "expected \"provider/model\"" }))
    }
    const base: Agents.Agent = agents.get(name) ?? { name, maxSteps: 25, mode: "all" }
    const model = parseModel(entry.model)
    const steps = entry.steps ?? entry.maxSteps
    const extra = rulesOf(entry.permission, entry.tools)
    agents.set(name, {
      ...base,
      ...(entry.description === undefined ? {} : { description: entry.description }),
      ...(entry.mode === undefined ? {} : { mode: entry.mode }),
      ...(extra.length === 0 ? {} : { permission: [...AgentsModule.rulesOf(base), ...extra] }),
      ...(steps === undefined ? {} : { maxSteps: steps }),
      ...(entry.prompt === undefined ? {} : { system: entry.prompt }),
      ...(model === undefined ? {} : { model }),
      ...(entry.sandbox === undefined ? {} : { sandbox: entry.sandbox })
    })
  }
  return Either.right([...agents.values()])
}

const int = (source: string, field: string, value: string, min: number, max: number): Either.Either<number, ConfigError> => {
  const n = Number(value)
  return Number.isInteger(n) && n >= min && n <= max
    ? Either.right(n)
    : Either.left(new ConfigError({ file: source, field, reason: `expected an integer from ${min} to ${max}, got ${JSON.stringify(value)}` }))
}

/**
 * A secret from the environment (first) or the file. Set but empty (or only
 * whitespace) is an error: it used to read as "auth on" while checking
 * nothing, and it unlocked binds beyond loopback.
 */
const secret = (
  fromEnv: string | undefined,
  envName: string,
  fromFile: string | undefined,
  file: string,
  field: string
): Either.Either<string | undefined, ConfigError> => {
  const value = fromEnv ?? fromFile
  if (value === undefined || value.trim() !== "") return Either.right(value)
  const reason = "is set but empty: give a secret, or unset it to run without authentication on loopback"
  return Either.left(fromEnv !== undefined ? new ConfigError({ file: envName, reason }) : new ConfigError({ file, field, reason }))
}

/** `--cors` values: an origin (scheme, host, port; no path) or `*`. */
const origins = (values: ReadonlyArray<string>): Either.Either<ReadonlyArray<string>, ConfigError> => {
  const bad = values.find((v) => !/^(\*|https?:\/\/[^/\s]+)$/.test(v))
  return bad === undefined
    ? Either.right(values)
    : Either.left(new ConfigError({ file: "--cors", reason: `expected an origin such as http://localhost:3000 (no path) or *, got ${JSON.stringify(bad)}` }))
}

/** The roots sessions may run in, as real paths; each must exist and be a directory. */
const allowedDirectories = (file: string, listed: ReadonlyArray<string>, cwd: string): Either.Either<ReadonlyArray<string>, ConfigError> => {
  const out: Array<string> = []
  for (const [i, dir] of listed.entries()) {
    const absolute = path.resolve(cwd, dir)
    const stat = fs.statSync(absolute, { throwIfNoEntry: false })
    if (stat?.isDirectory() !== true) {
      return Either.left(new ConfigError({ file, field: `server.directories.${i}`, reason: `${absolute} is not an existing directory` }))
    }
    out.push(fs.realpathSync.native(absolute))
  }
  return Either.right(out)
}

/** Where sessions created without a location run: the start directory when it is allowed, else the first root. */
const defaultDirectory = (cwd: string, roots: ReadonlyArray<string>): string => {
  const real = fs.realpathSync.native(cwd)
  return roots.some((root) => SessionDirectories.inside(root, real)) ? cwd : roots[0] ?? cwd
}

export const resolve = (flags: Flags, env: Env, cwd: string): Effect.Effect<Settings, ConfigError> =>
  Effect.gen(function*() {
    const loaded = yield* ConfigFiles.loadAll(cwd, env, flags.config ?? env.RATCHET_CONFIG)
    const file: ConfigFile = loaded.config
    // the file with the last word, for messages; every file is listed in `configFiles`
    const configFile = loaded.files.at(-1)
    const source = configFile ?? "(no config file)"
    const server = file.server ?? {}
    const port = flags.port !== undefined
      ? yield* int("--port", "port", flags.port, 0, 65535)
      : env.RATCHET_PORT !== undefined
      ? yield* int("RATCHET_PORT", "port", env.RATCHET_PORT, 0, 65535)
      : server.port ?? defaults.port
    const hostname = flags.hostname ?? env.RATCHET_HOSTNAME ?? server.hostname ?? defaults.hostname
    const token = yield* secret(env.RATCHET_TOKEN, "RATCHET_TOKEN", server.token, source, "server.token")
    // opencode's variables are read too, so a server set up for opencode keeps its password
    const password = env.RATCHET_PASSWORD === undefined && env.OPENCODE_SERVER_PASSWORD !== undefined
      ? yield* secret(env.OPENCODE_SERVER_PASSWORD, "OPENCODE_SERVER_PASSWORD", server.password, source, "server.password")
      : yield* secret(env.RATCHET_PASSWORD, "RATCHET_PASSWORD", server.password, source, "server.password")
    const directories = yield* allowedDirectories(source, server.directories ?? [cwd], cwd)
    const providers = yield* ProviderSetup.resolve(source, file, env)
    const agents = yield* agentsFrom(source, file.agent ?? {})
    const db = flags.db ?? env.RATCHET_DB ?? server.db ?? defaultDb(env)
    // a sandbox asked for where none can be made stops the start (it would refuse every command)
    const sandboxed = [...(server.sandbox === undefined ? [] : [["server.sandbox", server.sandbox] as const]), ...agents.flatMap((a) => (a.sandbox === undefined ? [] : [[`agent.${a.name}.sandbox`, a.sandbox] as const]))]
    const wanted = sandboxed.find(([, mode]) => mode !== "off")
    const why = wanted === undefined ? undefined : Sandbox.unavailable()
    if (wanted !== undefined && why !== undefined) yield* Effect.fail(new ConfigError({ file: source, field: wanted[0], reason: why }))
    // every model of a fallback chain must be able to run: a broken chain is found now, not at an outage
    const chain = (field: string, models: ReadonlyArray<string> | undefined) =>
      Effect.forEach(models ?? [], (m, i) => {
        const ref = parseModel(m)!
        const why = ProviderSetup.unknownModel(providers, ref)
        return why === undefined ? Effect.succeed(ref) : Effect.fail(new ConfigError({ file: source, field: `${field}.${i}`, reason: why.message }))
      })
    const fallback = {
      global: yield* chain("fallback", file.fallback),
      agents: Object.fromEntries(yield* Effect.forEach(Object.entries(file.agent ?? {}).filter(([, a]) => a.fallback !== undefined), ([name, a]) =>
        Effect.map(chain(`agent.${name}.fallback`, a.fallback), (refs) => [name, refs] as const)))
    }
    const websearch = server.websearch === undefined ? undefined : yield* Either.match(WebSearch.make(server.websearch, env), {
      onLeft: (e) => Effect.fail(new ConfigError({ file: source, field: "server.websearch.apiKey", reason: e.message })),
      onRight: () => Effect.succeed({ ...server.websearch!, apiKey: server.websearch!.apiKey ?? env[WebSearch.ENV_KEYS[server.websearch!.provider]]! })
    })
    const tracing = Tracing.fromEnv(env, file.telemetry?.otlp, defaults.version)
    return {
      db,
      ...(configFile === undefined ? {} : { configFile }),
      configFiles: loaded.files,
      providers,
      agents,
      permission: rulesOf(file.permission, file.tools),
      mcp: file.mcp ?? {},
      fallback,
      ...(file.lsp === undefined ? {} : { lsp: file.lsp }),
      ...(file.compaction === undefined ? {} : { compaction: file.compaction }),
      ...(websearch === undefined ? {} : { websearch }),
      instructions: file.instructions ?? [],
      ...(file.small_model === undefined ? {} : { smallModel: parseModel(file.small_model)! }),
      ...(tracing === undefined ? {} : { tracing }),
      toolOutputDir: toolOutputDir(db, env),
      ...(file.snapshot === false ? {} : { snapshotDir: snapshotDir(db, env) }),
      // a default model that cannot run is said at start, not found at the first prompt
      warnings: [
        ...loaded.warnings,
        ...(providers.defaultModel === undefined ? [] : [ProviderSetup.unknownModel(providers, providers.defaultModel)].flatMap((u) =>
          u === undefined ? [] : [`the default model ${providers.defaultModel!.providerID}/${providers.defaultModel!.id} cannot run: ${u.message}`]))
      ],
      config: {
        ...defaults,
        port,
        hostname,
        directory: defaultDirectory(cwd, directories),
        directories,
        hosts: server.hosts ?? [],
        commands: ProjectDefinitions.commandsFrom(file.command ?? {}),
        references: ProjectDefinitions.referencesFrom(file.reference ?? {}),
        budgets: budgetsFrom(file.budgets),
        cors: [...(server.cors ?? []), ...(yield* origins(flags.cors ?? []))],
        ...(server.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: server.requestTimeoutMs }),
        ...(server.leaseTtlMs === undefined ? {} : { leaseTtlMs: server.leaseTtlMs }),
        ...(yield* maxRunsOf(flags.maxRuns, env.RATCHET_MAX_RUNS, file.limits?.maxRuns)),
        ...(file.limits?.providerConnections === undefined ? {} : { providerConnections: file.limits.providerConnections }),
        ...(yield* loopSliceOf(env.RATCHET_LOOP_SLICE_MS, file.limits?.loopSliceMs)),
        ...(server.parallelTools === undefined ? {} : { parallelTools: server.parallelTools }),
        ...(server.retries === undefined ? {} : { retries: server.retries }),
        ...(file.telemetry?.metrics?.public === undefined ? {} : { metricsPublic: file.telemetry.metrics.public }),
        ...(server.sandbox === undefined ? {} : { sandbox: server.sandbox }),
        ...(server.exclusiveTools === undefined ? {} : { exclusiveTools: server.exclusiveTools }),
        ...(providers.defaultModel === undefined ? {} : { defaultModel: providers.defaultModel }),
        ...(token === undefined && password === undefined ? {} : {
          auth: {
            username: env.RATCHET_USERNAME ?? env.OPENCODE_SERVER_USERNAME ?? server.username ?? "ratchet",
            ...(token === undefined ? {} : { token: Redacted.make(token) }),
            ...(password === undefined ? {} : { password: Redacted.make(password) })
          }
        })
      }
    }
  })
