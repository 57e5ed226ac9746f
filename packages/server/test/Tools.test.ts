/**
 * The tools under permission control, end to end over HTTP: the fake provider
 * scripts the tool calls, the test answers the permission and question
 * requests through the routes, and the scratch directory shows what ran.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, post, raw, start } from "./harness.js"

let h: Harness
let scratch: string
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "ratchet-tools-"))
  h = await start({ config: { directories: [scratch] } })
})
afterAll(async () => {
  await h.close()
  rmSync(scratch, { recursive: true, force: true })
})

const call = (name: string, args: unknown) => ({ steps: [{ toolCall: { name, args } }] })
const say = (text: string) => ({ steps: [{ text }] })

const session = async (base = h.baseUrl) => {
  const r = await post(base, "/api/session", { location: { directory: scratch } })
  expect(r.status).toBe(200)
  return (r.body.data as { id: string }).id
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls until the session has a pending request of the kind; returns it. */
const pending = async (sessionID: string, kind: "permission" | "question", base = h.baseUrl) => {
  for (let i = 0; i < 400; i++) {
    const r = await raw(base, `/api/session/${sessionID}/${kind}`)
    const data = r.body.data as Array<Record<string, unknown>>
    if (data.length > 0) return data[0]!
    await sleep(25)
  }
  throw new Error(`no pending ${kind} request`)
}

const tools = async (sessionID: string, base = h.baseUrl) => {
  const r = await raw(base, `/api/session/${sessionID}/message?limit=100`)
  return (r.body.data as Array<{ content?: Array<{ type: string; name?: string; state?: { status: string; content?: unknown; error?: unknown } }> }>)
    .flatMap((m) => m.content ?? []).filter((c) => c.type === "tool")
}

const lastOutcome = async (sessionID: string, base = h.baseUrl) => {
  const r = await raw(base, `/api/session/${sessionID}/history?limit=5000`)
  const ended = (r.body.data as Array<{ type: string; data: { outcome?: string } }>).filter((e) => e.type === "session.next.activity.ended")
  return ended[ended.length - 1]?.data.outcome
}

const wait = (sessionID: string, base = h.baseUrl) => raw(base, `/api/session/${sessionID}/wait`, { method: "POST" })

