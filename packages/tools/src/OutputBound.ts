/**
 * Bounding what a tool shows the model: long output keeps its head and its
 * tail (where errors and summaries usually are) and says how much was cut
 * in between. Cuts fall on line boundaries when there are lines to cut on,
 * and never split a UTF-8 character.
 */

export interface Bounded {
  readonly text: string
  readonly truncated: boolean
  /** Bytes of the original left out. */
  readonly omittedBytes: number
  readonly totalBytes: number
}

export interface BoundOptions {
  /** Most bytes of the original kept (head + tail). */
  readonly maxBytes: number
  /** Share of `maxBytes` given to the head; the rest to the tail. Default 0.5. */
  readonly headShare?: number
  /** Where the full output can be read, named in the marker. */
  readonly reference?: string
}

/** The longest prefix of `buf` up to `n` bytes that ends on a character boundary. */
const safeEnd = (buf: Buffer, n: number) => {
  let end = Math.min(n, buf.length)
  while (end > 0 && end < buf.length && (buf[end]! & 0xc0) === 0x80) end--
  return end
}

/** The first byte of a character at or after `n`. */
const safeStart = (buf: Buffer, n: number) => {
  let start = Math.max(0, n)
  while (start < buf.length && (buf[start]! & 0xc0) === 0x80) start++
  return start
}

export const bound = (output: string, options: BoundOptions): Bounded => {
  const buf = Buffer.from(output, "utf8")
  const totalBytes = buf.length
  if (totalBytes <= options.maxBytes) return { text: output, truncated: false, omittedBytes: 0, totalBytes }
  const headBytes = Math.floor(options.maxBytes * (options.headShare ?? 0.5))
  let headEnd = safeEnd(buf, headBytes)
  let tailStart = safeStart(buf, totalBytes - (options.maxBytes - headBytes))
  // prefer whole lines: cut after the head's last newline and before the tail's first
  const lastNewline = buf.lastIndexOf(0x0a, headEnd - 1)
  if (lastNewline > headBytes / 2) headEnd = lastNewline + 1
  const firstNewline = buf.indexOf(0x0a, tailStart)
  if (firstNewline !== -1 && firstNewline < tailStart + (totalBytes - tailStart) / 2) tailStart = firstNewline + 1
  const omittedBytes = tailStart - headEnd
  const marker = `\n[… ${omittedBytes} bytes of ${totalBytes} left out${options.reference === undefined ? "" : `; the full output is at ${options.reference}`} …]\n`
  return {
    text: buf.subarray(0, headEnd).toString("utf8") + marker + buf.subarray(tailStart).toString("utf8"),
    truncated: true,
    omittedBytes,
    totalBytes
  }
}
