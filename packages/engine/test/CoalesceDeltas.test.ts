/**
 * The chunks of one provider read become one delta per part: neighbours of
 * one part merge, in order; nothing else does.
 */
import { Events, type MessageId, type SessionEvent } from "@ratchet/schema"
import { describe, expect, it } from "vitest"
import { coalesceDeltas } from "../src/internal/step.js"

const m = "msg_1" as MessageId
const text = (textID: string, delta: string) => Events.make("session.next.text.delta", { assistantMessageID: m, textID, delta })
const reasoning = (reasoningID: string, delta: string) => Events.make("session.next.reasoning.delta", { assistantMessageID: m, reasoningID, delta })
const input = (callID: string, delta: string) => Events.make("session.next.tool.input.delta", { assistantMessageID: m, callID, delta })
const summary = (es: ReadonlyArray<SessionEvent>) =>
  es.map((e) => `${e.type.replace("session.next.", "")}:${"delta" in e.data ? String(e.data.delta) : ""}`)

describe("coalesceDeltas", () => {
  it("joins neighbouring deltas of one part, keeps every other event and the order", () => {
    const started = Events.make("session.next.text.started", { assistantMessageID: m, textID: "t1" })
    const out = coalesceDeltas([
      reasoning("r1", "think"), reasoning("r1", "ing"),
      started, text("t1", "Hel"), text("t1", "lo"), text("t1", "!"),
      input("c1", "{\"a\":"), input("c1", "1}"),
      text("t1", " more")
    ])
    expect(summary(out)).toEqual([
      "reasoning.delta:thinking",
      "text.started:",
      "text.delta:Hello!",
      "tool.input.delta:{\"a\":1}",
      "text.delta: more"
    ])
  })

  it("never joins deltas of different parts, kinds or messages", () => {
    const other = Events.make("session.next.text.delta", { assistantMessageID: "msg_2" as MessageId, textID: "t1", delta: "c" })
    const events = [text("t1", "a"), text("t2", "b"), other, reasoning("t2", "d"), input("t2", "e")]
    expect(coalesceDeltas(events)).toEqual(events)
  })

  it("leaves the concatenated text of each part unchanged (any split)", () => {
    const chunks = ["a", "bc", "", "def", "g"]
    for (let cut = 0; cut <= chunks.length; cut++) {
      const events = [...chunks.slice(0, cut).map((c) => text("t1", c)), reasoning("r", "x"), ...chunks.slice(cut).map((c) => text("t1", c))]
      const joined = coalesceDeltas(events).filter((e) => e.type === "session.next.text.delta").map((e) => e.type === "session.next.text.delta" ? e.data.delta : "").join("")
      expect(joined).toBe(chunks.join(""))
    }
  })
})
