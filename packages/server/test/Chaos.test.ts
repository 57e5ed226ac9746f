/**
 * The chaos suite on SQLite, bounded for CI: the real server killed with
 * SIGKILL at seeded points (CHAOS_KILLS, default 20; CHAOS_SEED, fixed in CI
 * and random otherwise, printed), restarted each time, the invariants of
 * `@ratchet/testing/chaos` checked at the end. `npm run chaos` runs long ones.
 */
import * as Chaos from "@ratchet/testing/chaos"
import { describe, expect, it } from "vitest"

const kills = Number(process.env.CHAOS_KILLS ?? 20)
const seed = Number(process.env.CHAOS_SEED ?? (process.env.CHAOS_KILLS === undefined ? 20261202 : Math.floor(Math.random() * 2 ** 31)))

describe(`chaos on SQLite (seed ${seed}, ${kills} kills)`, () => {
  it("no acknowledged prompt or reply is lost, nothing runs twice, every activity ends, clients and read models match the log", async () => {
    const report = await Chaos.run({ kills, seed })
    console.log(`chaos seed ${seed}: ${JSON.stringify({ ...report, violations: report.violations.length })}`)
    expect(report.violations).toEqual([])
    expect(report.acknowledged).toBeGreaterThan(0)
    expect(report.replies).toBeGreaterThan(0)
  }, 180_000 + kills * 5_000)
})
