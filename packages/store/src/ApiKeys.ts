/**
 * API keys (docs/operations.md): created with a role and, optionally, one
 * project; revoked, never deleted. The key is `rk_<id>_<secret>`: the id
 * finds the row, the secret is checked against its scrypt hash (node's
 * `crypto.scrypt`, run on libuv's thread pool so the event loop does not
 * wait). The secret itself is never stored or logged: it is in the answer
 * that creates it and nowhere else.
 *
 * A verified key is remembered in this process by the SHA-256 of what was
 * presented (never the key), so a client pays scrypt once, not per request;
 * revocation is still seen at once, because the row is read every time.
 * Creations and revocations are written with a server-log entry naming who
 * did it, in the same transaction.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { Principal } from "@ratchet/schema"
import { Context, Effect, Layer, Option } from "effect"
import { createHash, randomBytes, scrypt, timingSafeEqual } from "node:crypto"
import { LogWriter } from "./LogWriter.js"
import { statement } from "./Projection.js"
import { entryStatement as audit } from "./ServerLog.js"

export interface KeyInfo {
  readonly id: string
  readonly name: string
  readonly role: Principal.Role
  readonly project?: string
  readonly createdBy?: string
  readonly time: { readonly created: number; readonly revoked?: number }
}

export interface CreateKey {
  readonly name: string
  readonly role: Principal.Role
  readonly project?: string
  /** Who creates it (`Principal.id`). */
  readonly by?: string
}

export interface ApiKeysService {
  /** A new key: its row and the one copy of its secret. */
  readonly create: (input: CreateKey) => Effect.Effect<{ readonly info: KeyInfo; readonly key: string }>
  /** Every key, revoked ones too, newest first; only a project's with `project`. */
  readonly list: (options?: { readonly project?: string }) => Effect.Effect<ReadonlyArray<KeyInfo>>
  readonly get: (id: string) => Effect.Effect<Option.Option<KeyInfo>>
  /** Revokes it (at once, in every process); None when there is no such key. Revoking twice keeps the first time. */
  readonly revoke: (id: string, by?: string) => Effect.Effect<Option.Option<KeyInfo>>
  /** The key a presented secret is, if it is one, valid and not revoked. */
  readonly verify: (presented: string) => Effect.Effect<Option.Option<KeyInfo>>
  /** True once a key was ever created (revoked ones count): the server then asks every request for credentials. */
  readonly anyKey: Effect.Effect<boolean>
}

export class ApiKeys extends Context.Tag("@ratchet/store/ApiKeys")<ApiKeys, ApiKeysService>() {}

interface KeyRow {
  readonly id: string
  readonly name: string
  readonly role: string
  readonly project: string | null
  readonly salt: string
  readonly hash: string
  readonly created_by: string | null
  readonly time_created: number | string
  readonly time_revoked: number | string | null
}

const KEY = /^rk_([a-z0-9]{16})_([A-Za-z0-9_-]{43})$/
// N = 2^15 (32 MiB with r = 8): ~50–100 ms on this class of machine, paid once per key per process
const SCRYPT = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const
const CACHE_MAX = 1024

const hashOf = (secret: string, salt: Buffer) =>
  Effect.async<Buffer>((resume) => {
    scrypt(secret, salt, 32, SCRYPT, (error, derived) => {
      // scrypt fails only on bad parameters, which are constants here
      resume(error === null ? Effect.succeed(derived) : Effect.die(error))
    })
  })

const toInfo = (r: KeyRow): KeyInfo => ({
  id: r.id,
  name: r.name,
  role: r.role as Principal.Role,
  ...(r.project === null ? {} : { project: r.project }),
  ...(r.created_by === null ? {} : { createdBy: r.created_by }),
  time: { created: Number(r.time_created), ...(r.time_revoked === null ? {} : { revoked: Number(r.time_revoked) }) }
})

