/**
 * The model catalogue: what Ratchet knows of the major providers' models
 * without asking anyone — limits, modalities, tool and reasoning support,
 * and list prices — from a snapshot shipped in the repo
 * (`catalogue/models.json`, never fetched at run time). The server merges
 * the config's `provider.X.models.Y` entries over it.
 */
import { Either, ParseResult, Schema } from "effect"
import snapshot from "./catalogue/models.json" with { type: "json" }

/** Which adapter speaks to a provider. */
export const Wire = Schema.Literal("openai-compatible", "anthropic", "responses", "gemini")
export type Wire = typeof Wire.Type

const PerMillion = Schema.Number.pipe(Schema.nonNegative())

export const CatalogueModel = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  family: Schema.optional(Schema.String),
  limit: Schema.Struct({ context: Schema.Int.pipe(Schema.positive()), output: Schema.Int.pipe(Schema.positive()) }),
  modalities: Schema.Struct({ input: Schema.Array(Schema.String), output: Schema.Array(Schema.String) }),
  tool_call: Schema.Boolean,
  reasoning: Schema.Boolean,
  /** Dollars per million tokens; absent when the snapshot has no price (cost unknown, not free). */
  cost: Schema.optional(Schema.Struct({
    input: PerMillion,
    output: PerMillion,
    cache_read: Schema.optional(PerMillion),
    cache_write: Schema.optional(PerMillion)
  })),
  released: Schema.optional(Schema.String)
})
export type CatalogueModel = typeof CatalogueModel.Type

export const CatalogueProvider = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  /** The AI SDK package opencode declares this provider with. */
  npm: Schema.String,
  wire: Wire,
  api: Schema.String,
  /** Environment variables that hold its key, in the order they are read. */
  env: Schema.Array(Schema.String),
  models: Schema.Array(CatalogueModel)
})
export type CatalogueProvider = typeof CatalogueProvider.Type

export const Catalogue = Schema.Struct({
  snapshot: Schema.String,
  note: Schema.optional(Schema.String),
  providers: Schema.Array(CatalogueProvider)
})
export type Catalogue = typeof Catalogue.Type

/** The shipped snapshot, decoded (a malformed snapshot is a build defect, reported with its path). */
export const load = (): Either.Either<Catalogue, string> =>
  Schema.decodeUnknownEither(Catalogue)(snapshot).pipe(Either.mapLeft((e) => ParseResult.TreeFormatter.formatErrorSync(e)))

export const provider = (catalogue: Catalogue, id: string): CatalogueProvider | undefined =>
  catalogue.providers.find((p) => p.id === id)

/** A provider's catalogue entry by its AI SDK package (a config may name a provider anything). */
export const byPackage = (catalogue: Catalogue, npm: string): CatalogueProvider | undefined =>
  catalogue.providers.find((p) => p.npm === npm)
