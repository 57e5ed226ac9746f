/**
 * `npm run chaos -- [--kills 200] [--seed N] [--backend sqlite|pg|both]`:
 * long chaos runs (see src/chaos/Chaos.ts). Prints each violation, a table
 * per backend and, as the last line, one JSON object:
 * `{ seed, runs: [{ backend, kills, starts, prompts, …, violations: { kind: n } }] }`.
 * Exits 1 when any run had a violation.
 */
import * as Databases from "../src/Databases.js"
import * as Chaos from "../src/chaos/Chaos.js"

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback
}
const kills = Number(arg("kills", "200"))
const seed = Number(arg("seed", String(Math.floor(Math.random() * 2 ** 31))))
const backend = arg("backend", "both")
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed) || !["sqlite", "pg", "both"].includes(backend)) {
  process.stderr.write("usage: npm run chaos -- [--kills N] [--seed N] [--backend sqlite|pg|both]\n")
  process.exit(2)
}

const runs: Array<Record<string, unknown>> = []
let failed = false
for (const b of backend === "both" ? ["sqlite", "pg"] : [backend]) {
  let schema: Awaited<ReturnType<typeof Databases.pgSchema>> | undefined
  if (b === "pg") {
    const why = await Databases.pgUnavailable()
    if (why !== undefined) {
      process.stdout.write(`PostgreSQL run skipped: ${why}\n`)
      runs.push({ backend: b, skipped: why })
      continue
    }
    schema = await Databases.pgSchema()
  }
  const started = Date.now()
  process.stdout.write(`chaos on ${b}: ${kills} kills, seed ${seed}\n`)
  const report = await Chaos.run({ kills, seed, ...(schema === undefined ? {} : { db: schema.url }) }).finally(() => (process.env.CHAOS_KEEP === undefined ? schema?.drop() : process.stderr.write(`chaos: kept schema ${schema?.schema}\n`)))
  for (const v of report.violations) process.stdout.write(`  violation ${v.kind}: ${v.detail}\n`)
  const { violations, kinds, ...figures } = report
  const row = { backend: b, ...figures, seconds: Math.round((Date.now() - started) / 1000), scenarios: kinds, violations: Chaos.byKind(violations) }
  failed ||= violations.length > 0
  runs.push(row)
  const table = Object.entries(row).map(([k, x]) => `  ${k.padEnd(14)} ${typeof x === "object" ? JSON.stringify(x) : String(x)}`)
  process.stdout.write(`${table.join("\n")}\n`)
}
process.stdout.write(`${JSON.stringify({ seed, runs })}\n`)
process.exit(failed ? 1 : 0)
