/**
 * The event store contract, run on every backend (SQLite, PostgreSQL).
 * `database` must return a layer that opens a new connection to the same
 * database each time it is built (the migration race test builds two).
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { assert, describe, layer } from "@effect/vitest"
import { EventStore, LogWriter, Migrations, Projection, SessionLeases, SessionQueries, Storage, WireEvent } from "@ratchet/store"
import { Events, Ids, InvalidInput, type SessionEvent, type SessionId } from "@ratchet/schema"
import { Chunk, Effect, Either, FastCheck as fc, Fiber, Layer, Option, Stream } from "effect"
import * as Fixtures from "./Fixtures.js"

/** Fails any append containing a synthetic event with text "__fail__", after the real projections ran. */
const tripwire: Projection.Projection = Projection.fromHandlers("tripwire", [], {
  "session.next.synthetic": (e) =>
    e.data.text === "__fail__" ? new InvalidInput({ reason: "tripwire" }) : []
})

const snapshot = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  return {
    session: yield* sql`SELECT * FROM session ORDER BY id`,
    message: yield* sql`SELECT * FROM message ORDER BY id`,
    part: yield* sql`SELECT * FROM part ORDER BY session_id, id`
  }
})

const createSession = Effect.gen(function*() {
  const store = yield* EventStore.EventStore
  const id = Fixtures.newSession()
  yield* store.append(id, [Fixtures.created()], { expectedSequence: 0 })
  return id
})

/** Appends one event, retrying on conflict; returns the sequence it landed at and how many conflicts it met. */
const appendWithRetry = (id: SessionId, events: ReadonlyArray<SessionEvent>) =>
  Effect.gen(function*() {
    const store = yield* EventStore.EventStore
    let conflicts = 0
    while (true) {
      const at = yield* store.lastSequence(id)
      const result = yield* Effect.either(store.append(id, events, { expectedSequence: at }))
      if (Either.isRight(result)) return { last: result.right.lastSequence, conflicts }
      if (result.left._tag !== "SequenceConflict") return yield* Effect.die(result.left)
      conflicts++
    }
  })

const synthetic = (text: string) => Events.make("session.next.synthetic", { messageID: Fixtures.newMessageId(), text })

