/** Turning events into rows and rows back into events. */
import { Events, Ids, InvalidInput, type SessionEvent, type StoredEvent } from "@ratchet/schema"
import { Either, ParseResult } from "effect"

export interface EncodedEvent {
  readonly id: string
  readonly type: string
  readonly version: number
  readonly data: string
  /**
   * The data as live readers get it: for a JSON-identity event the validated
   * copy, whose keys are in schema order like the stored text, so a live frame
   * and a replay of the same event are the same bytes.
   */
  readonly typed: unknown
}

/** Validates every event against its schema and serialises it. Nothing is written if one fails. */
export const encodeEvents = (events: ReadonlyArray<SessionEvent>): Either.Either<Array<EncodedEvent>, InvalidInput> => {
  const out: Array<EncodedEvent> = []
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!
    const type: unknown = event?.type
    const def = typeof type === "string" ? Events.definitionOf(type) : undefined
    if (def === undefined) {
      return Either.left(new InvalidInput({ field: `events[${i}].type`, reason: `unknown event type ${String(type)}` }))
    }
    const encoded = def.encodeData(event.data)
    if (Either.isLeft(encoded)) {
      return Either.left(
        new InvalidInput({
          field: `events[${i}].data`,
          reason: `${def.type}: ${ParseResult.TreeFormatter.formatErrorSync(encoded.left)}`
        })
      )
    }
    out.push({
      id: Ids.newEventId(),
      type: def.type,
      version: def.version,
      data: JSON.stringify(encoded.right),
      typed: def.identity ? encoded.right : event.data
    })
  }
  return Either.right(out)
}

/** The columns read for an event, in this order (rows are read as arrays: cheaper than objects). */
export const EVENT_COLUMNS = "position, id, session_id, seq, type, version, data, created"

export type EventRow = readonly [
  position: number | string | bigint,
  id: string,
  session_id: string,
  seq: number | string,
  type: string,
  version: number | string,
  data: string,
  created: number | string | bigint
]

/** A stored row that no longer decodes is corruption, not a caller's mistake: it is a defect. */
export class CorruptEvent extends Error {
  readonly _tag = "CorruptEvent"
  constructor(readonly position: number, reason: string) {
    super(`event at position ${position} does not decode: ${reason}`)
  }
}

/** Returned by `parseJson` for text that is not JSON (no wrapper object per row: this is the replay hot path). */
const NOT_JSON: unique symbol = Symbol("NOT_JSON")

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return NOT_JSON
  }
}

/**
 * Rows to events; the first row that does not decode stops it. This is the
 * replay hot path: current-version events of JSON-identity schemas are taken
 * as parsed (they were validated when appended), older versions are decoded
 * and upgraded.
 */
export const decodeRows = (rows: ReadonlyArray<EventRow>): Either.Either<Array<StoredEvent>, CorruptEvent> => {
  const out: Array<StoredEvent> = new Array(rows.length)
  let lastType = ""
  let def: ReturnType<typeof Events.definitionOf>
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!
    const position = Number(row[0])
    const version = Number(row[5])
    // streams are runs of one type (deltas): look the definition up when the type changes
    if (row[4] !== lastType) {
      lastType = row[4]
      def = Events.definitionOf(lastType)
    }
    if (def === undefined) return Either.left(new CorruptEvent(position, `unknown type ${row[4]}`))
    let data = parseJson(row[6])
    if (data === NOT_JSON) return Either.left(new CorruptEvent(position, "data is not JSON"))
    if (!(def.identity && version === def.version)) {
      const decoded = def.decodeData(version, data)
      if (Either.isLeft(decoded)) {
        const err = decoded.left
        return Either.left(
          new CorruptEvent(position, ParseResult.isParseError(err) ? ParseResult.TreeFormatter.formatErrorSync(err) : err.message)
        )
      }
      data = decoded.right
    }
    out[i] = {
      id: row[1],
      sessionID: row[2],
      seq: Number(row[3]),
      position,
      version,
      created: Number(row[7]),
      type: def.type,
      data
    } as unknown as StoredEvent
  }
  return Either.right(out)
}
