/** Reads of the session and transcript read models. */
import * as SqlClient from "@effect/sql/SqlClient"
import type { MessageInfo, PartInfo, SessionId, SessionInfo, Todo, Tokens } from "@ratchet/schema"
import { Context, Effect, Layer, Option } from "effect"

type Num = number | string | null

interface SessionRow {
  readonly id: string
  readonly parent_id: string | null
  readonly title: string
  readonly agent: string
  readonly model: string | null
  readonly directory: string
  readonly workspace_id: string | null
  readonly status: string
  readonly activity_id: string | null
  readonly permission: string | null
  readonly sandbox: string | null
  readonly revert: string | null
  readonly project: string
  readonly tokens_input: Num
  readonly tokens_output: Num
  readonly tokens_reasoning: Num
  readonly tokens_cache_read: Num
  readonly tokens_cache_write: Num
  readonly cost: Num
  readonly time_created: Num
  readonly time_updated: Num
  readonly time_archived: Num
}

interface MessageRow {
  readonly id: string
  readonly session_id: string
  readonly seq: Num
  readonly type: string
  readonly info: string
  readonly finish: string | null
  readonly error: string | null
  readonly cost: Num
  readonly tokens: string | null
  readonly time_created: Num
  readonly time_completed: Num
}

interface PartRow {
  readonly id: string
  readonly message_id: string
  readonly seq: Num
  readonly type: string
  readonly text: string
  readonly text_done: number | string
  readonly tool: string | null
  readonly status: string | null
  readonly input: string | null
  readonly output: string | null
  readonly error: string | null
  readonly metadata: string | null
  readonly time_created: Num
  readonly time_updated: Num
  readonly time_completed: Num
}

// PostgreSQL returns BIGINT as a string
const num = (v: Num): number => Number(v ?? 0)
const opt = <K extends string, V>(key: K, v: V | null | undefined): { [P in K]?: V } =>
  (v === null || v === undefined ? {} : { [key]: v }) as { [P in K]?: V }
const parse = (v: string | null): unknown => (v === null ? undefined : JSON.parse(v))

const toSession = (r: SessionRow): SessionInfo => ({
  id: r.id as SessionId,
  ...opt("parentID", r.parent_id as SessionId | null),
  title: r.title,
  agent: r.agent,
  ...opt("model", parse(r.model) as SessionInfo["model"]),
  location: { directory: r.directory, ...opt("workspaceID", r.workspace_id) },
  status: r.status === "busy" ? "busy" : "idle",
  ...opt("activityID", r.activity_id),
  ...opt("permission", parse(r.permission) as SessionInfo["permission"]),
  ...opt("sandbox", r.sandbox as SessionInfo["sandbox"] | null),
  ...opt("revert", parse(r.revert) as SessionInfo["revert"]),
  project: r.project,
  cost: num(r.cost),
  tokens: {
    input: num(r.tokens_input),
    output: num(r.tokens_output),
    reasoning: num(r.tokens_reasoning),
    cache: { read: num(r.tokens_cache_read), write: num(r.tokens_cache_write) }
  },
  time: {
    created: num(r.time_created),
    updated: num(r.time_updated),
    ...opt("archived", r.time_archived === null ? null : num(r.time_archived))
  }
})

const toPart = (r: PartRow): PartInfo => ({
  id: r.id,
  messageID: r.message_id,
  seq: num(r.seq),
  type: r.type,
  text: r.text,
  ...opt("tool", r.tool),
  ...opt("status", r.status),
  ...opt("input", parse(r.input) as PartInfo["input"]),
  ...opt("output", parse(r.output) as PartInfo["output"]),
  ...opt("error", parse(r.error) as PartInfo["error"]),
  ...opt("metadata", parse(r.metadata) as PartInfo["metadata"]),
  time: {
    created: num(r.time_created),
    updated: num(r.time_updated),
    ...opt("completed", r.time_completed === null ? null : num(r.time_completed))
  }
})

