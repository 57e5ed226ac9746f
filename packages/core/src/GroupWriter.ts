/**
 * Group commit for one session's activity: events offered while the
 * previous write was committing go into the next write, in order. Under
 * light load every event commits on its own, at once; under heavy load
 * (fast streams) many deltas share one transaction.
 *
 * `push` does not wait (streamed deltas); `write` waits until its events are
 * committed (announce-before-effect: `tool.called` must be durable before
 * the tool runs). A failed write fails every waiter and every later call.
 */
import type { SessionEvent, SessionId } from "@ratchet/schema"
import { Deferred, Effect, Option, Queue, Ref, type Scope } from "effect"
import type { AppendError } from "./EventStore.js"
import type { SessionWriterService } from "./SessionWriter.js"

export interface GroupWriter {
  readonly push: (events: ReadonlyArray<SessionEvent>) => Effect.Effect<void, AppendError>
  readonly write: (events: ReadonlyArray<SessionEvent>) => Effect.Effect<void, AppendError>
  /** Waits until everything offered so far is committed. */
  readonly flush: Effect.Effect<void, AppendError>
  /** Appends committed (each a transaction), for the benchmark's writes-per-chunk figure. */
  readonly commits: Effect.Effect<number>
}

interface Item {
  readonly events: ReadonlyArray<SessionEvent>
  readonly done: Deferred.Deferred<void, AppendError> | undefined
}

/** Most events in one transaction; a larger backlog goes into the following ones. */
const MAX_BATCH = 2000

export const make = (
  writer: SessionWriterService,
  sessionId: SessionId
): Effect.Effect<GroupWriter, never, Scope.Scope> =>
  Effect.gen(function*() {
    const queue = yield* Queue.unbounded<Item>()
    const failed = yield* Ref.make(Option.none<AppendError>())
    const commits = yield* Ref.make(0)

    const loop = Effect.forever(
      Effect.gen(function*() {
        const first = yield* Queue.take(queue)
        const rest = yield* Queue.takeUpTo(queue, MAX_BATCH)
        const items = [first, ...rest]
        const events = items.flatMap((i) => i.events)
        const previous = yield* Ref.get(failed)
        const result = Option.isSome(previous)
          ? Effect.fail(previous.value)
          : events.length === 0
          ? Effect.void
          : Effect.asVoid(writer.append(sessionId, events)).pipe(Effect.zipLeft(Ref.update(commits, (n) => n + 1)))
        const exit = yield* Effect.exit(result)
        if (exit._tag === "Failure") {
          const error = exit.cause._tag === "Fail" ? exit.cause.error : undefined
          if (error !== undefined) yield* Ref.set(failed, Option.some(error))
        }
        for (const item of items) if (item.done !== undefined) yield* Deferred.done(item.done, exit)
      })
    )
    yield* Effect.forkScoped(loop)

    const check = Effect.flatMap(Ref.get(failed), Option.match({ onNone: () => Effect.void, onSome: Effect.fail }))

    const write = (events: ReadonlyArray<SessionEvent>) =>
      Effect.gen(function*() {
        yield* check
        const done = yield* Deferred.make<void, AppendError>()
        yield* Queue.offer(queue, { events, done })
        yield* Deferred.await(done)
      })

    return {
      push: (events) => Effect.zipRight(check, Queue.offer(queue, { events, done: undefined })),
      write,
      flush: write([]),
      commits: Ref.get(commits)
    }
  })
