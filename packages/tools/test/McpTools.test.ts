/** MCP tools as registry tools: names, idempotency from the server's annotations, input checked against its schema. */
import { McpTools } from "@ratchet/tools"
import { Effect, Either } from "effect"
import { describe, expect, it } from "vitest"

const schema = { type: "object", properties: { text: { type: "string" } }, required: ["text"] }
const context = { sessionId: "ses_x", callId: "c", messageId: "msg_x", agent: "build", directory: "/tmp", rules: [] } as never

describe("McpTools.make", () => {
  it("names tools <server>_<tool>, sanitised to what providers accept", () => {
    expect(McpTools.toolName("github", "create_issue")).toBe("github_create_issue")
    expect(McpTools.toolName("fs", "read.file/v2")).toBe("fs_read_file_v2")
    expect(McpTools.toolName("s", "x".repeat(100))).toHaveLength(64)
  })

  it("is idempotent (re-run after a crash) only when the server says read-only or idempotent", () => {
    const tool = (annotations?: { readOnlyHint?: boolean; idempotentHint?: boolean }) =>
      McpTools.make("srv", () => undefined, { name: "t", inputSchema: schema, ...(annotations === undefined ? {} : { annotations }) }, 1000)
    expect(tool().idempotent).toBe(false)
    expect(tool({ readOnlyHint: true }).idempotent).toBe(true)
    expect(tool({ idempotentHint: true }).idempotent).toBe(true)
    expect(tool({ readOnlyHint: false }).idempotent).toBe(false)
    expect(tool().permission).toBe("mcp")
  })

  it("checks the input against the server's JSON Schema before anything runs, and asks for mcp <server>:<tool>", async () => {
    const tool = McpTools.make("srv", () => undefined, { name: "t", inputSchema: schema }, 1000)
    const bad = await Effect.runPromise(Effect.either(tool.prepare({ text: 1 }, context)))
    expect(Either.isLeft(bad) && bad.left.type).toBe("invalid_input")
    const good = await Effect.runPromise(tool.prepare({ text: "ok" }, context))
    expect(good.needs).toEqual([{ permission: "mcp", patterns: ["srv:t"] }])
    // not connected: a clear tool error, not a crash
    const run = await Effect.runPromise(Effect.either(good.run))
    expect(Either.isLeft(run) && run.left.type).toBe("mcp_unavailable")
  })
})
