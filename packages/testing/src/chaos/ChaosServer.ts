/**
 * The server under test: the built `ratchet` bundle as a child process on a
 * fixed port and database, started, probed until it answers, and killed
 * with SIGKILL (no drain, no cleanup: what a power cut or an OOM kill does).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import * as net from "node:net"
import { fileURLToPath } from "node:url"

const BUILD = fileURLToPath(new URL("../../../server/scripts/build.mjs", import.meta.url))
const MAIN = fileURLToPath(new URL("../../../server/dist/ratchet.mjs", import.meta.url))

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (probe.address() as net.AddressInfo).port
      probe.close(() => resolve(port))
    })
  })

/** Builds the bundle once per process (the build is incremental but not free). */
let built = false
export const build = () => {
  if (built) return
  execFileSync(process.execPath, [BUILD], { stdio: "ignore" })
  built = true
}

export interface ServerProcess {
  readonly base: string
  /** Starts it (if it is not running) and waits until it answers. */
  readonly up: () => Promise<void>
  /** SIGKILL, and waits for the exit. */
  readonly kill: () => Promise<void>
  readonly alive: () => boolean
  /** How many times it was started. */
  readonly starts: () => number
  /** SIGSTOP / SIGCONT: a process that stops answering without dying (a long GC, a frozen VM). */
  readonly pause: () => void
  readonly unpause: () => void
}

export const make = async (options: {
  readonly cwd: string
  readonly db: string
  readonly config: string
  /** Inherit the child's stderr (CHAOS_TRACE). */
  readonly trace: boolean
}): Promise<ServerProcess> => {
  build()
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  let child: ChildProcess | undefined
  let starts = 0
  // a process killed by a signal has a signalCode and no exitCode
  const alive = () => child !== undefined && child.exitCode === null && child.signalCode === null
  const up = async () => {
    if (alive()) return
    starts++
    child = spawn(process.execPath, [MAIN, "serve", "--port", String(port), "--db", options.db, "--config", options.config], {
      cwd: options.cwd,
      // hermetic: no global config of the machine merged in
      env: { ...process.env, XDG_CONFIG_HOME: options.cwd, OPENCODE_CONFIG: undefined, OPENCODE_CONFIG_CONTENT: undefined },
      stdio: options.trace ? ["ignore", "ignore", "inherit"] : "ignore"
    })
    for (let i = 0; i < 400; i++) {
      if (!alive()) throw new Error(`the server exited at start (code ${child.exitCode}, signal ${child.signalCode})`)
      const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false)
      if (ok) return
      await sleep(50)
    }
    throw new Error("the server did not come up in 20 s")
  }
  const kill = async () => {
    const c = child
    if (c === undefined || !alive()) return
    const exited = new Promise((resolve) => c.once("exit", resolve))
    c.kill("SIGKILL")
    await exited
  }
  return {
    base,
    up,
    kill,
    alive,
    starts: () => starts,
    pause: () => void child?.kill("SIGSTOP"),
    unpause: () => void child?.kill("SIGCONT")
  }
}
