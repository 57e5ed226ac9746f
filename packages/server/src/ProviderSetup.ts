/**
 * Providers from the config file, the environment and the model catalogue.
 * opencode declares a provider by the AI SDK package that talks to it;
 * Ratchet maps each package to a wire adapter of its own: Anthropic
 * Messages, OpenAI Responses, Gemini, or Chat Completions for any
 * compatible host. Each provider's models are the catalogue's (for the
 * packages it covers) with the config's `models` entries over them.
 */
import { NodeHttpClient } from "@effect/platform-node"
import { Anthropic, Gemini, type LanguageModelService, ModelCatalogue, type ModelSettings, OpenAiCompatible, OpenAiResponses, Providers } from "@ratchet/llm"
import type { ModelRef } from "@ratchet/schema"
import { Context, Effect, Either, Layer, Redacted, Stream } from "effect"
import { ConfigError, type ConfigFile, type ProviderEntry } from "./ConfigFile.js"

interface Known {
  readonly baseURL?: string
  readonly env: ReadonlyArray<string>
  readonly name: string
  readonly wire: ModelCatalogue.Wire
}

/** The shipped catalogue; a snapshot that does not decode is a defect of the build. */
export const CATALOGUE: ModelCatalogue.Catalogue = Either.getOrThrowWith(ModelCatalogue.load(), (e) => new Error(`the model catalogue snapshot is malformed: ${e}`))

/** The AI SDK packages Ratchet understands, with their defaults. */
export const KNOWN: Readonly<Record<string, Known>> = {
  "@ai-sdk/openai-compatible": { env: [], name: "OpenAI-compatible", wire: "openai-compatible" },
  ...Object.fromEntries(CATALOGUE.providers.map((p) => [p.npm, { baseURL: p.api, env: p.env, name: p.name, wire: p.wire }]))
}

/** Providers offered without any config when their key is in the environment (as opencode does). */
const FROM_ENV: ReadonlyArray<readonly [id: string, npm: string]> = CATALOGUE.providers.map((p) => [p.id, p.npm])

export interface ResolvedModel {
  readonly id: string
  readonly name: string
  readonly family?: string
  /** Where the entry came from: the catalogue, the config, or the config over the catalogue. */
  readonly source: "catalogue" | "config" | "catalogue+config"
  readonly limit?: { readonly context?: number | undefined; readonly output?: number | undefined }
  readonly modalities?: { readonly input?: ReadonlyArray<string> | undefined; readonly output?: ReadonlyArray<string> | undefined }
  readonly cost?: { readonly input: number; readonly output: number; readonly cache_read?: number | undefined; readonly cache_write?: number | undefined }
  readonly toolCall?: boolean
  readonly reasoning?: boolean
  /** opencode's per-model provider options (`thinking`, `reasoningEffort`, `thinkingConfig`…). */
  readonly options?: Readonly<Record<string, unknown>>
}

export interface ResolvedProvider {
  readonly id: string
  readonly name: string
  readonly npm: string
  readonly wire: ModelCatalogue.Wire
  readonly baseURL: string
  readonly apiKey?: Redacted.Redacted<string>
  readonly keySource: "config" | "env" | "none"
  /** The variables its key may come from. */
  readonly env: ReadonlyArray<string>
  readonly headers: Readonly<Record<string, string>>
  /** Anthropic prompt caching (default on). */
  readonly cache?: boolean
  readonly models: ReadonlyArray<ResolvedModel>
}

export interface Resolved {
  readonly providers: ReadonlyArray<ResolvedProvider>
  readonly defaultModel?: ModelRef
}

/** A model's entry in the configured catalogue, if its provider lists it. */
export const modelEntry = (providers: Resolved, model: ModelRef) =>
  providers.providers.find((p) => p.id === model.providerID)?.models.find((m) => m.id === model.id)

/**
 * Why a model cannot be used, or undefined: its provider is not configured,
 * or the provider lists its models and this is not one of them (a provider
 * that lists none takes any id, as compatible hosts do), or it is a cloud
 * provider that needs a key and has none.
 */
