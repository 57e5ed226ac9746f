/**
 * A durable event type: its `type` tag, its current schema version, and the
 * decoders of its older versions, each with an upgrade to the current shape.
 * Old logs stay readable because a stored event carries the version it was
 * written with and is decoded by that version's schema.
 */
import { Either, ParseResult, Schema, SchemaAST } from "effect"

/**
 * True when the schema's decoded value is its JSON as written: no
 * transformations and no custom declarations anywhere in it (refinements and
 * brands only check). For such schemas, validating on write is enough, and a
 * current-version event read back is its parsed JSON: decoding it again
 * would only repeat the checks made when it was appended.
 */
export const isJsonIdentity = (ast: SchemaAST.AST, seen: Set<SchemaAST.AST> = new Set()): boolean => {
  if (seen.has(ast)) return true
  seen.add(ast)
  switch (ast._tag) {
    case "Transformation":
    case "Declaration":
      return false
    case "Refinement":
      return isJsonIdentity(ast.from, seen)
    case "Suspend":
      return isJsonIdentity(ast.f(), seen)
    case "Union":
      return ast.types.every((t) => isJsonIdentity(t, seen))
    case "TupleType":
      return ast.elements.every((e) => isJsonIdentity(e.type, seen)) && ast.rest.every((r) => isJsonIdentity(r.type, seen))
    case "TypeLiteral":
      return ast.propertySignatures.every((p) => isJsonIdentity(p.type, seen)) &&
        ast.indexSignatures.every((i) => isJsonIdentity(i.type, seen))
    default:
      return true
  }
}

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
  /** True when data is stored exactly as typed (see isJsonIdentity): current-version reads skip decoding. */
  readonly identity: boolean
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
  const identity = isJsonIdentity(data.ast)
  const encode: (u: unknown) => Either.Either<Schema.Struct<Fields>["Encoded"], ParseResult.ParseError> = identity
    ? (Schema.validateEither(data, { onExcessProperty: "error" }) as (
      u: unknown
    ) => Either.Either<Schema.Struct<Fields>["Encoded"], ParseResult.ParseError>)
    : Schema.encodeUnknownEither(data, { onExcessProperty: "error" })
  const decode: (u: unknown) => Either.Either<Schema.Struct<Fields>["Type"], ParseResult.ParseError> = identity
    ? (json) => Either.right(json as Schema.Struct<Fields>["Type"])
    : Schema.decodeUnknownEither(data)
  const legacyDecoders = new Map(legacy.map((l) => [l.version, l] as const))
  return {
    type,
    version,
    data,
    schema: Schema.Struct({ type: Schema.Literal(type), data }).annotations({ identifier: type }),
    legacy,
    identity,
    encodeData: encode,
    decodeData: (v, json) => {
      if (v === version) return decode(json)
      const old = legacyDecoders.get(v)
      if (old === undefined) return Either.left(new UnknownVersion(type, v))
      return old.decode(json)
    }
  }
}
