/**
 * Events as clients receive them (SSE frames, history pages): upstream's
 * envelope `{ id, type, durable: { aggregateID, seq, version }, position,
 * data: { …, sessionID, timestamp } }`, as JSON text.
 *
 * Replay builds that text from the stored row without parsing it: a current
 * version of a JSON-identity event is its stored JSON, validated when it was
 * appended, so the envelope is put around it by concatenation. Older
 * versions are decoded and upgraded first. Ids, types and session ids are
 * plain `[A-Za-z0-9_.]` strings, so they need no escaping.
 */
import { Events, type StoredEvent } from "@ratchet/schema"
import { Either } from "effect"
import { CorruptEvent, decodeRows, type EventRow } from "./internal/eventRows.js"

export interface WireEvent {
  readonly sessionID: string
  readonly seq: number
  readonly position: number
  readonly type: string
  /** The envelope as JSON text. */
  readonly json: string
}

const envelope = (
  id: string,
  type: string,
  sessionID: string,
  seq: number,
  version: number,
  position: number,
  created: number,
  data: string
) => {
  const inner = data.length <= 2 ? "" : `,${data.slice(1, -1)}`
  return `{"id":"${id}","type":"${type}","durable":{"aggregateID":"${sessionID}","seq":${seq},"version":${version}},"position":${position},"data":{"sessionID":"${sessionID}","timestamp":${created}${inner}}}`
}

/**
 * Envelopes of published events, by event: every live stream that takes an
 * event (the session's streams, the global ones) shares one encoding of it,
 * made by the first.
 */
const encoded = new WeakMap<StoredEvent, WireEvent>()

/** A typed event's envelope (the live tail, which has the events in hand). */
export const fromStored = (e: StoredEvent): WireEvent => {
  let wire = encoded.get(e)
  if (wire === undefined) {
    wire = {
      sessionID: e.sessionID,
      seq: e.seq,
      position: e.position,
      type: e.type,
      json: envelope(e.id, e.type, e.sessionID, e.seq, e.version, e.position, e.created, JSON.stringify(e.data))
    }
    encoded.set(e, wire)
  }
  return wire
}

/** Rows to envelopes; the first row that does not decode stops it, as `decodeRows` does. */
export const fromRows = (rows: ReadonlyArray<EventRow>): Either.Either<Array<WireEvent>, CorruptEvent> => {
  const out: Array<WireEvent> = new Array(rows.length)
  let lastType = ""
  let def: ReturnType<typeof Events.definitionOf>
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!
    if (row[4] !== lastType) {
      lastType = row[4]
      def = Events.definitionOf(lastType)
    }
    const version = Number(row[5])
    const data = row[6]
    if (def !== undefined && def.identity && version === def.version && data.charCodeAt(0) === 123 /* { */) {
      const seq = Number(row[3])
      const position = Number(row[0])
      out[i] = { sessionID: row[2], seq, position, type: def.type, json: envelope(row[1], def.type, row[2], seq, version, position, Number(row[7]), data) }
      continue
    }
    const decoded = decodeRows([row])
    if (Either.isLeft(decoded)) return Either.left(decoded.left)
    const event = decoded.right[0]!
    // the envelope puts the data's fields beside sessionID and timestamp: it must be an object
    if (typeof event.data !== "object" || event.data === null || Array.isArray(event.data)) {
      return Either.left(new CorruptEvent(event.position, "data is not an object"))
    }
    out[i] = fromStored(event)
  }
  return Either.right(out)
}
