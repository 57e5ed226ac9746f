/** The HTTP API over PostgreSQL: the same server, a real PostgreSQL schema. */
import { PgSuite } from "@ratchet/testing"
import type { StreamEvent } from "@ratchet/sdk/fetch"
import { afterAll, describe, expect, it } from "vitest"
import { type Harness, post, raw, start } from "./harness.js"

await PgSuite.withPgSchema("HTTP API on PostgreSQL", (url) => {
  let h: Harness | undefined
  afterAll(() => h?.close())

  describe("HTTP API on PostgreSQL", () => {
    it("create → prompt → stream → history; a pending input survives a restart and runs", async () => {
      h = await start({ db: url })
      h.fake.push({ delayMs: 2, steps: [{ text: ["p", "g", "!"] }] })
      const sessionID = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
      await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { prompt: { text: "on pg" } })
      const live: Array<StreamEvent> = []
      for await (const e of h.client.events(sessionID)) {
        live.push(e)
        if (e.type === "session.next.activity.ended") break
      }
      const history = await raw(h.baseUrl, `/api/session/${sessionID}/history`)
      expect((history.body.data as Array<{ id: string }>).map((e) => e.id)).toEqual(live.map((e) => e.event.id))

      // admitted without starting the loop: a restart does not run it either; the next prompt's run does
      await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { id: "msg_pgpending", prompt: { text: "later" }, resume: false })
      h = await h.restart()
      await raw(h.baseUrl, `/api/session/${sessionID}/wait`, { method: "POST" })
      const inbox = await raw(h.baseUrl, `/api/session/${sessionID}/inbox`)
      expect((inbox.body.data as Array<{ id: string }>).map((i) => i.id)).toEqual(["msg_pgpending"])
      await post(h.baseUrl, `/api/session/${sessionID}/prompt`, { prompt: { text: "now" } })
      await raw(h.baseUrl, `/api/session/${sessionID}/wait`, { method: "POST" })
      expect((await raw(h.baseUrl, `/api/session/${sessionID}/inbox`)).body.data).toEqual([])
      const messages = await raw(h.baseUrl, `/api/session/${sessionID}/message`)
      expect((messages.body.data as Array<{ type: string }>).map((m) => m.type)).toEqual(["user", "assistant", "user", "assistant", "user", "assistant"])
    })
  })
})
