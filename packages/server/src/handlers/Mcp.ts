/** Handlers of the `mcp` group: the configured MCP servers' status, resources and prompts (docs/mcp.md). */
import { HttpApiBuilder } from "@effect/platform"
import { Api, ConflictError, RouteNotFoundError } from "@ratchet/api"
import { McpClients } from "@ratchet/tools"
import { Effect } from "effect"

export const layer = HttpApiBuilder.group(Api, "mcp", (handlers) =>
  Effect.gen(function*() {
    const clients = yield* McpClients.McpClients
    /** The server's connected client: 404 when it is not configured, 409 while it is not connected. */
    type McpClient = NonNullable<ReturnType<typeof clients.client>>
    const connected = (name: string): Effect.Effect<McpClient, RouteNotFoundError | ConflictError> =>
      Effect.flatMap(clients.status, (all): Effect.Effect<McpClient, RouteNotFoundError | ConflictError> => {
        const status = all.find((s) => s.name === name)
        if (status === undefined) return Effect.fail(new RouteNotFoundError({ message: `no MCP server ${name} in the config`, method: "GET", path: `/api/mcp/${name}` }))
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
      .handle("status", () => Effect.map(clients.status, (data) => ({ data })))
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
