import { Database } from "@ratchet/store"
import { PgSuite, runnerSuite } from "../src/index.js"

await PgSuite.withPgSchema("Sessions on PostgreSQL", (url) =>
  runnerSuite("Sessions on PostgreSQL", () => Database.pg({ url, maxConnections: 8 })))
