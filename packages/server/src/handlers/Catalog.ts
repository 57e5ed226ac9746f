/** Handlers of the `catalog` group: agents, providers, models, health. */
import { HttpApiBuilder } from "@effect/platform"
import { Api } from "@ratchet/api"
import { Agents } from "@ratchet/engine"
import { Effect } from "effect"
import { Lifecycle } from "../Lifecycle.js"
import { ProviderCatalog } from "../ProviderSetup.js"
import { locationOf, ServerConfig } from "../ServerConfig.js"

export const layer = HttpApiBuilder.group(Api, "catalog", (handlers) =>
  Effect.gen(function*() {
    const config = yield* ServerConfig
    const lifecycle = yield* Lifecycle
    const agents = yield* Agents.Agents
    const catalog = yield* ProviderCatalog
    const location = locationOf(config)

    return handlers
      .handle("agents", () =>
        Effect.succeed({
          location,
          data: agents.list.map((a) => ({
            id: a.name,
            mode: a.mode ?? "primary",
            hidden: false,
            steps: a.maxSteps,
            ...(a.model === undefined ? {} : { model: a.model }),
            ...(a.system === undefined ? {} : { system: a.system }),
            ...(a.description === undefined ? {} : { description: a.description })
          }))
        }))
      .handle("providers", () =>
        Effect.succeed({
          location,
          data: catalog.providers.map((p) => ({
            id: p.id,
            name: p.name,
            api: { npm: p.npm, url: p.baseURL },
            key: p.keySource
          }))
        }))
      .handle("models", () =>
        Effect.succeed({
          location,
          data: catalog.providers.flatMap((p) =>
            p.models.map((m) => ({ id: m.id, providerID: p.id, name: m.name, enabled: true }))
          )
        }))
      .handle("location", () => Effect.succeed(location))
      .handle("health", () =>
        Effect.succeed({ healthy: true as const, version: config.version, shuttingDown: lifecycle.isDraining() }))
  }))
