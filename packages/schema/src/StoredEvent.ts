/** An event as it sits in the log: the event plus its place in the stream and in the store. */
import { Schema } from "effect"
import { SessionEvent } from "./Events.js"
import { EventId, SessionId } from "./Ids.js"

export const EventMeta = Schema.Struct({
  id: EventId,
  /** The session (aggregate) this event belongs to. */
  sessionID: SessionId,
  /** 1, 2, 3 … per session; unique with the session id. */
  seq: Schema.Number,
  /** Monotonic across the whole store, in commit order. */
  position: Schema.Number,
  /** The schema version the event was written with (before any upgrade on read). */
  version: Schema.Number,
  /** Milliseconds since the epoch when it was appended. */
  created: Schema.Number
})
export type EventMeta = typeof EventMeta.Type

export type StoredEvent = EventMeta & SessionEvent

export const StoredEvent: Schema.Schema<StoredEvent, EventMeta & { readonly type: string; readonly data: unknown }> =
  Schema.extend(EventMeta, SessionEvent) as never
