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

/** `ratchet usage`: tokens, turns and cost of a period, by model, session, day, key or project, as a table. */
export const usage = (settings: Settings, target: Target, options: { readonly from?: number; readonly to?: number; readonly groupBy: "model" | "session" | "day" | "key" | "project" }) =>
  Effect.scoped(Effect.gen(function*() {
    const { client } = yield* connect(settings, target.server, target.credentials)
    const report = yield* call("read usage", () =>
      client.api.GET("/api/usage", {
        params: {
          query: {
            groupBy: options.groupBy,
            ...(options.from === undefined ? {} : { from: String(options.from) }),
            ...(options.to === undefined ? {} : { to: String(options.to) })
          }
        }
      }))
    const line = (r: typeof report.total) =>
      [r.key.padEnd(40), String(r.turns).padStart(6), String(r.tokens.input).padStart(10), String(r.tokens.output).padStart(10),
        String(r.tokens.cache.read).padStart(10), `$${r.cost.toFixed(4)}`.padStart(11), r.unpriced === 0 ? "" : `  (${r.unpriced} unpriced)`].join(" ")
    process.stdout.write(`${new Date(report.from).toISOString()} .. ${new Date(report.to).toISOString()}\n`)
    process.stdout.write(`${options.groupBy.padEnd(40)} ${"turns".padStart(6)} ${"input".padStart(10)} ${"output".padStart(10)} ${"cache read".padStart(10)} ${"cost".padStart(11)}\n`)
    for (const r of report.data) process.stdout.write(`${line(r)}\n`)
    process.stdout.write(`${line(report.total)}\n`)
  }))
