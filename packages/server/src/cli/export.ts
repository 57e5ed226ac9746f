/** `ratchet export <sessionID>`: the session, its transcript and its whole event log as one JSON document. */
import type { DurableEvent } from "@ratchet/sdk/fetch"
import { Effect } from "effect"
import type { Settings } from "../Settings.js"
import { connect, type Credentials } from "./connect.js"
import { call } from "./shared.js"

export const exportSession = (settings: Settings, options: { readonly sessionID: string; readonly server?: string; readonly credentials: Credentials }) =>
  Effect.scoped(Effect.gen(function*() {
    const { client } = yield* connect(settings, options.server, options.credentials)
    const path = { sessionID: options.sessionID }
    const get = call
    const session = yield* get(`session ${options.sessionID}`, () => client.api.GET("/api/session/{sessionID}", { params: { path } }))
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