export const eventStoreSuite = (
  name: string,
  database: () => Layer.Layer<SqlClient.SqlClient | LogWriter.LogWriter, unknown>
) => {
  const storage = Storage.layer({
    projections: [...Storage.defaultProjections, tripwire],
    pollInterval: "200 millis"
  }).pipe(Layer.provideMerge(database()))

  layer(storage, { excludeTestServices: true, timeout: "60 seconds" })(name, (it) => {
    describe("append and read", () => {
      it.effect("appends with sequences and positions, reads back the same events", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const id = Fixtures.newSession()
          const events = [Fixtures.created(), ...Fixtures.userPrompt("hi"), ...Fixtures.assistantStep(["a", "b", "c"])]
          const result = yield* store.append(id, events, { expectedSequence: 0 })
          assert.strictEqual(result.lastSequence, events.length)
          assert.deepStrictEqual(result.events.map((e) => e.seq), events.map((_, i) => i + 1))
          const positions = result.events.map((e) => e.position)
          assert.deepStrictEqual(positions, [...positions].sort((a, b) => a - b))
          const page = yield* store.readStream(id)
          assert.deepStrictEqual(page.events, result.events)
          assert.deepStrictEqual(page.events.map((e) => ({ type: e.type, data: e.data })), events)
          assert.strictEqual(yield* store.lastSequence(id), events.length)
          assert.isFalse(page.more)
          // replay as wire envelopes: the stored JSON, not parsed, in the same envelope the typed events make
          const wire = yield* store.readStreamWire(id)
          assert.deepStrictEqual(
            wire.events.map((w) => JSON.parse(w.json) as unknown),
            page.events.map((e) => JSON.parse(WireEvent.fromStored(e).json) as unknown)
          )
          assert.deepStrictEqual([wire.last, wire.more], [page.last, page.more])
          // a live frame (built from what the append returned) and its replay are the same bytes, even when
          // the writer built the data with its keys in another order than the schema's
          const reordered = { type: "session.next.prompt.admitted", data: { delivery: "queue", prompt: { text: "later" }, messageID: Ids.newMessageId() } } as SessionEvent
          const live = yield* store.append(id, [reordered], { expectedSequence: events.length })
          const replayed = yield* store.readStreamWire(id, { after: events.length })
          assert.strictEqual(WireEvent.fromStored(live.events[0]!).json, replayed.events[0]!.json)
          const all = yield* store.readAllWire({ after: positions[0]! - 1, limit: positions.length })
          assert.deepStrictEqual(all.events.map((w) => w.seq), page.events.map((e) => e.seq))
          const unknown = Fixtures.newSession()
          const heads = yield* store.lastSequences([id, unknown])
          assert.deepStrictEqual([...heads.entries()], [[id, events.length + 1], [unknown, 0]])
          assert.strictEqual((yield* store.lastSequences([])).size, 0)
        }))

      it.effect("one append of thousands of events (a long burst of deltas) commits whole", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const id = Fixtures.newSession()
          const deltas = Array.from({ length: 6000 }, (_, i) => `d${i}`)
          const events = [Fixtures.created(), ...Fixtures.assistantStep(deltas)]
          const result = yield* store.append(id, events, { expectedSequence: 0 })
          assert.strictEqual(result.lastSequence, events.length)
          const positions = result.events.map((e) => e.position)
          assert.deepStrictEqual(positions, positions.map((_, i) => positions[0]! + i))
          const read = yield* store.readStream(id, { limit: 5000 })
          assert.deepStrictEqual(read.events.map((e) => e.position), positions.slice(0, 5000))
        }))

      it.effect("pages a session stream and the global stream by cursor", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const a = yield* createSession
          const b = yield* createSession
          for (let i = 0; i < 5; i++) {
            yield* appendWithRetry(a, [synthetic(`a${i}`)])
            yield* appendWithRetry(b, [synthetic(`b${i}`)])
          }
          const pages: Array<number> = []
          let after = 0
          while (true) {
            const page = yield* store.readStream(a, { after, limit: 2 })
            pages.push(page.events.length)
            after = page.last
            if (!page.more) break
          }
          assert.deepStrictEqual(pages, [2, 2, 2, 0])
          assert.strictEqual(after, 6)
          const start = (yield* store.readStream(a, { limit: 1 })).events[0]!.position - 1
          const global: Array<string> = []
          let cursor = start
          while (true) {
            const page = yield* store.readAll({ after: cursor, limit: 3 })
            for (const e of page.events) if (e.sessionID === a || e.sessionID === b) global.push(`${e.sessionID === a ? "a" : "b"}${e.seq}`)
            cursor = page.last
            if (!page.more) break
          }
          assert.deepStrictEqual(global, ["a1", "b1", "a2", "b2", "a3", "b3", "a4", "b4", "a5", "b5", "a6", "b6"])
        }))

      it.effect("reading past the end gives an empty page at the same cursor", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const id = yield* createSession
          const page = yield* store.readStream(id, { after: 99 })
          assert.strictEqual(page.events.length, 0)
          assert.strictEqual(page.last, 99)
        }))
    })

    describe("conflicts and bad input", () => {
      it.effect("a stale or future expected sequence is a typed conflict and writes nothing", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const id = yield* createSession
          yield* store.append(id, [synthetic("one")], { expectedSequence: 1 })
          const before = yield* snapshot
          const stale = yield* Effect.flip(store.append(id, [synthetic("two")], { expectedSequence: 1 }))
          assert.strictEqual(stale._tag, "SequenceConflict")
          assert.deepInclude(stale, { expected: 1, actual: 2 })
          const future = yield* Effect.flip(store.append(id, [synthetic("three")], { expectedSequence: 7 }))
          assert.deepInclude(future, { _tag: "SequenceConflict", expected: 7, actual: 2 })
          assert.strictEqual(yield* store.lastSequence(id), 2)
          assert.deepStrictEqual(yield* snapshot, before)
        }))

      it.effect("re-delivering an appended batch is refused and changes nothing", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const id = yield* createSession
          const batch = Fixtures.assistantStep(["x", "y"])
          yield* store.append(id, batch, { expectedSequence: 1 })
          const before = yield* snapshot
          const again = yield* Effect.flip(store.append(id, batch, { expectedSequence: 1 }))
          assert.strictEqual(again._tag, "SequenceConflict")
          assert.deepStrictEqual(yield* snapshot, before)
        }))

      it.effect("events for a session that does not exist are refused", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const id = Fixtures.newSession()
          const err = yield* Effect.flip(store.append(id, [synthetic("orphan")], { expectedSequence: 0 }))
          assert.strictEqual(err._tag, "SessionNotFound")
          const late = yield* Effect.flip(store.append(id, [Fixtures.created()], { expectedSequence: 3 }))
          assert.strictEqual(late._tag, "InvalidInput")
          assert.strictEqual(yield* store.lastSequence(id), 0)
        }))

      it.effect("events that fail their schema are rejected before anything is written", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const id = yield* createSession
          const before = yield* snapshot
          const cases: Array<unknown> = [
            { type: "session.next.synthetic", data: { messageID: "not-an-id", text: "x" } },
            { type: "session.next.synthetic", data: { messageID: Fixtures.newMessageId() } },
            { type: "session.next.synthetic", data: { messageID: Fixtures.newMessageId(), text: "x", extra: 1 } },
            { type: "session.next.nope", data: {} },
            { type: "session.next.tool.called", data: { assistantMessageID: Fixtures.newMessageId(), callID: "c", tool: "t", input: { n: Number.NaN }, provider: { executed: false } } }
          ]
          for (const bad of cases) {
            // a valid event first: the whole batch must be refused, not just the bad one
            const err = yield* Effect.flip(store.append(id, [synthetic("ok"), bad as SessionEvent], { expectedSequence: 1 }))
            assert.strictEqual(err._tag, "InvalidInput")
            assert.strictEqual((err as InvalidInput).field?.startsWith("events[1]"), true)
          }
          assert.strictEqual(yield* store.lastSequence(id), 1)
          assert.deepStrictEqual(yield* snapshot, before)
        }))

      it.effect("a failing projection rolls the whole append back", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const id = yield* createSession
          const before = yield* snapshot
          const err = yield* Effect.flip(
            store.append(id, [...Fixtures.assistantStep(["lost"]), synthetic("__fail__")], { expectedSequence: 1 })
          )
          assert.strictEqual(err._tag, "InvalidInput")
          assert.strictEqual(yield* store.lastSequence(id), 1)
          assert.deepStrictEqual(yield* snapshot, before)
          // a result for a tool call that was never made is refused by the transcript projection
          const orphan = yield* Effect.flip(store.append(id, [Events.make("session.next.tool.success", {
            assistantMessageID: Fixtures.newMessageId(),
            callID: "nope"
          })], { expectedSequence: 1 }))
          assert.strictEqual(orphan._tag, "InvalidInput")
          assert.deepStrictEqual(yield* snapshot, before)
        }))

      it.effect("appendMany: one transaction, each request succeeds or fails on its own", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const a = yield* createSession
          const b = yield* createSession
          const c = yield* createSession
          const before = yield* snapshot
          const results = yield* store.appendMany([
            { sessionId: a, events: [synthetic("a1")], expectedSequence: 1 },
            { sessionId: b, events: [synthetic("b-stale")], expectedSequence: 5 },
            { sessionId: c, events: [synthetic("__fail__")], expectedSequence: 1 },
            { sessionId: a, events: [synthetic("a2")], expectedSequence: 2 },
            { sessionId: b, events: [{ type: "session.next.synthetic", data: {} } as never], expectedSequence: 1 },
            // refused by the database, not the plan: a result for a call that was never made changes no part
            { sessionId: c, events: [Events.make("session.next.tool.success", { assistantMessageID: Fixtures.newMessageId(), callID: "nope" })], expectedSequence: 1 },
            { sessionId: c, events: [synthetic("c-after-refused")], expectedSequence: 2 }
          ])
          assert.deepStrictEqual(results.map((r) => (Either.isRight(r) ? r.right.lastSequence : r.left._tag)), [
            2,
            "SequenceConflict",
            "InvalidInput",
            3,
            "InvalidInput",
            "InvalidInput",
            "SequenceConflict"
          ])
          assert.strictEqual(yield* store.lastSequence(a), 3)
          assert.strictEqual(yield* store.lastSequence(b), 1)
          assert.strictEqual(yield* store.lastSequence(c), 1)
          const after = yield* snapshot
          // only a's messages were added
          assert.strictEqual(after.message.length, before.message.length + 2)
        }))

      it.effect("deltas (no projections) in one group: hostile text kept, a conflict or a lost lease refused alone, positions in order", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const [a, b, c, d] = [yield* createSession, yield* createSession, yield* createSession, yield* createSession]
          const m = Fixtures.newMessageId()
          const delta = (text: string) => Events.make("session.next.text.delta", { assistantMessageID: m, textID: "prt_t", delta: text })
          // d is owned by "me" (lease 7); c has no lease at all (through the writer: SQLite's client reads only)
          yield* (yield* LogWriter.LogWriter).write([
            Projection.statement(`INSERT INTO session_lease (session_id, owner, token, expires) VALUES (?, ?, ?, ?)`, [d, "me", 7, Date.now() + 60_000])
          ])
          const lease = (sessionId: SessionId) => SessionLeases.guard({ sessionId, owner: "me", token: 7 })
          const hostile = ["'); DROP TABLE event; --", "\\'; $$ {\"},\" NULL} ,\\\\ ''", "{a,b} \"q\" é 🚀 \u2028 \u0001"]
          const results = yield* store.appendMany([
            { sessionId: a, events: hostile.map(delta), expectedSequence: 1 },
            { sessionId: b, events: [delta("stale")], expectedSequence: 9 },
            { sessionId: c, events: [delta("fenced")], expectedSequence: 1, guard: lease(c) },
            { sessionId: d, events: [delta("owned")], expectedSequence: 1, guard: lease(d) },
            { sessionId: a, events: [delta("more")], expectedSequence: 4 }
          ])
          assert.deepStrictEqual(results.map((r) => (Either.isRight(r) ? r.right.lastSequence : r.left._tag)), [4, "SequenceConflict", "InvalidInput", 2, 5])
          const fenced = results[2]!
          assert.isTrue(Either.isLeft(fenced) && fenced.left._tag === "InvalidInput" && fenced.left.field === "lease")
          const page = yield* store.readStream(a, { after: 1 })
          assert.deepStrictEqual(page.events.map((e) => (e.data as { readonly delta: string }).delta), [...hostile, "more"])
          // the group's events take positions in the order appended
          const positions = [...page.events, ...(yield* store.readStream(d, { after: 1 })).events].map((e) => e.position)
          assert.deepStrictEqual([...positions].sort((x, y) => x - y), positions.slice(0, 3).concat(positions[4]!, positions[3]!).sort((x, y) => x - y))
          assert.isBelow(positions[2]!, positions[4]!)
          assert.isBelow(positions[4]!, positions[3]!)
          assert.strictEqual(yield* store.lastSequence(b), 1)
          assert.strictEqual(yield* store.lastSequence(c), 1)
        }))

      it.effect("hostile text round-trips exactly through the log and the read models", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const id = yield* createSession
          const texts = [
            "'); DROP TABLE event; --",
            "\\'; SELECT pg_sleep(10); --",
            "E'\\x00' $$ $tag$ ? ?? $1 ; \\ \\\\ ''",
            "unicode: é ü 漢字 🚀 \u2028 \u0001 \t\n\r",
            "a lone surrogate \ud800 stays as it was"
          ]
          const r = yield* store.append(id, texts.map(synthetic), { expectedSequence: 1 })
          assert.strictEqual(r.lastSequence, 1 + texts.length)
          const page = yield* store.readStream(id, { after: 1 })
          assert.deepStrictEqual(page.events.map((e) => (e.data as { readonly text: string }).text), texts.map((t) => JSON.parse(JSON.stringify(t)) as string))
          const sql = yield* SqlClient.SqlClient
          const infos = yield* sql<{ readonly info: string }>`SELECT info FROM message WHERE session_id = ${id} ORDER BY seq`
          assert.deepStrictEqual(infos.map((m) => (JSON.parse(m.info) as { readonly text: string }).text), texts.map((t) => JSON.parse(JSON.stringify(t)) as string))
          assert.ok((yield* sql`SELECT count(*) AS n FROM event`).length === 1)
        }))

      it.effect("nothing may be appended after a session is deleted", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const queries = yield* SessionQueries.SessionQueries
          const id = yield* createSession
          yield* store.append(id, [...Fixtures.userPrompt("bye"), Events.make("session.deleted", {})], { expectedSequence: 1 })
          assert.isTrue(Option.isNone(yield* queries.session(id)))
          assert.strictEqual((yield* queries.messages(id)).length, 0)
          const err = yield* Effect.flip(store.append(id, [synthetic("ghost")], { expectedSequence: 4 }))
          assert.strictEqual(err._tag, "SessionNotFound", JSON.stringify(err))
        }))
    })

    describe("read models", () => {
      it.effect("session counters and the transcript follow the log", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const queries = yield* SessionQueries.SessionQueries
          const id = yield* createSession
          const step1 = Fixtures.assistantStep(["Hel", "lo"], { cost: 0.5 })
          const assistantID = (step1[0] as Events.EventOf<"session.next.step.started">).data.assistantMessageID
          let at = (yield* store.append(id, Fixtures.userPrompt("hello?"), { expectedSequence: 1 })).lastSequence
          // stream the step in small appends, as the runner's group commit would
          for (const event of step1.slice(0, -1)) {
            at = (yield* store.append(id, [event], { expectedSequence: at })).lastSequence
          }
          at = (yield* store.append(id, Fixtures.toolCall(assistantID, "read", { filePath: "a.txt" }), { expectedSequence: at })).lastSequence
          at = (yield* store.append(id, step1.slice(-1), { expectedSequence: at })).lastSequence
          yield* store.append(id, Fixtures.assistantStep(["again"], { cost: 0.25 }), { expectedSequence: at })

          const session = Option.getOrThrow(yield* queries.session(id))
          assert.strictEqual(session.cost, 0.75)
          assert.deepStrictEqual(session.tokens, { input: 20, output: 3, reasoning: 0, cache: { read: 4, write: 2 } })
          assert.strictEqual(session.status, "idle")

          const messages = yield* queries.messages(id)
          assert.deepStrictEqual(messages.map((m) => m.type), ["user", "assistant", "assistant"])
          assert.deepInclude(messages[0]!.info as object, { text: "hello?" })
          const first = messages[1]!
          assert.strictEqual(first.finish, "stop")
          assert.deepStrictEqual(first.parts.map((p) => p.type), ["text", "tool"])
          assert.strictEqual(first.parts[0]!.text, "Hello")
          assert.strictEqual(first.parts[1]!.status, "completed")
          assert.deepStrictEqual(first.parts[1]!.input, { filePath: "a.txt" })
          assert.strictEqual(messages[2]!.parts[0]!.text, "again")
        }))

      it.effect("text assembled from deltas matches while streaming, before the part ends", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const queries = yield* SessionQueries.SessionQueries
          const id = yield* createSession
          const step = Fixtures.assistantStep(["a", "b", "c", "d"])
          // everything up to and including the deltas, in one batch (coalesced) and then one by one
          yield* store.append(id, step.slice(0, 4), { expectedSequence: 1 })
          yield* store.append(id, step.slice(4, 5), { expectedSequence: 5 })
          yield* store.append(id, step.slice(5, 6), { expectedSequence: 6 })
          const parts = (yield* queries.messages(id))[0]!.parts
          assert.strictEqual(parts[0]!.text, "abcd")
          assert.isUndefined(parts[0]!.time.completed)
        }))

      it.effect("rebuilding every read model from the log reproduces it exactly", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const id = yield* createSession
          yield* appendWithRetry(id, Fixtures.userPrompt("rebuild me"))
          yield* appendWithRetry(id, Fixtures.assistantStep(["re", "built"]))
          const before = yield* snapshot
          const { events } = yield* store.rebuildProjections
          assert.isAbove(events, 0)
          assert.deepStrictEqual(yield* snapshot, before)
          yield* store.rebuildProjections
          assert.deepStrictEqual(yield* snapshot, before)
        }))
    })

    describe("concurrency", () => {
      it.effect("concurrent appenders on one session: exactly one wins each sequence", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const id = yield* createSession
          // all race for sequence 2 at once
          const racers = yield* Effect.all(
            Array.from({ length: 8 }, (_, i) => Effect.either(store.append(id, [synthetic(`race${i}`)], { expectedSequence: 1 }))),
            { concurrency: "unbounded" }
          )
          assert.strictEqual(racers.filter(Either.isRight).length, 1)
          assert.isTrue(racers.filter(Either.isLeft).every((r) => r.left._tag === "SequenceConflict"))
          // then each writer retries until all its events are in
          const writers = 6
          const perWriter = 10
          yield* Effect.all(
            Array.from({ length: writers }, (_, w) =>
              Effect.forEach(Array.from({ length: perWriter }, (_, i) => `w${w}-${i}`), (text) => appendWithRetry(id, [synthetic(text)]))),
            { concurrency: "unbounded" }
          )
          const events = (yield* store.readStream(id, { limit: 5000 })).events
          assert.deepStrictEqual(events.map((e) => e.seq), Array.from({ length: 2 + writers * perWriter }, (_, i) => i + 1))
          const texts = events.flatMap((e) => (e.type === "session.next.synthetic" ? [e.data.text] : []))
          assert.strictEqual(new Set(texts).size, texts.length)
          for (let w = 0; w < writers; w++) {
            const mine = texts.filter((t) => t.startsWith(`w${w}-`))
            assert.deepStrictEqual(mine, Array.from({ length: perWriter }, (_, i) => `w${w}-${i}`))
          }
        }))

      it.effect("a follower that ends at the present reads history and stops", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const id = yield* createSession
          yield* store.append(id, Fixtures.assistantStep(["p", "q"]), { expectedSequence: 1 })
          const seen = yield* Stream.runCollect(store.follow(id, { after: 2, live: false }))
          assert.deepStrictEqual(Chunk.toArray(seen).map((e) => e.seq), [3, 4, 5, 6, 7])
        }))

      it.effect.prop(
        "followers under concurrent writes see every event exactly once, in order",
        [
          fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 12 }),
          fc.integer({ min: 1, max: 3 }),
          fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 3 })
        ],
        ([batches, writers, followerStarts]) =>
          Effect.gen(function*() {
            const store = yield* EventStore.EventStore
            const id = yield* createSession
            const startPosition = (yield* store.readStream(id)).events[0]!.position
            const total = 1 + writers * batches.reduce((a, b) => a + b, 0)
            // followers join at random cursors, some before and some while the writers run
            const followers = yield* Effect.forEach(followerStarts, (after) =>
              store.follow(id, { after: Math.min(after, 1) }).pipe(
                Stream.take(total - Math.min(after, 1)),
                Stream.runCollect,
                Effect.timeout("30 seconds"),
                Effect.fork
              ))
            const global = yield* store.followAll({ after: startPosition }).pipe(
              Stream.filter((e) => e.sessionID === id),
              Stream.take(total - 1),
              Stream.runCollect,
              Effect.timeout("30 seconds"),
              Effect.fork
            )
            const writersDone = Effect.all(
              Array.from({ length: writers }, (_, w) =>
                Effect.forEach(batches, (size, b) =>
                  Effect.zipRight(
                    Effect.yieldNow(),
                    appendWithRetry(id, Array.from({ length: size }, (_, i) => synthetic(`${w}.${b}.${i}`)))
                  ))),
              { concurrency: "unbounded" }
            )
            const late = store.follow(id, { after: 1 }).pipe(Stream.take(total - 1), Stream.runCollect, Effect.timeout("30 seconds"), Effect.fork)
            const [, lateFollower] = yield* Effect.all([writersDone, late], { concurrency: "unbounded" })
            for (const [i, fiber] of followers.entries()) {
              const seen = Chunk.toArray(yield* Fiber.join(fiber)).map((e) => e.seq)
              const from = Math.min(followerStarts[i]!, 1)
              assert.deepStrictEqual(seen, Array.from({ length: total - from }, (_, k) => from + k + 1))
            }
            const lateSeen = Chunk.toArray(yield* Fiber.join(lateFollower)).map((e) => e.seq)
            assert.deepStrictEqual(lateSeen, Array.from({ length: total - 1 }, (_, k) => k + 2))
            const globalSeen = Chunk.toArray(yield* Fiber.join(global)).map((e) => e.seq)
            assert.deepStrictEqual(globalSeen, Array.from({ length: total - 1 }, (_, k) => k + 2))
          }),
        { fastCheck: { numRuns: 15 } }
      )

      it.effect("the global stream: many sessions written at once, a live follower sees every event once, in position order", () =>
        Effect.gen(function*() {
          const store = yield* EventStore.EventStore
          const sessions = yield* Effect.all(Array.from({ length: 8 }, () => createSession))
          const start = yield* store.lastPosition
          const perSession = 25
          const total = sessions.length * perSession
          const mine = new Set<string>(sessions)
          const follower = yield* store.followAll({ after: start }).pipe(
            Stream.filter((e) => mine.has(e.sessionID)),
            Stream.take(total),
            Stream.runCollect,
            Effect.timeout("60 seconds"),
            Effect.fork
          )
          // every session's writer on its own connection where the backend has several: commits race
          yield* Effect.forEach(sessions, (id) =>
            Effect.forEach(Array.from({ length: perSession }, (_, i) => i), (i) =>
              Effect.zipRight(Effect.yieldNow(), appendWithRetry(id, [synthetic(`${id}-${i}`)]))), { concurrency: "unbounded" })
          const seen = Chunk.toArray(yield* Fiber.join(follower))
          const positions = seen.map((e) => e.position)
          assert.deepStrictEqual(positions, [...positions].sort((a, b) => a - b))
          assert.strictEqual(new Set(seen.map((e) => e.id)).size, total)
          // what the follower saw live is exactly what a reader sees afterwards
          const after = yield* store.readAll({ after: start, limit: 5000 })
          assert.deepStrictEqual(after.events.filter((e) => mine.has(e.sessionID)).map((e) => e.id), seen.map((e) => e.id))
        }))
    })

    describe("migrations", () => {
      it.effect("two processes starting together migrate once", () =>
        Effect.gen(function*() {
          // two more connections to the same database, built at the same time
          yield* Effect.all([Layer.build(database()), Layer.build(database())], { concurrency: "unbounded" }).pipe(Effect.scoped)
          const sql = yield* SqlClient.SqlClient
          const rows = yield* sql<{ migration_id: number }>`SELECT migration_id FROM ratchet_migrations ORDER BY migration_id`
          assert.deepStrictEqual(rows.map((r) => Number(r.migration_id)), Migrations.all.map(([id]) => id))
        }))
    })
  })
}
