/**
 * `ratchet run [message…]`: sends one prompt and follows its run. The
 * session id is printed first; the answer streams to stdout (or every event
 * as a JSON line with `--format json`), tool calls and their outcomes to
 * stderr. Permission and question requests of the run (its task children
 * included) are answered through the Prompter: asked in a terminal, covered
 * by `--approve` or refused outside one. Ctrl-C offers to interrupt.
 * Outcome: completed (exit 0), interrupted (130), anything else (1).
 */
import { Ids } from "@ratchet/schema"
import type { RatchetClient } from "@ratchet/sdk/fetch"
import { Effect } from "effect"
import * as fs from "node:fs"
import type { Settings } from "../Settings.js"
import { connect, type Credentials } from "./connect.js"
import type { Prompter } from "./interactive.js"
import { sigintHandlers } from "./interactive.js"
import { call, CliFailure } from "./shared.js"

export interface RunOptions {
  readonly message: string
  readonly format: "default" | "json"
  readonly continue: boolean
  readonly session?: string
  readonly model?: string
  readonly agent?: string
  readonly server?: string
  readonly credentials: Credentials
}

export type Outcome = "completed" | "interrupted" | "failed"

/**
 * Piped stdin (a pipe, socket or file, not a terminal) is part of the
 * message; it is read to its end, so a caller that pipes must close it.
 */
export const messageWithStdin = (message: string): string => {
  if (process.stdin.isTTY === true) return message
  let stat: fs.Stats
  try {
    stat = fs.fstatSync(0)
  } catch {
    return message // no stdin at all
  }
  // a pipe, a socket (a parent process's pipe) or a redirected file
  if (!(stat.isFIFO() || stat.isSocket() || stat.isFile())) return message
  const piped = fs.readFileSync(0, "utf8").trim()
  return piped === "" ? message : message === "" ? piped : `${message}\n\n${piped}`
}

const sessionFor = (client: RatchetClient, options: RunOptions) =>
  Effect.gen(function*() {
    if (options.session !== undefined) {
      return (yield* call(`session ${options.session}`, () =>
        client.api.GET("/api/session/{sessionID}", { params: { path: { sessionID: options.session! } } }))).data.id
    }
    if (options.continue) {
      const list = yield* call("list sessions", () => client.api.GET("/api/session", { params: { query: { limit: "1", order: "desc" } } }))
      const last = list.data[0]
      if (last !== undefined) return last.id
    }
    const slash = options.model?.indexOf("/") ?? -1
    const created = yield* call("create session", () =>
      client.api.POST("/api/session", {
        body: {
          title: options.message.slice(0, 80),
          ...(options.agent === undefined ? {} : { agent: options.agent }),
          ...(options.model === undefined ? {} : { model: { providerID: options.model.slice(0, slash), id: options.model.slice(slash + 1) } })
        }
      }))
    return created.data.id
  })

const summary = (tool: string, input: Record<string, unknown> | undefined): string => {
  const v = input?.command ?? input?.filePath ?? input?.pattern ?? input?.url ?? input?.description
  const text = typeof v === "string" ? v : JSON.stringify(input ?? {})
  return `${tool} ${text.length > 100 ? `${text.slice(0, 100)}…` : text}`
}

interface Listed {
  readonly id: string
  readonly sessionID: string
  readonly action?: string
  readonly resources?: ReadonlyArray<string>
  readonly questions?: ReadonlyArray<{ readonly question: string; readonly options?: ReadonlyArray<{ readonly label: string }> }>
}

