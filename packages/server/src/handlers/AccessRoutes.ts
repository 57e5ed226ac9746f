/**
 * Handlers of the `access` group: API keys and budgets (admins only, by the
 * route table). An admin scoped to a project sees, creates and revokes that
 * project's keys and sets that project's budgets (and its keys'); anything
 * else is the 404 an unknown id gets.
 */
import { HttpApiBuilder } from "@effect/platform"
import { AccessNotFoundError, Api, ConflictError, InvalidRequestError } from "@ratchet/api"
import { Principal } from "@ratchet/schema"
import { ApiKeys, BudgetStore } from "@ratchet/store"
import { Effect, Option } from "effect"
import { Budgets } from "../access/Budgets.js"
import { Credentials } from "../access/Credentials.js"

const keyInfo = (k: ApiKeys.KeyInfo) => ({
  id: k.id,
  name: k.name,
  role: k.role,
  ...(k.project === undefined ? {} : { project: k.project }),
  ...(k.createdBy === undefined ? {} : { createdBy: k.createdBy }),
  time: { created: k.time.created, ...(k.time.revoked === undefined ? {} : { revoked: k.time.revoked }) }
})

export const layer = HttpApiBuilder.group(Api, "access", (handlers) =>
  Effect.gen(function*() {
    const keys = yield* ApiKeys.ApiKeys
    const stored = yield* BudgetStore.BudgetStore
    const budgets = yield* Budgets
    const credentials = yield* Credentials

    const keyNotFound = (id: string) => new AccessNotFoundError({ id, message: `API key ${id} not found` })
    const budgetNotFound = (id: string) => new AccessNotFoundError({ id, message: `budget ${id} not found` })

    /** A key this admin may manage: any, or its project's. */
    const visibleKey = (principal: Principal.PrincipalShape, id: string) =>
      Effect.flatMap(keys.get(id), (found) =>
        Option.isSome(found) && (principal.project === undefined || found.value.project === principal.project)
          ? Effect.succeed(found.value)
          : Effect.fail(keyNotFound(id)))

    /** A budget this admin may see: any, or its project's and its project's keys'. */
    const budgetVisible = (principal: Principal.PrincipalShape, projectKeys: ReadonlySet<string>) =>
      (b: { readonly scope: string; readonly subject: string }) =>
        principal.project === undefined || (b.scope === "project" ? b.subject === principal.project : projectKeys.has(b.subject))

    const projectKeyIds = (principal: Principal.PrincipalShape) =>
      principal.project === undefined
        ? Effect.succeed(new Set<string>())
        : Effect.map(keys.list({ project: principal.project }), (ks) => new Set(ks.map((k) => k.id)))

    return handlers
      .handle("keys", () =>
        Effect.gen(function*() {
          const principal = yield* Principal.Principal
          const list = yield* keys.list(principal.project === undefined ? {} : { project: principal.project })
          return { data: list.map(keyInfo) }
        }))
      .handle("createKey", ({ payload }) =>
        Effect.gen(function*() {
          const principal = yield* Principal.Principal
          if (principal.project !== undefined && payload.project !== undefined && payload.project !== principal.project) {
            return yield* new InvalidRequestError({ message: `a key of project ${principal.project} creates keys of that project only`, kind: "invalid", field: "project" })
          }
          const project = payload.project ?? principal.project
          const created = yield* keys.create({
            name: payload.name,
            role: payload.role,
            ...(project === undefined ? {} : { project }),
            ...Principal.byField(principal)
          })
          yield* credentials.keysChanged
          yield* Effect.logInfo(`API key ${created.info.id} created (${payload.role}${project === undefined ? "" : `, project ${project}`}) by ${principal.id ?? "an open server's client"}`)
          return { data: keyInfo(created.info), key: created.key }
        }))
      .handle("revokeKey", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* Principal.Principal
          yield* visibleKey(principal, path.keyID)
          const revoked = yield* keys.revoke(path.keyID, principal.id)
          if (Option.isNone(revoked)) return yield* keyNotFound(path.keyID)
          yield* credentials.keysChanged
          yield* Effect.logInfo(`API key ${path.keyID} revoked by ${principal.id ?? "an open server's client"}`)
          return { data: keyInfo(revoked.value) }
        }))
      .handle("budgets", () =>
        Effect.gen(function*() {
          const principal = yield* Principal.Principal
          const visible = budgetVisible(principal, yield* projectKeyIds(principal))
          return { data: (yield* budgets.list).filter(visible) }
        }))
      .handle("putBudget", ({ payload }) =>
        Effect.gen(function*() {
          const principal = yield* Principal.Principal
          if (!budgetVisible(principal, yield* projectKeyIds(principal))(payload)) {
            return yield* new InvalidRequestError({ message: `a key of project ${principal.project} sets budgets of that project and its keys only`, kind: "invalid", field: "subject" })
          }
          if (payload.scope === "key" && Option.isNone(yield* keys.get(payload.subject))) {
            return yield* new InvalidRequestError({ message: `no API key ${payload.subject}`, kind: "invalid", field: "subject" })
          }
          const inForce = yield* budgets.list
          if (inForce.some((b) => b.source === "config" && b.scope === payload.scope && b.subject === payload.subject && b.period === payload.period)) {
            // the file is the operator's word: an API change would be lost, or silently win, at the next start
            return yield* new ConflictError({ message: `this budget is set in the config file; change it there`, resource: "budget" })
          }
          const saved = yield* stored.put(payload, principal.id)
          yield* budgets.changed
          yield* Effect.logInfo(`budget ${saved.id} (${saved.scope} ${saved.subject}, $${saved.limit} a ${saved.period}) set by ${principal.id ?? "an open server's client"}`)
          const listed = (yield* budgets.list).find((b) => b.id === saved.id)
          return { data: listed ?? { ...saved, spent: 0, source: "api" as const } }
        }))
      .handle("removeBudget", ({ path }) =>
        Effect.gen(function*() {
          const principal = yield* Principal.Principal
          const found = (yield* budgets.list).find((b) => b.id === path.budgetID)
          if (found === undefined || !budgetVisible(principal, yield* projectKeyIds(principal))(found)) return yield* budgetNotFound(path.budgetID)
          if (found.source === "config") return yield* new ConflictError({ message: `this budget is set in the config file; change it there`, resource: "budget" })
          yield* stored.remove(path.budgetID, principal.id)
          yield* budgets.changed
          yield* Effect.logInfo(`budget ${path.budgetID} removed by ${principal.id ?? "an open server's client"}`)
          return { data: found }
        }))
  }))
