/**
 * Revert and diff over HTTP on real files: tools (write, edit, bash) change
 * a scratch project across two prompts; the diff of the second shows what
 * it did; staging a revert to it puts the files back on disk, clearing puts
 * them forward again, committing (or the next prompt) makes it permanent
 * and hides the reverted turn from the message view and the model; a
 * running session is a 409.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, post, raw, start } from "./harness.js"

let h: Harness
let project: string
let snapshots: string
beforeAll(async () => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-revert-"))
  // the store inside the project (as when the database sits in it): it must never snapshot itself
  snapshots = path.join(project, ".ratchet", "snapshots")
  fs.writeFileSync(path.join(project, "keep.txt"), "untouched\n")
  h = await start({ config: { directory: project, directories: [project] }, snapshotDir: snapshots })
})
afterAll(async () => {
  await h?.close()
  fs.rmSync(project, { recursive: true, force: true })
  fs.rmSync(snapshots, { recursive: true, force: true })
})

const allow = [{ permission: "edit", pattern: "*", action: "allow" }, { permission: "bash", pattern: "*", action: "allow" }]
const call = (name: string, args: unknown) => ({ steps: [{ toolCall: { name, args } }] })
const read = (file: string) => (fs.existsSync(path.join(project, file)) ? fs.readFileSync(path.join(project, file), "utf8") : undefined)
const userMessages = async (id: string) =>
  ((await raw(h.baseUrl, `/api/session/${id}/message?limit=100`)).body.data as Array<{ id: string; type: string }>).filter((m) => m.type === "user")
const run = async (id: string, text: string, ...scripts: Array<unknown>) => {
  h.fake.push(...(scripts as Array<never>))
  await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text } })
  await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
}

describe("revert and diff", () => {
  it("stage puts the files back, clear forward again, commit makes it permanent", async () => {
    const id = ((await post(h.baseUrl, "/api/session", { permission: allow })).body.data as { id: string }).id
    await run(id, "PROMPT-CREATE", call("write", { filePath: "a.txt", content: "one\n" }), { steps: [{ text: "created" }] })
    await run(id, "PROMPT-CHANGE",
      call("edit", { filePath: "a.txt", oldString: "one", newString: "two" }),
      call("bash", { command: "echo new > b.txt" }),
      { steps: [{ text: "changed" }] })
    expect([read("a.txt"), read("b.txt")]).toEqual(["two\n", "new\n"])
    const [first, second] = await userMessages(id)

    // the diff of the second prompt: what its steps did
    const diff = (await raw(h.baseUrl, `/api/session/${id}/diff?messageID=${second!.id}`)).body.data as Array<{ file: string; status: string; patch: string }>
    expect(diff.map((d) => [d.file, d.status]).sort()).toEqual([["a.txt", "modified"], ["b.txt", "added"]])
    expect(diff.find((d) => d.file === "a.txt")!.patch).toContain("-one\n+two")
    // the whole session's
    const whole = (await raw(h.baseUrl, `/api/session/${id}/diff`)).body.data as Array<{ file: string; status: string }>
    expect(whole.map((d) => d.file).sort()).toEqual(["a.txt", "b.txt"])

    const staged = await post(h.baseUrl, `/api/session/${id}/revert/stage`, { messageID: second!.id })
    expect(staged.status).toBe(200)
    expect(staged.body.data).toMatchObject({ messageID: second!.id })
    expect([read("a.txt"), read("b.txt"), read("keep.txt")]).toEqual(["one\n", undefined, "untouched\n"])
    expect(((await raw(h.baseUrl, `/api/session/${id}`)).body.data as { revert?: { messageID: string } }).revert?.messageID).toBe(second!.id)

    expect((await post(h.baseUrl, `/api/session/${id}/revert/clear`, {})).status).toBe(204)
    expect([read("a.txt"), read("b.txt")]).toEqual(["two\n", "new\n"])
    expect(((await raw(h.baseUrl, `/api/session/${id}`)).body.data as { revert?: unknown }).revert).toBeUndefined()

    // further back, to the first prompt: nothing the session wrote is left
    await post(h.baseUrl, `/api/session/${id}/revert/stage`, { messageID: second!.id })
    await post(h.baseUrl, `/api/session/${id}/revert/stage`, { messageID: first!.id })
    expect([read("a.txt"), read("b.txt")]).toEqual([undefined, undefined])
    // back to the second after all, then commit
    await post(h.baseUrl, `/api/session/${id}/revert/clear`, {})
    expect([read("a.txt"), read("b.txt")]).toEqual(["two\n", "new\n"])
    await post(h.baseUrl, `/api/session/${id}/revert/stage`, { messageID: second!.id })
    expect((await post(h.baseUrl, `/api/session/${id}/revert/commit`, {})).status).toBe(204)
    expect((await userMessages(id)).map((m) => m.id)).toEqual([first!.id])
    expect(read("a.txt")).toBe("one\n")
    // the log keeps the reverted turn; the model no longer sees it
    expect(JSON.stringify((await raw(h.baseUrl, `/api/session/${id}/history?limit=5000`)).body.data)).toContain("PROMPT-CHANGE")
    await run(id, "PROMPT-AFTER", { steps: [{ text: "ok" }] })
    const sent = JSON.stringify(h.fake.requests.at(-1)!.body.messages)
    expect(sent).toContain("PROMPT-CREATE")
    expect(sent).not.toContain("PROMPT-CHANGE")
  })

  it("the next prompt commits a staged revert; bad requests change nothing", async () => {
    const id = ((await post(h.baseUrl, "/api/session", { permission: allow })).body.data as { id: string }).id
    await run(id, "FIRST", call("write", { filePath: "c.txt", content: "c1\n" }), { steps: [{ text: "done" }] })
    await run(id, "SECOND", call("write", { filePath: "c.txt", content: "c2\n" }), { steps: [{ text: "done" }] })
    const [, second] = await userMessages(id)
    await post(h.baseUrl, `/api/session/${id}/revert/stage`, { messageID: second!.id })
    expect(read("c.txt")).toBe("c1\n")
    await run(id, "THIRD", { steps: [{ text: "from c1" }] })
    expect(JSON.stringify(h.fake.requests.at(-1)!.body.messages)).not.toContain("SECOND")
    expect(((await raw(h.baseUrl, `/api/session/${id}`)).body.data as { revert?: unknown }).revert).toBeUndefined()
    expect((await userMessages(id)).length).toBe(2)

    expect((await post(h.baseUrl, `/api/session/${id}/revert/stage`, { messageID: "msg_nothere" })).status).toBe(400)
    // a page on another origin cannot move the files
    expect((await post(h.baseUrl, `/api/session/${id}/revert/stage`, { messageID: second!.id }, { origin: "http://evil.example" })).status).toBe(403)
    expect(read("c.txt")).toBe("c1\n")
    expect((await post(h.baseUrl, `/api/session/ses_nothere/revert/stage`, { messageID: second!.id })).status).toBe(404)
    // running: 409, files untouched
    h.fake.push({ steps: [{ text: ["a", "b"] }], failure: { hang: { afterChunks: 1 } } })
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "hang" } })
    for (let i = 0; i < 200 && h.fake.inFlight() === 0; i++) await new Promise((r) => setTimeout(r, 25))
    const [firstMsg] = await userMessages(id)
    expect((await post(h.baseUrl, `/api/session/${id}/revert/stage`, { messageID: firstMsg!.id })).status).toBe(409)
    expect(read("c.txt")).toBe("c1\n")
    await post(h.baseUrl, `/api/session/${id}/interrupt`, {})
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
    h.fake.clear()
  })
})
