/**
 * Which role a request needs, which requests span every project (so a
 * project-scoped key may not make them), and which ids a request's path
 * names. It reads the request's own path, not the matched route: the
 * `Access` middleware runs for the whole API (the contract's routes and the
 * ones beside it: `/doc`, `/mcp`, `/metrics`, the v1 501s) before routing.
 * The role × route test reads the same rules (docs/operations.md).
 */
import type { Principal } from "@ratchet/schema"

const segment = "([^/]+)"

/** Requests that change the server itself: an admin's, and an unscoped one's. */
const SERVER_ADMIN: ReadonlyArray<(method: string, path: string) => boolean> = [
  (m, p) => (p === "/api/mcp" || p.startsWith("/api/mcp/")) && m !== "GET",
  // opencode's v1 "add a server" (a POST to /mcp that is not JSON-RPC: the MCP route tells them apart)
  (m, p) => p === "/mcp#add" && m === "POST",
  (m, p) => new RegExp(`^/mcp/${segment}/(connect|disconnect)$`).test(p) && m === "POST",
  (_, p) => p === "/global/dispose" || p === "/instance/dispose",
  (m, p) => p === "/config" && m !== "GET"
]

/** Keys and budgets: an admin's; a scoped admin manages its own project's (the handlers narrow it). */
const accessAdmin = (path: string) => /^\/api\/(key|budget)(\/|$)/.test(path)

/** Reads that are POSTs: waiting for a session to be idle changes nothing. */
const postRead = (path: string) => new RegExp(`^/api/session/${segment}/wait$`).test(path)

/** The role `method path` needs. */
export const requiredRole = (method: string, path: string): Principal.Role => {
  if (accessAdmin(path) || SERVER_ADMIN.some((f) => f(method, path))) return "admin"
  if (method === "GET" || method === "HEAD" || postRead(path)) return "viewer"
  return "member"
}

/** True for requests a project-scoped key may not make at all (they act on, or show, the whole server). */
export const serverWide = (method: string, path: string): boolean => SERVER_ADMIN.some((f) => f(method, path)) || path === "/metrics"

export interface NamedIds {
  readonly sessionID?: string
  readonly request?: { readonly kind: "permission" | "question" | "saved"; readonly id: string }
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

const SESSION = [new RegExp(`^/api/session/${segment}`), new RegExp(`^/session/${segment}`)]
/** List routes under the same prefixes, whose next segment is not an id. */
const NOT_IDS: ReadonlySet<string> = new Set(["active", "status"])
const REQUESTS: ReadonlyArray<readonly [RegExp, "permission" | "question" | "saved"]> = [
  [new RegExp(`^/api/session/[^/]+/permission/${segment}`), "permission"],
  [new RegExp(`^/api/session/[^/]+/question/${segment}`), "question"],
  [new RegExp(`^/session/[^/]+/permissions/${segment}`), "permission"],
  [new RegExp(`^/permission/${segment}/reply$`), "permission"],
  [new RegExp(`^/question/${segment}/(reply|reject)$`), "question"],
  [new RegExp(`^/api/permission/saved/${segment}$`), "saved"]
]

/** The session and the permission request, question or saved approval a path names. */
export const namedIds = (path: string): NamedIds => {
  let sessionID: string | undefined
  for (const re of SESSION) {
    const m = re.exec(path)
    if (m !== null && !NOT_IDS.has(m[1]!)) sessionID = decode(m[1]!)
  }
  for (const [re, kind] of REQUESTS) {
    const m = re.exec(path)
    if (m !== null) return { ...(sessionID === undefined ? {} : { sessionID }), request: { kind, id: decode(m[1]!) } }
  }
  return sessionID === undefined ? {} : { sessionID }
}
