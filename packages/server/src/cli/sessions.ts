/** `ratchet session list|show|delete` and `ratchet models`: the server's sessions and models, for people. */
import { Effect } from "effect"
import type { Settings } from "../Settings.js"
import { connect, type Credentials } from "./connect.js"
import { call } from "./shared.js"

export interface Target {
  readonly server?: string
  readonly credentials: Credentials
}

const when = (ms: number) => new Date(ms).toISOString().replace("T", " ").slice(0, 19)

export const list = (settings: Settings, target: Target, limit: number) =>
  Effect.scoped(Effect.gen(function*() {
    const { client } = yield* connect(settings, target.server, target.credentials)
    const page = yield* call("list sessions", () => client.api.GET("/api/session", { params: { query: { limit: String(limit), order: "desc" } } }))
    for (const s of page.data) {
      const updated = (s as { time?: { updated?: number } }).time?.updated
      process.stdout.write(`${s.id}  ${updated === undefined ? "" : when(updated)}  ${s.title}\n`)
    }
    if (page.data.length === 0) process.stderr.write("no sessions\n")
  }))

export const show = (settings: Settings, target: Target, sessionID: string) =>
  Effect.scoped(Effect.gen(function*() {
    const { client } = yield* connect(settings, target.server, target.credentials)
    const path = { sessionID }
    const session = yield* call(`session ${sessionID}`, () => client.api.GET("/api/session/{sessionID}", { params: { path } }))
    const messages = yield* call("messages", () => client.api.GET("/api/session/{sessionID}/message", { params: { path, query: { limit: "1000" } } }))
    process.stdout.write(`${session.data.id}  ${session.data.title}\n\n`)
    for (const m of messages.data as ReadonlyArray<{ type: string; text?: string; content?: ReadonlyArray<{ type: string; text?: string; name?: string }> }>) {
      const text = m.type === "user"
        ? m.text ?? ""
        : (m.content ?? []).map((c) => (c.type === "text" ? c.text ?? "" : c.type === "tool" ? `[${c.name ?? "tool"}]` : "")).filter((t) => t !== "").join("\n")
      process.stdout.write(`${m.type === "user" ? "> " : ""}${text}\n\n`)
    }
  }))

export const remove = (settings: Settings, target: Target, sessionID: string) =>
  Effect.scoped(Effect.gen(function*() {
    const { client } = yield* connect(settings, target.server, target.credentials)
    const r = yield* Effect.promise(() => client.api.DELETE("/api/session/{sessionID}", { params: { path: { sessionID } } }))
    if (!r.response.ok) return yield* call(`delete ${sessionID}`, () => Promise.resolve({ error: r.error, response: r.response }))
    process.stderr.write(`deleted ${sessionID}\n`)
  }))

export const models = (settings: Settings, target: Target) =>
  Effect.scoped(Effect.gen(function*() {
    const { client } = yield* connect(settings, target.server, target.credentials)
    const page = yield* call("list models", () => client.api.GET("/api/model", {}))
    for (const m of page.data) process.stdout.write(`${m.providerID}/${m.id}  ${m.name}\n`)
    if (page.data.length === 0) process.stderr.write("no models: configure a provider (docs/config.md)\n")
  }))
