import * as fs from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { document, text } from "../src/OpenApiDoc.js"

describe("the OpenAPI document", () => {
  it("openapi.json is the contract's current document (run `npm run generate` when this fails)", () => {
    const checkedIn = fs.readFileSync(fileURLToPath(new URL("../openapi.json", import.meta.url)), "utf8")
    expect(checkedIn).toBe(text())
  })

  it("requires credentials on every route and documents the error statuses", () => {
    const spec = document()
    expect(spec.security).toEqual([{ bearer: [] }, { basic: [] }])
    const prompt = spec.paths["/api/session/{sessionID}/prompt"]!.post!
    expect(prompt.security).toBeUndefined()
    expect(Object.keys(prompt.responses).sort()).toEqual(["200", "400", "401", "402", "403", "404", "409", "413", "415", "429", "503"])
    const events = spec.paths["/api/session/{sessionID}/event"]!.get!
    expect(Object.keys(events.responses["200"]!.content!)).toEqual(["text/event-stream"])
  })
})

describe("docs/api.md", () => {
  it("is rendered from the current document (run `npm run generate` when this fails)", async () => {
    const { markdown } = await import("../src/ApiDoc.js")
    const checkedIn = fs.readFileSync(fileURLToPath(new URL("../../../docs/api.md", import.meta.url)), "utf8")
    expect(checkedIn).toBe(markdown())
  })
})
