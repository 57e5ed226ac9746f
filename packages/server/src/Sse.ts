/**
 * Server-sent event streams over the log. Every frame's `id` is its cursor,
 * so a client that reconnects with `Last-Event-ID` (or `after`) gets exactly
 * the events it has not seen.
 *
 * A stream is a node `Readable` fed a page of the log at a time, only when
 * the socket has room: a slow client falls behind in the log, not in this
 * process's memory. It is not a fiber pipeline on purpose: an idle
 * subscriber then costs a few objects and a listener, and one hub timer
 * serves the heartbeats, the stalled-client check and the poll fallback of
 * every stream (docs/server.md has the measurements).
 */
import { EventNotifier, EventStore, WireEvent } from "@ratchet/store"
import { Cursor, type SessionId, type StoredEvent } from "@ratchet/schema"
import { Context, Effect, Layer, Metric, Runtime } from "effect"
import { sseFrames, sseSubscribers } from "./MetricsRoute.js"
import { ProjectScope } from "./access/ProjectScope.js"
import type { ServerResponse } from "node:http"
import { Readable } from "node:stream"

/** Frames for events, joined: one write per page, not per event. */
/** Frames of a session's stream (`key` its id) or of the global one (`"*"`); each `id` is the event's cursor. */
export const frames = (key: SessionId | "*", events: ReadonlyArray<WireEvent.WireEvent>): string => {
  let out = ""
  for (const e of events) {
    const cursor = key === "*" ? Cursor.global(e.position) : Cursor.session(key, e.seq)
    out += `id: ${cursor}\nevent: ${e.type}\ndata: ${e.json}\n\n`
  }
  return out
}

/** One counter update per page or live batch written (never per event). */
const countFrames = (n: number) => Effect.runSync(Metric.incrementBy(sseFrames, n))

const OPENING = "retry: 1000\n: connected\n\n"
const HEARTBEAT = ": heartbeat\n\n"
const STALLED = `event: ratchet.closed\ndata: {"reason":"slow-consumer"}\n\n`
const PAGE = 1000

type ReadPage = (after: number) => Promise<EventStore.WirePage>

/** The events of a page this stream may carry (a project's, for a project-scoped key); the cursor moves past the rest. */
export type Select = (events: ReadonlyArray<WireEvent.WireEvent>) => Promise<ReadonlyArray<WireEvent.WireEvent>>

/** Another envelope for the same log (opencode's v1 events): frames for a page, and what opens the stream. */
export interface Encoding {
  readonly encode: (events: ReadonlyArray<WireEvent.WireEvent>) => Promise<string>
  readonly opening: string
}

/**
 * One subscriber's stream. It reads a page from its cursor when its consumer
 * wants data and it is not known to be caught up; once a read comes back
 * empty it is caught up, and stays so while it takes published events that
 * continue its cursor (no read at all). A wakeup without usable events (a
 * poll, another process's NOTIFY, a gap) makes it read again.
 */
export class Feed extends Readable {
  private reading = false
  /** A wakeup arrived while a read was in flight: read again after it. */
  private woke = false
  /** The consumer has room (the last push was accepted, or it asked for more). */
  private wanted = false
  /** The last read found nothing after the cursor, and nothing has been missed since. */
  private caughtUp = false
  lastWrite = Date.now()
  stalledSince: number | undefined = undefined

  constructor(
    private readonly key: SessionId | "*",
    private cursor: number,
    private readonly live: boolean,
    private readonly readPage: ReadPage,
    readonly response: ServerResponse | undefined,
    private readonly onClose: (feed: Feed) => void,
    private readonly encoding?: Encoding,
    private readonly select?: Select
  ) {
    super({ highWaterMark: 64 * 1024 })
    this.push(encoding?.opening ?? OPENING)
  }

  override _read(): void {
    this.wanted = true
    if (!this.caughtUp) this.pull()
  }

  /**
   * Something was appended. A caught-up stream with room takes the committed
   * events as published when they continue its cursor with no gap (a
   * session's sequence, or the global position: a commit's events carry
   * consecutive positions, so a global stream that sees the next position
   * missed nothing; anything else — a gap a rollback left, another
   * process's append, a wakeup without events — makes it read); otherwise
   * it reads from its cursor, now or when the consumer next wants data.
   * The envelopes are encoded once per event for every stream that takes it.
   */
  wake(events?: ReadonlyArray<StoredEvent>): void {
    if (this.destroyed) return
    if (
      events !== undefined && events.length > 0 && this.encoding === undefined && this.select === undefined && this.caughtUp && this.wanted &&
      !this.reading && this.continues(events)
    ) {
      const last = events[events.length - 1]!
      this.cursor = this.key === "*" ? last.position : last.seq
      this.lastWrite = Date.now()
      this.wanted = this.push(frames(this.key, events.map(WireEvent.fromStored)))
      countFrames(events.length)
      this.endIfDeleted(events)
      return
    }
    this.caughtUp = false
    this.woke = true
    if (this.wanted) this.pull()
  }

  /** The events follow the cursor exactly, each the next of the last. */
  private continues(events: ReadonlyArray<StoredEvent>): boolean {
    let at = this.cursor
    for (const e of events) {
      const next = this.key === "*" ? e.position : e.seq
      if (next !== at + 1) return false
      at = next
    }
    return true
  }

  heartbeat(now: number): void {
    if (this.destroyed) return
    this.lastWrite = now
    this.push(HEARTBEAT)
  }

