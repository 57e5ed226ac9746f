/**
 * The runner with a provider that sends a tool call whole (no streamed input):
 * its part must still be started, so the call runs and the transcript holds it.
 */
import { assert, describe, it } from "@effect/vitest"
import { Database, EventStore, SessionQueries, Storage } from "@ratchet/store"
import { ToolRegistry } from "@ratchet/tools"
import { Agents, SessionExecution, Sessions } from "@ratchet/engine"
import { type Part, Providers } from "@ratchet/llm"
import { Events, Ids } from "@ratchet/schema"
import { Effect, Layer, Schema, Stream } from "effect"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const usage = { input: 1, output: 1, reasoning: 0, cacheRead: 0, cacheWrite: 0 }
let turns = 0
const model = {
  provider: "mem",
  stream: () =>
    Stream.fromIterable<Part>(
      turns++ === 0
        ? [
          { _tag: "ToolCall" as const, call: { id: "whole", name: "shout", input: "{\"text\":\"hi\"}" } },
          { _tag: "Finish" as const, reason: "tool-calls" as const, usage }
        ]
        : [{ _tag: "TextDelta" as const, id: "t", delta: "done" }, { _tag: "Finish" as const, reason: "stop" as const, usage }]
    )
}
const shout = ToolRegistry.make({
  name: "shout",
  description: "upper-cases",
  input: Schema.Struct({ text: Schema.String }),
  idempotent: true,
  run: ({ text }) => Effect.succeed({ output: text.toUpperCase() })
})

describe("SessionRunner", () => {
  it.live("a tool call that arrives whole still gets its part, runs, and is in the transcript", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(join(tmpdir(), "ratchet-runner-"))
      const engine = Sessions.layer(ToolRegistry.layer([shout])).pipe(
        Layer.provideMerge(Layer.succeed(Providers, Providers.fromRecord({ mem: model }))),
        Layer.provideMerge(Agents.layer()),
        Layer.provideMerge(Storage.layer()),
        Layer.provideMerge(Database.sqlite({ filename: join(dir, "r.db") }))
      )
      yield* Effect.gen(function*() {
        const store = yield* EventStore.EventStore
        const ex = yield* SessionExecution.SessionExecution
        const id = Ids.newSessionId()
        yield* store.append(id, [Events.make("session.created", { title: "t", agent: "build", model: { providerID: "mem", id: "m" }, location: { directory: dir } })], { expectedSequence: 0 })
        yield* ex.prompt(id, { prompt: { text: "shout hi" }, delivery: "queue" })
        yield* ex.awaitIdle(id)
        const transcript = yield* (yield* SessionQueries.SessionQueries).messages(id)
        const tool = transcript.flatMap((m) => m.parts).find((p) => p.type === "tool")!
        assert.strictEqual(tool.status, "completed")
        assert.deepStrictEqual(tool.input, { text: "hi" })
        assert.strictEqual(transcript[transcript.length - 1]!.parts[0]!.text, "done")
      }).pipe(Effect.provide(engine), Effect.ensuring(Effect.sync(() => rmSync(dir, { recursive: true, force: true }))))
    }))
})
