import { assert, describe, it } from "@effect/vitest"
import { MessageProjection, Projection, SessionProjection } from "@ratchet/store"
import { Events, Ids, InvalidInput, type SessionEvent, type StoredEvent } from "@ratchet/schema"
import { Either } from "effect"

const stored = (events: ReadonlyArray<SessionEvent>, sessionID = Ids.newSessionId()): Array<StoredEvent> =>
  events.map((e, i) =>
    ({ ...e, id: Ids.newEventId(), sessionID, seq: i + 1, position: i + 1, version: 1, created: 1000 + i }) as StoredEvent
  )

describe("projections as statement plans", () => {
  const m = Ids.newMessageId()

  it("streamed deltas produce no statements at all", () => {
    const events = stored([
      Events.make("session.next.text.delta", { assistantMessageID: m, textID: "t", delta: "a" }),
      Events.make("session.next.reasoning.delta", { assistantMessageID: m, reasoningID: "r", delta: "b" })
    ])
    const plan = Projection.planAll([SessionProjection.projection, MessageProjection.projection], events)
    assert.deepStrictEqual(plan, Either.right([]))
  })

  it("a batch touches each session's time_updated once, after its own statements", () => {
    const events = stored([
      Events.make("session.next.step.started", { assistantMessageID: m, agent: "build", model: { providerID: "p", id: "m" } }),
      Events.make("session.next.text.started", { assistantMessageID: m, textID: "t" }),
      Events.make("session.next.text.ended", { assistantMessageID: m, textID: "t", text: "hello" })
    ])
    const plan = Projection.planAll([SessionProjection.projection, MessageProjection.projection], events)
    assert.isTrue(Either.isRight(plan))
    const sqls = Either.getOrThrow(plan).map((s) => s.sql.trim().split(/\s+/).slice(0, 3).join(" "))
    assert.deepStrictEqual(sqls, [
      "UPDATE session SET",
      "INSERT INTO message",
      "INSERT INTO part",
      "UPDATE part SET"
    ])
    // the part update must change a row, or the append is refused
    assert.isDefined(Either.getOrThrow(plan)[3]!.mustChange)
  })

  it("a handler's refusal stops the plan", () => {
    const refusing = Projection.fromHandlers("refusing", [], {
      "session.next.synthetic": (e) =>
        e.data.text === "no" ? new InvalidInput({ reason: "refused" }) : Projection.statement("SELECT 1", [])
    })
    const ok = refusing.plan(stored([Events.make("session.next.synthetic", { messageID: m, text: "yes" })]))
    assert.strictEqual(Either.getOrThrow(ok).length, 1)
    const refused = refusing.plan(stored([
      Events.make("session.next.synthetic", { messageID: m, text: "yes" }),
      Events.make("session.next.synthetic", { messageID: m, text: "no" })
    ]))
    assert.isTrue(Either.isLeft(refused) && refused.left._tag === "InvalidInput")
  })
})
