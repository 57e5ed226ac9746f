/**
 * Runs commands (git for snapshots, the bash tool's) from a small helper
 * process instead of forking the server.
 *
 * `child_process` forks the calling process, and a fork copies its page
 * tables while the event loop waits: from a server of 250 MB that is 13 ms
 * per command, 22 ms at 470 MB (measured on this machine, docs/performance.md),
 * and a burst of prompts snapshots in the middle of streaming answers. The
 * helper is a bare `node` of ~40 MB started once; it forks instead, and the
 * server only writes a line to a pipe.
 *
 * Protocol: one JSON object per line each way. A request `{ id, file, args,
 * cwd, env, maxBuffer }` is answered `{ id, ok, stdout, stderr, message }`;
 * `{ kill: id }` stops it. A process group (`group: true`: the bash tool's
 * commands, ripgrep's) streams `{ id, data, err }` (`err`: from stderr) and ends with `{ id, closed, exitCode,
 * signal }` once its pipes close; `{ killGroup: id }` sends the group
 * SIGTERM, and SIGKILL after a grace. The helper exits when its stdin
 * closes, so it never outlives the server, even one killed with SIGKILL
 * (the groups it started are left as a dead server leaves them). If it
 * dies, what it ran fails and the next command starts a new one.
 */
import { Effect } from "effect"
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process"

export interface Command {
  readonly file: string
  readonly args: ReadonlyArray<string>
  readonly cwd?: string
  /** Set over the helper's environment (the server's, as it started). */
  readonly env?: Readonly<Record<string, string>>
  readonly maxBuffer: number
}

/** A command run in its own process group, its output streamed (stdout and stderr interleaved). */
export interface GroupCommand {
  readonly file: string
  readonly args: ReadonlyArray<string>
  readonly cwd: string
  /** The whole environment (not merged with the helper's, which is the server's). */
  readonly env: Readonly<Record<string, string>>
}

export interface GroupHandlers {
  /** Output as it comes; `stderr` says which pipe (a chunk is one pipe's). */
  readonly data: (text: string, stderr: boolean) => void
  /** Its pipes closed: it and whatever it left holding them are done. */
  readonly close: (exitCode: number | null, signal: string | null) => void
  /** It could not be started (or the helper died under it). */
  readonly error: (message: string) => void
}

export interface Group {
  /** SIGTERM to the group, SIGKILL after the grace if anything is left. */
  readonly killGroup: () => void
}

export type Outcome =
  | { readonly _tag: "Exited"; readonly stdout: string }
  | { readonly _tag: "Failed"; readonly stderr: string; readonly message: string }

interface Reply {
  readonly id: number
  readonly ok?: boolean
  readonly stdout?: string
  readonly stderr?: string
  readonly message?: string
  readonly data?: string
  readonly err?: boolean
  readonly closed?: boolean
  readonly exitCode?: number | null
  readonly signal?: string | null
}

const KILL_GRACE_MS = 2000

const HELPER = `
const cp = require("node:child_process")
const running = new Map()
const groups = new Map()
const send = (m) => process.stdout.write(JSON.stringify(m) + "\\n")
const signalGroup = (pid, signal) => { try { process.kill(-pid, signal) } catch {} }
const startGroup = (m) => {
  const child = cp.spawn(m.file, m.args, { cwd: m.cwd, env: m.env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  let settled = false
  const end = (reply) => { if (settled) return; settled = true; groups.delete(m.id); send(reply) }
  groups.set(m.id, child)
  child.stdout.setEncoding("utf8")
  child.stderr.setEncoding("utf8")
  child.stdout.on("data", (text) => send({ id: m.id, data: text }))
  child.stderr.on("data", (text) => send({ id: m.id, data: text, err: true }))
  child.on("error", (e) => end({ id: m.id, ok: false, stderr: "", message: e.message }))
  child.on("close", (exitCode, signal) => end({ id: m.id, closed: true, exitCode, signal }))
}
const handle = (m) => {
  if (m.kill !== undefined) return void running.get(m.kill)?.kill()
  if (m.killGroup !== undefined) {
    const pid = groups.get(m.killGroup)?.pid
    if (pid === undefined) return
    signalGroup(pid, "SIGTERM")
    setTimeout(() => signalGroup(pid, "SIGKILL"), m.graceMs).unref()
    return
  }
  try {
    if (m.group) return startGroup(m)
    const child = cp.execFile(m.file, m.args, { cwd: m.cwd, env: { ...process.env, ...m.env }, maxBuffer: m.maxBuffer }, (error, stdout, stderr) => {
      running.delete(m.id)
      send(error === null ? { id: m.id, ok: true, stdout } : { id: m.id, ok: false, stderr: String(stderr), message: error.message })
    })
    running.set(m.id, child)
  } catch (e) {
    send({ id: m.id, ok: false, stderr: "", message: String(e && e.message || e) })
  }
}
let buffer = ""
process.stdin.setEncoding("utf8")
process.stdin.on("data", (chunk) => {
  buffer += chunk
  let end
  while ((end = buffer.indexOf("\\n")) !== -1) {
    const line = buffer.slice(0, end)
    buffer = buffer.slice(end + 1)
    if (line !== "") handle(JSON.parse(line))
  }
})
process.stdin.on("end", () => {
  for (const child of running.values()) child.kill()
  process.exit(0)
})
`

/** A line from the helper; undefined for anything else (never thrown into the pipe's handler). */
const parseReply = (line: string): Reply | undefined => {
  try {
    const value: unknown = JSON.parse(line)
    return typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "number" ? value as Reply : undefined
  } catch {
    return undefined
  }
}

