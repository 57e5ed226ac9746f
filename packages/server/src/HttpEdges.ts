/**
 * What happens at the edge of every request, before and after the routes:
 * Host, Origin and media-type checks with CORS (`RequestGuard`: 403, 415),
 * body limits (413), the error shapes of requests that never reached a
 * handler (malformed JSON, schema failures → `InvalidRequestError` naming
 * the field), and the `retry-after` header of 429s.
 */
import {
  HttpApiBuilder,
  HttpApp,
  HttpIncomingMessage,
  HttpServerError,
  HttpMiddleware,
  HttpServerRequest,
  HttpServerResponse
} from "@effect/platform"
import {
  Api,
  ForbiddenError,
  InvalidRequestError,
  PayloadTooLargeError,
  RouteNotFoundError,
  TooManyRequestsError,
  UnsupportedMediaTypeError
} from "@ratchet/api"
import { NodeHttpServerRequest } from "@effect/platform-node"
import { Cause, Effect, Option, Predicate } from "effect"
import * as RequestGuard from "./RequestGuard.js"
import type { ServerConfigShape } from "./ServerConfig.js"

interface DecodeIssue {
  readonly path: ReadonlyArray<PropertyKey>
  readonly message: string
}

const isDecodeError = (e: unknown): e is { readonly issues: ReadonlyArray<DecodeIssue>; readonly message: string } =>
  Predicate.isTagged(e, "HttpApiDecodeError")

const isRequestError = (e: unknown): e is { readonly reason: string; readonly cause?: unknown; readonly description?: string } =>
  Predicate.isTagged(e, "RequestError")

const tooLarge = (limit: number) =>
  new PayloadTooLargeError({ message: `request body is larger than ${limit} bytes`, limit })

/** True when a body read failed because it went past `maxBytes`. */
const isOverLimit = (e: { readonly cause?: unknown; readonly description?: string }) =>
  /too large|max.*bytes|exceed/i.test(`${e.description ?? ""} ${String((e.cause as { message?: unknown })?.message ?? e.cause ?? "")}`)

/** Schema failures and unreadable bodies as upstream's `InvalidRequestError`; 429s carry `retry-after`. */
export const errorShapes = (config: ServerConfigShape) =>
  HttpApiBuilder.middleware(Api, (app) =>
    Effect.catchAllCause(app, (cause): Effect.Effect<
      HttpServerResponse.HttpServerResponse,
      InvalidRequestError | PayloadTooLargeError
    > => {
      // the body is read with `orDie` by HttpApiBuilder: an unreadable body arrives as a defect
      const failure = Option.orElse(Cause.failureOption(cause as Cause.Cause<unknown>), () => Cause.dieOption(cause))
      if (Option.isNone(failure)) return Effect.failCause(cause)
      const e = failure.value
      if (isDecodeError(e)) {
        const issue = e.issues[0]
        const field = issue === undefined || issue.path.length === 0 ? undefined : issue.path.map(String).join(".")
        return Effect.fail(
          new InvalidRequestError({
            message: issue === undefined ? e.message : `${field === undefined ? "" : `${field}: `}${issue.message}`,
            kind: "schema",
            ...(field === undefined ? {} : { field })
          })
        )
      }
      if (isRequestError(e)) {
        return isOverLimit(e)
          ? Effect.fail(tooLarge(config.bodyLimit))
          : Effect.fail(new InvalidRequestError({ message: "request body is not valid JSON", kind: "malformed", field: "body" }))
      }
      if (e instanceof HttpServerError.RouteNotFound) {
        const path = e.request.url.split("?")[0] ?? e.request.url
        const notFound = new RouteNotFoundError({ message: `no route ${e.request.method} ${path}`, method: e.request.method, path })
        return HttpServerResponse.json(
          { _tag: notFound._tag, message: notFound.message, method: notFound.method, path: notFound.path },
          { status: 404 }
        ).pipe(Effect.orDie)
      }
      if (e instanceof TooManyRequestsError) {
        return HttpServerResponse.json(
          { _tag: e._tag, message: e.message, retryAfter: e.retryAfter },
          { status: 429, headers: { "retry-after": String(e.retryAfter) } }
        ).pipe(Effect.orDie)
      }
      return Effect.failCause(cause)
    }))

/** Bodies up to this size are read and discarded (not kept) before a refusal; past it the connection is closed instead. */
const DRAIN_LIMIT = 16 * 1024 * 1024

/** A chunked body must be buffered to be measured: up to this many times the limit, then it is cut. */
const CHUNKED_READ_FACTOR = 4

/**
 * Reads and discards what is left of the request body (at most `max` bytes).
 * Answering while the client is still sending made it see a reset (or a
 * broken pipe with `connection: close`) instead of the refusal.
 */
const drain = (request: HttpServerRequest.HttpServerRequest, max: number) =>
  Effect.async<void>((resume) => {
    const incoming = NodeHttpServerRequest.toIncomingMessage(request)
    if (incoming.complete || incoming.readableEnded) return resume(Effect.void)
    let seen = 0
    const cleanup = () => {
      incoming.off("data", onData).off("end", done).off("error", done).off("close", done)
    }
    const done = () => {
      cleanup()
      resume(Effect.void)
    }
    const onData = (chunk: Buffer) => {
      seen += chunk.length
      if (seen > max) done()
    }
    incoming.on("data", onData).on("end", done).on("error", done).on("close", done)
    incoming.resume()
    return Effect.sync(cleanup)
  })

