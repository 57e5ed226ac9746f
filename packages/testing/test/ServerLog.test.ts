/**
 * The server log on both backends: entries come back in order and decoded
 * through the schema they were written with, only of the asked types, and
 * a fresh store (a restart) reads what an earlier one wrote.
 */
import { assert, describe, it } from "@effect/vitest"
import { McpConfig } from "@ratchet/schema"
import type * as SqlClient from "@effect/sql/SqlClient"
import { Database, type LogWriter, ServerLog } from "@ratchet/store"
import { Effect, Layer } from "effect"
import { Databases } from "../src/index.js"

const TYPES = ["mcp.server.added", "mcp.server.enabled", "mcp.server.removed"]

const roundTrip = (database: () => Layer.Layer<SqlClient.SqlClient | LogWriter.LogWriter, unknown>) =>
  Effect.gen(function*() {
    const write = Effect.gen(function*() {
      const log = yield* ServerLog.ServerLog
      assert.deepStrictEqual(yield* log.read(McpConfig.Change, TYPES), [])
      yield* log.append(McpConfig.Change, McpConfig.Added.make({ name: "docs", config: { type: "remote", url: "http://127.0.0.1:9/mcp", headers: { authorization: "Bearer x" } } }))
      yield* log.append(McpConfig.Change, McpConfig.Enabled.make({ name: "docs", enabled: false }))
    })
    yield* write.pipe(Effect.provide(ServerLog.layer.pipe(Layer.provide(database()))))
    // a new store over the same database: what a restarted server sees
    const read = Effect.gen(function*() {
      const log = yield* ServerLog.ServerLog
      const changes = yield* log.read(McpConfig.Change, TYPES)
      assert.deepStrictEqual(changes.map((c) => c._tag), ["mcp.server.added", "mcp.server.enabled"])
      assert.deepStrictEqual(yield* log.read(McpConfig.Change, ["something.else"]), [])
      const effective = McpConfig.apply({ docs: { type: "local", command: ["x"] }, other: { type: "local", command: ["y"] } }, changes)
      assert.deepStrictEqual(effective.get("docs"), { source: "api", config: { type: "remote", url: "http://127.0.0.1:9/mcp", headers: { authorization: "Bearer x" }, enabled: false } })
      yield* log.append(McpConfig.Change, McpConfig.Removed.make({ name: "docs" }))
      const after = McpConfig.apply({ docs: { type: "local", command: ["x"] } }, yield* log.read(McpConfig.Change, TYPES))
      // removing an added server that shadowed the file's brings the file's back
      assert.deepStrictEqual(after.get("docs"), { source: "config", config: { type: "local", command: ["x"] } })
    })
    yield* read.pipe(Effect.provide(ServerLog.layer.pipe(Layer.provide(database()))))
  })

const pgUnavailable = await Databases.pgUnavailable()

describe("server log", () => {
  it.scoped("SQLite", () =>
    Effect.gen(function*() {
      const filename = yield* Databases.sqliteFile
      yield* roundTrip(() => Database.sqlite({ filename }))
    }))

  it.scopedLive.skipIf(pgUnavailable !== undefined)(`PostgreSQL${pgUnavailable === undefined ? "" : ` (skipped: ${pgUnavailable})`}`, () =>
    Effect.gen(function*() {
      const schema = yield* Effect.acquireRelease(Effect.promise(() => Databases.pgSchema()), (s) => Effect.promise(() => s.drop()))
      yield* roundTrip(() => Database.pg({ url: schema.url }))
    }))
})
