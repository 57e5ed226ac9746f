import { assert, describe, it } from "@effect/vitest"
import { Storage } from "@ratchet/store"
import { Effect, Option } from "effect"
import { program } from "../examples/embeddedLog.js"
import * as EmbeddedSession from "../examples/embeddedSession.js"
import { Databases, FakeProvider } from "../src/index.js"

describe("the embedding example (docs/embedding.md)", () => {
  it.live("runs on a real SQLite file and does what the doc says", () =>
    Effect.gen(function*() {
      const filename = yield* Databases.sqliteFile
      const result = yield* program.pipe(Effect.provide(Storage.sqlite({ filename })))
      assert.deepStrictEqual(result.texts, ["hello?", "Hello!"])
      assert.deepStrictEqual(result.followed, [
        "1 session.created",
        "2 session.next.prompt.admitted",
        "3 session.next.prompted",
        "4 session.next.step.started",
        "5 session.next.text.started",
        "6 session.next.text.delta",
        "7 session.next.text.delta"
      ])
      assert.deepStrictEqual(result.read, { page: 7, last: 7, more: false, global: 7, upToNow: 7 })
      assert.deepStrictEqual(result.title, Option.some("embedded"))
    }).pipe(Effect.scoped))
})

describe("the embedded session example (docs/embedding.md)", () => {
  it.live("runs a session through the engine layers against the fake provider", () =>
    Effect.gen(function*() {
      const filename = yield* Databases.sqliteFile
      const fake = yield* FakeProvider.make()
      fake.push({ steps: [{ text: ["Hi ", "there"] }] })
      const result = yield* EmbeddedSession.program.pipe(Effect.provide(EmbeddedSession.engine(filename, fake.baseURL)))
      assert.deepStrictEqual(result.transcript.map((m) => m.type), ["user", "assistant"])
      assert.strictEqual(result.transcript[1]!.parts[0]!.text, "Hi there")
      assert.strictEqual(fake.requests[0]!.body.messages!.at(-1)!.content, "hello from Effect")
    }).pipe(Effect.scoped))
})
