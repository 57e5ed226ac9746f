/**
 * The contract every wire adapter meets, run against the fake provider
 * speaking that adapter's wire: streamed text, a tool call with streamed
 * input, two calls in one turn, reasoning with the data a later turn needs,
 * usage, every error class, and cancellation mid-stream (the connection
 * closes). Adapter-specific request shapes are checked beside it.
 */
import { FetchHttpClient } from "@effect/platform"
import { assert, describe, it } from "@effect/vitest"
import type { LanguageModelService, Part, ProviderError, Request } from "@ratchet/llm"
import { Chunk, Effect, Fiber, Stream } from "effect"
import * as FakeProvider from "./FakeProvider.js"
import { frames, type Wire } from "./FakeWires.js"

export interface AdapterUnderTest {
  readonly wire: Wire
  readonly make: (baseURL: string) => Effect.Effect<LanguageModelService, never, import("@effect/platform").HttpClient.HttpClient>
  /** Reasoning carries provider data to replay (a signature, encrypted content). */
  readonly replaysReasoning: boolean
  /** The wire streams a call's input in pieces (Gemini sends calls whole). */
  readonly streamsToolInput: boolean
}

export const baseRequest: Request = {
  model: "fake-1",
  system: "be brief",
  messages: [{ role: "user", text: "hi" }],
  tools: [{ name: "echo", description: "echoes", parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] } }],
  toolChoice: "auto"
}

const collect = (s: Stream.Stream<Part, ProviderError>) => Effect.map(Stream.runCollect(s), Chunk.toArray)
const joined = (parts: ReadonlyArray<Part>, tag: "TextDelta" | "ReasoningDelta") =>
  parts.flatMap((p) => (p._tag === tag ? [p.delta] : [])).join("")

