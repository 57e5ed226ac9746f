/**
 * Authentication and access. `Authorization` declares the schemes (a bearer
 * token or API key, or HTTP basic with the password or a key as password) so
 * the OpenAPI document lists them; `Access` does the work for every route:
 * it finds who the credential is (`Principal`), checks the route's role, and
 * refuses a project-scoped key a session, request or stream of another
 * project with the same 404 an unknown id gets (docs/operations.md).
 */
import { HttpApiMiddleware, HttpApiSecurity } from "@effect/platform"
import { Principal } from "@ratchet/schema"
import { Schema } from "effect"
import {
  ForbiddenError,
  PermissionNotFoundError,
  QuestionNotFoundError,
  SessionNotFoundError,
  UnauthorizedError
} from "./HttpErrors.js"

export class Authorization extends HttpApiMiddleware.Tag<Authorization>()("@ratchet/api/Authorization", {
  failure: UnauthorizedError,
  security: { bearer: HttpApiSecurity.bearer, basic: HttpApiSecurity.basic }
}) {}

export class Access extends HttpApiMiddleware.Tag<Access>()("@ratchet/api/Access", {
  failure: Schema.Union(UnauthorizedError, ForbiddenError, SessionNotFoundError, PermissionNotFoundError, QuestionNotFoundError),
  provides: Principal.Principal
}) {}
