/** The OpenAPI document of the contract, as served at `/doc` and checked in as `openapi.json` (see OpenApiClean). */
import { OpenApi } from "@effect/platform"
import { Api } from "./Api.js"

export const document = (): OpenApi.OpenAPISpec => OpenApi.fromApi(Api)

/** Stable text: the checked-in file is compared byte for byte against this. */
export const text = (): string => `${JSON.stringify(document(), null, 2)}\n`
