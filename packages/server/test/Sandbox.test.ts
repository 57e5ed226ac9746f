/**
 * The bash sandbox (bubblewrap) over HTTP with the fake provider: inside
 * `workspace-write`, writing in the project works, writing elsewhere and
 * opening a network connection fail; `read-only` refuses writes in the
 * project too; a `bash_network` allow rule keeps the network; a child
 * session of a sandboxed one is sandboxed. Skipped, saying why, where
 * bubblewrap cannot run — never silently.
 */
import { Sandbox } from "@ratchet/tools"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, post, raw, start } from "./harness.js"

const why = Sandbox.unavailable()

describe.skipIf(why !== undefined)(`the bash sandbox${why === undefined ? "" : ` (skipped: ${why})`}`, () => {
  let h: Harness
  let project: string
  /** Outside the project and not under /tmp (which the sandbox replaces): the host's view of an escape. */
  let outside: string
  beforeAll(async () => {
    project = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-sandbox-"))
    outside = path.join(os.homedir(), `.ratchet-sandbox-probe-${process.pid}`)
    h = await start({ config: { directory: project, directories: [project] } })
  })
  afterAll(async () => {
    await h?.close()
    fs.rmSync(project, { recursive: true, force: true })
    fs.rmSync(outside, { force: true })
  })

  // redirections ask for `edit` too: allowed, so the sandbox is what stops a write
  const allowBash = [{ permission: "bash", pattern: "*", action: "allow" }, { permission: "edit", pattern: "*", action: "allow" }]
  const run = async (body: Record<string, unknown>, command: string) => {
    const id = ((await post(h.baseUrl, "/api/session", { permission: allowBash, ...body })).body.data as { id: string }).id
    h.fake.push({ steps: [{ toolCall: { name: "bash", args: { command } } }] }, { steps: [{ text: "done" }] })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "run" } })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    const history = (await raw(h.baseUrl, `/api/session/${id}/history?limit=5000`)).body.data as Array<{ type: string; data: Record<string, unknown> }>
    const result = history.find((e) => e.type === "session.next.tool.success" || e.type === "session.next.tool.failed")!
    return { id, result, text: JSON.stringify(result.data) }
  }
  const port = () => new URL(h.baseUrl).port

  it("workspace-write: the project is writable; the rest of the file system and the network are not", async () => {
    const inside = await run({ sandbox: "workspace-write" }, "echo hello > inside.txt && cat inside.txt")
    expect(inside.text).toContain("exit code 0")
    expect(fs.readFileSync(path.join(project, "inside.txt"), "utf8")).toBe("hello\n")
    expect(inside.result.data.structured).toMatchObject({ sandbox: "workspace-write" })

    const escape = await run({ sandbox: "workspace-write" }, `echo escaped > ${outside}`)
    expect(escape.text).toMatch(/Read-only file system/)
    expect(fs.existsSync(outside)).toBe(false)

    const net = await run({ sandbox: "workspace-write" }, `(exec 3<>/dev/tcp/127.0.0.1/${port()}) && echo connected`)
    expect(net.text).not.toContain("connected\\n")
    expect(net.text).toMatch(/exit code [1-9]/)

    // a private /tmp: what the command writes there is not the host's /tmp
    const marker = `ratchet-sandbox-tmp-${process.pid}`
    await run({ sandbox: "workspace-write" }, `echo x > /tmp/${marker}`)
    expect(fs.existsSync(path.join("/tmp", marker))).toBe(false)
  })

  it("read-only: not even the project is writable", async () => {
    const r = await run({ sandbox: "read-only" }, "echo nope > blocked.txt")
    expect(r.text).toMatch(/Read-only file system/)
    expect(fs.existsSync(path.join(project, "blocked.txt"))).toBe(false)
  })

  it("a rule that allows bash_network keeps the network; without a sandbox the command runs as before", async () => {
    const withNet = await run({ sandbox: "workspace-write", permission: [...allowBash, { permission: "bash_network", pattern: "*", action: "allow" }] },
      `(exec 3<>/dev/tcp/127.0.0.1/${port()}) && echo connected`)
    expect(withNet.text).toContain("connected")
    const off = await run({}, `echo plain > ${outside} && echo wrote`)
    expect(off.text).toContain("wrote")
    expect(off.result.data.structured).not.toHaveProperty("sandbox")
    fs.rmSync(outside, { force: true })
  })

  it("a sub-agent's child session is at least as confined as its parent", async () => {
    const id = ((await post(h.baseUrl, "/api/session", { permission: allowBash, sandbox: "read-only" })).body.data as { id: string }).id
    h.fake.push(
      { steps: [{ toolCall: { name: "task", args: { description: "look", prompt: "look around", subagent_type: "general" } } }] },
      { steps: [{ text: "child done" }] },
      { steps: [{ text: "parent done" }] }
    )
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "delegate" } })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    const all = (await raw(h.baseUrl, "/api/session?limit=100")).body.data as Array<{ id: string; parentID?: string; sandbox?: string }>
    const child = all.find((s) => s.parentID === id)
    expect(child).toBeDefined()
    const full = (await raw(h.baseUrl, `/api/session/${child!.id}`)).body.data as { sandbox?: string }
    expect(full.sandbox).toBe("read-only")
  })

  it("`server.sandbox` confines sessions and agents that do not choose; a session may still choose \"off\"", async () => {
    h = await h.restart({ directory: project, directories: [project], sandbox: "read-only" })
    const confined = await run({}, "echo nope > by-default.txt")
    expect(confined.text).toMatch(/Read-only file system/)
    expect(confined.result.data.structured).toMatchObject({ sandbox: "read-only" })
    const chosen = await run({ sandbox: "off" }, "echo yes > by-choice.txt")
    expect(chosen.text).toContain("exit code 0")
    h = await h.restart({ directory: project, directories: [project] })
  })

  it("a bad sandbox value is a 400 that creates nothing", async () => {
    const before = ((await raw(h.baseUrl, "/api/session")).body.data as Array<unknown>).length
    const bad = await post(h.baseUrl, "/api/session", { sandbox: "none" })
    expect(bad.status).toBe(400)
    expect(((await raw(h.baseUrl, "/api/session")).body.data as Array<unknown>).length).toBe(before)
  })
})