export const unknownModel = (providers: Resolved, model: ModelRef): { readonly field: string; readonly message: string } | undefined => {
  const provider = providers.providers.find((p) => p.id === model.providerID)
  if (provider === undefined) {
    const known = providers.providers.map((p) => p.id).join(", ") || "none"
    return { field: "model.providerID", message: `no provider ${JSON.stringify(model.providerID)} is configured (configured: ${known}); add it to the config's \`provider\` section or set its API key variable` }
  }
  if (provider.models.length > 0 && !provider.models.some((m) => m.id === model.id)) {
    return { field: "model.id", message: `provider ${provider.id} has no model ${JSON.stringify(model.id)} (it lists ${provider.models.map((m) => m.id).join(", ")}); add it under \`provider.${provider.id}.models\`` }
  }
  const needs = KNOWN[provider.npm]?.env ?? []
  if (needs.length > 0 && provider.apiKey === undefined) {
    return { field: "model.providerID", message: `provider ${provider.id} has no API key: set ${needs.join(" or ")} or \`provider.${provider.id}.options.apiKey\`` }
  }
  return undefined
}

/** What was resolved, for the catalog routes. */
export class ProviderCatalog extends Context.Tag("@ratchet/server/ProviderCatalog")<ProviderCatalog, Resolved>() {}

type Env = Readonly<Record<string, string | undefined>>

/** opencode's `{env:NAME}` substitution. */
const substitute = (value: string, env: Env): string => value.replace(/\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => env[name] ?? "")

const envKeyName = (id: string) => `${id.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_API_KEY`

/** The catalogue's models for the package, with the config's entries over them (field by field) and added to them. */
const modelsOf = (npm: string, entry: ProviderEntry): Array<ResolvedModel> => {
  const configured = Object.entries(entry.models ?? {}).map(([key, m]) => ({ key, id: m.id ?? key, m }))
  const fromCatalogue = (ModelCatalogue.byPackage(CATALOGUE, npm)?.models ?? []).map((c): ResolvedModel => {
    const over = configured.find((x) => x.id === c.id)?.m
    const base: ResolvedModel = {
      id: c.id,
      name: c.name,
      ...(c.family === undefined ? {} : { family: c.family }),
      source: over === undefined ? "catalogue" : "catalogue+config",
      limit: c.limit,
      modalities: c.modalities,
      ...(c.cost === undefined ? {} : { cost: c.cost }),
      toolCall: c.tool_call,
      reasoning: c.reasoning
    }
    return over === undefined ? base : {
      ...base,
      ...(over.name === undefined ? {} : { name: over.name }),
      limit: { ...base.limit, ...over.limit },
      modalities: { ...base.modalities, ...over.modalities },
      ...(over.cost === undefined ? {} : { cost: over.cost }),
      ...(over.tool_call === undefined ? {} : { toolCall: over.tool_call }),
      ...(over.reasoning === undefined ? {} : { reasoning: over.reasoning }),
      ...(over.options === undefined ? {} : { options: over.options })
    }
  })
  const added = configured.filter((x) => !fromCatalogue.some((c) => c.id === x.id)).map(({ key, id, m }): ResolvedModel => ({
    id,
    name: m.name ?? key,
    source: "config",
    ...(m.limit === undefined ? {} : { limit: m.limit }),
    ...(m.modalities === undefined ? {} : { modalities: m.modalities }),
    ...(m.cost === undefined ? {} : { cost: m.cost }),
    ...(m.tool_call === undefined ? {} : { toolCall: m.tool_call }),
    ...(m.reasoning === undefined ? {} : { reasoning: m.reasoning }),
    ...(m.options === undefined ? {} : { options: m.options })
  }))
  return [...fromCatalogue, ...added]
}

const resolveOne = (
  file: string,
  id: string,
  entry: ProviderEntry,
  env: Env
): Either.Either<ResolvedProvider | undefined, ConfigError> => {
  const npm = entry.npm ?? (FROM_ENV.find(([known]) => known === id)?.[1] ?? "@ai-sdk/openai-compatible")
  const known = KNOWN[npm]
  if (known === undefined) {
    return Either.left(
      new ConfigError({
        file,
        field: `provider.${id}.npm`,
        reason: `${npm} is not supported; use one of ${Object.keys(KNOWN).join(", ")}`
      })
    )
  }
  const baseURL = entry.options?.baseURL === undefined ? known.baseURL : substitute(entry.options.baseURL, env)
  if (baseURL === undefined || baseURL === "") {
    return Either.left(new ConfigError({ file, field: `provider.${id}.options.baseURL`, reason: `required for ${npm}` }))
  }
  if (!/^https?:\/\//.test(baseURL)) {
    return Either.left(new ConfigError({ file, field: `provider.${id}.options.baseURL`, reason: "must be an http(s) URL" }))
  }
  const configured = entry.options?.apiKey === undefined ? "" : substitute(entry.options.apiKey, env)
  const fromEnv = [...known.env, envKeyName(id)].map((name) => env[name]).find((v) => v !== undefined && v !== "")
  const apiKey = configured !== "" ? configured : fromEnv
  const models = modelsOf(npm, entry)
  return Either.right({
    id,
    name: entry.name ?? known.name,
    npm,
    wire: known.wire,
    baseURL,
    env: [...known.env, envKeyName(id)],
    ...(entry.options?.cache === undefined ? {} : { cache: entry.options.cache }),
    ...(apiKey === undefined ? {} : { apiKey: Redacted.make(apiKey) }),
    keySource: configured !== "" ? "config" : apiKey === undefined ? "none" : "env",
    headers: entry.options?.headers ?? {},
    models
  })
}

