/**
 * The `ratchet` command, on `@effect/cli`: `serve`, `run`, `export`,
 * `session list|show|delete`, `models`, `usage`, `key create|list|revoke`,
 * `mcp`; `--help` per command, `--version`.
 * Every setting also reads its environment variable and the config files
 * (Settings; docs/config.md). Usage errors exit 2, failures 1, an
 * interrupted run 130.
 */
import { Args, Command, Options } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Cause, Effect, Exit, Layer, Logger, LogLevel, Option } from "effect"
import { defaults } from "../ServerConfig.js"
import { exportSession } from "./export.js"
import { serveMcp } from "./mcp.js"
import * as Interactive from "./interactive.js"
import { run } from "./run.js"
import { messageWithStdin } from "./run.js"
import { serve } from "./serve.js"
import * as Keys from "./keys.js"
import * as Sessions from "./sessions.js"
import { type CliFailure, config, db, password, port, printLogs, server, settingsFrom, token, UsageError } from "./shared.js"

const some = <A>(o: Option.Option<A>): A | undefined => Option.getOrUndefined(o)
const serverUrl = (o: Option.Option<string>) => some(o) ?? process.env.RATCHET_SERVER_URL
const credentialsOf = (c: { readonly token: Option.Option<string>; readonly password: Option.Option<string> }) => ({
  ...(Option.isSome(c.token) ? { token: c.token.value } : {}),
  ...(Option.isSome(c.password) ? { password: c.password.value } : {})
})

/**
 * Client commands keep stdout for their output: the embedded server logs only with --print-logs, to
 * stderr, at the level of @effect/cli's own `--log-level` option.
 */
const clientLogs = <A, E, R>(effect: Effect.Effect<A, E, R>, print: boolean) =>
  print
    ? Effect.provide(effect, Logger.replace(Logger.defaultLogger, Logger.prettyLogger({ stderr: true, colors: false })))
    : Logger.withMinimumLogLevel(effect, LogLevel.None)

const client = { db, config, port, server, token, password, printLogs }

/**
 * The server's log lines: pretty for a terminal, or structured (one JSON
 * object or logfmt line each, with the run's `sessionID` / `activityID`
 * annotations) for a collector. An unknown format from the environment is
 * a usage error, not a silent default.
 */
/** One logger instead of the runtime's pretty one (and the default, where that is still installed). */
const only = (logger: Logger.Logger<unknown, void>) =>
  Layer.merge(Logger.remove(Logger.defaultLogger), Logger.replace(Logger.prettyLoggerDefault, logger))

const withLogFormat = <A, E, R>(effect: Effect.Effect<A, E, R>, format: string | undefined): Effect.Effect<A, E | UsageError, R> => {
  switch (format) {
    case undefined:
    case "":
    case "pretty":
      return effect
    case "json":
      return Effect.provide(effect, only(Logger.withConsoleLog(Logger.jsonLogger)))
    case "logfmt":
      return Effect.provide(effect, only(Logger.withConsoleLog(Logger.logfmtLogger)))
    default:
      return Effect.fail(new UsageError({ message: `--log-format (or RATCHET_LOG_FORMAT) must be pretty, json or logfmt, not ${JSON.stringify(format)}` }))
  }
}

const serveCommand = Command.make(
  "serve",
  {
    port,
    hostname: Options.text("hostname").pipe(Options.withDescription("address to bind (env RATCHET_HOSTNAME; default 127.0.0.1; beyond loopback needs auth)"), Options.optional),
    db,
    config,
    cors: Options.text("cors").pipe(Options.withDescription("a browser origin allowed to call the API (repeatable; config server.cors)"), Options.repeated),
    maxRuns: Options.integer("max-runs").pipe(
      Options.withDescription("activities running at once in this process; more wait, shown as queued (env RATCHET_MAX_RUNS; config limits.maxRuns; default 1024)"),
      Options.optional
    ),
    logFormat: Options.choice("log-format", ["pretty", "json", "logfmt"]).pipe(
      Options.withDescription("pretty lines for a terminal, or one JSON object (or logfmt line) per line for a collector (env RATCHET_LOG_FORMAT; default pretty); the level is --log-level"),
      Options.optional
    )
  },
  (o) => Effect.flatMap(settingsFrom(o), (settings) => withLogFormat(serve(settings), some(o.logFormat) ?? process.env.RATCHET_LOG_FORMAT))
).pipe(Command.withDescription("Run the server until SIGINT/SIGTERM (then drain gracefully)."))

