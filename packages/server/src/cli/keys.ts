/**
 * `ratchet key create|list|revoke`: API keys, straight in the database (no
 * server needed: this is how the first admin key of a server without a
 * password is made). A new key is printed once, alone on stdout; the log
 * records the CLI as who made it (docs/operations.md).
 */
import { ApiKeys } from "@ratchet/store"
import type { Principal } from "@ratchet/schema"
import { Context, Effect, Layer, Option } from "effect"
import * as Server from "../Server.js"
import type { Settings } from "../Settings.js"
import { CliFailure } from "./shared.js"

const BY = "cli"

const withKeys = <A, E>(settings: Settings, f: (keys: ApiKeys.ApiKeysService) => Effect.Effect<A, E>) =>
  Effect.scoped(Effect.gen(function*() {
    const context = yield* Layer.build(Server.storageFor(settings.db)).pipe(
      Effect.mapError((e) => new CliFailure({ message: `cannot open the database ${settings.db}: ${e instanceof Error ? e.message : String(e)}` }))
    )
    return yield* f(Context.get(context, ApiKeys.ApiKeys))
  }))

const when = (ms: number) => new Date(ms).toISOString().replace("T", " ").slice(0, 19)

export const create = (settings: Settings, options: { readonly role: Principal.Role; readonly project?: string; readonly name?: string }) =>
  withKeys(settings, (keys) =>
    Effect.gen(function*() {
      if (options.project !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(options.project)) {
        return yield* new CliFailure({ message: `--project must be 1–64 of A–Z a–z 0–9 . _ - (first a letter or digit), not ${JSON.stringify(options.project)}` })
      }
      const created = yield* keys.create({
        name: options.name ?? `${options.role} key`,
        role: options.role,
        ...(options.project === undefined ? {} : { project: options.project }),
        by: BY
      })
      process.stderr.write(`created ${created.info.id} (${options.role}${options.project === undefined ? ", every project" : `, project ${options.project}`}); the key is shown once:\n`)
      process.stdout.write(`${created.key}\n`)
    }))

export const list = (settings: Settings) =>
  withKeys(settings, (keys) =>
    Effect.map(keys.list(), (all) => {
      for (const k of all) {
        const state = k.time.revoked === undefined ? "active" : `revoked ${when(k.time.revoked)}`
        process.stdout.write(`${k.id}  ${k.role.padEnd(6)}  ${(k.project ?? "*").padEnd(16)}  ${when(k.time.created)}  ${state.padEnd(27)}  ${k.name}\n`)
      }
      if (all.length === 0) process.stderr.write("no API keys\n")
    }))

export const revoke = (settings: Settings, id: string) =>
  withKeys(settings, (keys) =>
    Effect.flatMap(keys.revoke(id, BY), Option.match({
      onNone: () => Effect.fail(new CliFailure({ message: `no API key ${id}` })),
      onSome: () => Effect.sync(() => void process.stderr.write(`revoked ${id}\n`))
    })))
