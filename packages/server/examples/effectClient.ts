/**
 * The Effect client (docs/clients.md): typed routes from the contract, typed
 * errors, and the event stream as a `Stream`. A test runs `program`.
 * Run: npx tsx packages/server/examples/effectClient.ts [baseUrl]
 */
import { FetchHttpClient } from "@effect/platform"
import { EffectClient } from "@ratchet/sdk"
import { Effect, Stream } from "effect"

export const program = (baseUrl: string) =>
  Effect.gen(function*() {
    const client = yield* EffectClient.make({ baseUrl })
    const { data: session } = yield* client.session.create({ payload: { title: "from Effect" } })
    yield* client.session.prompt({ path: { sessionID: session.id }, payload: { prompt: { text: "hi" } } })
    yield* client.session.wait({ path: { sessionID: session.id } })
    // the session's events so far (`follow: true` keeps the stream open for live ones)
    const types = yield* EffectClient.events({ baseUrl, sessionID: session.id, follow: false }).pipe(
      Stream.map((e) => e.type),
      Stream.runCollect
    )
    return { sessionID: session.id, types: [...types] }
  }).pipe(Effect.scoped, Effect.provide(FetchHttpClient.layer))

if (import.meta.url === `file://${process.argv[1]}`) {
  Effect.runPromise(program(process.argv[2] ?? "http://127.0.0.1:4096")).then((r) => console.log(r.types.join("\n")), (e) => {
    console.error(e)
    process.exit(1)
  })
}
