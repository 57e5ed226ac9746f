/**
 * `ratchet run "message"`: sends one prompt and prints the answer as it
 * streams (text to stdout; tool calls and errors to stderr), or every
 * event as a JSON line with `--format json`. Exits 1 when the run fails.
 */
import { Ids } from "@ratchet/schema"
import type { RatchetClient } from "@ratchet/sdk/fetch"
import { Effect } from "effect"
import type { Settings } from "../Settings.js"
import { connect } from "./connect.js"

export interface RunOptions {
  readonly message: string
  readonly format: "default" | "json"
  readonly continue: boolean
  readonly session?: string
  readonly model?: string
  readonly agent?: string
  readonly server?: string
}

const call = <A>(what: string, f: () => Promise<{ data?: A; error?: unknown; response: Response }>) =>
  Effect.flatMap(Effect.tryPromise({ try: f, catch: (e) => new Error(`${what}: ${String(e)}`) }), (r) =>
    r.data === undefined
      ? Effect.fail(new Error(`${what}: HTTP ${r.response.status} ${JSON.stringify(r.error)}`))
      : Effect.succeed(r.data))

const sessionFor = (client: RatchetClient, options: RunOptions) =>
  Effect.gen(function*() {
    if (options.session !== undefined) {
      return (yield* call("get session", () =>
        client.api.GET("/api/session/{sessionID}", { params: { path: { sessionID: options.session! } } }))).data.id
    }
    if (options.continue) {
      const list = yield* call("list sessions", () =>
        client.api.GET("/api/session", { params: { query: { limit: "1", order: "desc" } } }))
      const last = list.data[0]
      if (last !== undefined) return last.id
    }
    const slash = options.model?.indexOf("/") ?? -1
    const created = yield* call("create session", () =>
      client.api.POST("/api/session", {
        body: {
          title: options.message.slice(0, 80),
          ...(options.agent === undefined ? {} : { agent: options.agent }),
          ...(options.model === undefined ? {} : {
            model: { providerID: options.model.slice(0, slash), id: options.model.slice(slash + 1) }
          })
        }
      }))
    return created.data.id
  })

export const run = (settings: Settings, options: RunOptions) =>
  Effect.scoped(Effect.gen(function*() {
    const { client } = yield* connect(settings, options.server)
    const sessionID = yield* sessionFor(client, options)
    const admitted = yield* call("prompt", () =>
      client.api.POST("/api/session/{sessionID}/prompt", {
        params: { path: { sessionID } },
        body: { id: Ids.newMessageId(), prompt: { text: options.message } }
      }))
    const abort = new AbortController()
    let failed: string | undefined
    const print = Effect.tryPromise(async () => {
      for await (const frame of client.events(sessionID, { after: String(admitted.data.admittedSeq), signal: abort.signal })) {
        const data = frame.event.data as Record<string, unknown>
        if (options.format === "json") process.stdout.write(`${JSON.stringify(frame.event)}\n`)
        else if (frame.type === "session.next.text.delta") process.stdout.write(String(data.delta))
        else if (frame.type === "session.next.tool.called") process.stderr.write(`\n[tool ${String(data.tool)}]\n`)
        else if (frame.type === "session.next.tool.failed") process.stderr.write(`[tool failed: ${JSON.stringify(data.error)}]\n`)
        if (frame.type === "session.next.activity.ended") {
          if (data.outcome !== "completed" && data.outcome !== "step_limit") {
            failed = `${String(data.outcome)}${data.error === undefined ? "" : `: ${JSON.stringify(data.error)}`}`
          }
          // the prompt's own activity is the first to end after it was admitted
          return
        }
      }
    })
    yield* print.pipe(Effect.ensuring(Effect.sync(() => abort.abort())))
    if (options.format === "default") process.stdout.write("\n")
    process.stderr.write(`session ${sessionID}\n`)
    if (failed !== undefined) return yield* Effect.fail(new Error(`run ${failed}`))
  }))
