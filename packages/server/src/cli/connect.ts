/**
 * How the client commands reach a server: the one named by `--server` (or
 * `RATCHET_SERVER_URL`), else one already listening on the configured
 * port, else an embedded server on a free loopback port for this command.
 * A server that answers 401 is reported as needing credentials, not as
 * absent.
 */
import { createRatchetClient, type RatchetClient } from "@ratchet/sdk/fetch"
import { Effect, Layer, Redacted, type Scope } from "effect"
import * as Server from "../Server.js"
import type { Settings } from "../Settings.js"
import { serverLayer } from "./serve.js"
import { CliFailure, httpFailure } from "./shared.js"

export interface Connection {
  readonly client: RatchetClient
  readonly baseUrl: string
  readonly embedded: boolean
}

export interface Credentials {
  readonly token?: string
  readonly password?: string
}

const credentials = (settings: Settings, given: Credentials) => {
  if (given.token !== undefined) return { token: given.token }
  if (given.password !== undefined) return { username: settings.config.auth?.username ?? "ratchet", password: given.password }
  const auth = settings.config.auth
  if (auth === undefined) return {}
  if (auth.token !== undefined) return { token: Redacted.value(auth.token) }
  return auth.password === undefined ? {} : { username: auth.username, password: Redacted.value(auth.password) }
}

/** The health route's status, or 0 when nothing answers. */
const probe = (client: RatchetClient) =>
  Effect.tryPromise(() => client.api.GET("/api/health", { signal: AbortSignal.timeout(1500) })).pipe(
    Effect.map((r) => r.response.status),
    Effect.orElseSucceed(() => 0)
  )

export const connect = (settings: Settings, server: string | undefined, given: Credentials = {}): Effect.Effect<Connection, CliFailure, Scope.Scope> =>
  Effect.gen(function*() {
    const make = (baseUrl: string) => createRatchetClient({ baseUrl, ...credentials(settings, given) })
    const found = (baseUrl: string, client: RatchetClient, status: number) =>
      status === 200
        ? Effect.succeed({ client, baseUrl, embedded: false })
        : Effect.fail(status === 401 ? httpFailure("connect", 401, null) : new CliFailure({ message: `the server at ${baseUrl} answered ${status} to a health check` }))
    if (server !== undefined) {
      const client = make(server)
      const status = yield* probe(client)
      if (status === 0) return yield* new CliFailure({ message: `no Ratchet server answers at ${server} (start one with: ratchet serve)` })
      return yield* found(server, client, status)
    }
    const local = `http://127.0.0.1:${settings.config.port}`
    const localClient = make(local)
    const status = yield* probe(localClient)
    if (status !== 0) return yield* found(local, localClient, status)
    const embedded = { ...settings, config: { ...settings.config, port: 0, hostname: "127.0.0.1" } }
    const context = yield* Layer.build(serverLayer(embedded)).pipe(
      Effect.mapError((e) => new CliFailure({ message: `cannot start an embedded server: ${e instanceof Error ? e.message : String(e)}` }))
    )
    const baseUrl = yield* Effect.provide(Server.baseUrl, context)
    return { client: make(baseUrl), baseUrl, embedded: true }
  })
