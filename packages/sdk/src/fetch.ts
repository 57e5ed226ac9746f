/**
 * The plain `fetch` client for programs that do not use Effect: typed
 * routes from the generated OpenAPI types (openapi-fetch), plus event
 * streams as async iterators that resume from their last cursor when the
 * connection drops.
 */
import { createParser } from "eventsource-parser"
import createClient, { type Client } from "openapi-fetch"
import type { components, paths } from "./generated/openapi.js"

export type { components, paths }
export type Session = components["schemas"]["Session"]
export type DurableEvent = components["schemas"]["DurableEvent"]

export interface ClientOptions {
  readonly baseUrl: string
  /** Bearer token (`RATCHET_TOKEN` on the server). */
  readonly token?: string
  /** Basic auth (`RATCHET_PASSWORD` on the server; username defaults to `ratchet`). */
  readonly password?: string
  readonly username?: string
  readonly fetch?: typeof globalThis.fetch
}

/** One frame of an event stream: its cursor, its type, and the event. */
export interface StreamEvent {
  readonly cursor: string
  readonly type: string
  readonly event: DurableEvent
}

export interface StreamOptions {
  /** Start after this cursor (or plain sequence number); default: the beginning. */
  readonly after?: string
  /** `false`: end at the present instead of following new events. */
  readonly follow?: boolean
  readonly signal?: AbortSignal
  /** Delay before a reconnect, doubled per failed attempt up to 5 s. Default 250 ms. */
  readonly retryMs?: number
  /** Called when the stream reconnects after a drop, with the cursor it resumes from. */
  readonly onReconnect?: (cursor: string | undefined, error: unknown) => void
}

export class RatchetHttpError extends Error {
  constructor(readonly status: number, readonly body: unknown) {
    super(`HTTP ${status}: ${typeof body === "object" && body !== null && "message" in body ? String(body.message) : JSON.stringify(body)}`)
  }
}

const authHeader = (options: ClientOptions): Record<string, string> => {
  if (options.token !== undefined) return { authorization: `Bearer ${options.token}` }
  if (options.password !== undefined) {
    const raw = `${options.username ?? "ratchet"}:${options.password}`
    // Web APIs only (browsers have no Buffer): UTF-8 bytes, then base64
    return { authorization: `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(raw)))}` }
  }
  return {}
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener("abort", () => {
      clearTimeout(timer)
      resolve()
    }, { once: true })
  })

export interface RatchetClient {
  /** Every JSON route, typed from the OpenAPI document: `client.api.GET("/api/session/{sessionID}", …)`. */
  readonly api: Client<paths>
  /** A session's events after a cursor, then live ones; reconnects from the last cursor on a drop. */
  readonly events: (sessionID: string, options?: StreamOptions) => AsyncIterable<StreamEvent>
  /** Every session's events in commit order, with the same resumption. */
  readonly globalEvents: (options?: StreamOptions) => AsyncIterable<StreamEvent>
}

const isAborted = (signal: AbortSignal | undefined): boolean => signal?.aborted === true

export const createRatchetClient = (options: ClientOptions): RatchetClient => {
  const headers = authHeader(options)
  const fetchImpl = options.fetch ?? globalThis.fetch
  const baseUrl = options.baseUrl.replace(/\/$/, "")
  const api = createClient<paths>({ baseUrl, headers, fetch: fetchImpl })

  async function* stream(path: string, streamOptions: StreamOptions): AsyncGenerator<StreamEvent> {
    let cursor = streamOptions.after
    let attempt = 0
    const follow = streamOptions.follow !== false
    while (!isAborted(streamOptions.signal)) {
      const url = new URL(baseUrl + path)
      if (!follow) url.searchParams.set("follow", "false")
      if (cursor !== undefined) url.searchParams.set("after", cursor)
      let response: Response
      try {
        response = await fetchImpl(url, {
          headers: { ...headers, accept: "text/event-stream", ...(cursor === undefined ? {} : { "last-event-id": cursor }) },
          ...(streamOptions.signal === undefined ? {} : { signal: streamOptions.signal })
        })
      } catch (error) {
        if (isAborted(streamOptions.signal)) return
        streamOptions.onReconnect?.(cursor, error)
        await sleep(Math.min(5000, (streamOptions.retryMs ?? 250) * 2 ** attempt++), streamOptions.signal)
        continue
      }
      if (!response.ok || response.body === null) {
        const body = await response.json().catch(() => null)
        // 5xx (a restart, a drain) is worth retrying; a 4xx will not get better
        if (response.status >= 500) {
          streamOptions.onReconnect?.(cursor, new RatchetHttpError(response.status, body))
          await sleep(Math.min(5000, (streamOptions.retryMs ?? 250) * 2 ** attempt++), streamOptions.signal)
          continue
        }
        throw new RatchetHttpError(response.status, body)
      }
      const pending: Array<StreamEvent> = []
      const parser = createParser({
        onEvent: (message) => {
          if (message.id === undefined || message.event === undefined || message.event.startsWith("ratchet.")) return
          pending.push({ cursor: message.id, type: message.event, event: JSON.parse(message.data) as DurableEvent })
        }
      })
      const decoder = new TextDecoder()
      let dropped: unknown = undefined
      try {
        for await (const bytes of response.body as unknown as AsyncIterable<Uint8Array>) {
          parser.feed(decoder.decode(bytes, { stream: true }))
          attempt = 0
          while (pending.length > 0) {
            const next = pending.shift()!
            cursor = next.cursor
            yield next
          }
        }
      } catch (error) {
        if (isAborted(streamOptions.signal)) return
        dropped = error
      }
      if (!follow && dropped === undefined) return
      streamOptions.onReconnect?.(cursor, dropped ?? new Error("stream ended"))
      await sleep(Math.min(5000, (streamOptions.retryMs ?? 250) * 2 ** attempt++), streamOptions.signal)
    }
  }

  return {
    api,
    events: (sessionID, streamOptions = {}) => stream(`/api/session/${encodeURIComponent(sessionID)}/event`, streamOptions),
    globalEvents: (streamOptions = {}) => stream("/api/event", streamOptions)
  }
}
