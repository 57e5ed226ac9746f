/**
 * A scripted fake provider: a real HTTP server on loopback speaking the
 * OpenAI Chat Completions streaming wire format (SSE `data:` chunks, tool
 * call deltas, a usage chunk, `[DONE]`). Each request takes the next script;
 * with none queued it echoes the last user message. Every request body is
 * recorded, so tests can assert what the model was shown.
 *
 * Formats are encoders over one script model, so Anthropic and Gemini
 * streams can be added beside `openai` without changing scripts.
 */
import { Effect, type Scope } from "effect"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

export type Step =
  | { readonly text: string | ReadonlyArray<string> }
  | { readonly reasoning: string | ReadonlyArray<string> }
  | { readonly toolCall: { readonly id?: string; readonly name: string; readonly args: unknown; readonly chunks?: number } }

export interface Script {
  readonly steps?: ReadonlyArray<Step>
  /** Milliseconds between chunks (default 0). */
  readonly delayMs?: number
  /** `finish_reason`; default `tool_calls` when the script calls a tool, else `stop`. */
  readonly finish?: string
  readonly usage?: { readonly input?: number; readonly output?: number; readonly cached?: number; readonly reasoning?: number }
  /** Fail instead: an HTTP error, a connection dropped after `afterChunks`, or a stream that never ends. */
  readonly failure?:
    | { readonly status: number; readonly retryAfter?: string; readonly body?: string }
    | { readonly drop: { readonly afterChunks: number } }
    | { readonly hang: { readonly afterChunks: number } }
}

export interface RecordedRequest {
  readonly path: string
  readonly body: {
    readonly model?: string
    readonly messages?: ReadonlyArray<{ readonly role: string; readonly content?: string | null; readonly tool_calls?: ReadonlyArray<unknown>; readonly tool_call_id?: string }>
    readonly tools?: ReadonlyArray<{ readonly function: { readonly name: string } }>
    readonly tool_choice?: string
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

const lastUserText = (r: RecordedRequest): string => {
  const users = (r.body.messages ?? []).filter((m) => m.role === "user")
  return String(users[users.length - 1]?.content ?? "")
}

export const echo = (r: RecordedRequest): Script => ({ steps: [{ text: ["echo: ", lastUserText(r)] }] })

/** The SSE chunks of a script in OpenAI Chat Completions format. */
export const openAiChunks = (script: Script, model = "fake-1"): Array<string> => {
  const id = "chatcmpl-fake"
  const frame = (choice: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ id, object: "chat.completion.chunk", created: 0, model, choices: [choice], ...extra })
  const out: Array<string> = [frame({ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null })]
  let toolIndex = 0
  let calledTool = false
  for (const step of script.steps ?? []) {
    if ("text" in step) {
      for (const t of typeof step.text === "string" ? [step.text] : step.text) {
        out.push(frame({ index: 0, delta: { content: t }, finish_reason: null }))
      }
    } else if ("reasoning" in step) {
      for (const t of typeof step.reasoning === "string" ? [step.reasoning] : step.reasoning) {
        out.push(frame({ index: 0, delta: { reasoning_content: t }, finish_reason: null }))
      }
    } else {
      calledTool = true
      const index = toolIndex++
      const args = JSON.stringify(step.toolCall.args)
      const n = Math.max(1, step.toolCall.chunks ?? 2)
      const size = Math.ceil(args.length / n)
      out.push(frame({
        index: 0,
        delta: { tool_calls: [{ index, id: step.toolCall.id ?? `call_${index}_${Math.random().toString(36).slice(2, 8)}`, type: "function", function: { name: step.toolCall.name, arguments: "" } }] },
        finish_reason: null
      }))
      for (let i = 0; i < args.length; i += size) {
        out.push(frame({ index: 0, delta: { tool_calls: [{ index, function: { arguments: args.slice(i, i + size) } }] }, finish_reason: null }))
      }
    }
  }
  out.push(frame({ index: 0, delta: {}, finish_reason: script.finish ?? (calledTool ? "tool_calls" : "stop") }))
  const u = script.usage ?? {}
  out.push(JSON.stringify({
    id,
    object: "chat.completion.chunk",
    created: 0,
    model,
    choices: [],
    usage: {
      prompt_tokens: u.input ?? 10,
      completion_tokens: u.output ?? out.length,
      total_tokens: (u.input ?? 10) + (u.output ?? out.length),
      prompt_tokens_details: { cached_tokens: u.cached ?? 0 },
      completion_tokens_details: { reasoning_tokens: u.reasoning ?? 0 }
    }
  }))
  out.push("[DONE]")
  return out
}

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
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
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
    const recorded: RecordedRequest = { path: req.url, body, headers: req.headers }
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
      const chunks = openAiChunks(script, body.model)
      for (let i = 0; i < chunks.length; i++) {
        if (closed) return
        if (failure !== undefined && "drop" in failure && i === failure.drop.afterChunks) {
          req.socket.destroy()
          return
        }
        if (failure !== undefined && "hang" in failure && i === failure.hang.afterChunks) {
          await new Promise<void>((resolve) => res.on("close", () => resolve()))
          return
        }
        // `{{now}}` in a scripted text becomes the send time (benchmarks measure chunk-to-commit with it)
        const chunk = chunks[i]!
        res.write(`data: ${chunk.includes("{{now}}") ? chunk.replaceAll("{{now}}", String(performance.timeOrigin + performance.now())) : chunk}\n\n`)
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
