/**
 * Who runs a session (docs/scale.md): a lease per session in the database,
 * held by one process (`owner`) until it expires, renewed while the process
 * lives. Taking a lease over — it expired, its owner stopped or paused —
 * raises its `token`, and every append a runner makes carries a guard that
 * the lease is still its own with that token (`Fence`, checked in the
 * append's transaction): a process that lost a session cannot write one
 * more event to it, however late it wakes up.
 *
 * Times are the database's clock, so processes on several machines agree on
 * when a lease expired.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { InvalidInput, type SessionId } from "@ratchet/schema"
import { Context, Effect, Layer, Option } from "effect"
import { randomBytes } from "node:crypto"
import { LogWriter } from "./LogWriter.js"
import { APPEND_LOCK_KEY } from "./PgLogWriter.js"
import { type Statement, statement } from "./Projection.js"
import { leaseGuards } from "./internal/leaseGuards.js"

export interface Lease {
  readonly sessionId: SessionId
  readonly owner: string
  readonly token: number
}

export interface SessionLeasesService {
  /** This process's id: the owner of the leases it takes. */
  readonly owner: string
  /**
   * Takes the session's lease for this process: free, expired, or already
   * ours (then renewed, same token). None while another process holds it.
   */
  readonly acquire: (sessionId: SessionId) => Effect.Effect<Option.Option<Lease>>
  /**
   * Extends the leases of these sessions (the ones this process runs; a
   * lease it holds for nothing is left to lapse); returns who holds each
   * now (missing: nobody — released).
   */
  readonly renew: (sessions: ReadonlyArray<string>) => Effect.Effect<ReadonlyMap<string, { readonly owner: string; readonly token: number }>>
  /** Gives the lease up (only if still ours): another process may take the session at once. */
  readonly release: (lease: Lease) => Effect.Effect<void>
  /** Sessions whose lease expired (their owner stopped renewing): work for whoever takes them. */
  readonly expired: Effect.Effect<ReadonlyArray<SessionId>>
  /** Whose live lease this session has, if any (one row: what a wait polls). */
  readonly holder: (sessionId: SessionId) => Effect.Effect<Option.Option<string>>
  /** Sessions with a lease that has not expired, and whose it is. */
  readonly held: Effect.Effect<ReadonlyMap<string, string>>
  readonly ttlMs: number
}

export class SessionLeases extends Context.Tag("@ratchet/store/SessionLeases")<SessionLeases, SessionLeasesService>() {}

/**
 * The lease an activity's appends are fenced by: set around a run, read by
 * the `SessionWriter` for appends to that session (the runner's and the
 * tools' alike). Outside a run it is unset and appends are not fenced.
 */
export class Fence extends Context.Reference<Fence>()("@ratchet/store/Fence", {
  defaultValue: (): Lease | undefined => undefined
}) {}

/** The guard an append of `lease`'s session carries: it changes a row only while the lease is still this one. */
export const guard = (lease: Lease): Statement => {
  const check = statement(
    `UPDATE session_lease SET token = token WHERE session_id = ? AND owner = ? AND token = ?`,
    [lease.sessionId, lease.owner, lease.token],
    () =>
      new InvalidInput({
        field: "lease",
        reason: `this process no longer runs session ${lease.sessionId}: another took it over (lease ${lease.token}); the append was refused`
      })
  )
  // PostgreSQL's delta appends check the lease inside their function (internal/pgAppendRows.ts)
  leaseGuards.set(check, { sessionId: lease.sessionId, owner: lease.owner, token: lease.token })
  return check
}

export interface Options {
  /** How long a lease lasts without renewal (default 6 s: with renewals every 2 s, a dead owner's sessions move within ~8 s). */
  readonly ttlMs?: number
  /**
   * This process's name as an owner. A process restarted under the same
   * name takes its predecessor's leases at once (the server uses
   * `host/address:port`: two live processes cannot listen on the same
   * one); without one, a random name, and a crashed predecessor's sessions
   * wait for their leases to lapse.
   */
  readonly owner?: string
}