  /** A session's stream ends after its `session.deleted`: nothing can follow it. */
  private endIfDeleted(events: ReadonlyArray<{ readonly type: string }>): boolean {
    if (this.key === "*" || !events.some((e) => e.type === "session.deleted")) return false
    this.finish()
    return true
  }

  /** Ends the stream cleanly (the server is draining, or the session was deleted). */
  finish(): void {
    if (!this.destroyed && !this.readableEnded) this.push(null)
  }

  /** The client has not read for too long: tell it why if it ever reads again, then cut the connection. */
  dropStalled(): void {
    const response = this.response
    this.finish()
    if (response !== undefined) setTimeout(() => response.destroy(), 1000).unref()
  }

  private pull(): void {
    if (this.reading || this.destroyed) return
    this.reading = true
    this.woke = false
    this.readPage(this.cursor).then(async (page) => {
      const events = this.select === undefined || page.events.length === 0 ? page.events : await this.select(page.events)
      const text = this.encoding === undefined || events.length === 0 ? frames(this.key, events) : await this.encoding.encode(events)
      if (events.length > 0) countFrames(events.length)
      return { page, text }
    }).then(
      ({ page, text }) => {
        this.reading = false
        if (this.destroyed) return
        if (page.events.length > 0) {
          this.cursor = page.last
          this.lastWrite = Date.now()
          // an encoding may have nothing to say for a page (events it does not carry): the cursor moves on
          this.wanted = text === "" ? true : this.push(text)
          if (this.endIfDeleted(page.events)) return
          // only while the consumer has room: a slow client stays behind in the log, not in memory
          if (this.wanted) this.pull()
          return
        }
        if (!this.live) {
          this.push(null)
          return
        }
        if (this.woke) this.pull()
        else this.caughtUp = true
      },
      (error: unknown) => {
        this.reading = false
        this.destroy(error instanceof Error ? error : new Error(String(error)))
      }
    )
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.onClose(this)
    callback(error)
  }
}

export interface SseHubOptions {
  readonly heartbeatMs: number
  readonly stallTimeoutMs: number
  /** Wake every live stream this often, for appends this process was not told about. */
  readonly pollMs: number
}

export interface SseHubService {
  /** A stream of a session (or, with "*", of every session) from `after`; with `project`, only that project's sessions' events. */
  readonly open: (
    key: SessionId | "*",
    after: number,
    live: boolean,
    response: ServerResponse | undefined,
    encoding?: Encoding,
    project?: string
  ) => Effect.Effect<Feed>
  /** Ends every stream (shutdown). */
  readonly closeAll: Effect.Effect<void>
}

export class SseHub extends Context.Tag("@ratchet/server/SseHub")<SseHub, SseHubService>() {}

export const make = (options: SseHubOptions) =>
  Effect.gen(function*() {
    const store = yield* EventStore.EventStore
    const notifier = yield* EventNotifier.EventNotifier
    const scope = yield* ProjectScope
    const runtime = yield* Effect.runtime<never>()
    const run = Runtime.runPromise(runtime)
    const feeds = new Set<Feed>()
    /** The open streams, as a metric (set where the set changes: no work per frame). */
    const gauge = () => Effect.runSync(Metric.set(sseSubscribers, feeds.size))

    const tick = () => {
      const now = Date.now()
      for (const feed of feeds) {
        if (now - feed.lastWrite >= options.heartbeatMs) feed.heartbeat(now)
        const response = feed.response
        if (response?.writableNeedDrain === true) {
          feed.stalledSince ??= now
          if (now - feed.stalledSince >= options.stallTimeoutMs) {
            feeds.delete(feed)
            run(Effect.logWarning(
              `closing an event stream: its client has not read for ${options.stallTimeoutMs} ms (${response.writableLength} bytes waiting)`
            )).catch(() => undefined)
            response.write(STALLED)
            feed.dropStalled()
          }
        } else feed.stalledSince = undefined
      }
    }
    const period = Math.max(10, Math.min(1000, options.heartbeatMs / 2, options.stallTimeoutMs / 4))
    const ticker = setInterval(tick, period)
    const poller = setInterval(() => {
      for (const feed of feeds) feed.wake()
    }, options.pollMs)
    yield* Effect.addFinalizer(() =>
      Effect.sync(() => {
        clearInterval(ticker)
        clearInterval(poller)
        for (const feed of feeds) feed.finish()
      })
    )

    const select = (project: string): Select => (events) =>
      run(scope.ofSessions(events.map((e) => e.sessionID))).then((projects) => events.filter((e) => projects.get(e.sessionID) === project))

    const open: SseHubService["open"] = (key, after, live, response, encoding, project) =>
      Effect.sync(() => {
        const read: ReadPage = key === "*"
          ? (from) => run(store.readAllWire({ after: from, limit: PAGE }))
          : (from) => run(store.readStreamWire(key, { after: from, limit: PAGE }))
        let unlisten = () => {}
        const feed = new Feed(key, after, live, read, response, (f) => {
          feeds.delete(f)
          unlisten()
          gauge()
        }, encoding, project === undefined ? undefined : select(project))
        if (live) {
          unlisten = notifier.unsafeListen(key, (events) => feed.wake(events))
          feeds.add(feed)
          gauge()
        }
        return feed
      })

    return SseHub.of({
      open,
      closeAll: Effect.sync(() => {
        for (const feed of feeds) feed.finish()
      })
    })
  })

export const layer = (options: SseHubOptions) => Layer.scoped(SseHub, make(options))
