import { describe, expect, it } from "@effect/vitest"
import * as OutputBound from "../src/OutputBound.js"

describe("OutputBound", () => {
  it("leaves output within the bound alone", () => {
    expect(OutputBound.bound("short\n", { maxBytes: 100 })).toEqual({ text: "short\n", truncated: false, omittedBytes: 0, totalBytes: 6 })
  })

  it("keeps whole lines of head and tail and says what was cut and where the rest is", () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join("\n") + "\n"
    const r = OutputBound.bound(lines, { maxBytes: 200, reference: "tool-output/call_1" })
    expect(r.truncated).toBe(true)
    expect(r.text.startsWith("line 0\nline 1\n")).toBe(true)
    expect(r.text.endsWith("line 999\n")).toBe(true)
    expect(r.text).toMatch(/\[… \d+ bytes of \d+ left out; the full output is at tool-output\/call_1 …\]/)
    const kept = r.text.split("\n").filter((l) => l.startsWith("line "))
    for (const l of kept) expect(l).toMatch(/^line \d+$/) // no line was split
    const [head, tail] = r.text.split(/\n\[…[^\]]*\]\n/)
    expect(Buffer.byteLength(head! + tail!, "utf8")).toBeLessThanOrEqual(200)
    expect(r.omittedBytes + Buffer.byteLength(head! + tail!, "utf8")).toBe(r.totalBytes)
  })

  it("never splits a multi-byte character, even without newlines", () => {
    const text = "é".repeat(1000) // 2 bytes each
    const r = OutputBound.bound(text, { maxBytes: 101, headShare: 0.3 })
    expect(r.text).not.toContain("\uFFFD")
    const [head, tail] = r.text.split(/\n\[…[^\]]*\]\n/)
    expect(head!.length + tail!.length).toBeLessThanOrEqual(51)
    expect(r.omittedBytes).toBe(2000 - Buffer.byteLength(head! + tail!, "utf8"))
  })
})
