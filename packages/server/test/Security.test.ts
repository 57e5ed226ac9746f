/**
 * The security suite over real sockets (docs/security.md): the Host/Origin
 * and media-type matrix, empty and short secrets, session rules from the
 * create body, the directories a session may use, every body field honoured
 * or refused — and that no refused request writes anything.
 */
import { Effect, Either, Exit, Layer, Redacted, Scope } from "effect"
import * as net from "node:net"
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Server from "../src/Server.js"
import { defaults, type ServerConfigShape } from "../src/ServerConfig.js"
import * as Settings from "../src/Settings.js"
import { type Harness, post, raw, rawRequest, start } from "./harness.js"

/** `rawRequest` with the body parsed as JSON (or kept as `{ text }`). */
const send = async (baseUrl: string, options: Parameters<typeof rawRequest>[1]) => {
  const r = await rawRequest(baseUrl, options)
  let body: Record<string, unknown> | undefined
  try {
    body = r.text === "" ? undefined : JSON.parse(r.text) as Record<string, unknown>
  } catch {
    body = { text: r.text }
  }
  return { status: r.status, headers: r.headers, body }
}

const sessionCount = async (baseUrl: string) => ((await raw(baseUrl, "/api/session?limit=1000")).body.data as Array<unknown>).length

let h: Harness
let scratch: string
beforeAll(async () => {
  scratch = realpathSync(mkdtempSync(join(tmpdir(), "ratchet-security-")))
  h = await start({ config: { directory: scratch, directories: [scratch], hosts: ["ratchet.internal"], cors: ["http://app.example:3000"] } })
})
afterAll(async () => {
  await h.close()
  rmSync(scratch, { recursive: true, force: true })
})

