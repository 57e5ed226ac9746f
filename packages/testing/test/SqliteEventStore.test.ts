import { Database } from "@ratchet/store"
import { afterAll } from "vitest"
import { Databases, eventStoreSuite } from "../src/index.js"

const db = Databases.makeSqliteDir()
afterAll(() => db.remove())

eventStoreSuite("EventStore on SQLite", () => Database.sqlite({ filename: db.filename }))
