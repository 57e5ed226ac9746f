/** `todowrite` / `todoread`: the session's todo list, kept as a projection of `todo.updated` events. */
import { Todo } from "@ratchet/schema"
import { Events } from "@ratchet/schema"
import { Effect, Schema } from "effect"
import * as ToolRegistry from "../ToolRegistry.js"
import { SessionQueries, SessionWriter } from "@ratchet/store"

const render = (todos: ReadonlyArray<Todo>) =>
  todos.length === 0
    ? "The todo list is empty."
    : todos.map((t) => `- [${t.status === "completed" ? "x" : t.status === "in_progress" ? "~" : t.status === "cancelled" ? "-" : " "}] ${t.content} (${t.priority})`).join("\n")

export const tools = Effect.gen(function*() {
  const writer = yield* SessionWriter.SessionWriter
  const queries = yield* SessionQueries.SessionQueries
  const write = ToolRegistry.make({
    name: "todowrite",
    description: "Replaces the session's todo list (content, status pending|in_progress|completed|cancelled, priority high|medium|low).",
    input: Schema.Struct({ todos: Schema.Array(Todo) }),
    idempotent: true,
    timeout: "10 seconds",
    run: ({ todos }, context) =>
      writer.append(context.sessionId, [Events.make("session.next.todo.updated", { todos })]).pipe(
        Effect.mapError((e) => new ToolRegistry.ToolFailure({ type: "internal", message: e.message })),
        Effect.as({ output: render(todos), structured: { count: todos.length } })
      )
  })
  const read = ToolRegistry.make({
    name: "todoread",
    description: "Reads the session's todo list.",
    input: Schema.Struct({}),
    idempotent: true,
    timeout: "10 seconds",
    run: (_, context) => Effect.map(queries.todos(context.sessionId), (todos) => ({ output: render(todos), structured: { count: todos.length } }))
  })
  return [write, read]
})
