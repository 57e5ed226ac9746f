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
import { Effect } from "effect"
import * as RatchetMcp from "./RatchetMcp.js"

export const layer = (version: string) =>
  HttpApiBuilder.Router.use((router) =>
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
      }).pipe(Effect.catchAll((e) => HttpServerResponse.json({ _tag: "McpError", message: String(e) }, { status: 500 })), Effect.orDie)
    )
  )
