/**
 * The model's view of a transcript: after a finished compaction only its
 * summary (with the request in hand) and what follows; an abandoned one is
 * no boundary; old tool outputs past the budget become a note, the newest
 * never do.
 */
import type { MessageInfo, PartInfo } from "@ratchet/schema"
import { describe, expect, it } from "vitest"
import { RECENT_PREFIX, SUMMARY_PREFIX, toMessages } from "../src/internal/transcript.js"

let seq = 0
const time = { created: 1, updated: 1, completed: 1 }
const part = (p: Partial<PartInfo> & Pick<PartInfo, "type">): PartInfo => ({ id: `prt_${++seq}`, messageID: "m", seq: ++seq, text: "", time, ...p })
const message = (type: string, info: unknown, parts: ReadonlyArray<PartInfo> = []): MessageInfo =>
  ({ id: `msg_${++seq}`, sessionID: "ses_x" as MessageInfo["sessionID"], seq: ++seq, type, info: info as MessageInfo["info"], time: { created: 1 }, parts })
const user = (text: string) => message("user", { text })
const toolTurn = (output: string) =>
  message("assistant", {}, [part({ type: "tool", tool: "read", status: "completed", input: {}, output: { content: [{ type: "text", text: output }] } })])
const compaction = (text: string, recent?: string, completed = true) =>
  message("compaction", { reason: "auto" }, [part({ type: "compaction", text, ...(recent === undefined ? {} : { metadata: { recent } }), time: completed ? time : { created: 1, updated: 1 } })])

describe("the model's view", () => {
  it("starts at the last finished compaction: its summary and the request in hand, then what follows", () => {
    const view = toMessages([user("old"), compaction("first summary"), user("middle"), compaction("S2", "the request"), user("new")])
    expect(view[0]).toEqual({ role: "user", text: `${SUMMARY_PREFIX}\n\nS2\n\n${RECENT_PREFIX}\n\nthe request` })
    expect(view.slice(1)).toEqual([{ role: "user", text: "new" }])
  })

  it("an abandoned (empty) or unfinished compaction is no boundary", () => {
    expect(toMessages([user("a"), compaction(""), user("b")])).toEqual([{ role: "user", text: "a" }, { role: "user", text: "b" }])
    expect(toMessages([user("a"), compaction("half", undefined, false)]).map((m) => m.role === "user" ? m.text : "")).toEqual(["a"])
  })

  it("prunes tool outputs older than the budget, never the newest three", () => {
    const big = "x".repeat(100)
    const view = toMessages([user("go"), toolTurn(big), toolTurn(big), toolTurn(big), toolTurn(big), toolTurn(big)], { pruneKeepChars: 250 })
    const outputs = view.flatMap((m) => (m.role === "tool" ? [m.output] : []))
    expect(outputs.slice(2)).toEqual([big, big, big])
    expect(outputs.slice(0, 2).every((o) => o.startsWith("[output pruned"))).toBe(true)
    // no budget: nothing pruned
    expect(toMessages([toolTurn(big), toolTurn(big), toolTurn(big), toolTurn(big)], { pruneKeepChars: Infinity }).filter((m) => m.role === "tool" && m.output !== big)).toEqual([])
  })
})
