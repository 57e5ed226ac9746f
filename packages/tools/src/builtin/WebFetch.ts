/**
 * `webfetch`: GETs an http(s) URL with a size and a time cap and returns it
 * as markdown (HTML converted with node-html-markdown), text, or raw HTML.
 * Other schemes (file:, data:, ftp: …) are refused before anything is sent.
 *
 * A prompt-injected model would use it to reach what only this machine can:
 * Ratchet's own API, other local services, cloud metadata. So the target's
 * addresses are resolved and classified (`NetworkAddress`) before asking: a
 * local one needs `webfetch_local` as well (agents ask for it by default).
 * Redirects are followed one hop at a time, each checked the same way, and
 * the connection itself goes through a lookup that refuses local addresses
 * the call was not allowed — so a name that resolves elsewhere between the
 * check and the connection (DNS rebinding) is refused too.
 */
import { Effect, Schema } from "effect"
import * as dns from "node:dns"
import type { LookupAddress } from "node:dns"
import { NodeHtmlMarkdown } from "node-html-markdown"
import { Agent, fetch, type Response } from "undici"
import * as NetworkAddress from "../NetworkAddress.js"
import * as ToolRegistry from "../ToolRegistry.js"

const MAX_BYTES = 5 * 1024 * 1024
const DEFAULT_TIMEOUT_S = 30
const MAX_TIMEOUT_S = 120
const MAX_REDIRECTS = 10

const Input = Schema.Struct({
  url: Schema.String.pipe(Schema.maxLength(8192)).annotations({ description: "The http:// or https:// URL to fetch" }),
  format: Schema.optional(Schema.Literal("markdown", "text", "html")).annotations({ description: "How to return the content (default markdown)" }),
  timeout: Schema.optional(Schema.Number.pipe(Schema.between(1, MAX_TIMEOUT_S))).annotations({ description: `Seconds (default ${DEFAULT_TIMEOUT_S})` })
})

const fail = (type: string, message: string) => new ToolRegistry.ToolFailure({ type, message })

const checkUrl = (raw: string) =>
  Effect.gen(function*() {
    const url = yield* Effect.try({ try: () => new URL(raw), catch: () => fail("invalid_url", `${JSON.stringify(raw)} is not a URL`) })
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return yield* Effect.fail(fail("invalid_url", `only http and https URLs can be fetched, not ${url.protocol}`))
    }
    if (url.username !== "" || url.password !== "") return yield* Effect.fail(fail("invalid_url", "URLs with credentials are not fetched"))
    return url
  })