/** The providers a config file and environment declare; a bad entry is a `ConfigError` naming its field. */
export const resolve = (file: string, config: ConfigFile, env: Env): Either.Either<Resolved, ConfigError> => {
  const providers: Array<ResolvedProvider> = []
  const declared = config.provider ?? {}
  for (const [id, entry] of Object.entries(declared)) {
    const one = resolveOne(file, id, entry, env)
    if (Either.isLeft(one)) return Either.left(one.left)
    if (one.right !== undefined) providers.push(one.right)
  }
  for (const [id, npm] of FROM_ENV) {
    if (id in declared) continue
    if (!KNOWN[npm]!.env.some((name) => (env[name] ?? "") !== "")) continue
    const one = resolveOne(file, id, { npm }, env)
    if (Either.isRight(one) && one.right !== undefined) providers.push(one.right)
  }
  let defaultModel: ModelRef | undefined
  if (config.model !== undefined) {
    const slash = config.model.indexOf("/")
    const providerID = config.model.slice(0, slash)
    if (!providers.some((p) => p.id === providerID)) {
      return Either.left(new ConfigError({ file, field: "model", reason: `provider ${JSON.stringify(providerID)} is not configured` }))
    }
    defaultModel = { providerID, id: config.model.slice(slash + 1) }
  }
  return Either.right({ providers, ...(defaultModel === undefined ? {} : { defaultModel }) })
}

/** What an adapter is told of a model: its output bound, whether it reasons, the config's options. */
const settingsOf = (p: ResolvedProvider) => (modelId: string): ModelSettings | undefined => {
  const m = p.models.find((x) => x.id === modelId)
  if (m === undefined) return undefined
  return {
    ...(m.limit?.output === undefined ? {} : { maxOutputTokens: m.limit.output }),
    ...(m.reasoning === undefined ? {} : { reasoning: m.reasoning }),
    ...(m.options === undefined ? {} : { options: m.options })
  }
}

const adapterFor = (p: ResolvedProvider) => {
  const common = {
    provider: p.id,
    baseURL: p.baseURL,
    headers: p.headers,
    ...(p.apiKey === undefined ? {} : { apiKey: p.apiKey })
  }
  switch (p.wire) {
    case "anthropic":
      return Anthropic.make({ ...common, settings: settingsOf(p), ...(p.cache === undefined ? {} : { cache: p.cache }) })
    case "responses":
      return OpenAiResponses.make({ ...common, settings: settingsOf(p) })
    case "gemini":
      return Gemini.make({ ...common, settings: settingsOf(p) })
    case "openai-compatible":
      return OpenAiCompatible.make(common)
  }
}

/**
 * At most `connections` requests of one provider stream at once; the next
 * waits for one to end. The bound is where the cost is — the provider's
 * connections and rate limits — rather than on whole activities, which
 * spend most of their time waiting on the provider or a person.
 */
const bounded = (model: LanguageModelService, connections: number) =>
  Effect.map(Effect.makeSemaphore(connections), (slots): LanguageModelService => ({
    ...model,
    stream: (request) =>
      Stream.unwrapScoped(Effect.as(Effect.acquireRelease(slots.take(1), () => slots.release(1)), model.stream(request)))
  }))

/** The `Providers` service over the resolved providers, each on its wire's adapter, all on one undici HTTP client. */
export const layer = (resolved: Resolved, options: { readonly connections?: number } = {}): Layer.Layer<Providers> =>
  Layer.effect(
    Providers,
    Effect.gen(function*() {
      const models: Record<string, LanguageModelService> = {}
      for (const p of resolved.providers) models[p.id] = yield* bounded(yield* adapterFor(p), options.connections ?? 256)
      return Providers.fromRecord(models)
    })
  ).pipe(Layer.provide(NodeHttpClient.layerUndici))
