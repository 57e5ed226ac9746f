/**
 * What of a list a project-scoped key may see: the items of its project's
 * sessions. Unscoped credentials see everything, with no lookup.
 */
import { Principal } from "@ratchet/schema"
import { Effect } from "effect"
import { ProjectScope } from "./ProjectScope.js"

export const inProject = <A>(items: ReadonlyArray<A>, sessionOf: (a: A) => string) =>
  Effect.gen(function*() {
    const { project } = yield* Principal.Principal
    if (project === undefined || items.length === 0) return items
    const projects = yield* (yield* ProjectScope).ofSessions(items.map(sessionOf))
    return items.filter((a) => projects.get(sessionOf(a)) === project)
  })

/** `{ project }` for a session list query, when the caller is scoped. */
export const projectFilter = Effect.map(Principal.Principal, ({ project }) => (project === undefined ? {} : { project }))
