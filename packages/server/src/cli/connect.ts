/**
 * How `run` and `export` reach a server: the one named by `--server` (or
 * `RATCHET_SERVER_URL`), else one already listening on the configured
 * port, else an embedded server on a free loopback port for this command.
 */
import { createRatchetClient, type RatchetClient } from "@ratchet/sdk/fetch"
import { Effect, Layer, Redacted, type Scope } from "effect"
import * as Server from "../Server.js"
import type { Settings } from "../Settings.js"
import { serverLayer } from "./serve.js"

export interface Connection {
  readonly client: RatchetClient
  readonly baseUrl: string
  readonly embedded: boolean
}

const credentials = (settings: Settings) => {
  const auth = settings.config.auth
  if (auth === undefined) return {}
  if (auth.token !== undefined) return { token: Redacted.value(auth.token) }
  return auth.password === undefined ? {} : { username: auth.username, password: Redacted.value(auth.password) }
}

const healthy = (baseUrl: string, client: RatchetClient) =>
  Effect.tryPromise(() => client.api.GET("/api/health", { signal: AbortSignal.timeout(1000) })).pipe(
    Effect.map((r) => r.response.ok),
    Effect.orElseSucceed(() => false)
  )

export const connect = (settings: Settings, server: string | undefined): Effect.Effect<Connection, Error, Scope.Scope> =>
  Effect.gen(function*() {
    const make = (baseUrl: string) => createRatchetClient({ baseUrl, ...credentials(settings) })
    if (server !== undefined) {
      const client = make(server)
      if (!(yield* healthy(server, client))) return yield* Effect.fail(new Error(`no Ratchet server answers at ${server}`))
      return { client, baseUrl: server, embedded: false }
    }
    const local = `http://127.0.0.1:${settings.config.port}`
    const localClient = make(local)
    if (yield* healthy(local, localClient)) return { client: localClient, baseUrl: local, embedded: false }
    const embedded = { ...settings, config: { ...settings.config, port: 0, hostname: "127.0.0.1" } }
    const context = yield* Layer.build(serverLayer(embedded)).pipe(
      Effect.mapError((e) => new Error(`cannot start an embedded server: ${String(e)}`))
    )
    const baseUrl = yield* Effect.provide(Server.baseUrl, context)
    return { client: make(baseUrl), baseUrl, embedded: true }
  })
