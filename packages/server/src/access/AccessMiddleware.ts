/**
 * The `Access` middleware of every request to the API: who the caller is
 * (401 when nobody), whether the role may use the route (403 `role`), and,
 * for a project-scoped key, that the route stays in the project: 403
 * `scope` on routes that span the server, and for a session, permission or
 * question request or saved approval of another project the very 404 an
 * unknown id gets, so a key cannot learn what exists elsewhere. Lists and
 * streams narrow themselves to the project in their handlers.
 */
import { HttpServerRequest, HttpServerResponse } from "@effect/platform"
import {
  Access,
  Authorization,
  ForbiddenError,
  PermissionNotFoundError,
  QuestionNotFoundError,
  SessionNotFoundError,
  UnauthorizedError
} from "@ratchet/api"
import { PermissionNotFound, Principal, QuestionNotFound, SessionNotFound } from "@ratchet/schema"
import { Effect, Layer, Option } from "effect"
import { namedIds, requiredRole, serverWide } from "./AccessPolicy.js"
import { ServerConfig } from "../ServerConfig.js"
import { Credentials } from "./Credentials.js"
import { ProjectScope, type ProjectScopeService } from "./ProjectScope.js"

export const UNAUTHORIZED = "missing or wrong credentials: send Authorization: Bearer <token or API key> or Basic <user:password>"

/** The schemes stay declared for the OpenAPI document; `Access` does the checking. */
export const authorizationLayer = Layer.succeed(Authorization, Authorization.of({ bearer: () => Effect.void, basic: () => Effect.void }))

type Refusal = UnauthorizedError | ForbiddenError | SessionNotFoundError | PermissionNotFoundError | QuestionNotFoundError

/** Role and reach of `principal` on `method path` (the route's pattern), before any id in it is looked at. */
export const checkRoute = (principal: Principal.PrincipalShape, method: string, path: string): Effect.Effect<void, ForbiddenError> => {
  const needed = requiredRole(method, path)
  if (!Principal.atLeast(principal.role, needed)) {
    return Effect.fail(new ForbiddenError({ reason: "role", message: `this needs the ${needed} role; the credential is ${principal.role}` }))
  }
  if (principal.project !== undefined && serverWide(method, path)) {
    return Effect.fail(new ForbiddenError({ reason: "scope", message: `a key of project ${principal.project} cannot use a route that spans every project` }))
  }
  return Effect.void
}

/**
 * For a scoped principal: every id the path names must be of its project.
 * Another project's and an unknown one get the same 404, here, before the
 * body is read: were an unknown id left to the route, a bad body would tell
 * the two apart (400 for one, 404 for the other).
 */
const checkIds = (scope: ProjectScopeService, project: string, path: string) =>
  Effect.gen(function*() {
    const outside = (p: Option.Option<string>) => Option.isNone(p) || p.value !== project
    const ids = namedIds(path)
    const sessionID = ids.sessionID
    if (sessionID !== undefined && outside(yield* scope.ofSession(sessionID))) {
      return yield* new SessionNotFoundError({ sessionID, message: new SessionNotFound({ sessionID }).message })
    }
    if (ids.request === undefined) return
    const { kind, id } = ids.request
    const owner = yield* scope.sessionOf(kind, id)
    if (Option.isSome(owner) && !outside(yield* scope.ofSession(owner.value))) return
    if (kind === "question") return yield* new QuestionNotFoundError({ requestID: id, message: new QuestionNotFound({ requestID: id }).message })
    return yield* new PermissionNotFoundError({
      requestID: id,
      message: kind === "saved" ? `saved permission ${id} not found` : new PermissionNotFound({ requestID: id }).message
    })
  })

/** A refusal as the response an API error gets (for a route that checks beyond what the middleware could see). */
export const refusal = (e: ForbiddenError) => Effect.orDie(HttpServerResponse.json({ ...e, _tag: e._tag }, { status: 403 }))

export const layer = Layer.effect(
  Access,
  Effect.gen(function*() {
    const credentials = yield* Credentials
    const scope = yield* ProjectScope
    const config = yield* ServerConfig
    return Effect.gen(function*() {
      const request = yield* HttpServerRequest.HttpServerRequest
      const path = pathOf(request.url)
      // a scraper on a private network, when the operator says so
      if (path === "/metrics" && config.metricsPublic) return PUBLIC_METRICS
      const found = yield* credentials.principal(request.headers["authorization"])
      if (Option.isNone(found)) return yield* new UnauthorizedError({ message: UNAUTHORIZED })
      const principal = found.value
      yield* checkRoute(principal, request.method, path)
      if (principal.project !== undefined) yield* checkIds(scope, principal.project, path)
      return principal
    }) satisfies Effect.Effect<Principal.PrincipalShape, Refusal, HttpServerRequest.HttpServerRequest>
  })
)

const PUBLIC_METRICS: Principal.PrincipalShape = { id: undefined, role: "viewer", project: undefined }

/**
 * The path as the router will read it: without the query, and with runs of
 * slashes collapsed (the router matches `/api//key` as `/api/key`; a check
 * that read it otherwise would let it past the role table and the project
 * checks — a probe found exactly that).
 */
export const pathOf = (url: string): string => {
  const q = url.indexOf("?")
  return (q === -1 ? url : url.slice(0, q)).replace(/\/{2,}/g, "/")
}
