/** `npm run generate:openapi`: writes packages/api/openapi.json from the contract. */
import * as fs from "node:fs"
import { fileURLToPath } from "node:url"
import { text } from "../src/OpenApiDoc.js"

const target = fileURLToPath(new URL("../openapi.json", import.meta.url))
fs.writeFileSync(target, text())
console.log(`wrote ${target}`)
