import { Database } from "@ratchet/store"
import { afterAll } from "vitest"
import { Databases, runnerSuite } from "../src/index.js"

const db = Databases.makeSqliteDir()
afterAll(() => db.remove())

runnerSuite("Sessions on SQLite", () => Database.sqlite({ filename: db.filename }))
