/** `npm run fake-provider [-- --port 4010]`: the fake provider for demos; it echoes, slowly. */
import { start } from "./FakeProvider.js"

const portArg = process.argv.indexOf("--port")
const port = portArg === -1 ? 4010 : Number(process.argv[portArg + 1])
const { provider } = await start(port)
provider.setDefault((r) => {
  const users = (r.body.messages ?? []).filter((m) => m.role === "user")
  const text = `You said: ${String(users[users.length - 1]?.content ?? "")}`
  return { delayMs: 30, steps: [{ text: text.match(/.{1,4}/gs) ?? [text] }] }
})
console.log(`fake OpenAI-compatible provider on ${provider.baseURL} (model: any)`)
