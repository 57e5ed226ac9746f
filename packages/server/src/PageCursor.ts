/**
 * Opaque cursors for paged lists (sessions by id, messages by sequence),
 * bound to their list and order: `next` continues after the last item,
 * `previous` goes back before the first, and both keep the list's order.
 */
import { InvalidCursorError } from "@ratchet/api"
import { Effect } from "effect"

export type Order = "asc" | "desc"
export type List = "l1" | "m1"
export type Direction = "n" | "p"

export interface Position {
  readonly order: Order
  readonly direction: Direction
  readonly key: string
}

export const encode = (list: List, order: Order, direction: Direction, key: string | number): string =>
  Buffer.from(`${list}:${order}:${direction}:${key}`, "utf8").toString("base64url")

export const decode = (list: List, cursor: string): Effect.Effect<Position, InvalidCursorError> => {
  const bad = Effect.fail(new InvalidCursorError({ message: `invalid cursor ${JSON.stringify(cursor)}` }))
  if (cursor.length === 0 || cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return bad
  const text = Buffer.from(cursor, "base64url").toString("utf8")
  const match = /^(l1|m1):(asc|desc):(n|p):(.+)$/.exec(text)
  if (match === null || match[1] !== list) return bad
  if (list === "m1" && !/^\d{1,15}$/.test(match[4]!)) return bad
  return Effect.succeed({ order: match[2] as Order, direction: match[3] as Direction, key: match[4]! })
}

const reverse = (order: Order): Order => (order === "asc" ? "desc" : "asc")

/**
 * One page from a keyset query (`fetch(order, after, limit)` returns up to
 * `limit` items after `after` in `order`), with its cursors. One item more
 * than the page is fetched, so a cursor is given only when there is
 * something on its side.
 */
export const page = <A>(
  list: List,
  from: Position | undefined,
  order: Order,
  limit: number,
  keyOf: (item: A) => string | number,
  fetch: (order: Order, after: string | undefined, limit: number) => Effect.Effect<ReadonlyArray<A>>
) =>
  Effect.gen(function*() {
    const backwards = from?.direction === "p"
    const fetched = yield* fetch(backwards ? reverse(order) : order, from?.key, limit + 1)
    const got = { items: fetched.slice(0, limit), more: fetched.length > limit }
    const items = backwards ? [...got.items].reverse() : got.items
    const first = items[0]
    const last = items[items.length - 1]
    const hasNext = backwards ? last !== undefined : got.more
    const hasPrevious = backwards ? got.more : from !== undefined && first !== undefined
    return {
      items,
      cursor: {
        ...(hasNext && last !== undefined ? { next: encode(list, order, "n", keyOf(last)) } : {}),
        ...(hasPrevious && first !== undefined ? { previous: encode(list, order, "p", keyOf(first)) } : {})
      }
    }
  })
