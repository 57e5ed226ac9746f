/**
 * `npm run fake-provider [-- --port 4010]`: the fake OpenAI-compatible provider as its own
 * process, for demos (it echoes, slowly) and for benchmarks (model `bench-<spacingMs>-<chunks>`
 * streams that many chunks, each carrying its send time, that far apart).
 */
import { start } from "./FakeProvider.js"

const portArg = process.argv.indexOf("--port")
const port = portArg === -1 ? 4010 : Number(process.argv[portArg + 1])
const { provider } = await start(port)
provider.setDefault((r) => {
  const bench = /^bench-(\d+)-(\d+)$/.exec(r.body.model ?? "")
  if (bench !== null) {
    const chunks = Number(bench[2])
    return {
      delayMs: Number(bench[1]),
      steps: [{ text: Array.from({ length: chunks }, (_, i) => `{{now}};chunk ${i} of the streamed answer. `) }]
    }
  }
  const users = (r.body.messages ?? []).filter((m) => m.role === "user")
  const text = `You said: ${String(users[users.length - 1]?.content ?? "")}`
  return { delayMs: 30, steps: [{ text: text.match(/.{1,4}/gs) ?? [text] }] }
})
console.log(`fake OpenAI-compatible provider on ${provider.baseURL} (model: any)`)
