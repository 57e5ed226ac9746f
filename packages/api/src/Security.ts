/**
 * Authentication: a bearer token or HTTP basic password, checked for every
 * route when the server has one configured. Declared here so the OpenAPI
 * document lists both schemes; the check itself lives in the server.
 */
import { HttpApiMiddleware, HttpApiSecurity } from "@effect/platform"
import { UnauthorizedError } from "./HttpErrors.js"

export class Authorization extends HttpApiMiddleware.Tag<Authorization>()("@ratchet/api/Authorization", {
  failure: UnauthorizedError,
  security: { bearer: HttpApiSecurity.bearer, basic: HttpApiSecurity.basic }
}) {}
