/**
 * Branded, prefixed identifiers that sort by creation time.
 *
 * Layout: `<prefix>_<14 hex: ms timestamp * 4096 + counter><12 base62 random>`.
 * The counter makes ids generated in one process strictly increasing even
 * within one millisecond (and across a backwards clock step), so ordering by
 * id is ordering by creation inside a process and roughly so across processes.
 */
import { Schema } from "effect"

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
const COUNTER_BITS = 4096

let lastTime = 0
let counter = 0

const nextStamp = (): bigint => {
  const now = Date.now()
  if (now > lastTime) {
    lastTime = now
    counter = 0
  } else {
    counter++
    if (counter >= COUNTER_BITS) {
      // borrow the next millisecond rather than wrap: keeps ids increasing
      lastTime++
      counter = 0
    }
  }
  return BigInt(lastTime) * BigInt(COUNTER_BITS) + BigInt(counter)
}

// one syscall per 4 KiB of randomness instead of one per id: ids are made per streamed event
const pool = new Uint8Array(4096)
let poolOffset = pool.length

const randomSuffix = (length: number): string => {
  if (poolOffset + length > pool.length) {
    // Web Crypto (Node, browsers, Deno alike): the schema package runs in clients too
    globalThis.crypto.getRandomValues(pool)
    poolOffset = 0
  }
  let out = ""
  for (let i = 0; i < length; i++) out += BASE62[pool[poolOffset + i]! % 62]
  poolOffset += length
  return out
}

/** A fresh id with the given prefix; monotonic within this process. */
export const generate = (prefix: string): string =>
  `${prefix}_${nextStamp().toString(16).padStart(14, "0")}${randomSuffix(12)}`

/** Milliseconds since the epoch encoded in an id made by {@link generate}. */
export const timestampOf = (id: string): number => {
  const hex = id.slice(id.indexOf("_") + 1, id.indexOf("_") + 15)
  return Number(BigInt(`0x${hex}`) / BigInt(COUNTER_BITS))
}

const prefixed = <const B extends string>(prefix: string, brand: B) =>
  Schema.String.pipe(
    Schema.pattern(new RegExp(`^${prefix}_[0-9A-Za-z]{1,64}$`), {
      message: () => `expected an id starting with "${prefix}_"`
    }),
    Schema.brand(brand)
  )

export const SessionId = prefixed("ses", "SessionId")
export type SessionId = typeof SessionId.Type
export const MessageId = prefixed("msg", "MessageId")
export type MessageId = typeof MessageId.Type
export const EventId = prefixed("evt", "EventId")
export type EventId = typeof EventId.Type
export const PartId = prefixed("prt", "PartId")
export type PartId = typeof PartId.Type
export const PermissionId = prefixed("per", "PermissionId")
export type PermissionId = typeof PermissionId.Type
export const QuestionId = prefixed("que", "QuestionId")
export type QuestionId = typeof QuestionId.Type
export const ActivityId = prefixed("act", "ActivityId")
export type ActivityId = typeof ActivityId.Type

// generated ids match their schema by construction; skip re-validating them on the hot path
export const newSessionId = (): SessionId => generate("ses") as SessionId
export const newMessageId = (): MessageId => generate("msg") as MessageId
export const newEventId = (): EventId => generate("evt") as EventId
export const newPartId = (): PartId => generate("prt") as PartId
export const newPermissionId = (): PermissionId => generate("per") as PermissionId
export const newQuestionId = (): QuestionId => generate("que") as QuestionId
export const newActivityId = (): ActivityId => generate("act") as ActivityId
export const newSavedRuleId = (): string => generate("psv")
