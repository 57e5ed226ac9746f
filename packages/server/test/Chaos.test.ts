/**
 * The chaos suite, bounded for CI: the real server killed with SIGKILL at
 * seeded points (CHAOS_KILLS, default 20; CHAOS_SEED, default fixed in CI and
 * random otherwise, printed), restarted each time, invariants checked at the
 * end (see Chaos.ts). `npm run chaos` runs 200 kills.
 */
import { describe, expect, it } from "vitest"
import * as Chaos from "./Chaos.js"

const kills = Number(process.env.CHAOS_KILLS ?? 20)
const seed = Number(process.env.CHAOS_SEED ?? (process.env.CHAOS_KILLS === undefined ? 20261202 : Math.floor(Math.random() * 2 ** 31)))

describe(`chaos on SQLite (seed ${seed}, ${kills} kills)`, () => {
  it("every acknowledged prompt runs once, sequences stay contiguous, every activity ends, no attempt is announced twice", async () => {
    const report = await Chaos.run({ kills, seed })
    console.log(`chaos seed ${seed}: ${JSON.stringify({ ...report, violations: report.violations.length })}`)
    expect(report.violations).toEqual([])
    expect(report.acknowledged).toBeGreaterThan(0)
  }, 120_000 + kills * 5_000)
})