export interface SpawnHelper {
  /** Runs a command to its end; interrupting it stops the command. */
  readonly run: (command: Command) => Effect.Effect<Outcome>
  /** Starts a command in its own process group (node callbacks: the bash tool drives it from its own `Effect.async`). */
  readonly group: (command: GroupCommand, handlers: GroupHandlers) => Group
  /** The helper's process id while it runs (diagnostics and tests). */
  readonly pid: () => number | undefined
}

/**
 * One helper per process, started with the first layer that needs it. It holds the
 * event loop only while a command runs (its pipes are unreferenced when
 * idle), and it exits when this process does (its stdin closes): it is a
 * process-wide resource, like libuv's thread pool, not a layer's.
 */
export const shared = (): SpawnHelper => (instance ??= make())

let instance: SpawnHelper | undefined

/** What waits on the helper for one command: its replies (true once the last), or word that the helper is gone. */
interface Waiter {
  readonly reply: (reply: Reply) => boolean
  readonly lost: (message: string) => void
}

const make = (): SpawnHelper => {
  let child: ChildProcessWithoutNullStreams | undefined
  let nextId = 0
  const pending = new Map<number, Waiter>()

  /** Keeps the event loop alive while a command runs, and only then. */
  const hold = (c: ChildProcessWithoutNullStreams, held: boolean) => {
    const streams = [c.stdin, c.stdout, c.stderr] as ReadonlyArray<{ ref?: () => void; unref?: () => void }>
    for (const stream of streams) (held ? stream.ref : stream.unref)?.call(stream)
    if (held) c.ref()
    else c.unref()
  }

  const forget = (id: number) => {
    if (!pending.delete(id)) return false
    if (pending.size === 0 && child !== undefined) hold(child, false)
    return true
  }

  const dispatch = (reply: Reply) => {
    const waiter = pending.get(reply.id)
    if (waiter !== undefined && waiter.reply(reply)) forget(reply.id)
  }

  const failAll = (message: string) => {
    for (const [id, waiter] of [...pending]) {
      forget(id)
      waiter.lost(message)
    }
  }

  const start = (): ChildProcessWithoutNullStreams => {
    // NODE_OPTIONS is the server's (a loader, say): the helper is plain CommonJS and needs none of it
    const started = spawn(process.execPath, ["-e", HELPER], {
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, NODE_OPTIONS: "" }
    })
    // a reply's newlines are escaped by JSON: a raw one ends it. Only the new chunk is searched, so a
    // reply of many megabytes (a large diff) is not rescanned from its start on every chunk
    let partial = ""
    started.stdout.setEncoding("utf8")
    started.stdout.on("data", (chunk: string) => {
      let from = 0
      for (let end = chunk.indexOf("\n"); end !== -1; end = chunk.indexOf("\n", from)) {
        const reply = parseReply(partial + chunk.slice(from, end))
        partial = ""
        from = end + 1
        if (reply !== undefined) dispatch(reply)
      }
      partial += chunk.slice(from)
    })
    // its own errors are not ours to print; a helper that cannot start fails its commands below
    started.stderr.resume()
    const gone = (why: string) => {
      if (child === started) child = undefined
      failAll(`the command helper ${why}`)
    }
    started.on("error", (e) => gone(`failed: ${e.message}`))
    started.on("exit", (code, signal) => gone(`exited (${signal ?? code})`))
    // a write after it died is reported by the exit above, not thrown
    started.stdin.on("error", () => undefined)
    return started
  }

  /** Registers `waiter` and sends the request; the id, for what is sent about it later. */
  const send = (request: Record<string, unknown>, waiter: Waiter): number => {
    const helper = child ?? (child = start())
    const id = nextId++
    pending.set(id, waiter)
    if (pending.size === 1) hold(helper, true)
    helper.stdin.write(`${JSON.stringify({ ...request, id })}\n`)
    return id
  }

  const run = (command: Command): Effect.Effect<Outcome> =>
    Effect.async<Outcome>((resume) => {
      const id = send({ ...command }, {
        reply: (reply) => {
          resume(Effect.succeed(reply.ok === true
            ? { _tag: "Exited", stdout: reply.stdout ?? "" }
            : { _tag: "Failed", stderr: reply.stderr ?? "", message: reply.message ?? "failed" }))
          return true
        },
        lost: (message) => resume(Effect.succeed({ _tag: "Failed", stderr: "", message }))
      })
      return Effect.sync(() => {
        if (forget(id)) child?.stdin.write(`${JSON.stringify({ kill: id })}\n`)
      })
    })

  const group = (command: GroupCommand, handlers: GroupHandlers): Group => {
    const id = send({ ...command, group: true }, {
      reply: (reply) => {
        if (reply.data !== undefined) {
          handlers.data(reply.data, reply.err === true)
          return false
        }
        if (reply.closed === true) handlers.close(reply.exitCode ?? null, reply.signal ?? null)
        else handlers.error(reply.message ?? "failed")
        return true
      },
      lost: handlers.error
    })
    return {
      // while it runs; its pipes closed, the group is gone or left behind on purpose (as a dead server leaves it)
      killGroup: () => {
        if (pending.has(id)) child?.stdin.write(`${JSON.stringify({ killGroup: id, graceMs: KILL_GRACE_MS })}\n`)
      }
    }
  }

  // started now, while this process is small (its own fork is the one that costs), idle until used
  child = start()
  hold(child, false)
  return { run, group, pid: () => child?.pid }
}
