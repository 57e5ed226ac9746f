/** Handlers of the `message` group: the transcript read model and history pages of the log. */
import { HttpApiBuilder, HttpServerResponse } from "@effect/platform"
import { Api, MessageNotFoundError, type Wire } from "@ratchet/api"
import { EventStore, SessionQueries } from "@ratchet/store"
import { Cursor, type MessageInfo } from "@ratchet/schema"
import { Effect, Option } from "effect"
import * as PageCursor from "../PageCursor.js"
import { sessionOr404 } from "./SessionLookup.js"
import { toUpstream } from "../UpstreamMessages.js"
import { notAhead, parseAfter } from "../WireEvents.js"

export const layer = HttpApiBuilder.group(Api, "message", (handlers) =>
  Effect.gen(function*() {
    const queries = yield* SessionQueries.SessionQueries
    const store = yield* EventStore.EventStore

    const mustExist = sessionOr404(queries)

    return handlers
      .handle("messages", ({ path, urlParams }) =>
        Effect.gen(function*() {
          yield* mustExist(path.sessionID)
          const from = urlParams.cursor === undefined ? undefined : yield* PageCursor.decode("m1", urlParams.cursor)
          const result = yield* PageCursor.page(
            "m1",
            from,
            from?.order ?? urlParams.order ?? "asc",
            urlParams.limit ?? 100,
            (m: MessageInfo) => m.seq,
            (order, after, limit) =>
              // a retried attempt stays in the log (and by id) but not in the view: clients show the attempt that counts
              queries.messages(path.sessionID, { order, limit, final: true, ...(after === undefined ? {} : { after: Number(after) }) })
          )
          return { data: result.items.map(toUpstream) as Array<typeof Wire.Message.Type>, cursor: result.cursor }
        }))
      .handle("context", ({ path }) =>
        Effect.gen(function*() {
          yield* mustExist(path.sessionID)
          // no compaction yet: the context is the whole transcript
          const messages = yield* queries.messages(path.sessionID, { final: true })
          return { data: messages.map(toUpstream) as Array<typeof Wire.Message.Type> }
        }))
      .handle("message", ({ path }) =>
        Effect.gen(function*() {
          yield* mustExist(path.sessionID)
          const found = yield* queries.message(path.sessionID, path.messageID)
          if (Option.isNone(found)) {
            return yield* new MessageNotFoundError({
              sessionID: path.sessionID,
              messageID: path.messageID,
              message: `message ${path.messageID} not found in session ${path.sessionID}`
            })
          }
          return { data: toUpstream(found.value) as typeof Wire.Message.Type }
        }))
      .handle("history", ({ path, urlParams }) =>
        Effect.gen(function*() {
          const after = yield* parseAfter("session", urlParams.after, path.sessionID)
          yield* mustExist(path.sessionID)
          yield* notAhead(after, yield* store.lastSequence(path.sessionID))
          // the stored JSON goes out as stored (wire envelopes), not parsed and encoded again
          const page = yield* store.readStreamWire(path.sessionID, { after, limit: urlParams.limit ?? 500 })
          return HttpServerResponse.text(
            `{"data":[${page.events.map((e) => e.json).join(",")}],"hasMore":${page.more},"cursor":"${Cursor.session(path.sessionID, page.last)}"}`,
            { contentType: "application/json" }
          )
        }))
  }))
