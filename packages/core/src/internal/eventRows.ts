/** Turning events into rows and rows back into events. */
import { Events, Ids, InvalidInput, type SessionEvent, type StoredEvent } from "@ratchet/schema"
import { Either, ParseResult } from "effect"

export interface EncodedEvent {
  readonly id: string
  readonly type: string
  readonly version: number
  readonly data: string
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
    out.push({ id: Ids.newEventId(), type: def.type, version: def.version, data: JSON.stringify(encoded.right) })
  }
  return Either.right(out)
}

export interface EventRow {
  readonly position: number | string | bigint
  readonly id: string
  readonly session_id: string
  readonly seq: number | string
  readonly type: string
  readonly version: number | string
  readonly data: string
  readonly created: number | string | bigint
}

/** A stored row that no longer decodes is corruption, not a caller's mistake: it is a defect. */
export class CorruptEvent extends Error {
  readonly _tag = "CorruptEvent"
  constructor(readonly position: number, reason: string) {
    super(`event at position ${position} does not decode: ${reason}`)
  }
}

export const decodeRow = (row: EventRow): Either.Either<StoredEvent, CorruptEvent> => {
  const position = Number(row.position)
  const version = Number(row.version)
  const def = Events.definitionOf(row.type)
  if (def === undefined) return Either.left(new CorruptEvent(position, `unknown type ${row.type}`))
  const json = Either.try(() => JSON.parse(row.data) as unknown)
  if (Either.isLeft(json)) return Either.left(new CorruptEvent(position, "data is not JSON"))
  const decoded = def.decodeData(version, json.right)
  if (Either.isLeft(decoded)) {
    const err = decoded.left
    return Either.left(
      new CorruptEvent(position, ParseResult.isParseError(err) ? ParseResult.TreeFormatter.formatErrorSync(err) : err.message)
    )
  }
  return Either.right({
    id: row.id,
    sessionID: row.session_id,
    seq: Number(row.seq),
    position,
    version,
    created: Number(row.created),
    type: def.type,
    data: decoded.right
  } as unknown as StoredEvent)
}

export const decodeRows = (rows: ReadonlyArray<EventRow>): Either.Either<Array<StoredEvent>, CorruptEvent> => {
  const out: Array<StoredEvent> = []
  for (const row of rows) {
    const event = decodeRow(row)
    if (Either.isLeft(event)) return Either.left(event.left)
    out.push(event.right)
  }
  return Either.right(out)
}
