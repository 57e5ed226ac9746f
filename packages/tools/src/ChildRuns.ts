/**
 * The port through which a tool starts a run in a child session (the `task`
 * tool's sub-agents). Tools sit below the engine and never import it; the
 * engine provides this tag (`@ratchet/engine` `ChildSessions.layer`), so the
 * dependency arrow stays tools → store while `task` still drives a run.
 *
 * `run` creates the child under its parent (inheriting the parent's
 * location, model and session rules), calls `started` once the child exists
 * (so the caller can report it before waiting), prompts it, waits until it is
 * idle and returns its last answer. Interrupting `run` interrupts the child.
 * It is idempotent per call: the same call reuses its child and its prompt.
 */
import type { SessionId } from "@ratchet/schema"
import { Context, Data, type Effect } from "effect"

export interface Subagent {
  readonly name: string
  readonly description?: string
}

export interface ChildRunRequest {
  readonly parent: SessionId
  /**
   * The parent's call (its step's message and the call id): the child's
   * session and prompt ids derive from them, so running the same call again
   * (after a restart) finds the same child instead of starting another.
   */
  readonly call: { readonly messageId: string; readonly callId: string }
  readonly agent: string
  readonly title: string
  readonly prompt: string
  /** Called once the child exists, with its id and the agent's name. */
  readonly started: (child: { readonly sessionID: SessionId; readonly agent: string }) => Effect.Effect<void>
}

export interface ChildRunResult {
  readonly sessionID: SessionId
  readonly agent: string
  /** The text of the child's last assistant message ("" when it gave none). */
  readonly answer: string
  readonly cost: number
}

/** Why a child run could not start: `unknown_agent` (not a sub-agent) or `internal`. */
export class ChildRunError extends Data.TaggedError("ChildRunError")<{
  readonly type: "unknown_agent" | "internal"
  readonly message: string
}> {}

export interface ChildRunsService {
  /** The agents a child run may use (mode `subagent` or `all`). */
  readonly subagents: ReadonlyArray<Subagent>
  readonly run: (request: ChildRunRequest) => Effect.Effect<ChildRunResult, ChildRunError>
}

export class ChildRuns extends Context.Tag("@ratchet/tools/ChildRuns")<ChildRuns, ChildRunsService>() {}
