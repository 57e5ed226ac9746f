/** The `Authorization` middleware: a bearer token or basic password when configured, open otherwise. */
import { Authorization, UnauthorizedError } from "@ratchet/api"
import { Effect, Layer, Redacted } from "effect"
import { timingSafeEqual } from "node:crypto"
import { ServerConfig, type ServerConfigShape } from "./ServerConfig.js"

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a, "utf8")
  const y = Buffer.from(b, "utf8")
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * The same check for a route outside the `HttpApi` contract (the v1 uses of
 * `/mcp`): an `Authorization` header's bearer token or basic password, or
 * anything when the server has no credentials.
 */
export const allows = (auth: ServerConfigShape["auth"], header: string | undefined): boolean => {
  if (auth === undefined) return true
  if (header === undefined) return false
  const [scheme, value = ""] = header.split(" ", 2)
  if (scheme?.toLowerCase() === "bearer") return auth.token !== undefined && same(value.trim(), Redacted.value(auth.token))
  if (scheme?.toLowerCase() !== "basic" || auth.password === undefined) return false
  const decoded = Buffer.from(value.trim(), "base64").toString("utf8")
  const colon = decoded.indexOf(":")
  return colon !== -1 && decoded.slice(0, colon) === auth.username && same(decoded.slice(colon + 1), Redacted.value(auth.password))
}

export const layer = Layer.effect(
  Authorization,
  Effect.gen(function*() {
    const { auth } = yield* ServerConfig
    const refused = Effect.fail(
      new UnauthorizedError({ message: "missing or wrong credentials: send Authorization: Bearer <token> or Basic <user:password>" })
    )
    if (auth === undefined) return Authorization.of({ bearer: () => Effect.void, basic: () => Effect.void })
    return Authorization.of({
      bearer: (token) =>
        auth.token !== undefined && same(Redacted.value(token), Redacted.value(auth.token)) ? Effect.void : refused,
      basic: (credentials) =>
        auth.password !== undefined && credentials.username === auth.username &&
          same(Redacted.value(credentials.password), Redacted.value(auth.password))
          ? Effect.void
          : refused
    })
  })
)