/** Follows the run until its activity ends, answering its requests; resolves with the outcome. */
const follow = async (client: RatchetClient, sessionID: string, after: string, options: RunOptions, prompter: Prompter): Promise<Outcome> => {
  const abort = new AbortController()
  const handled = new Set<string>()
  const parents = new Map<string, string | undefined>([[sessionID, undefined]])
  let stuck: string | undefined
  let interrupted = false
  let outcome: Outcome = "failed"

  /** Whether `id` is the run's session or a descendant (task children ask too). */
  const ours = async (id: string, depth = 0): Promise<boolean> => {
    if (id === sessionID) return true
    if (depth > 8) return false
    if (!parents.has(id)) {
      const got = await client.api.GET("/api/session/{sessionID}", { params: { path: { sessionID: id } } })
      parents.set(id, (got.data?.data as { parentID?: string } | undefined)?.parentID)
    }
    const parent = parents.get(id)
    return parent !== undefined && ours(parent, depth + 1)
  }
  let checking: Promise<void> | undefined
  const answerRequests = async () => {
    const [permissions, questions] = await Promise.all([
      client.api.GET("/api/permission/request", {}).then((r) => (r.data?.data ?? []) as ReadonlyArray<Listed>),
      client.api.GET("/api/question/request", {}).then((r) => (r.data?.data ?? []) as ReadonlyArray<Listed>)
    ])
    for (const p of permissions) {
      if (handled.has(p.id) || !(await ours(p.sessionID))) continue
      handled.add(p.id)
      const answer = await prompter.permission({ action: p.action ?? "?", resources: p.resources ?? [] })
      if (typeof answer === "object") {
        stuck = answer.unanswerable
        abort.abort()
        return
      }
      await client.api.POST("/api/session/{sessionID}/permission/{requestID}/reply", {
        params: { path: { sessionID: p.sessionID, requestID: p.id } },
        body: { reply: answer }
      })
    }
    for (const q of questions) {
      if (handled.has(q.id) || !(await ours(q.sessionID))) continue
      handled.add(q.id)
      const answer = await prompter.question({ questions: q.questions ?? [] })
      if (typeof answer === "object" && "unanswerable" in answer) {
        stuck = answer.unanswerable
        abort.abort()
        return
      }
      const path = { sessionID: q.sessionID, requestID: q.id }
      await (answer === "dismiss"
        ? client.api.POST("/api/session/{sessionID}/question/{requestID}/reject", { params: { path } })
        : client.api.POST("/api/session/{sessionID}/question/{requestID}/reply", { params: { path }, body: { answers: answer.map((a) => [...a]) } }))
    }
  }
  // one check at a time; asked again on every request event and every second (children's requests too)
  const check = () => (checking ??= answerRequests().catch(() => undefined).finally(() => (checking = undefined)))
  const timer = setInterval(check, 1000)
  const onInterrupt = () => {
    interrupted = true
    void client.api.POST("/api/session/{sessionID}/interrupt", { params: { path: { sessionID } } })
  }
  sigintHandlers.add(onInterrupt)
  try {
    for await (const frame of client.events(sessionID, { after, signal: abort.signal })) {
      const data = frame.event.data as Record<string, unknown>
      if (options.format === "json") process.stdout.write(`${JSON.stringify(frame.event)}\n`)
      else if (frame.type === "session.next.text.delta") process.stdout.write(String(data.delta))
      else if (frame.type === "session.next.tool.called") process.stderr.write(`\n⚙ ${summary(String(data.tool), data.input as Record<string, unknown>)}\n`)
      else if (frame.type === "session.next.tool.progress") {
        // a running tool's latest output line (bash streams its output this way)
        const output = (data.structured as { output?: unknown } | undefined)?.output
        const text = typeof output === "string"
          ? output
          : [...((data.content as ReadonlyArray<{ type: string; text?: string }> | undefined) ?? [])].reverse().find((c) => c.type === "text")?.text
        const line = text?.trimEnd().split("\n").at(-1)
        if (line !== undefined && line !== "") process.stderr.write(`  │ ${line.length > 120 ? `${line.slice(0, 120)}…` : line}\n`)
      } else if (frame.type === "session.next.tool.success") process.stderr.write(`  ✓ done\n`)
      else if (frame.type === "session.next.tool.failed") {
        const error = data.error as { type?: string; message?: string }
        process.stderr.write(`  ✗ ${error.type ?? "failed"}: ${error.message ?? ""}\n`)
      }
      if (frame.type === "session.next.permission.asked" || frame.type === "session.next.question.asked" || frame.type === "session.next.tool.called") void check()
      if (frame.type === "session.next.activity.ended") {
        outcome = data.outcome === "completed" || data.outcome === "step_limit" ? "completed" : data.outcome === "interrupted" && interrupted ? "interrupted" : "failed"
        if (outcome === "failed") process.stderr.write(`\nthe run ended ${String(data.outcome)}${data.error === undefined ? "" : `: ${(data.error as { message?: string }).message ?? ""}`}\n`)
        // the prompt's own activity is the first to end after it was admitted
        break
      }
    }
  } finally {
    clearInterval(timer)
    sigintHandlers.delete(onInterrupt)
  }
  if (stuck !== undefined) throw new CliFailure({ message: stuck })
  return outcome
}

export const run = (settings: Settings, options: RunOptions, prompter: Prompter) =>
  Effect.scoped(Effect.gen(function*() {
    const { client } = yield* connect(settings, options.server, options.credentials)
    const sessionID = yield* sessionFor(client, options)
    // first, so a user can attach another client (or answer a request) at once
    process.stderr.write(`session ${sessionID}\n`)
    const admitted = yield* call("prompt", () =>
      client.api.POST("/api/session/{sessionID}/prompt", {
        params: { path: { sessionID } },
        body: { id: Ids.newMessageId(), prompt: { text: options.message } }
      }))
    const outcome = yield* Effect.tryPromise({
      try: () => follow(client, sessionID, String(admitted.data.admittedSeq), options, prompter),
      catch: (e) => (e instanceof CliFailure ? e : new CliFailure({ message: `following the run: ${e instanceof Error ? e.message : String(e)}` }))
    }).pipe(
      // SIGINT outside a terminal (the runtime interrupts the command): the run is interrupted too, before exit
      Effect.onInterrupt(() =>
        Effect.promise(() => client.api.POST("/api/session/{sessionID}/interrupt", { params: { path: { sessionID } } })).pipe(
          Effect.timeout("3 seconds"),
          Effect.ignore,
          Effect.zipRight(Effect.sync(() => {
            process.stderr.write(`\ninterrupted the run of session ${sessionID}\n`)
            process.exitCode = 130
          }))
        )),
      Effect.ensuring(Effect.sync(() => prompter.close()))
    )
    if (options.format === "default") process.stdout.write("\n")
    return outcome
  }))
