/**
 * npm run bench:log — the durable log against the raw drivers, same machine, same run.
 *
 * Appends/s one event per transaction and 100 per transaction (SQLite and
 * PostgreSQL), each beside a plain better-sqlite3 / pg insert of the same rows;
 * replay rate of a 100k-event session; follower wake latency.
 * The last line is one JSON object of the figures.
 */
import { EventStore, Storage } from "@ratchet/store"
import { Events, Ids, type SessionEvent, type SessionId } from "@ratchet/schema"
import Sqlite from "better-sqlite3"
import { Effect, Fiber, Stream } from "effect"
import pg from "pg"
import * as Databases from "../src/Databases.js"
import * as Fixtures from "../src/Fixtures.js"
import { percentile, round, table } from "./stats.js"

const QUICK = process.env.BENCH_QUICK === "1"
const SINGLE_N = QUICK ? 1000 : 5000
const BATCH_N = QUICK ? 10_000 : 30_000
const REPLAY_N = QUICK ? 20_000 : 100_000
const PG_SINGLE_N = QUICK ? 300 : 1500
const PG_BATCH_N = QUICK ? 5000 : 15_000
const WAKE_N = QUICK ? 100 : 500
const ROUNDS = QUICK ? 1 : 3
/** BENCH_ONLY=pg (or sqlite) runs one backend's half. */
const ONLY = process.env.BENCH_ONLY

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

// ~250-byte rows: a text delta with a 150-character chunk
const CHUNK = "The quick brown fox jumps over the lazy dog while the durable log keeps every streamed token safe. ".repeat(2).slice(0, 150)

const stepOpen = (assistantMessageID: Ids.MessageId, textID: string): Array<SessionEvent> => [
  Events.make("session.next.step.started", { assistantMessageID, agent: "build", model: { providerID: "fake", id: "fake-1" } }),
  Events.make("session.next.text.started", { assistantMessageID, textID })
]

/** A session with an open text part, ready for deltas. */
const openSession = Effect.gen(function*() {
  const store = yield* EventStore.EventStore
  const id = Ids.newSessionId()
  const assistantMessageID = Ids.newMessageId()
  const textID = Ids.newPartId()
  const r = yield* store.append(id, [Fixtures.created(), ...stepOpen(assistantMessageID, textID)], { expectedSequence: 0 })
  const delta = (): SessionEvent => Events.make("session.next.text.delta", { assistantMessageID, textID, delta: CHUNK })
  return { id, delta, at: r.lastSequence }
})

/** Ends the text part now and then so the part row stays short, as a real turn would. */
const closeAndReopen = (id: SessionId, at: number) =>
  Effect.gen(function*() {
    const store = yield* EventStore.EventStore
    const assistantMessageID = Ids.newMessageId()
    const textID = Ids.newPartId()
    const r = yield* store.append(id, stepOpen(assistantMessageID, textID), { expectedSequence: at })
    return {
      at: r.lastSequence,
      delta: (): SessionEvent => Events.make("session.next.text.delta", { assistantMessageID, textID, delta: CHUNK })
    }
  })

const logAppends = (n: number, batch: number) =>
  Effect.gen(function*() {
    const store = yield* EventStore.EventStore
    const session = yield* openSession
    const { id, delta } = session
    let at = session.at
    const t0 = performance.now()
    // the same rows in the same transactions as the raw run: deltas touch no read-model row,
    // so a long text part costs nothing more per delta (docs/storage.md)
    for (let done = 0; done < n; done += batch) {
      const events = Array.from({ length: batch }, delta)
      at = (yield* store.append(id, events, { expectedSequence: at })).lastSequence
    }
    return n / ((performance.now() - t0) / 1000)
  })

/**
 * This machine is shared and noisy: raw and log runs alternate, single-event then batched,
 * and each figure is the median of its rounds.
 */
const alternated = <R>(raw: (n: number, batch: number) => Effect.Effect<number, never, R>, singleN: number, batchN: number) =>
  Effect.gen(function*() {
    const runs = { rawSingle: [] as Array<number>, logSingle: [] as Array<number>, rawBatched: [] as Array<number>, logBatched: [] as Array<number> }
    for (let round = 0; round < ROUNDS; round++) {
      runs.rawSingle.push(yield* raw(singleN, 1))
      runs.logSingle.push(yield* logAppends(singleN, 1))
      runs.rawBatched.push(yield* raw(batchN, 100))
      runs.logBatched.push(yield* logAppends(batchN, 100))
    }
    return {
      rawSingle: median(runs.rawSingle),
      logSingle: median(runs.logSingle),
      rawBatched: median(runs.rawBatched),
      logBatched: median(runs.logBatched)
    }
  })

const rowOf = (sessionId: string, seq: number) => {
  const data = JSON.stringify({ assistantMessageID: "msg_0000000000000000000000000", textID: "prt_0000000000000000000000000", delta: CHUNK })
  return [Ids.generate("evt"), sessionId, seq, "session.next.text.delta", 1, data, Date.now()] as const
}

