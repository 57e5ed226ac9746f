import { assert, describe, it } from "@effect/vitest"
import { PermissionRules } from "@ratchet/tools"
import type { PermissionRule } from "@ratchet/schema"

const r = (permission: string, pattern: string, action: PermissionRule["action"]): PermissionRule => ({ permission, pattern, action })

describe("PermissionRules", () => {
  it.each([
    ["*", "", true],
    ["*", "anything/at/all", true],
    ["src/*", "src/a/b.ts", true],
    ["src/*", "srcx/a", false],
    ["*.ts", "a/b.ts", true],
    ["*.ts", "a/b.tsx", false],
    ["file?.txt", "file1.txt", true],
    ["file?.txt", "file12.txt", false],
    ["git *", "git status", true],
    ["git *", "gitk", false],
    ["a.b", "axb", false],
    ["(x)+[y]", "(x)+[y]", true],
    ["rm -rf *", "rm -rf /", true],
    ["", "", true],
    ["", "a", false],
    ["*?", "", false],
    ["a*b*c", "aXbYc", true],
    ["a*b*c", "aXbY", false],
    ["a*b", "ab", true],
    ["*x", "xxxx", true],
    ["?*", "a", true],
    ["*", "multi\nline", true],
    ["a\\*", "a\\b", true]
  ] as const)("wildcard %s on %s → %s", (pattern, value, expected) => {
    assert.strictEqual(PermissionRules.matches(pattern, value), expected)
  })

  it("matches in linear passes: many stars against a long value do not backtrack exponentially", () => {
    // as a compiled regex ([\s\S]* per star) this takes minutes; here pattern × value steps at most
    const pattern = `${"*a".repeat(12)}*b`
    assert.isFalse(PermissionRules.matches(pattern, "a".repeat(20_000)))
    assert.isTrue(PermissionRules.matches(pattern, `${"a".repeat(20_000)}b`))
  })

  // rule precedence: the last matching rule wins
  it.each([
    { rules: [], value: "x", expected: "ask", why: "no rule: the fallback" },
    { rules: [r("bash", "*", "allow")], value: "ls", expected: "allow", why: "one rule" },
    { rules: [r("bash", "*", "allow"), r("bash", "rm *", "deny")], value: "rm -rf /", expected: "deny", why: "narrower later rule wins" },
    { rules: [r("bash", "rm *", "deny"), r("bash", "*", "allow")], value: "rm -rf /", expected: "allow", why: "broader later rule wins too: last match, not most specific" },
    { rules: [r("bash", "*", "deny"), r("edit", "*", "allow")], value: "ls", expected: "deny", why: "other permissions do not apply" },
    { rules: [r("*", "*", "ask"), r("read", "*", "allow")], value: "a.txt", expected: "allow", why: "permission wildcard", permission: "read" },
    { rules: [r("*", "*", "ask"), r("read", "*", "allow")], value: "ls", expected: "ask", why: "permission wildcard applies to the rest" },
    { rules: [r("mcp:*", "*", "deny")], value: "x", expected: "ask", why: "mcp wildcard does not match bash", permission: "bash" },
    { rules: [r("mcp:github:*", "*", "deny")], value: "x", expected: "deny", why: "mcp key", permission: "mcp:github:create_issue" }
  ])("$why", ({ rules, value, expected, permission }) => {
    assert.strictEqual(PermissionRules.evaluate(rules, permission ?? "bash", value), expected)
  })

  it("merge order: agent defaults < config < session < saved approvals", () => {
    const agent = [r("edit", "*", "ask")]
    const config = [r("edit", "*.md", "allow")]
    const session = [r("edit", "secret/*", "deny")]
    const saved = [r("edit", "secret/ok.md", "allow")]
    const rules = PermissionRules.merge(agent, config, undefined, session, saved)
    assert.strictEqual(PermissionRules.evaluate(rules, "edit", "src/a.ts"), "ask")
    assert.strictEqual(PermissionRules.evaluate(rules, "edit", "README.md"), "allow")
    assert.strictEqual(PermissionRules.evaluate(rules, "edit", "secret/key.md"), "deny")
    assert.strictEqual(PermissionRules.evaluate(rules, "edit", "secret/ok.md"), "allow")
  })

  it("several inputs: any deny refuses, any ask asks, else allow", () => {
    const rules = [r("read", "*", "allow"), r("read", "/etc/*", "deny"), r("read", "*.env", "ask")]
    assert.strictEqual(PermissionRules.evaluateAll(rules, "read", ["a", "b"]), "allow")
    assert.strictEqual(PermissionRules.evaluateAll(rules, "read", ["a", ".env"]), "ask")
    assert.strictEqual(PermissionRules.evaluateAll(rules, "read", ["a", ".env", "/etc/passwd"]), "deny")
  })

  it.each([
    { rules: [r("bash", "*", "deny")], expected: true },
    { rules: [r("bash", "*", "deny"), r("bash", "ls", "allow")], expected: false },
    { rules: [r("bash", "ls", "allow"), r("bash", "*", "deny")], expected: true },
    { rules: [r("*", "*", "deny"), r("read", "*", "allow")], expected: true },
    { rules: [r("bash", "rm *", "deny")], expected: false },
    { rules: [], expected: false }
  ])("a tool denied outright is not offered: $rules.length rules → $expected", ({ rules, expected }) => {
    assert.strictEqual(PermissionRules.disabled(rules, "bash"), expected)
  })
})
