// A real MCP server over stdio (run as `node stdioServer.mjs`), for tests. It writes a line to stderr at
// start (the client captures it) and, with MCP_TEST_COUNT set to a file, appends a line per start.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js"
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js"
import { appendFileSync } from "node:fs"
import { register } from "./tools.mjs"

if (process.env.MCP_TEST_COUNT) appendFileSync(process.env.MCP_TEST_COUNT, "start\n")
process.stderr.write(`test stdio server up (${process.env.MCP_TEST_GREETING ?? "no greeting"})\n`)
const server = new McpServer({ name: "ratchet-test-stdio", version: "1.0.0" })
register(server, { canCrash: true })
await server.connect(new StdioServerTransport())
