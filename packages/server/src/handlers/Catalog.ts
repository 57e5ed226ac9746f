/** Handlers of the `catalog` group: agents, providers, models, health. */
import { HttpApiBuilder } from "@effect/platform"
import { Api, InvalidRequestError, ProviderNotFoundError } from "@ratchet/api"
import { Principal } from "@ratchet/schema"
import { SessionQueries } from "@ratchet/store"
import * as Usage from "../Usage.js"
import { Agents } from "@ratchet/engine"
import { Effect } from "effect"
import { Lifecycle } from "../Lifecycle.js"
import { ProviderCatalog, type ResolvedModel, type ResolvedProvider, unknownModel } from "../ProviderSetup.js"
import * as Location from "../Location.js"
import { ServerConfig } from "../ServerConfig.js"

const providerInfo = (p: ResolvedProvider) => ({
  id: p.id,
  name: p.name,
  api: { npm: p.npm, url: p.baseURL },
  key: p.keySource,
  env: p.env,
  wire: p.wire
})

const modelInfo = (p: ResolvedProvider, m: ResolvedModel) => ({
  id: m.id,
  providerID: p.id,
  name: m.name,
  ...(m.family === undefined ? {} : { family: m.family }),
  // a model is usable when its provider can authenticate (the same check admission makes)
  enabled: unknownModel({ providers: [p] }, { providerID: p.id, id: m.id }) === undefined,
  source: m.source,
  capabilities: {
    tools: m.toolCall ?? true,
    reasoning: m.reasoning ?? false,
    input: m.modalities?.input ?? ["text"],
    output: m.modalities?.output ?? ["text"]
  },
  ...(m.limit === undefined ? {} : {
    limit: { ...(m.limit.context === undefined ? {} : { context: m.limit.context }), ...(m.limit.output === undefined ? {} : { output: m.limit.output }) }
  }),
  cost: m.cost === undefined ? [] : [{ input: m.cost.input, output: m.cost.output, cache: { read: m.cost.cache_read ?? 0, write: m.cost.cache_write ?? 0 } }]
})

export const layer = HttpApiBuilder.group(Api, "catalog", (handlers) =>
  Effect.gen(function*() {
    const config = yield* ServerConfig
    const lifecycle = yield* Lifecycle
    const agents = yield* Agents.Agents
    const catalog = yield* ProviderCatalog
    const queries = yield* SessionQueries.SessionQueries
    // the lists are the server's (one config per server); the location is checked and echoed
    const at = <A>(params: Location.LocationParams, data: A) => Effect.map(Location.resolve(config, params), (l) => ({ location: l.info, data }))

    return handlers
      .handle("agents", ({ urlParams }) =>
        at(urlParams, agents.list.map((a) => ({
            id: a.name,
            mode: a.mode ?? "primary",
            hidden: false,
            steps: a.maxSteps,
            ...(a.model === undefined ? {} : { model: a.model }),
            ...(a.system === undefined ? {} : { system: a.system }),
            ...(a.description === undefined ? {} : { description: a.description })
          }))))
      .handle("providers", ({ urlParams }) => at(urlParams, catalog.providers.map(providerInfo)))
      .handle("provider", ({ path, urlParams }) => {
        const found = catalog.providers.find((p) => p.id === path.providerID)
        return found === undefined
          ? Effect.fail(new ProviderNotFoundError({ providerID: path.providerID, message: `no provider ${path.providerID} is configured` }))
          : at(urlParams, providerInfo(found))
      })
      .handle("models", ({ urlParams }) =>
        at(urlParams, catalog.providers.flatMap((p) => p.models.map((m) => modelInfo(p, m)))))
      .handle("usage", ({ urlParams }) =>
        Effect.gen(function*() {
          const to = urlParams.to ?? Date.now()
          const from = urlParams.from ?? to - 30 * 24 * 3600 * 1000
          if (from >= to) return yield* new InvalidRequestError({ message: "from must be before to", kind: "schema", field: "from" })
          const groupBy = urlParams.groupBy ?? "model"
          // a project's key sees its project's usage only
          const { project } = yield* Principal.Principal
          const turns = yield* queries.turns({ from, to, ...(project === undefined ? {} : { project }) })
          return { from, to, groupBy, data: Usage.summarize(turns, groupBy), total: Usage.total(turns) }
        }))
      .handle("location", ({ urlParams }) => Effect.map(Location.resolve(config, urlParams), (l) => l.info))
      .handle("health", () =>
        Effect.succeed({ healthy: true as const, version: config.version, shuttingDown: lifecycle.isDraining() }))
  }))
