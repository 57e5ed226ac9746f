/**
 * Running a session from an Effect program: the engine's layers, no HTTP.
 * Run: npx tsx packages/testing/examples/embeddedSession.ts <baseURL of an OpenAI-compatible server> [file.db]
 *   e.g. with `npm run fake-provider` running: npx tsx packages/testing/examples/embeddedSession.ts http://127.0.0.1:4010/v1
 * (docs/embedding.md walks through it; a test runs `program`.)
 */
import { NodeHttpClient, NodeRuntime } from "@effect/platform-node"
import { EventStore, SessionQueries, Storage } from "@ratchet/store"
import { BuiltinTools } from "@ratchet/tools"
import { Agents, SessionCommands, SessionExecution, Sessions } from "@ratchet/engine"
import { OpenAiCompatible, Providers } from "@ratchet/llm"
import { Effect, Layer, Stream } from "effect"

/** Creates a session, prompts it, prints the answer as it streams, and returns the transcript. */
export const program = Effect.gen(function*() {
  const commands = yield* SessionCommands.SessionCommands
  const execution = yield* SessionExecution.SessionExecution
  const store = yield* EventStore.EventStore
  const queries = yield* SessionQueries.SessionQueries
  // on start: close what a stopped process left open, and run the inputs it left pending
  yield* execution.resume

  const session = yield* commands.create({
    title: "embedded",
    location: { directory: process.cwd() },
    model: { providerID: "local", id: "any-model" }
  })
  // admit the prompt durably and start the agent loop
  const admission = yield* execution.prompt(session.id, { prompt: { text: "hello from Effect" }, delivery: "queue" })

  // follow the session's log from the admission until the activity ends, printing text as it streams
  const streamed = yield* store.follow(session.id, { after: admission.input.admittedSeq }).pipe(
    Stream.takeUntil((e) => e.type === "session.next.activity.ended"),
    Stream.tap((e) => e.type === "session.next.text.delta" ? Effect.sync(() => process.stdout.write(e.data.delta)) : Effect.void),
    Stream.runCollect
  )
  yield* execution.awaitIdle(session.id)
  const transcript = yield* queries.messages(session.id)
  return { session: session.id, events: streamed.length, transcript }
})

/** The engine over a SQLite file, with one OpenAI-compatible provider named `local` and no tools. */
export const engine = (
  filename: string,
  baseURL: string
): Layer.Layer<
  | SessionCommands.SessionCommands
  | SessionExecution.SessionExecution
  | EventStore.EventStore
  | SessionQueries.SessionQueries,
  unknown
> =>
  Sessions.layer(BuiltinTools.registry()).pipe(
    Layer.provideMerge(Layer.effect(
      Providers,
      Effect.map(OpenAiCompatible.make({ provider: "local", baseURL }), (model) => Providers.fromRecord({ local: model }))
    ).pipe(Layer.provide(NodeHttpClient.layerUndici))),
    Layer.provideMerge(Agents.layer([{ name: "build", maxSteps: 25 }])),
    Layer.provideMerge(Storage.sqlite({ filename }))
  )

if (import.meta.url === `file://${process.argv[1]}`) {
  const [baseURL = "http://127.0.0.1:4010/v1", filename = "embedded.db"] = process.argv.slice(2)
  NodeRuntime.runMain(
    program.pipe(
      Effect.tap((r) => Effect.sync(() => console.log(`\n${r.session}: ${r.transcript.length} messages`))),
      Effect.provide(engine(filename, baseURL))
    )
  )
}
