/**
 * The server's bounds (docs/scale.md): `limits.maxRuns` activities at once,
 * the rest visibly `queued`; `limits.providerConnections` provider requests
 * per provider at once, the rest waiting for a connection. Both over HTTP
 * with the fake provider.
 */
import { afterEach, describe, expect, it } from "vitest"
import { type Harness, post, raw, start, until } from "./harness.js"

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

const slow = { steps: [{ text: Array.from({ length: 30 }, (_, i) => `s${i} `) }], delayMs: 20 }

describe("limits", () => {
  it("maxRuns: one activity at a time; the other session shows as queued, then runs", async () => {
    h = await start({ config: { maxRuns: 1 } })
    const server = h
    const ids = await Promise.all([0, 1].map(async () => ((await post(server.baseUrl, "/api/session", {})).body.data as { id: string }).id))
    server.fake.push(slow, slow)
    for (const id of ids) expect((await post(server.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "go" } })).status).toBe(200)
    const active = await until("one running and one queued", async () => {
      const data = (await raw(server.baseUrl, "/api/session/active")).body.data as Record<string, { type: string }>
      const types = Object.values(data).map((d) => d.type).sort()
      return types.join() === "queued,running" ? data : undefined
    })
    expect(Object.keys(active).sort()).toEqual([...ids].sort())
    expect(server.fake.inFlight()).toBeLessThanOrEqual(1)
    for (const id of ids) await raw(server.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    for (const id of ids) {
      const history = (await raw(server.baseUrl, `/api/session/${id}/history`)).body.data as Array<{ type: string; data: { outcome?: string } }>
      expect(history.at(-1)?.data.outcome).toBe("completed")
    }
  })

  it("providerConnections: requests to one provider beyond the bound wait for a connection", async () => {
    h = await start({ config: { providerConnections: 2 } })
    const server = h
    const ids = await Promise.all([0, 1, 2, 3, 4].map(async () => ((await post(server.baseUrl, "/api/session", {})).body.data as { id: string }).id))
    server.fake.push(...ids.map(() => slow))
    let most = 0
    const watching = setInterval(() => (most = Math.max(most, server.fake.inFlight())), 5)
    for (const id of ids) await post(server.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "go" } })
    // five sessions run at once (no run bound reached), but two provider requests stream at a time
    const running = (await raw(server.baseUrl, "/api/session/active")).body.data as Record<string, { type: string }>
    expect(Object.values(running).every((r) => r.type === "running")).toBe(true)
    for (const id of ids) await raw(server.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    clearInterval(watching)
    expect(most).toBe(2)
  })
})
