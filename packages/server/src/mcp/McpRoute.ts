/**
 * `/mcp`: Ratchet as an MCP server over Streamable HTTP, behind the same
 * edge checks and auth as every route. Stateless: each request gets its own
 * MCP server, whose tools call this server's API back (at the address the
 * request came in on) with the
 * caller's own `Authorization` (so an MCP host can do exactly what its
 * credentials allow over HTTP, nothing more).
 */
import { HttpApiBuilder, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { NodeHttpServerRequest } from "@effect/platform-node"
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js"
import { createRatchetClient } from "@ratchet/sdk/fetch"
import { McpConfig, Principal } from "@ratchet/schema"
import { Effect, ParseResult, Schema } from "effect"
import { checkRoute, refusal } from "../access/AccessMiddleware.js"
import * as McpServers from "../McpServers.js"
import * as RatchetMcp from "./RatchetMcp.js"

/** v1's `MCPStatus` per server (a server still connecting is reported as not connected yet). */
const v1Of = (s: McpServers.Status) =>
  s.status === "connected" || s.status === "disabled" ? { status: s.status }
  : s.status === "connecting" ? { status: "failed", error: "still connecting" }
  : { status: s.status, error: s.error }

const v1Status = (servers: McpServers.McpServersService) =>
  Effect.flatMap(servers.list, (list) => HttpServerResponse.json(Object.fromEntries(list.map((s) => [s.name, v1Of(s)]))))

/** v1's `POST /mcp { name, config }`: validated like the config file, a taken name 409. */
const v1Add = (servers: McpServers.McpServersService, body: object) =>
  Effect.gen(function*() {
    const input = yield* Schema.decodeUnknown(Schema.Struct({ name: McpConfig.Name, config: McpConfig.ServerConfig }), { onExcessProperty: "error" })(body).pipe(
      Effect.mapError((e) => ParseResult.TreeFormatter.formatErrorSync(e))
    )
    yield* servers.add(input.name, input.config).pipe(Effect.mapError((e) => e.message))
    const list = yield* servers.list
    return yield* HttpServerResponse.json(Object.fromEntries(list.map((s) => [s.name, v1Of(s)])))
  }).pipe(Effect.catchAll((message) =>
    HttpServerResponse.json({ _tag: "InvalidRequestError", message, kind: "schema" }, { status: typeof message === "string" && message.includes("already") ? 409 : 400 })))

export const layer = (version: string) =>
  HttpApiBuilder.Router.use((router) => Effect.flatMap(McpServers.McpServers, (servers) =>
    router.all(
      "/mcp",
      Effect.gen(function*() {
        const request = yield* HttpServerRequest.HttpServerRequest
        // the body was read already (the edge's size limit): parse it here and hand it over
        const text = request.method === "POST" ? yield* request.text : ""
        const parsed = text === "" ? undefined : yield* Effect.either(Effect.try(() => JSON.parse(text) as unknown))
        if (parsed !== undefined && parsed._tag === "Left") {
          return yield* HttpServerResponse.json({ jsonrpc: "2.0", error: { code: -32700, message: "Parse error: the body is not JSON" }, id: null }, { status: 400 })
        }
        const parsedBody = parsed?.right
        // opencode's v1 clients share this path: a plain GET is the servers' status, a POST that is not JSON-RPC adds one;
        // both are the server's own routes here (not calls back into the API), so they check the credentials themselves
        const v1Get = request.method === "GET" && !(request.headers["accept"] ?? "").includes("text/event-stream")
        const v1Post = request.method === "POST" && typeof parsedBody === "object" && parsedBody !== null && !("jsonrpc" in parsedBody) && !Array.isArray(parsedBody)
        // `Access` let any credential in; adding a server is an unscoped admin's (the MCP protocol's own calls go back
        // through the API with the caller's credentials, checked there)
        if (v1Post) {
          const refused = yield* Effect.either(checkRoute(yield* Principal.Principal, "POST", "/mcp#add"))
          if (refused._tag === "Left") return yield* refusal(refused.left)
        }
        if (v1Get) return yield* v1Status(servers)
        if (v1Post) return yield* v1Add(servers, parsedBody)
        const web = new Request(`http://127.0.0.1${request.url}`, { method: request.method, headers: new Headers(request.headers as Record<string, string>) })
        // back to the address the request arrived on: a server bound to one interface is not on 127.0.0.1
        const socket = NodeHttpServerRequest.toIncomingMessage(request).socket
        const host = socket.localAddress?.includes(":") === true ? `[${socket.localAddress}]` : socket.localAddress ?? "127.0.0.1"
        const authorization = request.headers["authorization"]
        const client = createRatchetClient({
          baseUrl: `http://${host}:${socket.localPort}`,
          fetch: (input, init) => {
            const headers = new Headers(input instanceof Request ? input.headers : init?.headers)
            if (authorization !== undefined) headers.set("authorization", authorization)
            return input instanceof Request ? fetch(new Request(input, { headers })) : fetch(input, { ...init, headers })
          }
        })
        const response = yield* Effect.tryPromise(async () => {
          const transport = new WebStandardStreamableHTTPServerTransport({ enableJsonResponse: true }) // no session id generator: stateless
          await RatchetMcp.make(client, version).connect(transport)
          return await transport.handleRequest(web, parsedBody === undefined ? {} : { parsedBody })
        })
        return HttpServerResponse.fromWeb(response)
      }).pipe(
        Effect.catchAll((e) => HttpServerResponse.json({ _tag: "McpError", message: String(e) }, { status: 500 })),
        Effect.orDie
      )
    )))
