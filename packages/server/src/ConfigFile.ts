/**
 * The config file: a superset of opencode's `opencode.json` provider section,
 * so users can point Ratchet at the file they already have. Keys Ratchet
 * does not know (theme, keybinds, mcp, …) are ignored — with a warning when
 * opencode does not define them either (a typo); keys it knows are checked,
 * and a bad one is reported with the file and the field.
 */
import { SandboxMode } from "@ratchet/schema"
import { LspConfig, McpConfig, WebSearch } from "@ratchet/tools"
import * as Jsonc from "jsonc-parser"
import { Data, Effect, Either, ParseResult, Schema } from "effect"
import * as fs from "node:fs"

const ModelEntry = Schema.Struct({
  name: Schema.optional(Schema.String),
  id: Schema.optional(Schema.String),
  /** What the model takes and gives (opencode's field): `input` with "image" or "pdf" admits those attachments. */
  modalities: Schema.optional(Schema.Struct({
    input: Schema.optional(Schema.Array(Schema.String)),
    output: Schema.optional(Schema.Array(Schema.String))
  })),
  /** Dollars per million tokens (opencode's field): the cost of each step. */
  cost: Schema.optional(Schema.Struct({
    input: Schema.Number.pipe(Schema.nonNegative()),
    output: Schema.Number.pipe(Schema.nonNegative()),
    cache_read: Schema.optional(Schema.Number.pipe(Schema.nonNegative())),
    cache_write: Schema.optional(Schema.Number.pipe(Schema.nonNegative()))
  })),
  /** Token limits (opencode's field): `context` sizes automatic compaction. */
  limit: Schema.optional(Schema.Struct({
    context: Schema.optional(Schema.Int.pipe(Schema.positive())),
    output: Schema.optional(Schema.Int.pipe(Schema.positive()))
  })),
  /** Whether it can call tools and whether it reasons (opencode's fields; the catalogue's by default). */
  tool_call: Schema.optional(Schema.Boolean),
  reasoning: Schema.optional(Schema.Boolean),
  /** Provider options for this model (opencode's): `thinking`, `reasoningEffort`, `reasoningSummary`, `thinkingConfig` (docs/providers.md). */
  options: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown }))
})

const ProviderEntry = Schema.Struct({
  /** The AI SDK package the provider is declared with; mapped to Ratchet's adapters. */
  npm: Schema.optional(Schema.String),
  name: Schema.optional(Schema.String),
  options: Schema.optional(Schema.Struct({
    baseURL: Schema.optional(Schema.String),
    apiKey: Schema.optional(Schema.String),
    headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })),
    /** Anthropic prompt caching (`cache_control` breakpoints); default on. */
    cache: Schema.optional(Schema.Boolean)
  })),
  models: Schema.optional(Schema.Record({ key: Schema.String, value: ModelEntry }))
})
export type ProviderEntry = typeof ProviderEntry.Type

const Action = Schema.Literal("allow", "deny", "ask")

/**
 * opencode's `permission` config: one action for everything, or per
 * permission an action or `{ pattern: action }` (e.g. `bash: { "git *": "allow", "*": "ask" }`).
 */
const PermissionEntry = Schema.Union(
  Action,
  Schema.Record({ key: Schema.String, value: Schema.Union(Action, Schema.Record({ key: Schema.String, value: Action })) })
)
export type PermissionEntry = typeof PermissionEntry.Type

const AgentEntry = Schema.Struct({
  model: Schema.optional(Schema.String),
  prompt: Schema.optional(Schema.String),
  description: Schema.optional(Schema.String),
  steps: Schema.optional(Schema.Int.pipe(Schema.positive())),
  maxSteps: Schema.optional(Schema.Int.pipe(Schema.positive())),
  mode: Schema.optional(Schema.Literal("subagent", "primary", "all")),
  disable: Schema.optional(Schema.Boolean),
  permission: Schema.optional(PermissionEntry),
  /** opencode's older switch: `false` denies the tool to the agent (it is not offered). */
  tools: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Boolean })),
  /** Where the agent's `bash` runs (Ratchet's addition; docs/security.md). */
  sandbox: Schema.optional(SandboxMode),
  /** Models its turns fall back to when retries run out (over the top-level `fallback`). */
  fallback: Schema.optional(Schema.Array(Schema.suspend(() => ModelString)))
})
export type AgentEntry = typeof AgentEntry.Type

