/**
 * A seeded HTTP fuzzer for the security suite: requests built from the real
 * routes with hostile mutations (wrong and missing fields, unknown fields,
 * wrong types, huge and deep values, lone surrogates, broken JSON, forms and
 * multipart, foreign Host and Origin headers, garbage ids and paths). Each
 * response must be below 500, a 4xx must carry a typed error (`_tag`), and
 * a refused request must leave the event log exactly as it was. The same
 * seed sends the same requests. Used by `Fuzz.test.ts` (a few hundred, in
 * CI) and `npm run fuzz` (thousands).
 */
import Database from "better-sqlite3"
import { rawRequest } from "./harness.js"
import { seededRandom } from "@ratchet/testing"

export interface FuzzReport {
  readonly sent: number
  readonly byStatus: Readonly<Record<string, number>>
  readonly violations: ReadonlyArray<string>
}

interface Sent {
  readonly method: string
  readonly path: string
  readonly headers: Record<string, string>
  readonly body: string | undefined
}

const send = (baseUrl: string, { body, ...rest }: Sent) => rawRequest(baseUrl, { ...rest, ...(body === undefined ? {} : { body }) })

export const run = async (options: {
  readonly baseUrl: string
  /** The server's SQLite file: read to check that refusals write nothing. */
  readonly db: string
  readonly seed: number
  readonly count: number
}): Promise<FuzzReport> => {
  const next = seededRandom(options.seed)
  const pick = <A>(items: ReadonlyArray<A>): A => items[Math.floor(next() * items.length)]!
  const log = new Database(options.db, { readonly: true, fileMustExist: true })
  const head = () => log.prepare("SELECT count(*) AS n, coalesce(max(position), 0) AS last FROM event").get() as { n: number; last: number }
  const port = new URL(options.baseUrl).port
  const byStatus: Record<string, number> = {}
  const violations: Array<string> = []

  const created = await send(options.baseUrl, {
    method: "POST",
    path: "/api/session",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "fuzz" })
  })
  const session = (JSON.parse(created.text) as { data: { id: string } }).data.id

  const ids = [session, session, "ses_0000000000000000000000000", "ses_missing1", "../../etc", "%2e%2e%2f", "x".repeat(2000), "ses_%00", encodeURIComponent("😀"), "ses_%F0%28%8C%28"]
  const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`
  const values: ReadonlyArray<() => unknown> = [
    () => "",
    () => "x".repeat(Math.floor(next() * 300_000)),
    () => -1,
    () => 1e308,
    () => null,
    () => true,
    () => [],
    () => ({}),
    () => ({ providerID: "fake", id: "fake-1" }),
    () => ({ directory: pick(["/", "/etc", "relative", "/tmp/../etc", "\u0000"]) }),
    () => [{ permission: "*", pattern: "*", action: pick(["allow", "deny", "ask", "maybe"]) }],
    () => ({ text: "hi" }),
    () => pick(["steer", "queue", "interrupt", "now"]),
    () => pick(["once", "always", "reject", "sometimes"]),
    () => "\u202e\ufeff\u0000"
  ]
  const fields = ["id", "title", "agent", "model", "location", "parentID", "permission", "prompt", "delivery", "resume", "reply", "message", "answers", "archived", "__proto__", "constructor", "extra"]
  const bodyFor = (): string | undefined => {
    switch (pick(["object", "object", "object", "deep", "surrogate", "broken", "bytes", "scalar", "none"])) {
      case "object": {
        const body: Record<string, unknown> = {}
        const n = 1 + Math.floor(next() * 4)
        for (let i = 0; i < n; i++) body[pick(fields)] = pick(values)()
        if (next() < 0.5) body.prompt = { text: "fuzz", ...(next() < 0.3 ? { files: [{ uri: "file:///etc/passwd", mime: "text/plain" }] } : {}) }
        return JSON.stringify(body)
      }
      case "deep":
        return `{"title":${deep(pick([10, 70, 5000, 100_000]))}}`
      case "surrogate":
        return pick(['{"title":"\\ud800"}', '{"prompt":{"text":"\\udfff"}}', '{"title":"ok\\ud83d\\ude00"}'])
      case "broken":
        return pick(['{"title":', "{'a':1}", '{"a":1,}', "[", "\u0000", '{"title":"x"}garbage'])
      case "bytes":
        return Array.from({ length: 1 + Math.floor(next() * 200) }, () => String.fromCharCode(Math.floor(next() * 256))).join("")
      case "scalar":
        return pick(["null", "1", '"x"', "[]", "true"])
      case "none":
        return undefined
    }
    return undefined
  }
  const paths = () => {
    const id = pick(ids)
    return pick([
      "/api/session",
      `/api/session/${id}`,
      `/api/session/${id}/prompt`,
      `/api/session/${id}/agent`,
      `/api/session/${id}/model`,
      `/api/session/${id}/interrupt`,
      `/api/session/${id}/history?after=${pick(["0", "-1", "abc", "x".repeat(5000)])}`,
      `/api/session/${id}/message?limit=${pick(["1", "0", "99999", "x"])}`,
      `/api/session/${id}/inbox`,
      `/api/session/${id}/permission/${pick(["per_x", "../x"])}/reply`,
      `/api/session/${id}/question/que_x/reply`,
      `/api/session?limit=${pick(["5", "-5", "abc"])}&directory=${encodeURIComponent(pick(["/", "x".repeat(6000)]))}`,
      "/api/permission/saved/x",
      `/api/key/${pick(["x", "../x", "rk_x"])}`,
      `/api/budget/${pick(["x", "config:project:default:day"])}`,
      "/api/budget",
      `/api/usage?groupBy=${pick(["key", "project", "team", ""])}`,
      "/api/../../etc/passwd",
      "/api/nothing",
      // opencode's v1 routes (docs/compat.md)
      "/session",
      `/session/${id}`,
      `/session/${id}/message`,
      `/session/${id}/prompt_async`,
      `/session/${id}/command`,
      `/session/${id}/fork`,
      `/session/${id}/revert`,
      `/session/${id}/permissions/${pick(["per_x", "../x"])}`,
      `/permission/${pick(["per_x", "..%2F"])}/reply`,
      "/question/que_x/reply",
      `/file?path=${encodeURIComponent(pick([".", "../..", "/etc", "x".repeat(5000)]))}`,
      `/file/content?path=${encodeURIComponent(pick(["package.json", "/etc/passwd", "../../../etc/passwd"]))}`,
      `/find/file?query=${pick(["a", "", "x".repeat(2000)])}&limit=${pick(["5", "0", "-1", "abc"])}`,
      `/session?limit=${pick(["5", "0", "NaN", "1e99"])}`,
      "/tui/publish",
      "/tui/select-session",
      "/log"
    ])
  }
  // most requests pass the edge (so the routes' decoders see them); a tenth probe each edge check
  const edge = <A>(good: ReadonlyArray<A>, bad: ReadonlyArray<A>): A => next() < 0.9 ? pick(good) : pick(bad)
  const contentType = () =>
    edge(["application/json", "application/json; charset=utf-8"], ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", "", "application/jsonx"])
  const host = () => edge([`127.0.0.1:${port}`, `localhost:${port}`], [`evil.example:${port}`, "0.0.0.0"])
  const origin = () => edge([undefined, undefined, `http://127.0.0.1:${port}`], ["http://evil.example", "null"])

  for (let i = 0; i < options.count; i++) {
    const body = bodyFor()
    const type = contentType()
    const from = origin()
    const request: Sent = {
      method: pick(["GET", "POST", "POST", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]),
      path: paths(),
      headers: {
        host: host(),
        ...(type === "" ? {} : { "content-type": type }),
        ...(from === undefined ? {} : { origin: from }),
        // junk credentials: an open server ignores them, as it always did
        ...(next() < 0.05 ? { authorization: pick(["Bearer rk_0000000000000000_x", "Basic !!!", "Bearer", "Digest x"]) } : {})
      },
      body
    }
    const before = head()
    const response = await send(options.baseUrl, request)
    const key = `${request.method} ${request.path.slice(0, 60)} ${JSON.stringify(request.headers).slice(0, 120)} ${(request.body ?? "").slice(0, 120)}`
    byStatus[String(response.status)] = (byStatus[String(response.status)] ?? 0) + 1
    if (response.status === 0 || response.status >= 500) violations.push(`${response.status}: ${key} → ${response.text.slice(0, 200)}`)
    if (response.status >= 400 && response.status < 500) {
      const typed = (() => {
        try {
          return typeof (JSON.parse(response.text) as { _tag?: unknown })._tag === "string"
        } catch {
          return false
        }
      })()
      if (!typed) violations.push(`${response.status} without a typed error: ${key} → ${response.text.slice(0, 200)}`)
      const after = head()
      if (after.n !== before.n || after.last !== before.last) violations.push(`${response.status} but the log moved (${before.n} → ${after.n}): ${key}`)
    }
    // let anything a successful request started settle, so the next refusal is measured alone
    if (response.status >= 200 && response.status < 300 && request.method !== "GET") {
      await send(options.baseUrl, { method: "POST", path: `/api/session/${session}/wait`, headers: {}, body: undefined })
    }
  }
  log.close()
  return { sent: options.count, byStatus, violations }
}
