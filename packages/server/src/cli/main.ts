/**
 * The `ratchet` command: `serve`, `run`, `export`. Arguments are parsed with
 * Node's own `util.parseArgs` (no CLI framework for three commands); bad
 * flags and bad config exit non-zero with a message naming what is wrong.
 */
import { NodeRuntime } from "@effect/platform-node"
import { Effect } from "effect"
import { parseArgs } from "node:util"
import * as Settings from "../Settings.js"
import { exportSession } from "./export.js"
import { run } from "./run.js"
import { serve } from "./serve.js"

const USAGE = `usage:
  ratchet serve [--port 4096] [--hostname 127.0.0.1] [--db FILE|postgres://…] [--config FILE] [--cors ORIGIN]…
  ratchet run "message" [--session ID | --continue] [--model provider/model] [--agent NAME]
              [--format default|json] [--server URL] [--db …] [--config …]
  ratchet export <sessionID> [--server URL] [--db …] [--config …]

environment: RATCHET_TOKEN / RATCHET_PASSWORD (auth; OPENCODE_SERVER_PASSWORD too), RATCHET_DB,
             RATCHET_CONFIG (or OPENCODE_CONFIG), RATCHET_SERVER_URL`

const failWith = (code: number, message: string): never => {
  process.stderr.write(`ratchet: ${message}\n`)
  process.exit(code)
}

/** Usage errors exit 2; failures at run time exit 1. */
const fail = (message: string): never => failWith(2, message)

const describe = (e: unknown): string => {
  if (e instanceof Error) {
    const cause = (e as { cause?: unknown }).cause
    return cause instanceof Error ? `${e.message}: ${cause.message}` : e.message
  }
  return String(e)
}

const parse = () => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        port: { type: "string" },
        hostname: { type: "string" },
        db: { type: "string" },
        config: { type: "string" },
        cors: { type: "string", multiple: true },
        session: { type: "string", short: "s" },
        continue: { type: "boolean", short: "c" },
        model: { type: "string", short: "m" },
        agent: { type: "string" },
        format: { type: "string" },
        server: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    })
  } catch (e) {
    return fail(`${(e as Error).message}\n${USAGE}`)
  }
}

const { values, positionals } = parse()
const [command, ...rest] = positionals
if (values.help === true || command === undefined) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(command === undefined && values.help !== true ? 2 : 0)
}

const flags: Settings.Flags = {
  ...(values.port === undefined ? {} : { port: values.port }),
  ...(values.hostname === undefined ? {} : { hostname: values.hostname }),
  ...(values.db === undefined ? {} : { db: values.db }),
  ...(values.config === undefined ? {} : { config: values.config }),
  ...(values.cors === undefined ? {} : { cors: values.cors })
}

const settings = Settings.resolve(flags, process.env, process.cwd()).pipe(
  Effect.catchTag("ConfigError", (e) => Effect.sync(() => fail(e.message)))
)

switch (command) {
  case "serve":
    NodeRuntime.runMain(Effect.flatMap(settings, serve).pipe(
      // startup failures (an insecure bind, a port in use, a database that will not open) as one line
      Effect.catchAll((e) => Effect.sync(() => failWith(1, describe(e))))
    ))
    break
  case "run": {
    const message = rest.join(" ")
    if (message.trim() === "") fail(`run needs a message\n${USAGE}`)
    if (values.format !== undefined && values.format !== "default" && values.format !== "json") {
      fail(`--format must be default or json, got ${JSON.stringify(values.format)}`)
    }
    if (values.model !== undefined && !/^[^/\s]+\/\S+$/.test(values.model)) fail(`--model must be provider/model`)
    NodeRuntime.runMain(Effect.flatMap(settings, (s) =>
      run(s, {
        message,
        format: values.format === "json" ? "json" : "default",
        continue: values.continue === true,
        ...(values.session === undefined ? {} : { session: values.session }),
        ...(values.model === undefined ? {} : { model: values.model }),
        ...(values.agent === undefined ? {} : { agent: values.agent }),
        ...((values.server ?? process.env.RATCHET_SERVER_URL) === undefined
          ? {}
          : { server: (values.server ?? process.env.RATCHET_SERVER_URL)! })
      })).pipe(Effect.catchAll((e) => Effect.sync(() => failWith(1, describe(e))))))
    break
  }
  case "export": {
    const id = rest[0]
    if (id === undefined) fail(`export needs a session id\n${USAGE}`)
    NodeRuntime.runMain(Effect.flatMap(settings, (s) =>
      exportSession(s, {
        sessionID: id!,
        ...((values.server ?? process.env.RATCHET_SERVER_URL) === undefined
          ? {}
          : { server: (values.server ?? process.env.RATCHET_SERVER_URL)! })
      })).pipe(Effect.catchAll((e) => Effect.sync(() => failWith(1, describe(e))))))
    break
  }
  default:
    fail(`unknown command ${JSON.stringify(command)}\n${USAGE}`)
}
