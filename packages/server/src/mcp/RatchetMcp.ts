/**
 * Ratchet as an MCP server: its durable sessions as tools an MCP host (an
 * IDE, another agent) can drive without knowing the HTTP API — create a
 * session, prompt it, wait for the answer, read its history from a cursor,
 * list and answer permission requests. Built on a RatchetClient, so the
 * same tools serve `ratchet mcp` (stdio, against any server) and `/mcp` on
 * the HTTP server (Streamable HTTP, calling back with the caller's own
 * credentials). docs/mcp.md.
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js"
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js"
import type { RatchetClient } from "@ratchet/sdk/fetch"
import { z } from "zod"

const json = (value: unknown): CallToolResult => ({ content: [{ type: "text", text: JSON.stringify(value, null, 2) }], structuredContent: value as Record<string, unknown> })
const failure = (message: string): CallToolResult => ({ isError: true, content: [{ type: "text", text: message }] })

/** An openapi-fetch answer as a tool result: its data, or the server's error as a tool error. */
const answer = async <A>(f: Promise<{ data?: A; error?: unknown; response: Response }>, shape: (a: A) => unknown): Promise<CallToolResult> => {
  const r = await f
  if (r.data === undefined) return failure(`HTTP ${r.response.status}: ${JSON.stringify(r.error)}`)
  return json(shape(r.data))
}

const SessionID = z.string().regex(/^ses_[A-Za-z0-9]+$/).describe("a session id (ses_…)")

export const make = (client: RatchetClient, version: string): McpServer => {
  const server = new McpServer({ name: "ratchet", version })
  const api = client.api

  server.registerTool("session_create", {
    description: "Create a durable agent session. Returns its id.",
    inputSchema: { title: z.string().max(256).optional(), agent: z.string().max(256).optional(), model: z.string().regex(/^[^/\s]+\/\S+$/).optional().describe("provider/model") }
  }, ({ title, agent, model }) => {
    const slash = model?.indexOf("/") ?? -1
    return answer(api.POST("/api/session", {
      body: {
        ...(title === undefined ? {} : { title }),
        ...(agent === undefined ? {} : { agent }),
        ...(model === undefined ? {} : { model: { providerID: model.slice(0, slash), id: model.slice(slash + 1) } })
      }
    }), (d) => ({ sessionID: d.data.id, title: d.data.title }))
  })

  server.registerTool("session_list", {
    description: "The newest sessions.",
    inputSchema: { limit: z.number().int().min(1).max(100).optional() },
    annotations: { readOnlyHint: true }
  }, ({ limit }) => answer(api.GET("/api/session", { params: { query: { limit: String(limit ?? 20), order: "desc" } } }), (d) => ({ sessions: d.data.map((s) => ({ id: s.id, title: s.title })) })))

  server.registerTool("session_prompt", {
    description: "Send a prompt to a session (durably queued; the agent runs it). `delivery`: queue (default, after the current run), steer (joins the current run), interrupt (stops it and runs next). The same `messageID` again is idempotent.",
    inputSchema: {
      sessionID: SessionID,
      text: z.string().min(1),
      messageID: z.string().regex(/^msg_[A-Za-z0-9_]+$/).optional(),
      delivery: z.enum(["queue", "steer", "interrupt"]).optional()
    }
  }, ({ sessionID, text, messageID, delivery }) =>
    answer(api.POST("/api/session/{sessionID}/prompt", {
      params: { path: { sessionID } },
      body: { prompt: { text }, ...(messageID === undefined ? {} : { id: messageID }), ...(delivery === undefined ? {} : { delivery }) }
    }), (d) => ({ messageID: d.data.id, state: d.data.state, created: d.data.created })))

  server.registerTool("session_wait", {
    description: "Wait until the session is idle or waits on a person (a permission or question request), then return its last answer and what it waits on.",
    inputSchema: { sessionID: SessionID, timeoutMs: z.number().int().min(1).max(3_600_000).optional() },
    annotations: { readOnlyHint: true }
  }, async ({ sessionID, timeoutMs }, extra) => {
    const deadline = Date.now() + (timeoutMs ?? 600_000)
    const path = { sessionID }
    for (;;) {
      const [session, permissions, questions] = await Promise.all([
        api.GET("/api/session/{sessionID}", { params: { path } }),
        api.GET("/api/session/{sessionID}/permission", { params: { path } }),
        api.GET("/api/session/{sessionID}/question", { params: { path } })
      ])
      if (session.data === undefined) return failure(`HTTP ${session.response.status}: ${JSON.stringify(session.error)}`)
      const pending = {
        permissions: (permissions.data?.data ?? []).map((p) => ({ requestID: p.id, action: p.action, resources: p.resources })),
        questions: (questions.data?.data ?? []).map((q) => ({ requestID: q.id, questions: q.questions.map((x) => x.question) }))
      }
      const busy = (session.data.data as { status?: string }).status === "busy"
      if (!busy || pending.permissions.length + pending.questions.length > 0 || Date.now() > deadline || extra.signal.aborted) {
        const messages = await api.GET("/api/session/{sessionID}/message", { params: { path, query: { order: "desc", limit: "20" } } })
        const last = (messages.data?.data ?? []).find((m) => m.type === "assistant") as { content?: ReadonlyArray<{ type: string; text?: string }> } | undefined
        const answer = (last?.content ?? []).filter((c) => c.type === "text").map((c) => c.text ?? "").join("")
        return json({ state: busy ? (Date.now() > deadline ? "still_running" : "waiting_on_you") : "idle", answer, pending })
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })

  server.registerTool("session_history", {
    description: "A page of the session's durable events after a cursor (from an earlier page); replays exactly, so a host can follow a session across reconnects.",
    inputSchema: { sessionID: SessionID, after: z.string().max(1000).optional(), limit: z.number().int().min(1).max(1000).optional() },
    annotations: { readOnlyHint: true }
  }, ({ sessionID, after, limit }) =>
    answer(api.GET("/api/session/{sessionID}/history", {
      params: { path: { sessionID }, query: { limit: String(limit ?? 200), ...(after === undefined ? {} : { after }) } }
    }), (d) => ({ events: d.data.map((e) => ({ seq: e.durable.seq, type: e.type, data: e.data })), cursor: d.cursor, hasMore: d.hasMore })))

  server.registerTool("permission_list", {
    description: "Pending permission requests (of one session, or all).",
    inputSchema: { sessionID: SessionID.optional() },
    annotations: { readOnlyHint: true }
  }, ({ sessionID }) =>
    sessionID === undefined
      ? answer(api.GET("/api/permission/request", {}), (d) => ({ requests: d.data }))
      : answer(api.GET("/api/session/{sessionID}/permission", { params: { path: { sessionID } } }), (d) => ({ requests: d.data })))

  server.registerTool("permission_reply", {
    description: "Answer a permission request: once (allow this call), always (also save the rule), reject (with an optional message the agent reads).",
    inputSchema: { sessionID: SessionID, requestID: z.string().regex(/^per_[A-Za-z0-9]+$/), reply: z.enum(["once", "always", "reject"]), message: z.string().max(65536).optional() }
  }, async ({ sessionID, requestID, reply, message }) => {
    const r = await api.POST("/api/session/{sessionID}/permission/{requestID}/reply", {
      params: { path: { sessionID, requestID } },
      body: { reply, ...(message === undefined ? {} : { message }) }
    })
    return r.response.ok ? json({ replied: reply }) : failure(`HTTP ${r.response.status}: ${JSON.stringify(r.error)}`)
  })

  return server
}
