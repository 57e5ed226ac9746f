/**
 * What of a list a project-scoped key may see: the items of its project's
 * sessions. Unscoped credentials see everything, with no lookup.
 */
import { Principal } from "@ratchet/schema"
import { Effect, Option } from "effect"
import { ProjectScope } from "./ProjectScope.js"

export const inProject = <A>(items: ReadonlyArray<A>, sessionOf: (a: A) => string) =>
  Effect.gen(function*() {
    const { project } = yield* Principal.Principal
    if (project === undefined || items.length === 0) return items
    const projects = yield* (yield* ProjectScope).ofSessions(items.map(sessionOf))
    return items.filter((a) => projects.get(sessionOf(a)) === project)
  })

/** True when the caller may see this session (a session named in a body, not the path `Access` checks). */
export const sessionVisible = (id: string) =>
  Effect.gen(function*() {
    const { project } = yield* Principal.Principal
    if (project === undefined) return true
    const owner = yield* (yield* ProjectScope).ofSession(id)
    return Option.isSome(owner) && owner.value === project
  })

/** `{ project }` for a session list query, when the caller is scoped. */
export const projectFilter = Effect.map(Principal.Principal, ({ project }) => (project === undefined ? {} : { project }))
