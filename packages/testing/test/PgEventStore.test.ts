import { Database } from "@ratchet/core"
import { afterAll, describe, it } from "vitest"
import { Databases, eventStoreSuite } from "../src/index.js"

// CI sets RATCHET_REQUIRE_PG=1 so that a missing server fails instead of skipping.
const unavailable = await Databases.pgUnavailable()

if (unavailable === undefined) {
  const schema = await Databases.pgSchema()
  afterAll(() => schema.drop())
  eventStoreSuite("EventStore on PostgreSQL", () => Database.pg({ url: schema.url, maxConnections: 8 }))
} else if (process.env.RATCHET_REQUIRE_PG === "1") {
  describe("EventStore on PostgreSQL", () => {
    it("needs PostgreSQL", () => {
      throw new Error(`RATCHET_REQUIRE_PG=1 but ${unavailable}`)
    })
  })
} else {
  console.warn(`[ratchet] SKIPPED the PostgreSQL suite: ${unavailable}. Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`)
  describe.skip(`EventStore on PostgreSQL (skipped: ${unavailable})`, () => {
    it("contract suite", () => undefined)
  })
}