describe("Host and Origin without authentication (DNS rebinding, cross-site requests)", () => {
  const port = () => new URL(h.baseUrl).port

  it("answers only loopback and configured host names; a rebinding page's own Host is refused before any route", async () => {
    const before = await sessionCount(h.baseUrl)
    for (const host of ["127.0.0.1", "localhost", "[::1]", "127.1.2.3", "ratchet.internal"]) {
      expect((await send(h.baseUrl, { path: "/api/session", headers: { host: `${host}:${port()}` } })).status, host).toBe(200)
    }
    for (const host of ["evil.example", "127.0.0.1.evil.example", "localhost.evil.example", "0.0.0.0", "10.0.0.1"]) {
      const refused = await send(h.baseUrl, {
        method: "POST",
        path: "/api/session",
        headers: { host: `${host}:${port()}`, origin: `http://${host}:${port()}`, "content-type": "application/json" },
        body: JSON.stringify({ title: "rebound" })
      })
      expect(refused.status, host).toBe(403)
      expect(refused.body).toMatchObject({ _tag: "ForbiddenError", reason: "host" })
    }
    expect(await sessionCount(h.baseUrl)).toBe(before)
  })

  it("refuses foreign and null origins; same-origin and listed origins pass, with CORS headers for listed ones", async () => {
    const before = await sessionCount(h.baseUrl)
    const create = (origin: string) =>
      send(h.baseUrl, {
        method: "POST",
        path: "/api/session",
        headers: { origin, "content-type": "application/json" },
        body: JSON.stringify({ title: "from a page" })
      })
    for (const origin of ["http://evil.example", "null", "http://127.0.0.1:1", "https://app.example:3000"]) {
      const refused = await create(origin)
      expect(refused.status, origin).toBe(403)
      expect(refused.body).toMatchObject({ _tag: "ForbiddenError", reason: "origin" })
    }
    expect(await sessionCount(h.baseUrl)).toBe(before)
    expect((await create(`http://127.0.0.1:${port()}`)).status).toBe(200)
    const listed = await create("http://app.example:3000")
    expect(listed.status).toBe(200)
    expect(listed.headers["access-control-allow-origin"]).toBe("http://app.example:3000")
    const preflight = await send(h.baseUrl, {
      method: "OPTIONS",
      path: "/api/session",
      headers: { origin: "http://app.example:3000", "access-control-request-method": "POST", "access-control-request-headers": "content-type" }
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers["access-control-allow-headers"]).toContain("content-type")
    const foreignPreflight = await send(h.baseUrl, {
      method: "OPTIONS",
      path: "/api/session",
      headers: { origin: "http://evil.example", "access-control-request-method": "POST" }
    })
    expect(foreignPreflight.status).toBe(403)
  })

  it("accepts only application/json bodies: forms, multipart and text are 415 and write nothing", async () => {
    const before = await sessionCount(h.baseUrl)
    const cases: Array<[string | undefined, string]> = [
      ["application/x-www-form-urlencoded", "title=csrf"],
      ["multipart/form-data; boundary=x", "--x\r\ncontent-disposition: form-data; name=\"title\"\r\n\r\ncsrf\r\n--x--\r\n"],
      ["text/plain", JSON.stringify({ title: "csrf" })],
      [undefined, JSON.stringify({ title: "csrf" })]
    ]
    for (const [type, body] of cases) {
      const r = await send(h.baseUrl, { method: "POST", path: "/api/session", headers: type === undefined ? {} : { "content-type": type }, body })
      expect(r.status, type).toBe(415)
      expect(r.body).toMatchObject({ _tag: "UnsupportedMediaTypeError" })
    }
    expect(await sessionCount(h.baseUrl)).toBe(before)
    // a POST without a body needs no content type, and creating a session needs no body at all
    const bare = await send(h.baseUrl, { method: "POST", path: "/api/session" })
    expect(bare.status).toBe(200)
    expect(bare.body).toMatchObject({ data: { location: { directory: scratch } } })
    const id = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    expect((await send(h.baseUrl, { method: "POST", path: `/api/session/${id}/wait` })).status).toBe(204)
    expect((await post(h.baseUrl, "/api/session", { title: "charset" }, { "content-type": "application/json; charset=utf-8" })).status).toBe(200)
  })
})

describe("with authentication", () => {
  it("any Host may reach the server, but nothing passes without credentials", async () => {
    const secured = await start({ config: { auth: { username: "ratchet", token: Redacted.make("a-long-enough-token-1234") } } })
    try {
      const r = await send(secured.baseUrl, { path: "/api/session", headers: { host: "ratchet.example.com" } })
      expect(r.status).toBe(401)
      const ok = await send(secured.baseUrl, {
        path: "/api/session",
        headers: { host: "ratchet.example.com", authorization: "Bearer a-long-enough-token-1234" }
      })
      expect(ok.status).toBe(200)
    } finally {
      await secured.close()
    }
  })
})

describe("secrets", () => {
  const resolve = (env: Settings.Env, file?: string) =>
    Effect.runPromise(Effect.either(Settings.resolve(file === undefined ? {} : { config: file }, env, scratch)))

  it("an empty or blank RATCHET_TOKEN / RATCHET_PASSWORD / server.token is a start-up error, not auth that checks nothing", async () => {
    for (const env of [{ RATCHET_TOKEN: "" }, { RATCHET_TOKEN: "   " }, { RATCHET_PASSWORD: "" }, { RATCHET_PASSWORD: "\t" }]) {
      const r = await resolve(env)
      expect(Either.isLeft(r), JSON.stringify(env)).toBe(true)
      expect(Either.isLeft(r) && r.left.message).toMatch(/RATCHET_(TOKEN|PASSWORD).*set but empty/)
    }
    const file = join(scratch, "empty-token.json")
    writeFileSync(file, JSON.stringify({ server: { token: "" } }))
    const r = await resolve({}, file)
    expect(Either.isLeft(r) && r.left.message).toMatch(/server\.token.*set but empty/)
  })

  it("a bind beyond loopback needs a secret of at least 16 characters; an empty one never counts", async () => {
    const config = (hostname: string, token?: string): ServerConfigShape => ({
      ...defaults,
      directory: scratch,
      hostname,
      ...(token === undefined ? {} : { auth: { username: "ratchet", token: Redacted.make(token) } })
    })
    expect(Server.insecureBind(config("0.0.0.0"))).toMatch(/without authentication/)
    expect(Server.insecureBind(config("0.0.0.0", ""))).toMatch(/empty token/)
    expect(Server.insecureBind(config("127.0.0.1", " "))).toMatch(/empty token/)
    expect(Server.insecureBind(config("0.0.0.0", "short-secret"))).toMatch(/shorter than 16/)
    expect(Server.insecureBind(config("0.0.0.0", "a-long-enough-token-1234"))).toBeUndefined()
    expect(Server.insecureBind(config("127.0.0.1", "short"))).toBeUndefined()
    // and the real layer refuses to start
    const scope = Effect.runSync(Scope.make())
    const exit = await Effect.runPromiseExit(Layer.buildWithScope(
      Server.layer({
        config: { ...config("0.0.0.0", ""), port: 0 },
        storage: Server.storageFor(join(scratch, "never.db")),
        providers: { providers: [] },
        agents: []
      }),
      scope
    ))
    await Effect.runPromise(Scope.close(scope, Exit.void))
    expect(Exit.isFailure(exit)).toBe(true)
    expect(String(Exit.isFailure(exit) ? exit.cause : "")).toMatch(/empty token/)
  })
})

describe("session directories (the server decides)", () => {
  it("refuses /, directories outside the roots, relative, missing and symlinked-out ones with a 400 naming the field; writes nothing", async () => {
    mkdirSync(join(scratch, "project"), { recursive: true })
    symlinkSync("/etc", join(scratch, "escape"))
    writeFileSync(join(scratch, "file.txt"), "x")
    const before = await sessionCount(h.baseUrl)
    for (const directory of ["/", "/etc", tmpdir(), "relative/dir", join(scratch, "missing"), join(scratch, "escape"), join(scratch, "file.txt"), `${scratch}/../`]) {
      const r = await post(h.baseUrl, "/api/session", { location: { directory } })
      expect(r.status, directory).toBe(400)
      expect(r.body).toMatchObject({ _tag: "InvalidRequestError", field: "location.directory" })
    }
    expect(await sessionCount(h.baseUrl)).toBe(before)
    for (const directory of [scratch, join(scratch, "project")]) {
      expect((await post(h.baseUrl, "/api/session", { location: { directory } })).status, directory).toBe(200)
    }
  })
})

describe("every field of a request body is honoured or refused", () => {
  it("create: each field shows in the session; session rules are enforced (a bash deny stops bash)", async () => {
    const parent = ((await post(h.baseUrl, "/api/session", { location: { directory: scratch } })).body.data as { id: string }).id
    const created = await post(h.baseUrl, "/api/session", {
      id: "ses_securitybody1",
      agent: "short",
      model: { providerID: "fake", id: "fake-1" },
      location: { directory: scratch },
      title: "all fields",
      parentID: parent,
      permission: [{ permission: "bash", pattern: "*", action: "deny" }]
    })
    expect(created.status).toBe(200)
    const session = (await raw(h.baseUrl, "/api/session/ses_securitybody1")).body.data as Record<string, unknown>
    expect(session).toMatchObject({
      id: "ses_securitybody1",
      agent: "short",
      model: { providerID: "fake", id: "fake-1" },
      location: { directory: scratch },
      title: "all fields",
      parentID: parent
    })
    // the session's own deny rule: bash is not offered, and a call to it is refused; nothing runs
    h.fake.push({ steps: [{ toolCall: { name: "bash", args: { command: `touch ${join(scratch, "ran.txt")}` } } }] }, { steps: [{ text: "ok" }] })
    await post(h.baseUrl, "/api/session/ses_securitybody1/prompt", { prompt: { text: "run it" } })
    await raw(h.baseUrl, "/api/session/ses_securitybody1/wait", { method: "POST" })
    expect(existsSync(join(scratch, "ran.txt"))).toBe(false)
    const offered = (h.fake.requests.at(-2)?.body.tools ?? []).map((t) => t.function.name)
    expect(offered).not.toContain("bash")
  })

  it("an unknown field is refused with a 400 that names it, on every body", async () => {
    const id = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    const cases: Array<[string, unknown]> = [
      ["/api/session", { title: "x", permissions: [{ permission: "bash", pattern: "*", action: "deny" }] }],
      [`/api/session/${id}/prompt`, { prompt: { text: "hi" }, deliver: "steer" }],
      [`/api/session/${id}/agent`, { agent: "build", force: true }]
    ]
    const before = await sessionCount(h.baseUrl)
    for (const [path, body] of cases) {
      const r = await post(h.baseUrl, path, body)
      expect(r.status, path).toBe(400)
      expect(r.body).toMatchObject({ _tag: "InvalidRequestError" })
    }
    expect(await sessionCount(h.baseUrl)).toBe(before)
    expect(((await raw(h.baseUrl, `/api/session/${id}/history`)).body.data as Array<unknown>).length).toBe(1)
  })
})

describe("webfetch against this machine (SSRF)", () => {
  it("a model told to read Ratchet's own API is asked about, and a rejection fetches nothing", async () => {
    const victim = ((await post(h.baseUrl, "/api/session", { title: "victim" })).body.data as { id: string }).id
    const id = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    h.fake.push({ steps: [{ toolCall: { name: "webfetch", args: { url: `${h.baseUrl}/api/session/${victim}/history` } } }] }, {
      steps: [{ text: "ok" }]
    })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "summarise http://example.com" } })
    let request: Record<string, unknown> | undefined
    for (let i = 0; i < 400 && request === undefined; i++) {
      const pending = (await raw(h.baseUrl, `/api/session/${id}/permission`)).body.data as Array<Record<string, unknown>>
      request = pending.find((p) => p.action === "webfetch_local")
      if (request === undefined) await new Promise((r) => setTimeout(r, 25))
    }
    expect(request).toMatchObject({ action: "webfetch_local", resources: [`${h.baseUrl}/api/session/${victim}/history`] })
    await post(h.baseUrl, `/api/session/${id}/permission/${request!.id as string}/reply`, { reply: "reject", message: "no local fetches" })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    const shown = h.fake.requests.at(-1)!.body.messages!.filter((m) => m.role === "tool").map((m) => String(m.content)).join("\n")
    expect(shown).toContain("no local fetches")
    expect(shown).not.toContain("victim")
  })
})

