/**
 * tsx packages/testing/bench/cpuprofile.ts <file.cpuprofile> [top]
 *
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time by area (our
 * packages, effect, the drivers, node internals, GC, idle) and the top
 * functions by self time. docs/performance.md records these summaries.
 */
import { readFileSync } from "node:fs"

interface Node {
  readonly id: number
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number }
  readonly hitCount?: number
}
interface Profile {
  readonly nodes: ReadonlyArray<Node>
  readonly samples: ReadonlyArray<number>
  readonly timeDeltas: ReadonlyArray<number>
}

const area = (url: string, name: string): string => {
  if (name === "(garbage collector)") return "gc"
  if (name === "(idle)") return "idle"
  if (name === "(program)") return "program"
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg !== null) {
    const p = pkg[1]!
    if (p === "effect" || p.startsWith("@effect/")) return p
    return p
  }
  const ours = /packages\/([^/]+)\//.exec(url)
  if (ours !== null) return `@ratchet/${ours[1]}`
  if (url.startsWith("node:") || url === "") return "node"
  return "other"
}

const file = process.argv[2]
if (file === undefined) {
  console.error("usage: cpuprofile.ts <file.cpuprofile> [top]")
  process.exit(2)
}
const top = Number(process.argv[3] ?? 25)
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const self = new Map<number, number>()
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))

const total = [...self.values()].reduce((a, b) => a + b, 0)
const busy = [...self].filter(([id]) => byId.get(id)?.callFrame.functionName !== "(idle)").reduce((a, [, t]) => a + t, 0)
const areas = new Map<string, number>()
const fns = new Map<string, number>()
for (const [id, t] of self) {
  const n = byId.get(id)!
  const a = area(n.callFrame.url, n.callFrame.functionName)
  areas.set(a, (areas.get(a) ?? 0) + t)
  if (a === "idle") continue
  const where = n.callFrame.url.replace(/^.*node_modules\//, "").replace(/^.*packages\//, "")
  const key = `${n.callFrame.functionName || "(anonymous)"} ${where}:${n.callFrame.lineNumber + 1}`
  fns.set(key, (fns.get(key) ?? 0) + t)
}
const pct = (t: number) => `${((t / busy) * 100).toFixed(1)}%`
console.log(`profile ${file}: ${(total / 1000).toFixed(0)} ms sampled, ${(busy / 1000).toFixed(0)} ms busy (shares below are of busy time)`)
console.log("\nself time by area")
for (const [a, t] of [...areas].filter(([a]) => a !== "idle").sort((x, y) => y[1] - x[1]).slice(0, 15)) {
  console.log(`  ${pct(t).padStart(6)}  ${a}`)
}
console.log(`\ntop ${top} functions by self time`)
for (const [f, t] of [...fns].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`  ${pct(t).padStart(6)}  ${f}`)

// the longest stretches without an idle sample (the event loop never waited): where a block comes from
const stretches: Array<{ start: number; ms: number; fns: Map<string, number> }> = []
let current: { start: number; ms: number; fns: Map<string, number> } | undefined
let clock = 0
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0
  clock += dt
  const n = byId.get(id)!
  if (n.callFrame.functionName === "(idle)") {
    if (current !== undefined) stretches.push(current)
    current = undefined
    return
  }
  current ??= { start: clock, ms: 0, fns: new Map() }
  current.ms += dt / 1000
  const where = n.callFrame.url.replace(/^.*node_modules\//, "").replace(/^.*packages\//, "")
  const key = `${n.callFrame.functionName || "(anonymous)"} ${where}:${n.callFrame.lineNumber + 1}`
  current.fns.set(key, (current.fns.get(key) ?? 0) + dt / 1000)
})
if (current !== undefined) stretches.push(current)
const longest = stretches.sort((a, b) => b.ms - a.ms).slice(0, Number(process.env.STRETCHES ?? 3))
for (const s of longest) {
  console.log(`\nbusy stretch of ${s.ms.toFixed(0)} ms at +${(s.start / 1e6).toFixed(2)} s; its top functions by self time:`)
  for (const [f, ms] of [...s.fns].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${f}`)
}