const rawSqlite = (filename: string, n: number, batch: number) => {
  const db = new Sqlite(filename)
  db.pragma("journal_mode = WAL")
  db.pragma("synchronous = NORMAL")
  db.exec(`CREATE TABLE IF NOT EXISTS event (position INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, session_id TEXT NOT NULL,
    seq INTEGER NOT NULL, type TEXT NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL, created INTEGER NOT NULL, UNIQUE (session_id, seq))`)
  const insert = db.prepare("INSERT INTO event (id, session_id, seq, type, version, data, created) VALUES (?,?,?,?,?,?,?)")
  const session = Ids.generate("ses")
  let seq = 0
  const tx = db.transaction((count: number) => {
    for (let i = 0; i < count; i++) insert.run(...rowOf(session, ++seq))
  })
  const t0 = performance.now()
  for (let done = 0; done < n; done += batch) tx(batch)
  const rate = n / ((performance.now() - t0) / 1000)
  db.close()
  return rate
}

const rawPg = async (url: string, n: number, batch: number) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query(`CREATE TABLE IF NOT EXISTS raw_event (position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id TEXT NOT NULL,
    session_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL,
    created BIGINT NOT NULL, UNIQUE (session_id, seq))`)
  const session = Ids.generate("ses")
  let seq = 0
  const t0 = performance.now()
  for (let done = 0; done < n; done += batch) {
    await client.query("BEGIN")
    if (batch === 1) {
      await client.query({ name: "ins1", text: "INSERT INTO raw_event (id, session_id, seq, type, version, data, created) VALUES ($1,$2,$3,$4,$5,$6,$7)", values: [...rowOf(session, ++seq)] })
    } else {
      const rows = Array.from({ length: batch }, () => rowOf(session, ++seq))
      const values = rows.map((_, i) => `($${i * 7 + 1},$${i * 7 + 2},$${i * 7 + 3},$${i * 7 + 4},$${i * 7 + 5},$${i * 7 + 6},$${i * 7 + 7})`).join(",")
      await client.query({ name: `insb${batch}`, text: `INSERT INTO raw_event (id, session_id, seq, type, version, data, created) VALUES ${values}`, values: rows.flat() })
    }
    await client.query("COMMIT")
  }
  const rate = n / ((performance.now() - t0) / 1000)
  await client.end()
  return rate
}

const fillSession = (n: number) =>
  Effect.gen(function*() {
    const store = yield* EventStore.EventStore
    let { id, delta, at } = yield* openSession
    let since = 0
    while (at < n) {
      at = (yield* store.append(id, Array.from({ length: Math.min(500, n - at) }, delta), { expectedSequence: at })).lastSequence
      since += 500
      if (since >= 2000) {
        const next = yield* closeAndReopen(id, at)
        at = next.at
        delta = next.delta
        since = 0
      }
    }
    return id
  })

/** Reads a whole session as typed events from the start, as a reconnecting client's replay does. */
const replay = (id: SessionId) =>
  Effect.gen(function*() {
    const store = yield* EventStore.EventStore
    const t0 = performance.now()
    const count = yield* Stream.runCount(store.follow(id, { live: false }))
    return { count, rate: count / ((performance.now() - t0) / 1000) }
  })

const rawReplay = (filename: string, sessionId: string) => {
  const db = new Sqlite(filename, { readonly: true })
  // rows as arrays, like the log reads them
  const stmt = db.prepare("SELECT position, id, session_id, seq, type, version, data, created FROM event WHERE session_id = ? AND seq > ? ORDER BY seq LIMIT 1000").raw(true)
  const t0 = performance.now()
  let after = 0
  let count = 0
  while (true) {
    const rows = stmt.all(sessionId, after) as Array<[number, string, string, number, string, number, string, number]>
    for (const r of rows) JSON.parse(r[6])
    count += rows.length
    if (rows.length < 1000) break
    after = rows[rows.length - 1]![3]
  }
  const rate = count / ((performance.now() - t0) / 1000)
  db.close()
  return rate
}

const wakeLatency = (n: number) =>
  Effect.gen(function*() {
    const store = yield* EventStore.EventStore
    let { id, delta, at } = yield* openSession
    const received: Array<number> = []
    const follower = yield* store.follow(id, { after: at }).pipe(
      Stream.tap(() => Effect.sync(() => received.push(performance.now()))),
      Stream.take(n),
      Stream.runDrain,
      Effect.fork
    )
    yield* Effect.sleep("50 millis")
    const sent: Array<number> = []
    for (let i = 0; i < n; i++) {
      sent.push(performance.now())
      at = (yield* store.append(id, [delta()], { expectedSequence: at })).lastSequence
      yield* Effect.sleep("2 millis")
    }
    yield* Fiber.join(follower)
    const latencies = sent.map((s, i) => received[i]! - s).sort((a, b) => a - b)
    return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) }
  })

/** A table row of a log figure beside its raw-driver baseline. */
const versus = (backend: string, figure: string, log: number, raw: number) =>
  ({ backend, figure, log: round(log, 0), raw: round(raw, 0), ratio: round(log / raw) })
