/**
 * Permission rules: `{ permission, pattern, action }` with wildcard
 * patterns; the last matching rule wins. Rule sets are merged by
 * concatenation in precedence order — agent defaults, then config, then the
 * session's, then saved approvals — so a later source overrides an earlier
 * one. Pure functions: the permission service (tools issue) stores and asks.
 */
import type { PermissionAction, PermissionRule } from "@ratchet/schema"

const compiled = new Map<string, RegExp>()

/** `*` matches any run of characters (including `/`), `?` exactly one; everything else is literal. */
export const wildcard = (pattern: string): RegExp => {
  let re = compiled.get(pattern)
  if (re === undefined) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[\\s\\S]*").replace(/\?/g, "[\\s\\S]")
    re = new RegExp(`^${body}$`)
    if (compiled.size > 10_000) compiled.clear()
    compiled.set(pattern, re)
  }
  return re
}

export const matches = (pattern: string, value: string): boolean => wildcard(pattern).test(value)

/** Precedence order, lowest first: later sources override earlier ones. */
export const merge = (...sources: ReadonlyArray<ReadonlyArray<PermissionRule> | undefined>): ReadonlyArray<PermissionRule> =>
  sources.flatMap((s) => s ?? [])

/**
 * The action for `permission` on `value` (a path, a command, …): the last rule
 * whose permission and pattern both match; `fallback` when none does.
 */
export const evaluate = (
  rules: ReadonlyArray<PermissionRule>,
  permission: string,
  value: string,
  fallback: PermissionAction = "ask"
): PermissionAction => {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i]!
    if (matches(rule.permission, permission) && matches(rule.pattern, value)) return rule.action
  }
  return fallback
}

/** All values must be allowed for a call to run; any deny refuses it; otherwise it asks. */
export const evaluateAll = (
  rules: ReadonlyArray<PermissionRule>,
  permission: string,
  values: ReadonlyArray<string>,
  fallback: PermissionAction = "ask"
): PermissionAction => {
  const actions = values.map((v) => evaluate(rules, permission, v, fallback))
  if (actions.includes("deny")) return "deny"
  if (actions.includes("ask")) return "ask"
  return "allow"
}

/**
 * A tool is not even offered to the model when, for its permission, the last
 * rule that could apply to every input denies all of them (`pattern: "*"`).
 */
export const disabled = (rules: ReadonlyArray<PermissionRule>, permission: string): boolean => {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i]!
    if (!matches(rule.permission, permission)) continue
    if (rule.pattern === "*") return rule.action === "deny"
    // a narrower rule after a blanket deny still lets some inputs through
    if (rule.action !== "deny") return false
  }
  return false
}
