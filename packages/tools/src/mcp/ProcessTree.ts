/**
 * A local MCP server's whole process tree, so stopping the server stops
 * what it started: servers are often run through launchers (`npx`, `uvx`,
 * shell wrappers) whose children outlive a killed parent. The SDK's stdio
 * transport spawns the child without a process group of its own, so the
 * tree is found by parent pid: `/proc` on Linux, `ps` elsewhere.
 */
import { execFileSync } from "node:child_process"
import * as fs from "node:fs"

/** Every (pid, parent pid) pair now; empty when neither source can be read. */
const parents = (): Array<readonly [number, number]> => {
  if (fs.existsSync("/proc/self/stat")) {
    const out: Array<readonly [number, number]> = []
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue
      // a process may exit between the listing and the read
      const stat = readOrUndefined(`/proc/${entry}/stat`)
      if (stat === undefined) continue
      // the name (field 2) is in parentheses and may hold spaces: parse after the last ')'
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      if (Number.isInteger(ppid)) out.push([Number(entry), ppid])
    }
    return out
  }
  const listing = runOrUndefined("ps", ["-A", "-o", "pid=,ppid="])
  return (listing ?? "").split("\n").flatMap((line) => {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number)
    return pid !== undefined && ppid !== undefined && Number.isInteger(pid) && Number.isInteger(ppid) ? [[pid, ppid] as const] : []
  })
}

const readOrUndefined = (file: string): string | undefined => {
  try {
    return fs.readFileSync(file, "utf8")
  } catch {
    return undefined
  }
}

const runOrUndefined = (command: string, args: ReadonlyArray<string>): string | undefined => {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
  } catch {
    return undefined
  }
}

/** The descendants of `root` (children first), not `root` itself. */
export const descendants = (root: number): Array<number> => {
  const children = new Map<number, Array<number>>()
  for (const [pid, ppid] of parents()) {
    const list = children.get(ppid)
    if (list === undefined) children.set(ppid, [pid])
    else list.push(pid)
  }
  const out: Array<number> = []
  const queue = [root]
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      out.push(child)
      queue.push(child)
    }
  }
  return out
}

const signal = (pid: number, sig: NodeJS.Signals | 0): boolean => {
  try {
    process.kill(pid, sig)
    return true
  } catch {
    // gone already (or not ours to signal)
    return false
  }
}

/** SIGTERM to each, then SIGKILL to any still there after `graceMs`. */
export const terminate = async (pids: ReadonlyArray<number>, graceMs = 2000): Promise<void> => {
  const alive = pids.filter((pid) => signal(pid, "SIGTERM"))
  if (alive.length === 0) return
  await new Promise((resolve) => setTimeout(resolve, graceMs).unref())
  for (const pid of alive) if (signal(pid, 0)) signal(pid, "SIGKILL")
}