const Dollars = Schema.Number.pipe(Schema.finite(), Schema.nonNegative())
const BudgetLimits = Schema.Struct({ day: Schema.optional(Dollars), month: Schema.optional(Dollars) })

const ModelString = Schema.String.pipe(
  Schema.pattern(/^[^/\s]+\/\S+$/, { message: () => "expected \"provider/model\"" })
)

const CommandEntry = Schema.Struct({
  template: Schema.String,
  description: Schema.optional(Schema.String),
  agent: Schema.optional(Schema.String),
  model: Schema.optional(ModelString),
  variant: Schema.optional(Schema.String),
  subtask: Schema.optional(Schema.Boolean)
})
export type CommandEntry = typeof CommandEntry.Type

/** A path or repository URL, or upstream's objects. */
const ReferenceEntry = Schema.Union(
  Schema.String.pipe(Schema.minLength(1)),
  Schema.Struct({ repository: Schema.String, branch: Schema.optional(Schema.String), description: Schema.optional(Schema.String), hidden: Schema.optional(Schema.Boolean) }),
  Schema.Struct({ path: Schema.String, description: Schema.optional(Schema.String), hidden: Schema.optional(Schema.Boolean) })
)
export type ReferenceEntry = typeof ReferenceEntry.Type

export const ConfigFile = Schema.Struct({
  model: Schema.optional(ModelString),
  /** Models a turn falls back to, in order, when its retries run out on a retryable failure (docs/providers.md). */
  fallback: Schema.optional(Schema.Array(ModelString)),
  /** The model for small jobs (session titles); default the session's. */
  small_model: Schema.optional(ModelString),
  provider: Schema.optional(Schema.Record({ key: Schema.String, value: ProviderEntry })),
  agent: Schema.optional(Schema.Record({ key: Schema.String, value: AgentEntry })),
  permission: Schema.optional(PermissionEntry),
  tools: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Boolean })),
  /** Slash commands (listed at `/api/command`). */
  command: Schema.optional(Schema.Record({ key: Schema.String, value: CommandEntry })),
  /** Instruction files or globs (relative to a session's directory) added to the model's context (docs/agents.md). */
  instructions: Schema.optional(Schema.Array(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(4096)))),
  /** File snapshots before each step, for revert and diff (opencode's switch; default on). */
  snapshot: Schema.optional(Schema.Boolean),
  /** Operators' telemetry (docs/operations.md): `metrics.public` serves `/metrics` without credentials (for a scraper on a private network). */
  telemetry: Schema.optional(Schema.Struct({
    metrics: Schema.optional(Schema.Struct({ public: Schema.optional(Schema.Boolean) })),
    /** OTLP/HTTP export of traces and metrics; the standard `OTEL_EXPORTER_OTLP_*` variables win. */
    otlp: Schema.optional(Schema.Struct({
      endpoint: Schema.optional(Schema.String.pipe(Schema.pattern(/^https?:\/\//))),
      headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String }))
    }))
  })),
  /** Ratchet's addition: dollar limits per UTC day or month, by project name or API key id (docs/operations.md). */
  budgets: Schema.optional(Schema.Struct({
    project: Schema.optional(Schema.Record({ key: Schema.String, value: BudgetLimits })),
    key: Schema.optional(Schema.Record({ key: Schema.String, value: BudgetLimits }))
  })),
  /** Ratchet's addition: the server's bounds (docs/scale.md). */
  limits: Schema.optional(Schema.Struct({
    /** Activities running at once in this process (the rest wait, visibly: `queued`). */
    maxRuns: Schema.optional(Schema.Int.pipe(Schema.between(1, 100_000))),
    /** Provider requests streaming at once, per provider (the rest wait for a connection). */
    providerConnections: Schema.optional(Schema.Int.pipe(Schema.between(1, 100_000))),
    /** How long fibers may hold the event loop in one of its turns, in ms; 0: Effect's own scheduler (LoopScheduler). */
    loopSliceMs: Schema.optional(Schema.Int.pipe(Schema.between(0, 1000)))
  })),
  /** Compaction of long sessions (opencode's section; docs/agents.md). */
  compaction: Schema.optional(Schema.Struct({
    auto: Schema.optional(Schema.Boolean),
    /** Ratchet's addition: the share of the context window that triggers it (default 0.8). */
    threshold: Schema.optional(Schema.Number.pipe(Schema.between(0.1, 0.99))),
    prune: Schema.optional(Schema.Boolean)
  })),
  /** Language servers whose diagnostics follow each edit (`false`: none; docs/tools.md). */
  lsp: Schema.optional(LspConfig.Config),
  /** MCP servers whose tools the agents get (docs/mcp.md). */
  mcp: Schema.optional(McpConfig.Config),
  /** Paths and repositories the project points the agent at (listed at `/api/reference`). */
  reference: Schema.optional(Schema.Record({ key: Schema.String, value: ReferenceEntry })),
  /** Ratchet's own section. */
  server: Schema.optional(Schema.Struct({
    port: Schema.optional(Schema.Int.pipe(Schema.between(0, 65535))),
    hostname: Schema.optional(Schema.String),
    db: Schema.optional(Schema.String),
    token: Schema.optional(Schema.String),
    password: Schema.optional(Schema.String),
    username: Schema.optional(Schema.String),
    /** Where sessions may run (each must exist); default: the directory the server starts in. */
    directories: Schema.optional(Schema.Array(Schema.String.pipe(Schema.minLength(1)))),
    /** Host names accepted without authentication besides loopback ones. */
    hosts: Schema.optional(Schema.Array(Schema.String.pipe(Schema.minLength(1)))),
    /** Origins browsers may call from (CORS), e.g. "http://localhost:3000"; "*" for any. */
    cors: Schema.optional(Schema.Array(Schema.String.pipe(Schema.pattern(/^(\*|https?:\/\/[^/\s]+)$/, {
      message: () => "expected an origin such as \"http://localhost:3000\" (scheme, host and port; no path) or \"*\""
    })))),
    /** Milliseconds a request may take to arrive (headers and body) before a 408. */
    requestTimeoutMs: Schema.optional(Schema.Int.pipe(Schema.between(1_000, 600_000))),
    /** How long a process's claim on a session lasts unrenewed: a dead process's sessions move within ~4/3 of it (docs/scale.md). */
    leaseTtlMs: Schema.optional(Schema.Int.pipe(Schema.between(1_000, 120_000))),
    /** Tool calls of one step that run at once (1: one by one). */
    parallelTools: Schema.optional(Schema.Int.pipe(Schema.between(1, 64))),
    /** Attempts per provider turn on retryable failures before the turn fails or falls back (default 4). */
    retries: Schema.optional(Schema.Int.pipe(Schema.between(1, 20))),
    /** Tools that run alone among a step's parallel calls (default: bash, write, edit, multiedit, apply_patch). */
    exclusiveTools: Schema.optional(Schema.Array(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128)))),
    /** Where `bash` runs for agents and sessions that do not say (default "off"; docs/security.md). */
    sandbox: Schema.optional(SandboxMode),
    /** The search service behind the `websearch` tool (not offered without one; docs/tools.md). */
    websearch: Schema.optional(WebSearch.Config)
  }))
})
export type ConfigFile = typeof ConfigFile.Type

