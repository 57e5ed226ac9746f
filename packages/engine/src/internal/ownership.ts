/**
 * The two background duties of a process that runs sessions beside others
 * on one database (docs/scale.md):
 *
 * - `keepLeases`: renew this process's leases (every third of their life);
 *   a session whose lease is gone was taken over — its run here is told to
 *   stop (its appends are refused anyway: fencing);
 * - `adoptOrphans`: find sessions nobody runs — a lease that expired (its
 *   owner died or paused), an activity left open with no lease, inputs
 *   pending with no lease — and start them here, under the recovery rules.
 *   Leases decide which process wins when several try.
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import type { SessionId } from "@ratchet/schema"
import type { SessionLeases } from "@ratchet/store"
import { Duration, Effect, Schedule } from "effect"

export const keepLeases = (
  leases: SessionLeases.SessionLeasesService,
  running: Effect.Effect<ReadonlyArray<string>>,
  lost: (held: ReadonlyMap<string, { readonly owner: string; readonly token: number }>) => Effect.Effect<void>
) =>
  Effect.flatMap(Effect.flatMap(running, leases.renew), lost).pipe(
    Effect.catchAllCause((cause) => Effect.logWarning("could not renew session leases", cause)),
    Effect.repeat(Schedule.spaced(Duration.millis(Math.max(100, leases.ttlMs / 3)))),
    Effect.asVoid
  )

/** Sessions that need a process and have none; `adopt` starts one here (resuming an open activity). */
export const orphans = (leases: SessionLeases.SessionLeasesService, sql: SqlClient.SqlClient) =>
  Effect.gen(function*() {
    const held = yield* leases.held
    const expired = yield* leases.expired
    const busy = yield* sql<{ readonly id: string }>`SELECT id FROM session WHERE status = 'busy'`
    const pending = yield* sql<{ readonly session_id: string }>`SELECT DISTINCT session_id FROM session_input WHERE state = 'pending' AND wake = 1`
    const out = new Set<string>(expired)
    // a lease of this process's own name that nothing here runs (a predecessor's, kept by a restart) counts as free
    const free = (id: string) => !held.has(id) || held.get(id) === leases.owner
    for (const r of busy) if (free(r.id)) out.add(r.id)
    for (const r of pending) if (free(r.session_id)) out.add(r.session_id)
    return [...out].map((id) => id as SessionId)
  }).pipe(Effect.orDie)

export const adoptOrphans = (
  leases: SessionLeases.SessionLeasesService,
  sql: SqlClient.SqlClient,
  adopt: (sessionId: SessionId) => Effect.Effect<void>
) =>
  Effect.flatMap(orphans(leases, sql), (ids) => Effect.forEach(ids, adopt, { discard: true })).pipe(
    Effect.catchAllCause((cause) => Effect.logWarning("could not look for sessions to take over", cause)),
    Effect.repeat(Schedule.spaced(Duration.millis(Math.max(100, leases.ttlMs / 3)))),
    Effect.asVoid
  )
