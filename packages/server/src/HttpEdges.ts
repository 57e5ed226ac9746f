/**
 * What happens at the edge of every request, before and after the routes:
 * body limits (413), the error shapes of requests that never reached a
 * handler (malformed JSON, schema failures → `InvalidRequestError` naming
 * the field), and the `retry-after` header of 429s.
 */
import {
  HttpApiBuilder,
  HttpIncomingMessage,
  HttpMiddleware,
  HttpServerRequest,
  HttpServerResponse
} from "@effect/platform"
import { Api, InvalidRequestError, PayloadTooLargeError, TooManyRequestsError } from "@ratchet/api"
import { Cause, Effect, Option, Predicate } from "effect"
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
      if (e instanceof TooManyRequestsError) {
        return HttpServerResponse.json(
          { _tag: e._tag, message: e.message, retryAfter: e.retryAfter },
          { status: 429, headers: { "retry-after": String(e.retryAfter) } }
        ).pipe(Effect.orDie)
      }
      return Effect.failCause(cause)
    }))

/** Refuses a declared body over the limit before reading it, and caps bodies without a length. */
export const bodyLimit = (config: ServerConfigShape) =>
  HttpMiddleware.make((app) =>
    Effect.gen(function*() {
      const request = yield* HttpServerRequest.HttpServerRequest
      const length = Number(request.headers["content-length"] ?? 0)
      if (length > config.bodyLimit) {
        const e = tooLarge(config.bodyLimit)
        return yield* HttpServerResponse.json({ _tag: e._tag, message: e.message, limit: e.limit }, { status: 413 }).pipe(
          Effect.orDie
        )
      }
      return yield* HttpIncomingMessage.withMaxBodySize(app, Option.some(config.bodyLimit))
    })
  )
