/**
 * opencode's published v2 SDK (`@opencode-ai/sdk/v2`) against Ratchet, unchanged
 * (docs/clients.md). A test runs `main` against a real server.
 * Run: npx tsx packages/server/examples/opencodeClient.ts [baseUrl]
 */
import { createOpencodeClient } from "@opencode-ai/sdk/v2"

export const main = async (baseUrl: string) => {
  const client = createOpencodeClient({ baseUrl })
  const created = await client.v2.session.create({ location: { directory: process.cwd() } })
  const sessionID = created.data!.data.id
  await client.v2.session.prompt({ sessionID, prompt: { text: "hello" } })
  const { stream } = await client.v2.session.events({ sessionID })
  const types: Array<string> = []
  for await (const event of stream) { // durable events
    const { type } = event as unknown as { type: string }
    types.push(type)
    if (type === "session.next.activity.ended") break
  }
  await client.v2.session.wait({ sessionID })
  const history = await client.v2.session.history({ sessionID })
  return { sessionID, types, history: history.data }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv[2] ?? "http://127.0.0.1:4096").then((r) => console.log(r.types.join("\n")), (e) => {
    console.error(e)
    process.exit(1)
  })
}
