/** The OpenAPI document of the contract, as served at `/doc` and checked in as `openapi.json`. */
import { OpenApi } from "@effect/platform"
import { Api } from "./Api.js"

/**
 * The generator writes `security: []` on every operation, which in OpenAPI
 * means "no authentication" and overrides the document-level requirement.
 * Every route needs credentials when the server has them, so those empty
 * lists are dropped and the document-level one applies.
 */
export const document = (): OpenApi.OpenAPISpec => {
  const spec = OpenApi.fromApi(Api)
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item as Record<string, { security?: ReadonlyArray<unknown> }>)) {
      if (op !== null && typeof op === "object" && Array.isArray(op.security) && op.security.length === 0) delete op.security
    }
  }
  return spec
}

/** Stable text: the checked-in file is compared byte for byte against this. */
export const text = (): string => `${JSON.stringify(document(), null, 2)}\n`
