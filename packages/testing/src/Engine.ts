/** The whole session engine over a database and the fake provider, for tests and benchmarks. */
import { NodeHttpClient } from "@effect/platform-node"
import type * as SqlClient from "@effect/sql/SqlClient"
import { type EventNotifier, type EventStore, type LogWriter, type SessionQueries, type SessionWriter, SessionWriter as SessionWriterModule, Storage } from "@ratchet/store"
import { type Permissions, ToolRegistry } from "@ratchet/tools"
import { Agents, ChildSessions, SessionExecution, type SessionInbox, SessionRunner, Sessions } from "@ratchet/engine"
import { Anthropic, Gemini, type LanguageModelService, OpenAiCompatible, OpenAiResponses, Providers } from "@ratchet/llm"
import { Context, Duration, Effect, Layer } from "effect"
import * as FakeProvider from "./FakeProvider.js"
import type { Wire } from "./FakeWires.js"
import * as TestTools from "./TestTools.js"

export class Fake extends Context.Tag("@ratchet/testing/Fake")<Fake, FakeProvider.FakeProvider>() {}

/** `build` (25 steps), `short` (2 steps), and `helper`, a sub-agent for `task`. */
export const agents: ReadonlyArray<Agents.Agent> = [
  { name: "build", maxSteps: 25 },
  { name: "short", maxSteps: 2 },
  { name: "helper", maxSteps: 5, mode: "subagent" }
]

/** A provider beside `fake`: an OpenAI-compatible base URL, or a base URL and the wire to speak to it. */
export type ExtraProvider = string | { readonly baseURL: string; readonly wire: Wire }

const adapter = (id: string, extra: ExtraProvider) => {
  const { baseURL, wire } = typeof extra === "string" ? { baseURL: extra, wire: "openai" as const } : extra
  switch (wire) {
    case "openai":
      return OpenAiCompatible.make({ provider: id, baseURL })
    case "anthropic":
      return Anthropic.make({ provider: id, baseURL })
    case "responses":
      return OpenAiResponses.make({ provider: id, baseURL })
    case "gemini":
      return Gemini.make({ provider: id, baseURL })
  }
}

/** `fake` is the in-process fake provider; `extra` adds providers by id. */
const providers = (extra: Readonly<Record<string, ExtraProvider>>) =>
  Layer.effect(
    Providers,
    Effect.gen(function*() {
      const fake = yield* Fake
      const models: Record<string, LanguageModelService> = { fake: yield* OpenAiCompatible.make({ provider: "fake", baseURL: fake.baseURL }) }
      for (const [id, provider] of Object.entries(extra)) models[id] = yield* adapter(id, provider)
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
  | Permissions.Permissions
  | Agents.Agents

const withTask = <A, E, R>(task: boolean, engine: Layer.Layer<A, E, R>) =>
  task ? Layer.provideMerge(ChildSessions.taskLayer, engine) : engine

export const layer = (
  database: Layer.Layer<SqlClient.SqlClient | LogWriter.LogWriter, unknown>,
  options: {
    readonly writer?: Layer.Layer<SessionWriter.SessionWriter, never, EventStore.EventStore>
    readonly maxConcurrentActivities?: number
    readonly providers?: Readonly<Record<string, ExtraProvider>>
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
      maxConcurrentActivities: options.maxConcurrentActivities ?? 1024
    }))
  )
