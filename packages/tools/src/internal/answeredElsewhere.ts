/**
 * A reply that reached another process (docs/scale.md): the request is
 * answered in the log, but the parked call waits here, on a waiter only this
 * process can resolve. So a parked call also watches its session's appends
 * (every process hears them: `EventNotifier`, fed by PostgreSQL's NOTIFY)
 * and reads its request again on each, with a slow poll behind it for a
 * database that sends no notifications.
 */
import type { SessionId } from "@ratchet/schema"
import type { EventNotifier } from "@ratchet/store"
import { Effect, Option } from "effect"

const POLL_MS = 2_000

export const answeredElsewhere = <A>(
  notifier: EventNotifier.EventNotifier,
  sessionId: SessionId,
  read: Effect.Effect<Option.Option<A>>
): Effect.Effect<A> =>
  Effect.async<A>((resume) => {
    let done = false
    let checking = false
    const check = () => {
      if (done || checking) return
      checking = true
      Effect.runPromise(read).then((answer) => {
        checking = false
        if (done || Option.isNone(answer)) return
        done = true
        resume(Effect.succeed(answer.value))
      }, () => {
        checking = false
      })
    }
    const unlisten = notifier.unsafeListen(sessionId, () => check())
    const timer = setInterval(check, POLL_MS)
    timer.unref()
    return Effect.sync(() => {
      done = true
      unlisten()
      clearInterval(timer)
    })
  })