export class ConfigError extends Data.TaggedError("ConfigError")<{
  readonly file: string
  readonly field?: string
  readonly reason: string
}> {
  override get message() {
    return `${this.file}${this.field === undefined ? "" : `: ${this.field}`}: ${this.reason}`
  }
}

/** The path of the first issue, as `provider.openai.options.baseURL`. */
const firstIssue = (error: ParseResult.ParseError): { readonly field?: string; readonly reason: string } => {
  const issues = ParseResult.ArrayFormatter.formatErrorSync(error)
  const first = issues[0]
  if (first === undefined) return { reason: error.message }
  const field = first.path.map(String).join(".")
  return field === "" ? { reason: first.message } : { field, reason: first.message }
}

/**
 * JSONC (comments, trailing commas), as opencode accepts, parsed by
 * `jsonc-parser` (the VS Code one); a syntax error names its line and column.
 */
export const parseJsonc = (text: string): Either.Either<unknown, { readonly reason: string }> => {
  const errors: Array<Jsonc.ParseError> = []
  const value: unknown = Jsonc.parse(text, errors, { allowTrailingComma: true, disallowComments: false })
  const first = errors[0]
  if (first === undefined) return Either.right(value)
  const before = text.slice(0, first.offset)
  const line = before.split("\n").length
  const column = first.offset - before.lastIndexOf("\n")
  return Either.left({ reason: `not valid JSON(C): ${Jsonc.printParseErrorCode(first.error)} at line ${line}, column ${column}` })
}

