/** Agent definitions the runner needs: system prompt, step limit, optional model override. */
import type { ModelRef } from "@ratchet/schema"
import { Context, Layer } from "effect"

export interface Agent {
  readonly name: string
  readonly system?: string
  /** Provider turns per activity; on the last one the model is told to answer without tools. */
  readonly maxSteps: number
  readonly model?: ModelRef
}

export const DEFAULT_MAX_STEPS = 25

export const build: Agent = { name: "build", maxSteps: DEFAULT_MAX_STEPS }

export interface AgentsService {
  /** The named agent; unknown names fall back to `build` with the default step limit. */
  readonly get: (name: string) => Agent
  readonly list: ReadonlyArray<Agent>
}

export class Agents extends Context.Tag("@ratchet/core/Agents")<Agents, AgentsService>() {}

export const fromList = (agents: ReadonlyArray<Agent>): AgentsService => {
  const byName = new Map([build, ...agents].map((a) => [a.name, a]))
  return { get: (name) => byName.get(name) ?? byName.get("build")!, list: [...byName.values()] }
}

export const layer = (agents: ReadonlyArray<Agent> = []): Layer.Layer<Agents> => Layer.succeed(Agents, fromList(agents))
