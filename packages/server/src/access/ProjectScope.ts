/**
 * Which project a session, a permission or question request, or a saved
 * approval belongs to: what keeps a project-scoped key inside its project.
 *
 * A session's project is in its first event (`session.created`), which never
 * changes and outlives the session (its id is never reused: creation needs an
 * empty stream), so answers are cached for the process's life — events of a
 * deleted session still resolve, which the global stream needs to deliver a
 * project's own `session.deleted`.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { EventStore } from "@ratchet/store"
import type { SessionId } from "@ratchet/schema"
import { Context, Effect, Layer, Option } from "effect"

export interface ProjectScopeService {
  /** The session's project; None when no such session was ever created. */
  readonly ofSession: (id: string) => Effect.Effect<Option.Option<string>>
  /** Projects of several sessions at once (a page of the global stream); unknown ones are left out. */
  readonly ofSessions: (ids: ReadonlyArray<string>) => Effect.Effect<ReadonlyMap<string, string>>
  /** The session a permission request, question request or saved approval belongs to. */
  readonly sessionOf: (kind: "permission" | "question" | "saved", id: string) => Effect.Effect<Option.Option<string>>
}

export class ProjectScope extends Context.Tag("@ratchet/server/ProjectScope")<ProjectScope, ProjectScopeService>() {}

const CACHE_MAX = 100_000

export const layer = Layer.effect(
  ProjectScope,
  Effect.gen(function*() {
    const store = yield* EventStore.EventStore
    const sql = yield* SqlClient.SqlClient
    const cache = new Map<string, string>()
    const remember = (id: string, project: string) => {
      if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!)
      cache.set(id, project)
    }

    const ofSession: ProjectScopeService["ofSession"] = (id) => {
      const known = cache.get(id)
      if (known !== undefined) return Effect.succeed(Option.some(known))
      return store.readStream(id as SessionId, { after: 0, limit: 1 }).pipe(
        Effect.map((page) => {
          const first = page.events[0]
          if (first === undefined || first.type !== "session.created") return Option.none<string>()
          const project = first.data.project ?? "default"
          remember(id, project)
          return Option.some(project)
        }),
        // an id that is not a session id at all
        Effect.catchAll(() => Effect.succeed(Option.none<string>()))
      )
    }

    const tables = { permission: "permission_request", question: "question_request", saved: "permission_saved" } as const

    return ProjectScope.of({
      ofSession,
      ofSessions: (ids) =>
        Effect.gen(function*() {
          const out = new Map<string, string>()
          for (const id of new Set(ids)) {
            const project = yield* ofSession(id)
            if (Option.isSome(project)) out.set(id, project.value)
          }
          return out
        }),
      sessionOf: (kind, id) =>
        sql<{ readonly session_id: string }>`SELECT session_id FROM ${sql(tables[kind])} WHERE id = ${id}`.pipe(
          Effect.map((rows) => Option.fromNullable(rows[0]?.session_id)),
          Effect.orDie
        )
    })
  })
)
