/**
 * A small server-sent-events decoder for provider streams: text in (any
 * split), complete events' `data` out. `@effect/experimental/Sse` is correct
 * but measured ~40 ms per 200-event stream on this machine (a character-at-
 * a-time parser behind a channel), more than the rest of a turn's work; this
 * one splits on line breaks with indexOf. Handles CRLF, multi-line `data`,
 * comments, and `event`/`id`/`retry` fields (ignored: providers don't need
 * them).
 */
export interface SseDecoder {
  /** Feeds text; returns the `data` of every event completed by it. */
  readonly feed: (text: string) => Array<string>
  /** Whatever event is still open at the end of the stream. */
  readonly end: () => Array<string>
}

export const makeSseDecoder = (maxEventBytes = 16 * 1024 * 1024): SseDecoder => {
  let buffer = ""
  let data: Array<string> = []

  const line = (raw: string, out: Array<string>) => {
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw
    if (text === "") {
      if (data.length > 0) out.push(data.join("\n"))
      data = []
      return
    }
    if (text.startsWith(":")) return
    const colon = text.indexOf(":")
    const field = colon === -1 ? text : text.slice(0, colon)
    if (field !== "data") return
    let value = colon === -1 ? "" : text.slice(colon + 1)
    if (value.startsWith(" ")) value = value.slice(1)
    data.push(value)
  }

  return {
    feed: (text) => {
      const out: Array<string> = []
      buffer += text
      let start = 0
      let nl = buffer.indexOf("\n", start)
      while (nl !== -1) {
        line(buffer.slice(start, nl), out)
        start = nl + 1
        nl = buffer.indexOf("\n", start)
      }
      buffer = buffer.slice(start)
      if (buffer.length > maxEventBytes) throw new RangeError(`an event exceeds ${maxEventBytes} bytes`)
      return out
    },
    end: () => {
      const out: Array<string> = []
      if (buffer !== "") line(buffer, out)
      line("", out)
      buffer = ""
      return out
    }
  }
}
