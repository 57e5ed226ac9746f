/**
 * The helper process that runs git for snapshots, so the server never forks
 * itself (a fork of a large process stalls its event loop: spawnHelper.ts).
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Fiber } from "effect"
import { execFileSync, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as SpawnHelper from "../src/internal/spawnHelper.js"

const alive = (pid: number) => spawnSync("kill", ["-0", String(pid)]).status === 0

describe("SpawnHelper", () => {
  it.live("runs a command in its cwd with the given environment, and reports a failure with its stderr", () =>
    Effect.gen(function*() {
      const helper = SpawnHelper.shared()
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-helper-")))
      const ok = yield* helper.run({ file: "sh", args: ["-c", "pwd; printf %s \"$RATCHET_TEST_VALUE\""], cwd: dir, env: { RATCHET_TEST_VALUE: "a\nb" }, maxBuffer: 1024 })
      assert.deepStrictEqual(ok, { _tag: "Exited", stdout: `${dir}\na\nb` })
      const failed = yield* helper.run({ file: "sh", args: ["-c", "echo nope >&2; exit 3"], maxBuffer: 1024 })
      assert.strictEqual(failed._tag, "Failed")
      assert.strictEqual(failed._tag === "Failed" && failed.stderr.trim(), "nope")
      const missing = yield* helper.run({ file: "ratchet-no-such-command", args: [], maxBuffer: 1024 })
      assert.strictEqual(missing._tag, "Failed")
      // a reply of megabytes, in many pipe chunks, arrives whole
      const big = yield* helper.run({ file: "sh", args: ["-c", "yes 'line \\ with \"quotes\"' | head -n 300000"], maxBuffer: 64 * 1024 * 1024 })
      assert.strictEqual(big._tag, "Exited")
      const lines = big._tag === "Exited" ? big.stdout.split("\n") : []
      assert.strictEqual(lines.length, 300_001)
      assert.strictEqual(lines[299_999], 'line \\ with "quotes"')
      fs.rmSync(dir, { recursive: true, force: true })
    }))

  it.live("a process group: output streamed, its own environment only, killGroup ends it and what it started", () =>
    Effect.gen(function*() {
      const helper = SpawnHelper.shared()
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-helper-group-")))
      const finished = (script: string) =>
        Effect.async<{ output: string; exitCode: number | null; signal: string | null; kill: () => void }>((resume) => {
          let output = ""
          const group = helper.group({ file: "bash", args: ["-c", script], cwd: dir, env: { PATH: process.env.PATH ?? "", ONLY: "given" } }, {
            data: (text) => (output += text),
            close: (exitCode, signal) => resume(Effect.succeed({ output, exitCode, signal, kill: group.killGroup })),
            error: (message) => resume(Effect.die(new Error(message)))
          })
        })
      // HOME is in the helper's environment (the server's): the command sees only the one it was given
      const done = yield* finished("echo out; echo err >&2; printf '%s|%s\\n' \"$ONLY\" \"$HOME\"; exit 4")
      // two pipes: their lines interleave in any order
      assert.deepStrictEqual(done.output.split("\n").sort(), ["", "err", "given|", "out"])
      assert.strictEqual(done.exitCode, 4)
      // killed: the shell and the child it left in the background
      let killGroup: () => void = () => undefined
      const running = yield* Effect.fork(Effect.async<{ exitCode: number | null; signal: string | null }>((resume) => {
        const group = helper.group({ file: "bash", args: ["-c", "sleep 30 & echo $! > child.pid; wait"], cwd: dir, env: { PATH: process.env.PATH ?? "" } }, {
          data: () => undefined,
          close: (exitCode, signal) => resume(Effect.succeed({ exitCode, signal })),
          error: (message) => resume(Effect.die(new Error(message)))
        })
        killGroup = group.killGroup
      }))
      const pidFile = path.join(dir, "child.pid")
      for (let i = 0; i < 200 && !(fs.existsSync(pidFile) && fs.readFileSync(pidFile, "utf8").trim() !== ""); i++) yield* Effect.sleep("10 millis")
      const pid = Number(fs.readFileSync(pidFile, "utf8").trim())
      assert.isTrue(alive(pid))
      killGroup()
      const killed = yield* Fiber.join(running)
      assert.strictEqual(killed.signal, "SIGTERM")
      for (let i = 0; i < 200 && alive(pid); i++) yield* Effect.sleep("10 millis")
      assert.isFalse(alive(pid), "the background child was killed with its group")
      // a command that cannot start is an error, not a close
      const failed = yield* Effect.async<string>((resume) => {
        helper.group({ file: "ratchet-no-such-command", args: [], cwd: dir, env: {} }, {
          data: () => undefined,
          close: () => resume(Effect.succeed("closed")),
          error: (message) => resume(Effect.succeed(`error: ${message}`))
        })
      })
      assert.match(failed, /^error: .*ENOENT/)
      fs.rmSync(dir, { recursive: true, force: true })
    }))

  it.live("an interrupted command is stopped", () =>
    Effect.gen(function*() {
      const helper = SpawnHelper.shared()
      const marker = path.join(os.tmpdir(), `ratchet-helper-${process.pid}-${Date.now()}`)
      // the command writes its own pid, then sleeps; interrupting the run must end it
      const running = yield* Effect.fork(helper.run({ file: "sh", args: ["-c", `echo $$ > ${marker}; exec sleep 30`], maxBuffer: 1024 }))
      let pid: number | undefined
      for (let i = 0; i < 200 && pid === undefined; i++) {
        yield* Effect.sleep("10 millis")
        const text = fs.existsSync(marker) ? fs.readFileSync(marker, "utf8").trim() : ""
        if (text !== "") pid = Number(text)
      }
      assert.isDefined(pid, "the command started")
      yield* Fiber.interrupt(running)
      for (let i = 0; i < 200 && alive(pid!); i++) yield* Effect.sleep("10 millis")
      assert.isFalse(alive(pid!), "the command was stopped")
      fs.rmSync(marker, { force: true })
    }))

  it.live("a helper that dies fails what it ran, and the next command starts a new one", () =>
    Effect.gen(function*() {
      const helper = SpawnHelper.shared()
      const first = helper.pid()
      assert.isDefined(first)
      const running = yield* Effect.fork(helper.run({ file: "sleep", args: ["30"], maxBuffer: 1024 }))
      yield* Effect.sleep("100 millis")
      process.kill(first!, "SIGKILL")
      const cut = yield* Fiber.join(running)
      assert.strictEqual(cut._tag, "Failed")
      const again = yield* helper.run({ file: "echo", args: ["back"], maxBuffer: 1024 })
      assert.deepStrictEqual(again, { _tag: "Exited", stdout: "back\n" })
      assert.notStrictEqual(helper.pid(), first)
    }))

  it("does not keep its process alive when idle, and exits with it", () => {
    // a process that runs one command and then has nothing left to do must end by itself
    // beside the tests, so the script resolves this workspace's packages
    const script = fileURLToPath(new URL(`./.helper-exit-${process.pid}.mts`, import.meta.url))
    const module = fileURLToPath(new URL("../src/internal/spawnHelper.ts", import.meta.url))
    fs.writeFileSync(script, `import { Effect } from "effect"
import * as SpawnHelper from ${JSON.stringify(module)}
const helper = SpawnHelper.shared()
const out = await Effect.runPromise(helper.run({ file: "echo", args: ["done"], maxBuffer: 1024 }))
console.log(JSON.stringify({ out, helper: helper.pid() }))
`)
    const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url))
    const started = Date.now()
    let output: string
    try {
      output = execFileSync(tsx, [script], { encoding: "utf8", timeout: 30_000 })
    } finally {
      fs.rmSync(script, { force: true })
    }
    const { out, helper } = JSON.parse(output.trim().split("\n").pop()!) as { out: unknown; helper: number }
    assert.deepStrictEqual(out, { _tag: "Exited", stdout: "done\n" })
    assert.isBelow(Date.now() - started, 30_000)
    // its helper saw its stdin close and left too
    for (let i = 0; i < 100 && alive(helper); i++) spawnSync("sleep", ["0.05"])
    assert.isFalse(alive(helper), "the helper exited with its process")
  }, 60_000)
})
