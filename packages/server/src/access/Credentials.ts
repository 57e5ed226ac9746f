/**
 * Who a request's `Authorization` header is: the configured token or
 * password (an admin of every project), an API key (its role and project),
 * or — on a server with neither credentials configured nor any key — anyone,
 * as an admin. Once a key has been created the server asks every request
 * for credentials, even after every key is revoked: revoking a leaked last
 * key must not open the server (docs/operations.md).
 */
import { ApiKeys } from "@ratchet/store"
import { Principal } from "@ratchet/schema"
import { Context, Effect, Layer, Option, Redacted } from "effect"
import { timingSafeEqual } from "node:crypto"
import { ServerConfig } from "../ServerConfig.js"

export interface CredentialsService {
  /** The principal the header proves; None: refuse (401). */
  readonly principal: (authorization: string | undefined) => Effect.Effect<Option.Option<Principal.PrincipalShape>>
  /** Forget the cached "is any key active" answer (after a key is created or revoked here). */
  readonly keysChanged: Effect.Effect<void>
}

export class Credentials extends Context.Tag("@ratchet/server/Credentials")<Credentials, CredentialsService>() {}

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a, "utf8")
  const y = Buffer.from(b, "utf8")
  return x.length === y.length && timingSafeEqual(x, y)
}

/** Another process may create the first key: an open server looks again this often. */
const ANY_KEY_TTL_MS = 2_000

export const OPEN: Principal.PrincipalShape = { id: undefined, role: "admin", project: undefined }

export const layer = Layer.effect(
  Credentials,
  Effect.gen(function*() {
    const { auth } = yield* ServerConfig
    const keys = yield* ApiKeys.ApiKeys
    let anyKey: { readonly value: boolean; readonly at: number } | undefined

    const keysExist = Effect.suspend(() => {
      const now = Date.now()
      if (anyKey !== undefined && now - anyKey.at < ANY_KEY_TTL_MS) return Effect.succeed(anyKey.value)
      return Effect.map(keys.anyKey, (value) => {
        anyKey = { value, at: now }
        return value
      })
    })

    const ofKey = (presented: string) =>
      Effect.map(keys.verify(presented), Option.map((k): Principal.PrincipalShape => ({ id: k.id, role: k.role, project: k.project })))

    const admin = (id: string): Option.Option<Principal.PrincipalShape> => Option.some({ id, role: "admin", project: undefined })

    const principal: CredentialsService["principal"] = (header) =>
      Effect.gen(function*() {
        // an open server (no credentials configured, no key) ignores what a client sends, as it always did
        if (auth === undefined && !(yield* keysExist)) return Option.some(OPEN)
        if (header === undefined || header.trim() === "") return Option.none()
        const space = header.indexOf(" ")
        const scheme = (space === -1 ? header : header.slice(0, space)).toLowerCase()
        const value = space === -1 ? "" : header.slice(space + 1).trim()
        if (scheme === "bearer") {
          if (auth?.token !== undefined && same(value, Redacted.value(auth.token))) return admin("token")
          return yield* ofKey(value)
        }
        if (scheme !== "basic") return Option.none()
        const decoded = Buffer.from(value, "base64").toString("utf8")
        const colon = decoded.indexOf(":")
        if (colon === -1) return Option.none()
        const password = decoded.slice(colon + 1)
        if (auth?.password !== undefined && decoded.slice(0, colon) === auth.username && same(password, Redacted.value(auth.password))) {
          return admin("password")
        }
        // a key as the password (opencode's clients send basic credentials), whatever the user name
        return yield* ofKey(password)
      })

    return Credentials.of({ principal, keysChanged: Effect.sync(() => (anyKey = undefined)) })
  })
)