const runCommand = Command.make(
  "run",
  {
    message: Args.text({ name: "message" }).pipe(Args.withDescription("the prompt (joined with spaces); piped stdin is appended"), Args.repeated),
    session: Options.text("session").pipe(Options.withAlias("s"), Options.withDescription("continue this session"), Options.optional),
    continue: Options.boolean("continue").pipe(Options.withAlias("c"), Options.withDescription("continue the most recent session")),
    model: Options.text("model").pipe(Options.withAlias("m"), Options.withDescription("provider/model for a new session"), Options.optional),
    agent: Options.text("agent").pipe(Options.withDescription("agent for a new session (build, plan, …)"), Options.optional),
    format: Options.choice("format", ["default", "json"]).pipe(Options.withDescription("default: the answer as text; json: every event as a line"), Options.withDefault("default" as const)),
    approve: Options.text("approve").pipe(
      Options.withDescription("allow a permission without asking, e.g. 'bash:git *' or 'edit' (repeatable; needed without a terminal)"),
      Options.repeated
    ),
    ...client
  },
  (o) =>
    Effect.gen(function*() {
      const message = messageWithStdin(o.message.join(" ")).trim()
      if (message === "") return yield* new UsageError({ message: "run needs a message (as arguments, or piped to stdin)" })
      const model = some(o.model)
      if (model !== undefined && !/^[^/\s]+\/\S+$/.test(model)) return yield* new UsageError({ message: "--model must be provider/model" })
      const settings = yield* settingsFrom(o)
      const prompter = process.stdin.isTTY === true && process.stderr.isTTY === true
        ? Interactive.terminal(process.stdin, process.stderr)
        : Interactive.nonInteractive(Interactive.approvals(o.approve))
      const url = serverUrl(o.server)
      const outcome = yield* clientLogs(
        run(settings, {
          message,
          format: o.format,
          continue: o.continue,
          credentials: credentialsOf(o),
          ...(Option.isSome(o.session) ? { session: o.session.value } : {}),
          ...(model === undefined ? {} : { model }),
          ...(Option.isSome(o.agent) ? { agent: o.agent.value } : {}),
          ...(url === undefined ? {} : { server: url })
        }, prompter),
        o.printLogs
      )
      if (outcome !== "completed") process.exitCode = outcome === "interrupted" ? 130 : 1
    })
).pipe(Command.withDescription("Send one prompt and follow the run: the answer on stdout, tools on stderr, permissions asked in a terminal."))

const exportCommand = Command.make(
  "export",
  { sessionID: Args.text({ name: "sessionID" }), ...client },
  (o) =>
    Effect.flatMap(settingsFrom(o), (settings) => {
      const url = serverUrl(o.server)
      return clientLogs(exportSession(settings, { sessionID: o.sessionID, credentials: credentialsOf(o), ...(url === undefined ? {} : { server: url }) }), o.printLogs)
    })
).pipe(Command.withDescription("Print a session, its transcript and its whole event log as one JSON document."))

const target = (o: { readonly server: Option.Option<string>; readonly token: Option.Option<string>; readonly password: Option.Option<string> }) => {
  const url = serverUrl(o.server)
  return { credentials: credentialsOf(o), ...(url === undefined ? {} : { server: url }) }
}

const sessionCommand = Command.make("session").pipe(
  Command.withDescription("List, show or delete sessions."),
  Command.withSubcommands([
    Command.make("list", { limit: Options.integer("limit").pipe(Options.withDescription("how many, newest first"), Options.withDefault(20)), ...client }, (o) =>
      Effect.flatMap(settingsFrom(o), (s) => clientLogs(Sessions.list(s, target(o), o.limit), o.printLogs))).pipe(Command.withDescription("The newest sessions.")),
    Command.make("show", { sessionID: Args.text({ name: "sessionID" }), ...client }, (o) =>
      Effect.flatMap(settingsFrom(o), (s) => clientLogs(Sessions.show(s, target(o), o.sessionID), o.printLogs))).pipe(Command.withDescription("A session's transcript.")),
    Command.make("delete", { sessionID: Args.text({ name: "sessionID" }), ...client }, (o) =>
      Effect.flatMap(settingsFrom(o), (s) => clientLogs(Sessions.remove(s, target(o), o.sessionID), o.printLogs))).pipe(Command.withDescription("Delete a session."))
  ])
)

const modelsCommand = Command.make("models", client, (o) =>
  Effect.flatMap(settingsFrom(o), (s) => clientLogs(Sessions.models(s, target(o)), o.printLogs))).pipe(Command.withDescription("The models the server's providers offer."))

const when = (name: string) =>
  Options.text(name).pipe(Options.withDescription(`an ISO date or time (${name === "from" ? "default: 30 days before --to" : "default: now"})`), Options.optional)

