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
