import { FetchHttpClient } from "@effect/platform"
import { assert, describe, it } from "@effect/vitest"
import { OpenAiCompatible, type Part, type Request } from "@ratchet/llm"
import { Chunk, Effect, Fiber, Stream } from "effect"
import { FakeProvider } from "../src/index.js"

const request: Request = {
  model: "fake-1",
  system: "be brief",
  messages: [
    { role: "user", text: "hi" },
    { role: "assistant", text: "", toolCalls: [{ id: "c0", name: "echo", input: "{\"text\":\"x\"}" }] },
    { role: "tool", callId: "c0", name: "echo", output: "x", isError: false }
  ],
  tools: [{ name: "echo", description: "echoes", parameters: { type: "object", properties: { text: { type: "string" } } } }],
  toolChoice: "auto"
}

const setup = Effect.gen(function*() {
  const fake = yield* FakeProvider.make()
  const model = yield* OpenAiCompatible.make({ provider: "fake", baseURL: fake.baseURL })
  return { fake, model }
}).pipe(Effect.provide(FetchHttpClient.layer))

const collect = (s: Stream.Stream<Part, unknown>) => Effect.map(Stream.runCollect(s), Chunk.toArray)

describe("OpenAI-compatible Chat Completions adapter, against the fake provider", () => {
  it.scoped("streams text, reasoning, tool calls and usage, and sends the wire request", () =>
    Effect.gen(function*() {
      const { fake, model } = yield* setup
      fake.push({
        steps: [{ reasoning: ["thin", "king"] }, { text: ["Hel", "lo"] }, { toolCall: { id: "call_a", name: "echo", args: { text: "hey" }, chunks: 3 } }],
        usage: { input: 50, output: 7, cached: 20, reasoning: 3 }
      })
      const parts = yield* collect(model.stream(request))
      const text = parts.flatMap((p) => (p._tag === "TextDelta" ? [p.delta] : [])).join("")
      const reasoning = parts.flatMap((p) => (p._tag === "ReasoningDelta" ? [p.delta] : [])).join("")
      assert.strictEqual(text, "Hello")
      assert.strictEqual(reasoning, "thinking")
      const call = parts.find((p) => p._tag === "ToolCall")
      assert.deepStrictEqual(call, { _tag: "ToolCall", call: { id: "call_a", name: "echo", input: "{\"text\":\"hey\"}" } })
      const inputDeltas = parts.flatMap((p) => (p._tag === "ToolInputDelta" ? [p.delta] : [])).join("")
      assert.strictEqual(inputDeltas, "{\"text\":\"hey\"}")
      assert.deepStrictEqual(parts[parts.length - 1], {
        _tag: "Finish",
        reason: "tool-calls",
        usage: { input: 30, output: 7, reasoning: 3, cacheRead: 20, cacheWrite: 0 }
      })
      const sent = fake.requests[0]!.body
      assert.deepStrictEqual(sent.messages!.map((m) => m.role), ["system", "user", "assistant", "tool"])
      assert.strictEqual(sent.messages![3]!.tool_call_id, "c0")
      assert.deepStrictEqual(sent.tools!.map((t) => t.function.name), ["echo"])
      assert.strictEqual(sent.tool_choice, "auto")
    }))

  it.scoped("classifies failures: 429 with retry-after, 500, 400, a dropped connection", () =>
    Effect.gen(function*() {
      const { fake, model } = yield* setup
      fake.push(
        { failure: { status: 429, retryAfter: "2" } },
        { failure: { status: 500 } },
        { failure: { status: 400, body: "{\"error\":{\"message\":\"bad\"}}" } },
        { steps: [{ text: ["a", "b", "c"] }], failure: { drop: { afterChunks: 2 } } }
      )
      const e429 = yield* Effect.flip(collect(model.stream(request)))
      assert.deepInclude(e429, { kind: "rate_limit", retryable: true, retryAfterMs: 2000, status: 429 })
      const e500 = yield* Effect.flip(collect(model.stream(request)))
      assert.deepInclude(e500, { kind: "server", retryable: true })
      const e400 = yield* Effect.flip(collect(model.stream(request)))
      assert.deepInclude(e400, { kind: "bad_request", retryable: false })
      const dropped = yield* Effect.flip(collect(model.stream(request)))
      assert.deepInclude(dropped, { kind: "network", retryable: true })
    }))

  it.live("interrupting the stream closes the provider request", () =>
    Effect.gen(function*() {
      const { fake, model } = yield* setup
      fake.push({ steps: [{ text: "a" }], failure: { hang: { afterChunks: 2 } } })
      const fiber = yield* Effect.fork(collect(model.stream(request)))
      while (fake.inFlight() === 0) yield* Effect.sleep("10 millis")
      yield* Fiber.interrupt(fiber)
      for (let i = 0; i < 100 && fake.inFlight() > 0; i++) yield* Effect.sleep("20 millis")
      assert.strictEqual(fake.inFlight(), 0)
    }).pipe(Effect.scoped))
})
