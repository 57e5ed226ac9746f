/**
 * The errors the HTTP API answers with. Names and shapes follow opencode's v2
 * spec (`{ _tag, message, … }`), so a client written for it reads them as is;
 * each carries its status, and the OpenAPI document lists them per route.
 */
import { HttpApiSchema } from "@effect/platform"
import { Schema } from "effect"

/** 400: the request does not fit its schema or a domain rule. `field` names where, when it is one field. */
export class InvalidRequestError extends Schema.TaggedError<InvalidRequestError>()(
  "InvalidRequestError",
  { message: Schema.String, kind: Schema.optional(Schema.String), field: Schema.optional(Schema.String) },
  HttpApiSchema.annotations({ status: 400 })
) {}

/** 400: a cursor that this server did not issue, or of another stream. */
export class InvalidCursorError extends Schema.TaggedError<InvalidCursorError>()(
  "InvalidCursorError",
  { message: Schema.String },
  HttpApiSchema.annotations({ status: 400 })
) {}

export class UnauthorizedError extends Schema.TaggedError<UnauthorizedError>()(
  "UnauthorizedError",
  { message: Schema.String },
  HttpApiSchema.annotations({ status: 401 })
) {}

/**
 * 403: a Host name this server does not answer to without authentication
 * (DNS rebinding), an Origin that is not allowed, a credential whose role
 * does not allow the route (`role`), or a project-scoped key on a route that
 * spans every project (`scope`).
 */
export class ForbiddenError extends Schema.TaggedError<ForbiddenError>()(
  "ForbiddenError",
  { message: Schema.String, reason: Schema.Literal("host", "origin", "role", "scope") },
  HttpApiSchema.annotations({ status: 403 })
) {}

/**
 * 402: a cost budget (of the project or of the key) is used up for its
 * period; nothing was written. 402 rather than 429: waiting a moment does not
 * help, a person must raise the limit or the period must roll over
 * (docs/operations.md).
 */
export class BudgetExceededError extends Schema.TaggedError<BudgetExceededError>()(
  "BudgetExceededError",
  {
    message: Schema.String,
    scope: Schema.Literal("project", "key"),
    subject: Schema.String,
    period: Schema.Literal("day", "month"),
    limit: Schema.Number,
    spent: Schema.Number
  },
  HttpApiSchema.annotations({ status: 402 })
) {}

/** 404: no API key or budget with this id (or not one this credential may see). */
export class AccessNotFoundError extends Schema.TaggedError<AccessNotFoundError>()(
  "AccessNotFoundError",
  { id: Schema.String, message: Schema.String },
  HttpApiSchema.annotations({ status: 404 })
) {}

/** 404: no route has this method and path. */
export class RouteNotFoundError extends Schema.TaggedError<RouteNotFoundError>()(
  "RouteNotFoundError",
  { message: Schema.String, method: Schema.String, path: Schema.String },
  HttpApiSchema.annotations({ status: 404 })
) {}

export class SessionNotFoundError extends Schema.TaggedError<SessionNotFoundError>()(
  "SessionNotFoundError",
  { sessionID: Schema.String, message: Schema.String },
  HttpApiSchema.annotations({ status: 404 })
) {}

export class MessageNotFoundError extends Schema.TaggedError<MessageNotFoundError>()(
  "MessageNotFoundError",
  { sessionID: Schema.String, messageID: Schema.String, message: Schema.String },
  HttpApiSchema.annotations({ status: 404 })
) {}

/** 404 for an inbox entry (beyond upstream: the inbox routes). */
export class InputNotFoundError extends Schema.TaggedError<InputNotFoundError>()(
  "InputNotFoundError",
  { sessionID: Schema.String, inputID: Schema.String, message: Schema.String },
  HttpApiSchema.annotations({ status: 404 })
) {}

/** 409: the same message id with another prompt, a promoted input changed, a lost race. */
export class ConflictError extends Schema.TaggedError<ConflictError>()(
  "ConflictError",
  { message: Schema.String, resource: Schema.optional(Schema.String) },
  HttpApiSchema.annotations({ status: 409 })
) {}

/** 413: the body is over the server's limit; nothing was read past it. */
export class PayloadTooLargeError extends Schema.TaggedError<PayloadTooLargeError>()(
  "PayloadTooLargeError",
  { message: Schema.String, limit: Schema.Number },
  HttpApiSchema.annotations({ status: 413 })
) {}

/** 415: a request body that is not `application/json` (forms and multipart are refused before they are read). */
export class UnsupportedMediaTypeError extends Schema.TaggedError<UnsupportedMediaTypeError>()(
  "UnsupportedMediaTypeError",
  { message: Schema.String, contentType: Schema.String },
  HttpApiSchema.annotations({ status: 415 })
) {}

/** 429: admission is over its bound; the response carries `retry-after` (seconds). */
export class TooManyRequestsError extends Schema.TaggedError<TooManyRequestsError>()(
  "TooManyRequestsError",
  { message: Schema.String, retryAfter: Schema.Number },
  HttpApiSchema.annotations({ status: 429 })
) {}

/** 503: the server is shutting down (or a dependency is unavailable). */
export class ServiceUnavailableError extends Schema.TaggedError<ServiceUnavailableError>()(
  "ServiceUnavailableError",
  { message: Schema.String, service: Schema.optional(Schema.String) },
  HttpApiSchema.annotations({ status: 503 })
) {}

export class PermissionNotFoundError extends Schema.TaggedError<PermissionNotFoundError>()(
  "PermissionNotFoundError",
  { requestID: Schema.String, message: Schema.String },
  HttpApiSchema.annotations({ status: 404 })
) {}

export class QuestionNotFoundError extends Schema.TaggedError<QuestionNotFoundError>()(
  "QuestionNotFoundError",
  { requestID: Schema.String, message: Schema.String },
  HttpApiSchema.annotations({ status: 404 })
) {}

/** 404: no file or directory at this path (under the requested location). */
export class FileNotFoundError extends Schema.TaggedError<FileNotFoundError>()(
  "FileNotFoundError",
  { path: Schema.String, message: Schema.String },
  HttpApiSchema.annotations({ status: 404 })
) {}

/**
 * 403: a path or location the server does not serve: outside the requested
 * directory (`..`, absolute, a symlink pointing out) or a directory outside
 * `server.directories`.
 */
export class PathRefusedError extends Schema.TaggedError<PathRefusedError>()(
  "PathRefusedError",
  { path: Schema.String, message: Schema.String },
  HttpApiSchema.annotations({ status: 403 })
) {}

export class ProviderNotFoundError extends Schema.TaggedError<ProviderNotFoundError>()(
  "ProviderNotFoundError",
  { providerID: Schema.String, message: Schema.String },
  HttpApiSchema.annotations({ status: 404 })
) {}
