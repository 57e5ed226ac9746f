/**
 * The clients of a chaos run, which keep working through the kills as real
 * ones would:
 * - the operator answers permission and question requests (seeded choices,
 *   after a seeded pause, so kills land while requests wait and just after
 *   replies) and remembers which replies were acknowledged;
 * - followers read a session's SSE stream (or the global one) from the
 *   start and, whenever the connection drops, reconnect with the last
 *   `id:` they saw as `Last-Event-ID`; what they hold is compared with the
 *   final log.
 */
import { sleep } from "./ChaosServer.js"

export interface Reply {
  readonly kind: "permission" | "question"
  readonly sessionID: string
  readonly requestID: string
  readonly callID: string | undefined
  readonly answer: string
  readonly at: number
}

interface Listed {
  readonly id: string
  readonly sessionID: string
  readonly source?: { readonly callID?: string }
  readonly tool?: { readonly callID?: string }
}

const list = (base: string, path: string): Promise<ReadonlyArray<Listed>> =>
  fetch(`${base}${path}`).then(
    async (r) => (r.ok ? ((await r.json()) as { data: ReadonlyArray<Listed> }).data : []),
    () => []
  )

const send = (url: string, body: unknown): Promise<number> =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
    .then((r) => r.status, () => 0)

export const operator = (base: string, next: () => number) => {
  const acknowledged: Array<Reply> = []
  const settled = new Set<string>()
  let running = true
  const answer = async (kind: Reply["kind"], item: Listed) => {
    if (settled.has(item.id)) return
    await sleep(next() * 150)
    const roll = next()
    const path = kind === "permission" ? "permission" : "question"
    const [route, body, label] = kind === "permission"
      ? roll < 0.1 ? ["reply", { reply: "reject" }, "reject"] : roll < 0.2 ? ["reply", { reply: "reject", message: "not now" }, "reject-feedback"] : ["reply", { reply: "once" }, "once"]
      : roll < 0.1 ? ["reject", {}, "reject"] : ["reply", { answers: [["a"]] }, "a"]
    const status = await send(`${base}/api/session/${item.sessionID}/${path}/${item.id}/${route}`, body)
    // 204: acknowledged; a 4xx: no longer pending (answered before a kill, or interrupted); 0 / 5xx: ask again later
    if (status === 204) acknowledged.push({ kind, sessionID: item.sessionID, requestID: item.id, callID: item.source?.callID ?? item.tool?.callID, answer: label, at: Date.now() })
    if (status >= 200 && status < 500) settled.add(item.id)
  }
  const loop = (async () => {
    while (running) {
      const [permissions, questions] = await Promise.all([list(base, "/api/permission/request"), list(base, "/api/question/request")])
      await Promise.all([...permissions.map((p) => answer("permission", p)), ...questions.map((q) => answer("question", q))])
      await sleep(20)
    }
  })()
  return {
    acknowledged,
    stop: async () => {
      running = false
      await loop
    }
  }
}

export interface Frame {
  readonly id: string
  readonly data: string
}

/** Follows `path` (an SSE route) from the start through any number of disconnects. */
export const follower = (base: string, path: string) => {
  const frames: Array<Frame> = []
  let lastId: string | undefined
  let reconnects = 0
  let connected = false
  let running = true
  // one controller per connection: listeners pile up on a signal that is reused across fetches
  let abort: AbortController | undefined
  const once = async () => {
    const headers: Record<string, string> = lastId === undefined ? {} : { "last-event-id": lastId }
    abort = new AbortController()
    const response = await fetch(`${base}${path}`, { headers, signal: abort.signal })
    if (!response.ok || response.body === null) return
    if (connected) reconnects++
    connected = true
    const decoder = new TextDecoder()
    let buffer = ""
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk as Uint8Array, { stream: true })
      let end: number
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        let id: string | undefined
        let data = ""
        for (const line of block.split("\n")) {
          if (line.startsWith("id: ")) id = line.slice(4)
          else if (line.startsWith("data: ")) data += line.slice(6)
        }
        // a frame is taken whole or not at all: a kill mid-frame leaves `buffer` unparsed and the cursor before it
        if (id !== undefined) {
          frames.push({ id, data })
          lastId = id
        }
      }
    }
  }
  const loop = (async () => {
    while (running) {
      await once().catch(() => undefined)
      if (!running) break
      await sleep(30)
    }
  })()
  return {
    frames,
    reconnects: () => reconnects,
    stop: async () => {
      running = false
      abort?.abort()
      await loop
    }
  }
}
