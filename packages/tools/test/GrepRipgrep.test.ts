/**
 * grep's ripgrep path: the command runs from the helper process (never
 * forked from the server), in a group that is killed once enough matches
 * came, with only PATH in its environment; a missing ripgrep falls back to
 * the in-process scan. A stand-in `rg` on the PATH (a shell script that
 * answers by its pattern) makes this testable where ripgrep is not
 * installed; the real one is exercised when it is.
 *
 * Its own file: the PATH is set before this worker's helper starts.
 */
import { assert, describe, it } from "@effect/vitest"
import { BuiltinTools, Permissions, ToolRegistry } from "@ratchet/tools"
import { Ids, type MessageId } from "@ratchet/schema"
import { Effect, Either, Layer } from "effect"
import { spawnSync } from "node:child_process"
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as SpawnHelper from "../src/internal/spawnHelper.js"

const realRipgrep = spawnSync("rg", ["--version"], { stdio: "ignore" }).status === 0
const originalPath = process.env.PATH ?? ""
const fakeBin = mkdtempSync(join(tmpdir(), "ratchet-fake-rg-"))
writeFileSync(join(fakeBin, "rg"), `#!/bin/sh
pattern=""
while [ $# -gt 0 ]; do
  if [ "$1" = "-e" ]; then pattern="$2"; fi
  shift
done
case "$pattern" in
  who-ran-me) echo "./a.txt:1:ppid=$PPID config=[$RIPGREP_CONFIG_PATH] home=[$HOME]" ;;
  many) i=1; while [ $i -le 500 ]; do echo "./many.txt:$i:match $i"; i=$((i+1)); done; sleep 30 ;;
  broken) echo "rg: the index is on fire" >&2; exit 2 ;;
  *) exit 1 ;;
esac
`)
chmodSync(join(fakeBin, "rg"), 0o755)
process.env.PATH = `${fakeBin}:${originalPath}`
process.env.RIPGREP_CONFIG_PATH = "/etc/hostile-ripgreprc"

const allowAll = Layer.succeed(Permissions.Permissions, {
  check: () => Effect.succeed({ _tag: "Allowed" as const })
} as unknown as Permissions.PermissionsService)

const registry = Effect.runSync(
  Effect.scoped(Layer.build(ToolRegistry.layer(BuiltinTools.stateless).pipe(Layer.provide(allowAll))))
).pipe((ctx) => ctx.unsafeMap.get(ToolRegistry.ToolRegistry.key) as ToolRegistry.ToolRegistryService)

const grep = (directory: string, input: Record<string, unknown>) =>
  registry.call("grep", input, {
    sessionId: Ids.newSessionId(),
    callId: Ids.newPartId(),
    messageId: Ids.newMessageId() as MessageId,
    agent: "build",
    directory,
    rules: [{ permission: "*", pattern: "*", action: "allow" }],
    progress: () => Effect.void
  }).pipe(Effect.either, Effect.provideService(ToolRegistry.ToolConfig, { maxOutputBytes: 64_000, outputDir: join(directory, "..", "out") }))

const ok = (r: Either.Either<ToolRegistry.ToolOutput, ToolRegistry.ToolFailure>) => {
  if (Either.isLeft(r)) assert.fail(`expected success, got ${r.left.type}: ${r.left.message}`)
  return (r as Either.Right<ToolRegistry.ToolFailure, ToolRegistry.ToolOutput>).right
}

const project = () => {
  const dir = mkdtempSync(join(tmpdir(), "ratchet-grep-"))
  writeFileSync(join(dir, "a.txt"), "alpha\nbeta needle\n")
  mkdirSync(join(dir, "sub"))
  writeFileSync(join(dir, "sub", "b.ts"), "const needle = 1\n")
  return dir
}

describe("grep through ripgrep", () => {
  it.live("runs ripgrep from the helper process, with PATH alone for its environment", () =>
    Effect.gen(function*() {
      const out = ok(yield* grep(project(), { pattern: "who-ran-me" }))
      const helper = SpawnHelper.shared().pid()
      assert.isDefined(helper)
      // the helper started it: its parent is the helper, not this process
      assert.include(out.output, `a.txt:1: ppid=${helper} config=[] home=[]`)
      assert.notInclude(out.output, `ppid=${process.pid}`)
      assert.strictEqual(out.structured?.engine, "ripgrep")
    }))

  it.live("stops ripgrep once enough matches came (its group killed, not waited for)", () =>
    Effect.gen(function*() {
      const started = Date.now()
      const out = ok(yield* grep(project(), { pattern: "many" }))
      // the stand-in sleeps 30 s after its matches: killed with its group
      assert.isBelow(Date.now() - started, 15_000)
      assert.strictEqual(out.structured?.matches, 100)
      assert.strictEqual(out.structured?.truncated, true)
      assert.include(out.output, "more than 100 matches")
    }))

  it.live("a ripgrep failure is a typed failure carrying its stderr, never parsed as matches", () =>
    Effect.gen(function*() {
      const r = yield* grep(project(), { pattern: "broken" })
      assert.isTrue(Either.isLeft(r))
      const failure = (r as Either.Left<ToolRegistry.ToolFailure, ToolRegistry.ToolOutput>).left
      assert.strictEqual(failure.type, "grep")
      assert.include(failure.message, "the index is on fire")
    }))

  it.live.skipIf(!realRipgrep)("finds matches with the real ripgrep (skipped: ripgrep is not installed here)", () =>
    Effect.gen(function*() {
      process.env.PATH = originalPath
      const out = ok(yield* grep(project(), { pattern: "needle", include: "*.ts" }))
      assert.strictEqual(out.structured?.engine, "ripgrep")
      assert.strictEqual(out.output.trim(), "sub/b.ts:1: const needle = 1")
      process.env.PATH = `${fakeBin}:${originalPath}`
    }))

  // last: once ripgrep is found missing, this process scans from then on
  it.live("without ripgrep on the PATH, the in-process scan answers", () =>
    Effect.gen(function*() {
      process.env.PATH = "/nonexistent"
      const out = ok(yield* grep(project(), { pattern: "needle" }))
      process.env.PATH = originalPath
      assert.strictEqual(out.structured?.engine, "scan")
      assert.deepStrictEqual(out.output.split("\n").sort(), ["a.txt:2: beta needle", "sub/b.ts:1: const needle = 1"])
    }))
})
