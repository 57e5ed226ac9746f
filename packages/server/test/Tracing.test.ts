/**
 * Traces end to end: the server exports OTLP/HTTP (JSON) to a real
 * receiver on loopback; one prompt with a tool call, sent with a
 * `traceparent`, becomes one trace under the caller's span — the HTTP
 * request, the activity (`invoke_agent`), each provider request
 * (`chat <model>`, with GenAI usage attributes) and the tool call
 * (`execute_tool <name>`) — and the metrics are exported beside them.
 */
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as McpHttp from "@ratchet/testing/mcp/http"
import { type Harness, post, raw, start, until } from "./harness.js"

type Attribute = { key: string; value: Record<string, unknown> }
type Span = { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes?: Array<Attribute> }

let h: Harness
let receiver: Server
let mcp: Awaited<ReturnType<typeof McpHttp.start>>
const spans: Array<Span> = []
const metricBatches: Array<unknown> = []

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Array<Buffer> = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        resourceSpans?: Array<{ scopeSpans: Array<{ spans: Array<Span> }> }>
      }
      if (req.url === "/v1/traces") for (const r of body.resourceSpans ?? []) for (const s of r.scopeSpans) spans.push(...s.spans)
      if (req.url === "/v1/metrics") metricBatches.push(body)
      res.writeHead(200, { "content-type": "application/json" }).end("{}")
    })
  })
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", () => r()))
  const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
  mcp = await McpHttp.start()
  h = await start({
    tracing: { endpoint, serviceName: "ratchet-test", version: "test", exportIntervalMs: 100 },
    mcp: { remote: { type: "remote", url: mcp.url } }
  })
})
afterAll(async () => {
  await h?.close()
  await new Promise((r) => receiver.close(r))
  await mcp?.close()
})

const attr = (span: Span | undefined, key: string) => {
  const v = span?.attributes?.find((a) => a.key === key)?.value
  return v === undefined ? undefined : Object.values(v)[0]
}

describe("OpenTelemetry traces over OTLP", () => {
  it("a prompt with a tool call is one trace under the caller's span, with GenAI attributes", async () => {
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736"
    const callerSpan = "00f067aa0ba902b7"
    const id = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    h.fake.push(
      // 80 chunks 3 ms apart: commits follow them, spans must not
      { steps: [{ text: Array.from({ length: 80 }, (_, i) => `c${i} `) }, { toolCall: { id: "t1", name: "echo", args: { text: "traced" } } }], delayMs: 3, usage: { input: 40, output: 6 } },
      { steps: [{ toolCall: { id: "t2", name: "remote_echo", args: { text: "over http" } } }], usage: { input: 55, output: 3 } },
      { steps: [{ text: "traced answer" }], usage: { input: 70, output: 3 } }
    )
    await until("the MCP server is connected", async () => {
      const list = (await raw(h.baseUrl, "/api/mcp")).body.data as Array<{ name: string; status: string }>
      return list.find((s) => s.name === "remote" && s.status === "connected")
    })
    const prompted = await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "trace me" } }, { traceparent: `00-${traceId}-${callerSpan}-01` })
    expect(prompted.status).toBe(200)
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    const trace = await until("the activity's spans are exported", async () => {
      const mine = spans.filter((s) => s.traceId === traceId)
      const names = mine.map((s) => s.name)
      return names.includes("invoke_agent") && names.filter((n) => n === "chat fake-1").length === 3 && names.includes("execute_tool echo") &&
          names.includes("execute_tool remote_echo")
        ? mine
        : undefined
    }, 20_000)
    const byName = (name: string) => trace.filter((s) => s.name === name)
    const request = trace.find((s) => s.parentSpanId === callerSpan)
    expect(request, "the HTTP request's span, under the caller's").toBeDefined()
    const agent = byName("invoke_agent")[0]!
    expect(agent.parentSpanId).toBe(request!.spanId)
    expect(attr(agent, "gen_ai.conversation.id")).toBe(id)
    expect(attr(agent, "ratchet.outcome")).toBe("completed")
    const chats = byName("chat fake-1")
    expect(chats.every((c) => c.parentSpanId === agent.spanId)).toBe(true)
    expect(chats.map((c) => attr(c, "gen_ai.request.model"))).toEqual(["fake-1", "fake-1", "fake-1"])
    expect(chats.map((c) => Number(attr(c, "gen_ai.usage.input_tokens"))).sort()).toEqual([40, 55, 70])
    expect(chats.map((c) => Number(attr(c, "gen_ai.usage.output_tokens"))).sort()).toEqual([3, 3, 6])
    const tool = byName("execute_tool echo")[0]!
    expect(tool.parentSpanId).toBe(agent.spanId)
    expect(attr(tool, "gen_ai.tool.name")).toBe("echo")
    expect(attr(tool, "ratchet.outcome")).toBe("success")
    // the context went on to the provider's requests and to the MCP server's, each under its own span
    const parentOf = (header: unknown) => /^00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]$/.exec(String(header))
    const providerHeaders = h.fake.requests.slice(-3).map((r) => parentOf(r.headers["traceparent"]))
    expect(providerHeaders.every((m) => m?.[1] === traceId)).toBe(true)
    const mcpCall = mcp.seenHeaders.map((hd) => parentOf(hd["traceparent"])).filter((m) => m !== null)
    expect(mcpCall.length).toBeGreaterThan(0)
    expect(mcpCall.every((m) => m![1] === traceId)).toBe(true)
    const remoteTool = byName("execute_tool remote_echo")[0]!
    expect(trace.some((s) => s.spanId === mcpCall[0]![2]) || mcpCall[0]![2] === remoteTool.spanId).toBe(true)
    // no span per streamed chunk (the run's own spans, the MCP client's and the SQL reads are ~35)
    expect(trace.length).toBeLessThan(60)
    // the log's appends (one per commit, and commits follow the chunks) are not traced
    const appends = spans.filter((s) => s.name === "sql.execute" && String(attr(s, "db.query.text") ?? "").includes("INSERT INTO event"))
    expect(appends.length).toBeLessThan(5)
    // exported every interval: a batch sent before the run has only the runtime's own figures
    await until("the run's metrics are exported beside the traces", async () =>
      JSON.stringify(metricBatches).includes("ratchet_provider_turns_total") ? true : undefined, 20_000)
  })
})
