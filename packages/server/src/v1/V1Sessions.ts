/** Handlers of the v1 `session` routes: the same commands, inbox and projections as v2, in v1's shapes. */
import { HttpApiBuilder } from "@effect/platform"
import { Api, ConflictError, InvalidRequestError, MessageNotFoundError, PermissionNotFoundError, ServiceUnavailableError, SessionNotFoundError, type V1Wire } from "@ratchet/api"
import { SessionCommands, SessionExecution, SessionFork, SessionInbox, SessionRevert } from "@ratchet/engine"
import type { MessageId, Prompt, SessionId } from "@ratchet/schema"
import { Attachments, SessionQueries } from "@ratchet/store"
import { Permissions } from "@ratchet/tools"
import { Deferred, Effect, Either } from "effect"
import { toHttp } from "../DomainErrors.js"
import { Budgets } from "../access/Budgets.js"
import * as Visible from "../access/Visible.js"
import * as Admission from "../handlers/Admission.js"
import { replyError } from "../handlers/Requests.js"
import { sessionOr404 } from "../handlers/SessionLookup.js"
import { Lifecycle } from "../Lifecycle.js"
import * as ProjectDefinitions from "../ProjectDefinitions.js"
import * as PromptFiles from "../PromptFiles.js"
import * as ProviderSetup from "../ProviderSetup.js"
import { ServerConfig } from "../ServerConfig.js"
import * as SessionDirectories from "../SessionDirectories.js"
import * as V1Shapes from "./V1Shapes.js"

type V1Prompt = typeof V1Wire.V1Prompt.Type

/**
 * A command's template with its arguments: `$ARGUMENTS` is all of them,
 * `$1`, `$2`… each word (the last numbered one takes the rest), as
 * opencode expands them. Shell (`!`) and file (`@`) references in a
 * template are left as written (docs/compat.md).
 */
export const expand = (template: string, args: string): string => {
  const words = args.trim() === "" ? [] : args.trim().split(/\s+/)
  const numbers = [...template.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]))
  const last = numbers.length === 0 ? 0 : Math.max(...numbers)
  const withNumbers = template.replace(/\$(\d+)/g, (_, n: string) => {
    const i = Number(n) - 1
    return i === last - 1 ? words.slice(i).join(" ") : words[i] ?? ""
  })
  return withNumbers.includes("$ARGUMENTS") ? withNumbers.replaceAll("$ARGUMENTS", args) : numbers.length === 0 && args.trim() !== "" ? `${withNumbers}\n\n${args}` : withNumbers
}

/** A v1 prompt's parts as one Ratchet prompt: texts joined, files and agents attached. */
const promptOf = (payload: V1Prompt): Prompt => {
  const text = payload.parts.flatMap((p) => (p.type === "text" && p.ignored !== true ? [p.text] : p.type === "subtask" ? [p.prompt] : [])).join("\n\n")
  const files = payload.parts.flatMap((p) => (p.type === "file" ? [{ uri: p.url, mime: p.mime, ...(p.filename === undefined ? {} : { name: p.filename }) }] : []))
  const agents = payload.parts.flatMap((p) => (p.type === "agent" ? [{ name: p.name }] : []))
  return { text, ...(files.length === 0 ? {} : { files }), ...(agents.length === 0 ? {} : { agents }) }
}