/** Local (with why) when the host is, or resolves to, any local address; the addresses found. */
const placeOf = (url: URL) =>
  Effect.gen(function*() {
    const host = url.hostname.replace(/^\[|\]$/g, "")
    const addresses = NetworkAddress.isLiteral(host)
      ? [host]
      : (yield* Effect.tryPromise({
        try: () => dns.promises.lookup(host, { all: true, verbatim: true }),
        catch: (e) => fail("fetch", `${url.hostname} could not be resolved: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
      })).map((a) => a.address)
    const own = NetworkAddress.ownAddresses()
    const local = addresses.map((a) => NetworkAddress.place(a, own)).find((p) => p._tag === "Local")
    return local
  })

/**
 * A dispatcher whose every connection is looked up here: local addresses are
 * refused unless this call was allowed to reach `allowedHost` locally.
 */
export const guardedAgent = (allowedHost: string | undefined) =>
  new Agent({
    connect: {
      lookup: (hostname, options, callback) => {
        dns.lookup(hostname, { ...options, all: true }, (error, found: Array<LookupAddress>) => {
          const own = NetworkAddress.ownAddresses()
          const local = error === null ? found.map((a) => NetworkAddress.place(a.address, own)).find((p) => p._tag === "Local") : undefined
          const refused = error ?? (local !== undefined && hostname !== allowedHost
            ? Object.assign(new Error(`refused: ${local.why}`), { code: "ELOCALADDRESS" })
            : null)
          // net asks for one address or for all of them; answer in the shape it asked for
          if (options.all === true) return (callback as (e: Error | null, a: Array<LookupAddress>) => void)(refused, refused === null ? found : [])
          const one = found[0]
          return (callback as (e: Error | null, a: string, f: number) => void)(refused, one?.address ?? "", one?.family ?? 4)
        })
      }
    }
  })

/** Reads at most MAX_BYTES of the body; more is a failure rather than a silent cut. */
const readCapped = (response: Response) =>
  Effect.tryPromise({
    try: async () => {
      const reader = response.body?.getReader()
      if (reader === undefined) return Buffer.alloc(0)
      const chunks: Array<Uint8Array> = []
      let total = 0
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        total += value.byteLength
        if (total > MAX_BYTES) {
          await reader.cancel()
          throw new Error(`the response is over ${MAX_BYTES} bytes`)
        }
        chunks.push(value)
      }
      return Buffer.concat(chunks)
    },
    catch: (e) => fail("too_large", (e as Error).message)
  })

const textOf = (html: string) =>
  html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, "").replace(/<[^>]+>/g, " ").replace(/[ \t]+/g, " ").replace(/\n\s*\n+/g, "\n\n").trim()

export const tool = ToolRegistry.make({
  name: "webfetch",
  description: "Fetches a web page (http or https) and returns it as markdown, text or HTML; responses over 5 MB are refused.",
  input: Input,
  idempotent: true,
  timeout: `${MAX_TIMEOUT_S + 10} seconds`,
  needs: (input) =>
    Effect.gen(function*() {
      const url = yield* checkUrl(input.url)
      const local = yield* placeOf(url)
      const web = { permission: "webfetch", patterns: [url.href], always: [`${url.origin}/*`] }
      return local === undefined
        ? [web]
        : [web, { permission: "webfetch_local", patterns: [url.href], always: [`${url.origin}/*`], metadata: { reason: local.why } }]
    }),
  run: (input, _, needs) =>
    Effect.gen(function*() {
      const first = yield* checkUrl(input.url)
      // local only if webfetch_local was checked for this call — decided from what was asked, never from a
      // second DNS answer (a name that turned local after the check is refused by the guarded lookup)
      const allowedHost = needs.some((n) => n.permission === "webfetch_local") ? first.hostname : undefined
      const dispatcher = yield* Effect.acquireRelease(Effect.sync(() => guardedAgent(allowedHost)), (agent) => Effect.promise(() => agent.close()))
      const seconds = input.timeout ?? DEFAULT_TIMEOUT_S
      const deadline = AbortSignal.timeout(seconds * 1000)
      let url = first
      let response: Response | undefined
      for (let hop = 0; response === undefined; hop++) {
        if (hop > 0) {
          const local = yield* placeOf(url)
          if (local !== undefined && url.hostname !== allowedHost) {
            return yield* Effect.fail(fail("refused", `a redirect led to ${url.href}, which is local (${local.why}); fetch it directly to ask for it`))
          }
        }
        const current = url
        const answer: Response = yield* Effect.tryPromise({
          try: (signal) =>
            fetch(current, {
              signal: AbortSignal.any([signal, deadline]),
              headers: { accept: "text/markdown, text/html;q=0.9, text/plain;q=0.8, */*;q=0.5", "user-agent": "ratchet-webfetch" },
              redirect: "manual",
              dispatcher
            }),
          catch: (e) => fail("fetch", `fetching ${current.href} failed: ${((e as Error).cause as Error | undefined)?.message ?? (e as Error).message}`)
        })
        const location = answer.headers.get("location")
        if (answer.status >= 300 && answer.status < 400 && location !== null) {
          yield* Effect.promise(() => answer.body?.cancel() ?? Promise.resolve())
          if (hop >= MAX_REDIRECTS) return yield* Effect.fail(fail("fetch", `more than ${MAX_REDIRECTS} redirects from ${first.href}`))
          url = yield* Effect.flatMap(
            Effect.try({ try: () => new URL(location, current).href, catch: () => fail("fetch", `${current.href} redirected to an invalid location`) }),
            checkUrl
          )
        } else response = answer
      }
      if (!response.ok) return yield* Effect.fail(fail("http_status", `${url.href} answered ${response.status} ${response.statusText}`))
      const body = (yield* readCapped(response)).toString("utf8")
      const type = response.headers.get("content-type") ?? ""
      const html = type.includes("html")
      const format = input.format ?? "markdown"
      const output = !html || format === "html" ? body : format === "text" ? textOf(body) : NodeHtmlMarkdown.translate(body)
      return { output, structured: { url: url.href, status: response.status, contentType: type } }
    }).pipe(Effect.scoped)
})
