/**
 * The built-in tools through the real registry, with every permission
 * allowed (the permission flow itself is tested over HTTP): confinement
 * attacks, edit's exact-match errors, read's limits, output bounding with
 * the full output saved, and bash killing its whole process group on a
 * timeout and on an interrupt.
 */
import { assert, describe, it } from "@effect/vitest"
import { BuiltinTools, Permissions, ToolOutputs, ToolRegistry } from "@ratchet/tools"
import { Ids, type MessageId } from "@ratchet/schema"
import { Duration, Effect, Either, Fiber, Layer, Schema } from "effect"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as http from "node:http"
import { fetch as undiciFetch } from "undici"
import { guardedAgent } from "../src/builtin/WebFetch.js"
import { dirname, join } from "node:path"

const allowAll = Layer.succeed(Permissions.Permissions, {
  check: () => Effect.succeed({ _tag: "Allowed" as const })
} as unknown as Permissions.PermissionsService)

const big = ToolRegistry.make({
  name: "big",
  description: "prints many lines",
  input: Schema.Struct({ lines: Schema.Number }),
  idempotent: true,
  run: ({ lines }) => Effect.succeed({ output: Array.from({ length: lines }, (_, i) => `line ${i}`).join("\n") })
})

const setup = () => {
  const dir = mkdtempSync(join(tmpdir(), "ratchet-tools-"))
  const outputDir = join(dir, "..", `${dir.split("/").pop()}-out`)
  const registry = Effect.runSync(
    Effect.scoped(Layer.build(ToolRegistry.layer([...BuiltinTools.stateless, big]).pipe(Layer.provide(allowAll))))
  ).pipe((ctx) => ctx.unsafeMap.get(ToolRegistry.ToolRegistry.key) as ToolRegistry.ToolRegistryService)
  const context: ToolRegistry.ToolContext = {
    sessionId: Ids.newSessionId(),
    callId: Ids.newPartId(),
    messageId: Ids.newMessageId() as MessageId,
    agent: "build",
    directory: dir,
    rules: [{ permission: "*", pattern: "*", action: "allow" }],
    progress: () => Effect.void
  }
  const run = (name: string, input: unknown) =>
    registry.call(name, input, { ...context, callId: Ids.newPartId() }).pipe(
      Effect.either,
      Effect.provideService(ToolRegistry.ToolConfig, { maxOutputBytes: 2000, outputDir })
    )
  return { dir, outputDir, run, context }
}

const failure = (r: Either.Either<ToolRegistry.ToolOutput, ToolRegistry.ToolFailure>) => {
  assert.isTrue(Either.isLeft(r), "expected a failure")
  return (r as Either.Left<ToolRegistry.ToolFailure, ToolRegistry.ToolOutput>).left
}
const success = (r: Either.Either<ToolRegistry.ToolOutput, ToolRegistry.ToolFailure>) => {
  if (Either.isLeft(r)) assert.fail(`expected success, got ${r.left.message}`)
  return (r as Either.Right<ToolRegistry.ToolFailure, ToolRegistry.ToolOutput>).right
}

/** Running, not a zombie: an orphan killed with its group may wait a while for a slow init to reap it. */
const alive = (pid: number) => {
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "utf8") : ""
  return stat !== "" && stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z"
}

/** The longest a 10 ms timer was late while `effect` ran: a blocked event loop shows here. */
const worstTimerLag = <A, E>(effect: Effect.Effect<A, E>) =>
  Effect.gen(function*() {
    let worst = 0
    let last = Date.now()
    const timer = setInterval(() => {
      const now = Date.now()
      worst = Math.max(worst, now - last - 10)
      last = now
    }, 10)
    const result = yield* Effect.ensuring(effect, Effect.sync(() => clearInterval(timer)))
    return { result, worst: Math.max(worst, Date.now() - last - 10) }
  })

