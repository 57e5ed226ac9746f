/** The chaos suite on PostgreSQL (see Chaos.test.ts): the same kills and invariants, a fresh schema. */
import { PgSuite } from "@ratchet/testing"
import { describe, expect, it } from "vitest"
import * as Chaos from "./Chaos.js"

const kills = Number(process.env.CHAOS_KILLS ?? 20)
const seed = Number(process.env.CHAOS_SEED ?? (process.env.CHAOS_KILLS === undefined ? 20261203 : Math.floor(Math.random() * 2 ** 31)))

await PgSuite.withPgSchema("chaos on PostgreSQL", (url) => {
  describe(`chaos on PostgreSQL (seed ${seed}, ${kills} kills)`, () => {
    it("every acknowledged prompt runs once, sequences stay contiguous, every activity ends, no attempt is announced twice", async () => {
      const report = await Chaos.run({ kills, seed, db: url })
      console.log(`chaos (PostgreSQL) seed ${seed}: ${JSON.stringify({ ...report, violations: report.violations.length })}`)
      expect(report.violations).toEqual([])
      expect(report.acknowledged).toBeGreaterThan(0)
    }, 120_000 + kills * 5_000)
  })
})
