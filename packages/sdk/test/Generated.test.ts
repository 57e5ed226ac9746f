import * as fs from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { generate } from "../src/Generate.js"

describe("the generated fetch client types", () => {
  it("match packages/api/openapi.json (run `npm run generate` when this fails)", async () => {
    const checkedIn = fs.readFileSync(fileURLToPath(new URL("../src/generated/openapi.ts", import.meta.url)), "utf8")
    expect(checkedIn).toBe(await generate())
  })
})
