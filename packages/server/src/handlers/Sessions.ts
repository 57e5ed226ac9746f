/** Handlers of the `session` group: lifecycle, prompt admission, interrupt, wait, inbox. */
import { HttpApiBuilder } from "@effect/platform"
import {
  Api,
  ConflictError,
  InputNotFoundError,
  InvalidRequestError,
  ServiceUnavailableError,
  TooManyRequestsError,
  type Wire
} from "@ratchet/api"
import { Sandbox } from "@ratchet/tools"
import * as PromptFiles from "../PromptFiles.js"
import * as ProviderSetup from "../ProviderSetup.js"
import { Attachments, SessionQueries } from "@ratchet/store"
import { SessionCommands, SessionExecution, SessionFork, SessionInbox, SessionRevert } from "@ratchet/engine"
import type { SessionId, SessionInfo, SessionInput } from "@ratchet/schema"
import { Deferred, Effect, Either, Option } from "effect"
import { toHttp } from "../DomainErrors.js"
import { Budgets } from "../access/Budgets.js"
import * as Visible from "../access/Visible.js"
import * as Admission from "./Admission.js"
import { sessionOr404 } from "./SessionLookup.js"
import { Lifecycle } from "../Lifecycle.js"
import * as PageCursor from "../PageCursor.js"
import { PROJECT_ID, ServerConfig } from "../ServerConfig.js"
import * as SessionDirectories from "../SessionDirectories.js"

export const toSession = (s: SessionInfo): Wire.Session => ({ ...s, projectID: PROJECT_ID })

const admitted = (input: SessionInput, created: boolean): typeof Wire.SessionInputAdmitted.Type => ({
  admittedSeq: input.admittedSeq,
  id: input.id,
  sessionID: input.sessionID,
  prompt: input.prompt,
  delivery: input.delivery,
  timeCreated: input.time.admitted,
  ...(input.promotedSeq === undefined ? {} : { promotedSeq: input.promotedSeq }),
  state: input.state,
  created
})

