/**
 * `apply_patch` and `multiedit` through the real registry: the patch format
 * (add, update with anchors and end-of-file hunks, move, delete), atomicity
 * (a hunk that does not match changes no file), clear errors, confinement.
 */
import { assert, describe, it } from "@effect/vitest"
import { BuiltinTools, Permissions, ToolRegistry } from "@ratchet/tools"
import { Ids, type MessageId } from "@ratchet/schema"
import { Effect, Either, Layer } from "effect"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Patch from "../src/builtin/patch.js"

const allowAll = Layer.succeed(Permissions.Permissions, {
  check: () => Effect.succeed({ _tag: "Allowed" as const })
} as unknown as Permissions.PermissionsService)

const setup = () => {
  const dir = mkdtempSync(join(tmpdir(), "ratchet-patch-"))
  const registry = Effect.runSync(
    Effect.scoped(Layer.build(ToolRegistry.layer([...BuiltinTools.stateless]).pipe(Layer.provide(allowAll))))
  ).pipe((ctx) => ctx.unsafeMap.get(ToolRegistry.ToolRegistry.key) as ToolRegistry.ToolRegistryService)
  const run = (name: string, input: unknown) =>
    registry.call(name, input, {
      sessionId: Ids.newSessionId(),
      callId: Ids.newPartId(),
      messageId: Ids.newMessageId() as MessageId,
      agent: "build",
      directory: dir,
      rules: [{ permission: "*", pattern: "*", action: "allow" }],
      progress: () => Effect.void
    }).pipe(Effect.either, Effect.provideService(ToolRegistry.ToolConfig, { maxOutputBytes: 100_000, outputDir: join(dir, "..", "out") }))
  const file = (p: string) => join(dir, p)
  return { dir, run, file, read: (p: string) => readFileSync(file(p), "utf8") }
}

const patch = (...lines: Array<string>) => ["*** Begin Patch", ...lines, "*** End Patch"].join("\n")

describe("apply_patch", () => {
  it.effect("adds, updates (anchor, end of file), moves and deletes in one call", () =>
    Effect.gen(function*() {
      const t = setup()
      writeFileSync(t.file("app.py"), "def a():\n    return 1\n\ndef b():\n    return 2\n")
      writeFileSync(t.file("old.txt"), "one\ntwo\n")
      writeFileSync(t.file("gone.txt"), "bye\n")
      const r = yield* t.run("apply_patch", {
        patchText: patch(
          "*** Add File: src/new.ts",
          "+export const x = 1",
          "*** Update File: app.py",
          "@@ def b():",
          "-    return 2",
          "+    return 3",
          "*** Update File: old.txt",
          "*** Move to: moved/new.txt",
          " one",
          "-two",
          "+deux",
          "*** Delete File: gone.txt"
        )
      })
      assert.isTrue(Either.isRight(r), JSON.stringify(r))
      assert.strictEqual(t.read("src/new.ts"), "export const x = 1\n")
      assert.strictEqual(t.read("app.py"), "def a():\n    return 1\n\ndef b():\n    return 3\n")
      assert.strictEqual(t.read("moved/new.txt"), "one\ndeux\n")
      assert.isFalse(existsSync(t.file("old.txt")))
      assert.isFalse(existsSync(t.file("gone.txt")))
      assert.include(Either.getOrThrow(r).output, "R old.txt → moved/new.txt")
    }))

  it.effect("a hunk that does not match changes nothing, and says which file and where", () =>
    Effect.gen(function*() {
      const t = setup()
      writeFileSync(t.file("a.txt"), "alpha\n")
      writeFileSync(t.file("b.txt"), "beta\n")
      const r = yield* t.run("apply_patch", {
        patchText: patch("*** Update File: a.txt", "-alpha", "+ALPHA", "*** Update File: b.txt", "-gamma", "+GAMMA")
      })
      assert.isTrue(Either.isLeft(r))
      const e = Either.getLeft(r).pipe((o) => (o._tag === "Some" ? o.value : undefined))!
      assert.strictEqual(e.type, "patch_mismatch")
      assert.include(e.message, "b.txt: hunk 1 does not match")
      assert.include(e.message, "nothing was changed")
      assert.strictEqual(t.read("a.txt"), "alpha\n")
    }))

  it.effect("refuses what does not parse, paths out of the directory, and adding a file that exists", () =>
    Effect.gen(function*() {
      const t = setup()
      writeFileSync(t.file("here.txt"), "x\n")
      const type = (r: Either.Either<unknown, ToolRegistry.ToolFailure>) => (Either.isLeft(r) ? r.left.type : "ok")
      assert.strictEqual(type(yield* t.run("apply_patch", { patchText: "*** Update File: here.txt\n-x\n+y" })), "invalid_patch")
      assert.strictEqual(type(yield* t.run("apply_patch", { patchText: patch("*** Frobnicate: here.txt") })), "invalid_patch")
      assert.strictEqual(type(yield* t.run("apply_patch", { patchText: patch("*** Add File: ../escape.txt", "+no") })), "path_refused")
      assert.strictEqual(type(yield* t.run("apply_patch", { patchText: patch("*** Add File: here.txt", "+no") })), "exists")
      assert.strictEqual(type(yield* t.run("apply_patch", { patchText: patch("*** Delete File: nothere.txt") })), "not_found")
      assert.strictEqual(t.read("here.txt"), "x\n")
    }))

  it("tolerates trailing whitespace in context and keeps a file without a final newline as it was", () => {
    const r = Patch.applyHunks("f", "a  \nb\nc", [{ anchor: "", old: ["a", "b"], new: ["a", "B"], atEnd: false }])
    assert.deepStrictEqual(r, Either.right("a\nB\nc"))
    const end = Patch.applyHunks("f", "x\ny\n", [{ anchor: "", old: [], new: ["z"], atEnd: true }])
    assert.deepStrictEqual(end, Either.right("x\ny\nz\n"))
  })
})

describe("multiedit", () => {
  it.effect("applies edits in order, all or none; the failure names the edit", () =>
    Effect.gen(function*() {
      const t = setup()
      mkdirSync(t.file("src"))
      writeFileSync(t.file("src/a.ts"), "const a = 1\nconst b = 2\n")
      const ok = yield* t.run("multiedit", {
        filePath: "src/a.ts",
        edits: [{ oldString: "const a = 1", newString: "const a = 10" }, { oldString: "a = 10", newString: "a = 11" }]
      })
      assert.isTrue(Either.isRight(ok))
      assert.strictEqual(t.read("src/a.ts"), "const a = 11\nconst b = 2\n")
      const bad = yield* t.run("multiedit", {
        filePath: "src/a.ts",
        edits: [{ oldString: "const b = 2", newString: "const b = 20" }, { oldString: "nope", newString: "x" }]
      })
      assert.isTrue(Either.isLeft(bad) && bad.left.type === "no_match" && bad.left.message.startsWith("edit 2 of 2"))
      assert.strictEqual(t.read("src/a.ts"), "const a = 11\nconst b = 2\n")
      const created = yield* t.run("multiedit", { filePath: "new.txt", edits: [{ oldString: "", newString: "hello world\n" }, { oldString: "world", newString: "there" }] })
      assert.isTrue(Either.isRight(created))
      assert.strictEqual(t.read("new.txt"), "hello there\n")
    }))
})
