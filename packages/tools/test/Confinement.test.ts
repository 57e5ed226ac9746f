import { describe, expect, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import * as Confinement from "../src/Confinement.js"

const root = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-confine-"))
const outside = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-outside-"))
fs.mkdirSync(path.join(root, "src"))
fs.writeFileSync(path.join(root, "src", "a.ts"), "export {}\n")
fs.writeFileSync(path.join(outside, "secret"), "nope\n")
fs.symlinkSync("/etc", path.join(root, "etc-link"))
fs.symlinkSync(outside, path.join(root, "out-dir"))
fs.symlinkSync(path.join(outside, "secret"), path.join(root, "secret-link"))
fs.symlinkSync(path.join(root, "src"), path.join(root, "src-link"))
fs.symlinkSync(path.join(outside, "not-yet"), path.join(root, "dangling"))

const run = (requested: string) => Effect.runSync(Effect.either(Confinement.resolve(root, requested)))

describe("Confinement", () => {
  it.each([
    ["src/a.ts", "src/a.ts", true],
    ["./src/../src/a.ts", "src/a.ts", true],
    [path.join(root, "src", "a.ts"), "src/a.ts", true],
    ["src/new/file.ts", "src/new/file.ts", false],
    ["src-link/a.ts", "src/a.ts", true],
    [".", ".", true]
  ])("allows %s (→ %s)", (requested, relative, exists) => {
    const r = run(requested)
    expect(Either.isRight(r) && r.right).toMatchObject({ relative, exists })
  })

  it.each([
    ["../x", /outside the session directory/],
    ["src/../../x", /outside the session directory/],
    ["/etc/passwd", /outside the session directory/],
    [outside, /outside the session directory/],
    ["etc-link/passwd", /symbolic link.*\/etc/],
    ["out-dir/secret", /symbolic link/],
    ["out-dir/new-file", /symbolic link/],
    ["secret-link", /symbolic link/],
    ["dangling", /symbolic link whose target does not exist/],
    ["src/a.ts\0.png", /NUL byte/],
    ["", /empty path/]
  ])("refuses %j", (requested, reason) => {
    const r = run(requested)
    expect(Either.isLeft(r)).toBe(true)
    if (Either.isLeft(r)) {
      expect(r.left._tag).toBe("PathRefused")
      expect(r.left.message).toMatch(reason)
    }
  })
})
