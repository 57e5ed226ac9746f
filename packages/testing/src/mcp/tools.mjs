// The tools of the test MCP servers (real servers built with the SDK): echo (read-only), slow (sleeps,
// honours cancellation), fail (an error result), image (an image content), grow (adds a tool, so the
// server announces a list change), crash (the process exits mid-call; stdio only).
import { appendFileSync } from "node:fs"
import { z } from "zod"

const sleep = (ms, signal) => new Promise((resolve) => {
  const t = setTimeout(resolve, ms)
  signal?.addEventListener("abort", () => { clearTimeout(t); resolve() }, { once: true })
})

export const cancelled = []

export const register = (server, { canCrash }) => {
  server.registerTool("echo", {
    description: "Echoes its text.",
    inputSchema: { text: z.string() },
    annotations: { readOnlyHint: true, idempotentHint: true }
  }, async ({ text }) => ({ content: [{ type: "text", text: `echo: ${text}` }] }))
  server.registerTool("slow", {
    description: "Waits, then answers.",
    inputSchema: { ms: z.number() }
  }, async ({ ms }, extra) => {
    await sleep(ms, extra.signal)
    if (extra.signal.aborted) {
      cancelled.push(ms)
      // the client's cancellation arrived: say so where a test can see it
      if (process.env.MCP_TEST_CANCELLED) appendFileSync(process.env.MCP_TEST_CANCELLED, `${ms}\n`)
    }
    return { content: [{ type: "text", text: `slept ${ms}` }] }
  })
  server.registerTool("fail", { description: "Always fails." }, async () => ({ isError: true, content: [{ type: "text", text: "it failed, as asked" }] }))
  server.registerTool("image", { description: "Returns a tiny image." }, async () => ({
    content: [{ type: "image", data: Buffer.from([137, 80, 78, 71]).toString("base64"), mimeType: "image/png" }, { type: "text", text: "an image" }]
  }))
  server.registerTool("grow", { description: "Adds the tool `extra`." }, async () => {
    server.registerTool("extra", { description: "Added at run time." }, async () => ({ content: [{ type: "text", text: "extra!" }] }))
    return { content: [{ type: "text", text: "grown" }] }
  })
  server.registerResource("readme", "test://readme", { title: "Read me", mimeType: "text/plain" }, async (uri) => ({
    contents: [{ uri: uri.href, mimeType: "text/plain", text: "the test server's readme" }]
  }))
  server.registerPrompt("review", { description: "Review some code.", argsSchema: { file: z.string() } }, ({ file }) => ({
    messages: [{ role: "user", content: { type: "text", text: `Please review ${file}.` } }]
  }))
  if (canCrash) {
    server.registerTool("crash", { description: "Exits the server process." }, async () => {
      setTimeout(() => process.exit(3), 10)
      return await new Promise(() => undefined)
    })
  }
}