export const layer = HttpApiBuilder.group(Api, "session", (handlers) =>
  Effect.gen(function*() {
    const config = yield* ServerConfig
    const lifecycle = yield* Lifecycle
    const commands = yield* SessionCommands.SessionCommands
    const fork = yield* SessionFork.SessionFork
    const attachments = yield* Attachments.Attachments
    const revert = yield* SessionRevert.SessionRevert
    const revertHttp = (e: SessionRevert.RevertError) =>
      e._tag === "SessionBusy" ? new ConflictError({ message: e.message, resource: "session" }) : toHttp(e)
    const queries = yield* SessionQueries.SessionQueries
    const execution = yield* SessionExecution.SessionExecution
    const inbox = yield* SessionInbox.SessionInbox
    const catalog = yield* ProviderSetup.ProviderCatalog

    const unavailable = () => new ServiceUnavailableError({ message: "the server is shutting down", service: "server" })
    const refuseWhileDraining = Effect.suspend(() => lifecycle.isDraining() ? Effect.fail(unavailable()) : Effect.void)

    const mustExist = sessionOr404(queries)

    const withAdmission = Admission.make(lifecycle, inbox, config, yield* Budgets)

    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.gen(function*() {
          const scoped = yield* Visible.projectFilter
          const from = urlParams.cursor === undefined ? undefined : yield* PageCursor.decode("l1", urlParams.cursor)
          const result = yield* PageCursor.page(
            "l1",
            from,
            from?.order ?? urlParams.order ?? "desc",
            urlParams.limit ?? 50,
            (s: SessionInfo) => s.id,
            (order, after, limit) =>
              Effect.map(
                queries.list({
                  order,
                  limit,
                  ...(after === undefined ? {} : { after }),
                  ...(urlParams.search === undefined ? {} : { search: urlParams.search }),
                  ...(urlParams.directory === undefined ? {} : { directory: urlParams.directory }),
                  ...scoped
                }),
                (p) => p.sessions
              )
          )
          return { data: result.items.map(toSession), cursor: result.cursor }
        }))
      .handle("create", ({ payload }) =>
        Effect.gen(function*() {
          yield* refuseWhileDraining
          const location = payload.location ?? { directory: config.directory }
          // a model that cannot run is refused now, not at the first prompt
          if (payload.model !== undefined) {
            const unknown = ProviderSetup.unknownModel(catalog, payload.model)
            if (unknown !== undefined) return yield* new InvalidRequestError({ message: `model: ${unknown.message}`, kind: "unknown", field: unknown.field })
          }
          if (payload.sandbox !== undefined && payload.sandbox !== "off") {
            const why = Sandbox.unavailable()
            if (why !== undefined) return yield* new InvalidRequestError({ message: `sandbox: ${why}`, kind: "schema", field: "sandbox" })
          }
          yield* Either.mapLeft(
            SessionDirectories.check(config, location.directory),
            (reason) => new InvalidRequestError({ message: `location.directory: ${reason}`, kind: "schema", field: "location.directory" })
          )
          const session = yield* commands.create({
            location,
            ...(payload.id === undefined ? {} : { id: payload.id }),
            ...(payload.title === undefined ? {} : { title: payload.title }),
            ...(payload.agent === undefined ? {} : { agent: payload.agent }),
            ...(payload.parentID === undefined ? {} : { parentID: payload.parentID }),
            ...(payload.model === undefined ? {} : { model: payload.model }),
            ...(payload.permission === undefined ? {} : { permission: payload.permission }),
            ...(payload.sandbox === undefined ? {} : { sandbox: payload.sandbox }),
            ...(config.defaultModel === undefined ? {} : { defaultModel: config.defaultModel })
          }).pipe(
            Effect.mapError((e) => {
              switch (e._tag) {
                case "SequenceConflict":
                  return new ConflictError({ message: `session ${e.sessionID} already exists`, resource: "session" })
                case "SessionNotFound":
                  return new InvalidRequestError({ message: `parent ${e.message}`, kind: "not_found", field: "parentID" })
                case "InvalidInput":
                  return toHttp(e)
              }
            })
          )
          return { data: toSession(session) }
        }))
      .handle("active", () =>
        Effect.gen(function*() {
          const ids = yield* Visible.inProject(yield* execution.active, (id) => id)
          const queued = yield* execution.queued
          return { data: Object.fromEntries(ids.map((id) => [id, { type: queued.has(id) ? "queued" as const : "running" as const }])) }
        }))
      .handle("get", ({ path }) => Effect.map(mustExist(path.sessionID), (s) => ({ data: toSession(s) })))
      .handle("update", ({ path, payload }) =>
        Effect.map(
          commands.update(path.sessionID, {
            ...(payload.title === undefined ? {} : { title: payload.title }),
            ...(payload.archived === undefined ? {} : { archived: payload.archived })
          }).pipe(Effect.mapError(toHttp)),
          (s) => ({ data: toSession(s) })
        ))
      .handle("remove", ({ path }) => commands.remove(path.sessionID).pipe(Effect.mapError(toHttp)))
      .handle("prompt", ({ path, payload }) =>
        Effect.gen(function*() {
          yield* refuseWhileDraining
          // attachments are read, checked and stored before anything is admitted
          const prompt = payload.prompt.files === undefined || payload.prompt.files.length === 0 ? payload.prompt : yield* Effect.gen(function*() {
            const session = yield* mustExist(path.sessionID)
            const model = session.model ?? config.defaultModel
            return yield* PromptFiles.admit({ prompt: payload.prompt, directory: session.location.directory, model, providers: catalog, attachments })
          })
          const input = {
            prompt,
            delivery: payload.delivery ?? "queue",
            ...(payload.id === undefined ? {} : { id: payload.id })
          }
          const admission = yield* withAdmission(
            path.sessionID,
            (payload.resume === false ? inbox.admit(path.sessionID, { ...input, resume: false }) : execution.prompt(path.sessionID, input))
              .pipe(Effect.mapError(toHttp))
          )
          return { data: admitted(admission.input, admission.created) }
        }))
      .handle("fork", ({ path, payload }) =>
        Effect.gen(function*() {
          yield* refuseWhileDraining
          const forked = yield* fork.fork(path.sessionID, {
            ...(payload.messageID === undefined ? {} : { messageID: payload.messageID }),
            ...(payload.title === undefined ? {} : { title: payload.title })
          }).pipe(Effect.mapError((e) =>
            e._tag === "SessionBusy" ? new ConflictError({ message: e.message, resource: "session" }) : toHttp(e)))
          return { data: toSession(forked) }
        }))
      .handle("revertStage", ({ path, payload }) =>
        Effect.map(
          revert.stage(path.sessionID, payload.messageID, payload.files === undefined ? {} : { files: payload.files }).pipe(Effect.mapError(revertHttp)),
          (data) => ({ data })
        ))
      .handle("revertClear", ({ path }) => revert.clear(path.sessionID).pipe(Effect.mapError(revertHttp)))
      .handle("revertCommit", ({ path }) => revert.commit(path.sessionID).pipe(Effect.mapError(revertHttp)))
      .handle("diff", ({ path, urlParams }) =>
        Effect.map(revert.diff(path.sessionID, urlParams.messageID).pipe(Effect.mapError(toHttp)), (data) => ({ data })))
      .handle("compact", ({ path }) =>
        Effect.gen(function*() {
          yield* refuseWhileDraining
          yield* mustExist(path.sessionID)
          yield* withAdmission(
            path.sessionID,
            execution.prompt(path.sessionID, { prompt: { text: "" }, delivery: "queue", kind: "compact" }).pipe(Effect.mapError(toHttp))
          )
        }))
      .handle("switchAgent", ({ path, payload }) =>
        commands.switchAgent(path.sessionID, payload.agent).pipe(Effect.mapError(toHttp)))
      .handle("switchModel", ({ path, payload }) =>
        Effect.gen(function*() {
          const unknown = ProviderSetup.unknownModel(catalog, payload.model)
          if (unknown !== undefined) return yield* new InvalidRequestError({ message: `model: ${unknown.message}`, kind: "unknown", field: unknown.field })
          yield* commands.switchModel(path.sessionID, payload.model).pipe(Effect.mapError(toHttp))
        }))
      .handle("interrupt", ({ path }) => Effect.zipRight(mustExist(path.sessionID), Effect.asVoid(execution.interrupt(path.sessionID))))
      .handle("wait", ({ path }) =>
        Effect.gen(function*() {
          yield* mustExist(path.sessionID)
          yield* refuseWhileDraining
          // a drain interrupts the wait with 503 rather than holding the connection open
          yield* Effect.raceFirst(
            execution.awaitIdle(path.sessionID),
            Effect.zipRight(Deferred.await(lifecycle.draining), Effect.fail(unavailable()))
          )
        }))
      .handle("inbox", ({ path }) => Effect.zipRight(mustExist(path.sessionID), Effect.map(inbox.list(path.sessionID), (data) => ({ data }))))
      .handle("inboxGet", ({ path }) =>
        Effect.gen(function*() {
          yield* mustExist(path.sessionID)
          const found = yield* inbox.get(path.sessionID, path.inputID)
          if (Option.isNone(found)) {
            return yield* new InputNotFoundError({
              sessionID: path.sessionID,
              inputID: path.inputID,
              message: `input ${path.inputID} not found in session ${path.sessionID}`
            })
          }
          return { data: found.value }
        }))
      .handle("inboxUpdate", ({ path, payload }) =>
        Effect.zipRight(
          mustExist(path.sessionID),
          Effect.map(inbox.setDelivery(path.sessionID, path.inputID, payload.delivery).pipe(Effect.mapError(toHttp)), (data) => ({ data }))
        ))
      .handle("inboxCancel", ({ path }) =>
        Effect.zipRight(
          mustExist(path.sessionID),
          Effect.map(inbox.cancel(path.sessionID, path.inputID).pipe(Effect.mapError(toHttp)), (data) => ({ data }))
        ))
  }))
