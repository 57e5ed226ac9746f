/**
 * The opt-in sandbox for `bash`, on Linux through bubblewrap (`bwrap`):
 * the whole file system mounted read-only, the session directory writable
 * (`workspace-write`) or not (`read-only`), a private /tmp, fresh /dev and
 * /proc, its own PID, IPC and UTS namespaces, no network unless the rules
 * allow `bash_network`, killed with its parent. The permission model still
 * applies on top. What it does not stop is in docs/security.md.
 *
 * Whether bwrap can run here is probed once (`bwrap … true`): a machine
 * without it, or without unprivileged user namespaces, cannot sandbox, and
 * a call asked to be sandboxed there fails — it never runs unconfined.
 */
import type { SandboxMode } from "@ratchet/schema"
import { Context } from "effect"
import { spawnSync } from "node:child_process"

export interface SandboxConfigShape {
  /** For sessions and agents that do not say. */
  readonly default: SandboxMode
}

export class SandboxConfig extends Context.Reference<SandboxConfig>()("@ratchet/tools/SandboxConfig", {
  defaultValue: (): SandboxConfigShape => ({ default: "off" })
}) {}

let probed: string | undefined | null = null

/** Why bubblewrap cannot sandbox here, or undefined when it can (probed once per process). */
export const unavailable = (): string | undefined => {
  if (probed !== null) return probed
  if (process.platform !== "linux") {
    probed = `the bash sandbox needs Linux (bubblewrap); this is ${process.platform}`
    return probed
  }
  const run = spawnSync("bwrap", ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--unshare-all", "--die-with-parent", "true"], { stdio: ["ignore", "ignore", "pipe"], timeout: 10_000 })
  if (run.error !== undefined) {
    probed = (run.error as NodeJS.ErrnoException).code === "ENOENT"
      ? "bubblewrap (bwrap) is not installed: install the `bubblewrap` package, or set the sandbox to \"off\""
      : `bubblewrap did not start: ${run.error.message}`
  } else if (run.status !== 0) {
    probed = `bubblewrap cannot create a sandbox here (${run.stderr.toString("utf8").trim() || `exit ${run.status}`}); unprivileged user namespaces may be disabled`
  } else {
    probed = undefined
  }
  return probed
}

/**
 * The bwrap arguments that wrap a command: later mounts cover earlier ones,
 * so the session directory is bound after the private /tmp (it may be
 * inside /tmp) and stays visible.
 */
export const bwrapArgs = (options: {
  readonly mode: Exclude<SandboxMode, "off">
  readonly root: string
  readonly cwd: string
  readonly network: boolean
  /** Paths to keep visible (read-only) even under the private /tmp: a program installed there, say. */
  readonly visible?: ReadonlyArray<string>
}): Array<string> => [
  "--ro-bind", "/", "/",
  "--dev", "/dev",
  "--proc", "/proc",
  "--tmpfs", "/tmp",
  ...(options.visible ?? []).flatMap((p) => ["--ro-bind", p, p]),
  options.mode === "workspace-write" ? "--bind" : "--ro-bind", options.root, options.root,
  "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
  ...(options.network ? [] : ["--unshare-net"]),
  // no TIOCSTI into the server's terminal; gone when the server's child (bwrap) goes
  "--new-session", "--die-with-parent",
  "--chdir", options.cwd
]