const usageCommand = Command.make("usage", {
  from: when("from"),
  to: when("to"),
  groupBy: Options.choice("group-by", ["model", "session", "day", "key", "project"]).pipe(
    Options.withDescription("one row per model (default), session, UTC day, API key or project"),
    Options.withDefault("model" as const)
  ),
  ...client
}, (o) =>
  Effect.gen(function*() {
    const at = (name: string, value: Option.Option<string>) => {
      if (Option.isNone(value)) return Effect.succeed(undefined)
      const ms = Date.parse(value.value)
      return Number.isNaN(ms) ? Effect.fail(new UsageError({ message: `--${name} must be an ISO date or time, not ${JSON.stringify(value.value)}` })) : Effect.succeed(ms)
    }
    const from = yield* at("from", o.from)
    const to = yield* at("to", o.to)
    const settings = yield* settingsFrom(o)
    return yield* clientLogs(Sessions.usage(settings, target(o), {
      groupBy: o.groupBy,
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to })
    }), o.printLogs)
  })).pipe(Command.withDescription("Tokens, turns and cost of a period, by model, session, day, key or project."))

const keyCommand = Command.make("key").pipe(
  Command.withDescription("API keys with roles, in the database directly (docs/operations.md)."),
  Command.withSubcommands([
    Command.make("create", {
      role: Options.choice("role", ["viewer", "member", "admin"]).pipe(Options.withDescription("viewer reads; member also prompts and replies; admin also manages keys, budgets and the server")),
      project: Options.text("project").pipe(Options.withDescription("the one project the key sees (default: every project)"), Options.optional),
      name: Options.text("name").pipe(Options.withDescription("what the key is for"), Options.optional),
      db,
      config
    }, (o) =>
      Effect.flatMap(settingsFrom({ ...o, port: Option.none() }), (s) =>
        Keys.create(s, { role: o.role, ...(Option.isSome(o.project) ? { project: o.project.value } : {}), ...(Option.isSome(o.name) ? { name: o.name.value } : {}) })))
      .pipe(Command.withDescription("Create a key; it is printed once, on stdout.")),
    Command.make("list", { db, config }, (o) => Effect.flatMap(settingsFrom({ ...o, port: Option.none() }), Keys.list)).pipe(Command.withDescription("Every key, revoked ones too (never the keys themselves).")),
    Command.make("revoke", { keyID: Args.text({ name: "keyID" }), db, config }, (o) => Effect.flatMap(settingsFrom({ ...o, port: Option.none() }), (s) => Keys.revoke(s, o.keyID)))
      .pipe(Command.withDescription("Revoke a key, at once, in every server on the database."))
  ])
)

const mcpCommand = Command.make("mcp", client, (o) =>
  Effect.flatMap(settingsFrom(o), (s) => clientLogs(serveMcp(s, target(o)), o.printLogs))).pipe(
  Command.withDescription("Serve Ratchet's sessions as an MCP server over stdio (for MCP hosts; docs/mcp.md).")
)

const ratchet = Command.make("ratchet").pipe(
  Command.withDescription("Durable LLM agent sessions: a server, and a client for it."),
  Command.withSubcommands([serveCommand, runCommand, exportCommand, sessionCommand, modelsCommand, usageCommand, keyCommand, mcpCommand])
)

const cli = Command.run(ratchet, { name: "ratchet", version: defaults.version })

cli(process.argv).pipe(
  Effect.catchAll((e: unknown) =>
    Effect.sync(() => {
      const tag = (e as { _tag?: string })._tag
      // @effect/cli has printed its own validation errors (unknown command, bad option) with the help
      if (tag === "UsageError" || tag === "ConfigError") process.stderr.write(`ratchet: ${(e as { message: string }).message}\n`)
      else if (tag === "CliFailure") process.stderr.write(`ratchet: ${(e as CliFailure).message}\n`)
      else if (tag === undefined || !isValidation(tag)) process.stderr.write(`ratchet: ${e instanceof Error ? e.message : String(e)}\n`)
      process.exitCode = tag === "CliFailure" || (tag !== "UsageError" && tag !== "ConfigError" && tag !== undefined && !isValidation(tag)) ? 1 : 2
    })
  ),
  Effect.provide(NodeContext.layer),
  // the command's own exit code (2 usage, 130 an interrupted run) wins over the runtime's 0/1
  NodeRuntime.runMain({
    teardown: (exit, onExit) => onExit(typeof process.exitCode === "number" ? process.exitCode : Exit.isFailure(exit) && !Cause.isInterruptedOnly(exit.cause) ? 1 : 0)
  })
)

function isValidation(tag: string): boolean {
  return ["CommandMismatch", "CorrectedFlag", "HelpRequested", "InvalidArgument", "InvalidValue", "MissingValue", "MissingFlag", "MultipleValuesDetected", "MissingSubcommand", "NoBuiltInMatch", "UnclusteredFlag"].includes(tag)
}
