/** `question`: asks the user; the call parks on a durable request until it is answered or rejected. */
import { QuestionInfo } from "@ratchet/schema"
import { Effect, Schema } from "effect"
import { Questions } from "../Questions.js"
import * as ToolRegistry from "../ToolRegistry.js"

export const make = Effect.map(Questions, (questions) =>
  ToolRegistry.make({
    name: "question",
    description:
      "Asks the user one or more questions and waits for the answers. Give options where you can; the user may also answer in their own words.",
    input: Schema.Struct({ questions: Schema.Array(QuestionInfo).pipe(Schema.minItems(1)) }),
    idempotent: true,
    // a person answers: no timeout worth having short of the activity's own end
    timeout: "7 days",
    run: (input, context) =>
      questions.ask({
        sessionId: context.sessionId,
        questions: input.questions,
        messageId: context.messageId,
        callId: context.callId,
        ...(context.resumed === undefined ? {} : { resumed: context.resumed }),
        ...(context.abandoned === undefined ? {} : { abandoned: context.abandoned })
      }).pipe(
        Effect.mapError((e) => new ToolRegistry.ToolFailure({ type: "internal", message: e.message })),
        Effect.flatMap((answer) =>
          answer._tag === "Rejected"
            ? Effect.fail(new ToolRegistry.ToolFailure({ type: "question_rejected", message: "the user dismissed the question without answering" }))
            : Effect.succeed({
              output: input.questions
                .map((q, i) => `${q.question}\n→ ${(answer.answers[i] ?? []).join(", ") || "(no answer)"}`)
                .join("\n\n"),
              structured: { answers: answer.answers.map((a) => [...a]) }
            })
        )
      )
  }))
