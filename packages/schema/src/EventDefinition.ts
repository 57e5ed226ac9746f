/**
 * A durable event type: its `type` tag, its current schema version, and the
 * decoders of its older versions, each with an upgrade to the current shape.
 * Old logs stay readable because a stored event carries the version it was
 * written with and is decoded by that version's schema.
 */
import { Either, ParseResult, Schema } from "effect"

export interface LegacyVersion<Data> {
  readonly version: number
  readonly decode: (json: unknown) => Either.Either<Data, ParseResult.ParseError>
}

/** An older version's schema and how to upgrade its data to the current shape. */
export const legacyVersion = <Old, I, Data>(
  version: number,
  schema: Schema.Schema<Old, I>,
  upgrade: (old: Old) => Data
): LegacyVersion<Data> => {
  const decode = Schema.decodeUnknownEither(schema)
  return { version, decode: (json) => Either.map(decode(json), upgrade) }
}

export interface EventDefinition<T extends string, Data, Encoded> {
  readonly type: T
  readonly version: number
  readonly data: Schema.Schema<Data, Encoded>
  /** `{ type, data }`: the member of the event union. */
  readonly schema: Schema.Schema<{ readonly type: T; readonly data: Data }, { readonly type: T; readonly data: Encoded }>
  readonly legacy: ReadonlyArray<LegacyVersion<Data>>
  /** Validates `data` and turns it into its JSON-ready encoded form. */
  readonly encodeData: (data: unknown) => Either.Either<Encoded, ParseResult.ParseError>
  /** Decodes stored JSON written with `version`, upgrading older versions. */
  readonly decodeData: (version: number, json: unknown) => Either.Either<Data, ParseResult.ParseError | UnknownVersion>
}

export class UnknownVersion {
  readonly _tag = "UnknownVersion"
  constructor(readonly type: string, readonly version: number) {}
  get message() {
    return `no decoder for ${this.type} version ${this.version}`
  }
}

export const define = <const T extends string, Fields extends Schema.Struct.Fields>(
  type: T,
  fields: Fields,
  options?: {
    readonly version?: number
    readonly legacy?: ReadonlyArray<LegacyVersion<Schema.Struct<Fields>["Type"]>>
  }
): EventDefinition<T, Schema.Struct<Fields>["Type"], Schema.Struct<Fields>["Encoded"]> => {
  // event data schemas need no services; the cast only drops the Context parameter
  const data = Schema.Struct(fields).annotations({ identifier: `${type}.data` }) as unknown as Schema.Schema<
    Schema.Struct<Fields>["Type"],
    Schema.Struct<Fields>["Encoded"]
  >
  const version = options?.version ?? 1
  const legacy = options?.legacy ?? []
  const encode = Schema.encodeUnknownEither(data, { onExcessProperty: "error" })
  const decode = Schema.decodeUnknownEither(data)
  const legacyDecoders = new Map(legacy.map((l) => [l.version, l] as const))
  return {
    type,
    version,
    data,
    schema: Schema.Struct({ type: Schema.Literal(type), data }).annotations({ identifier: type }),
    legacy,
    encodeData: encode,
    decodeData: (v, json) => {
      if (v === version) return decode(json)
      const old = legacyDecoders.get(v)
      if (old === undefined) return Either.left(new UnknownVersion(type, v))
      return old.decode(json)
    }
  }
}