const toMessage = (r: MessageRow, parts: ReadonlyArray<PartInfo>): MessageInfo => ({
  id: r.id,
  sessionID: r.session_id as SessionId,
  seq: num(r.seq),
  type: r.type,
  info: JSON.parse(r.info) as MessageInfo["info"],
  ...opt("finish", r.finish),
  ...opt("error", parse(r.error) as MessageInfo["error"]),
  ...opt("cost", r.cost === null ? null : num(r.cost)),
  ...opt("tokens", parse(r.tokens) as MessageInfo["tokens"]),
  time: { created: num(r.time_created), ...opt("completed", r.time_completed === null ? null : num(r.time_completed)) },
  parts
})

const DELTA_PART: Record<string, (data: Record<string, string>) => string | undefined> = {
  "session.next.text.delta": (d) => d.textID,
  "session.next.reasoning.delta": (d) => d.reasoningID,
  "session.next.tool.input.delta": (d) => d.callID,
  "session.next.compaction.delta": (d) => d.messageID
}
const DELTA_TYPES_SQL = Object.keys(DELTA_PART).map((t) => `'${t}'`).join(", ")

export type Order = "asc" | "desc"

export interface ListOptions {
  /** Keyset paging: sessions after this id in `order` (ids sort by creation time). */
  readonly after?: string
  readonly limit: number
  readonly order: Order
  /** Case-insensitive substring of the title. */
  readonly search?: string
  readonly directory?: string
  /** Only this project's sessions (a project-scoped key's view). */
  readonly project?: string
}

export interface MessagePageOptions {
  /** Keyset paging: messages after this log sequence in `order`. */
  readonly after?: number
  readonly limit?: number
  readonly order?: Order
  /** Leave out provider attempts that were retried (the message view); the runner sees every attempt. */
  readonly final?: boolean
}

export interface SessionQueriesService {
  readonly session: (id: SessionId) => Effect.Effect<Option.Option<SessionInfo>>
  /** One page of sessions; `more` when the page was full. */
  readonly list: (options: ListOptions) => Effect.Effect<{ readonly sessions: ReadonlyArray<SessionInfo>; readonly more: boolean }>
  /** The transcript in log order (or a page of it), each message with its parts. */
  readonly messages: (id: SessionId, options?: MessagePageOptions) => Effect.Effect<ReadonlyArray<MessageInfo>>
  readonly message: (id: SessionId, messageId: string) => Effect.Effect<Option.Option<MessageInfo>>
  /** The log sequence of the session's latest `activity.started` (0 when it never ran). */
  readonly activityStart: (id: SessionId) => Effect.Effect<number>
  /**
   * How many times the work after `afterSeq` was resumed after a stop: its
   * `session.next.retried` events whose error is `interrupted` (the recovery
   * bound counts these; a provider's own retryable failures do not count).
   */
  readonly recoveries: (id: SessionId, afterSeq: number) => Effect.Effect<number>
  /** The session's todo list (the `todowrite` tool's projection). */
  readonly todos: (id: SessionId) => Effect.Effect<ReadonlyArray<Todo>>
  /**
   * Every provider turn that ended between `from` and `to` (ms), across
   * sessions, retried attempts included (they were billed): what usage
   * reports are summed from.
   */
  readonly turns: (options: { readonly from: number; readonly to: number; readonly project?: string }) => Effect.Effect<ReadonlyArray<TurnUsage>>
  /**
   * Dollars spent since `from` by a project's sessions or on a key's turns
   * (priced turns only; what budgets compare with their limit).
   */
  readonly spent: (options: { readonly from: number; readonly project?: string; readonly keyID?: string }) => Effect.Effect<number>
  /** Who the session's running activity is for (its `activity.started`'s `by`). */
  readonly activityBy: (id: SessionId) => Effect.Effect<Option.Option<string>>
  /** The project of each of these sessions that exists. */
  readonly projects: (ids: ReadonlyArray<string>) => Effect.Effect<ReadonlyMap<string, string>>
}

export interface TurnUsage {
  readonly sessionID: SessionId
  readonly project: string
  /** The key whose input started the turn's activity (`by`), when known. */
  readonly keyID?: string
  readonly model?: { readonly providerID: string; readonly id: string }
  readonly time: number
  /** Null: the model had no price. */
  readonly cost: number | null
  readonly tokens: Tokens
}

export class SessionQueries extends Context.Tag("@ratchet/store/SessionQueries")<
  SessionQueries,
  SessionQueriesService
>() {}

