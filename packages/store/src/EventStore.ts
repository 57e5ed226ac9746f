/**
 * The durable log (EventV2): one append-only stream of events per session,
 * and one global order across sessions.
 */
import type {
  InvalidInput,
  SequenceConflict,
  SessionEvent,
  SessionId,
  SessionNotFound,
  StoredEvent
} from "@ratchet/schema"
import { Context, type Effect, type Either, type Stream } from "effect"
import type { Statement } from "./Projection.js"
import type { WireEvent } from "./WireEvent.js"

export interface AppendOptions {
  /** The stream's current last sequence (0 for a new session). A mismatch fails with `SequenceConflict`. */
  readonly expectedSequence: number
  /** Checked in the append's transaction: refused (nothing written) when it changes no row (a lost lease). */
  readonly guard?: Statement
}

export interface AppendRequest {
  readonly sessionId: SessionId
  readonly events: ReadonlyArray<SessionEvent>
  readonly expectedSequence: number
  /** Checked in the append's transaction: refused (nothing written) when it changes no row (a lost lease). */
  readonly guard?: Statement
}

export interface AppendResult {
  readonly events: ReadonlyArray<StoredEvent>
  /** The stream's last sequence after the append: the `expectedSequence` of the next one. */
  readonly lastSequence: number
}

export interface ReadOptions {
  /** Exclusive: events after this sequence (session stream) or position (global stream). Default 0. */
  readonly after?: number
  /** Page size; default 500, at most 5000. */
  readonly limit?: number
}

export interface Page {
  readonly events: ReadonlyArray<StoredEvent>
  /** Where the next page starts: the last event's sequence/position, or `after` when empty. */
  readonly last: number
  /** True when the page was full; there may be more now. */
  readonly more: boolean
}

/** A page of events as wire envelopes (replay to clients without parsing the stored JSON). */
export interface WirePage {
  readonly events: ReadonlyArray<WireEvent>
  readonly last: number
  readonly more: boolean
}

export interface FollowOptions {
  readonly after?: number
  /** Keep following new events (default) or end at the present. */
  readonly live?: boolean
}

export type AppendError = SequenceConflict | SessionNotFound | InvalidInput

export interface EventStoreService {
  /**
   * Appends events atomically after `expectedSequence`, running every
   * projection in the same transaction. Events are validated against their
   * schemas before anything is written.
   */
  readonly append: (
    sessionId: SessionId,
    events: ReadonlyArray<SessionEvent>,
    options: AppendOptions
  ) => Effect.Effect<AppendResult, AppendError>
  /**
   * Several appends in one transaction (the cross-session group commit); each
   * request succeeds or fails on its own, exactly as `append` would.
   */
  readonly appendMany: (
    requests: ReadonlyArray<AppendRequest>
  ) => Effect.Effect<ReadonlyArray<Either.Either<AppendResult, AppendError>>>
  /** The last sequence of a session's stream, 0 if it has none. */
  readonly lastSequence: (sessionId: SessionId) => Effect.Effect<number>
  /** The same for several sessions, in one read. */
  /** The global position of the newest event (0 for an empty log): where a live-only follower of every session starts. */
  readonly lastPosition: Effect.Effect<number>
  readonly lastSequences: (sessionIds: ReadonlyArray<SessionId>) => Effect.Effect<ReadonlyMap<SessionId, number>>
  readonly readStream: (sessionId: SessionId, options?: ReadOptions) => Effect.Effect<Page>
  readonly readAll: (options?: ReadOptions) => Effect.Effect<Page>
  /** `readStream` as wire envelopes (see `WireEvent`). */
  readonly readStreamWire: (sessionId: SessionId, options?: ReadOptions) => Effect.Effect<WirePage>
  /** `readAll` as wire envelopes. */
  readonly readAllWire: (options?: ReadOptions) => Effect.Effect<WirePage>
  /**
   * A session's events after a sequence, then (when `live`) its new events as
   * they commit. Subscribes before reading history: no gap, no duplicate.
   */
  readonly follow: (sessionId: SessionId, options?: FollowOptions) => Stream.Stream<StoredEvent>
  /** The global stream, by position; same guarantees as `follow`. */
  readonly followAll: (options?: FollowOptions) => Stream.Stream<StoredEvent>
  /** Empties every read model and replays the whole log into it, in one transaction. */
  readonly rebuildProjections: Effect.Effect<{ readonly events: number }>
}

export class EventStore extends Context.Tag("@ratchet/store/EventStore")<EventStore, EventStoreService>() {}
