/** `npm run generate:sdk`: the fetch client's types from packages/api/openapi.json (openapi-typescript). */
import * as fs from "node:fs"
import { fileURLToPath } from "node:url"
import { generate } from "../src/Generate.js"

const target = fileURLToPath(new URL("../src/generated/openapi.ts", import.meta.url))
fs.writeFileSync(target, await generate())
console.log(`wrote ${target}`)