const refuseTooLarge = (config: ServerConfigShape, close: boolean) => {
  const e = tooLarge(config.bodyLimit)
  return HttpServerResponse.json({ _tag: e._tag, message: e.message, limit: e.limit }, {
    status: 413,
    ...(close ? { headers: { connection: "close" } } : {})
  }).pipe(Effect.orDie)
}

/**
 * The body limit, outermost: a declared length over it is refused before the
 * body is read (drained first when it is not huge, so the client reads the
 * 413); a chunked body is read here, up to four times the limit (buffered:
 * it runs before authentication), and refused when over it. Everything inside sees bodies within the limit.
 */
export const bodyLimit = (config: ServerConfigShape) =>
  HttpMiddleware.make((app) =>
    Effect.gen(function*() {
      const request = yield* HttpServerRequest.HttpServerRequest
      const declared = request.headers["content-length"]
      const length = Number(declared ?? 0)
      if (length > config.bodyLimit) {
        if (length <= DRAIN_LIMIT) yield* drain(request, DRAIN_LIMIT)
        return yield* refuseTooLarge(config, length > DRAIN_LIMIT)
      }
      if (declared === undefined && request.headers["transfer-encoding"] !== undefined) {
        // the text is cached: the route reads the same body. Read past the limit so a modest overrun gets a
        // readable 413, but buffer at most a few times the limit (this runs before authentication)
        const text = yield* Effect.either(HttpIncomingMessage.withMaxBodySize(request.text, Option.some(CHUNKED_READ_FACTOR * config.bodyLimit)))
        if (text._tag === "Left") return yield* refuseTooLarge(config, true)
        if (Buffer.byteLength(text.right, "utf8") > config.bodyLimit) return yield* refuseTooLarge(config, false)
      }
      return yield* HttpIncomingMessage.withMaxBodySize(app, Option.some(config.bodyLimit))
    })
  )

const header = (request: HttpServerRequest.HttpServerRequest, name: string): string | undefined => {
  const value = request.headers[name]
  return value === undefined || value === "" ? undefined : value
}

/** `RequestGuard` applied: refusals answered before any route (and before authentication), CORS headers added. */
export const guard = (config: ServerConfigShape) => {
  const policy: RequestGuard.Policy = {
    authenticated: config.auth !== undefined,
    hosts: config.hosts.map((h) => h.toLowerCase()),
    origins: config.cors
  }
  return HttpMiddleware.make((app) =>
    Effect.gen(function*() {
      const request = yield* HttpServerRequest.HttpServerRequest
      const length = header(request, "content-length")
      const hasBody = (length !== undefined && length !== "0") || header(request, "transfer-encoding") !== undefined
      const decision = RequestGuard.decide(policy, {
        method: request.method,
        host: header(request, "host"),
        origin: header(request, "origin"),
        contentType: header(request, "content-type"),
        hasBody,
        preflightMethod: header(request, "access-control-request-method")
      })
      if (decision._tag === "Forbidden" || decision._tag === "UnsupportedMediaType") yield* drain(request, config.bodyLimit)
      switch (decision._tag) {
        case "Forbidden": {
          const e = new ForbiddenError({ message: decision.message, reason: decision.reason })
          return yield* HttpServerResponse.json({ _tag: e._tag, message: e.message, reason: e.reason }, { status: 403 }).pipe(
            Effect.orDie
          )
        }
        case "UnsupportedMediaType": {
          const e = new UnsupportedMediaTypeError({ message: decision.message, contentType: decision.contentType })
          return yield* HttpServerResponse.json({ _tag: e._tag, message: e.message, contentType: e.contentType }, { status: 415 }).pipe(
            Effect.orDie
          )
        }
        case "Preflight":
          return HttpServerResponse.empty({ status: 204, headers: RequestGuard.preflightHeaders(decision.allowOrigin) })
        case "Pass": {
          // the app writes its response before this middleware sees it: headers go on before that
          if (decision.allowOrigin !== undefined) {
            const headers = RequestGuard.corsHeaders(decision.allowOrigin)
            yield* HttpApp.appendPreResponseHandler((_, response) => Effect.succeed(HttpServerResponse.setHeaders(response, headers)))
          }
          if (hasBody) {
            // refused before decoding: see RequestGuard.inspectJson
            const text = yield* Effect.either(request.text)
            const refused = text._tag === "Right" ? RequestGuard.inspectJson(text.right, RequestGuard.MAX_JSON_DEPTH) : undefined
            if (refused !== undefined) {
              const e = new InvalidRequestError({ message: refused, kind: "malformed", field: "body" })
              return yield* HttpServerResponse.json({ _tag: e._tag, message: e.message, kind: e.kind, field: e.field }, { status: 400 }).pipe(
                Effect.orDie
              )
            }
          }
          return yield* app
        }
      }
    })
  )
}
