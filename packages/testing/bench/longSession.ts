/**
 * A long session written straight into a SQLite log (as another process
 * sharing the file would), for the replay figures: since the runner joins
 * the chunks of one provider read into one delta, a streamed answer no
 * longer makes a 20,000-event session quickly.
 */
import { Events, Ids, type SessionEvent } from "@ratchet/schema"
import { EventStore, Storage } from "@ratchet/store"
import { Effect } from "effect"

const CHUNK = "chunk of a long streamed answer. "

/** Appends `count` events (text deltas in steps of 2,000, as a long run's would be) to a new session; its id. */
export const writeLongSession = (filename: string, directory: string, count: number): Promise<string> =>
  Effect.runPromise(Effect.gen(function*() {
    const store = yield* EventStore.EventStore
    const id = Ids.newSessionId()
    let at = (yield* store.append(id, [Events.make("session.created", {
      title: "long",
      agent: "build",
      model: { providerID: "bench", id: "bench-0-10" },
      location: { directory }
    })], { expectedSequence: 0 })).lastSequence
    while (at < count) {
      const assistantMessageID = Ids.newMessageId()
      const textID = Ids.newPartId()
      const step: Array<SessionEvent> = [
        Events.make("session.next.step.started", { assistantMessageID, agent: "build", model: { providerID: "bench", id: "bench-0-10" } }),
        Events.make("session.next.text.started", { assistantMessageID, textID }),
        ...Array.from({ length: Math.min(2000, count - at - 2) }, () => Events.make("session.next.text.delta", { assistantMessageID, textID, delta: CHUNK }))
      ]
      at = (yield* store.append(id, step, { expectedSequence: at })).lastSequence
    }
    return id
  }).pipe(Effect.provide(Storage.sqlite({ filename }))))
