/**
 * The physical limit the streaming benchmarks compare against: the fake
 * provider's streams read by plain fetch, nothing else done with them
 * (the text deltas counted by a regular expression over the bytes).
 * Returns chunks per second over all sessions.
 */
import type { Wire } from "../src/FakeWires.js"

const requestFor = (wire: Wire, model: string): { readonly path: string; readonly body: unknown; readonly delta: RegExp } => {
  switch (wire) {
    case "openai":
      return { path: "/chat/completions", body: { model, stream: true, messages: [{ role: "user", content: "plain" }] }, delta: /"content":"\d/g }
    case "anthropic":
      return { path: "/messages", body: { model, stream: true, max_tokens: 1024, messages: [{ role: "user", content: "plain" }] }, delta: /"text_delta","text":"\d/g }
    case "responses":
      return { path: "/responses", body: { model, stream: true, input: [{ role: "user", content: "plain" }] }, delta: /"delta":"\d/g }
    case "gemini":
      return { path: `/models/${model}:streamGenerateContent?alt=sse`, body: { contents: [{ role: "user", parts: [{ text: "plain" }] }] }, delta: /"text":"\d/g }
  }
}

export const plainChunksPerSecond = async (baseURL: string, sessions: number, spacing: number, chunks: number, wire: Wire = "openai"): Promise<number> => {
  const request = requestFor(wire, `bench-${spacing}-${chunks}`)
  const t0 = performance.now()
  let received = 0
  await Promise.all(Array.from({ length: sessions }, async () => {
    const res = await fetch(`${baseURL}${request.path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(request.body)
    })
    const decoder = new TextDecoder()
    for await (const bytes of res.body as unknown as AsyncIterable<Uint8Array>) {
      received += (decoder.decode(bytes, { stream: true }).match(request.delta) ?? []).length
    }
  }))
  return received / ((performance.now() - t0) / 1000)
}