const decode = Schema.decodeUnknownEither(ConfigFile, { errors: "first" })

export const parse = (file: string, text: string): Either.Either<ConfigFile, ConfigError> =>
  Either.flatMap(
    Either.mapLeft(parseJsonc(text), (e) => new ConfigError({ file, reason: e.reason })),
    (value) => decode(value).pipe(Either.mapLeft((error) => new ConfigError({ file, ...firstIssue(error) })))
  )

/** opencode's top-level keys that Ratchet does not act on (yet): accepted without a warning. */
const OPENCODE_KEYS = [
  "$schema", "theme", "keybinds", "tui", "share", "autoshare", "autoupdate", "formatter",
  "layout", "plugin", "username", "mode", "experimental", "watcher",
  "enterprise", "disabled_providers", "enabled_providers", "skills", "references", "attachment"
]
const RATCHET_KEYS = Object.keys(ConfigFile.fields)
const SERVER_KEYS = Object.keys(ConfigFile.fields.server.from.fields)

/** Edit distance with adjacent transpositions counted as one edit (a typo's usual shape), for "did you mean". */
const distance = (a: string, b: string): number => {
  const d: Array<Array<number>> = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1)
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

const unknown = (path: string, key: string, known: ReadonlyArray<string>) => {
  // the nearest; on a tie the earlier in `known` (Ratchet's own keys come first)
  const near = known.filter((k) => distance(k.toLowerCase(), key.toLowerCase()) <= 2).sort((x, y) => distance(x, key) - distance(y, key))[0]
  return `unknown key ${JSON.stringify(path)}${near === undefined ? "" : ` (did you mean ${JSON.stringify(near)}?)`}; it is ignored`
}

/**
 * Keys neither Ratchet nor opencode defines, at the top level and in
 * `server`: ignored like the rest, but a typo (`modle`) should not go unseen.
 */
export const warnings = (text: string): ReadonlyArray<string> => {
  const raw = Either.getOrUndefined(parseJsonc(text))
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return []
  const out: Array<string> = []
  for (const key of Object.keys(raw)) {
    if (!RATCHET_KEYS.includes(key) && !OPENCODE_KEYS.includes(key)) out.push(unknown(key, key, [...RATCHET_KEYS, ...OPENCODE_KEYS]))
  }
  const server = (raw as { server?: unknown }).server
  if (typeof server === "object" && server !== null && !Array.isArray(server)) {
    for (const key of Object.keys(server)) if (!SERVER_KEYS.includes(key)) out.push(unknown(`server.${key}`, key, SERVER_KEYS))
  }
  return out
}

/** The file, decoded, with warnings about keys nobody defines. */
export const load = (file: string): Effect.Effect<{ readonly config: ConfigFile; readonly warnings: ReadonlyArray<string> }, ConfigError> =>
  Effect.flatMap(
    Effect.try({
      try: () => fs.readFileSync(file, "utf8"),
      catch: (e) => new ConfigError({ file, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` })
    }),
    (text) => Either.map(parse(file, text), (config) => ({ config, warnings: warnings(text).map((w) => `${file}: ${w}`) }))
  )

/** Config permissions as rules, in the order written (later entries win, as upstream). */
export const rulesOf = (
  entry: PermissionEntry | undefined,
  tools: Readonly<Record<string, boolean>> | undefined
): Array<{ readonly permission: string; readonly pattern: string; readonly action: "allow" | "deny" | "ask" }> => {
  const out: Array<{ readonly permission: string; readonly pattern: string; readonly action: "allow" | "deny" | "ask" }> = []
  if (typeof entry === "string") out.push({ permission: "*", pattern: "*", action: entry })
  else if (entry !== undefined) {
    for (const [permission, value] of Object.entries(entry)) {
      if (typeof value === "string") out.push({ permission, pattern: "*", action: value })
      else for (const [pattern, action] of Object.entries(value)) out.push({ permission, pattern, action })
    }
  }
  for (const [tool, enabled] of Object.entries(tools ?? {})) {
    // write and edit share the `edit` permission, as upstream
    if (!enabled) out.push({ permission: tool === "write" ? "edit" : tool, pattern: "*", action: "deny" })
  }
  return out
}
