/**
 * Permission rules: `{ permission, pattern, action }` with wildcard
 * patterns; the last matching rule wins. Rule sets are merged by
 * concatenation in precedence order — agent defaults, then config, then the
 * session's, then saved approvals — so a later source overrides an earlier
 * one. Pure functions: the permission service (tools issue) stores and asks.
 */
import type { PermissionAction, PermissionRule } from "@ratchet/schema"

/**
 * `*` matches any run of characters (including `/`), `?` exactly one;
 * everything else is literal. Matched without a regular expression, by the
 * classic two-pointer scan that backtracks only to the last `*`: at most
 * pattern × value steps, whatever the input. Patterns come from clients
 * (session rules) and from commands a model wrote (saved approvals), so a
 * compiled regex with many stars could be made to backtrack for minutes.
 */
export const matches = (pattern: string, value: string): boolean => {
  let p = 0
  let v = 0
  let star = -1
  let resume = 0
  while (v < value.length) {
    const c = pattern[p]
    if (c === "*") {
      star = p++
      resume = v
    } else if (c !== undefined && (c === "?" || c === value[v])) {
      p++
      v++
    } else if (star >= 0) {
      p = star + 1
      v = ++resume
    } else return false
  }
  while (pattern[p] === "*") p++
  return p === pattern.length
}

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
