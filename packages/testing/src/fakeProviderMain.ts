/**
 * `npm run fake-provider [-- --port 4010]`: the fake provider (every wire) as its own
 * process, for demos (it echoes, slowly) and for benchmarks (model `bench-<spacingMs>-<chunks>`
 * streams that many chunks, each carrying its send time, that far apart).
 */
import { start } from "./FakeProvider.js"
import { lastUserText } from "./FakeWires.js"

/** The request's bound on output tokens, whatever its wire calls it. */
const maxOutputOf = (body: Record<string, unknown>): number | undefined => {
  const generation = body["generationConfig"] as Record<string, unknown> | undefined
  const bound = body["max_tokens"] ?? body["max_completion_tokens"] ?? body["max_output_tokens"] ?? generation?.["maxOutputTokens"]
  return typeof bound === "number" ? bound : undefined
}

const portArg = process.argv.indexOf("--port")
const port = portArg === -1 ? 4010 : Number(process.argv[portArg + 1])
const { provider } = await start(port)
provider.setDefault((r) => {
  const bench = /^bench-(\d+)-(\d+)$/.exec(r.model)
  if (bench !== null) {
    // a real provider stops at the request's output bound: a session title asks for 40 tokens, not the answer's length
    const chunks = Math.min(Number(bench[2]), maxOutputOf(r.body) ?? Infinity)
    return {
      delayMs: Number(bench[1]),
      steps: [{ text: Array.from({ length: chunks }, (_, i) => `{{now}};chunk ${i} of the streamed answer. `) }]
    }
  }
  const text = `You said: ${lastUserText(r.wire, r.body)}`
  return { delayMs: 30, steps: [{ text: text.match(/.{1,4}/gs) ?? [text] }] }
})
console.log(`fake provider (Chat Completions, Anthropic, Responses, Gemini wires) on ${provider.baseURL} (model: any)`)
