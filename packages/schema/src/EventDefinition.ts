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

/** A string, possibly refined (a pattern, a brand): the fields streamed deltas are made of. */
const isStringLike = (ast: SchemaAST.AST): boolean =>
  ast._tag === "StringKeyword" || (ast._tag === "Refinement" && isStringLike(ast.from))

/**
 * For a struct of required string fields (every streamed delta), a check that
 * accepts exactly what the schema accepts on the common path — a plain object
 * with those keys and no others, each a string passing its refinements — in
 * a fraction of the parser's time. Anything it does not accept goes to the
 * schema, which gives the error; it never accepts what the schema refuses.
 */
export const flatStringCheck = (fields: Schema.Struct.Fields): ((u: unknown) => boolean) | undefined => {
  const entries = Object.entries(fields)
  const checks: Array<readonly [string, ((s: string) => boolean) | undefined]> = []
  for (const [key, field] of entries) {
    if (!Schema.isSchema(field) || !isStringLike(field.ast)) return undefined
    checks.push([key, field.ast._tag === "StringKeyword" ? undefined : Schema.is(field as Schema.Schema<string>)])
  }
  return (u) => {
    if (typeof u !== "object" || u === null || Object.getPrototypeOf(u) !== Object.prototype) return false
    if (Object.keys(u).length !== checks.length || Object.getOwnPropertySymbols(u).length !== 0) return false
    for (const [key, is] of checks) {
      const v = (u as Record<string, unknown>)[key]
      if (typeof v !== "string" || (is !== undefined && !is(v))) return false
    }
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
  const validate = identity
    ? (Schema.validateEither(data, { onExcessProperty: "error" }) as (
      u: unknown
    ) => Either.Either<Schema.Struct<Fields>["Encoded"], ParseResult.ParseError>)
    : Schema.encodeUnknownEither(data, { onExcessProperty: "error" })
  const fast = identity ? flatStringCheck(fields) : undefined
  const encode: (u: unknown) => Either.Either<Schema.Struct<Fields>["Encoded"], ParseResult.ParseError> = fast === undefined
    ? validate
    : (u) => (fast(u) ? Either.right(u as Schema.Struct<Fields>["Encoded"]) : validate(u))
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
