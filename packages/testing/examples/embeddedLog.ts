/**
 * Embedding the log in an Effect program: no HTTP, just the storage layers.
 * Run: npx tsx packages/testing/examples/embeddedLog.ts [file.db | postgres://…]
 * (docs/embedding.md walks through it; a test runs `program`.)
 */
import { EventStore, SessionQueries, Storage } from "@ratchet/store"
import { Events, Ids } from "@ratchet/schema"
import { Chunk, Effect, Fiber, Option, Stream } from "effect"

export const program = Effect.gen(function*() {
  const store = yield* EventStore.EventStore
  const queries = yield* SessionQueries.SessionQueries

  // a session is a stream; its first event creates it
  const session = Ids.newSessionId()
  let at = (yield* store.append(session, [
    Events.make("session.created", { title: "embedded", agent: "build", location: { directory: process.cwd() } })
  ], { expectedSequence: 0 })).lastSequence

  // follow it live from the start, in the background
  const follower = yield* store.follow(session, { after: 0 }).pipe(Stream.take(7), Stream.runCollect, Effect.fork)

  // a user message: admitted to the inbox, then promoted into the transcript
  // (SessionExecution does this for you; here we write the log by hand)
  const user = Ids.newMessageId()
  const assistant = Ids.newMessageId()
  at = (yield* store.append(session, [
    Events.make("session.next.prompt.admitted", { messageID: user, prompt: { text: "hello?" }, delivery: "queue" }),
    Events.make("session.next.prompted", { messageID: user, prompt: { text: "hello?" }, delivery: "queue" })
  ], { expectedSequence: at })).lastSequence
  at = (yield* store.append(session, [
    Events.make("session.next.step.started", { assistantMessageID: assistant, agent: "build", model: { providerID: "demo", id: "demo" } }),
    Events.make("session.next.text.started", { assistantMessageID: assistant, textID: "t1" })
  ], { expectedSequence: at })).lastSequence
  for (const delta of ["Hel", "lo!"]) {
    at = (yield* store.append(session, [
      Events.make("session.next.text.delta", { assistantMessageID: assistant, textID: "t1", delta })
    ], { expectedSequence: at })).lastSequence
  }

  // reading: a page of one stream, the global stream, and a follow that ends at the present
  const page = yield* store.readStream(session, { after: 0, limit: 500 }) // { events, last, more }
  const all = yield* store.readAll({ after: 0 }) // global order, by position
  const upToNow = yield* store.follow(session, { after: 0, live: false }).pipe(Stream.runCollect) // history, then ends

  // the transcript shows the text so far, assembled from the durable deltas
  const transcript = yield* queries.messages(session)
  const seen = Chunk.toArray(yield* Fiber.join(follower))
  const info = yield* queries.session(session) // Option<SessionInfo>: title, status, tokens, cost…
  return {
    texts: transcript.map((m) => m.parts.map((p) => p.text).join("") || String((m.info as { text?: string }).text ?? "")),
    followed: seen.map((e) => `${e.seq} ${e.type}`),
    read: { page: page.events.length, last: page.last, more: page.more, global: all.events.length, upToNow: upToNow.length },
    title: Option.map(info, (s) => s.title)
  }
})

if (import.meta.url === `file://${process.argv[1]}`) {
  const filename = process.argv[2] ?? "embedded.db"
  // a SQLite file (created and migrated if new; WAL, synchronous=NORMAL), or PostgreSQL for a postgres:// URL
  const storage = filename.startsWith("postgres://") ? Storage.pg({ url: filename }) : Storage.sqlite({ filename })
  Effect.runPromise(program.pipe(Effect.provide(storage))).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error) => {
      console.error(error)
      process.exit(1)
    }
  )
}
