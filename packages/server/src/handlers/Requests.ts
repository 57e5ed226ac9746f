/** Handlers of the `permission` and `question` groups: durable requests, replies, saved approvals. */
import { HttpApiBuilder } from "@effect/platform"
import {
  Api,
  ConflictError,
  InvalidRequestError,
  PermissionNotFoundError,
  QuestionNotFoundError,
  type RequestsWire,
  SessionNotFoundError
} from "@ratchet/api"
import { Agents } from "@ratchet/engine"
import { SessionQueries } from "@ratchet/store"
import { PermissionRules, Permissions, Questions } from "@ratchet/tools"
import type { JsonObject, MessageId, PermissionId, PermissionRequestInfo, QuestionId, QuestionRequestInfo, SessionId } from "@ratchet/schema"
import { Effect, Option } from "effect"
import * as Location from "../Location.js"
import * as Visible from "../access/Visible.js"
import { PROJECT_ID, ServerConfig } from "../ServerConfig.js"
import { sessionOr404 } from "./SessionLookup.js"

export const toPermission = (r: PermissionRequestInfo): RequestsWire.PermissionRequest => ({
  id: r.id as PermissionId,
  sessionID: r.sessionID,
  action: r.permission,
  resources: r.patterns,
  save: r.always,
  ...(r.metadata === undefined ? {} : { metadata: r.metadata }),
  ...(r.messageID === undefined || r.callID === undefined ? {} : { source: { type: "tool" as const, messageID: r.messageID, callID: r.callID } })
})

export const toQuestion = (r: QuestionRequestInfo): RequestsWire.QuestionRequest => ({
  id: r.id as QuestionId,
  sessionID: r.sessionID,
  questions: r.questions.map((q) => ({
    question: q.question,
    header: q.header ?? "",
    options: (q.options ?? []).map((o) => ({ label: o.label, description: o.description ?? "" })),
    ...(q.multiple === undefined ? {} : { multiple: q.multiple }),
    ...(q.custom === undefined ? {} : { custom: q.custom })
  })),
  ...(r.messageID === undefined || r.callID === undefined ? {} : { tool: { messageID: r.messageID, callID: r.callID } })
})

type ReplyFailure<N> = N | ConflictError | SessionNotFoundError | InvalidRequestError

/** Reply errors as HTTP: unknown request 404, answered already 409, a bad answer 400, a lost session 404. */
export const replyError = <N>(notFound: (id: string, message: string) => N) =>
(e: { readonly _tag: string; readonly message: string; readonly requestID?: string; readonly sessionID?: string; readonly field?: string | undefined }): Effect.Effect<never, ReplyFailure<N>> => {
  switch (e._tag) {
    case "PermissionNotFound":
    case "QuestionNotFound":
      return Effect.fail(notFound(e.requestID ?? "", e.message))
    case "SessionNotFound":
      return Effect.fail(new SessionNotFoundError({ sessionID: e.sessionID ?? "", message: e.message }))
    case "InvalidInput":
      return Effect.fail(new InvalidRequestError({ message: e.message, kind: "invalid", ...(e.field === undefined ? {} : { field: e.field }) }))
    default:
      // answered already (RequestNotPending), or a lost race on the session's stream
      return Effect.fail(new ConflictError({ message: e.message, resource: "request" }))
  }
}

const permissionNotFound = (requestID: string, message: string) => new PermissionNotFoundError({ requestID, message })
const questionNotFound = (requestID: string, message: string) => new QuestionNotFoundError({ requestID, message })

