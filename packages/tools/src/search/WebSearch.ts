/**
 * The search port behind the `websearch` tool, and its adapters: Exa,
 * Tavily and Brave Search, each over its public HTTP API with an API key.
 * One is chosen in config (`server.websearch`); with none the tool is not
 * offered. Results are the search service's words, not ours: every field
 * is bounded and stripped of control characters before the model sees it.
 */
import { Context, Effect, Either, Schema } from "effect"

export const Provider = Schema.Literal("exa", "tavily", "brave")
export type Provider = typeof Provider.Type

export const Config = Schema.Struct({
  provider: Provider,
  /** Default: the provider's environment variable (`EXA_API_KEY`, `TAVILY_API_KEY`, `BRAVE_SEARCH_API_KEY`). */
  apiKey: Schema.optional(Schema.String.pipe(Schema.minLength(1))),
  /** The API's base URL (a proxy, or a test's fake); default the provider's own. */
  baseURL: Schema.optional(Schema.String.pipe(Schema.pattern(/^https?:\/\/\S+$/, { message: () => "expected an http(s) URL" })))
})
export type Config = typeof Config.Type

export const ENV_KEYS: Record<Provider, string> = { exa: "EXA_API_KEY", tavily: "TAVILY_API_KEY", brave: "BRAVE_SEARCH_API_KEY" }
const BASE_URLS: Record<Provider, string> = {
  exa: "https://api.exa.ai",
  tavily: "https://api.tavily.com",
  brave: "https://api.search.brave.com"
}

export interface Result {
  readonly title: string
  readonly url: string
  readonly snippet: string
}

export interface Query {
  readonly query: string
  readonly numResults: number
  /** Exa's search depth (upstream's `type`); other services ignore it. */
  readonly depth?: "auto" | "fast" | "deep"
}

export class SearchError extends Schema.TaggedError<SearchError>()("SearchError", {
  message: Schema.String,
  /** The service's HTTP status, when it answered. */
  status: Schema.optional(Schema.Number)
}) {}

export interface WebSearchService {
  readonly provider: Provider
  readonly search: (query: Query) => Effect.Effect<ReadonlyArray<Result>, SearchError>
}

export class WebSearch extends Context.Tag("@ratchet/tools/WebSearch")<WebSearch, WebSearchService>() {}

const TIMEOUT_MS = 30_000
const MAX_RESPONSE = 2 * 1024 * 1024
const MAX_TITLE = 300
const MAX_SNIPPET = 1000

/** A field from the service, made safe to show: a string, no control characters, bounded. */
const clean = (value: unknown, max: number): string =>
  // eslint-disable-next-line no-control-regex
  (typeof value === "string" ? value : "").replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "").replace(/\s+/g, " ").trim().slice(0, max)

const record = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null ? value as Record<string, unknown> : {})
const list = (value: unknown): ReadonlyArray<unknown> => (Array.isArray(value) ? value : [])

/** An http(s) URL as given, or undefined: a `javascript:` link from a result is not passed on. */
const httpUrl = (value: unknown): string | undefined => {
  if (typeof value !== "string" || value.length > 4096) return undefined
  return /^https?:\/\/[^\s]+$/i.test(value) ? value : undefined
}

interface Wire {
  readonly request: (q: Query, key: string, base: string) => { readonly url: string; readonly init: RequestInit }
  readonly results: (body: unknown) => ReadonlyArray<{ title: unknown; url: unknown; snippet: unknown }>
}

const wires: Record<Provider, Wire> = {
  exa: {
    request: (q, key, base) => ({
      url: `${base}/search`,
      init: {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": key },
        body: JSON.stringify({ query: q.query, numResults: q.numResults, type: q.depth ?? "auto", contents: { highlights: { numSentences: 3 } } })
      }
    }),
    results: (body) =>
      list(record(body).results).map((r) => {
        const x = record(r)
        return { title: x.title, url: x.url, snippet: list(x.highlights).filter((h) => typeof h === "string").join(" … ") || x.text }
      })
  },
  tavily: {
    request: (q, key, base) => ({
      url: `${base}/search`,
      init: {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: q.query, max_results: q.numResults })
      }
    }),
    results: (body) => list(record(body).results).map((r) => ({ title: record(r).title, url: record(r).url, snippet: record(r).content }))
  },
  brave: {
    request: (q, key, base) => ({
      url: `${base}/res/v1/web/search?${new URLSearchParams({ q: q.query, count: String(q.numResults) })}`,
      init: { method: "GET", headers: { accept: "application/json", "x-subscription-token": key } }
    }),
    results: (body) =>
      list(record(record(body).web).results).map((r) => ({ title: record(r).title, url: record(r).url, snippet: record(r).description }))
  }
}

/** Reads at most MAX_RESPONSE bytes of the body: a service (or a proxy) cannot make us buffer without bound. */
const boundedJson = async (response: Response): Promise<unknown> => {
  const reader = response.body?.getReader()
  if (reader === undefined) return undefined
  const chunks: Array<Uint8Array> = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_RESPONSE) {
      await reader.cancel()
      throw new Error(`the response is over ${MAX_RESPONSE} bytes`)
    }
    chunks.push(value)
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"))
}

/** The configured service; refused at start (not at the first call) without a key. */
export const make = (config: Config, env: Readonly<Record<string, string | undefined>>): Either.Either<WebSearchService, SearchError> => {
    const key = config.apiKey ?? env[ENV_KEYS[config.provider]]
    if (key === undefined || key === "") {
      return Either.left(new SearchError({ message: `${config.provider} needs an API key: set server.websearch.apiKey or ${ENV_KEYS[config.provider]}` }))
    }
    const wire = wires[config.provider]
    const base = (config.baseURL ?? BASE_URLS[config.provider]).replace(/\/+$/, "")
    const search = (q: Query) =>
      Effect.tryPromise({
        try: async (signal) => {
          const { url, init } = wire.request(q, key, base)
          const response = await fetch(url, { ...init, redirect: "error", signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]) })
          if (!response.ok) {
            await response.body?.cancel()
            throw new SearchError({ message: `${config.provider} answered ${response.status}${response.status === 401 || response.status === 403 ? " (check the API key)" : response.status === 429 ? " (rate limited)" : ""}`, status: response.status })
          }
          return await boundedJson(response)
        },
        catch: (e) => (e instanceof SearchError ? e : new SearchError({ message: `${config.provider}: ${e instanceof Error ? e.message : String(e)}` }))
      }).pipe(Effect.map((body) =>
        wire.results(body).flatMap((r) => {
          const link = httpUrl(r.url)
          return link === undefined ? [] : [{ title: clean(r.title, MAX_TITLE) || link, url: link, snippet: clean(r.snippet, MAX_SNIPPET) }]
        }).slice(0, q.numResults)
      ))
    return Either.right({ provider: config.provider, search })
}