describe("built-in tools under permission control (HTTP, real sockets)", () => {
  it("reads without asking, asks before an edit and a command; once and always; the directory shows both ran", async () => {
    writeFileSync(join(scratch, "a.txt"), "hello world\n")
    h.fake.push(
      call("read", { filePath: "a.txt" }),
      call("edit", { filePath: "a.txt", oldString: "world", newString: "ratchet" }),
      call("bash", { command: "cat a.txt > b.txt", description: "copy" }),
      say("done")
    )
    const id = await session()
    expect((await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "go" } })).status).toBe(200)

    const edit = await pending(id, "permission")
    expect(edit).toMatchObject({ sessionID: id, action: "edit", resources: ["a.txt"], source: { type: "tool" } })
    expect((await raw(h.baseUrl, `/api/session/${id}/permission/${edit.id}`)).body.data).toMatchObject({ id: edit.id })
    // globally listed too
    const all = (await raw(h.baseUrl, "/api/permission/request")).body.data as Array<{ id: string }>
    expect(all.map((r) => r.id)).toContain(edit.id)
    expect((await post(h.baseUrl, `/api/session/${id}/permission/${edit.id}/reply`, { reply: "once" })).status).toBe(204)
    // a request takes one reply
    expect((await post(h.baseUrl, `/api/session/${id}/permission/${edit.id}/reply`, { reply: "once" })).status).toBe(409)

    const bash = await pending(id, "permission")
    // the command is checked as the simple command it runs; the file its redirection writes is an edit
    expect(bash).toMatchObject({ action: "bash", resources: ["cat a.txt"], save: ["cat", "cat *"] })
    expect((await post(h.baseUrl, `/api/session/${id}/permission/${bash.id}/reply`, { reply: "always" })).status).toBe(204)
    const redirect = await pending(id, "permission")
    expect(redirect).toMatchObject({ action: "edit", resources: ["b.txt"] })
    expect((await post(h.baseUrl, `/api/session/${id}/permission/${redirect.id}/reply`, { reply: "once" })).status).toBe(204)

    expect((await wait(id)).status).toBe(204)
    expect(readFileSync(join(scratch, "a.txt"), "utf8")).toBe("hello ratchet\n")
    expect(readFileSync(join(scratch, "b.txt"), "utf8")).toBe("hello ratchet\n")
    const parts = await tools(id)
    expect(parts.map((p) => [p.name, p.state?.status])).toEqual([["read", "completed"], ["edit", "completed"], ["bash", "completed"]])
    expect(await lastOutcome(id)).toBe("completed")
    const saved = (await raw(h.baseUrl, "/api/permission/saved")).body.data as Array<{ id: string; action: string; resource: string }>
    expect(saved).toContainEqual(expect.objectContaining({ action: "bash", resource: "cat *" }))

    // the saved rule now allows `cat …` without asking
    h.fake.push(call("bash", { command: "cat b.txt" }), say("again"))
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "again" } })
    expect((await wait(id)).status).toBe(204)
    const again = (await tools(id)).at(-1)!
    expect(again.state?.status).toBe("completed")
    expect(JSON.stringify(again.state?.content)).toContain("hello ratchet")

    // removing it makes the next one ask again
    const rule = saved.find((s) => s.resource === "cat *")!
    expect((await raw(h.baseUrl, `/api/permission/saved/${rule.id}`, { method: "DELETE" })).status).toBe(204)
    expect((await raw(h.baseUrl, `/api/permission/saved/${rule.id}`, { method: "DELETE" })).status).toBe(404)
  })

  it("reject with feedback is a tool failure the model reads; reject without ends the activity", async () => {
    h.fake.push(call("write", { filePath: "c.txt", content: "x" }), say("understood"))
    const id = await session()
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "write" } })
    const first = await pending(id, "permission")
    await post(h.baseUrl, `/api/session/${id}/permission/${first.id}/reply`, { reply: "reject", message: "not that file" })
    await wait(id)
    const failed = (await tools(id))[0]!
    expect(failed.state?.status).toBe("error")
    expect(JSON.stringify(failed.state?.error)).toContain("not that file")
    expect(await lastOutcome(id)).toBe("completed")
    // the model was shown the feedback
    const shown = h.fake.requests.at(-1)!.body.messages!.filter((m) => m.role === "tool").map((m) => m.content)
    expect(shown.join("\n")).toContain("not that file")

    h.fake.push(call("write", { filePath: "c.txt", content: "x" }), say("never sent"))
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "write again" } })
    const second = await pending(id, "permission")
    const before = h.fake.requests.length
    await post(h.baseUrl, `/api/session/${id}/permission/${second.id}/reply`, { reply: "reject" })
    await wait(id)
    expect(await lastOutcome(id)).toBe("rejected")
    expect(h.fake.requests.length).toBe(before)
    h.fake.clear()
    expect(() => readFileSync(join(scratch, "c.txt"))).toThrow()
  })

  it("interrupting a session rejects its pending requests", async () => {
    h.fake.push(call("bash", { command: "touch never.txt" }))
    const id = await session()
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "run" } })
    const request = await pending(id, "permission")
    expect((await raw(h.baseUrl, `/api/session/${id}/interrupt`, { method: "POST" })).status).toBe(204)
    await wait(id)
    expect((await raw(h.baseUrl, `/api/session/${id}/permission`)).body.data).toEqual([])
    expect((await post(h.baseUrl, `/api/session/${id}/permission/${request.id}/reply`, { reply: "once" })).status).toBe(409)
    expect(["interrupted", "rejected"]).toContain(await lastOutcome(id))
    h.fake.clear()
  })

  it("a question is answered through its route and the model reads the answer", async () => {
    h.fake.push(
      call("question", { questions: [{ question: "Which color?", header: "Color", options: [{ label: "red" }, { label: "blue" }] }] }),
      say("blue it is")
    )
    const id = await session()
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "ask me" } })
    const q = await pending(id, "question")
    expect(q).toMatchObject({ sessionID: id, questions: [{ question: "Which color?", header: "Color", options: [{ label: "red", description: "" }, { label: "blue", description: "" }] }] })
    expect((await post(h.baseUrl, `/api/session/${id}/question/${q.id}/reply`, { answers: [] })).status).toBe(400)
    expect((await post(h.baseUrl, `/api/session/${id}/question/${q.id}/reply`, { answers: [["blue"]] })).status).toBe(204)
    await wait(id)
    const part = (await tools(id))[0]!
    expect(part.state?.status).toBe("completed")
    expect(JSON.stringify(part.state?.content)).toContain("blue")
    expect((await post(h.baseUrl, `/api/session/${id}/question/${q.id}/reject`, {})).status).toBe(409)
    expect((await post(h.baseUrl, `/api/session/${id}/question/que_nope/reject`, {})).status).toBe(404)
  })

  it("a request pending across a restart: the reply after it continues the run", async () => {
    writeFileSync(join(scratch, "r.txt"), "one\n")
    h.fake.push(call("edit", { filePath: "r.txt", oldString: "one", newString: "two" }), say("edited after the restart"))
    const id = await session()
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "edit" } })
    const request = await pending(id, "permission")
    h = await h.restart()
    // still pending on the new server, and the session still busy with the same activity
    const again = await pending(id, "permission")
    expect(again.id).toBe(request.id)
    expect((await post(h.baseUrl, `/api/session/${id}/permission/${request.id}/reply`, { reply: "once" })).status).toBe(204)
    await wait(id)
    expect(readFileSync(join(scratch, "r.txt"), "utf8")).toBe("two\n")
    expect(await lastOutcome(id)).toBe("completed")
    const parts = await tools(id)
    expect(parts.map((p) => p.state?.status)).toEqual(["completed"])
  })

  it("multiedit and apply_patch: each asks once as edit, changes every file or none", async () => {
    writeFileSync(join(scratch, "m.txt"), "alpha\nbeta\ngamma\n")
    writeFileSync(join(scratch, "p.txt"), "one\ntwo\nthree\n")
    const patch = [
      "*** Begin Patch",
      "*** Update File: p.txt",
      "@@",
      " one",
      "-two",
      "+TWO",
      " three",
      "*** Add File: q.txt",
      "+new file",
      "*** End Patch"
    ].join("\n")
    h.fake.push(
      call("multiedit", { filePath: "m.txt", edits: [{ oldString: "alpha", newString: "ALPHA" }, { oldString: "gamma", newString: "GAMMA" }] }),
      call("apply_patch", { patchText: patch }),
      // a hunk that does not apply: nothing of this patch is written
      call("apply_patch", { patchText: ["*** Begin Patch", "*** Add File: never-added.txt", "+never", "*** Update File: p.txt", "@@", "-not there", "+x", "*** End Patch"].join("\n") }),
      say("patched")
    )
    const id = await session()
    await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "patch" } })
    for (let i = 0; i < 3; i++) {
      const ask = await pending(id, "permission")
      expect(ask).toMatchObject({ action: "edit" })
      await post(h.baseUrl, `/api/session/${id}/permission/${ask.id}/reply`, { reply: "once" })
    }
    expect((await wait(id)).status).toBe(204)
    expect(readFileSync(join(scratch, "m.txt"), "utf8")).toBe("ALPHA\nbeta\nGAMMA\n")
    expect(readFileSync(join(scratch, "p.txt"), "utf8")).toBe("one\nTWO\nthree\n")
    expect(readFileSync(join(scratch, "q.txt"), "utf8")).toBe("new file\n")
    const parts = await tools(id)
    expect(() => readFileSync(join(scratch, "never-added.txt"))).toThrow()
    expect(parts.map((p) => [p.name, p.state?.status])).toEqual([["multiedit", "completed"], ["apply_patch", "completed"], ["apply_patch", "error"]])
    expect(JSON.stringify(parts[2]!.state?.error)).toMatch(/p\.txt/)
  })
})
