/**
 * Trace context into MCP servers over HTTP: a tool call's `traceparent`
 * (W3C) goes on the requests the MCP SDK makes for it, so a traced server's
 * spans join the run's trace. The SDK calls `fetch` from its own promise
 * chain, out of Effect's sight; `AsyncLocalStorage` carries the header from
 * the call into that chain (and only that call's: calls run concurrently).
 */
import { AsyncLocalStorage } from "node:async_hooks"
import { Effect, Option } from "effect"

const current = new AsyncLocalStorage<string>()

/** The W3C `traceparent` of the current span, if there is one. */
export const traceparent = Effect.map(Effect.currentSpan.pipe(Effect.option), Option.map((span) =>
  `00-${span.traceId}-${span.spanId}-${span.sampled ? "01" : "00"}`))

/** Runs `f` with `header` as the traceparent of the MCP requests it makes. */
export const withTraceparent = <A>(header: Option.Option<string>, f: () => Promise<A>): Promise<A> =>
  Option.isNone(header) ? f() : current.run(header.value, f)

/** `fetch` that adds the running call's traceparent (and nothing when there is none). */
export const tracingFetch = (url: string | URL, init?: RequestInit): Promise<Response> => {
  const header = current.getStore()
  if (header === undefined) return fetch(url, init)
  const headers = new Headers(init?.headers)
  headers.set("traceparent", header)
  return fetch(url, { ...init, headers })
}
