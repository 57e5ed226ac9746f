/** Globs as RE2: the table of what matches, and patterns that backtrack for minutes on picomatch. */
import { assert, describe, it } from "@effect/vitest"
import { GlobPattern } from "@ratchet/tools"
import { Either } from "effect"

const matcher = (glob: string) => Either.getOrThrow(GlobPattern.compile(glob))

describe("GlobPattern", () => {
  it.each([
    ["*.ts", "a.ts", true],
    ["*.ts", "src/a.ts", false],
    ["**/*.ts", "a.ts", true],
    ["**/*.ts", "src/x/a.ts", true],
    ["src/**", "src/a/b", true],
    ["src/**/index.*", "src/index.ts", true],
    ["src/**/index.*", "src/a/b/index.js", true],
    ["src/**/index.*", "lib/index.ts", false],
    ["**/*.{ts,tsx}", "a/b.tsx", true],
    ["**/*.{ts,tsx}", "a/b.js", false],
    ["{a,b{c,d}}.txt", "bd.txt", true],
    ["file?.txt", "file1.txt", true],
    ["file?.txt", "file/.txt", false],
    ["[abc].md", "b.md", true],
    ["[!abc].md", "d.md", true],
    ["[!abc].md", "a.md", false],
    ["a.b", "axb", false],
    ["(x)+$", "(x)+$", true],
    ["\\*.md", "*.md", true],
    ["\\*.md", "a.md", false],
    ["**/.env", "deep/.env", true]
  ] as const)("%s on %s → %s", (glob, path, expected) => {
    assert.strictEqual(matcher(glob).test(path), expected)
  })

  it("patterns that make picomatch backtrack are linear here", () => {
    const name = `${"a".repeat(5000)}!`
    assert.isFalse(matcher(`${"*a".repeat(12)}*b`).test(name))
    assert.isFalse(matcher("**/".repeat(50) + "*b").test(`${"x/".repeat(200)}y`))
  })

  it("refuses unbalanced braces and over-long patterns with a reason", () => {
    assert.isTrue(Either.isLeft(GlobPattern.compile("{a,b")))
    assert.isTrue(Either.isLeft(GlobPattern.compile("a".repeat(GlobPattern.MAX_LENGTH + 1))))
  })

  it.each([
    ["src/lib/**/*.ts", "src/lib"],
    ["*.ts", ""],
    ["src/*/x.ts", "src"],
    ["{a,b}/c", ""]
  ] as const)("walks %s from %j", (glob, base) => {
    assert.strictEqual(GlobPattern.staticBase(glob), base)
  })
})