export const make = (options: Options = {}) =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const writer = yield* LogWriter
    const ttlMs = options.ttlMs ?? 6_000
    const owner = options.owner ?? `proc_${randomBytes(8).toString("hex")}`
    const now = writer.dialect === "pg"
      ? "(extract(epoch from clock_timestamp()) * 1000)::bigint"
      : "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"

    const acquire: SessionLeasesService["acquire"] = (sessionId) =>
      Effect.gen(function*() {
        // one statement: insert a free lease, or take one that expired (a new token) or is ours (renewed)
        yield* writer.write([
          statement(
            `INSERT INTO session_lease (session_id, owner, token, expires) VALUES (?, ?, 1, ${now} + ?)
              ON CONFLICT (session_id) DO UPDATE SET
                token = CASE WHEN session_lease.owner = excluded.owner THEN session_lease.token ELSE session_lease.token + 1 END,
                owner = excluded.owner,
                expires = excluded.expires
              WHERE session_lease.owner = excluded.owner OR session_lease.expires < ${now}`,
            [sessionId, owner, ttlMs]
          )
        ]).pipe(Effect.orDie)
        const rows = yield* sql<{ readonly owner: string; readonly token: number | string }>`
          SELECT owner, token FROM session_lease WHERE session_id = ${sessionId}`.pipe(Effect.orDie)
        const row = rows[0]
        return row !== undefined && row.owner === owner ? Option.some({ sessionId, owner, token: Number(row.token) }) : Option.none()
      })

    const renew: SessionLeasesService["renew"] = (sessions) =>
      sessions.length === 0 ? Effect.succeed(new Map()) : Effect.gen(function*() {
        // through the writer: on SQLite it holds the only connection that writes. On PostgreSQL, after
        // the append lock: a group commit holds several of these rows (its fences) under that lock, and
        // an update of several rows taking them in another order would deadlock with it
        yield* writer.write([
          ...(writer.dialect === "pg" ? [statement(`SELECT pg_advisory_xact_lock(?)`, [APPEND_LOCK_KEY])] : []),
          statement(
            `UPDATE session_lease SET expires = ${now} + ? WHERE owner = ? AND session_id IN (${sessions.map(() => "?").join(", ")})`,
            [ttlMs, owner, ...sessions]
          )
        ])
        // whose each lease is now: a row of another owner (or token) is a takeover; no row, a release
        const rows = yield* sql<{ readonly session_id: string; readonly owner: string; readonly token: number | string }>`
          SELECT session_id, owner, token FROM session_lease WHERE ${sql.in("session_id", sessions)}`
        return new Map(rows.map((r) => [r.session_id, { owner: r.owner, token: Number(r.token) }]))
      }).pipe(Effect.orDie)

    const release: SessionLeasesService["release"] = (lease) =>
      writer.write([statement(`DELETE FROM session_lease WHERE session_id = ? AND owner = ? AND token = ?`, [lease.sessionId, lease.owner, lease.token])])
        .pipe(Effect.orDie)

    return SessionLeases.of({
      owner,
      ttlMs,
      acquire,
      renew,
      release,
      expired: sql.unsafe<{ readonly session_id: string }>(`SELECT session_id FROM session_lease WHERE expires < ${now}`).pipe(
        Effect.map((rows) => rows.map((r) => r.session_id as SessionId)),
        Effect.orDie
      ),
      holder: (sessionId) =>
        sql.unsafe<{ readonly owner: string }>(
          `SELECT owner FROM session_lease WHERE session_id = ${writer.dialect === "pg" ? "$1" : "?"} AND expires >= ${now}`,
          [sessionId]
        ).pipe(Effect.map((rows) => Option.fromNullable(rows[0]?.owner)), Effect.orDie),
      held: sql.unsafe<{ readonly session_id: string; readonly owner: string }>(`SELECT session_id, owner FROM session_lease WHERE expires >= ${now}`).pipe(
        Effect.map((rows) => new Map(rows.map((r) => [r.session_id, r.owner]))),
        Effect.orDie
      )
    })
  })

export const layer = (options: Options = {}): Layer.Layer<SessionLeases, never, SqlClient.SqlClient | LogWriter> =>
  Layer.effect(SessionLeases, make(options))