export const permissionLayer = HttpApiBuilder.group(Api, "permission", (handlers) =>
  Effect.gen(function*() {
    const permissions = yield* Permissions.Permissions
    const queries = yield* SessionQueries.SessionQueries
    const config = yield* ServerConfig
    const agents = yield* Agents.Agents
    const mustExist = sessionOr404(queries)

    return handlers
      .handle("create", ({ path, payload }) =>
        Effect.gen(function*() {
          const session = yield* mustExist(path.sessionID)
          const agentName = payload.agent ?? session.agent
          const agent = agents.find(agentName)
          if (agent === undefined) {
            return yield* new InvalidRequestError({ message: `agent: no agent named ${JSON.stringify(agentName)}`, kind: "invalid", field: "agent" })
          }
          // the rules a tool call of this session would be checked against
          const rules = PermissionRules.merge(Agents.rulesOf(agent), (yield* Permissions.PermissionConfig).rules, session.permission)
          const created = yield* permissions.request({
            sessionId: path.sessionID as SessionId,
            permission: payload.action,
            patterns: payload.resources,
            rules,
            ...(payload.id === undefined ? {} : { requestId: payload.id }),
            ...(payload.save === undefined ? {} : { always: payload.save }),
            ...(payload.metadata === undefined ? {} : { metadata: payload.metadata as JsonObject }),
            ...(payload.source === undefined ? {} : { messageId: payload.source.messageID as MessageId, callId: payload.source.callID })
          }).pipe(Effect.mapError((e): ConflictError | SessionNotFoundError | InvalidRequestError =>
            e._tag === "SessionNotFound"
              ? new SessionNotFoundError({ sessionID: path.sessionID, message: e.message })
              : e._tag === "InvalidInput"
              ? new InvalidRequestError({ message: e.message, kind: "invalid" })
              // another check under the same id, or a lost race on the session's stream
              : new ConflictError({ message: e.message, resource: "request" })
          ))
          return { data: created }
        }))
      .handle("list", ({ path }) =>
        Effect.zipRight(mustExist(path.sessionID), Effect.map(permissions.pending(path.sessionID), (rs) => ({ data: rs.map(toPermission) }))))
      .handle("get", ({ path }) =>
        Effect.gen(function*() {
          yield* mustExist(path.sessionID)
          const found = yield* permissions.get(path.sessionID, path.requestID)
          if (Option.isNone(found)) {
            return yield* Effect.fail(permissionNotFound(path.requestID, `permission request ${path.requestID} not found`))
          }
          return { data: toPermission(found.value) }
        }))
      .handle("reply", ({ path, payload }) =>
        Effect.gen(function*() {
          yield* mustExist(path.sessionID)
          yield* permissions.reply(path.sessionID as SessionId, path.requestID, payload.reply, payload.message).pipe(
            Effect.catchAll(replyError(permissionNotFound))
          )
        }))
      .handle("requests", ({ urlParams }) =>
        Effect.zipWith(Location.resolve(config, urlParams), Effect.flatMap(permissions.pending(), (rs) => Visible.inProject(rs, (r) => r.sessionID)), (l, rs) => ({ location: l.info, data: rs.map(toPermission) })))
      .handle("saved", ({ urlParams }) =>
        Effect.map(Effect.flatMap(permissions.saved, (rs) => Visible.inProject(rs, (r) => r.sessionID)), (rs) => ({
          data: urlParams.projectID !== undefined && urlParams.projectID !== PROJECT_ID
            ? []
            : rs.map((r) => ({ id: r.id, projectID: PROJECT_ID, action: r.permission, resource: r.pattern }))
        })))
      .handle("removeSaved", ({ path }) =>
        permissions.removeSaved(path.id).pipe(
          Effect.catchAll((e) =>
            e._tag === "PermissionNotFound"
              ? Effect.fail(permissionNotFound(path.id, `saved permission ${path.id} not found`))
              : Effect.die(e)
          )
        ))
  }))

export const questionLayer = HttpApiBuilder.group(Api, "question", (handlers) =>
  Effect.gen(function*() {
    const questions = yield* Questions.Questions
    const queries = yield* SessionQueries.SessionQueries
    const config = yield* ServerConfig
    const mustExist = sessionOr404(queries)

    return handlers
      .handle("list", ({ path }) =>
        Effect.zipRight(mustExist(path.sessionID), Effect.map(questions.pending(path.sessionID), (rs) => ({ data: rs.map(toQuestion) }))))
      .handle("requests", ({ urlParams }) =>
        Effect.zipWith(Location.resolve(config, urlParams), Effect.flatMap(questions.pending(), (rs) => Visible.inProject(rs, (r) => r.sessionID)), (l, rs) => ({ location: l.info, data: rs.map(toQuestion) })))
      .handle("reply", ({ path, payload }) =>
        Effect.gen(function*() {
          yield* mustExist(path.sessionID)
          yield* questions.reply(path.sessionID, path.requestID, payload.answers).pipe(Effect.catchAll(replyError(questionNotFound)))
        }))
      .handle("reject", ({ path }) =>
        Effect.gen(function*() {
          yield* mustExist(path.sessionID)
          yield* questions.reject(path.sessionID, path.requestID).pipe(Effect.catchAll(replyError(questionNotFound)))
        }))
  }))