describe("hostile patterns (security: ReDoS)", () => {
  it.live("grep's catastrophic-backtracking pattern answers at once and never blocks the event loop", () =>
    Effect.gen(function*() {
      const { dir, run } = setup()
      // 30 is ~6 s of backtracking on JavaScript's engine (each extra character doubles it)
      writeFileSync(join(dir, "a.txt"), `${"a".repeat(30)}!\n${"a".repeat(12)}\n`)
      const { result, worst } = yield* worstTimerLag(run("grep", { pattern: "^(a+)+$" }))
      assert.include(success(result).output, "a.txt:2:")
      assert.isBelow(worst, 1000, `the event loop was blocked for ${worst} ms`)
    }))

  it.live("grep refuses look-around and backreferences with a typed error (RE2 syntax, as ripgrep)", () =>
    Effect.gen(function*() {
      const { run } = setup()
      assert.strictEqual(failure(yield* run("grep", { pattern: "(a)\\1" })).type, "invalid_pattern")
    }))

  it.live("glob and grep's include match hostile globs against hostile file names without backtracking", () =>
    Effect.gen(function*() {
      const { dir, run } = setup()
      writeFileSync(join(dir, `${"a".repeat(40)}!`), "x\n")
      writeFileSync(join(dir, "b.txt"), "x\n")
      const pattern = `${"*a".repeat(12)}*b`
      const globbed = yield* worstTimerLag(run("glob", { pattern }))
      assert.strictEqual(success(globbed.result).output, "No files found")
      assert.isBelow(globbed.worst, 1000, `glob blocked the event loop for ${globbed.worst} ms`)
      const grepped = yield* worstTimerLag(run("grep", { pattern: "x", include: pattern }))
      assert.strictEqual(success(grepped.result).output, "No matches found")
      assert.isBelow(grepped.worst, 1000, `grep's include blocked the event loop for ${grepped.worst} ms`)
    }))
})

/** A loopback HTTP server: `/secret` answers, `/hop` redirects to `to` (absolute). */
const httpServer = (to: (port: number) => string) =>
  Effect.acquireRelease(
    Effect.async<{ port: number; hits: Array<string>; server: http.Server }>((resume) => {
      const hits: Array<string> = []
      const server = http.createServer((req, res) => {
        hits.push(`${req.headers.host}${req.url}`)
        if (req.url === "/hop") {
          res.writeHead(302, { location: to((server.address() as { port: number }).port) }).end()
        } else res.writeHead(200, { "content-type": "text/plain" }).end("the secret")
      })
      server.listen(0, "127.0.0.1", () => resume(Effect.succeed({ port: (server.address() as { port: number }).port, hits, server })))
    }),
    ({ server }) => Effect.sync(() => {
      server.closeAllConnections()
      server.close()
    })
  )

describe("webfetch and local addresses (security: SSRF)", () => {
  it.live("a local target needs webfetch_local as well as webfetch, whatever its spelling", () =>
    Effect.gen(function*() {
      const { port } = yield* httpServer(() => "")
      for (const host of ["127.0.0.1", "localhost", "2130706433", "0x7f.1", "[::ffff:127.0.0.1]", "0.0.0.0"]) {
        const needs = yield* BuiltinTools.stateless.find((t) => t.name === "webfetch")!
          .prepare({ url: `http://${host}:${port}/secret` }, setup().context)
          .pipe(Effect.map((p) => p.needs.map((n) => n.permission)))
        assert.deepStrictEqual(needs, ["webfetch", "webfetch_local"], host)
      }
    }).pipe(Effect.scoped))

  it.live("the connection's own lookup refuses a name that resolves locally unless that host was allowed (DNS rebinding)", () =>
    Effect.gen(function*() {
      const target = yield* httpServer(() => "")
      const get = (allowed: string | undefined) =>
        Effect.promise(() =>
          undiciFetch(`http://localhost:${target.port}/secret`, { dispatcher: guardedAgent(allowed) }).then(
            (r) => r.text(),
            (e: Error) => `refused: ${(e.cause as Error | undefined)?.message ?? e.message}`
          )
        )
      assert.match(yield* get(undefined), /^refused: refused: .*(this machine|loopback)/)
      assert.match(yield* get("example.com"), /^refused: /)
      assert.strictEqual(yield* get("localhost"), "the secret")
      assert.deepStrictEqual(target.hits, [`localhost:${target.port}/secret`])
    }).pipe(Effect.scoped))

  it.live("an allowed local host may not redirect to another local host, and credentials in URLs are refused", () =>
    Effect.gen(function*() {
      const target = yield* httpServer(() => "")
      const hopper = yield* httpServer(() => `http://localhost:${target.port}/secret`)
      const { run } = setup()
      assert.strictEqual(success(yield* run("webfetch", { url: `http://127.0.0.1:${target.port}/secret` })).output, "the secret")
      const redirected = failure(yield* run("webfetch", { url: `http://127.0.0.1:${hopper.port}/hop` }))
      assert.strictEqual(redirected.type, "refused")
      assert.deepStrictEqual(target.hits, [`127.0.0.1:${target.port}/secret`])
      assert.strictEqual(failure(yield* run("webfetch", { url: `http://user:pw@127.0.0.1:${target.port}/secret` })).type, "invalid_url")
    }).pipe(Effect.scoped))
})

