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

export const plainChunksPerSecond = async (baseURL: string, sessions: number, spacing: number, chunks: number, wire: Wire = "openai"): Promise<number> =>
  (await plainConsumer(baseURL, sessions, spacing, chunks, wire)).rate

/** The send times the fake provider's bench model writes into its chunks (`<ms since the epoch>;chunk <n>`). */
const SENT = /(\d+(?:\.\d+)?);chunk \d+/g

/**
 * The same, with each chunk's latency from the provider's send to this reader (wall clocks of one
 * machine): the floor under the engine's chunk-to-client latency, in the same run.
 */
export const plainConsumer = async (
  baseURL: string,
  sessions: number,
  spacing: number,
  chunks: number,
  wire: Wire = "openai"
): Promise<{ readonly rate: number; readonly latencies: ReadonlyArray<number> }> => {
  const request = requestFor(wire, `bench-${spacing}-${chunks}`)
  const t0 = performance.now()
  let received = 0
  const latencies: Array<number> = []
  await Promise.all(Array.from({ length: sessions }, async () => {
    const res = await fetch(`${baseURL}${request.path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(request.body)
    })
    const decoder = new TextDecoder()
    // whole lines only: a chunk split across two reads is counted once, when its line is complete
    let partial = ""
    for await (const bytes of res.body as unknown as AsyncIterable<Uint8Array>) {
      const at = performance.timeOrigin + performance.now()
      const text = partial + decoder.decode(bytes, { stream: true })
      const cut = text.lastIndexOf("\n") + 1
      partial = text.slice(cut)
      const lines = text.slice(0, cut)
      received += (lines.match(request.delta) ?? []).length
      for (const sent of lines.matchAll(SENT)) latencies.push(at - Number(sent[1]))
    }
  }))
  return { rate: received / ((performance.now() - t0) / 1000), latencies }
}
