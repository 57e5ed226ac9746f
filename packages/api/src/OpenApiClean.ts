/**
 * Corrections to the generated OpenAPI document, applied as the API's
 * `OpenApi.Transform` so every consumer (the checked-in `openapi.json`,
 * `/doc`, the interactive page at `/doc/ui`) sees the same document:
 *
 * - the generator writes `security: []` on every operation, which in
 *   OpenAPI means "no authentication" and overrides the document-level
 *   requirement; every route needs credentials when the server has them,
 *   so those empty lists are dropped;
 * - the framework's `HttpApiDecodeError` never reaches a client (the server
 *   answers schema failures with `InvalidRequestError`, naming the field),
 *   so it is taken out of the responses;
 * - a body whose schema admits `null` is marked optional, which the
 *   generator cannot say (the create route: upstream's is optional).
 */
const DECODE_ERROR = "#/components/schemas/HttpApiDecodeError"

interface Op {
  security?: ReadonlyArray<unknown>
  requestBody?: { required?: boolean; content?: Record<string, { schema?: { anyOf?: Array<{ type?: string }> } }> }
  responses?: Record<string, { content?: Record<string, { schema?: { anyOf?: Array<{ $ref?: string }>; $ref?: string } }> }>
}

interface Spec {
  readonly paths: Record<string, Record<string, Op>>
  readonly components: { readonly schemas: Record<string, unknown> }
}

export const clean = (input: Record<string, unknown>): Record<string, unknown> => {
  const spec = input as unknown as Spec
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) {
      if (op === null || typeof op !== "object") continue
      if (Array.isArray(op.security) && op.security.length === 0) delete op.security
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
  delete spec.components.schemas["HttpApiDecodeError"]
  return input
}