describe("hostile bodies (lower findings)", () => {
  it("a 100,000-deep body and a lone surrogate are 400s that name the body, not 500s; nothing is written", async () => {
    const before = await sessionCount(h.baseUrl)
    const deep = `{"title":${"[".repeat(100_000)}${"]".repeat(100_000)}}`
    for (const body of [deep, `{"permission":${"[".repeat(100_000)}${"]".repeat(100_000)}}`, '{"title":"a\\ud800b"}']) {
      const r = await send(h.baseUrl, { method: "POST", path: "/api/session", headers: { "content-type": "application/json" }, body })
      expect(r.status).toBe(400)
      expect(r.body).toMatchObject({ _tag: "InvalidRequestError", field: "body" })
    }
    expect(await sessionCount(h.baseUrl)).toBe(before)
  })

  it("every string field is bounded: a 100 KB model id, directory or agent is a 400 naming it", async () => {
    const long = "x".repeat(100_000)
    const before = await sessionCount(h.baseUrl)
    for (const [body, field] of [
      [{ model: { providerID: long, id: "m" } }, "model.providerID"],
      [{ location: { directory: `/${long}` } }, "location.directory"],
      [{ agent: long }, "agent"]
    ] as const) {
      const r = await post(h.baseUrl, "/api/session", body)
      expect(r.status, field).toBe(400)
      expect(r.body).toMatchObject({ _tag: "InvalidRequestError", field })
    }
    expect(await sessionCount(h.baseUrl)).toBe(before)
  })

  /** Sends `head` then `body` on a raw socket, writing as fast as the socket takes it; returns what came back. */
  const rawExchange = (baseUrl: string, head: string, body: Buffer | ReadonlyArray<Buffer>, waitMs = 10_000) =>
    new Promise<{ text: string; sendError: string | undefined }>((resolve) => {
      const url = new URL(baseUrl)
      const socket = net.connect(Number(url.port), url.hostname)
      let text = ""
      let sendError: string | undefined
      socket.on("data", (d: Buffer) => (text += d.toString("latin1")))
      socket.on("error", (e: NodeJS.ErrnoException) => (sendError ??= e.code ?? e.message))
      const finish = () => resolve({ text, sendError })
      socket.on("close", finish)
      setTimeout(() => {
        socket.destroy()
        finish()
      }, waitMs)
      socket.write(head)
      for (const part of Array.isArray(body) ? body : [body]) socket.write(part)
    })

  it("an oversized body is answered 413 that the client reads, chunked or with connection: close", async () => {
    const size = 8 * 1024 * 1024
    const closing = await rawExchange(
      h.baseUrl,
      `POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: ${size}\r\n\r\n`,
      Buffer.alloc(size, 32)
    )
    expect(closing.text).toMatch(/^HTTP\/1\.1 413/)
    expect(closing.sendError).toBeUndefined()
    const chunk = Buffer.alloc(64 * 1024, 32)
    const chunks = [...Array.from({ length: 32 }, () => Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")])), Buffer.from("0\r\n\r\n")]
    const chunked = await rawExchange(
      h.baseUrl,
      `POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nconnection: close\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n`,
      chunks
    )
    expect(chunked.text).toMatch(/^HTTP\/1\.1 413/)
    expect(chunked.sendError).toBeUndefined()
  })

  it("a body shorter than its content-length is answered 408 and closed, not held open", async () => {
    const quick = await start({ config: { requestTimeoutMs: 1000 } })
    try {
      const started = Date.now()
      const r = await rawExchange(
        quick.baseUrl,
        `POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n`,
        Buffer.from('{"ti'),
        15_000
      )
      expect(r.text).toMatch(/^HTTP\/1\.1 408/)
      expect(Date.now() - started).toBeLessThan(10_000)
    } finally {
      await quick.close()
    }
  })
})
