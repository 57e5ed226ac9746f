/**
 * `webfetch`: GETs an http(s) URL with a size and a time cap and returns it
 * as markdown (HTML converted with node-html-markdown), text, or raw HTML.
 * Other schemes (file:, data:, ftp: …) are refused before anything is sent.
 */
import { Effect, Schema } from "effect"
import { NodeHtmlMarkdown } from "node-html-markdown"
import * as ToolRegistry from "../ToolRegistry.js"

const MAX_BYTES = 5 * 1024 * 1024
const DEFAULT_TIMEOUT_S = 30
const MAX_TIMEOUT_S = 120

const Input = Schema.Struct({
  url: Schema.String.annotations({ description: "The http:// or https:// URL to fetch" }),
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
    return url
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
  needs: (input) => Effect.map(checkUrl(input.url), (url) => [{ permission: "webfetch", patterns: [url.href], always: [`${url.origin}/*`] }]),
  run: (input) =>
    Effect.gen(function*() {
      const url = yield* checkUrl(input.url)
      const seconds = input.timeout ?? DEFAULT_TIMEOUT_S
      const response = yield* Effect.tryPromise({
        try: (signal) =>
          fetch(url, {
            signal: AbortSignal.any([signal, AbortSignal.timeout(seconds * 1000)]),
            headers: { accept: "text/markdown, text/html;q=0.9, text/plain;q=0.8, */*;q=0.5", "user-agent": "ratchet-webfetch" },
            redirect: "follow"
          }),
        catch: (e) => fail("fetch", `fetching ${url.href} failed: ${(e as Error).message}`)
      })
      if (!response.ok) return yield* Effect.fail(fail("http_status", `${url.href} answered ${response.status} ${response.statusText}`))
      const body = (yield* readCapped(response)).toString("utf8")
      const type = response.headers.get("content-type") ?? ""
      const html = type.includes("html")
      const format = input.format ?? "markdown"
      const output = !html || format === "html" ? body : format === "text" ? textOf(body) : NodeHtmlMarkdown.translate(body)
      return { output, structured: { url: response.url || url.href, status: response.status, contentType: type } }
    })
})
