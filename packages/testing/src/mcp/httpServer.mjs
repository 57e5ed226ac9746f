// A real MCP server over Streamable HTTP on loopback (stateless: a server per request), for tests.
// `requireToken`: answers 401 without `Authorization: Bearer <token>`.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js"
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js"
import { createServer } from "node:http"
import { register } from "./tools.mjs"

export const start = async ({ requireToken } = {}) => {
  const seenHeaders = []
  const http = createServer(async (req, res) => {
    seenHeaders.push(req.headers)
    if (requireToken !== undefined && req.headers.authorization !== `Bearer ${requireToken}`) {
      res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "unauthorized" }))
      return
    }
    const chunks = []
    for await (const c of req) chunks.push(c)
    const body = chunks.length === 0 ? undefined : JSON.parse(Buffer.concat(chunks).toString())
    const server = new McpServer({ name: "ratchet-test-http", version: "1.0.0" })
    register(server, { canCrash: false })
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
    res.on("close", () => { transport.close(); server.close() })
    await server.connect(transport)
    await transport.handleRequest(req, res, body)
  })
  await new Promise((resolve) => http.listen(0, "127.0.0.1", resolve))
  const url = `http://127.0.0.1:${http.address().port}/mcp`
  return {
    url,
    seenHeaders,
    close: () => new Promise((resolve) => { http.closeAllConnections(); http.close(() => resolve()) })
  }
}

// A real MCP server speaking only the legacy HTTP+SSE transport (GET /sse opens the stream, POST
// /messages?sessionId=… sends): a client must fall back to it when Streamable HTTP is refused.
export const startLegacy = async () => {
  const { SSEServerTransport } = await import("@modelcontextprotocol/sdk/server/sse.js")
  const transports = new Map()
  const http = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x")
    if (req.method === "GET" && url.pathname === "/sse") {
      const transport = new SSEServerTransport("/messages", res)
      transports.set(transport.sessionId, transport)
      res.on("close", () => transports.delete(transport.sessionId))
      const server = new McpServer({ name: "ratchet-test-legacy", version: "1.0.0" })
      register(server, { canCrash: false })
      await server.connect(transport)
      return
    }
    if (req.method === "POST" && url.pathname === "/messages") {
      const transport = transports.get(url.searchParams.get("sessionId"))
      if (transport === undefined) return void res.writeHead(404).end()
      await transport.handlePostMessage(req, res)
      return
    }
    // no Streamable HTTP here
    res.writeHead(405).end()
  })
  await new Promise((resolve) => http.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${http.address().port}/sse`,
    close: () => new Promise((resolve) => { http.closeAllConnections(); http.close(() => resolve()) })
  }
}
