/**
 * What the commands share: the options every command takes (database,
 * config, server, credentials, logging), settings resolution from them,
 * and errors said in plain words.
 */
import { Options } from "@effect/cli"
import { Data, Effect, Option } from "effect"
import * as Settings from "../Settings.js"

export const db = Options.text("db").pipe(
  Options.withDescription("the database: a SQLite file or postgres://… (env RATCHET_DB; default ~/.local/share/ratchet/ratchet.db)"),
  Options.optional
)
export const config = Options.text("config").pipe(
  Options.withDescription("a config file, merged last over the ones found (env RATCHET_CONFIG; docs/config.md)"),
  Options.optional
)
export const port = Options.text("port").pipe(Options.withDescription("port to listen on, or of the local server to use (env RATCHET_PORT; default 4096)"), Options.optional)
export const server = Options.text("server").pipe(
  Options.withDescription("a running server's URL (env RATCHET_SERVER_URL); default: the local one, else an embedded one"),
  Options.optional
)
export const token = Options.text("token").pipe(Options.withDescription("bearer token for the server (env RATCHET_TOKEN)"), Options.optional)
export const password = Options.text("password").pipe(
  Options.withDescription("password for the server (env RATCHET_PASSWORD or OPENCODE_SERVER_PASSWORD; user RATCHET_USERNAME, default ratchet)"),
  Options.optional
)
export const printLogs = Options.boolean("print-logs").pipe(Options.withDescription("print the embedded server's logs to stderr, at --log-level (default info)"))

export interface Common {
  readonly db: Option.Option<string>
  readonly config: Option.Option<string>
  readonly port: Option.Option<string>
}

/** Settings from flags, the environment and the config files; a bad value exits 2 naming it. */
export const settingsFrom = (flags: Common & { readonly hostname?: Option.Option<string>; readonly cors?: ReadonlyArray<string>; readonly maxRuns?: Option.Option<number> }) =>
  Settings.resolve(
    {
      ...Option.match(flags.port, { onNone: () => ({}), onSome: (port) => ({ port }) }),
      ...Option.match(flags.db, { onNone: () => ({}), onSome: (db) => ({ db }) }),
      ...Option.match(flags.config, { onNone: () => ({}), onSome: (config) => ({ config }) }),
      ...Option.match(flags.hostname ?? Option.none(), { onNone: () => ({}), onSome: (hostname) => ({ hostname }) }),
      ...(flags.cors === undefined || flags.cors.length === 0 ? {} : { cors: flags.cors }),
      ...Option.match(flags.maxRuns ?? Option.none(), { onNone: () => ({}), onSome: (n) => ({ maxRuns: String(n) }) })
    },
    process.env,
    process.cwd()
  ).pipe(Effect.catchTag("ConfigError", (e) => Effect.fail(new UsageError({ message: e.message }))))

/** A mistake in how the command was called (exit 2), as opposed to a failure while it ran (exit 1). */
export class UsageError extends Data.TaggedError("UsageError")<{ readonly message: string }> {}

/** A failure said in words a user can act on (exit 1). */
export class CliFailure extends Data.TaggedError("CliFailure")<{ readonly message: string }> {}

/** An HTTP answer that is not a success, in plain words. */
export const httpFailure = (what: string, status: number, body: unknown): CliFailure => {
  const detail = typeof body === "object" && body !== null && "message" in body ? String((body as { message: unknown }).message) : JSON.stringify(body)
  switch (status) {
    case 401:
      return new CliFailure({ message: `the server needs credentials: set RATCHET_TOKEN (or RATCHET_PASSWORD), or pass --token / --password` })
    case 404:
      return new CliFailure({ message: `${what}: ${detail}` })
    case 429:
    case 503:
      return new CliFailure({ message: `${what}: the server is busy or shutting down (${status}); try again shortly` })
    default:
      return new CliFailure({ message: `${what}: ${detail} (HTTP ${status})` })
  }
}

/** Calls an openapi-fetch route: its data, or a plain-words failure. */
export const call = <A>(what: string, f: () => Promise<{ data?: A; error?: unknown; response: Response }>) =>
  Effect.flatMap(
    Effect.tryPromise({ try: f, catch: (e) => new CliFailure({ message: `${what}: ${e instanceof Error ? e.message : String(e)}` }) }),
    (r) => (r.data === undefined ? Effect.fail(httpFailure(what, r.response.status, r.error)) : Effect.succeed(r.data))
  )
