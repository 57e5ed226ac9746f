/**
 * The one path that writes the database: append rows to the log and apply
 * the projections' statements, in one transaction. Backends implement it
 * (SqliteLogWriter, PgLogWriter); EventStore does validation, reads and
 * notification on top.
 */
import type { InvalidInput, SessionEvent, SessionId, StoredEvent } from "@ratchet/schema"
import { Context, type Effect, type Either } from "effect"
import type { CorruptEvent, EncodedEvent, EventRow } from "./internal/eventRows.js"
import type { Plan, ProjectionError, Statement } from "./Projection.js"

export interface AppendInput {
  readonly sessionId: SessionId
  readonly events: ReadonlyArray<SessionEvent>
  readonly rows: ReadonlyArray<EncodedEvent>
  /** The stream must be at exactly this sequence, or nothing is written. */
  readonly expected: number
  readonly created: number
  /**
   * Run first, in the same transaction: when it changes no row the input is
   * refused with its error (the fencing check of a session's owner,
   * `SessionLeases`).
   */
  readonly guard?: Statement
}

export type AppendOutcome =
  | { readonly _tag: "Appended"; readonly events: ReadonlyArray<StoredEvent> }
  /** `actual` is the stream's last sequence, or -1 when the session was deleted. */
  | { readonly _tag: "Conflict"; readonly actual: number }

/** The outcome of one input of `appendMany`: appended, a conflict, or refused (nothing of it written). */
export type ManyOutcome = AppendOutcome | { readonly _tag: "Refused"; readonly error: ProjectionError }

export interface LogWriterService {
  readonly dialect: "sqlite" | "pg"
  readonly append: (
    input: AppendInput,
    project: (stored: ReadonlyArray<StoredEvent>) => Plan
  ) => Effect.Effect<AppendOutcome, ProjectionError | InvalidInput>
  /**
   * Several appends (to different sessions, or consecutive ones to the same) in one
   * transaction; each input succeeds or fails on its own, nothing of a failed one is written.
   * This is the cross-session group commit: one commit for many streams.
   */
  readonly appendMany: (
    inputs: ReadonlyArray<AppendInput>,
    project: (stored: ReadonlyArray<StoredEvent>) => Plan
  ) => Effect.Effect<ReadonlyArray<ManyOutcome>>
  /**
   * Statements outside the session log (the server log, `ServerLog`), in one
   * transaction; a `mustChange` statement that changes nothing rolls it back
   * and is returned.
   */
  readonly write: (statements: ReadonlyArray<Statement>) => Effect.Effect<void, ProjectionError>
  /** In one transaction: empty `tables`, then replay every event through `project`. Returns the event count. */
  readonly rebuild: (
    tables: ReadonlyArray<string>,
    decode: (rows: ReadonlyArray<EventRow>) => Either.Either<Array<StoredEvent>, CorruptEvent>,
    project: (events: ReadonlyArray<StoredEvent>) => Plan
  ) => Effect.Effect<number>
}

export class LogWriter extends Context.Tag("@ratchet/store/LogWriter")<LogWriter, LogWriterService>() {}

/** Builds a stored event from what was written. */
export const storedEvents = (input: AppendInput, positions: ReadonlyArray<number>): Array<StoredEvent> =>
  input.rows.map((r, i) =>
    ({
      id: r.id,
      sessionID: input.sessionId,
      seq: input.expected + 1 + i,
      position: positions[i]!,
      version: r.version,
      created: input.created,
      type: input.events[i]!.type,
      data: r.typed
    }) as StoredEvent
  )