export const layer = HttpApiBuilder.group(Api, "v1session", (handlers) =>
  Effect.gen(function*() {
    const config = yield* ServerConfig
    const lifecycle = yield* Lifecycle
    const commands = yield* SessionCommands.SessionCommands
    const queries = yield* SessionQueries.SessionQueries
    const execution = yield* SessionExecution.SessionExecution
    const inbox = yield* SessionInbox.SessionInbox
    const fork = yield* SessionFork.SessionFork
    const revert = yield* SessionRevert.SessionRevert
    const permissions = yield* Permissions.Permissions
    const attachments = yield* Attachments.Attachments
    const catalog = yield* ProviderSetup.ProviderCatalog
    const withAdmission = Admission.make(lifecycle, inbox, config, yield* Budgets)
    const unavailable = () => new ServiceUnavailableError({ message: "the server is shutting down", service: "server" })
    const mustExist = sessionOr404(queries)
    const shape = (s: Parameters<typeof V1Shapes.session>[0]) => V1Shapes.session(s, config.version)
    /** Fork and revert failures: a busy or raced session 409, a lost one 404, a bad message id 400. */
    const busy = (e: { readonly _tag: string; readonly message: string; readonly sessionID?: string }) =>
      e._tag === "SessionNotFound"
        ? new SessionNotFoundError({ sessionID: e.sessionID ?? "", message: e.message })
        : e._tag === "InvalidInput"
        ? new InvalidRequestError({ message: e.message, kind: "invalid" })
        : new ConflictError({ message: e.message, resource: "session" })

    /** Admits a v1 prompt (model and agent switches first, as upstream applies them to the session). */
    const admit = (sessionID: SessionId, payload: V1Prompt) =>
      Effect.gen(function*() {
        if (lifecycle.isDraining()) return yield* unavailable()
        const session = yield* mustExist(sessionID)
        if (payload.model !== undefined) {
          const model = { providerID: payload.model.providerID, id: payload.model.modelID }
          const unknown = ProviderSetup.unknownModel(catalog, model)
          if (unknown !== undefined) return yield* new InvalidRequestError({ message: `model: ${unknown.message}`, kind: "unknown", field: unknown.field })
          if (session.model?.id !== model.id || session.model.providerID !== model.providerID) {
            yield* commands.switchModel(sessionID, model).pipe(Effect.mapError(toHttp))
          }
        }
        if (payload.agent !== undefined && payload.agent !== session.agent) yield* commands.switchAgent(sessionID, payload.agent).pipe(Effect.mapError(toHttp))
        const raw = promptOf(payload)
        const prompt = raw.files === undefined ? raw : yield* PromptFiles.admit({
          prompt: raw,
          directory: session.location.directory,
          model: (payload.model === undefined ? undefined : { providerID: payload.model.providerID, id: payload.model.modelID }) ?? session.model ?? config.defaultModel,
          providers: catalog,
          attachments
        })
        return yield* withAdmission(
          sessionID,
          execution.prompt(sessionID, { prompt, delivery: "queue", ...(payload.messageID === undefined ? {} : { id: payload.messageID as MessageId }) }).pipe(Effect.mapError(toHttp))
        )
      })

    /** Admits the prompt, waits for the session to be idle, and answers with the reply (upstream's `{ info, parts }`). */
    const reply = (sessionID: SessionId, payload: V1Prompt) =>
      Effect.gen(function*() {
        const admitted = yield* admit(sessionID, payload)
        // a drain ends the wait with 503 rather than holding the connection open
        yield* Effect.raceFirst(
          execution.awaitIdle(sessionID),
          Effect.zipRight(Deferred.await(lifecycle.draining), Effect.fail(unavailable()))
        )
        const session = yield* mustExist(sessionID)
        const list = yield* queries.messages(sessionID, { final: true })
        const from = list.findIndex((m) => m.id === admitted.input.id)
        let index = -1
        for (let i = list.length - 1; i > from && index === -1; i--) if (list[i]!.type === "assistant") index = i
        // a client that follows /event in parallel is sent its frames before this answer (`opencode run` exits on it)
        yield* Effect.sleep("150 millis")
        return index === -1
          ? { info: { id: admitted.input.id, sessionID, role: "assistant" }, parts: [] }
          : V1Shapes.message(list[index]!, V1Shapes.parentOf(list, index), session.location.directory, session.model ?? config.defaultModel)
      })

    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.map(
          Effect.flatMap(Visible.projectFilter, (scoped) => queries.list({
            order: "desc",
            limit: Math.min(Math.max(1, urlParams.limit ?? 1000), 1000),
            ...(urlParams.search === undefined ? {} : { search: urlParams.search }),
            ...(urlParams.directory === undefined ? {} : { directory: urlParams.directory }),
            ...scoped
          })),
          (page) => page.sessions.filter((s) => urlParams.roots !== "true" || s.parentID === undefined).map(shape)
        ))
      .handle("create", ({ payload, urlParams }) =>
        Effect.gen(function*() {
          const directory = urlParams.directory ?? config.directory
          yield* Either.mapLeft(
            SessionDirectories.check(config, directory),
            (reason) => new InvalidRequestError({ message: `directory: ${reason}`, kind: "schema", field: "directory" })
          )
          const model = payload.model === undefined ? undefined : { providerID: payload.model.providerID, id: payload.model.id }
          if (model !== undefined) {
            const unknown = ProviderSetup.unknownModel(catalog, model)
            if (unknown !== undefined) return yield* new InvalidRequestError({ message: `model: ${unknown.message}`, kind: "unknown", field: unknown.field })
          }
          const session = yield* commands.create({
            location: { directory },
            ...(payload.title === undefined ? {} : { title: payload.title }),
            ...(payload.agent === undefined ? {} : { agent: payload.agent }),
            ...(payload.parentID === undefined ? {} : { parentID: payload.parentID as SessionId }),
            ...(model === undefined ? {} : { model }),
            ...(payload.permission === undefined ? {} : { permission: payload.permission }),
            ...(config.defaultModel === undefined ? {} : { defaultModel: config.defaultModel })
          }).pipe(Effect.mapError((e) =>
            e._tag === "SessionNotFound"
              ? new InvalidRequestError({ message: `parent ${e.message}`, kind: "not_found", field: "parentID" })
              : e._tag === "InvalidInput" ? toHttp(e) : new ConflictError({ message: e.message, resource: "session" })))
          return shape(session)
        }))
      .handle("status", () =>
        Effect.map(Effect.flatMap(execution.active, (ids) => Visible.inProject(ids, (id) => id)), (ids) => Object.fromEntries(ids.map((id) => [id, { type: "busy" }]))))
      .handle("get", ({ path }) => Effect.map(mustExist(path.sessionID as SessionId), shape))
      .handle("remove", ({ path }) => Effect.as(commands.remove(path.sessionID as SessionId).pipe(Effect.mapError(toHttp)), true))
      .handle("update", ({ path, payload }) =>
        Effect.map(
          commands.update(path.sessionID as SessionId, {
            ...(payload.title === undefined ? {} : { title: payload.title }),
            ...(payload.time?.archived === undefined ? {} : { archived: payload.time.archived })
          }).pipe(Effect.mapError(toHttp)),
          shape
        ))
      .handle("children", ({ path }) =>
        Effect.gen(function*() {
          yield* mustExist(path.sessionID as SessionId)
          const all = yield* queries.list({ order: "asc", limit: 1000 })
          return all.sessions.filter((s) => s.parentID === path.sessionID).map(shape)
        }))
      .handle("todo", ({ path }) =>
        Effect.zipRight(mustExist(path.sessionID as SessionId), Effect.map(queries.todos(path.sessionID as SessionId), (ts) => ts.map(V1Shapes.todo))))
      .handle("diff", ({ path }) =>
        Effect.map(revert.diff(path.sessionID as SessionId, undefined).pipe(Effect.mapError(toHttp)), (d) =>
          d.map((f) => ({ ...f }))))
      .handle("messages", ({ path }) =>
        Effect.gen(function*() {
          const session = yield* mustExist(path.sessionID as SessionId)
          const list = yield* queries.messages(session.id, { final: true })
          return V1Shapes.messages(list, session.location.directory, session.model ?? config.defaultModel)
        }))
      .handle("message", ({ path }) =>
        Effect.gen(function*() {
          const session = yield* mustExist(path.sessionID as SessionId)
          const list = yield* queries.messages(session.id, { final: true })
          const index = list.findIndex((m) => m.id === path.messageID)
          if (index === -1) {
            return yield* new MessageNotFoundError({ sessionID: session.id, messageID: path.messageID, message: `message ${path.messageID} not found` })
          }
          return V1Shapes.message(list[index]!, V1Shapes.parentOf(list, index), session.location.directory, session.model ?? config.defaultModel)
        }))
      .handle("prompt", ({ path, payload }) => reply(path.sessionID as SessionId, payload))
      .handle("command", ({ path, payload }) =>
        Effect.gen(function*() {
          const session = yield* mustExist(path.sessionID as SessionId)
          const def = ProjectDefinitions.commands(session.location.directory, config.commands).find((c) => c.name === payload.command)
          if (def === undefined) return yield* new InvalidRequestError({ message: `no command ${JSON.stringify(payload.command)} (GET /command lists them)`, kind: "unknown", field: "command" })
          const model = payload.model ?? (def.model === undefined ? undefined : `${def.model.providerID}/${def.model.id}`)
          const slash = model?.indexOf("/") ?? -1
          const agent = payload.agent ?? def.agent
          return yield* reply(session.id, {
            parts: [{ type: "text", text: expand(def.template, payload.arguments) }, ...(payload.parts ?? [])],
            ...(payload.messageID === undefined ? {} : { messageID: payload.messageID }),
            ...(agent === undefined ? {} : { agent }),
            ...(model === undefined || slash <= 0 ? {} : { model: { providerID: model.slice(0, slash), modelID: model.slice(slash + 1) } })
          })
        }))
      .handle("promptAsync", ({ path, payload }) => Effect.asVoid(admit(path.sessionID as SessionId, payload)))
      .handle("fork", ({ path, payload }) =>
        Effect.map(
          fork.fork(path.sessionID as SessionId, payload.messageID === undefined ? {} : { messageID: payload.messageID }).pipe(Effect.mapError(busy)),
          shape
        ))
      .handle("abort", ({ path }) => Effect.zipRight(mustExist(path.sessionID as SessionId), Effect.as(execution.interrupt(path.sessionID as SessionId), true)))
      .handle("summarize", ({ path }) =>
        Effect.gen(function*() {
          yield* mustExist(path.sessionID as SessionId)
          yield* withAdmission(
            path.sessionID as SessionId,
            execution.prompt(path.sessionID as SessionId, { prompt: { text: "" }, delivery: "queue", kind: "compact" }).pipe(Effect.mapError(toHttp))
          )
          yield* Effect.raceFirst(execution.awaitIdle(path.sessionID as SessionId), Effect.zipRight(Deferred.await(lifecycle.draining), Effect.fail(unavailable())))
          return true
        }))
      .handle("revert", ({ path, payload }) =>
        Effect.gen(function*() {
          yield* revert.stage(path.sessionID as SessionId, payload.messageID, {}).pipe(Effect.mapError(busy))
          return shape(yield* mustExist(path.sessionID as SessionId))
        }))
      .handle("unrevert", ({ path }) =>
        Effect.gen(function*() {
          yield* revert.clear(path.sessionID as SessionId).pipe(Effect.mapError(busy))
          return shape(yield* mustExist(path.sessionID as SessionId))
        }))
      .handle("respond", ({ path, payload }) =>
        Effect.gen(function*() {
          yield* mustExist(path.sessionID as SessionId)
          yield* permissions.reply(path.sessionID as SessionId, path.permissionID, payload.response).pipe(
            Effect.catchAll(replyError((requestID, message) => new PermissionNotFoundError({ requestID, message })))
          )
          return true
        }))
  }))

