/**
 * What every wire adapter does the same way: post the request, classify an
 * error status, and turn the SSE body into parts without a stage per event
 * (each network read's events are decoded in one step: a fast stream
 * arrives in large reads). An adapter supplies the per-turn decoder.
 */
import { HttpClient, HttpClientRequest } from "@effect/platform"
import { Chunk, Effect, Either, Option, Redacted, Stream } from "effect"
import { type AdapterConfig, classifyStatus, type LanguageModelService, type Part, ProviderError, type Request, type Usage } from "../LanguageModel.js"
import { makeSseDecoder } from "./sseLines.js"

/** The state of one turn: parts (or a failure) per SSE `data`, and the closing parts at the end. */
export interface TurnDecoder {
  readonly onData: (data: string, out: Array<Part>) => ProviderError | undefined
  readonly onEnd: () => ReadonlyArray<Part> | ProviderError
}

export interface SseTurn {
  readonly provider: string
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: unknown
  /** The message of an error body, when the wire has a shape for it. */
  readonly errorMessage?: (body: string) => string | undefined
}

const network = (message: string) => new ProviderError({ kind: "network", retryable: true, message })

/** A JSON `data` line, or a retryable protocol failure (a proxy's garbage is worth another try). */
export const parseData = <A>(data: string): A | ProviderError => {
  const parsed = Either.try(() => JSON.parse(data) as A)
  return Either.isRight(parsed)
    ? parsed.right
    : new ProviderError({ kind: "protocol", retryable: true, message: `not JSON: ${data.slice(0, 200)}` })
}

const decodeBody = (decoder: TurnDecoder) => {
  const sse = makeSseDecoder()
  const utf8 = new TextDecoder("utf-8")
  const onDatas = (datas: ReadonlyArray<string>, out: Array<Part>): ProviderError | undefined => {
    for (const data of datas) {
      if (data.trim() === "") continue
      const failed = decoder.onData(data, out)
      if (failed !== undefined) return failed
    }
    return undefined
  }
  const onBytes = (reads: Chunk.Chunk<Uint8Array>): Effect.Effect<Chunk.Chunk<Part>, ProviderError> => {
    const out: Array<Part> = []
    for (const bytes of reads) {
      const fed = Either.try(() => sse.feed(utf8.decode(bytes, { stream: true })))
      if (Either.isLeft(fed)) return Effect.fail(new ProviderError({ kind: "protocol", retryable: false, message: String(fed.left) }))
      const failed = onDatas(fed.right, out)
      if (failed !== undefined) return Effect.fail(failed)
    }
    return Effect.succeed(Chunk.unsafeFromArray(out))
  }
  const onEnd = (): Effect.Effect<ReadonlyArray<Part>, ProviderError> => {
    const out: Array<Part> = []
    const failed = onDatas(sse.end(), out)
    if (failed !== undefined) return Effect.fail(failed)
    const end = decoder.onEnd()
    return end instanceof ProviderError ? Effect.fail(end) : Effect.succeed([...out, ...end])
  }
  return { onBytes, onEnd }
}

/** One streamed turn: the request, then the decoder's parts. Interrupting the stream aborts the request. */
export const stream = (client: HttpClient.HttpClient, turn: SseTurn, decoder: () => TurnDecoder): Stream.Stream<Part, ProviderError> =>
  Stream.unwrap(
      Effect.gen(function*() {
        const http = HttpClientRequest.post(turn.url).pipe(
          HttpClientRequest.setHeaders({ "content-type": "application/json", accept: "text/event-stream", ...turn.headers }),
          HttpClientRequest.bodyUnsafeJson(turn.body)
        )
        const response = yield* client.execute(http).pipe(Effect.mapError((e) => network(e.message)))
        if (response.status >= 400) {
          const text = yield* response.text.pipe(Effect.orElseSucceed(() => ""))
          const detail = turn.errorMessage?.(text) ?? text.slice(0, 500)
          return yield* classifyStatus(
            response.status,
            `${turn.provider}: HTTP ${response.status} ${detail}`,
            Option.getOrNull(Option.fromNullable(response.headers["retry-after"]))
          )
        }
        const body = decodeBody(decoder())
        return response.stream.pipe(
          Stream.mapError((e) => network(e.message)),
          Stream.mapChunksEffect(body.onBytes),
          Stream.concat(Stream.fromIterableEffect(Effect.suspend(body.onEnd)))
        )
      })
  )

/** `{"error": {"message": …}}`, the error body of OpenAI, Anthropic and Gemini alike. */
export const errorBodyMessage = (body: string): string | undefined => {
  const parsed = Either.try(() => JSON.parse(body) as { error?: { message?: unknown; type?: unknown; status?: unknown } })
  if (Either.isLeft(parsed)) return undefined
  const error = parsed.right?.error
  if (typeof error !== "object" || error === null || typeof error.message !== "string") return undefined
  const type = typeof error.type === "string" ? error.type : typeof error.status === "string" ? error.status : undefined
  return type === undefined ? error.message.slice(0, 500) : `${type}: ${error.message.slice(0, 500)}`
}

/** A wire's request: where it goes and what it carries, per turn; its auth header, per adapter. */
export interface Wire {
  readonly url: (base: string, request: Request) => string
  readonly auth: (key: string) => Readonly<Record<string, string>>
  readonly headers?: Readonly<Record<string, string>>
  readonly body: (request: Request) => unknown
}

/** An adapter: the wire's requests, each streamed through a fresh decoder. */
export const adapter = (config: AdapterConfig, wire: Wire, decoder: () => TurnDecoder): Effect.Effect<LanguageModelService, never, HttpClient.HttpClient> =>
  Effect.map(HttpClient.HttpClient, (client) => {
    const base = config.baseURL.replace(/\/+$/, "")
    const headers = {
      ...wire.headers,
      ...(config.apiKey === undefined ? {} : wire.auth(Redacted.value(config.apiKey))),
      ...config.headers
    }
    return {
      provider: config.provider,
      stream: (request) =>
        stream(client, { provider: config.provider, url: wire.url(base, request), headers, body: wire.body(request), errorMessage: errorBodyMessage }, decoder)
    }
  })

/** Usage as OpenAI's wires report it: the prompt's tokens include the cached ones. */
export const openAiUsage = (u: { readonly input?: number | undefined; readonly cached?: number | undefined; readonly output?: number | undefined; readonly reasoning?: number | undefined }): Usage => ({
  input: Math.max(0, (u.input ?? 0) - (u.cached ?? 0)),
  output: u.output ?? 0,
  reasoning: u.reasoning ?? 0,
  cacheRead: u.cached ?? 0,
  cacheWrite: 0
})
