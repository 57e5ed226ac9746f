/**
 * A request that reaches the server after it listens and before the app is
 * served is held and answered by the app (without the hold it was emitted
 * to no listener and never answered); past the hold's bound it gets a 503.
 */
import { createServer, request as httpRequest, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterEach, describe, expect, it } from "vitest"
import { holdUntilServed } from "../src/StartupHold.js"

const servers: Array<Server> = []
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((resolve) => s.close(resolve))
})

const listening = async (limit?: number) => {
  const server = holdUntilServed(createServer(), limit)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return { server, port: (server.address() as AddressInfo).port }
}

const get = (port: number, path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      let body = ""
      res.setEncoding("utf8")
      res.on("data", (c: string) => (body += c))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on("error", reject)
    req.end()
  })

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setTimeout(r, 5))
}

describe("StartupHold", () => {
  it("hands requests that came before the app to the app, in order, and then steps aside", async () => {
    const { server, port } = await listening()
    let arrived = 0
    server.on("connection", () => arrived++)
    const first = get(port, "/one")
    const second = get(port, "/two")
    await until(() => arrived === 2)
    await new Promise((r) => setTimeout(r, 50))
    const served: Array<string> = []
    server.on("request", (req, res) => {
      served.push(req.url ?? "")
      res.end(`app ${req.url}`)
    })
    expect(await first).toEqual({ status: 200, body: "app /one" })
    expect(await second).toEqual({ status: 200, body: "app /two" })
    expect(served.sort()).toEqual(["/one", "/two"])
    expect(server.listenerCount("request")).toBe(1)
    expect(await get(port, "/three")).toEqual({ status: 200, body: "app /three" })
  })

  it("answers 503 with retry-after past its bound, before the app", async () => {
    const { server, port } = await listening(1)
    let arrived = 0
    server.on("connection", () => arrived++)
    const held = get(port, "/held")
    await until(() => arrived === 1)
    await new Promise((r) => setTimeout(r, 50))
    const refused = await get(port, "/refused")
    expect(refused.status).toBe(503)
    expect(JSON.parse(refused.body)).toMatchObject({ name: "ServerStarting" })
    server.on("request", (_req, res) => res.end("app"))
    expect(await held).toEqual({ status: 200, body: "app" })
  })
})
