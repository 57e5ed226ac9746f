/** The `Authorization` middleware: a bearer token or basic password when configured, open otherwise. */
import { Authorization, UnauthorizedError } from "@ratchet/api"
import { Effect, Layer, Redacted } from "effect"
import { timingSafeEqual } from "node:crypto"
import { ServerConfig } from "./ServerConfig.js"

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a, "utf8")
  const y = Buffer.from(b, "utf8")
  return x.length === y.length && timingSafeEqual(x, y)
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
