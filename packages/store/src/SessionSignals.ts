/**
 * Signals to whichever process runs a session (docs/scale.md): today,
 * "interrupt its activity". An interrupt is not an event — nothing is
 * recorded until the run settles — so it travels beside the log: on
 * PostgreSQL as a NOTIFY on `ratchet_control` that every process hears (the
 * one that owns the session acts); on SQLite, within the process.
 */
import * as PgClient from "@effect/sql-pg/PgClient"
import * as SqlClient from "@effect/sql/SqlClient"
import type { SessionId } from "@ratchet/schema"
import { Context, Effect, Layer, Schedule, Stream } from "effect"
import { LogWriter } from "./LogWriter.js"

export const CHANNEL = "ratchet_control"

export type Signal = { readonly _tag: "Interrupt"; readonly sessionId: SessionId }

export interface SessionSignalsService {
  /** To every process on the database (this one included). */
  readonly send: (signal: Signal) => Effect.Effect<void>
  /** Calls `f` for every signal; returns the way to stop. */
  readonly unsafeListen: (f: (signal: Signal) => void) => () => void
  /** Delivers a signal received from elsewhere (the PostgreSQL listener). */
  readonly unsafeDeliver: (signal: Signal) => void
}

export class SessionSignals extends Context.Tag("@ratchet/store/SessionSignals")<SessionSignals, SessionSignalsService>() {}

const encode = (s: Signal) => `interrupt:${s.sessionId}`
const decode = (text: string): Signal | undefined =>
  text.startsWith("interrupt:") ? { _tag: "Interrupt", sessionId: text.slice("interrupt:".length) as SessionId } : undefined

export const layer: Layer.Layer<SessionSignals, never, SqlClient.SqlClient | LogWriter> = Layer.effect(
  SessionSignals,
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const writer = yield* LogWriter
    const listeners = new Set<(signal: Signal) => void>()
    const deliver = (signal: Signal) => {
      for (const f of listeners) f(signal)
    }
    return SessionSignals.of({
      // on PostgreSQL the NOTIFY comes back to this process too: deliver once, through the listener
      send: (signal) =>
        writer.dialect === "pg"
          ? Effect.orDie(Effect.asVoid(sql`SELECT pg_notify(${CHANNEL}, ${encode(signal)})`))
          : Effect.sync(() => deliver(signal)),
      unsafeListen: (f) => {
        listeners.add(f)
        return () => void listeners.delete(f)
      },
      unsafeDeliver: deliver
    })
  })
)

/** Hears other processes' signals on PostgreSQL (reconnecting with a backoff, as `PgWakeups`). */
export const pgListener: Layer.Layer<never, never, PgClient.PgClient | SessionSignals> = Layer.scopedDiscard(
  Effect.gen(function*() {
    const pg = yield* PgClient.PgClient
    const signals = yield* SessionSignals
    yield* pg.listen(CHANNEL).pipe(
      Stream.runForEach((text) =>
        Effect.sync(() => {
          const signal = decode(text)
          if (signal !== undefined) signals.unsafeDeliver(signal)
        })),
      Effect.tapErrorCause((cause) => Effect.logWarning("PostgreSQL signals: listener stopped; retrying", cause)),
      Effect.retry(Schedule.exponential("200 millis").pipe(Schedule.union(Schedule.spaced("10 seconds")))),
      Effect.forkScoped
    )
  })
)