export const adapterContract = (adapter: AdapterUnderTest) =>
  describe(`${adapter.wire} adapter contract (against the fake ${adapter.wire} wire)`, () => {
    const setup = Effect.gen(function*() {
      const fake = yield* FakeProvider.make()
      const model = yield* adapter.make(fake.baseURL)
      return { fake, model }
    }).pipe(Effect.provide(FetchHttpClient.layer))

    it.scoped("streams text in order and finishes with stop", () =>
      Effect.gen(function*() {
        const { fake, model } = yield* setup
        fake.push({ steps: [{ text: ["Hel", "lo", " world"] }] })
        const parts = yield* collect(model.stream(baseRequest))
        assert.strictEqual(joined(parts, "TextDelta"), "Hello world")
        assert.isAtLeast(parts.filter((p) => p._tag === "TextDelta").length, 3)
        const finish = parts.at(-1)
        assert.strictEqual(finish?._tag, "Finish")
        assert.strictEqual(finish?._tag === "Finish" && finish.reason, "stop")
        assert.strictEqual(fake.requests[0]!.wire, adapter.wire)
      }))

    it.scoped("a tool call: started, input streamed, whole call, finish tool-calls", () =>
      Effect.gen(function*() {
        const { fake, model } = yield* setup
        fake.push({ steps: [{ toolCall: { id: "call_a", name: "echo", args: { text: "hey there" }, chunks: 3 } }] })
        const parts = yield* collect(model.stream(baseRequest))
        const start = parts.findIndex((p) => p._tag === "ToolInputStart")
        const call = parts.find((p) => p._tag === "ToolCall")
        assert.isAtLeast(start, 0)
        assert.deepStrictEqual(call?._tag === "ToolCall" && { name: call.call.name, input: JSON.parse(call.call.input) }, { name: "echo", input: { text: "hey there" } })
        const deltas = parts.filter((p) => p._tag === "ToolInputDelta")
        assert.isAtLeast(deltas.length, adapter.streamsToolInput ? 3 : 1)
        assert.deepStrictEqual(JSON.parse(deltas.map((d) => d._tag === "ToolInputDelta" ? d.delta : "").join("")), { text: "hey there" })
        // every delta belongs to the started call, before the call is whole
        const id = parts[start]!._tag === "ToolInputStart" ? (parts[start] as { id: string }).id : ""
        assert.isTrue(deltas.every((d) => d._tag === "ToolInputDelta" && d.id === id))
        assert.isTrue(call?._tag === "ToolCall" && call.call.id === id)
        const finish = parts.at(-1)
        assert.strictEqual(finish?._tag === "Finish" && finish.reason, "tool-calls")
      }))

    it.scoped("two tool calls in one turn keep their own ids and inputs", () =>
      Effect.gen(function*() {
        const { fake, model } = yield* setup
        fake.push({ steps: [{ text: "two things" }, { toolCall: { name: "echo", args: { text: "one" } } }, { toolCall: { name: "echo", args: { text: "two" } } }] })
        const parts = yield* collect(model.stream(baseRequest))
        const calls = parts.flatMap((p) => (p._tag === "ToolCall" ? [p.call] : []))
        assert.strictEqual(calls.length, 2)
        assert.notStrictEqual(calls[0]!.id, calls[1]!.id)
        assert.deepStrictEqual(calls.map((c) => JSON.parse(c.input).text), ["one", "two"])
        assert.strictEqual(joined(parts, "TextDelta"), "two things")
      }))

    it.scoped("reasoning is streamed as reasoning, with what a later turn must replay", () =>
      Effect.gen(function*() {
        const { fake, model } = yield* setup
        fake.push({ steps: [{ reasoning: ["let me ", "think"], signature: "SIG-1" }, { text: "done" }, { toolCall: { name: "echo", args: { text: "x" } } }] })
        const parts = yield* collect(model.stream(baseRequest))
        assert.strictEqual(joined(parts, "ReasoningDelta"), "let me think")
        assert.strictEqual(joined(parts, "TextDelta"), "done")
        const meta = parts.filter((p) => p._tag === "ReasoningMetadata")
        if (adapter.replaysReasoning) assert.isAtLeast(meta.length, 1)
        // the next turn sends it back: the fake records the request
        const reasoning = meta.map((p) => p._tag === "ReasoningMetadata" ? { text: "let me think", metadata: p.metadata } : { text: "" })
        const call = parts.find((p) => p._tag === "ToolCall")!
        fake.push({ steps: [{ text: "ok" }] })
        yield* collect(model.stream({
          ...baseRequest,
          messages: [
            ...baseRequest.messages,
            { role: "assistant", text: "done", toolCalls: [call._tag === "ToolCall" ? call.call : { id: "", name: "", input: "" }], reasoning },
            { role: "tool", callId: call._tag === "ToolCall" ? call.call.id : "", name: "echo", output: "x", isError: false }
          ]
        }))
        const sent = JSON.stringify(fake.requests[1]!.body)
        if (adapter.replaysReasoning) {
          const signature = adapter.wire === "gemini" ? "gsig-0" : "SIG-1"
          assert.include(sent, signature)
        }
      }))

    it.scoped("usage: uncached input, output, reasoning, cache reads and writes", () =>
      Effect.gen(function*() {
        const { fake, model } = yield* setup
        fake.push({ steps: [{ text: "x" }], usage: { input: 1000, cached: 600, cacheWrite: adapter.wire === "anthropic" ? 100 : 0, output: 50, reasoning: adapter.wire === "anthropic" ? 0 : 20 } })
        const parts = yield* collect(model.stream(baseRequest))
        const finish = parts.at(-1)
        assert.strictEqual(finish?._tag, "Finish")
        const usage = finish!._tag === "Finish" ? finish!.usage : undefined
        assert.deepStrictEqual(usage, adapter.wire === "anthropic"
          ? { input: 300, output: 50, reasoning: 0, cacheRead: 600, cacheWrite: 100 }
          : { input: 400, output: 50, reasoning: 20, cacheRead: 600, cacheWrite: 0 })
      }))

    it.scoped("errors: every status class, an error inside the stream, a dropped stream", () =>
      Effect.gen(function*() {
        const { fake, model } = yield* setup
        fake.push(
          { failure: { status: 429, retryAfter: "3" } },
          { failure: { status: adapter.wire === "anthropic" ? 529 : 503 } },
          { failure: { status: 500 } },
          { failure: { status: 401 } },
          { failure: { status: 400, body: JSON.stringify({ error: { message: "unknown field" } }) } },
          { failure: { status: 400, body: JSON.stringify({ error: { message: "prompt is too long: 250000 tokens > 200000 maximum" } }) } },
          { steps: [{ text: ["a", "b", "c"] }], failure: { streamError: { afterChunks: 2, kind: "overloaded" } } },
          { steps: [{ text: ["a", "b", "c"] }], failure: { drop: { afterChunks: 2 } } }
        )
        const fail = () => Effect.flip(collect(model.stream(baseRequest)))
        assert.deepInclude(yield* fail(), { kind: "rate_limit", retryable: true, retryAfterMs: 3000 })
        assert.deepInclude(yield* fail(), { kind: "overloaded", retryable: true })
        assert.deepInclude(yield* fail(), { kind: "server", retryable: true })
        assert.deepInclude(yield* fail(), { kind: "auth", retryable: false })
        const bad = yield* fail()
        assert.deepInclude(bad, { kind: "bad_request", retryable: false })
        assert.include(bad.message, "unknown field")
        assert.deepInclude(yield* fail(), { kind: "context_overflow", retryable: false })
        assert.deepInclude(yield* fail(), { kind: "overloaded", retryable: true })
        assert.deepInclude(yield* fail(), { kind: "network", retryable: true })
      }))

    it.live("streams as it arrives and cancels mid-stream: the provider connection closes", () =>
      Effect.gen(function*() {
        const { fake, model } = yield* setup
        const script: FakeProvider.Script = { steps: [{ reasoning: ["a", "b"] }, { toolCall: { name: "echo", args: { text: "streamed" }, chunks: 2 } }, { text: "never" }] }
        // the provider stops sending (and keeps the connection) just before the text
        const hangAt = frames(adapter.wire, script).findIndex((f) => f.includes("never"))
        fake.push({ ...script, failure: { hang: { afterChunks: hangAt } } })
        const seen: Array<Part> = []
        const fiber = yield* Effect.fork(Stream.runForEach(model.stream(baseRequest), (p) => Effect.sync(() => void seen.push(p))))
        // reasoning and the call's input reach the consumer while the provider is still streaming
        for (let i = 0; i < 200 && !seen.some((p) => p._tag === "ToolInputDelta"); i++) yield* Effect.sleep("10 millis")
        assert.isTrue(seen.some((p) => p._tag === "ReasoningDelta"))
        assert.isTrue(seen.some((p) => p._tag === "ToolInputDelta"))
        assert.strictEqual(fake.inFlight(), 1)
        yield* Fiber.interrupt(fiber)
        for (let i = 0; i < 100 && fake.inFlight() > 0; i++) yield* Effect.sleep("20 millis")
        assert.strictEqual(fake.inFlight(), 0)
      }).pipe(Effect.scoped))
  })
