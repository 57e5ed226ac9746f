/**
 * What a request must show before it reaches any route, as a pure decision
 * (the middleware in `HttpEdges` applies it):
 *
 * - **Host**, when the server has no credentials: only loopback names and
 *   the configured `server.hosts`. A web page that rebinds its own domain
 *   to 127.0.0.1 (DNS rebinding) sends its domain as Host, so this is what
 *   keeps a page from driving an unauthenticated loopback server.
 * - **Origin**, always: a browser request from another origin is refused
 *   unless the origin is in `server.cors`; a same-origin request (Origin
 *   equal to the Host it was sent to) is let through. `null` origins
 *   (sandboxed frames, files) are foreign.
 * - **Body media type**: a request with a body, or naming a content type,
 *   must send `application/json`. Forms (`x-www-form-urlencoded`, `multipart/form-data`,
 *   `text/plain`) are what a cross-site page can send without a preflight,
 *   so none of them reaches a handler (415).
 * - **CORS**: a preflight from an allowed origin is answered here (204).
 * - **JSON text**: nested deeper than MAX_JSON_DEPTH, or holding a lone
 *   surrogate escape, is refused (400) before decoding (`inspectJson`).
 */

export interface Policy {
  /** The server has a token or a password. */
  readonly authenticated: boolean
  /** Host names accepted besides loopback ones (lower case, no port). */
  readonly hosts: ReadonlyArray<string>
  /** Origins allowed to call from a browser (`scheme://host[:port]`), or `*` for any. */
  readonly origins: ReadonlyArray<string>
}

export interface RequestFacts {
  readonly method: string
  readonly host: string | undefined
  readonly origin: string | undefined
  readonly contentType: string | undefined
  /** A body follows (a non-zero content-length, or a transfer-encoding). */
  readonly hasBody: boolean
  /** `access-control-request-method` of a preflight. */
  readonly preflightMethod: string | undefined
}

export type Decision =
  | { readonly _tag: "Pass"; readonly allowOrigin: string | undefined }
  | { readonly _tag: "Preflight"; readonly allowOrigin: string }
  | { readonly _tag: "Forbidden"; readonly reason: "host" | "origin"; readonly message: string }
  | { readonly _tag: "UnsupportedMediaType"; readonly contentType: string; readonly message: string }

/** The host name of a Host header (`[::1]:4096` → `::1`), lower case. */
export const hostName = (host: string): string => {
  const trimmed = host.trim().toLowerCase()
  if (trimmed.startsWith("[")) return trimmed.slice(1, trimmed.indexOf("]") < 0 ? undefined : trimmed.indexOf("]"))
  const colon = trimmed.lastIndexOf(":")
  return colon < 0 ? trimmed : trimmed.slice(0, colon)
}

const IPV4_LOOPBACK = /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/

export const isLoopbackName = (name: string): boolean =>
  name === "localhost" || name.endsWith(".localhost") || name === "::1" || IPV4_LOOPBACK.test(name)

/** The media type of a Content-Type header, lower case, without parameters. */
const mediaType = (contentType: string) => contentType.split(";")[0]!.trim().toLowerCase()

const isJson = (contentType: string) => {
  const type = mediaType(contentType)
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type)
}

export const decide = (policy: Policy, request: RequestFacts): Decision => {
  const host = request.host === undefined ? undefined : hostName(request.host)
  const hostAllowed = host === undefined || isLoopbackName(host) || policy.hosts.includes(host)
  if (!policy.authenticated && !hostAllowed) {
    return {
      _tag: "Forbidden",
      reason: "host",
      message:
        `this server has no authentication and answers only to loopback host names (and server.hosts), not ${JSON.stringify(host)}`
    }
  }
  let allowOrigin: string | undefined
  if (request.origin !== undefined) {
    const origin = request.origin.trim().toLowerCase()
    const listed = policy.origins.includes("*") || policy.origins.some((o) => o.toLowerCase() === origin)
    const sameOrigin = request.host !== undefined && /^https?:\/\//.test(origin) &&
      origin.replace(/^https?:\/\//, "") === request.host.trim().toLowerCase()
    if (!listed && !sameOrigin) {
      return {
        _tag: "Forbidden",
        reason: "origin",
        message: `requests from ${JSON.stringify(request.origin)} are not allowed: add the origin to server.cors`
      }
    }
    allowOrigin = listed ? request.origin : undefined
  }
  if (request.method === "OPTIONS" && request.preflightMethod !== undefined && request.origin !== undefined) {
    return { _tag: "Preflight", allowOrigin: request.origin }
  }
  // the platform picks its body parser by content type, body or not (a multipart type without a body waited forever)
  if ((request.hasBody || request.contentType !== undefined) && request.method !== "GET" && request.method !== "HEAD") {
    const contentType = request.contentType ?? ""
    if (!isJson(contentType)) {
      return {
        _tag: "UnsupportedMediaType",
        contentType,
        message: `request bodies must be application/json${contentType === "" ? " (no content-type was sent)" : `, not ${mediaType(contentType)}`}`
      }
    }
  }
  return { _tag: "Pass", allowOrigin }
}

/** Headers of a CORS response for an allowed origin. */
export const corsHeaders = (origin: string): Record<string, string> => ({
  "access-control-allow-origin": origin,
  "access-control-allow-credentials": "true",
  "access-control-expose-headers": "retry-after, content-type",
  vary: "origin"
})

export const preflightHeaders = (origin: string): Record<string, string> => ({
  ...corsHeaders(origin),
  "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
  "access-control-allow-headers": "authorization, content-type, last-event-id",
  "access-control-max-age": "600"
})

export const MAX_JSON_DEPTH = 64

const hex = (text: string, at: number): number => {
  const digits = text.slice(at, at + 4)
  return /^[0-9a-fA-F]{4}$/.test(digits) ? Number.parseInt(digits, 16) : -1
}
const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff

/**
 * Why a JSON body is refused before decoding, or undefined. One pass over the
 * text (strings skipped, escapes read):
 * - nested deeper than `maxDepth`: such values parse, but overflow the stack
 *   where a schema error describes them (it was a 500 with an empty body);
 * - a lone UTF-16 surrogate escape (`"\ud800"`): not Unicode, and the
 *   UTF-8 log would store it as three U+FFFD — refused rather than altered.
 */
export const inspectJson = (text: string, maxDepth: number): string | undefined => {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 34) inString = false
      else if (c === 92) {
        if (text[i + 1] === "u") {
          const unit = hex(text, i + 2)
          if (isHigh(unit)) {
            if (text[i + 6] !== "\\" || text[i + 7] !== "u" || !isLow(hex(text, i + 8))) return "a string holds a lone UTF-16 surrogate (not Unicode)"
            i += 11
          } else if (isLow(unit)) return "a string holds a lone UTF-16 surrogate (not Unicode)"
          else i += 5
        } else i++
      }
    } else if (c === 34) inString = true
    else if (c === 91 || c === 123) {
      if (++depth > maxDepth) return `the body is nested deeper than ${maxDepth} levels`
    } else if (c === 93 || c === 125) depth--
  }
  return undefined
}
