import { Database } from "@ratchet/core"
import { afterAll, describe, it } from "vitest"
import { Databases, runnerSuite } from "../src/index.js"

const unavailable = await Databases.pgUnavailable()

if (unavailable === undefined) {
  const schema = await Databases.pgSchema()
  afterAll(() => schema.drop())
  runnerSuite("Sessions on PostgreSQL", () => Database.pg({ url: schema.url, maxConnections: 8 }))
} else if (process.env.RATCHET_REQUIRE_PG === "1") {
  describe("Sessions on PostgreSQL", () => {
    it("needs PostgreSQL", () => {
      throw new Error(`RATCHET_REQUIRE_PG=1 but ${unavailable}`)
    })
  })
} else {
  console.warn(`[ratchet] SKIPPED the PostgreSQL runner suite: ${unavailable}`)
  describe.skip(`Sessions on PostgreSQL (skipped: ${unavailable})`, () => {
    it("runner suite", () => undefined)
  })
}
