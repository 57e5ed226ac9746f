/**
 * Session lifecycle commands: create, update, delete. Each is one append to
 * the session's stream (the read model follows in the same transaction),
 * so a refused command writes nothing.
 */
import {
  Events,
  Ids,
  InvalidInput,
  type LocationRef,
  type ModelRef,
  type PermissionRule,
  type SandboxMode,
  type SequenceConflict,
  type SessionEvent,
  type SessionId,
  type SessionInfo,
  SessionNotFound
} from "@ratchet/schema"
import { Principal } from "@ratchet/schema"
import { Context, Effect, Layer, Option } from "effect"
import { Agents } from "./Agents.js"
import { SessionExecution } from "./SessionExecution.js"
import { EventStore, SessionQueries, SessionWriter } from "@ratchet/store"
import { ToolOutputs, ToolRegistry } from "@ratchet/tools"

export interface CreateInput {
  readonly id?: SessionId
  readonly title?: string
  readonly agent?: string
  readonly model?: ModelRef
  readonly location: LocationRef
  readonly parentID?: SessionId
  /** The project (tenant); absent: the parent's, or `default`. */
  readonly project?: string
  /** Who creates it (an API key id, `password`, `token`). */
  readonly by?: string
  /** The session's own permission rules (after the agent's and the config's). */
  readonly permission?: ReadonlyArray<PermissionRule>
  /** Where its `bash` runs (over the agent's and the server's choice). */
  readonly sandbox?: SandboxMode
  /** The model when neither the request nor the agent names one (the config's default). */
  readonly defaultModel?: ModelRef
}

export interface UpdateInput {
  readonly title?: string
  readonly archived?: number | null
}

export interface SessionCommandsService {
  /** A session with a client-chosen id that already exists fails with `SequenceConflict`. */
  readonly create: (input: CreateInput) => Effect.Effect<SessionInfo, SequenceConflict | InvalidInput | SessionNotFound>
  readonly update: (id: SessionId, input: UpdateInput) => Effect.Effect<SessionInfo, SessionNotFound | InvalidInput>
  /** Interrupts the session's run, then ends its stream with `session.deleted`. */
  readonly remove: (id: SessionId) => Effect.Effect<void, SessionNotFound>
  /** The agent of the session's next activities (`session.next.agent.switched`). */
  readonly switchAgent: (id: SessionId, agent: string) => Effect.Effect<void, SessionNotFound | InvalidInput>
  /** The model of the session's next activities (`session.next.model.switched`). */
  readonly switchModel: (id: SessionId, model: ModelRef) => Effect.Effect<void, SessionNotFound | InvalidInput>
}

export class SessionCommands extends Context.Tag("@ratchet/engine/SessionCommands")<
  SessionCommands,
  SessionCommandsService
>() {}

export const make = Effect.gen(function*() {
  const store = yield* EventStore.EventStore
  const writer = yield* SessionWriter.SessionWriter
  const queries = yield* SessionQueries.SessionQueries
  const execution = yield* SessionExecution
  const agents = yield* Agents

  const read = (id: SessionId) =>
    Effect.flatMap(queries.session(id), Option.match({
      onNone: () => Effect.fail(new SessionNotFound({ sessionID: id })),
      onSome: Effect.succeed
    }))

  const exists = (id: SessionId) => Effect.flatMap(queries.session(id), (s) => Option.isSome(s) ? Effect.void : new SessionNotFound({ sessionID: id }))

  const create: SessionCommandsService["create"] = (input) =>
    Effect.gen(function*() {
      const agentName = input.agent ?? "build"
      if (!agents.list.some((a) => a.name === agentName)) {
        return yield* new InvalidInput({ field: "agent", reason: `unknown agent ${JSON.stringify(agentName)}` })
      }
      const parent = input.parentID === undefined ? undefined : yield* read(input.parentID)
      const actor = yield* Principal.Principal
      // a parent in another project is, to a project's key, a parent that does not exist
      if (parent !== undefined && actor.project !== undefined && parent.project !== actor.project) {
        return yield* new SessionNotFound({ sessionID: parent.id })
      }
      // a child is always in its parent's project, whatever it was asked for
      const project = parent?.project ?? input.project ?? actor.project ?? "default"
      const by = input.by ?? actor.id
      const agent = agents.get(agentName)
      const id = input.id ?? Ids.newSessionId()
      const model = input.model ?? agent.model ?? input.defaultModel
      yield* store.append(id, [
        Events.make("session.created", {
          title: input.title ?? "New session",
          agent: agentName,
          location: input.location,
          ...(model === undefined ? {} : { model }),
          ...(input.parentID === undefined ? {} : { parentID: input.parentID }),
          ...(input.permission === undefined ? {} : { permission: input.permission }),
          ...(input.sandbox === undefined ? {} : { sandbox: input.sandbox }),
          ...(project === "default" ? {} : { project }),
          ...(by === undefined ? {} : { by })
        })
      ], { expectedSequence: 0 })
      return yield* read(id).pipe(Effect.orDie)
    })

  const update: SessionCommandsService["update"] = (id, input) =>
    Effect.gen(function*() {
      yield* exists(id)
      if (input.title !== undefined || input.archived !== undefined) {
        yield* writer.append(id, [Events.make("session.updated", input)]).pipe(
          Effect.catchTag("SequenceConflict", (e) => Effect.die(e))
        )
      }
      return yield* read(id)
    })

  const remove: SessionCommandsService["remove"] = (id) =>
    Effect.gen(function*() {
      yield* exists(id)
      yield* execution.interrupt(id)
      yield* writer.append(id, [Events.make("session.deleted", {})]).pipe(
        Effect.catchTags({
          SequenceConflict: (e) => Effect.die(e),
          InvalidInput: (e) => Effect.die(e)
        })
      )
      // after the log says it is gone: a crash in between leaves files, which pruning by age removes
      yield* ToolOutputs.remove((yield* ToolRegistry.ToolConfig).outputDir, id)
    })

  const switchTo = (id: SessionId, event: SessionEvent) =>
    Effect.gen(function*() {
      yield* exists(id)
      yield* writer.append(id, [event]).pipe(Effect.catchTag("SequenceConflict", (e) => Effect.die(e)))
    })

  const switchAgent: SessionCommandsService["switchAgent"] = (id, agent) =>
    agents.list.some((a) => a.name === agent)
      ? switchTo(id, Events.make("session.next.agent.switched", { messageID: Ids.newMessageId(), agent }))
      : Effect.fail(new InvalidInput({ field: "agent", reason: `unknown agent ${JSON.stringify(agent)}` }))

  const switchModel: SessionCommandsService["switchModel"] = (id, model) =>
    switchTo(id, Events.make("session.next.model.switched", { messageID: Ids.newMessageId(), model }))

  return SessionCommands.of({ create, update, remove, switchAgent, switchModel })
})

export const layer = Layer.effect(SessionCommands, make)

