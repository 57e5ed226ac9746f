/**
 * What the model is told besides the transcript, as the fake provider
 * receives it: the agent's prompt, the environment block, the project's
 * instructions (nearest first, CLAUDE.md as a fallback, global files,
 * config globs), recorded once per activity in the log.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, post, raw, start } from "./harness.js"

let h: Harness
let root: string
let app: string
let global: string
beforeAll(async () => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-context-")))
  fs.mkdirSync(path.join(root, ".git"))
  app = path.join(root, "packages", "app")
  fs.mkdirSync(app, { recursive: true })
  fs.mkdirSync(path.join(app, "docs"))
  fs.writeFileSync(path.join(root, "AGENTS.md"), "ROOT RULE: use tabs\n")
  fs.writeFileSync(path.join(root, "packages", "CLAUDE.md"), "PACKAGES RULE: from CLAUDE.md\n")
  fs.writeFileSync(path.join(app, "AGENTS.md"), "APP RULE: run npm test\n")
  fs.writeFileSync(path.join(app, "docs", "style.md"), "STYLE RULE: short names\n")
  fs.writeFileSync(path.join(app, "docs", "big.md"), `BIG ${"x".repeat(40_000)}`)
  fs.writeFileSync(path.join(app, "main.ts"), "export {}\n")
  global = path.join(fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-global-"))), "AGENTS.md")
  fs.writeFileSync(global, "GLOBAL RULE: be kind\n")
  h = await start({ config: { directory: app, directories: [root] }, instructions: ["docs/*.md"], globalInstructions: [global] })
})
afterAll(async () => {
  await h.close()
  fs.rmSync(root, { recursive: true, force: true })
  fs.rmSync(path.dirname(global), { recursive: true, force: true })
})

const systemOf = (i: number) => {
  const message = h.fake.requests[i]!.body.messages![0]!
  expect(message.role).toBe("system")
  return String(message.content)
}

describe("the model's context", () => {
  it("holds the agent's prompt, the environment and the instructions, nearest first; recorded once, then by hash", async () => {
    const id = ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
    h.fake.push({ steps: [{ text: "ok" }] }, { steps: [{ text: "ok again" }] })
    const before = h.fake.requests.length
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "hi" } })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    const system = systemOf(before)
    expect(system).toContain("You are the build agent")
    expect(system).toContain(`Working directory: ${app}`)
    expect(system).toContain("Git repository: yes")
    expect(system).toMatch(/Today's date: \d{4}-\d{2}-\d{2}/)
    expect(system).toContain("Model: fake/fake-1")
    expect(system).toContain("main.ts")
    expect(system).toContain("docs/")
    const order = ["APP RULE", "PACKAGES RULE", "ROOT RULE", "GLOBAL RULE", "BIG", "STYLE RULE"].map((s) => system.indexOf(s))
    expect(order.every((i) => i >= 0)).toBe(true)
    expect(order.slice(0, 4)).toEqual([...order.slice(0, 4)].sort((a, b) => a - b))
    expect(system).toContain(`<instructions file="AGENTS.md">`)
    expect(system).toContain(`<instructions file="../CLAUDE.md">`)
    expect(system).toMatch(/\[… cut: the file is 40004 bytes/)
    // the second activity sees the same context: the log records its hash, not its text again
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "again" } })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    expect(systemOf(before + 1)).toBe(system)
    const events = (await raw(h.baseUrl, `/api/session/${id}/history?limit=1000`)).body.data as Array<{ type: string; data: { hash: string; text?: string; sources: Array<{ kind: string; path?: string; cut?: boolean }> } }>
    const records = events.filter((e) => e.type === "session.next.system.recorded")
    expect(records).toHaveLength(2)
    expect(records[0]!.data.text).toBe(system)
    expect(records[1]!.data.text).toBeUndefined()
    expect(records[1]!.data.hash).toBe(records[0]!.data.hash)
    expect(records[0]!.data.sources.filter((s) => s.kind === "instructions").map((s) => s.path)).toEqual(["AGENTS.md", "../CLAUDE.md", "../../AGENTS.md", global, "docs/big.md", "docs/style.md"])
    expect(records[0]!.data.sources.find((s) => s.path === "docs/big.md")?.cut).toBe(true)
  })

  it("each agent has its own prompt", async () => {
    const id = ((await post(h.baseUrl, "/api/session", { agent: "plan" })).body.data as { id: string }).id
    h.fake.push({ steps: [{ text: "a plan" }] })
    const before = h.fake.requests.length
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "plan it" } })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    expect(systemOf(before)).toContain("You are the plan agent")
  })
})
