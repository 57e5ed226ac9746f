import { Database } from "@ratchet/store"
import { eventStoreSuite, PgSuite } from "../src/index.js"

await PgSuite.withPgSchema("EventStore on PostgreSQL", (url) =>
  eventStoreSuite("EventStore on PostgreSQL", () => Database.pg({ url, maxConnections: 8 })))
