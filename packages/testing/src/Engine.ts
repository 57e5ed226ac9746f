/** The whole session engine over a database and the fake provider, for tests and benchmarks. */
import { NodeHttpClient } from "@effect/platform-node"
import type * as SqlClient from "@effect/sql/SqlClient"
import { type EventNotifier, type EventStore, type LogWriter, type SessionQueries, type SessionWriter, SessionWriter as SessionWriterModule, Storage } from "@ratchet/store"
import { ToolRegistry } from "@ratchet/tools"
import { Agents, ChildSessions, SessionExecution, type SessionInbox, SessionRunner, Sessions } from "@ratchet/engine"
import { OpenAiCompatible, Providers } from "@ratchet/llm"
import { Context, Duration, Effect, Layer } from "effect"
import * as FakeProvider from "./FakeProvider.js"
import * as TestTools from "./TestTools.js"

export class Fake extends Context.Tag("@ratchet/testing/Fake")<Fake, FakeProvider.FakeProvider>() {}

/** `build` (25 steps), `short` (2 steps), and `helper`, a sub-agent for `task`. */
export const agents: ReadonlyArray<Agents.Agent> = [
  { name: "build", maxSteps: 25 },
  { name: "short", maxSteps: 2 },
  { name: "helper", maxSteps: 5, mode: "subagent" }
]

/** `fake` is the in-process fake provider; `extra` adds OpenAI-compatible base URLs by provider id. */
const providers = (extra: Readonly<Record<string, string>>) =>
  Layer.effect(
    Providers,
    Effect.gen(function*() {
      const fake = yield* Fake
      const models = { fake: yield* OpenAiCompatible.make({ provider: "fake", baseURL: fake.baseURL }) } as Record<
        string,
        Effect.Effect.Success<ReturnType<typeof OpenAiCompatible.make>>
      >
      for (const [id, baseURL] of Object.entries(extra)) models[id] = yield* OpenAiCompatible.make({ provider: id, baseURL })
      return Providers.fromRecord(models)
    })
  ).pipe(Layer.provide(NodeHttpClient.layerUndici))

/** Fast retries so tests of 429/500 do not wait. */
export const testRunnerConfig = Layer.succeed(SessionRunner.RunnerConfig, {
  maxAttempts: 3,
  maxRecoveries: 2,
  retryBaseDelay: Duration.millis(10),
  retryMaxDelay: Duration.millis(50),
  pricing: () => ({ input: 1, output: 2 }),
  parallelTools: 4
})

export type Services =
  | SessionExecution.SessionExecution
  | SessionInbox.SessionInbox
  | SessionRunner.SessionRunner
  | SessionWriter.SessionWriter
  | EventStore.EventStore
  | SessionQueries.SessionQueries
  | EventNotifier.EventNotifier
  | SqlClient.SqlClient
  | LogWriter.LogWriter
  | Providers
  | Fake
  | ToolRegistry.ToolRegistry
  | Agents.Agents

const withTask = <A, E, R>(task: boolean, engine: Layer.Layer<A, E, R>) =>
  task ? Layer.provideMerge(ChildSessions.taskLayer, engine) : engine

export const layer = (
  database: Layer.Layer<SqlClient.SqlClient | LogWriter.LogWriter, unknown>,
  options: {
    readonly writer?: Layer.Layer<SessionWriter.SessionWriter, never, EventStore.EventStore>
    readonly maxConcurrentActivities?: number
    readonly providers?: Readonly<Record<string, string>>
    /** Registers the `task` tool over the engine (sub-agents in child sessions). */
    readonly task?: boolean
  } = {}
): Layer.Layer<Services, unknown> =>
  withTask(options.task === true, Sessions.layerWith(options.writer ?? SessionWriterModule.layer, ToolRegistry.layer(TestTools.all))).pipe(
    Layer.provideMerge(providers(options.providers ?? {})),
    Layer.provideMerge(Layer.scoped(Fake, FakeProvider.make())),
    Layer.provideMerge(Agents.layer(agents)),
    Layer.provideMerge(Storage.layer({ pollInterval: "200 millis" })),
    Layer.provideMerge(database),
    Layer.provideMerge(testRunnerConfig),
    Layer.provideMerge(Layer.succeed(SessionExecution.ExecutionConfig, {
      maxConcurrentActivities: options.maxConcurrentActivities ?? 16
    }))
  )
