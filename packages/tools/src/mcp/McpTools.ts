/**
 * An MCP server's tool as a registry tool: named `<server>_<tool>`
 * (sanitised to what providers accept), described by the server's own JSON
 * Schema (given to the model as is, checked with Ajv before the call), and
 * behind the permission `mcp` with the pattern `<server>:<tool>`. Only a
 * tool the server marks read-only or idempotent is re-run after a crash.
 * A call runs under the registry's timeout; interrupting it aborts the
 * request, which the SDK turns into MCP's cancellation notification.
 */
import type { Client } from "@modelcontextprotocol/sdk/client/index.js"
import type { ToolDefinition } from "@ratchet/schema"
import { Ajv } from "ajv"
import { Duration, Effect } from "effect"
import * as McpTrace from "./McpTrace.js"
import * as ToolRegistry from "../ToolRegistry.js"

export interface McpToolInfo {
  readonly name: string
  readonly description?: string | undefined
  readonly inputSchema: Record<string, unknown>
  readonly annotations?: { readonly readOnlyHint?: boolean | undefined; readonly idempotentHint?: boolean | undefined } | undefined
}

/** Providers accept `[A-Za-z0-9_-]{1,64}`. */
export const toolName = (server: string, tool: string): string => `${server}_${tool}`.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 64)

const ajv = new Ajv({ strict: false, allErrors: false })

interface McpContent {
  readonly type: string
  readonly text?: string
  readonly mimeType?: string
  readonly data?: string
  readonly resource?: { readonly uri?: string; readonly text?: string; readonly mimeType?: string }
}

/** What the model reads of a result: text as is; images and binary resources named, not inlined. */
const render = (content: ReadonlyArray<McpContent>): string =>
  content.map((c) => {
    switch (c.type) {
      case "text":
        return c.text ?? ""
      case "image":
      case "audio":
        return `[${c.type} ${c.mimeType ?? ""}, ${Buffer.byteLength(c.data ?? "", "base64")} bytes]`
      case "resource":
        return c.resource?.text ?? `[resource ${c.resource?.uri ?? ""} ${c.resource?.mimeType ?? ""}]`
      case "resource_link":
        return `[resource ${(c as { uri?: string }).uri ?? ""}]`
      default:
        return `[${c.type}]`
    }
  }).join("\n")

export const make = (server: string, client: () => Client | undefined, info: McpToolInfo, timeoutMs: number): ToolRegistry.Tool => {
  const name = toolName(server, info.name)
  const validate = Effect.try(() => ajv.compile(info.inputSchema)).pipe(Effect.orElseSucceed(() => undefined))
  const idempotent = info.annotations?.readOnlyHint === true || info.annotations?.idempotentHint === true
  return {
    name,
    description: info.description ?? `${info.name} (MCP server ${server})`,
    parameters: info.inputSchema as unknown as ToolDefinition["parameters"],
    permission: "mcp",
    idempotent,
    timeout: Duration.millis(timeoutMs),
    prepare: (input) =>
      Effect.gen(function*() {
        const check = yield* validate
        if (check !== undefined && !check(input)) {
          return yield* new ToolRegistry.ToolFailure({ type: "invalid_input", message: `invalid input for ${name}: ${ajv.errorsText(check.errors)}` })
        }
        const args = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>
        return {
          needs: [{ permission: "mcp", patterns: [`${server}:${info.name}`] }],
          run: Effect.gen(function*() {
            const c = client()
            if (c === undefined) {
              return yield* new ToolRegistry.ToolFailure({ type: "mcp_unavailable", message: `the MCP server ${server} is not connected; try again later` })
            }
            // the call's span is the parent of what the server does for it (HTTP servers: `traceparent`)
            const trace = yield* McpTrace.traceparent
            const result = yield* Effect.tryPromise({
              // the signal aborts on interruption: the SDK sends notifications/cancelled
              // the registry's timeout fires first (it interrupts, which cancels); the SDK's is a backstop
              try: (signal) => McpTrace.withTraceparent(trace, () => c.callTool({ name: info.name, arguments: args }, undefined, { signal, timeout: timeoutMs + 5000 })),
              catch: (e) => new ToolRegistry.ToolFailure({ type: "mcp_error", message: `${server}/${info.name}: ${e instanceof Error ? e.message : String(e)}` })
            })
            const content = (result.content ?? []) as ReadonlyArray<McpContent>
            const text = render(content)
            if (result.isError === true) return yield* new ToolRegistry.ToolFailure({ type: "tool_error", message: text || `${info.name} failed` })
            const structured = result.structuredContent as Record<string, unknown> | undefined
            return { output: text, ...(structured === undefined ? {} : { structured: structured as never }) }
          })
        }
      })
  }
}
