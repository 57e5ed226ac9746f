/**
 * Agent definitions: system prompt, step limit, optional model, and the
 * permission defaults that shape what each may do. The four built-ins follow
 * opencode's: `build` (every tool; `bash` and file changes ask), `plan`
 * (read-only: changes and commands denied, so those tools are not even
 * offered), and the sub-agents `general` and `explore` (read-only) that the
 * `task` tool runs in child sessions. Config may change any of them or add
 * more; its rules go after the defaults, so they win.
 */
import type { ModelRef, PermissionRule, SandboxMode } from "@ratchet/schema"
import { Context, Layer } from "effect"

export type Mode = "primary" | "subagent" | "all"

export interface Agent {
  readonly name: string
  readonly description?: string
  readonly mode?: Mode
  readonly system?: string
  /** Provider turns per activity; on the last one the model is told to answer without tools. */
  readonly maxSteps: number
  readonly model?: ModelRef
  /** Lowest-precedence rules (config, session and saved approvals come after); default `buildRules`. */
  readonly permission?: ReadonlyArray<PermissionRule>
  /** Where its `bash` runs unless the session says (default: the server's `SandboxConfig`). */
  readonly sandbox?: SandboxMode
}

/** A session's sandbox choice, else its agent's; undefined: the server's default applies. */
export const sandboxOf = (session: { readonly sandbox?: SandboxMode | undefined }, agent: Agent): SandboxMode | undefined =>
  session.sandbox ?? agent.sandbox

const STRICTNESS: Record<SandboxMode, number> = { off: 0, "workspace-write": 1, "read-only": 2 }

/** The more confining of two choices (an absent one yields to the other). */
export const stricter = (a: SandboxMode | undefined, b: SandboxMode | undefined): SandboxMode | undefined =>
  a === undefined ? b : b === undefined ? a : STRICTNESS[a] >= STRICTNESS[b] ? a : b

export const DEFAULT_MAX_STEPS = 25

const rule = (permission: string, action: PermissionRule["action"], pattern = "*"): PermissionRule => ({ permission, pattern, action })

/**
 * Everything allowed except what changes the directory or runs commands, and
 * fetches from this machine or its private network (`webfetch_local`), which ask.
 */
export const buildRules: ReadonlyArray<PermissionRule> = [
  rule("*", "allow"),
  rule("bash", "ask"),
  rule("edit", "ask"),
  rule("webfetch_local", "ask")
]

/** Reading and asking only: edits and commands are denied (and so not offered). */
export const readOnlyRules: ReadonlyArray<PermissionRule> = [
  rule("*", "allow"),
  rule("bash", "deny"),
  rule("edit", "deny"),
  rule("webfetch_local", "ask")
]

export const build: Agent = {
  name: "build",
  description: "The default agent: reads, edits and runs commands in the session's directory, asking before changes and commands.",
  mode: "primary",
  maxSteps: DEFAULT_MAX_STEPS,
  permission: buildRules
}

export const plan: Agent = {
  name: "plan",
  description: "Plans without changing anything: read-only tools; edits and commands are not available.",
  mode: "primary",
  maxSteps: DEFAULT_MAX_STEPS,
  permission: readOnlyRules
}

export const general: Agent = {
  name: "general",
  description: "A general-purpose sub-agent for multi-step tasks, run by the task tool in a child session.",
  mode: "subagent",
  maxSteps: DEFAULT_MAX_STEPS,
  permission: [...buildRules, rule("todowrite", "deny"), rule("todoread", "deny")]
}

export const explore: Agent = {
  name: "explore",
  description: "A fast read-only sub-agent for finding files and code, run by the task tool in a child session.",
  mode: "subagent",
  maxSteps: DEFAULT_MAX_STEPS,
  permission: [...readOnlyRules, rule("task", "deny"), rule("todowrite", "deny"), rule("todoread", "deny")]
}

export const builtins: ReadonlyArray<Agent> = [build, plan, general, explore]

export const rulesOf = (agent: Agent): ReadonlyArray<PermissionRule> => agent.permission ?? buildRules

export interface AgentsService {
  /** The named agent; unknown names fall back to `build`. */
  readonly get: (name: string) => Agent
  readonly find: (name: string) => Agent | undefined
  readonly list: ReadonlyArray<Agent>
}

export class Agents extends Context.Tag("@ratchet/engine/Agents")<Agents, AgentsService>() {}

/**
 * The built-ins, then `agents` (an agent of the same name replaces the
 * built-in; the server merges config over the built-in before passing it).
 */
export const fromList = (agents: ReadonlyArray<Agent>): AgentsService => {
  const byName = new Map([...builtins, ...agents].map((a) => [a.name, a]))
  const fallback = byName.get("build") ?? build
  return { get: (name) => byName.get(name) ?? fallback, find: (name) => byName.get(name), list: [...byName.values()] }
}

export const layer = (agents: ReadonlyArray<Agent> = []): Layer.Layer<Agents> => Layer.succeed(Agents, fromList(agents))
