/**
 * `ratchet mcp`: Ratchet as an MCP server over stdio, for hosts that start
 * their servers as commands. It reaches a Ratchet server like the other
 * client commands (`--server`, else the local one, else an embedded one)
 * and serves until stdin closes. stdout is the protocol: nothing else is
 * written there.
 */
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js"
import { Effect } from "effect"
import type { Settings } from "../Settings.js"
import * as RatchetMcp from "../mcp/RatchetMcp.js"
import { connect, type Credentials } from "./connect.js"

export const serveMcp = (settings: Settings, options: { readonly server?: string; readonly credentials: Credentials }) =>
  Effect.scoped(Effect.gen(function*() {
    const { client } = yield* connect(settings, options.server, options.credentials)
    const transport = new StdioServerTransport()
    const closed = new Promise<void>((resolve) => {
      transport.onclose = resolve
      process.stdin.once("end", resolve)
    })
    yield* Effect.promise(() => RatchetMcp.make(client, settings.config.version).connect(transport))
    yield* Effect.promise(() => closed)
  }))