export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient

  /**
   * The text so far of parts still streaming, assembled from their delta
   * events (the projection writes a part's text once, when it ends). Parts
   * read before the deltas: a part that ended in between shows its deltas,
   * which are a prefix of, or equal to, its final text.
   */
  const streamedText = (id: SessionId, parts: ReadonlyArray<PartRow>) =>
    Effect.gen(function*() {
      const open = parts.filter((p) => Number(p.text_done) === 0)
      const text = new Map<string, string>()
      if (open.length === 0) return text
      const from = Math.min(...open.map((p) => num(p.seq)))
      const wanted = new Set(open.map((p) => p.id))
      const rows = yield* sql<{ readonly type: string; readonly data: string }>`SELECT type, data FROM event
        WHERE session_id = ${id} AND seq > ${from} AND type IN (${sql.literal(DELTA_TYPES_SQL)}) ORDER BY seq`
      for (const row of rows) {
        const data = JSON.parse(row.data) as Record<string, string>
        const part = DELTA_PART[row.type]?.(data)
        if (part === undefined || !wanted.has(part)) continue
        text.set(part, (text.get(part) ?? "") + (data.delta ?? ""))
      }
      return text
    })
  /** Messages with their parts (streaming text included), in the order given. */
  const withParts = (id: SessionId, messages: ReadonlyArray<MessageRow>) =>
    Effect.gen(function*() {
      if (messages.length === 0) return []
      const parts = yield* sql<PartRow>`SELECT * FROM part WHERE session_id = ${id} AND ${
        sql.in("message_id", messages.map((m) => m.id))
      } ORDER BY seq`
      const streaming = yield* streamedText(id, parts)
      const byMessage = new Map<string, Array<PartInfo>>()
      for (const p of parts) {
        const list = byMessage.get(p.message_id) ?? []
        const live = streaming.get(p.id)
        list.push(toPart(live === undefined ? p : { ...p, text: live }))
        byMessage.set(p.message_id, list)
      }
      return messages.map((m) => toMessage(m, byMessage.get(m.id) ?? []))
    })

  return SessionQueries.of({
    session: (id) =>
      sql<SessionRow>`SELECT * FROM session WHERE id = ${id}`.pipe(
        Effect.map((rows) => Option.map(Option.fromNullable(rows[0]), toSession)),
        Effect.orDie,
        Effect.withSpan("SessionQueries.session")
      ),
    list: (options) =>
      Effect.gen(function*() {
        const desc = options.order === "desc"
        const where = [
          options.after === undefined ? sql`1 = 1` : desc ? sql`id < ${options.after}` : sql`id > ${options.after}`,
          options.directory === undefined ? sql`1 = 1` : sql`directory = ${options.directory}`,
          options.project === undefined ? sql`1 = 1` : sql`project = ${options.project}`,
          options.search === undefined
            ? sql`1 = 1`
            : sql`lower(title) LIKE ${`%${options.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`
        ]
        const rows = yield* sql<SessionRow>`SELECT * FROM session WHERE ${sql.and(where)}
          ORDER BY id ${sql.literal(desc ? "DESC" : "ASC")} LIMIT ${options.limit}`
        return { sessions: rows.map(toSession), more: rows.length === options.limit }
      }).pipe(Effect.orDie, Effect.withSpan("SessionQueries.list")),
    activityStart: (id) =>
      sql<{ readonly seq: Num }>`SELECT max(seq) AS seq FROM event
        WHERE session_id = ${id} AND type = 'session.next.activity.started'`.pipe(
        Effect.map((rows) => num(rows[0]?.seq ?? 0)),
        Effect.orDie
      ),
    recoveries: (id, afterSeq) =>
      sql<{ readonly data: string }>`SELECT data FROM event
        WHERE session_id = ${id} AND seq > ${afterSeq} AND type = 'session.next.retried'`.pipe(
        Effect.map((rows) =>
          rows.filter((r) => (JSON.parse(typeof r.data === "string" ? r.data : JSON.stringify(r.data)) as { error?: { type?: string } }).error?.type === "interrupted").length
        ),
        Effect.orDie
      ),
    todos: (id) =>
      sql<{ readonly content: string; readonly status: string; readonly priority: string }>`SELECT content, status, priority
        FROM session_todo WHERE session_id = ${id} ORDER BY position`.pipe(
        Effect.map((rows) => rows.map((r) => ({ content: r.content, status: r.status, priority: r.priority }) as Todo)),
        Effect.orDie
      ),
    message: (id, messageId) =>
      Effect.gen(function*() {
        const rows = yield* sql<MessageRow>`SELECT * FROM message WHERE session_id = ${id} AND id = ${messageId}`
        if (rows.length === 0) return Option.none()
        return Option.some((yield* withParts(id, rows))[0]!)
      }).pipe(Effect.orDie, Effect.withSpan("SessionQueries.message")),
    turns: ({ from, to, project }) =>
      sql<{
        readonly session_id: string
        readonly info: string
        readonly cost: Num | null
        readonly tokens: string | null
        readonly time_completed: Num
        readonly key_id: string | null
        readonly project: string
      }>`
        SELECT m.session_id, m.info, m.cost, m.tokens, m.time_completed, m.key_id, s.project FROM message m JOIN session s ON s.id = m.session_id
        WHERE m.type = 'assistant' AND m.tokens IS NOT NULL AND m.time_completed >= ${from} AND m.time_completed < ${to} AND m.seq > s.copied_seq
        AND ${project === undefined ? sql`1 = 1` : sql`s.project = ${project}`}`.pipe(
        Effect.map((rows) =>
          rows.map((r): TurnUsage => {
            const model = (parse(r.info) as { model?: { providerID?: unknown; id?: unknown } } | undefined)?.model
            return {
              sessionID: r.session_id as SessionId,
              project: r.project,
              ...opt("keyID", r.key_id),
              ...(typeof model?.providerID === "string" && typeof model.id === "string" ? { model: { providerID: model.providerID, id: model.id } } : {}),
              time: num(r.time_completed),
              cost: r.cost === null ? null : num(r.cost),
              tokens: parse(r.tokens) as Tokens
            }
          })),
        Effect.orDie
      ),
    spent: ({ from, project, keyID }) =>
      sql<{ readonly total: Num }>`SELECT sum(m.cost) AS total FROM message m JOIN session s ON s.id = m.session_id
        WHERE m.type = 'assistant' AND m.cost IS NOT NULL AND m.time_completed >= ${from} AND m.seq > s.copied_seq
        AND ${project === undefined ? sql`1 = 1` : sql`s.project = ${project}`}
        AND ${keyID === undefined ? sql`1 = 1` : sql`m.key_id = ${keyID}`}`.pipe(
        Effect.map((rows) => num(rows[0]?.total ?? 0)),
        Effect.orDie
      ),
    activityBy: (id) =>
      sql<{ readonly activity_by: string | null }>`SELECT activity_by FROM session WHERE id = ${id}`.pipe(
        Effect.map((rows) => Option.fromNullable(rows[0]?.activity_by)),
        Effect.orDie
      ),
    projects: (ids) =>
      ids.length === 0
        ? Effect.succeed(new Map())
        : sql<{ readonly id: string; readonly project: string }>`SELECT id, project FROM session WHERE ${sql.in("id", ids)}`.pipe(
          Effect.map((rows) => new Map(rows.map((r) => [r.id, r.project]))),
          Effect.orDie
        ),
    messages: (id, options = {}) =>
      Effect.gen(function*() {
        const desc = options.order === "desc"
        const after = options.after === undefined ? sql`1 = 1` : desc ? sql`seq < ${options.after}` : sql`seq > ${options.after}`
        const limit = options.limit === undefined ? sql`` : sql`LIMIT ${options.limit}`
        const final = options.final === true ? sql`superseded = 0` : sql`1 = 1`
        const messages = yield* sql<MessageRow>`SELECT * FROM message WHERE session_id = ${id} AND ${final} AND ${after}
          ORDER BY seq ${sql.literal(desc ? "DESC" : "ASC")} ${limit}`
        return yield* withParts(id, messages)
      }).pipe(
        Effect.orDie,
        Effect.withSpan("SessionQueries.messages")
      )
  })
})

export const layer: Layer.Layer<SessionQueries, never, SqlClient.SqlClient> = Layer.effect(SessionQueries, make)
