// A real MCP server over stdio (run as `node stdioServer.mjs`), for tests. It writes a line to stderr at
// start (the client captures it) and, with MCP_TEST_COUNT set to a file, appends a line per start. With
// MCP_TEST_GRANDCHILD set to a file it starts a child of its own that ignores stdin and hangups (a server
// run through a launcher leaves one), writing its pid there: stopping the server must stop it too.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js"
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js"
import { spawn } from "node:child_process"
import { appendFileSync, writeFileSync } from "node:fs"
import { register } from "./tools.mjs"

if (process.env.MCP_TEST_COUNT) appendFileSync(process.env.MCP_TEST_COUNT, "start\n")
process.stderr.write(`test stdio server up (${process.env.MCP_TEST_GREETING ?? "no greeting"})\n`)
if (process.env.MCP_TEST_GRANDCHILD) {
  const child = spawn(process.execPath, ["-e", "process.on('SIGHUP', () => {}); setInterval(() => {}, 1000)"], { stdio: "ignore" })
  writeFileSync(process.env.MCP_TEST_GRANDCHILD, String(child.pid))
}
const server = new McpServer({ name: "ratchet-test-stdio", version: "1.0.0" })
register(server, { canCrash: true })
await server.connect(new StdioServerTransport())
