/**
 * What the fake model does in a chaos run. A prompt names its scenario
 * (`chaos:<kind>:<tag>`), so the answer is a function of the request alone:
 * a provider turn retried after a kill asks the same question and gets the
 * same kind of answer. After tool results the model answers in text.
 *
 * Kinds cover each class of effect the recovery rules tell apart:
 * - `text`: a streamed answer (a cut turn is retried);
 * - `read`: an idempotent tool (re-run after a kill);
 * - `bash`: a non-idempotent command behind a permission (`ask` for the
 *   build agent) that appends a line to `marks/<tag>`: the checker counts
 *   lines, so a command run twice is seen;
 * - `write`: an idempotent edit behind a permission;
 * - `question`: a call parked on a question;
 * - `task`: a child session (its prompt is `chaos-child <tag>`);
 * - `parallel`: one step with several calls settling at once — two reads,
 *   two marking commands (exclusive: each runs alone) and a write — so a
 *   kill lands among calls in different states, each recovered on its own.
 */
import type { RecordedRequest, Script } from "../FakeProvider.js"

export const KINDS = ["text", "read", "bash", "write", "question", "task", "parallel"] as const
export type Kind = (typeof KINDS)[number]

export const promptText = (kind: Kind, tag: string) => `chaos:${kind}:${tag}`
export const markFile = (tag: string) => `marks/${tag}`

const words = (label: string, n: number) => Array.from({ length: n }, (_, i) => `${label}${i} `)

/** Slow enough (8 ms a chunk) for kills to land mid-stream. */
const stream = (label: string, n = 25): Script => ({ delayMs: 8, steps: [{ text: words(label, n) }] })

const call = (name: string, args: unknown): Script => ({ delayMs: 4, steps: [{ text: "calling " }, { toolCall: { name, args } }] })

const lastText = (r: RecordedRequest): { readonly role: string; readonly text: string } => {
  const last = r.body.messages?.at(-1)
  return { role: last?.role ?? "none", text: typeof last?.content === "string" ? last.content : "" }
}

export const answer = (r: RecordedRequest): Script => {
  const last = lastText(r)
  if (last.role !== "user") return stream("done", 8)
  const m = /^chaos:(\w+):(\S+)$/.exec(last.text)
  if (m === null) return stream("child", 12)
  const tag = m[2]!
  switch (m[1] as Kind) {
    case "read":
      return call("read", { filePath: "notes.txt" })
    case "bash":
      // the sleep gives kills a window while the command runs
      return call("bash", { command: `sleep 0.1 && echo ran >> ${markFile(tag)}`, description: "leave a mark" })
    case "write":
      return call("write", { filePath: `out/${tag}.txt`, content: `written for ${tag}\n` })
    case "question":
      return call("question", { questions: [{ question: `pick for ${tag}`, options: [{ label: "a" }, { label: "b" }] }] })
    case "parallel":
      return {
        delayMs: 4,
        steps: [
          { text: "calling several " },
          { toolCall: { name: "read", args: { filePath: "notes.txt" } } },
          { toolCall: { name: "bash", args: { command: `sleep 0.1 && echo ran >> ${markFile(`${tag}-a`)}`, description: "leave a mark" } } },
          { toolCall: { name: "read", args: { filePath: "notes.txt", offset: 1 } } },
          { toolCall: { name: "bash", args: { command: `sleep 0.1 && echo ran >> ${markFile(`${tag}-b`)}`, description: "leave another" } } },
          { toolCall: { name: "write", args: { filePath: `out/${tag}.txt`, content: `written for ${tag}\n` } } }
        ]
      }
    case "task":
      return call("task", { description: "chaos child", prompt: `chaos-child ${tag}`, subagent_type: "general" })
    default:
      return stream("w")
  }
}
