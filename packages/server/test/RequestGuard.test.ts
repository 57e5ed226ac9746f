/** The edge policy as a table: Host without auth, Origin always, body media types, preflights. */
import { describe, expect, it } from "vitest"
import * as RequestGuard from "../src/RequestGuard.js"

const open: RequestGuard.Policy = { authenticated: false, hosts: ["ratchet.lan"], origins: ["http://app.example:3000"] }
const secured: RequestGuard.Policy = { ...open, authenticated: true }
const facts = (over: Partial<RequestGuard.RequestFacts>): RequestGuard.RequestFacts => ({
  method: "GET",
  host: "127.0.0.1:4096",
  origin: undefined,
  contentType: undefined,
  hasBody: false,
  preflightMethod: undefined,
  ...over
})

describe("RequestGuard.decide", () => {
  it.each([
    ["loopback v4", open, facts({}), "Pass"],
    ["localhost", open, facts({ host: "localhost:4096" }), "Pass"],
    ["a .localhost name", open, facts({ host: "app.localhost:4096" }), "Pass"],
    ["loopback v6", open, facts({ host: "[::1]:4096" }), "Pass"],
    ["127/8", open, facts({ host: "127.9.9.9" }), "Pass"],
    ["configured host", open, facts({ host: "RATCHET.LAN:4096" }), "Pass"],
    ["no Host header (HTTP/1.0)", open, facts({ host: undefined }), "Pass"],
    ["rebinding domain", open, facts({ host: "evil.example:4096" }), "Forbidden"],
    ["lookalike", open, facts({ host: "127.0.0.1.evil.example" }), "Forbidden"],
    ["localhost lookalike", open, facts({ host: "localhost.evil.example" }), "Forbidden"],
    ["0.0.0.0", open, facts({ host: "0.0.0.0:4096" }), "Forbidden"],
    ["any host with auth", secured, facts({ host: "ratchet.example.com" }), "Pass"],
    ["same origin", open, facts({ origin: "http://127.0.0.1:4096" }), "Pass"],
    ["listed origin", open, facts({ origin: "http://app.example:3000" }), "Pass"],
    ["foreign origin", open, facts({ origin: "http://evil.example" }), "Forbidden"],
    ["foreign origin with auth", secured, facts({ origin: "http://evil.example", host: "ratchet.example.com" }), "Forbidden"],
    ["null origin", open, facts({ origin: "null" }), "Forbidden"],
    ["other port on loopback", open, facts({ origin: "http://127.0.0.1:1" }), "Forbidden"],
    ["rebinding, same-origin by its own Host", open, facts({ host: "evil.example:4096", origin: "http://evil.example:4096" }), "Forbidden"],
    ["json body", open, facts({ method: "POST", hasBody: true, contentType: "application/json" }), "Pass"],
    ["json with charset", open, facts({ method: "POST", hasBody: true, contentType: "Application/JSON; charset=utf-8" }), "Pass"],
    ["vendor json", open, facts({ method: "POST", hasBody: true, contentType: "application/merge-patch+json" }), "Pass"],
    ["form", open, facts({ method: "POST", hasBody: true, contentType: "application/x-www-form-urlencoded" }), "UnsupportedMediaType"],
    ["multipart", open, facts({ method: "POST", hasBody: true, contentType: "multipart/form-data; boundary=x" }), "UnsupportedMediaType"],
    ["text/plain", open, facts({ method: "POST", hasBody: true, contentType: "text/plain" }), "UnsupportedMediaType"],
    ["no content type", open, facts({ method: "POST", hasBody: true }), "UnsupportedMediaType"],
    ["json lookalike", open, facts({ method: "POST", hasBody: true, contentType: "application/jsonp" }), "UnsupportedMediaType"],
    ["POST without a body", open, facts({ method: "POST" }), "Pass"],
    ["multipart type without a body", open, facts({ method: "POST", contentType: "multipart/form-data; boundary=x" }), "UnsupportedMediaType"],
    ["json type without a body", open, facts({ method: "POST", contentType: "application/json" }), "Pass"],
    ["preflight, listed", open, facts({ method: "OPTIONS", origin: "http://app.example:3000", preflightMethod: "POST" }), "Preflight"],
    ["preflight, foreign", open, facts({ method: "OPTIONS", origin: "http://evil.example", preflightMethod: "POST" }), "Forbidden"]
  ] as const)("%s → %s", (_, policy, request, expected) => {
    expect(RequestGuard.decide(policy, request)._tag).toBe(expected)
  })

  it("any origin when configured with *", () => {
    expect(RequestGuard.decide({ ...open, origins: ["*"] }, facts({ origin: "http://anything.example" }))).toEqual({
      _tag: "Pass",
      allowOrigin: "http://anything.example"
    })
  })
})

describe("RequestGuard.inspectJson", () => {
  it.each([
    ['{"a":[1,{"b":2}]}', undefined],
    [`${"[".repeat(64)}${"]".repeat(64)}`, undefined],
    [`${"[".repeat(65)}${"]".repeat(65)}`, "nested deeper than 64"],
    [`{"s":"${"[".repeat(500)}"}`, undefined],
    ['{"s":"\\"[[[["}', undefined],
    ['{"s":"a\\ud83d\\ude00b"}', undefined],
    ['{"s":"a\\ud800b"}', "lone UTF-16 surrogate"],
    ['{"s":"a\\udc00b"}', "lone UTF-16 surrogate"],
    ['{"s":"\\ud800\\u0041"}', "lone UTF-16 surrogate"],
    ['{"s":"\\\\ud800"}', undefined],
    ['{"s":"\\u00e9"}', undefined]
  ] as const)("%s → %s", (text, expected) => {
    const why = RequestGuard.inspectJson(text, RequestGuard.MAX_JSON_DEPTH)
    if (expected === undefined) expect(why).toBeUndefined()
    else expect(why).toContain(expected)
  })
})
