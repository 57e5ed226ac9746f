/**
 * Compatibility: opencode's published v2 client (`@opencode-ai/sdk/v2`) drives
 * Ratchet unchanged — create, prompt, history, events, wait.
 */
import { createOpencodeClient } from "@opencode-ai/sdk/v2"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, start } from "./harness.js"

let h: Harness
beforeAll(async () => {
  h = await start()
})
afterAll(() => h.close())

describe("@opencode-ai/sdk v2 against Ratchet", () => {
  it("creates a session, prompts, reads history and the event stream", async () => {
    const client = createOpencodeClient({ baseUrl: h.baseUrl, directory: process.cwd() })
    h.fake.push({ steps: [{ text: ["compat", "ible"] }] })

    const created = await client.v2.session.create({ location: { directory: process.cwd() } })
    expect(created.error).toBeUndefined()
    const sessionID = created.data!.data.id
    expect(sessionID).toMatch(/^ses_/)

    // create() with no arguments at all, as opencode's own clients call it
    const bare = await client.v2.session.create()
    expect(bare.error).toBeUndefined()
    expect(bare.data!.data.id).toMatch(/^ses_/)

    const got = await client.v2.session.get({ sessionID })
    expect(got.data?.data.id).toBe(sessionID)

    const prompted = await client.v2.session.prompt({ sessionID, id: "msg_compat1", prompt: { text: "from opencode" } })
    expect(prompted.error).toBeUndefined()
    expect(prompted.data!.data).toMatchObject({ id: "msg_compat1", sessionID, delivery: "queue" })

    const { stream } = await client.v2.session.events({ sessionID })
    const types: Array<string> = []
    for await (const event of stream) {
      // the frame's `data` line, parsed by the client: the durable event
      const e = event as unknown as { type: string; durable: { seq: number } }
      types.push(e.type)
      if (e.type === "session.next.activity.ended") break
    }
    expect(types).toContain("session.next.text.delta")

    const waited = await client.v2.session.wait({ sessionID })
    expect(waited.response.status).toBe(204)

    const history = await client.v2.session.history({ sessionID, limit: 100 })
    const events = history.data!.data as Array<{ type: string; durable: { seq: number } }>
    expect(events.map((e) => e.type)).toEqual(types)
    expect(history.data!.hasMore).toBe(false)

    // upstream's plain-sequence `after` works too
    const tail = await client.v2.session.history({ sessionID, after: 2 })
    expect((tail.data!.data as Array<{ durable: { seq: number } }>)[0]!.durable.seq).toBe(3)

    const messages = await client.v2.session.messages({ sessionID })
    const transcript = messages.data!.data as Array<{ type: string; text?: string; content?: Array<{ type: string; text?: string }> }>
    expect(transcript.map((m) => m.type)).toEqual(["user", "assistant"])
    expect(transcript[0]!.text).toBe("from opencode")
    expect(transcript[1]!.content).toEqual([expect.objectContaining({ type: "text", text: "compatible" })])

    const list = await client.v2.session.list({ limit: 10 })
    expect(list.data!.data.some((s) => s.id === sessionID)).toBe(true)
    const health = await client.v2.health.get()
    expect(health.data?.healthy).toBe(true)
  })

  it("the project routes: fs list and find, commands, skills, references, a permission check, with the location parameter", async () => {
    const client = createOpencodeClient({ baseUrl: h.baseUrl, directory: process.cwd() })
    // this package's directory: inside the server's directory wherever the tests run from
    const location = { directory: fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "") }
    const listed = await client.v2.fs.list({ location, path: "test" })
    expect(listed.error).toBeUndefined()
    expect(listed.data!.location.directory).toBe(location.directory)
    expect(listed.data!.data).toContainEqual({ path: "test/OpencodeCompat.test.ts", type: "file" })
    const found = await client.v2.fs.find({ location, query: "OpencodeCompat", type: "file", limit: "5" })
    expect(found.data!.data[0]).toEqual({ path: "test/OpencodeCompat.test.ts", type: "file" })
    expect((await client.v2.command.list({ location })).data!.data).toEqual(expect.any(Array))
    expect((await client.v2.skill.list({ location })).data!.data).toEqual(expect.any(Array))
    expect((await client.v2.reference.list({ location })).data!.data).toEqual([])
    const outside = await client.v2.fs.list({ location: { directory: "/" } })
    expect(outside.response.status).toBe(403)
    const session = (await client.v2.session.create()).data!.data.id
    const checked = await client.v2.session.permission.create({ sessionID: session, action: "bash", resources: ["git push"] })
    expect(checked.data!.data.effect).toBe("ask")
    const pending = await client.v2.session.permission.list({ sessionID: session })
    expect(pending.data!.data.map((r) => r.id)).toEqual([checked.data!.data.id])
  })
})
