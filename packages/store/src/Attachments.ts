/**
 * Prompt attachments stored once by content (`sha256`): a prompt's events
 * and read models carry `attachment:sha256:<hex>` references, so a file
 * sent once is stored once however many turns show it to the model.
 * Written through the `LogWriter` (one write path), read by hash.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { Context, Effect, Layer, Option } from "effect"
import { createHash } from "node:crypto"
import { LogWriter } from "./LogWriter.js"
import { statement } from "./Projection.js"

export const PREFIX = "attachment:sha256:"

/** Media types shown to the model as text (inline), not as a native part. */
export const isText = (mime: string) => mime.startsWith("text/") || mime === "application/json" || mime === "application/xml"

export interface Stored {
  readonly mime: string
  /** The bytes, base64. */
  readonly data: string
  readonly size: number
}

export interface AttachmentsService {
  /** Stores the bytes (once per content) and returns their reference. */
  readonly put: (mime: string, bytes: Uint8Array) => Effect.Effect<string>
  readonly get: (reference: string) => Effect.Effect<Option.Option<Stored>>
}

export class Attachments extends Context.Tag("@ratchet/store/Attachments")<Attachments, AttachmentsService>() {}

export const referenceOf = (bytes: Uint8Array): string => `${PREFIX}${createHash("sha256").update(bytes).digest("hex")}`

export const layer: Layer.Layer<Attachments, never, SqlClient.SqlClient | LogWriter> = Layer.effect(
  Attachments,
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const writer = yield* LogWriter
    return Attachments.of({
      put: (mime, bytes) =>
        Effect.gen(function*() {
          const reference = referenceOf(bytes)
          const hash = reference.slice(PREFIX.length)
          yield* writer.write([statement(
            `INSERT INTO attachment (hash, mime, size, data, created) VALUES (?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`,
            [hash, mime, bytes.byteLength, Buffer.from(bytes).toString("base64"), Date.now()]
          )]).pipe(Effect.orDie)
          return reference
        }),
      get: (reference) =>
        !reference.startsWith(PREFIX) ? Effect.succeed(Option.none()) : sql<{ readonly mime: string; readonly data: string; readonly size: number | string }>`
          SELECT mime, data, size FROM attachment WHERE hash = ${reference.slice(PREFIX.length)}`.pipe(
          Effect.orDie,
          Effect.map((rows) => Option.map(Option.fromNullable(rows[0]), (r) => ({ mime: r.mime, data: r.data, size: Number(r.size) })))
        )
    })
  })
)
