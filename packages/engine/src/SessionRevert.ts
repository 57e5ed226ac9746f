/**
 * Revert and diff, on the file snapshots taken before each step
 * (`Snapshots`, recorded in `step.started`).
 *
 * `stage(message)` puts the session directory's files back as they were
 * before that message's first step and records `revert.staged` with the
 * files as they were just before (so `clear` can put them back); the
 * messages from there on stay in the log and the message view until
 * `commit` (or the next prompt) marks them superseded. Staging again moves
 * the point and keeps the first "before". Each needs the session idle (a
 * run would be changing the same files): otherwise `SessionBusy`.
 */
import {
  Events,
  InvalidInput,
  type MessageId,
  type MessageInfo,
  type RevertState,
  SessionBusy,
  type SessionId,
  type SessionInfo,
  SessionNotFound
} from "@ratchet/schema"
import { SessionQueries, SessionWriter } from "@ratchet/store"
import { Snapshots } from "@ratchet/tools"
import { Context, Effect, Layer, Option } from "effect"

export type RevertError = SessionNotFound | SessionBusy | InvalidInput

export interface SessionRevertService {
  /** `files: false` reverts the conversation only (upstream's flag); default: the files too. */
  readonly stage: (id: SessionId, messageID: string, options?: { readonly files?: boolean }) => Effect.Effect<RevertState, RevertError>
  readonly clear: (id: SessionId) => Effect.Effect<void, RevertError>
  readonly commit: (id: SessionId) => Effect.Effect<void, RevertError>
  /** The files a message's steps changed (from before its first step to before the next message's), or the whole session's so far. */
  readonly diff: (id: SessionId, messageID?: string) => Effect.Effect<ReadonlyArray<Snapshots.FileDiff>, SessionNotFound | InvalidInput>
}

export class SessionRevert extends Context.Tag("@ratchet/engine/SessionRevert")<SessionRevert, SessionRevertService>() {}

const snapshotOf = (m: MessageInfo): string | undefined => {
  const info = m.info as { snapshot?: unknown } | null
  return m.type === "assistant" && typeof info?.snapshot === "string" ? info.snapshot : undefined
}

const failed = (field: string) => (e: Snapshots.SnapshotError) => new InvalidInput({ field, reason: e.message })

export const make = Effect.gen(function*() {
  const queries = yield* SessionQueries.SessionQueries
  const writer = yield* SessionWriter.SessionWriter
  // one revert operation at a time per process: stage, clear and commit read, move files, then record
  const lock = yield* Effect.makeSemaphore(1)

  const idleSession = (id: SessionId) =>
    Effect.flatMap(queries.session(id), Option.match({
      onNone: () => Effect.fail<RevertError>(new SessionNotFound({ sessionID: id })),
      onSome: (s): Effect.Effect<SessionInfo, RevertError> =>
        s.status === "busy" ? Effect.fail(new SessionBusy({ sessionID: id, message: `session ${id} is running: revert when it is idle` })) : Effect.succeed(s)
    }))

  /** The snapshot before `message` (its own step's, or the first step after it), if any step came after it. */
  const before = (transcript: ReadonlyArray<MessageInfo>, message: MessageInfo) =>
    transcript.filter((m) => m.seq >= message.seq).map(snapshotOf).find((s) => s !== undefined)

  const find = (transcript: ReadonlyArray<MessageInfo>, messageID: string) => {
    const message = transcript.find((m) => m.id === messageID)
    return message === undefined ? Effect.fail(new InvalidInput({ field: "messageID", reason: `no message ${messageID} in this session` })) : Effect.succeed(message)
  }

  const stage: SessionRevertService["stage"] = (id, messageID, options = {}) =>
    lock.withPermits(1)(Effect.gen(function*() {
      const session = yield* idleSession(id)
      const snapshots = yield* Snapshots.Snapshots
      const transcript = yield* queries.messages(id, { final: true })
      const message = yield* find(transcript, messageID)
      const directory = session.location.directory
      // the files before the first stage: what `clear` restores
      const original = session.revert?.snapshot ?? (yield* snapshots.track(directory))
      const target = options.files === false ? undefined : before(transcript, message)
      if (target !== undefined) yield* snapshots.restore(directory, target).pipe(Effect.mapError(failed("messageID")))
      const files = original === undefined || target === undefined ? [] : yield* snapshots.diff(directory, target, original).pipe(Effect.orElseSucceed(() => []))
      const revert: RevertState = {
        messageID,
        ...(original === undefined ? {} : { snapshot: original }),
        ...(files.length === 0 ? {} : { diff: files.map((f) => `${f.status} ${f.file}`).join("\n") })
      }
      yield* writer.append(id, [Events.make("session.next.revert.staged", { revert })]).pipe(Effect.orDie)
      return revert
    }))

  const clear: SessionRevertService["clear"] = (id) =>
    lock.withPermits(1)(Effect.gen(function*() {
      const session = yield* idleSession(id)
      if (session.revert === undefined) return
      if (session.revert.snapshot !== undefined) {
        yield* (yield* Snapshots.Snapshots).restore(session.location.directory, session.revert.snapshot).pipe(Effect.mapError(failed("revert")))
      }
      yield* writer.append(id, [Events.make("session.next.revert.cleared", {})]).pipe(Effect.orDie)
    }))

  const commit: SessionRevertService["commit"] = (id) =>
    lock.withPermits(1)(Effect.gen(function*() {
      const session = yield* idleSession(id)
      if (session.revert === undefined) return
      yield* writer.append(id, [Events.make("session.next.revert.committed", { messageID: session.revert.messageID as MessageId })]).pipe(Effect.orDie)
    }))

  const diff: SessionRevertService["diff"] = (id, messageID) =>
    Effect.gen(function*() {
      const session = yield* Effect.flatMap(queries.session(id), Option.match({
        onNone: () => Effect.fail(new SessionNotFound({ sessionID: id })),
        onSome: Effect.succeed
      }))
      const snapshots = yield* Snapshots.Snapshots
      const transcript = yield* queries.messages(id, { final: true })
      const directory = session.location.directory
      if (messageID === undefined) {
        const first = transcript.map(snapshotOf).find((s) => s !== undefined)
        return first === undefined ? [] : yield* snapshots.diff(directory, first).pipe(Effect.mapError(failed("messageID")))
      }
      const message = yield* find(transcript, messageID)
      const from = before(transcript, message)
      if (from === undefined) return []
      // up to the next user message's first step (or the files now)
      const next = transcript.find((m) => m.seq > message.seq && m.type === "user")
      const to = next === undefined ? undefined : before(transcript, next)
      return yield* snapshots.diff(directory, from, to).pipe(Effect.mapError(failed("messageID")))
    })

  return SessionRevert.of({ stage, clear, commit, diff })
})

export const layer: Layer.Layer<SessionRevert, never, SessionQueries.SessionQueries | SessionWriter.SessionWriter> = Layer.effect(SessionRevert, make)
