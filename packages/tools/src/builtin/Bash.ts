/**
 * `bash`: runs a command in the session directory. The command gets its own
 * process group, so a timeout or an interrupt kills everything it started
 * (SIGTERM to the group, SIGKILL after a short grace), not just the shell.
 * Output (stdout and stderr interleaved) is kept up to a cap in memory —
 * head and tail, the registry bounds what the model sees — and its tail is
 * reported as progress while the command runs.
 */
import { Effect, Schema } from "effect"
import type { PermissionRule } from "@ratchet/schema"
import * as BashCommands from "../BashCommands.js"
import { withoutSecrets } from "../ChildEnv.js"
import * as Sandbox from "../Sandbox.js"
import * as ToolRegistry from "../ToolRegistry.js"
import { confine } from "./common.js"
import * as SpawnHelper from "../internal/spawnHelper.js"

const DEFAULT_TIMEOUT_MS = 2 * 60 * 1000
const MAX_TIMEOUT_MS = 10 * 60 * 1000
/** Kept in memory per call: the first and the last half of this. */
const KEEP_BYTES = 1024 * 1024
const PROGRESS_MS = 500

const Input = Schema.Struct({
  command: Schema.String.pipe(Schema.minLength(1)).annotations({ description: "The command to run (bash)" }),
  description: Schema.optional(Schema.String).annotations({ description: "What the command does, in 5-10 words" }),
  timeout: Schema.optional(Schema.Int.pipe(Schema.between(1, MAX_TIMEOUT_MS))).annotations({ description: `Milliseconds before it is killed (default ${DEFAULT_TIMEOUT_MS}, at most ${MAX_TIMEOUT_MS})` }),
  workdir: Schema.optional(Schema.String).annotations({ description: "A directory to run in, relative to the session directory" })
})

const analysis = (command: string) =>
  Effect.map(
    Effect.tryPromise({
      try: BashCommands.parser,
      catch: (e) => new ToolRegistry.ToolFailure({ type: "internal", message: `the bash parser did not load: ${(e as Error).message}` })
    }),
    (bash) => BashCommands.analyse(bash, command)
  )

/**
 * What a command needs: `bash` for each simple command it would run (a line
 * that did not parse is one value no saved prefix matches), `edit` for the
 * files its redirections write, `read` for those they read.
 */
export const needsOf = (
  command: string,
  description: string | undefined,
  a: BashCommands.Analysis
): ReadonlyArray<ToolRegistry.PermissionNeed> => {
  const whole = !a.complete || a.commands.length === 0
  const metadata = { command, ...(description === undefined ? {} : { description }) }
  return [
    {
      permission: "bash",
      patterns: whole ? [BashCommands.unparsed(command)] : a.commands,
      always: whole ? [BashCommands.unparsed(command)] : [...new Set(a.commands.flatMap(BashCommands.savedPatterns))],
      metadata
    },
    ...(a.writes.length === 0 ? [] : [{ permission: "edit", patterns: a.writes, metadata: { tool: "bash", command } }]),
    ...(a.reads.length === 0 ? [] : [{ permission: "read", patterns: a.reads, metadata: { tool: "bash", command } }])
  ]
}

/** Keeps the first and the last `KEEP_BYTES / 2` of a stream, and counts what was dropped between. */
class Kept {
  head = ""
  tail = ""
  dropped = 0
  /** Characters seen so far: progress is reported only when it moved. */
  seen = 0
  add(chunk: string) {
    this.seen += chunk.length
    const half = KEEP_BYTES / 2
    if (this.head.length < half) {
      const room = half - this.head.length
      this.head += chunk.slice(0, room)
      chunk = chunk.slice(room)
    }
    this.tail += chunk
    if (this.tail.length > half) {
      this.dropped += this.tail.length - half
      this.tail = this.tail.slice(this.tail.length - half)
    }
  }
  text() {
    return this.dropped === 0 ? this.head + this.tail : `${this.head}\n[… ${this.dropped} characters dropped …]\n${this.tail}`
  }
}

/** Network inside the sandbox only where a rule names `bash_network` itself and allows it (a catch-all `*` allow does not count). */
const networkAllowed = (rules: ReadonlyArray<PermissionRule>): boolean =>
  rules.filter((r) => r.permission === "bash_network").at(-1)?.action === "allow"

export interface Finished {
  readonly output: string
  readonly exitCode: number | null
  readonly signal: string | null
  readonly timedOut: boolean
}

