/**
 * The server log: an append-only record of changes to the server itself
 * (today: MCP servers added, switched on or off and removed through the
 * API), apart from the session log. It is not replayed to clients — an
 * entry may hold a server's headers or environment — and is small: it is
 * read whole at start.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { Context, Effect, Layer, ParseResult, Schema } from "effect"
import { LogWriter } from "./LogWriter.js"
import { statement } from "./Projection.js"

export interface ServerLogService {
  /** Appends one entry (`_tag` is its type), durably, before it succeeds. */
  readonly append: <A extends { readonly _tag: string }, I>(schema: Schema.Schema<A, I>, entry: A) => Effect.Effect<void>
  /**
   * Every entry of the schema's types, in log order. An entry that no longer
   * decodes is a defect: the log was written through the same schema.
   */
  readonly read: <A, I>(schema: Schema.Schema<A, I>, types: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<A>>
}

/**
 * An entry as a statement, for a change that writes its own rows too (keys,
 * budgets): the entry commits with them, in the same `LogWriter.write`.
 */
export const entryStatement = (type: string, data: Record<string, unknown>) =>
  statement("INSERT INTO server_event (type, data, created) VALUES (?, ?, ?)", [type, JSON.stringify({ _tag: type, ...data }), Date.now()])

export class ServerLog extends Context.Tag("@ratchet/store/ServerLog")<ServerLog, ServerLogService>() {}

export const layer: Layer.Layer<ServerLog, never, SqlClient.SqlClient | LogWriter> = Layer.effect(
  ServerLog,
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const writer = yield* LogWriter
    return ServerLog.of({
      append: (schema, entry) =>
        Effect.flatMap(Effect.orDie(Schema.encode(Schema.parseJson(schema))(entry)), (data) =>
          Effect.orDie(writer.write([statement("INSERT INTO server_event (type, data, created) VALUES (?, ?, ?)", [entry._tag, data, Date.now()])]))),
      read: (schema, types) =>
        types.length === 0 ? Effect.succeed([]) : sql<{ readonly data: string }>`SELECT data FROM server_event WHERE ${sql.in("type", types)} ORDER BY position`.pipe(
          Effect.orDie,
          Effect.flatMap((rows) => Effect.forEach(rows, (r) => Schema.decode(Schema.parseJson(schema))(r.data))),
          Effect.mapError((e) => new Error(`server log: ${ParseResult.TreeFormatter.formatErrorSync(e)}`)),
          Effect.orDie
        )
    })
  })
)
