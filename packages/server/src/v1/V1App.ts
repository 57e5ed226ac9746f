/** Handlers of the v1 event, request and app routes: streams, replies, and the catalog in opencode's v1 shapes. */
import { HttpApiBuilder, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { NodeHttpServerRequest } from "@effect/platform-node"
import { Api, InvalidRequestError, PermissionNotFoundError, QuestionNotFoundError, SessionNotFoundError } from "@ratchet/api"
import { Agents } from "@ratchet/engine"
import { type PermissionId, Principal, type SessionId, SessionNotFound } from "@ratchet/schema"
import { EventStore, SessionQueries } from "@ratchet/store"
import { Permissions, Questions, ToolRegistry } from "@ratchet/tools"
import { Deferred, Effect, Either, Runtime } from "effect"
import * as os from "node:os"
import { replyError } from "../handlers/Requests.js"
import * as McpServers from "../McpServers.js"
import * as ProviderSetup from "../ProviderSetup.js"
import { PROJECT_ID, ServerConfig } from "../ServerConfig.js"
import { sessionOr404 } from "../handlers/SessionLookup.js"
import { Lifecycle } from "../Lifecycle.js"
import { type Feed, SseHub } from "../Sse.js"
import { parseAfter } from "../WireEvents.js"
import * as Visible from "../access/Visible.js"
import * as V1Events from "./V1Events.js"
import * as V1Shapes from "./V1Shapes.js"

const model = (p: ProviderSetup.ResolvedProvider, m: ProviderSetup.ResolvedModel) => {
  const input = m.modalities?.input ?? ["text"]
  const has = (list: ReadonlyArray<string>, kind: string) => list.includes(kind)
  const media = (list: ReadonlyArray<string>) => ({ text: true, audio: has(list, "audio"), image: has(list, "image"), video: has(list, "video"), pdf: has(list, "pdf") })
  return {
    id: m.id,
    providerID: p.id,
    api: { id: m.id, url: p.baseURL, npm: p.npm },
    name: m.name,
    ...(m.family === undefined ? {} : { family: m.family }),
    capabilities: {
      temperature: true,
      reasoning: m.reasoning ?? false,
      attachment: has(input, "image") || has(input, "pdf"),
      toolcall: m.toolCall ?? true,
      input: media(input),
      output: media(m.modalities?.output ?? ["text"]),
      interleaved: false
    },
    cost: { input: m.cost?.input ?? 0, output: m.cost?.output ?? 0, cache: { read: m.cost?.cache_read ?? 0, write: m.cost?.cache_write ?? 0 } },
    limit: { context: m.limit?.context ?? 0, output: m.limit?.output ?? 0 },
    status: "active",
    options: {},
    headers: {},
    release_date: ""
  }
}

/** A provider in v1's shape; its key is never shown. */
const provider = (p: ProviderSetup.ResolvedProvider) => ({
  id: p.id,
  name: p.name,
  source: p.keySource === "env" ? "env" : "config",
  env: p.env,
  options: {},
  models: Object.fromEntries(p.models.map((m) => [m.id, model(p, m)]))
})

export const eventLayer = HttpApiBuilder.group(Api, "v1event", (handlers) =>
  Effect.gen(function*() {
    const hub = yield* SseHub
    const store = yield* EventStore.EventStore
    const queries = yield* SessionQueries.SessionQueries
    const config = yield* ServerConfig
    const runtime = yield* Effect.runtime<never>()
    /** A stream's encoding (its encoder caches directories: one per stream). */
    const encodingFor = (envelope: V1Events.Envelope_) => {
      const encode = V1Events.makeEncoder(queries, config.version, envelope, config.directory, config.defaultModel)
      return { encode: (events: Parameters<typeof encode>[0]) => Runtime.runPromise(runtime)(encode(events)), opening: V1Events.connected(envelope, config.directory) }
    }

    const lifecycle = yield* Lifecycle
    const mustExist = sessionOr404(queries)
    /** Open v1 streams, for the TUI's live events. */
    const open = new Set<{ readonly feed: Feed; readonly envelope: V1Events.Envelope_; readonly project: string | undefined }>()
    /** To the open streams the publisher may reach: a project key's, its project's streams; an unscoped one's, all. */
    const publish = (type: string, properties: Record<string, unknown>) =>
      Effect.map(Principal.Principal, ({ project }) => {
        for (const entry of open) {
          if (entry.feed.destroyed || (project !== undefined && entry.project !== project)) continue
          entry.feed.push(V1Events.liveFrame(entry.envelope, config.directory, type, properties))
        }
        return true
      })
    const command = (name: string) => publish("tui.command.execute", { command: name })
    /** The TUI's command names for the keys upstream's route accepts. */
    const COMMANDS: Readonly<Record<string, string>> = {
      session_new: "session.new",
      session_share: "session.share",
      session_interrupt: "session.interrupt",
      session_compact: "session.compact",
      messages_page_up: "session.page.up",
      messages_page_down: "session.page.down",
      messages_half_page_up: "session.half.page.up",
      messages_half_page_down: "session.half.page.down",
      messages_first: "session.first",
      messages_last: "session.last",
      agent_cycle: "agent.cycle"
    }

    /** Live from now, as upstream's stream is; from the cursor a reconnecting client sends (`Last-Event-ID`). */
    const stream = (envelope: V1Events.Envelope_) => Effect.gen(function*() {
      const request = yield* HttpServerRequest.HttpServerRequest
      const last = request.headers["last-event-id"]
      const after = last === undefined || last === ""
        ? yield* store.lastPosition
        : yield* parseAfter("global", last).pipe(Effect.mapError((e) => new InvalidRequestError({ message: e.message, kind: "cursor", field: "last-event-id" })))
      const { project } = yield* Principal.Principal
      const feed = yield* hub.open("*", after, true, NodeHttpServerRequest.toServerResponse(request), encodingFor(envelope), project)
      const entry = { feed, envelope, project }
      open.add(entry)
      feed.once("close", () => open.delete(entry))
      return HttpServerResponse.raw(feed, {
        contentType: "text/event-stream",
        headers: { "cache-control": "no-cache, no-transform", "x-accel-buffering": "no", connection: "keep-alive" }
      })
    })
    return handlers
      .handle("event", () => stream("instance"))
      .handle("global", () => stream("global"))
      .handle("appendPrompt", ({ payload }) => publish("tui.prompt.append", { text: payload.text }))
      .handle("openHelp", () => command("help.show"))
      .handle("openSessions", () => command("session.list"))
      .handle("openThemes", () => command("theme.list"))
      .handle("openModels", () => command("model.list"))
      .handle("submitPrompt", () => command("prompt.submit"))
      .handle("clearPrompt", () => command("prompt.clear"))
      .handle("executeCommand", ({ payload }) => command(COMMANDS[payload.command] ?? payload.command))
      .handle("showToast", ({ payload }) => publish("tui.toast.show", { ...payload }))
      .handle("publish", ({ payload }) => publish(payload.type, payload.properties))
      .handle("selectSession", ({ payload }) =>
        Effect.gen(function*() {
          // another project's session is, to a project's key, one that does not exist
          if (!(yield* Visible.sessionVisible(payload.sessionID))) {
            return yield* new SessionNotFoundError({ sessionID: payload.sessionID, message: new SessionNotFound({ sessionID: payload.sessionID }).message })
          }
          yield* mustExist(payload.sessionID as SessionId)
          return yield* publish("tui.session.select", { sessionID: payload.sessionID })
        }))
      // nothing in Ratchet asks the TUI anything: the long poll ends empty (or when the server drains)
      .handle("controlNext", () =>
        Effect.as(Effect.raceFirst(Effect.sleep("25 seconds"), Deferred.await(lifecycle.draining)), { path: "", body: null }))
      .handle("controlResponse", () => Effect.succeed(true))
  }))

export const requestLayer = HttpApiBuilder.group(Api, "v1request", (handlers) =>
  Effect.gen(function*() {
    const permissions = yield* Permissions.Permissions
    const questions = yield* Questions.Questions
    const permissionNotFound = (requestID: string, message: string) => new PermissionNotFoundError({ requestID, message })
    const questionNotFound = (requestID: string, message: string) => new QuestionNotFoundError({ requestID, message })
    /** v1 replies name only the request: its session is found among the pending ones. */
    const sessionOfPermission = (id: string) =>
      Effect.flatMap(permissions.pending(), (rs) => {
        const found = rs.find((r) => r.id === id)
        return found === undefined ? Effect.fail(permissionNotFound(id, `no pending permission request ${id}`)) : Effect.succeed(found.sessionID)
      })
    const sessionOfQuestion = (id: string) =>
      Effect.flatMap(questions.pending(), (rs) => {
        const found = rs.find((r) => r.id === id)
        return found === undefined ? Effect.fail(questionNotFound(id, `no pending question ${id}`)) : Effect.succeed(found.sessionID)
      })
    return handlers
      .handle("permissions", () => Effect.map(Effect.flatMap(permissions.pending(), (rs) => Visible.inProject(rs, (r) => r.sessionID)), (rs) => rs.map(V1Shapes.permission)))
      .handle("permissionReply", ({ path, payload }) =>
        Effect.gen(function*() {
          const sessionID = yield* sessionOfPermission(path.requestID)
          yield* permissions.reply(sessionID as SessionId, path.requestID as PermissionId, payload.reply, payload.message).pipe(Effect.catchAll(replyError(permissionNotFound)))
          return true
        }))
      .handle("questions", () => Effect.map(Effect.flatMap(questions.pending(), (rs) => Visible.inProject(rs, (r) => r.sessionID)), (rs) => rs.map(V1Shapes.question)))
      .handle("questionReply", ({ path, payload }) =>
        Effect.gen(function*() {
          const sessionID = yield* sessionOfQuestion(path.requestID)
          yield* questions.reply(sessionID, path.requestID, payload.answers).pipe(Effect.catchAll(replyError(questionNotFound)))
          return true
        }))
      .handle("questionReject", ({ path }) =>
        Effect.gen(function*() {
          const sessionID = yield* sessionOfQuestion(path.requestID)
          yield* questions.reject(sessionID, path.requestID).pipe(Effect.catchAll(replyError(questionNotFound)))
          return true
        }))
  }))

export const appLayer = HttpApiBuilder.group(Api, "v1app", (handlers) =>
  Effect.gen(function*() {
    const config = yield* ServerConfig
    const catalog = yield* ProviderSetup.ProviderCatalog
    const agents = yield* Agents.Agents
    const tools = yield* ToolRegistry.ToolRegistry
    const queries = yield* SessionQueries.SessionQueries
    const defaults = Object.fromEntries(catalog.providers.flatMap((p) => {
      const first = catalog.defaultModel?.providerID === p.id ? catalog.defaultModel.id : p.models[0]?.id
      return first === undefined ? [] : [[p.id, first]]
    }))
    const providers = catalog.providers.map(provider)
    const directoryOf = (params: { readonly directory?: string | undefined }) => params.directory ?? config.directory
    const project = (directory: string) => ({ id: PROJECT_ID, worktree: directory, vcs: "git", time: { created: 0, updated: 0 }, sandboxes: [] })
    // the tools every session is offered (a session's own, MCP servers' included, come with it)
    const global = tools.definitions("ses_none" as SessionId, [])
    const toolIds = Effect.map(global, (ds) => ds.map((d) => d.name))
    const mcp = yield* McpServers.McpServers
    /** The config in opencode's schema: what the server runs with (credentials and URLs left out). */
    const configBody = Effect.succeed({
      $schema: "https://opencode.ai/config.json",
      ...(config.defaultModel === undefined ? {} : { model: `${config.defaultModel.providerID}/${config.defaultModel.id}` }),
      // os.userInfo throws where the user has no passwd entry (some containers)
      username: Either.getOrElse(Either.try(() => os.userInfo().username), () => process.env["USER"] ?? "user"),
      agent: {},
      mode: {},
      command: Object.fromEntries(config.commands.map((c) => [c.name, { template: c.template, ...(c.description === undefined ? {} : { description: c.description }) }])),
      plugin: [],
      provider: Object.fromEntries(catalog.providers.map((p) => [p.id, { npm: p.npm, name: p.name, models: Object.fromEntries(p.models.map((m) => [m.id, { name: m.name }])) }]))
    })

    return handlers
      .handle("config", () => configBody)
      .handle("configProviders", () => Effect.succeed({ providers, default: defaults }))
      .handle("providers", () =>
        Effect.succeed({
          all: providers,
          default: defaults,
          connected: catalog.providers.filter((p) => ProviderSetup.unknownModel({ providers: [p] }, { providerID: p.id, id: p.models[0]?.id ?? "" }) === undefined).map((p) => p.id)
        }))
      .handle("providerAuth", () => Effect.succeed({}))
      .handle("agents", () =>
        Effect.succeed(agents.list.map((a) => ({
          name: a.name,
          mode: a.mode ?? "primary",
          native: true,
          hidden: false,
          permission: [],
          options: {},
          ...(a.description === undefined ? {} : { description: a.description }),
          ...(a.maxSteps === undefined ? {} : { steps: a.maxSteps }),
          ...(a.model === undefined ? {} : { model: { providerID: a.model.providerID, modelID: a.model.id } })
        }))))
      .handle("commands", () =>
        Effect.succeed(config.commands.map((c) => ({ name: c.name, template: c.template, hints: [], ...(c.description === undefined ? {} : { description: c.description }) }))))
      .handle("skills", () => Effect.succeed([]))
      .handle("path", ({ urlParams }) =>
        Effect.succeed({ home: os.homedir(), state: config.directory, config: config.directory, worktree: directoryOf(urlParams), directory: directoryOf(urlParams) }))
      .handle("projects", ({ urlParams }) => Effect.succeed([project(directoryOf(urlParams))]))
      .handle("project", ({ urlParams }) => Effect.succeed(project(directoryOf(urlParams))))
      .handle("vcs", () => Effect.succeed({}))
      .handle("lsp", () => Effect.succeed([]))
      .handle("formatter", () => Effect.succeed([]))
      .handle("health", () => Effect.succeed({ healthy: true, version: config.version }))
      .handle("toolIds", () => toolIds)
      .handle("tools", () => Effect.map(global, (ds) => ds.map((d) => ({ id: d.name, description: d.description, parameters: d.parameters }))))
      .handle("resources", () => Effect.succeed({}))
      .handle("experimentalSessions", ({ urlParams }) =>
        Effect.map(Effect.flatMap(Visible.projectFilter, (scoped) => queries.list({ order: "desc", limit: Math.min(Math.max(1, urlParams.limit ?? 100), 1000), ...scoped })), (page) => page.sessions.map((s) => V1Shapes.session(s, config.version))))
      .handle("log", ({ payload }) =>
        Effect.as(
          Effect.logInfo(`client log (${payload.service}, ${payload.level}): ${payload.message.slice(0, 2000)}`),
          true
        ))
      .handle("dispose", () => Effect.succeed(true))
      .handle("globalConfig", () => configBody)
      .handle("globalDispose", () => Effect.succeed(true))
      .handle("capabilities", () => Effect.succeed({ backgroundSubagents: false }))
      .handle("workspaces", () => Effect.succeed([]))
      .handle("workspaceAdapters", () => Effect.succeed([]))
      .handle("workspaceStatus", () => Effect.succeed([]))
      .handle("projectDirectories", () => Effect.succeed([{ directory: config.directory }, ...config.directories.filter((d) => d !== config.directory).map((directory) => ({ directory }))]))
      .handle("mcpConnect", ({ path }) => Effect.as(mcp.setEnabled(path.name, true), true))
      .handle("mcpDisconnect", ({ path }) => Effect.as(mcp.setEnabled(path.name, false), true))
  }))
