import { FetchHttpClient } from "@effect/platform"
import { NodeHttpClient } from "@effect/platform-node"
import { OpenAiCompatible } from "@ratchet/llm"
import { Effect, Stream, Layer } from "effect"
import * as FakeProvider from "../src/FakeProvider.js"
const run = (name: string, layer: Layer.Layer<any>) => Effect.gen(function*() {
  const fake = yield* FakeProvider.make()
  fake.setDefault(() => ({ steps: [{ text: ["a"] }] }))
  const model = yield* OpenAiCompatible.make({ provider: "fake", baseURL: fake.baseURL })
  for (const round of [1, 2]) {
    const c0 = process.cpuUsage(); const t0 = performance.now()
    yield* Effect.forEach(Array.from({ length: 300 }), () => Stream.runDrain(model.stream({ model: "x", messages: [{ role: "user", text: "hi" }], tools: [], toolChoice: "auto" })), { concurrency: 32 })
    const c = process.cpuUsage(c0)
    console.log(name, round, ((performance.now() - t0) / 300).toFixed(2), "ms wall/req", ((c.user + c.system) / 1000 / 300).toFixed(2), "ms cpu/req")
  }
}).pipe(Effect.scoped, Effect.provide(layer))
await Effect.runPromise(run("fetch", FetchHttpClient.layer))
await Effect.runPromise(run("node", NodeHttpClient.layer))
await Effect.runPromise(run("undici", NodeHttpClient.layerUndici))