export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const writer = yield* LogWriter
  /** sha256(presented) → key id, for keys verified by this process (bounded; oldest dropped first). */
  const verified = new Map<string, string>()
  // each check takes 32 MiB and a thread-pool thread: a flood of wrong secrets for a real key id waits its turn
  // here instead of starving the pool (file reads, DNS) or the memory
  const checking = yield* Effect.makeSemaphore(2)

  const row = (id: string) =>
    sql<KeyRow>`SELECT * FROM api_key WHERE id = ${id}`.pipe(Effect.map((rows) => Option.fromNullable(rows[0])), Effect.orDie)

  const create: ApiKeysService["create"] = (input) =>
    Effect.gen(function*() {
      const id = randomBytes(10).toString("hex").slice(0, 16)
      const secret = randomBytes(32).toString("base64url")
      const salt = randomBytes(16)
      const hash = yield* hashOf(secret, salt)
      const now = Date.now()
      yield* writer.write([
        statement(
          `INSERT INTO api_key (id, name, role, project, salt, hash, created_by, time_created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          [id, input.name, input.role, input.project ?? null, salt.toString("base64"), hash.toString("base64"), input.by ?? null, now]
        ),
        audit("key.created", { id, name: input.name, role: input.role, project: input.project ?? null, by: input.by ?? null })
      ]).pipe(Effect.orDie)
      const info: KeyInfo = {
        id,
        name: input.name,
        role: input.role,
        ...(input.project === undefined ? {} : { project: input.project }),
        ...(input.by === undefined ? {} : { createdBy: input.by }),
        time: { created: now }
      }
      return { info, key: `rk_${id}_${secret}` }
    })

  const revoke: ApiKeysService["revoke"] = (id, by) =>
    Effect.gen(function*() {
      const found = yield* row(id)
      if (Option.isNone(found)) return Option.none()
      if (found.value.time_revoked === null) {
        yield* writer.write([
          statement(`UPDATE api_key SET time_revoked = ? WHERE id = ? AND time_revoked IS NULL`, [Date.now(), id]),
          audit("key.revoked", { id, by: by ?? null })
        ]).pipe(Effect.orDie)
      }
      return Option.map(yield* row(id), toInfo)
    })

  const verify: ApiKeysService["verify"] = (presented) =>
    Effect.gen(function*() {
      const match = KEY.exec(presented)
      if (match === null) return Option.none()
      const [, id, secret] = match as unknown as [string, string, string]
      const found = yield* row(id)
      if (Option.isNone(found) || found.value.time_revoked !== null) return Option.none()
      const digest = createHash("sha256").update(presented).digest("base64")
      if (verified.get(digest) === id) return Option.some(toInfo(found.value))
      const expected = Buffer.from(found.value.hash, "base64")
      const actual = yield* checking.withPermits(1)(hashOf(secret, Buffer.from(found.value.salt, "base64")))
      if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return Option.none()
      if (verified.size >= CACHE_MAX) verified.delete(verified.keys().next().value!)
      verified.set(digest, id)
      return Option.some(toInfo(found.value))
    })

  return ApiKeys.of({
    create,
    revoke,
    verify,
    get: (id) => Effect.map(row(id), Option.map(toInfo)),
    list: (options = {}) =>
      (options.project === undefined
        ? sql<KeyRow>`SELECT * FROM api_key ORDER BY time_created DESC, id`
        : sql<KeyRow>`SELECT * FROM api_key WHERE project = ${options.project} ORDER BY time_created DESC, id`)
        .pipe(Effect.map((rows) => rows.map(toInfo)), Effect.orDie),
    anyKey: sql<{ readonly id: string }>`SELECT id FROM api_key LIMIT 1`.pipe(
      Effect.map((rows) => rows.length > 0),
      Effect.orDie
    )
  })
})

export const layer: Layer.Layer<ApiKeys, never, SqlClient.SqlClient | LogWriter> = Layer.effect(ApiKeys, make)
