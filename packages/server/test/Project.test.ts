/**
 * The project routes over real sockets: `fs/list`, `fs/find`, `fs/read/*`
 * (confined like the file tools), the `location` parameter (checked against
 * `server.directories`), commands, skills, references, and a client's own
 * permission check (`POST /api/session/{id}/permission`).
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, post, raw, start } from "./harness.js"

let h: Harness
let proj: string
let outside: string
beforeAll(async () => {
  proj = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-project-")))
  outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-outside-")))
  fs.writeFileSync(path.join(outside, "secret.txt"), "not yours\n")
  fs.mkdirSync(path.join(proj, "src/deep"), { recursive: true })
  fs.mkdirSync(path.join(proj, "node_modules/pkg"), { recursive: true })
  fs.writeFileSync(path.join(proj, "README.md"), "# readme\n")
  fs.writeFileSync(path.join(proj, "src/main.ts"), "export const main = 1\n")
  fs.writeFileSync(path.join(proj, "src/deep/helper.ts"), "export const h = 2\n")
  fs.writeFileSync(path.join(proj, "node_modules/pkg/main.js"), "skipped by find\n")
  fs.writeFileSync(path.join(proj, "image.bin"), Buffer.from([0, 1, 2, 255]))
  fs.symlinkSync(path.join(outside, "secret.txt"), path.join(proj, "escape.txt"))
  fs.mkdirSync(path.join(proj, ".opencode/command"), { recursive: true })
  fs.writeFileSync(path.join(proj, ".opencode/command/review.md"), "---\ndescription: Review the diff\nagent: plan\n---\nReview $ARGUMENTS carefully.\n")
  fs.mkdirSync(path.join(proj, ".ratchet/skills/release"), { recursive: true })
  fs.writeFileSync(path.join(proj, ".ratchet/skills/release/SKILL.md"), "---\nname: release\ndescription: How we cut a release\n---\nSteps…\n")
  h = await start({
    config: {
      directory: proj,
      directories: [proj],
      commands: [{ name: "test", template: "Run the tests", description: "run them", model: { providerID: "fake", id: "fake-1" } }],
      references: [
        { name: "docs", source: { type: "local", path: "../docs", description: "the manual" } },
        { name: "effect", source: { type: "git", repository: "https://github.com/Effect-TS/effect", branch: "main" } }
      ]
    }
  })
})
afterAll(async () => {
  await h.close()
  fs.rmSync(proj, { recursive: true, force: true })
  fs.rmSync(outside, { recursive: true, force: true })
})

const loc = (dir: string) => `location%5Bdirectory%5D=${encodeURIComponent(dir)}`

describe("fs routes", () => {
  it("list: directories first, paths relative to the location, a sub-directory by `path`, a location below the root", async () => {
    const top = await raw(h.baseUrl, "/api/fs/list")
    expect(top.status).toBe(200)
    expect(top.body.location).toEqual({ directory: proj, project: { id: "global", directory: proj } })
    const paths = (top.body.data as Array<{ path: string; type: string }>).map((e) => `${e.type}:${e.path}`)
    expect(paths.slice(0, 4)).toEqual(["directory:.opencode/", "directory:.ratchet/", "directory:node_modules/", "directory:src/"])
    expect(paths).toContain("file:README.md")
    // a link is listed as what it points to
    expect(paths).toContain("file:escape.txt")
    const sub = await raw(h.baseUrl, "/api/fs/list?path=src")
    expect(sub.body.data).toEqual([{ path: "src/deep/", type: "directory" }, { path: "src/main.ts", type: "file" }])
    const below = await raw(h.baseUrl, `/api/fs/list?${loc(path.join(proj, "src"))}`)
    expect(below.body.location).toMatchObject({ directory: path.join(proj, "src") })
    expect(below.body.data).toEqual([{ path: "deep/", type: "directory" }, { path: "main.ts", type: "file" }])
  })

  it("find: fuzzy, best first, by type and limit, skipping dependency folders", async () => {
    const found = await raw(h.baseUrl, "/api/fs/find?query=helper")
    expect((found.body.data as Array<{ path: string }>)[0]).toEqual({ path: "src/deep/helper.ts", type: "file" })
    const main = (await raw(h.baseUrl, "/api/fs/find?query=main")).body.data as Array<{ path: string }>
    expect(main.map((e) => e.path)).toContain("src/main.ts")
    expect(main.map((e) => e.path)).not.toContain("node_modules/pkg/main.js")
    const dirs = (await raw(h.baseUrl, "/api/fs/find?query=deep&type=directory")).body.data
    expect(dirs).toEqual([{ path: "src/deep/", type: "directory" }])
    expect(((await raw(h.baseUrl, "/api/fs/find?query=&limit=2")).body.data as Array<unknown>).length).toBe(2)
    expect((await raw(h.baseUrl, "/api/fs/find?query=zzzzqqq")).body.data).toEqual([])
    expect((await raw(h.baseUrl, "/api/fs/find?query=a&limit=0")).status).toBe(400)
  })

  it("read: the file's bytes; nested paths; 404 for a missing file", async () => {
    const r = await fetch(`${h.baseUrl}/api/fs/read/src/deep/helper.ts`)
    expect(r.status).toBe(200)
    expect(r.headers.get("content-type")).toContain("application/octet-stream")
    expect(await r.text()).toBe("export const h = 2\n")
    const bin = new Uint8Array(await (await fetch(`${h.baseUrl}/api/fs/read/image.bin`)).arrayBuffer())
    expect([...bin]).toEqual([0, 1, 2, 255])
    const missing = await raw(h.baseUrl, "/api/fs/read/nothere.txt")
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ _tag: "FileNotFoundError", path: "nothere.txt" })
    expect((await raw(h.baseUrl, "/api/fs/list?path=nothere")).status).toBe(404)
    expect((await raw(h.baseUrl, "/api/fs/list?path=README.md")).status).toBe(404)
  })

  it("refuses what leaves the location: `..`, encoded `..`, absolute paths, symlinks out, locations outside server.directories", async () => {
    // dot segments, even encoded, are resolved by the URL parser before routing: no route, nothing read
    const dots = await raw(h.baseUrl, "/api/fs/read/%2e%2e/%2e%2e/etc/passwd")
    expect(dots.status).toBe(404)
    expect(dots.body).toMatchObject({ _tag: "RouteNotFoundError" })
    for (const p of ["/api/fs/read/..%2F..%2Fetc%2Fpasswd", `/api/fs/read/${encodeURIComponent(path.join(outside, "secret.txt"))}`, "/api/fs/read/escape.txt", "/api/fs/list?path=..", `/api/fs/list?path=${encodeURIComponent(outside)}`]) {
      const r = await raw(h.baseUrl, p)
      expect(r.status, p).toBe(403)
      expect(r.body, p).toMatchObject({ _tag: "PathRefusedError" })
      expect(JSON.stringify(r.body)).not.toContain("not yours")
    }
    for (const p of [`/api/fs/list?${loc(outside)}`, `/api/fs/find?query=a&${loc("/")}`, `/api/fs/read/secret.txt?${loc(outside)}`, `/api/agent?${loc(outside)}`, `/api/command?${loc("relative/dir")}`]) {
      const r = await raw(h.baseUrl, p)
      expect(r.status, p).toBe(403)
      expect(r.body, p).toMatchObject({ _tag: "PathRefusedError" })
    }
    // a NUL byte is refused, not passed to the file system
    expect((await raw(h.baseUrl, "/api/fs/read/README.md%00.txt")).status).toBe(403)
  })
})

describe("definitions", () => {
  it("commands from config and from .opencode/command files; skills; references", async () => {
    const commands = await raw(h.baseUrl, "/api/command")
    expect(commands.status).toBe(200)
    expect(commands.body.data).toEqual([
      { name: "review", template: "Review $ARGUMENTS carefully.", description: "Review the diff", agent: "plan" },
      { name: "test", template: "Run the tests", description: "run them", model: { providerID: "fake", id: "fake-1" } }
    ])
    const skills = await raw(h.baseUrl, "/api/skill")
    expect(skills.body.data).toEqual([{
      name: "release",
      description: "How we cut a release",
      location: ".ratchet/skills/release/SKILL.md",
      content: "---\nname: release\ndescription: How we cut a release\n---\nSteps…\n"
    }])
    const refs = await raw(h.baseUrl, "/api/reference")
    expect(refs.body.data).toEqual([
      { name: "docs", path: "../docs", description: "the manual", source: { type: "local", path: "../docs", description: "the manual" } },
      { name: "effect", path: "https://github.com/Effect-TS/effect", source: { type: "git", repository: "https://github.com/Effect-TS/effect", branch: "main" } }
    ])
  })
})

describe("providers", () => {
  it("one provider by id; an unknown one is a typed 404", async () => {
    const fake = await raw(h.baseUrl, "/api/provider/fake")
    expect(fake.status).toBe(200)
    expect(fake.body).toMatchObject({ location: { directory: proj }, data: { id: "fake" } })
    const none = await raw(h.baseUrl, "/api/provider/nothere")
    expect(none.status).toBe(404)
    expect(none.body).toMatchObject({ _tag: "ProviderNotFoundError", providerID: "nothere" })
  })
})

describe("a client's own permission check", () => {
  it("allow and deny answer at once; ask records a pending request that takes a reply; the same id is idempotent", async () => {
    const session = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    const allowed = await post(h.baseUrl, `/api/session/${session}/permission`, { action: "read", resources: ["README.md"] })
    expect(allowed.status).toBe(200)
    expect(allowed.body.data).toMatchObject({ effect: "allow" })
    const denied = await post(h.baseUrl, `/api/session/${session}/permission`, { action: "bash", resources: ["rm -rf /"], agent: "plan" })
    expect(denied.status).toBe(200)
    expect(denied.body.data).toMatchObject({ effect: "deny" })
    expect((await post(h.baseUrl, `/api/session/${session}/permission`, { action: "bash", resources: ["ls"], agent: "nobody" })).status).toBe(400)
    const asked = await post(h.baseUrl, `/api/session/${session}/permission`, { id: "per_client1", action: "bash", resources: ["make deploy"], metadata: { why: "ship" } })
    expect(asked.body.data).toEqual({ id: "per_client1", effect: "ask" })
    const pending = await raw(h.baseUrl, `/api/session/${session}/permission`)
    expect(pending.body.data).toEqual([{ id: "per_client1", sessionID: session, action: "bash", resources: ["make deploy"], save: ["make deploy"], metadata: { why: "ship" } }])
    // the same check again: the same request, nothing new
    expect((await post(h.baseUrl, `/api/session/${session}/permission`, { id: "per_client1", action: "bash", resources: ["make deploy"] })).body.data).toEqual({ id: "per_client1", effect: "ask" })
    expect(((await raw(h.baseUrl, `/api/session/${session}/permission`)).body.data as Array<unknown>).length).toBe(1)
    // another check under that id is a conflict
    expect((await post(h.baseUrl, `/api/session/${session}/permission`, { id: "per_client1", action: "edit", resources: ["x"] })).status).toBe(409)
    expect((await post(h.baseUrl, `/api/session/${session}/permission/per_client1/reply`, { reply: "always" })).status).toBe(204)
    // saved: the next identical check is allowed
    expect((await post(h.baseUrl, `/api/session/${session}/permission`, { action: "bash", resources: ["make deploy"] })).body.data).toMatchObject({ effect: "allow" })
    // bad input changes nothing
    for (const body of [{ action: "bash", resources: [] }, { action: "", resources: ["x"] }, { action: "bash", resources: ["x"], extra: 1 }]) {
      expect((await post(h.baseUrl, `/api/session/${session}/permission`, body)).status).toBe(400)
    }
    expect((await post(h.baseUrl, "/api/session/ses_nothere/permission", { action: "bash", resources: ["x"] })).status).toBe(404)
  })
})
