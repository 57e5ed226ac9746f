/**
 * The request a run answers, for tracing: an admission remembers its span
 * (the HTTP request's, with the caller's `traceparent` as its parent), and
 * the activity that takes the input starts its span under it. A run resumed
 * after a restart, or woken without a request, starts its own trace.
 */
import type { SessionId } from "@ratchet/schema"
import { Context, Effect, Option, type Tracer } from "effect"

export class TraceLinks extends Context.Reference<TraceLinks>()("@ratchet/engine/TraceLinks", {
  defaultValue: () => new Map<SessionId, Tracer.AnySpan>()
}) {}

/** The current span (if any) becomes the parent of the session's next activity. */
export const remember = (sessionId: SessionId) =>
  Effect.flatMap(Effect.zip(TraceLinks, Effect.option(Effect.currentSpan)), ([links, span]) =>
    Effect.sync(() => {
      if (Option.isSome(span)) links.set(sessionId, span.value)
    }))

/** The span an activity of this session starts under, once (it is forgotten after). */
export const take = (sessionId: SessionId) =>
  Effect.map(TraceLinks, (links) => {
    const span = links.get(sessionId)
    links.delete(sessionId)
    return span
  })
