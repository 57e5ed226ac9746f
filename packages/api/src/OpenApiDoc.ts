/** The OpenAPI document of the contract, as served at `/doc` and checked in as `openapi.json`. */
import { OpenApi } from "@effect/platform"
import { Api } from "./Api.js"

/**
 * The generator writes `security: []` on every operation, which in OpenAPI
 * means "no authentication" and overrides the document-level requirement.
 * Every route needs credentials when the server has them, so those empty
 * lists are dropped and the document-level one applies.
 */
const DECODE_ERROR = "#/components/schemas/HttpApiDecodeError"

interface Op {
  security?: ReadonlyArray<unknown>
  requestBody?: { required?: boolean; content?: Record<string, { schema?: { anyOf?: Array<{ type?: string }> } }> }
  responses?: Record<string, { content?: Record<string, { schema?: { anyOf?: Array<{ $ref?: string }>; $ref?: string } }> }>
}

/**
 * Also: the framework's `HttpApiDecodeError` never reaches a client (the
 * server answers schema failures with `InvalidRequestError`, naming the
 * field), so it is taken out of the responses; and a body whose schema
 * admits `null` is marked optional, which the generator cannot say.
 */
export const document = (): OpenApi.OpenAPISpec => {
  const spec = OpenApi.fromApi(Api)
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item as Record<string, Op>)) {
      if (op === null || typeof op !== "object") continue
      if (Array.isArray(op.security) && op.security.length === 0) delete op.security
      // a body that may be null may be left out (the create route: upstream's is optional)
      const body = op.requestBody?.content?.["application/json"]?.schema?.anyOf
      if (body?.some((s) => s.type === "null") === true) op.requestBody!.required = false
      for (const response of Object.values(op.responses ?? {})) {
        const schema = response.content?.["application/json"]?.schema
        if (schema?.anyOf === undefined) continue
        schema.anyOf = schema.anyOf.filter((s) => s.$ref !== DECODE_ERROR)
        if (schema.anyOf.length === 1) response.content!["application/json"]!.schema = schema.anyOf[0]!
      }
    }
  }
  delete (spec.components.schemas as Record<string, unknown>)["HttpApiDecodeError"]
  return spec
}

/** Stable text: the checked-in file is compared byte for byte against this. */
export const text = (): string => `${JSON.stringify(document(), null, 2)}\n`
