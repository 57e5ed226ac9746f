/** Small helpers for benchmark figures. */
export const percentile = (sorted: ReadonlyArray<number>, p: number): number => {
  if (sorted.length === 0) return Number.NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]!
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits))

export const table = (rows: ReadonlyArray<Record<string, string | number>>): string => {
  if (rows.length === 0) return ""
  const cols = Object.keys(rows[0]!)
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)))
  const line = (cells: ReadonlyArray<string>) => cells.map((c, i) => c.padEnd(width[i]!)).join("  ")
  return [line(cols), line(width.map((w) => "-".repeat(w))), ...rows.map((r) => line(cols.map((c) => String(r[c]))))].join("\n")
}
