/** `ratchet export <sessionID>`: the session, its transcript and its whole event log as one JSON document. */
import type { DurableEvent } from "@ratchet/sdk/fetch"
import { Effect } from "effect"
import type { Settings } from "../Settings.js"
import { connect } from "./connect.js"

export const exportSession = (settings: Settings, options: { readonly sessionID: string; readonly server?: string }) =>
  Effect.scoped(Effect.gen(function*() {
    const { client } = yield* connect(settings, options.server)
    const path = { sessionID: options.sessionID }
    const get = <A>(what: string, f: () => Promise<{ data?: A; error?: unknown; response: Response }>) =>
      Effect.flatMap(Effect.tryPromise({ try: f, catch: (e) => new Error(`${what}: ${String(e)}`) }), (r) =>
        r.data === undefined
          ? Effect.fail(new Error(`${what}: HTTP ${r.response.status} ${JSON.stringify(r.error)}`))
          : Effect.succeed(r.data))
    const session = yield* get("session", () => client.api.GET("/api/session/{sessionID}", { params: { path } }))
    const messages = yield* get("messages", () =>
      client.api.GET("/api/session/{sessionID}/message", { params: { path, query: { limit: "1000" } } }))
    const events: Array<DurableEvent> = []
    let after: string | undefined
    while (true) {
      const page = yield* get("history", () =>
        client.api.GET("/api/session/{sessionID}/history", {
          params: { path, query: { limit: "5000", ...(after === undefined ? {} : { after }) } }
        }))
      events.push(...page.data)
      after = page.cursor
      if (!page.hasMore) break
    }
    process.stdout.write(`${JSON.stringify({ session: session.data, messages: messages.data, events }, null, 2)}\n`)
  }))