const wakeRow = (backend: string, wake: { readonly p50: number; readonly p99: number }) =>
  ({ backend, figure: "follower wake p50 / p99 (ms)", log: `${round(wake.p50)} / ${round(wake.p99)}`, raw: "-", ratio: "-" })

const main = Effect.gen(function*() {
  const rows: Array<Record<string, string | number>> = []
  const figures: Record<string, number | string> = {}

  // --- SQLite
  if (ONLY !== "pg") {
    const logDb = Databases.makeSqliteDir()
    const rawDb = Databases.makeSqliteDir()
    const sqliteStore = Storage.sqlite({ filename: logDb.filename })
    const sqliteResult = yield* Effect.gen(function*() {
      // warm up both paths so neither pays first-run costs in the measurement
      rawSqlite(rawDb.filename, 3000, 1)
      yield* logAppends(3000, 1)
      rawSqlite(rawDb.filename, 3000, 100)
      yield* logAppends(3000, 100)
      const { rawSingle, logSingle, rawBatched, logBatched } = yield* alternated(
        (n, batch) => Effect.sync(() => rawSqlite(rawDb.filename, n, batch)),
        SINGLE_N,
        BATCH_N
      )
      const session = yield* fillSession(REPLAY_N)
      const logReplays: Array<number> = []
      const rawReplays: Array<number> = []
      let count = 0
      for (let round = 0; round < ROUNDS; round++) {
        const r = yield* replay(session)
        count = r.count
        logReplays.push(r.rate)
        rawReplays.push(rawReplay(logDb.filename, session))
      }
      const rep = { count, rate: median(logReplays) }
      const rawRep = median(rawReplays)
      const wake = yield* wakeLatency(WAKE_N)
      return { rawSingle, logSingle, rawBatched, logBatched, rep, rawRep, wake }
    }).pipe(Effect.provide(sqliteStore))
    logDb.remove()
    rawDb.remove()

    const s = sqliteResult
    rows.push(
      versus("sqlite", "append, 1 event/tx (events/s)", s.logSingle, s.rawSingle),
      versus("sqlite", "append, 100 events/tx (events/s)", s.logBatched, s.rawBatched),
      versus("sqlite", `replay ${s.rep.count} events (events/s)`, s.rep.rate, s.rawRep),
      wakeRow("sqlite", s.wake)
    )
    Object.assign(figures, {
      single_ratio: round(s.logSingle / s.rawSingle, 3),
      batched_ratio: round(s.logBatched / s.rawBatched, 3),
      sqlite_single_events_per_s: round(s.logSingle, 0),
      sqlite_batched_events_per_s: round(s.logBatched, 0),
      sqlite_raw_single_events_per_s: round(s.rawSingle, 0),
      sqlite_raw_batched_events_per_s: round(s.rawBatched, 0),
      replay_events_per_s: round(s.rep.rate, 0),
      replay_raw_events_per_s: round(s.rawRep, 0),
      follower_wake_p50_ms: round(s.wake.p50, 3),
      follower_wake_p99_ms: round(s.wake.p99, 3)
    })
  }

  // --- PostgreSQL
  const unavailable = ONLY === "sqlite" ? "BENCH_ONLY=sqlite" : yield* Effect.promise(() => Databases.pgUnavailable())
  if (unavailable === undefined) {
    const schema = yield* Effect.promise(() => Databases.pgSchema())
    const p = yield* Effect.gen(function*() {
      yield* logAppends(200, 1)
      yield* Effect.promise(() => rawPg(schema.url, 200, 1))
      const { rawSingle, logSingle, rawBatched, logBatched } = yield* alternated(
        (n, batch) => Effect.promise(() => rawPg(schema.url, n, batch)),
        PG_SINGLE_N,
        PG_BATCH_N
      )
      const wake = yield* wakeLatency(Math.min(WAKE_N, 300))
      return { rawSingle, logSingle, rawBatched, logBatched, wake }
    }).pipe(Effect.provide(Storage.pg({ url: schema.url })))
    yield* Effect.promise(() => schema.drop())
    rows.push(
      versus("postgres", "append, 1 event/tx (events/s)", p.logSingle, p.rawSingle),
      versus("postgres", "append, 100 events/tx (events/s)", p.logBatched, p.rawBatched),
      wakeRow("postgres", p.wake)
    )
    Object.assign(figures, {
      pg_single_ratio: round(p.logSingle / p.rawSingle, 3),
      pg_batched_ratio: round(p.logBatched / p.rawBatched, 3),
      pg_single_events_per_s: round(p.logSingle, 0),
      pg_batched_events_per_s: round(p.logBatched, 0),
      pg_follower_wake_p99_ms: round(p.wake.p99, 3)
    })
  } else {
    rows.push({ backend: "postgres", figure: `skipped: ${unavailable}`, log: "-", raw: "-", ratio: "-" })
    figures.pg_skipped = unavailable
  }

  console.log(table(rows))
  console.log(JSON.stringify(figures))
})

Effect.runPromise(main).catch((error) => {
  console.error(error)
  process.exit(1)
})