describe("built-in tools", () => {
  it.live("file tools refuse ../, absolute paths, symlinks out and NUL bytes, and touch nothing", () =>
    Effect.gen(function*() {
      const { dir, run } = setup()
      symlinkSync("/etc", join(dir, "etc-link"))
      const attacks: Array<[string, unknown]> = [
        ["read", { filePath: "../../etc/passwd" }],
        ["read", { filePath: "/etc/passwd" }],
        ["read", { filePath: "etc-link/passwd" }],
        ["read", { filePath: "a\0b" }],
        ["write", { filePath: "../escape.txt", content: "x" }],
        ["write", { filePath: "etc-link/evil", content: "x" }],
        ["edit", { filePath: "/etc/hosts", oldString: "a", newString: "b" }],
        ["list", { path: ".." }],
        ["glob", { pattern: "../**/*" }],
        ["grep", { pattern: "root", path: "etc-link" }],
        ["bash", { command: "pwd", workdir: "../" }]
      ]
      for (const [tool, input] of attacks) {
        const e = failure(yield* run(tool, input))
        assert.strictEqual(e.type, "path_refused", `${tool} ${JSON.stringify(input)}: ${e.message}`)
      }
      assert.isFalse(existsSync(join(dir, "..", "escape.txt")))
    }))

  it.live("read, write, edit, list, glob, grep work inside the directory; edit says when a match is missing or ambiguous", () =>
    Effect.gen(function*() {
      const { dir, run } = setup()
      success(yield* run("write", { filePath: "src/a.ts", content: "const a = 1\nconst b = 1\n" }))
      const read = success(yield* run("read", { filePath: "src/a.ts", offset: 2, limit: 1 }))
      assert.include(read.output, "00002| const b = 1")
      assert.notInclude(read.output, "const a")
      assert.strictEqual(failure(yield* run("edit", { filePath: "src/a.ts", oldString: "= 1", newString: "= 2" })).type, "ambiguous")
      assert.strictEqual(failure(yield* run("edit", { filePath: "src/a.ts", oldString: "nope", newString: "x" })).type, "no_match")
      success(yield* run("edit", { filePath: "src/a.ts", oldString: "const b = 1", newString: "const b = 2" }))
      assert.strictEqual(readFileSync(join(dir, "src/a.ts"), "utf8"), "const a = 1\nconst b = 2\n")
      success(yield* run("edit", { filePath: "src/a.ts", oldString: "const", newString: "let", replaceAll: true }))
      assert.strictEqual(readFileSync(join(dir, "src/a.ts"), "utf8"), "let a = 1\nlet b = 2\n")
      assert.include(success(yield* run("list", {})).output, "a.ts")
      assert.include(success(yield* run("glob", { pattern: "**/*.ts" })).output, "src/a.ts")
      assert.include(success(yield* run("grep", { pattern: "b = 2" })).output, "src/a.ts:2: let b = 2")
      writeFileSync(join(dir, "bin.dat"), Buffer.from([0, 1, 2, 3, 0, 5]))
      assert.strictEqual(failure(yield* run("read", { filePath: "bin.dat" })).type, "binary")
      assert.strictEqual(failure(yield* run("read", { filePath: "src" })).type, "is_directory")
      assert.strictEqual(failure(yield* run("read", { filePath: 42 })).type, "invalid_input")
      assert.strictEqual(failure(yield* run("webfetch", { url: "file:///etc/passwd" })).type, "invalid_url")
    }))

  it.live("long output keeps head and tail; the full output is saved and named", () =>
    Effect.gen(function*() {
      const { outputDir, run } = setup()
      const out = success(yield* run("big", { lines: 5000 }))
      assert.isBelow(Buffer.byteLength(out.output), 2300)
      assert.include(out.output, "line 0\n")
      assert.include(out.output, "line 4999")
      const saved = out.outputPaths![0]!
      assert.isTrue(saved.startsWith(outputDir))
      assert.include(out.output, saved)
      assert.strictEqual(readFileSync(saved, "utf8").split("\n").length, 5000)
      // and read may open it, though it is outside the session directory
      assert.include(success(yield* run("read", { filePath: saved, offset: 4999 })).output, "line 4998")
    }))

  it.live("saved outputs are private to their session: 0700/0600, another session's or a planted link is refused", () =>
    Effect.gen(function*() {
      const { outputDir, run, context } = setup()
      const saved = success(yield* run("big", { lines: 5000 })).outputPaths![0]!
      const own = join(realpathSync(outputDir), context.sessionId)
      assert.strictEqual(dirname(saved), own)
      assert.strictEqual(statSync(saved).mode & 0o777, 0o600)
      assert.strictEqual(statSync(own).mode & 0o777, 0o700)
      assert.strictEqual(statSync(outputDir).mode & 0o777, 0o700)
      // another session's output, and a link in this session's folder pointing out of it
      mkdirSync(join(outputDir, "ses_other"), { recursive: true })
      writeFileSync(join(outputDir, "ses_other", "prt_x.txt"), "secret\n")
      symlinkSync("/etc/passwd", join(own, "prt_link.txt"))
      assert.strictEqual(failure(yield* run("read", { filePath: join(outputDir, "ses_other", "prt_x.txt") })).type, "path_refused")
      assert.strictEqual(failure(yield* run("read", { filePath: join(own, "prt_link.txt") })).type, "path_refused")
      assert.strictEqual(failure(yield* run("read", { filePath: join(own, "..", "ses_other", "prt_x.txt") })).type, "path_refused")
      // removed with the session, and by age
      yield* ToolOutputs.remove(outputDir, context.sessionId)
      assert.isFalse(existsSync(own))
      assert.strictEqual(yield* ToolOutputs.prune(outputDir, 60_000, Date.now() + 120_000), 1)
      assert.isFalse(existsSync(join(outputDir, "ses_other")))
    }))

  it.live("bash: output and exit code; a timeout kills the whole process group", () =>
    Effect.gen(function*() {
      const { dir, run } = setup()
      const ok = success(yield* run("bash", { command: "echo out; echo err >&2; exit 3" }))
      assert.include(ok.output, "out")
      assert.include(ok.output, "err")
      assert.include(ok.output, "exit code 3")
      const started = Date.now()
      const timed = success(yield* run("bash", { command: "sleep 30 & echo $! > child.pid; wait", timeout: 500 }))
      assert.include(timed.output, "timeout")
      assert.isBelow(Date.now() - started, 10_000)
      const pid = Number(readFileSync(join(dir, "child.pid"), "utf8"))
      yield* Effect.sleep(Duration.millis(300))
      assert.isFalse(alive(pid), "the background child was killed with the group")
    }))

  it.live("bash: interrupting the call kills the command and its children", () =>
    Effect.gen(function*() {
      const { dir, run } = setup()
      mkdirSync(join(dir, "w"))
      const fiber = yield* Effect.fork(run("bash", { command: "sleep 30 & echo $! > w/child.pid; sleep 30" }))
      for (let i = 0; i < 100 && !existsSync(join(dir, "w/child.pid")); i++) yield* Effect.sleep(Duration.millis(20))
      const pid = Number(readFileSync(join(dir, "w/child.pid"), "utf8"))
      assert.isTrue(alive(pid))
      yield* Fiber.interrupt(fiber)
      yield* Effect.sleep(Duration.millis(300))
      assert.isFalse(alive(pid))
    }))
})
