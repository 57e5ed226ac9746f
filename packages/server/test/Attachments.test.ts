/**
 * Prompt attachments over HTTP with the fake provider: text files (by path
 * in the project, or as a data URL) reach the model inline with their name;
 * an image reaches a model that accepts images as a native content part;
 * the same file is stored once; what is refused (a model without image
 * input, a path outside the project, another scheme, contents that are not
 * the declared type, an oversized file) is a 400 or 413 with nothing
 * admitted.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, post, raw, start } from "./harness.js"

// a 1×1 PNG
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64")

let h: Harness
let project: string
beforeAll(async () => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-attach-"))
  fs.writeFileSync(path.join(project, "notes.txt"), "NOTES-CONTENT: remember the milk\n")
  fs.writeFileSync(path.join(project, "fake.png"), "not a png at all")
  fs.writeFileSync(path.join(project, "big.txt"), Buffer.alloc(11 * 1024 * 1024, 0x61))
  h = await start({ config: { directory: project, directories: [project] }, modalities: ["image"] })
})
afterAll(async () => {
  await h?.close()
  fs.rmSync(project, { recursive: true, force: true })
})

const session = async () => ((await post(h.baseUrl, "/api/session", {})).body.data as { id: string }).id
const send = (id: string, text: string, files: ReadonlyArray<Record<string, unknown>>) =>
  post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text, files } })
const wait = (id: string) => raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST" })
const history = async (id: string) => (await raw(h.baseUrl, `/api/session/${id}/history?limit=5000`)).body.data as Array<{ type: string; data: Record<string, unknown> }>

describe("prompt attachments", () => {
  it("text files reach the model inline with their name; an image as a native part; each stored once", async () => {
    const id = await session()
    h.fake.push({ steps: [{ text: "read them" }] })
    const admitted = await send(id, "look at these", [
      { uri: "notes.txt", mime: "text/plain" },
      { uri: `data:text/plain;base64,${Buffer.from("INLINE-DATA-URL").toString("base64")}`, mime: "text/plain", name: "inline.txt" },
      { uri: `data:image/png;base64,${PNG.toString("base64")}`, mime: "image/png", name: "pixel.png" }
    ])
    expect(admitted.status).toBe(200)
    await wait(id)
    const user = h.fake.requests.at(-1)!.body.messages!.find((m) => m.role === "user") as unknown as { content: Array<Record<string, unknown>> }
    const text = JSON.stringify(user.content)
    expect(text).toContain(`<file name=\\"notes.txt\\">\\nNOTES-CONTENT: remember the milk`)
    expect(text).toContain("INLINE-DATA-URL")
    expect(user.content).toContainEqual({ type: "image_url", image_url: { url: `data:image/png;base64,${PNG.toString("base64")}` } })
    // the log names the files by content hash; it does not repeat them
    const prompted = (await history(id)).find((e) => e.type === "session.next.prompted")!
    const files = (prompted.data.prompt as { files: Array<{ uri: string }> }).files
    expect(files.every((f) => f.uri.startsWith("attachment:sha256:"))).toBe(true)
    expect(JSON.stringify(prompted)).not.toContain(PNG.toString("base64"))
    // the same file again: the same reference
    h.fake.push({ steps: [{ text: "again" }] })
    await send(id, "once more", [{ uri: "notes.txt", mime: "text/plain" }])
    await wait(id)
    const again = (await history(id)).filter((e) => e.type === "session.next.prompted")[1]!
    expect((again.data.prompt as { files: Array<{ uri: string }> }).files[0]!.uri).toBe(files[0]!.uri)
  })

  it("refusals are clear and admit nothing", async () => {
    const id = await session()
    const cases: Array<[ReadonlyArray<Record<string, unknown>>, number, RegExp]> = [
      [[{ uri: "../outside.txt", mime: "text/plain" }], 400, /outside the session directory/],
      [[{ uri: "https://example.com/a.png", mime: "image/png" }], 400, /only data: URLs and paths/],
      [[{ uri: "fake.png", mime: "image/png" }], 400, /not image\/png/],
      [[{ uri: "notes.txt", mime: "application/x-msdownload" }], 400, /is not accepted/],
      [[{ uri: "big.txt", mime: "text/plain" }], 413, /over/],
      [[{ uri: "missing.txt", mime: "text/plain" }], 400, /not a file/]
    ]
    for (const [files, status, message] of cases) {
      const r = await send(id, "x", files)
      expect([JSON.stringify(files), r.status]).toEqual([JSON.stringify(files), status])
      expect(JSON.stringify(r.body)).toMatch(message)
    }
    expect((await history(id)).some((e) => e.type === "session.next.prompt.admitted")).toBe(false)
  })

  it("an image for a model whose catalogue entry lists no image input is a 400 naming both", async () => {
    await h.close()
    h = await start({ config: { directory: project, directories: [project] } })
    const id = await session()
    const r = await send(id, "see", [{ uri: `data:image/png;base64,${PNG.toString("base64")}`, mime: "image/png" }])
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.body)).toMatch(/fake\/fake-1 does not accept image\/png/)
    expect((await history(id)).some((e) => e.type === "session.next.prompt.admitted")).toBe(false)
  })
})
