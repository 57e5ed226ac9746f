/**
 * A fake web search service on loopback for tests, speaking the three wire
 * formats the `websearch` adapters use (Exa `POST /search`, Tavily
 * `POST /search` with a bearer key, Brave `GET /res/v1/web/search`). It
 * answers every query with the same results — among them the kinds a
 * hostile or sloppy service returns: a `javascript:` link, control and
 * bidi characters, an oversized snippet — and records what it was asked.
 */
import { createServer, type IncomingMessage } from "node:http"
import type { AddressInfo } from "node:net"

export interface Seen {
  readonly method: string
  readonly path: string
  readonly headers: IncomingMessage["headers"]
  readonly body: unknown
}

const RESULTS = [
  { title: "Effect documentation", url: "https://effect.website/docs", text: "Effect is a TypeScript library." },
  { title: "Evil\u0000 link\u202e", url: "javascript:alert(1)", text: "should never be shown" },
  { title: "Long\u001b[31m page", url: "https://example.com/long", text: "x".repeat(50_000) }
]

const body = (path: string) => {
  if (path.startsWith("/res/v1/web/search")) return { web: { results: RESULTS.map((r) => ({ title: r.title, url: r.url, description: r.text })) } }
  if (path === "/exa/search") return { results: RESULTS.map((r) => ({ title: r.title, url: r.url, highlights: [r.text] })) }
  return { results: RESULTS.map((r) => ({ title: r.title, url: r.url, content: r.text, score: 0.5 })) }
}

/** Starts it; `url` is the base URL (Exa's API is under `/exa`), `status` makes every answer fail with it. */
export const start = async () => {
  const seen: Array<Seen> = []
  const state = { status: 200 }
  const server = createServer((req, res) => {
    let raw = ""
    req.setEncoding("utf8").on("data", (c: string) => (raw += c)).on("end", () => {
      const path = req.url ?? "/"
      seen.push({ method: req.method ?? "", path, headers: req.headers, body: raw === "" ? undefined : JSON.parse(raw) })
      if (state.status !== 200) {
        res.writeHead(state.status, { "content-type": "application/json" }).end(`{"error":"no"}`)
        return
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body(path)))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
