/**
 * The measurement behind docs/providers.md's choice of a hand-written
 * Anthropic adapter over `@effect/ai-anthropic` 0.27 (`@effect/ai` 0.37).
 * Not part of the workspace (those packages are not dependencies): run it
 * from a scratch folder that has them installed, with
 * `RATCHET=/path/to/ratchet npx tsx effect-ai-anthropic.mts` (it is excluded
 * from the typecheck for that reason). Both consume
 * the same 200-delta Anthropic stream from a loopback server; the figure is
 * CPU time per streamed chunk, interleaved rounds.
 */
import { LanguageModel } from "@effect/ai"
import { AnthropicClient, AnthropicLanguageModel } from "@effect/ai-anthropic"
import { NodeHttpClient } from "@effect/platform-node"
import { Effect, Layer, Redacted, Stream } from "effect"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"

const ratchet = process.env["RATCHET"] ?? "/work/main"
const { Anthropic } = await import(`${ratchet}/packages/llm/src/index.ts`)
const ratchetPlatform = await import(`${ratchet}/node_modules/@effect/platform-node/dist/esm/index.js`)
const ratchetEffect = await import(`${ratchet}/node_modules/effect/dist/esm/index.js`)

const CHUNKS = 200
const TURNS = Number(process.env["TURNS"] ?? 100)
const frame = (type: string, value: object) => `event: ${type}\ndata: ${JSON.stringify({ type, ...value })}\n\n`
const body = [
  frame("message_start", { message: { id: "msg_1", type: "message", role: "assistant", model: "m", content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 10, output_tokens: 1 } } }),
  frame("content_block_start", { index: 0, content_block: { type: "text", text: "" } }),
  ...Array.from({ length: CHUNKS }, (_, i) => frame("content_block_delta", { index: 0, delta: { type: "text_delta", text: `tok${i} ` } })),
  frame("content_block_stop", { index: 0 }),
  frame("message_delta", { delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: CHUNKS } }),
  frame("message_stop", {})
].join("")

const server = createServer((req, res) => {
  req.resume()
  req.on("end", () => {
    res.writeHead(200, { "content-type": "text/event-stream" })
    res.end(body)
  })
})
await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()))
const port = (server.address() as AddressInfo).port

const library = Layer.provide(AnthropicLanguageModel.layer({ model: "claude-sonnet-4-5" }), AnthropicClient.layer({ apiUrl: `http://127.0.0.1:${port}`, apiKey: Redacted.make("k") }))
  .pipe(Layer.provide(NodeHttpClient.layerUndici))
const libraryTurn = LanguageModel.streamText({ prompt: "hi" }).pipe(
  Stream.runFold(0, (n, part) => (part.type === "text-delta" ? n + 1 : n)),
  Effect.provide(library)
)

const handTurn = ratchetEffect.Effect.gen(function*() {
  const model = yield* Anthropic.make({ provider: "anthropic", baseURL: `http://127.0.0.1:${port}/v1`, apiKey: ratchetEffect.Redacted.make("k") })
  return yield* ratchetEffect.Stream.runFold(
    model.stream({ model: "claude-sonnet-4-5", messages: [{ role: "user", text: "hi" }], tools: [], toolChoice: "auto" }),
    0,
    (n: number, p: { _tag: string }) => (p._tag === "TextDelta" ? n + 1 : n)
  )
}).pipe(ratchetEffect.Effect.provide(ratchetPlatform.NodeHttpClient.layerUndici))

const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const round = async (run: () => Promise<number>) => {
  const start = cpu()
  const t0 = performance.now()
  let chunks = 0
  for (let i = 0; i < TURNS; i++) chunks += await run()
  return { cpuUsPerChunk: ((cpu() - start) * 1000) / chunks, msPerTurn: (performance.now() - t0) / TURNS, chunks }
}
const lib = () => Effect.runPromise(libraryTurn)
const hand = () => ratchetEffect.Effect.runPromise(handTurn) as Promise<number>
await lib()
await hand()
const results: Record<string, Array<{ cpuUsPerChunk: number; msPerTurn: number }>> = { library: [], hand: [] }
for (let r = 0; r < 3; r++) {
  results["library"]!.push(await round(lib))
  results["hand"]!.push(await round(hand))
}
const median = (xs: Array<number>) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const lib_ = median(results["library"]!.map((x) => x.cpuUsPerChunk))
const hand_ = median(results["hand"]!.map((x) => x.cpuUsPerChunk))
console.log("| adapter | CPU µs per chunk (median of 3) | ms per 200-chunk turn |")
console.log("|---|---|---|")
console.log(`| @effect/ai-anthropic 0.27 | ${lib_.toFixed(1)} | ${median(results["library"]!.map((x) => x.msPerTurn)).toFixed(2)} |`)
console.log(`| Ratchet's Anthropic adapter | ${hand_.toFixed(1)} | ${median(results["hand"]!.map((x) => x.msPerTurn)).toFixed(2)} |`)
console.log(JSON.stringify({ library_cpu_us_per_chunk: lib_, hand_cpu_us_per_chunk: hand_, library_over_hand: lib_ / hand_ }))
server.close()
