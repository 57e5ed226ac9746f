import { assert, describe, it } from "@effect/vitest"
import { makeSseDecoder } from "../src/internal/sseLines.js"

describe("SSE decoder", () => {
  const stream = "data: {\"a\":1}\n\n: a comment\nevent: x\nid: 7\ndata: line one\ndata: line two\n\r\ndata:no-space\r\n\r\ndata: [DONE]\n\n"

  it("decodes events however the text is split", () => {
    for (let size = 1; size <= stream.length; size++) {
      const d = makeSseDecoder()
      const out: Array<string> = []
      for (let i = 0; i < stream.length; i += size) out.push(...d.feed(stream.slice(i, i + size)))
      out.push(...d.end())
      assert.deepStrictEqual(out, ["{\"a\":1}", "line one\nline two", "no-space", "[DONE]"], `split every ${size}`)
    }
  })

  it("emits an event left open at the end, and refuses an endless one", () => {
    const d = makeSseDecoder()
    assert.deepStrictEqual(d.feed("data: tail"), [])
    assert.deepStrictEqual(d.end(), ["tail"])
    const small = makeSseDecoder(10)
    assert.throws(() => small.feed("data: 0123456789abcdef"))
  })
})