/**
 * Runs `command` under bash in its own process group; interrupting the effect kills the group.
 * Started by the helper process (spawnHelper.ts): a fork of the server would stall its event loop.
 */
export const runCommand = (
  command: string,
  cwd: string,
  timeoutMs: number,
  onProgress: (tail: string) => void,
  /** bwrap's arguments when the command is sandboxed (`Sandbox.bwrapArgs`). */
  sandbox?: ReadonlyArray<string>
): Effect.Effect<Finished, ToolRegistry.ToolFailure> =>
  Effect.async<Finished, ToolRegistry.ToolFailure>((resume) => {
    const kept = new Kept()
    let timedOut = false
    const [file, args] = sandbox === undefined ? ["bash", ["-c", command]] : ["bwrap", [...sandbox, "--", "bash", "-c", command]]
    let reported = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const progress = setInterval(() => {
      if (kept.seen === reported) return
      reported = kept.seen
      onProgress(kept.tail.slice(-2000) || kept.head.slice(-2000))
    }, PROGRESS_MS)
    const done = () => {
      clearInterval(progress)
      clearTimeout(timer)
    }
    const child = SpawnHelper.shared().group({
      file,
      args,
      cwd,
      env: { ...withoutSecrets(), TERM: "dumb", PAGER: "cat", GIT_PAGER: "cat" }
    }, {
      data: (text) => kept.add(text),
      error: (message) => {
        done()
        resume(Effect.fail(new ToolRegistry.ToolFailure({ type: "spawn", message: `could not run bash: ${message}` })))
      },
      // the shell may exit while children it left hold the pipes open: close settles once they are gone
      close: (exitCode, signal) => {
        done()
        resume(Effect.succeed({ output: kept.text(), exitCode, signal, timedOut }))
      }
    })
    timer = setTimeout(() => {
      timedOut = true
      child.killGroup()
    }, timeoutMs)
    return Effect.sync(() => {
      done()
      child.killGroup()
    })
  })

export const tool = ToolRegistry.make({
  name: "bash",
  description:
    "Runs a bash command in the session directory and returns its output (stdout and stderr) and exit code. " +
    "Long-running commands are killed after the timeout, with everything they started.",
  input: Input,
  idempotent: false,
  exclusive: true,
  // the call's own timeout is the command's; the registry's only guards against a stuck kill
  timeout: `${MAX_TIMEOUT_MS + 60_000} millis`,
  needs: (input) => Effect.map(analysis(input.command), (a) => needsOf(input.command, input.description, a)),
  run: (input, context) =>
    Effect.gen(function*() {
      const cwd = input.workdir === undefined ? context.directory : (yield* confine(context.directory, input.workdir)).absolute
      const timeoutMs = input.timeout ?? DEFAULT_TIMEOUT_MS
      const mode = context.sandbox ?? (yield* Sandbox.SandboxConfig).default
      const why = mode === "off" ? undefined : Sandbox.unavailable()
      // asked for a sandbox that cannot be made here: refused, never run unconfined
      if (why !== undefined) return yield* Effect.fail(new ToolRegistry.ToolFailure({ type: "sandbox_unavailable", message: why }))
      const sandbox = mode === "off" ? undefined : Sandbox.bwrapArgs({ mode, root: context.directory, cwd, network: networkAllowed(context.rules) })
      // the node callback keeps the newest tail; an effect beside the command records it as an event
      let latest: string | undefined
      const finished = yield* runCommand(input.command, cwd, timeoutMs, (tail) => {
        latest = tail
      }, sandbox).pipe(
        Effect.raceFirst(Effect.forever(Effect.zipRight(
          Effect.sleep(`${PROGRESS_MS} millis`),
          Effect.suspend(() => {
            const tail = latest
            latest = undefined
            return tail === undefined ? Effect.void : context.progress({ structured: { output: tail } })
          })
        )))
      )
      const status = finished.timedOut
        ? `killed after the ${timeoutMs} ms timeout`
        : finished.exitCode === null
        ? `killed by ${finished.signal ?? "a signal"}`
        : `exit code ${finished.exitCode}`
      const output = `${finished.output}${finished.output.endsWith("\n") || finished.output === "" ? "" : "\n"}(${status})`
      return {
        output,
        structured: {
          exitCode: finished.exitCode,
          timedOut: finished.timedOut,
          ...(mode === "off" ? {} : { sandbox: mode }),
          ...(input.description === undefined ? {} : { description: input.description })
        }
      }
    })
})
