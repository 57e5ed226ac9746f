/**
 * The fetch client (docs/clients.md): create a session, prompt it, print the
 * answer as it streams. A test runs `main` against a real server.
 * Run: npx tsx packages/server/examples/fetchClient.ts [baseUrl]
 */
import { createRatchetClient } from "@ratchet/sdk/fetch"

export const main = async (baseUrl: string, token = process.env.RATCHET_TOKEN) => {
  const client = createRatchetClient({ baseUrl, ...(token === undefined ? {} : { token }) })
  const { data } = await client.api.POST("/api/session", { body: { title: "demo" } })
  const sessionID = data!.data.id
  await client.api.POST("/api/session/{sessionID}/prompt", {
    params: { path: { sessionID } },
    body: { id: "msg_demo1", prompt: { text: "hello" } }
  })
  let answer = ""
  for await (const frame of client.events(sessionID)) { // { cursor, type, event }
    if (frame.type === "session.next.text.delta") answer += String(frame.event.data.delta)
    if (frame.type === "session.next.activity.ended") break
  }
  return { sessionID, answer }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv[2] ?? "http://127.0.0.1:4096").then((r) => console.log(r.answer), (e) => {
    console.error(e)
    process.exit(1)
  })
}
