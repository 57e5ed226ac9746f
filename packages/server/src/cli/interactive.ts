/**
 * Answering a run's requests from the terminal. In a TTY the user is asked
 * (permission: once / always / reject; a question: an option's number or
 * their own words; Ctrl-C: interrupt or go on). Outside one nobody can be
 * asked: a permission that `--approve` covers is allowed once, anything
 * else stops the command with a message saying how to go on.
 */
import type { PermissionRule } from "@ratchet/schema"
import { PermissionRules } from "@ratchet/tools"
import * as readline from "node:readline"

export interface PermissionAsk {
  readonly action: string
  readonly resources: ReadonlyArray<string>
}

export interface QuestionAsk {
  readonly questions: ReadonlyArray<{ readonly question: string; readonly options?: ReadonlyArray<{ readonly label: string }> | undefined }>
}

export type PermissionAnswer = "once" | "always" | "reject" | { readonly unanswerable: string }
export type QuestionAnswer = ReadonlyArray<ReadonlyArray<string>> | "dismiss" | { readonly unanswerable: string }

export interface Prompter {
  readonly interactive: boolean
  readonly permission: (ask: PermissionAsk) => Promise<PermissionAnswer>
  readonly question: (ask: QuestionAsk) => Promise<QuestionAnswer>
  /** Ctrl-C: true to interrupt the run. */
  readonly interrupt: () => Promise<boolean>
  readonly close: () => void
}

/** `--approve bash:git *` (or just `bash`): permission, then an optional pattern. */
export const approvals = (specs: ReadonlyArray<string>): Array<PermissionRule> =>
  specs.map((spec) => {
    const colon = spec.indexOf(":")
    return colon < 0
      ? { permission: spec, pattern: "*", action: "allow" as const }
      : { permission: spec.slice(0, colon), pattern: spec.slice(colon + 1), action: "allow" as const }
  })

const quote = (s: string) => (s.includes(" ") ? `'${s}'` : s)

export const nonInteractive = (approved: ReadonlyArray<PermissionRule>): Prompter => ({
  interactive: false,
  permission: (ask) =>
    Promise.resolve(
      PermissionRules.evaluateAll(approved, ask.action, ask.resources) === "allow"
        ? "once"
        : {
          unanswerable: `the run is waiting for permission to ${ask.action} ${ask.resources.join(", ")}; nobody can be asked here (no terminal). ` +
            `Answer it from another client, or rerun with --approve ${quote(`${ask.action}:${ask.resources[0] ?? "*"}`)}`
        }
    ),
  question: (ask) =>
    Promise.resolve({ unanswerable: `the run asks: ${ask.questions.map((q) => q.question).join(" / ")}; nobody can answer here (no terminal). Answer it from another client` }),
  interrupt: () => Promise.resolve(true),
  close: () => undefined
})

export const terminal = (input: NodeJS.ReadStream, output: NodeJS.WriteStream): Prompter => {
  const rl = readline.createInterface({ input, output, terminal: true })
  let onSigint: (() => void) | undefined
  // Ctrl-C reaches readline, not the process, while it owns the terminal
  rl.on("SIGINT", () => onSigint?.())
  const ask = (text: string) => new Promise<string>((resolve) => rl.question(text, (answer) => resolve(answer.trim())))
  const prompter: Prompter = {
    interactive: true,
    permission: async (p) => {
      output.write(`\n? permission: ${p.action} ${p.resources.join(", ")}\n`)
      for (;;) {
        const a = (await ask("  allow [o]nce, [a]lways, or [r]eject? ")).toLowerCase()
        if (a === "o" || a === "once" || a === "") return "once"
        if (a === "a" || a === "always") return "always"
        if (a === "r" || a === "reject") return "reject"
      }
    },
    question: async (q) => {
      const answers: Array<Array<string>> = []
      for (const item of q.questions) {
        output.write(`\n? ${item.question}\n`)
        const options = item.options ?? []
        options.forEach((o, i) => output.write(`  ${i + 1}. ${o.label}\n`))
        const a = await ask(options.length > 0 ? "  a number, your own answer, or empty to dismiss: " : "  your answer (empty to dismiss): ")
        if (a === "") return "dismiss"
        const n = Number(a)
        answers.push([Number.isInteger(n) && n >= 1 && n <= options.length ? options[n - 1]!.label : a])
      }
      return answers
    },
    interrupt: async () => (await ask("\ninterrupt the run? [y/N] ")).toLowerCase().startsWith("y"),
    close: () => rl.close()
  }
  onSigint = () => void prompterSigint()
  const prompterSigint = async () => {
    if (await prompter.interrupt()) sigintHandlers.forEach((h) => h())
  }
  return prompter
}

/** What to do when the user confirms an interrupt (set by the run). */
export const sigintHandlers = new Set<() => void>()
