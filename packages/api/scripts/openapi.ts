/** `npm run generate` (first half): packages/api/openapi.json and docs/api.md from the contract. */
import * as fs from "node:fs"
import { fileURLToPath } from "node:url"
import { markdown } from "../src/ApiDoc.js"
import { text } from "../src/OpenApiDoc.js"

const spec = fileURLToPath(new URL("../openapi.json", import.meta.url))
const doc = fileURLToPath(new URL("../../../docs/api.md", import.meta.url))
fs.writeFileSync(spec, text())
fs.writeFileSync(doc, markdown())
console.log(`wrote ${spec} and ${doc}`)
