/**
 * A scripted fake provider: a real HTTP server on loopback speaking every
 * wire Ratchet drives — OpenAI Chat Completions (`/chat/completions`),
 * Anthropic Messages (`/messages`), OpenAI Responses (`/responses`) and
 * Gemini (`/models/{m}:streamGenerateContent`), each as its API streams it
 * (`FakeWires.ts`). Each request takes the next script, whatever its wire;
 * with none queued it echoes the last user message. Every request is
 * recorded, so tests can assert what the model was shown.
 */
import { Effect, type Scope } from "effect"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { frames, lastUserText, openAiFrames, streamErrorFrame, type Wire, wireOf } from "./FakeWires.js"

export type Step =
  | { readonly text: string | ReadonlyArray<string> }
  /** `signature`: Anthropic's thinking signature or Responses' encrypted content (generated when absent). */
  | { readonly reasoning: string | ReadonlyArray<string>; readonly signature?: string }
  | { readonly toolCall: { readonly id?: string; readonly name: string; readonly args: unknown; readonly chunks?: number } }

export interface Script {
  readonly steps?: ReadonlyArray<Step>
  /** Milliseconds between chunks (default 0). */
  readonly delayMs?: number
  /** `finish_reason`; default `tool_calls` when the script calls a tool, else `stop`. */
  readonly finish?: string
  /**
   * Tokens as OpenAI counts them: `input` is the whole prompt, of which `cached` were cache reads and
   * `cacheWrite` cache writes (Anthropic's wire reports the three apart); `output` includes `reasoning`
   * (Gemini's wire reports thoughts apart).
   */
  readonly usage?: { readonly input?: number; readonly output?: number; readonly cached?: number; readonly cacheWrite?: number; readonly reasoning?: number }
  /**
   * Fail instead: an HTTP error, a connection dropped after `afterChunks`, a stream that never ends,
   * or an error event inside the stream after `afterChunks` (as the wire reports one).
   */
  readonly failure?:
    | { readonly status: number; readonly retryAfter?: string; readonly body?: string }
    | { readonly streamError: { readonly afterChunks: number; readonly kind: "overloaded" | "server" } }
    | { readonly drop: { readonly afterChunks: number } }
    | { readonly hang: { readonly afterChunks: number } }
}

export interface RecordedRequest {
  readonly path: string
  readonly wire: Wire
  /** The model asked for (Gemini names it in the path). */
  readonly model: string
  readonly body: {
    readonly model?: string
    readonly messages?: ReadonlyArray<{ readonly role: string; readonly content?: string | null; readonly tool_calls?: ReadonlyArray<unknown>; readonly tool_call_id?: string }>
    readonly tools?: ReadonlyArray<{ readonly function: { readonly name: string } }>
    readonly tool_choice?: unknown
    /** The other wires' fields (Anthropic `system`, Responses `input`, Gemini `contents`…). */
    readonly [field: string]: unknown
  }
  readonly headers: IncomingMessage["headers"]
}

export interface FakeProvider {
  readonly baseURL: string
  readonly port: number
  /** Queues scripts for the next requests, in order. */
  readonly push: (...scripts: ReadonlyArray<Script>) => void
  /** Drops queued scripts that no request took. */
  readonly clear: () => void
  /** Decides the script from the request when the queue is empty (default: echo). */
  readonly setDefault: (f: (request: RecordedRequest) => Script) => void
  readonly requests: ReadonlyArray<RecordedRequest>
  /** Requests currently streaming. */
  readonly inFlight: () => number
}

export const echo = (r: RecordedRequest): Script => ({ steps: [{ text: ["echo: ", lastUserText(r.wire, r.body)] }] })

/** The SSE chunks of a script in OpenAI Chat Completions format (`data` only). */
export const openAiChunks = (script: Script, model = "fake-1"): Array<string> =>
  openAiFrames(script, model).map((f) => f.slice("data: ".length, -2))

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Array<Buffer> = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    req.on("error", reject)
  })

/** Starts the server (on an ephemeral loopback port unless given); it stops when the scope closes. */
export const make = (options: { readonly port?: number } = {}): Effect.Effect<FakeProvider, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.promise(() => start(options.port ?? 0)),
    ({ server }) =>
      Effect.promise(() =>
        new Promise<void>((resolve) => {
          server.closeAllConnections()
          server.close(() => resolve())
        })
      )
  ).pipe(Effect.map(({ provider }) => provider))

export const start = async (port: number): Promise<{ readonly server: Server; readonly provider: FakeProvider }> => {
  const queue: Array<Script> = []
  const requests: Array<RecordedRequest> = []
  let fallback: (r: RecordedRequest) => Script = echo
  let inFlight = 0

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req)
    const wire = req.url === undefined ? undefined : wireOf(req.url)
    if (req.method !== "POST" || wire === undefined) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found" } }))
      return
    }
    let body: RecordedRequest["body"]
    try {
      body = JSON.parse(raw) as RecordedRequest["body"]
    } catch {
      res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "bad json" } }))
      return
    }
    // Gemini names the model in the path
    const model = typeof body.model === "string" ? body.model : decodeURIComponent(/\/models\/([^/:]+):/.exec(req.url!)?.[1] ?? "fake-1")
    const recorded: RecordedRequest = { path: req.url!, wire, model, body, headers: req.headers }
    requests.push(recorded)
    const script = queue.shift() ?? fallback(recorded)
    const failure = script.failure
    if (failure !== undefined && "status" in failure) {
      res.writeHead(failure.status, {
        "content-type": "application/json",
        ...(failure.retryAfter === undefined ? {} : { "retry-after": failure.retryAfter })
      }).end(failure.body ?? JSON.stringify({ error: { message: `scripted ${failure.status}` } }))
      return
    }
    inFlight++
    let closed = false
    res.on("close", () => {
      closed = true
    })
    try {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" })
      const chunks = frames(wire, script, recorded.model)
      for (let i = 0; i < chunks.length; i++) {
        if (closed) return
        if (failure !== undefined && "drop" in failure && i === failure.drop.afterChunks) {
          req.socket.destroy()
          return
        }
        if (failure !== undefined && "streamError" in failure && i === failure.streamError.afterChunks) {
          res.end(streamErrorFrame(wire, failure.streamError.kind))
          return
        }
        if (failure !== undefined && "hang" in failure && i === failure.hang.afterChunks) {
          await new Promise<void>((resolve) => res.on("close", () => resolve()))
          return
        }
        // `{{now}}` in a scripted text becomes the send time (benchmarks measure chunk-to-commit with it)
        const chunk = chunks[i]!
        res.write(chunk.includes("{{now}}") ? chunk.replaceAll("{{now}}", String(performance.timeOrigin + performance.now())) : chunk)
        if ((script.delayMs ?? 0) > 0) await sleep(script.delayMs!)
      }
      res.end()
    } finally {
      inFlight--
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error))
      else res.destroy()
    })
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()))
  const address = server.address() as AddressInfo
  return {
    server,
    provider: {
      baseURL: `http://127.0.0.1:${address.port}/v1`,
      port: address.port,
      push: (...scripts) => void queue.push(...scripts),
      clear: () => void queue.splice(0, queue.length),
      setDefault: (f) => {
        fallback = f
      },
      requests,
      inFlight: () => inFlight
    }
  }
}
