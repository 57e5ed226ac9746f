/** Tools for tests and benchmarks, through the real ToolRegistry port. */
import { ToolRegistry } from "@ratchet/tools"
import { Duration, Effect, Schema } from "effect"

export const echo = ToolRegistry.make({
  name: "echo",
  description: "Returns its text.",
  input: Schema.Struct({ text: Schema.String }),
  idempotent: true,
  run: ({ text }) => Effect.succeed({ output: text })
})

/** Calls of `sleep` and `solo` running right now, and what each `solo` saw beside it (tests of exclusive tools). */
let active = 0
export const soloSaw: Array<number> = []

/** Sleeps `ms` (interruptible): a stand-in for a long tool. */
export const sleep = ToolRegistry.make({
  name: "sleep",
  description: "Waits for the given milliseconds.",
  input: Schema.Struct({ ms: Schema.Number }),
  idempotent: true,
  timeout: "30 seconds",
  run: ({ ms }) =>
    Effect.acquireUseRelease(
      Effect.sync(() => ++active),
      () => Effect.as(Effect.sleep(Duration.millis(ms)), { output: `slept ${ms} ms` }),
      () => Effect.sync(() => void active--)
    )
})

/** How many times `mark` ran, by its text: recovery tests check a non-idempotent call never runs twice. */
export const marks = new Map<string, number>()

/** A side effect that must not repeat (not idempotent): counts its runs in `marks`. */
export const mark = ToolRegistry.make({
  name: "mark",
  description: "Records a mark.",
  input: Schema.Struct({ text: Schema.String }),
  idempotent: false,
  run: ({ text }) =>
    Effect.sync(() => {
      marks.set(text, (marks.get(text) ?? 0) + 1)
      return { output: `marked ${text}` }
    })
})


/** An exclusive tool: it must run alone among a step's parallel calls; it records how many ran beside it. */
export const solo = ToolRegistry.make({
  name: "solo",
  description: "Runs alone for a moment.",
  input: Schema.Struct({ ms: Schema.Number }),
  idempotent: true,
  exclusive: true,
  run: ({ ms }) =>
    Effect.acquireUseRelease(
      Effect.sync(() => ++active),
      () => Effect.zipRight(Effect.sleep(Duration.millis(ms)), Effect.sync(() => (soloSaw.push(active - 1), { output: "alone" }))),
      () => Effect.sync(() => void active--)
    )
})

export const all = [echo, sleep, mark, solo]
