/**
 * API keys, roles and projects over real sockets: keys shown once and kept
 * as scrypt hashes; a table of role × route; a key of another project gets,
 * on every route of the contract that names a session or a request, the very
 * 404 an unknown id gets, and sees none of the project's sessions in lists,
 * usage or either event stream; who did what is in the log; usage by key.
 */
import { HttpApi } from "@effect/platform"
import { Api } from "@ratchet/api"
import { Cursor } from "@ratchet/schema"
import { Redacted } from "effect"
import * as fs from "node:fs"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, raw, start, until } from "./harness.js"

const TOKEN = "access-test-admin-token-0123456789"
let h: Harness

const call = (id: string, name: string, args: unknown) => ({ toolCall: { id, name, args } })

const request = (credential: string | undefined, method: string, path: string, body?: unknown) =>
  raw(h.baseUrl, path, {
    method,
    headers: {
      ...(credential === undefined ? {} : { authorization: `Bearer ${credential}` }),
      ...(body === undefined ? {} : { "content-type": "application/json" })
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })

const createKey = async (role: string, project?: string) => {
  const r = await request(TOKEN, "POST", "/api/key", { name: `${role}-${project ?? "all"}`, role, ...(project === undefined ? {} : { project }) })
  expect(r.status).toBe(201)
  return { id: (r.body.data as { id: string }).id, key: r.body.key as string }
}

const newSession = async (credential: string) => {
  const r = await request(credential, "POST", "/api/session", {})
  expect(r.status).toBe(200)
  return (r.body.data as { id: string; project: string })
}

const history = async (credential: string, id: string) =>
  (await request(credential, "GET", `/api/session/${id}/history`)).body.data as Array<{ type: string; data: Record<string, unknown> }>

beforeAll(async () => {
  h = await start({
    config: { auth: { token: Redacted.make(TOKEN), username: "ratchet" } },
    cost: { input: 3, output: 15 },
    permission: [{ permission: "mark", pattern: "*", action: "ask" }]
  })
})
afterAll(async () => {
  await h?.close()
})

describe("API keys", () => {
  it("a key is shown once, works, is stored only as a hash, and stops working when revoked", async () => {
    const { id, key } = await createKey("viewer")
    expect(key).toMatch(new RegExp(`^rk_${id}_[A-Za-z0-9_-]{43}$`))
    const listed = (await request(TOKEN, "GET", "/api/key")).body.data as Array<Record<string, unknown>>
    const mine = listed.find((k) => k.id === id)!
    expect(mine).toMatchObject({ id, role: "viewer", createdBy: "token" })
    expect(JSON.stringify(listed)).not.toContain(key.slice(-43))
    expect((await request(key, "GET", "/api/session")).status).toBe(200)
    // a wrong secret for a real id, and a made-up key, are both 401
    expect((await request(`rk_${id}_${"A".repeat(43)}`, "GET", "/api/session")).status).toBe(401)
    expect((await request("rk_0000000000000000_" + "B".repeat(43), "GET", "/api/session")).status).toBe(401)
    // basic credentials with the key as the password (opencode's clients send basic)
    const basic = Buffer.from(`anyone:${key}`).toString("base64")
    expect((await raw(h.baseUrl, "/api/session", { headers: { authorization: `Basic ${basic}` } })).status).toBe(200)
    // the database (and its write-ahead log) never holds the secret
    for (const file of [h.db, `${h.db}-wal`]) {
      if (fs.existsSync(file)) expect(fs.readFileSync(file).includes(Buffer.from(key.slice(-43)))).toBe(false)
    }
    const revoked = await request(TOKEN, "DELETE", `/api/key/${id}`)
    expect(revoked.status).toBe(200)
    expect((revoked.body.data as { time: { revoked?: number } }).time.revoked).toBeGreaterThan(0)
    expect((await request(key, "GET", "/api/session")).status).toBe(401)
    expect((await request(TOKEN, "DELETE", "/api/key/nosuchkey")).status).toBe(404)
  })

  it("bad key requests are typed 400s that create nothing", async () => {
    const before = ((await request(TOKEN, "GET", "/api/key")).body.data as Array<unknown>).length
    for (const body of [{ name: "x", role: "owner" }, { name: "", role: "viewer" }, { name: "x", role: "viewer", project: "../etc" }, { name: "x", role: "viewer", extra: 1 }]) {
      const r = await request(TOKEN, "POST", "/api/key", body)
      expect(r.status, JSON.stringify(body)).toBe(400)
    }
    expect(((await request(TOKEN, "GET", "/api/key")).body.data as Array<unknown>).length).toBe(before)
  })
})

describe("roles", () => {
  it("viewer reads, member also prompts and manages sessions, admin also manages keys and the server", async () => {
    const viewer = await createKey("viewer")
    const member = await createKey("member")
    const admin = await createKey("admin")
    const s = await newSession(TOKEN)
    type Row = readonly [method: string, path: string, body: unknown, viewer: boolean, member: boolean, admin: boolean]
    const table: ReadonlyArray<Row> = [
      ["GET", "/api/session", undefined, true, true, true],
      ["GET", `/api/session/${s.id}`, undefined, true, true, true],
      ["GET", `/api/session/${s.id}/message`, undefined, true, true, true],
      ["GET", `/api/session/${s.id}/history`, undefined, true, true, true],
      ["GET", `/api/session/${s.id}/event?follow=false`, undefined, true, true, true],
      ["GET", "/api/event?follow=false", undefined, true, true, true],
      ["POST", `/api/session/${s.id}/wait`, undefined, true, true, true],
      ["GET", "/api/usage", undefined, true, true, true],
      ["GET", "/api/permission/request", undefined, true, true, true],
      ["GET", "/metrics", undefined, true, true, true],
      ["GET", "/session", undefined, true, true, true],
      ["POST", "/api/session", {}, false, true, true],
      ["POST", `/api/session/${s.id}/prompt`, { prompt: { text: "queued, not run" }, resume: false }, false, true, true],
      ["PATCH", `/api/session/${s.id}`, { title: "renamed" }, false, true, true],
      ["POST", `/api/session/${s.id}/interrupt`, undefined, false, true, true],
      ["POST", "/session", {}, false, true, true],
      ["POST", "/tui/show-toast", { message: "hi", variant: "info" }, false, true, true],
      ["GET", "/api/key", undefined, false, false, true],
      ["POST", "/api/key", { name: "made by admin key", role: "viewer" }, false, false, true],
      // the router reads `//` as `/`: so does the role table
      ["POST", "//api//key", { name: "made through a dressed path", role: "viewer" }, false, false, true],
      ["GET", "/api/budget", undefined, false, false, true],
      ["POST", "/api/mcp", { name: "x" }, false, false, true],
      ["POST", "/global/dispose", undefined, false, false, true]
    ]
    for (const [method, path, body, ...allowed] of table) {
      for (const [i, who] of [viewer, member, admin].entries()) {
        const r = await request(who.key, method, path, body)
        const refused = r.status === 403 && (r.body as { reason?: string }).reason === "role"
        expect(refused, `${["viewer", "member", "admin"][i]} ${method} ${path} → ${r.status}`).toBe(!allowed[i])
        if (!refused) expect([401, 403], `${method} ${path}`).not.toContain(r.status)
      }
    }
    // a member deletes sessions; a viewer may not
    const doomed = await newSession(TOKEN)
    expect((await request(viewer.key, "DELETE", `/api/session/${doomed.id}`)).status).toBe(403)
    expect((await request(member.key, "DELETE", `/api/session/${doomed.id}`)).status).toBe(204)
  })
})

/** Every route of the contract, with its path's ids filled in. */
const routes = () => {
  const out: Array<{ method: string; path: string }> = []
  HttpApi.reflect(Api, {
    onGroup: () => undefined,
    onEndpoint: ({ endpoint }) => out.push({ method: endpoint.method, path: endpoint.path })
  })
  return out
}

describe("projects", () => {
  it("a key of another project gets, on every route naming a session or request, the 404 an unknown id gets", async () => {
    const acme = await createKey("member", "acme")
    const beta = await createKey("admin", "beta")
    const s = await newSession(acme.key)
    expect(s.project).toBe("acme")
    // a permission request pending in acme's session
    h.fake.push({ steps: [call("iso-mark", "mark", { text: "acme" })] }, { steps: [{ text: "done" }] })
    await request(acme.key, "POST", `/api/session/${s.id}/prompt`, { prompt: { text: "mark" } })
    const asked = await until("the permission is asked", async () => {
      const list = (await request(acme.key, "GET", "/api/permission/request")).body.data as Array<{ id: string; sessionID: string }>
      return list.find((r) => r.sessionID === s.id)
    })
    const unknownSession = "ses_0000000000000000000000000"
    const unknownRequest = "per_0000000000000000000000000"
    const fill = (path: string, session: string, request: string) =>
      path.replace(":sessionID", session).replace(/:(requestID|permissionID)/, request).replace(/:[A-Za-z]+/g, "x0")
    let walked = 0
    for (const route of routes()) {
      if (!route.path.includes(":sessionID") && !/:(requestID|permissionID)/.test(route.path)) continue
      const body = route.method === "GET" || route.method === "DELETE" ? undefined : {}
      const theirs = await request(beta.key, route.method, fill(route.path, s.id, asked.id), body)
      const unknown = await request(beta.key, route.method, fill(route.path, unknownSession, unknownRequest), body)
      expect(theirs.status, `${route.method} ${route.path}`).toBe(404)
      expect(unknown.status, `${route.method} ${route.path}`).toBe(404)
      const normalize = (x: unknown) => JSON.stringify(x).replaceAll(s.id, "ID").replaceAll(unknownSession, "ID").replaceAll(asked.id, "RID").replaceAll(unknownRequest, "RID")
      expect(normalize(theirs.body), `${route.method} ${route.path}`).toBe(normalize(unknown.body))
      walked++
    }
    expect(walked).toBeGreaterThan(40)
    // nothing was changed by all that: the request is still pending, the session still there
    expect(((await request(acme.key, "GET", "/api/permission/request")).body.data as Array<{ id: string }>).map((r) => r.id)).toContain(asked.id)

    // lists and reports show beta nothing of acme's
    const has = (x: unknown) => JSON.stringify(x).includes(s.id)
    for (const path of ["/api/session", "/api/session/active", "/api/permission/request", "/api/question/request", "/api/permission/saved", "/session", "/session/status", "/permission", "/question", "/experimental/session", "/api/usage?groupBy=session"]) {
      const mine = await request(acme.key, "GET", path)
      const theirs = await request(beta.key, "GET", path)
      expect(theirs.status, path).toBe(200)
      expect(has(theirs.body), path).toBe(false)
      if (["/api/session", "/session", "/api/permission/request", "/permission"].includes(path)) expect(has(mine.body), path).toBe(true)
    }
    // a child of another project's session is a parent that does not exist
    const child = await request(beta.key, "POST", "/api/session", { parentID: s.id })
    const orphan = await request(beta.key, "POST", "/api/session", { parentID: unknownSession })
    expect(child.status).toBe(400)
    expect(JSON.stringify(child.body).replaceAll(s.id, "ID")).toBe(JSON.stringify(orphan.body).replaceAll(unknownSession, "ID"))
    // paths dressed up to name one session to the check and another to the route
    const mine = await newSession(beta.key)
    for (const dressed of [
      `/api/session/${mine.id}/../${s.id}/message`,
      `/api/session/${mine.id}/%2E%2E/${s.id}/message`,
      `/api//session/${s.id}/message`,
      `/api/session/${encodeURIComponent(s.id)}/message`,
      `/api/session/${s.id.replace("ses_", "ses%5F")}/message`,
      `/session/${mine.id}/../${s.id}`
    ]) {
      const r = await request(beta.key, "GET", dressed)
      expect(r.status, dressed).not.toBe(200)
      expect(JSON.stringify(r.body), dressed).not.toContain("acme")
    }
    // a session named in a body: the same
    const select = await request(beta.key, "POST", "/tui/select-session", { sessionID: s.id })
    const selectUnknown = await request(beta.key, "POST", "/tui/select-session", { sessionID: unknownSession })
    expect(select.status).toBe(404)
    expect(JSON.stringify(select.body).replaceAll(s.id, "ID")).toBe(JSON.stringify(selectUnknown.body).replaceAll(unknownSession, "ID"))
    // server-wide routes are an unscoped credential's
    expect((await request(beta.key, "GET", "/metrics")).status).toBe(403)
    expect((await request(beta.key, "POST", "/api/mcp", { name: "x" })).status).toBe(403)

    // the global streams: acme's events are in acme's, none in beta's
    const replay = async (credential: string) => {
      const r = await fetch(`${h.baseUrl}/api/event?follow=false`, { headers: { authorization: `Bearer ${credential}` } })
      return r.text()
    }
    expect(await replay(acme.key)).toContain(s.id)
    expect(await replay(beta.key)).not.toContain(s.id)
    const v1 = async (credential: string) => {
      const controller = new AbortController()
      const r = await fetch(`${h.baseUrl}/global/event`, {
        headers: { authorization: `Bearer ${credential}`, "last-event-id": Cursor.global(0) },
        signal: controller.signal
      })
      const reader = r.body!.getReader()
      let text = ""
      const end = Date.now() + 2_000
      while (Date.now() < end && !text.includes(s.id)) {
        const chunk = await Promise.race([reader.read(), new Promise<undefined>((r) => setTimeout(() => r(undefined), 300))])
        if (chunk === undefined) continue
        if (chunk.done) break
        text += new TextDecoder().decode(chunk.value)
      }
      controller.abort()
      return text
    }
    expect(await v1(acme.key)).toContain(s.id)
    expect(await v1(beta.key)).not.toContain(s.id)

    // acme's member answers; the log says who
    expect((await request(acme.key, "POST", `/api/session/${s.id}/permission/${asked.id}/reply`, { reply: "once" })).status).toBe(204)
    await request(acme.key, "POST", `/api/session/${s.id}/wait`)
    const events = await history(acme.key, s.id)
    expect(events.find((e) => e.type === "session.created")!.data).toMatchObject({ project: "acme", by: acme.id })
    expect(events.find((e) => e.type === "session.next.prompt.admitted")!.data.by).toBe(acme.id)
    expect(events.find((e) => e.type === "session.next.permission.replied")!.data.by).toBe(acme.id)
    expect(events.find((e) => e.type === "session.next.activity.started")!.data.by).toBe(acme.id)

    // usage by key and by project; beta's view has none of it
    const byKey = (await request(TOKEN, "GET", "/api/usage?groupBy=key")).body as { data: Array<{ key: string; turns: number; cost: number }> }
    expect(byKey.data.find((r) => r.key === acme.id)).toMatchObject({ turns: 2 })
    const byProject = (await request(TOKEN, "GET", "/api/usage?groupBy=project")).body as { data: Array<{ key: string; turns: number }> }
    expect(byProject.data.find((r) => r.key === "acme")?.turns).toBe(2)
    const betaUsage = (await request(beta.key, "GET", "/api/usage?groupBy=project")).body as { data: Array<{ key: string }> }
    expect(betaUsage.data.map((r) => r.key)).not.toContain("acme")

    // a project's admin manages its own project's keys only
    const betaKeys = (await request(beta.key, "GET", "/api/key")).body.data as Array<{ project?: string }>
    expect(betaKeys.every((k) => k.project === "beta")).toBe(true)
    expect((await request(beta.key, "DELETE", `/api/key/${acme.id}`)).status).toBe(404)
    expect((await request(beta.key, "POST", "/api/key", { name: "escape", role: "admin", project: "acme" })).status).toBe(400)
    const made = await request(beta.key, "POST", "/api/key", { name: "beta viewer", role: "viewer" })
    expect((made.body.data as { project: string }).project).toBe("beta")
  })

  it("once a key exists, a server without configured credentials asks every request for one", async () => {
    const open = await start({ db: h.db, fake: h.fake })
    try {
      // h's database has keys: the open server refuses anonymous requests
      expect((await raw(open.baseUrl, "/api/session")).status).toBe(401)
    } finally {
      await open.stop()
    }
  })
})

describe("budgets", () => {
  it("an admission over budget is a 402 that writes nothing; a run that crosses it finishes the turn and its calls, then stops", async () => {
    const payer = await createKey("member", "payer")
    const s = await newSession(payer.key)
    const spent = () => request(TOKEN, "GET", "/api/budget").then((r) => (r.body.data as Array<{ subject: string; spent: number }>).find((b) => b.subject === "payer")?.spent ?? 0)
    // a limit just above what the project has spent: the next turn crosses it
    const set = await request(TOKEN, "PUT", "/api/budget", { scope: "project", subject: "payer", period: "day", limit: 1e-9 })
    expect(set.status).toBe(200)
    expect(set.body.data).toMatchObject({ scope: "project", subject: "payer", period: "day", limit: 1e-9, spent: 0, source: "api" })
    h.fake.push({ steps: [call("budget-echo", "echo", { text: "paid" })], usage: { input: 1000, output: 100 } }, { steps: [{ text: "never asked" }] })
    const before = h.fake.requests.length
    expect((await request(payer.key, "POST", `/api/session/${s.id}/prompt`, { prompt: { text: "spend" } })).status).toBe(200)
    await request(payer.key, "POST", `/api/session/${s.id}/wait`)
    const events = await history(payer.key, s.id)
    const ended = events.find((e) => e.type === "session.next.activity.ended")!
    expect(ended.data).toMatchObject({ outcome: "budget_exceeded", steps: 1, error: { type: "budget_exceeded" } })
    expect(String((ended.data.error as { message: string }).message)).toMatch(/daily budget of project payer is used up/)
    // the crossing turn's call ran; no second turn was asked for
    expect(events.some((e) => e.type === "session.next.tool.success")).toBe(true)
    expect(h.fake.requests.length - before).toBe(1)
    expect(await spent()).toBeGreaterThan(1e-9)
    h.fake.clear()

    // now refused before anything is written
    const length = events.length
    const refused = await request(payer.key, "POST", `/api/session/${s.id}/prompt`, { prompt: { text: "more" } })
    expect(refused.status).toBe(402)
    expect(refused.body).toMatchObject({ _tag: "BudgetExceededError", scope: "project", subject: "payer", period: "day", limit: 1e-9 })
    expect((await history(payer.key, s.id)).length).toBe(length)
    // the v1 route too
    expect((await request(payer.key, "POST", `/session/${s.id}/prompt_async`, { parts: [{ type: "text", text: "more" }] })).status).toBe(402)
    expect((await history(payer.key, s.id)).length).toBe(length)

    // other projects are not affected; raising the limit lets the project go on
    const other = await newSession(TOKEN)
    h.fake.push({ steps: [{ text: "fine" }] })
    expect((await request(TOKEN, "POST", `/api/session/${other.id}/prompt`, { prompt: { text: "free" } })).status).toBe(200)
    await request(TOKEN, "POST", `/api/session/${other.id}/wait`)
    const raised = await request(TOKEN, "PUT", "/api/budget", { scope: "project", subject: "payer", period: "day", limit: 100 })
    expect((raised.body.data as { id: string }).id).toBe((set.body.data as { id: string }).id)
    h.fake.push({ steps: [{ text: "again" }] })
    expect((await request(payer.key, "POST", `/api/session/${s.id}/prompt`, { prompt: { text: "again" } })).status).toBe(200)
    await request(payer.key, "POST", `/api/session/${s.id}/wait`)
    expect((await request(TOKEN, "DELETE", `/api/budget/${(set.body.data as { id: string }).id}`)).status).toBe(200)
  })

  it("a key's budget counts the turns of that key's prompts; bad budgets are 400s", async () => {
    const spender = await createKey("member")
    const s = await newSession(TOKEN)
    expect((await request(TOKEN, "PUT", "/api/budget", { scope: "key", subject: spender.id, period: "month", limit: 0 })).status).toBe(200)
    const refused = await request(spender.key, "POST", `/api/session/${s.id}/prompt`, { prompt: { text: "x" } })
    expect(refused.status).toBe(402)
    expect(refused.body).toMatchObject({ scope: "key", subject: spender.id, period: "month" })
    // the same session through another credential is not the key's spending
    h.fake.push({ steps: [{ text: "ok" }] })
    expect((await request(TOKEN, "POST", `/api/session/${s.id}/prompt`, { prompt: { text: "y" } })).status).toBe(200)
    for (const body of [{ scope: "key", subject: "nosuchkey", period: "day", limit: 1 }, { scope: "team", subject: "x", period: "day", limit: 1 }, { scope: "project", subject: "x", period: "week", limit: 1 }, { scope: "project", subject: "x", period: "day", limit: -1 }]) {
      expect((await request(TOKEN, "PUT", "/api/budget", body)).status, JSON.stringify(body)).toBe(400)
    }
  })

  it("budgets from the config are listed, enforced, and cannot be changed through the API", async () => {
    const configured = await start({ cost: { input: 3, output: 15 }, config: { budgets: [{ scope: "project", subject: "default", period: "day", limit: 0 }] } })
    try {
      const list = (await raw(configured.baseUrl, "/api/budget")).body.data as Array<{ id: string; source: string }>
      expect(list).toEqual([expect.objectContaining({ scope: "project", subject: "default", period: "day", limit: 0, source: "config" })])
      const id = ((await raw(configured.baseUrl, "/api/session", { method: "POST" })).body.data as { id: string }).id
      const refused = await raw(configured.baseUrl, `/api/session/${id}/prompt`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ prompt: { text: "x" } }) })
      expect(refused.status).toBe(402)
      const put = await raw(configured.baseUrl, "/api/budget", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ scope: "project", subject: "default", period: "day", limit: 5 }) })
      expect(put.status).toBe(409)
      expect((await raw(configured.baseUrl, `/api/budget/${list[0]!.id}`, { method: "DELETE" })).status).toBe(409)
    } finally {
      await configured.close()
    }
  })
})
