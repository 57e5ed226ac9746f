/**
 * The fuzz run (security suite): hostile requests on a real server. In CI a
 * fixed seed and 300 requests; `npm run fuzz` sends 5000 (FUZZ_COUNT) with
 * FUZZ_SEED or a random seed, printed so a failure can be replayed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as HttpFuzz from "./HttpFuzz.js"
import { type Harness, start } from "./harness.js"

const count = Number(process.env.FUZZ_COUNT ?? 300)
const seed = Number(process.env.FUZZ_SEED ?? (process.env.FUZZ_COUNT === undefined ? 20261202 : Math.floor(Math.random() * 2 ** 31)))

let h: Harness
beforeAll(async () => {
  h = await start()
})
afterAll(() => h.close())

describe(`HTTP fuzz (seed ${seed}, ${count} requests)`, () => {
  it("no 5xx, every 4xx typed, and no refused request writes to the log", async () => {
    const report = await HttpFuzz.run({ baseUrl: h.baseUrl, db: h.db, seed, count })
    console.log(`fuzz seed ${seed}: ${JSON.stringify(report.byStatus)}`)
    expect(report.violations).toEqual([])
    const statuses = Object.keys(report.byStatus)
    expect(statuses.some((s) => s.startsWith("2"))).toBe(true)
    expect(statuses.filter((s) => s.startsWith("4")).length).toBeGreaterThanOrEqual(4)
  }, 60_000 + count * 200)
})
