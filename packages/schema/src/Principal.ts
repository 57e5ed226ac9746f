/**
 * Who is acting: the credential a request came with (docs/operations.md).
 * The HTTP edge provides it to every handler; the engine and tools read it
 * where the log records who did something (`by` on admissions, replies,
 * creations). Code that runs on the server's own behalf (the runner,
 * recovery, tests composing the engine) sees the default: unrestricted,
 * with no id.
 */
import { Context, Schema } from "effect"

/** `viewer` reads; `member` also prompts, replies and manages sessions; `admin` also manages keys, budgets and the server. */
export const Role = Schema.Literal("viewer", "member", "admin").annotations({ identifier: "Role" })
export type Role = typeof Role.Type

const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2 }
/** True when `role` may do what `needed` may. */
export const atLeast = (role: Role, needed: Role): boolean => rank[role] >= rank[needed]

export interface PrincipalShape {
  /** An API key id, `password` or `token` (the configured credentials); undefined on an open server or inside the server. */
  readonly id: string | undefined
  readonly role: Role
  /** The one project a key is scoped to; undefined: every project. */
  readonly project: string | undefined
}

export class Principal extends Context.Reference<Principal>()("@ratchet/schema/Principal", {
  defaultValue: (): PrincipalShape => ({ id: undefined, role: "admin", project: undefined })
}) {}

/** `{ by }` for an event, when the actor has an id. */
export const byField = (principal: PrincipalShape): { readonly by?: string } => (principal.id === undefined ? {} : { by: principal.id })
