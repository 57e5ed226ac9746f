/** The chaos suite on PostgreSQL (see Chaos.test.ts): the same kills and invariants, a fresh schema. */
import { PgSuite } from "@ratchet/testing"
import * as Chaos from "@ratchet/testing/chaos"
import { describe, expect, it } from "vitest"

const kills = Number(process.env.CHAOS_KILLS ?? 20)
const seed = Number(process.env.CHAOS_SEED ?? (process.env.CHAOS_KILLS === undefined ? 20261203 : Math.floor(Math.random() * 2 ** 31)))

await PgSuite.withPgSchema("chaos on PostgreSQL", (url) => {
  describe(`chaos on PostgreSQL (seed ${seed}, ${kills} kills)`, () => {
    it("no acknowledged prompt or reply is lost, nothing runs twice, every activity ends, clients and read models match the log", async () => {
      const report = await Chaos.run({ kills, seed, db: url })
      console.log(`chaos (PostgreSQL) seed ${seed}: ${JSON.stringify({ ...report, violations: report.violations.length })}`)
      expect(report.violations).toEqual([])
      expect(report.acknowledged).toBeGreaterThan(0)
      expect(report.replies).toBeGreaterThan(0)
    }, 180_000 + kills * 5_000)
  })
})
