/**
 * Language-server diagnostics after edits, over HTTP with the fake
 * provider: a scratch TypeScript project, an edit that introduces a type
 * error comes back with the diagnostic (from the `typescript-language-server`
 * installed for the tests, pinned to its own `typescript`); a server that is
 * not installed is harmless; a project's own `node_modules/.bin` server is
 * never run.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Diagnostics, Sandbox } from "@ratchet/tools"
import { type Harness, post, raw, start } from "./harness.js"

const repo = path.resolve(import.meta.dirname, "../../..")
const installed = Diagnostics.findExecutable("typescript-language-server")

describe.skipIf(installed === undefined)(`diagnostics after edits${installed === undefined ? " (skipped: typescript-language-server is not installed; run npm install)" : ""}`, () => {
  let project: string
  let h: Harness
  beforeAll(async () => {
    fs.mkdirSync(path.join(repo, ".tmp"), { recursive: true })
    project = fs.mkdtempSync(path.join(repo, ".tmp", "lsp-"))
    fs.writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "ES2022" }, include: ["*.ts"] }))
    fs.writeFileSync(path.join(project, "count.ts"), "export const count: number = 1\n")
    h = await start({ config: { directory: project, directories: [project] }, lsp: {} })
  }, 60_000)
  afterAll(async () => {
    await h?.close()
    fs.rmSync(project, { recursive: true, force: true })
  })

  /** Each test starts from this file, whatever the one before it left. */
  const reset = (value: string) => fs.writeFileSync(path.join(project, "count.ts"), `export const count: number = ${value}\n`)

  const edit = async (args: Record<string, unknown>, tool = "edit") => {
    const id = ((await post(h.baseUrl, "/api/session", { permission: [{ permission: "edit", pattern: "*", action: "allow" }] })).body.data as { id: string }).id
    h.fake.push({ steps: [{ toolCall: { name: tool, args } }] }, { steps: [{ text: "ok" }] })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "edit" } })
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    const history = (await raw(h.baseUrl, `/api/session/${id}/history?limit=5000`)).body.data as Array<{ type: string; data: Record<string, unknown> }>
    return history.find((e) => e.type === "session.next.tool.success" || e.type === "session.next.tool.failed")!
  }

  it("an edit that introduces a type error returns the diagnostic with the result", async () => {
    reset("1")
    const result = await edit({ filePath: "count.ts", oldString: "= 1", newString: "= \"one\"" })
    expect(result.type).toBe("session.next.tool.success")
    const text = JSON.stringify(result.data.content)
    expect(text).toContain("Diagnostics from the language server")
    expect(text).toMatch(/count\.ts:\\n  error 1:14 TS2322: Type 'string' is not assignable to type 'number'/)
    // the model's next turn reads it
    expect(JSON.stringify(h.fake.requests.at(-1)!.body.messages)).toContain("TS2322")
    // fixed again: nothing to report
    const fixed = await edit({ filePath: "count.ts", oldString: "= \"one\"", newString: "= 2" })
    expect(JSON.stringify(fixed.data.content)).not.toContain("Diagnostics")
    // a new file through write is checked too
    const written = await edit({ filePath: "other.ts", content: "import { count } from \"./count.js\"\nexport const twice: string = count * 2\n" }, "write")
    expect(JSON.stringify(written.data.content)).toMatch(/other\.ts:\\n  error 2:14 TS2322/)
  }, 120_000)

  it.skipIf(Sandbox.unavailable() !== undefined)("with the sandbox on, the language server runs inside it and still reports", async () => {
    await h.close()
    h = await start({ config: { directory: project, directories: [project], sandbox: "workspace-write" }, lsp: {} })
    reset("2")
    const result = await edit({ filePath: "count.ts", oldString: "= 2", newString: "= false" })
    expect(JSON.stringify(result.data.content)).toMatch(/error 1:14 TS2322: Type 'boolean' is not assignable/)
    const back = await edit({ filePath: "count.ts", oldString: "= false", newString: "= 2" })
    expect(back.type).toBe("session.next.tool.success")
  }, 120_000)

  it("a project's own node_modules/.bin is not where servers come from (a repository cannot run code through an edit)", async () => {
    const bin = path.join(project, "node_modules", ".bin")
    fs.mkdirSync(bin, { recursive: true })
    const marker = path.join(project, "planted-ran")
    fs.writeFileSync(path.join(bin, "planted-language-server"), `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 })
    expect(Diagnostics.findExecutable("planted-language-server")).toBeUndefined()
    await h.close()
    h = await start({ config: { directory: project, directories: [project] }, lsp: { typescript: { command: ["planted-language-server"] } } })
    reset("2")
    const result = await edit({ filePath: "count.ts", oldString: "= 2", newString: "= 3" })
    expect(result.type).toBe("session.next.tool.success")
    expect(fs.existsSync(marker)).toBe(false)
  })

  it("a language server that is not installed never fails the edit", async () => {
    await h.close()
    h = await start({ config: { directory: project, directories: [project] }, lsp: { typescript: { command: ["no-such-language-server", "--stdio"] } } })
    reset("3")
    const result = await edit({ filePath: "count.ts", oldString: "= 3", newString: "= \"three\"" })
    expect(result.type).toBe("session.next.tool.success")
    expect(JSON.stringify(result.data.content)).not.toContain("Diagnostics")
  })
})
