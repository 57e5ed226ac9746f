/** Handlers of the `mcp` group: the MCP servers' status and management, change events, resources and prompts (docs/mcp.md). */
import { HttpApiBuilder, HttpServerResponse } from "@effect/platform"
import { Api, ConflictError, McpServerNotFoundError } from "@ratchet/api"
import { McpClients } from "@ratchet/tools"
import { Deferred, Effect, Queue, Stream } from "effect"
import { Lifecycle } from "../Lifecycle.js"
import { McpServers } from "../McpServers.js"

const HEARTBEAT_MS = 15_000
const frame = (type: string, properties: unknown) => `event: ${type}\ndata: ${JSON.stringify({ type, properties })}\n\n`

export const layer = HttpApiBuilder.group(Api, "mcp", (handlers) =>
  Effect.gen(function*() {
    const clients = yield* McpClients.McpClients
    const servers = yield* McpServers
    const lifecycle = yield* Lifecycle
    /** The server's connected client: 404 when it is not configured, 409 while it is not connected. */
    type McpClient = NonNullable<ReturnType<typeof clients.client>>
    const connected = (name: string): Effect.Effect<McpClient, McpServerNotFoundError | ConflictError> =>
      Effect.flatMap(clients.status, (all): Effect.Effect<McpClient, McpServerNotFoundError | ConflictError> => {
        const status = all.find((s) => s.name === name)
        if (status === undefined) return Effect.fail(new McpServerNotFoundError({ name, message: `no MCP server ${name}` }))
        const client = clients.client(name)
        return client === undefined
          ? Effect.fail(new ConflictError({ message: `the MCP server ${name} is ${status.status}`, resource: "mcp" }))
          : Effect.succeed(client)
      })
    const ask = <A>(name: string, what: string, f: (c: McpClient) => Promise<A>) =>
      Effect.flatMap(connected(name), (c) =>
        Effect.tryPromise({ try: () => f(c), catch: (e) => new ConflictError({ message: `${name}: ${what}: ${e instanceof Error ? e.message : String(e)}`, resource: "mcp" }) }))
    const text = (content: { type: string; text?: string; resource?: { uri?: string; text?: string } }) =>
      content.type === "text" ? content.text ?? "" : content.type === "resource" ? content.resource?.text ?? `[resource ${content.resource?.uri ?? ""}]` : `[${content.type}]`
    return handlers
      .handle("status", () => Effect.map(servers.list, (data) => ({ data })))
      .handle("add", ({ payload }) => Effect.map(servers.add(payload.name, payload.config), (data) => ({ data })))
      .handle("connect", ({ path }) => Effect.map(servers.setEnabled(path.name, true), (data) => ({ data })))
      .handle("disconnect", ({ path }) => Effect.map(servers.setEnabled(path.name, false), (data) => ({ data })))
      .handle("remove", ({ path }) => servers.remove(path.name))
      .handle("events", () =>
        Effect.succeed(HttpServerResponse.stream(
          Stream.unwrapScoped(Effect.gen(function*() {
            // subscribed before the statuses are read: a change between is sent after them, not lost
            const changes = yield* clients.subscribe
            const now = yield* clients.status
            const opening = Stream.make("retry: 1000\n\n", ...now.map((s) => frame("mcp.status", s)))
            const live = Stream.fromQueue(changes).pipe(
              Stream.map((c) => c.type === "mcp.status" ? frame(c.type, c.status) : frame(c.type, { server: c.server })),
              Stream.merge(Stream.tick(HEARTBEAT_MS).pipe(Stream.drop(1), Stream.as(": heartbeat\n\n")), { haltStrategy: "left" }),
              // ends when the server starts draining, like the log's event streams
              Stream.interruptWhen(Deferred.await(lifecycle.draining)),
              Stream.ensuring(Queue.shutdown(changes))
            )
            return Stream.concat(opening, live)
          })).pipe(Stream.encodeText),
          { contentType: "text/event-stream", headers: { "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" } }
        )))
      .handle("resources", ({ path }) =>
        ask(path.name, "listing resources", async (c) => (await c.listResources()).resources).pipe(
          Effect.map((rs) => ({ data: rs.map((r) => ({ uri: r.uri, name: r.name, ...(r.title === undefined ? {} : { title: r.title }), ...(r.description === undefined ? {} : { description: r.description }), ...(r.mimeType === undefined ? {} : { mimeType: r.mimeType }) })) }))
        ))
      .handle("readResource", ({ path, urlParams }) =>
        ask(path.name, "reading a resource", async (c) => (await c.readResource({ uri: urlParams.uri })).contents).pipe(
          Effect.map((cs) => ({
            data: cs.map((x) => ({
              uri: x.uri,
              ...(x.mimeType === undefined ? {} : { mimeType: x.mimeType }),
              ...("text" in x && typeof x.text === "string" ? { text: x.text } : {}),
              ...("blob" in x && typeof x.blob === "string" ? { blob: x.blob } : {})
            }))
          }))
        ))
      .handle("prompts", ({ path }) =>
        ask(path.name, "listing prompts", async (c) => (await c.listPrompts()).prompts).pipe(
          Effect.map((ps) => ({
            data: ps.map((p) => ({
              name: p.name,
              ...(p.title === undefined ? {} : { title: p.title }),
              ...(p.description === undefined ? {} : { description: p.description }),
              ...(p.arguments === undefined ? {} : { arguments: p.arguments.map((a) => ({ name: a.name, ...(a.description === undefined ? {} : { description: a.description }), ...(a.required === undefined ? {} : { required: a.required }) })) })
            }))
          }))
        ))
      .handle("getPrompt", ({ path, payload }) =>
        ask(path.name, "getting a prompt", async (c) => (await c.getPrompt({ name: path.prompt, arguments: payload.arguments ?? {} })).messages).pipe(
          Effect.map((ms) => ({ data: ms.map((m) => ({ role: m.role, text: text(m.content as { type: string; text?: string }) })) }))
        ))
  }))
