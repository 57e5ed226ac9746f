/**
 * The physical limit the streaming benchmarks compare against: the fake
 * provider's streams read by plain fetch, nothing else done with them.
 * Returns chunks per second over all sessions.
 */
export const plainChunksPerSecond = async (baseURL: string, sessions: number, spacing: number, chunks: number): Promise<number> => {
  const t0 = performance.now()
  let received = 0
  await Promise.all(Array.from({ length: sessions }, async () => {
    const res = await fetch(`${baseURL}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: `bench-${spacing}-${chunks}`, stream: true, messages: [{ role: "user", content: "plain" }] })
    })
    const decoder = new TextDecoder()
    for await (const bytes of res.body as unknown as AsyncIterable<Uint8Array>) {
      received += (decoder.decode(bytes, { stream: true }).match(/"content":"\d/g) ?? []).length
    }
  }))
  return received / ((performance.now() - t0) / 1000)
}
