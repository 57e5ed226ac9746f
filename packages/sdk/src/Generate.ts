/** Generating the fetch client's types from the checked-in OpenAPI document (also used by the staleness test). */
import * as fs from "node:fs"
import { fileURLToPath } from "node:url"
import openapiTS, { astToString } from "openapi-typescript"

export const specPath = fileURLToPath(new URL("../../api/openapi.json", import.meta.url))

const HEADER = "// Generated from packages/api/openapi.json by `npm run generate`; do not edit.\n"

/** A self-referencing schema becomes an indexed access to itself, which TypeScript refuses: JSON values are `unknown`. */
const untangle = (source: string): string =>
  source.replace(/JsonValue: null \| boolean[^;]*;\n\s*};/, "JsonValue: unknown;")

export const generate = async (): Promise<string> => {
  const ast = await openapiTS(JSON.parse(fs.readFileSync(specPath, "utf8")))
  return HEADER + untangle(astToString(ast))
}
