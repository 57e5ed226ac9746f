/**
 * `/metrics` after a scripted run: Prometheus text that a Prometheus parser
 * reads, with the counters and histograms moved by what the run did; behind
 * the server's credentials unless `telemetry.metrics.public`.
 */
// @ts-expect-error: the parser ships no types (a test's reader; what it returns is typed below)
import parsePrometheus from "parse-prometheus-text-format"
import { Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, post, raw, start, until } from "./harness.js"

let h: Harness
const TOKEN = "a-metrics-test-token-long-enough"
beforeAll(async () => {
  h = await start({
    config: { auth: { token: Redacted.make(TOKEN), username: "ratchet" }, shutdownGraceMs: 200 },
    permission: [{ permission: "mark", pattern: "*", action: "ask" }]
  })
})
afterAll(async () => {
  await h?.close()
})

type Family = { name: string; type: string; metrics: Array<{ value?: string; labels?: Record<string, string>; count?: string; buckets?: Record<string, string> }> }

let lastText = ""
const scrape = async (): Promise<Array<Family>> => {
  const response = await fetch(`${h.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
  expect(response.status).toBe(200)
  expect(response.headers.get("content-type")).toContain("text/plain")
  const text = await response.text()
  lastText = text
  return (parsePrometheus as (text: string) => Array<Family>)(text)
}

/** A counter's value, or a histogram's observation count (its `+Inf` bucket), for the series with these labels. */
const value = (families: ReadonlyArray<Family>, name: string, labels: Record<string, string>) => {
  const family = families.find((f) => f.name === name)
  // the parser keeps a histogram's buckets but not its labels: one series per test here
  const sample = family?.type === "HISTOGRAM" ? family.metrics[0] : family?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))
  return Number(sample?.value ?? sample?.buckets?.["+Inf"] ?? 0)
}

describe("/metrics", () => {
  it("counts a run: admissions, activities, provider turns, tokens, a tool call, turn durations; needs the credentials", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` }
    expect((await fetch(`${h.baseUrl}/metrics`)).status).toBe(401)
    const before = await scrape()
    const id = ((await post(h.baseUrl, "/api/session", {}, auth)).body.data as { id: string }).id
    h.fake.push(
      { steps: [{ toolCall: { id: "m1", name: "echo", args: { text: "counted" } } }], usage: { input: 100, output: 10 } },
      { steps: [{ text: "done" }], usage: { input: 120, output: 5 } }
    )
    expect((await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "count this" } }, auth)).status).toBe(200)
    await raw(h.baseUrl, `/api/session/${id}/wait`, { method: "POST", headers: auth })
    const after = await scrape()
    const delta = (name: string, labels: Record<string, string>) => value(after, name, labels) - value(before, name, labels)
    const model = { provider: "fake", model: "fake-1" }
    expect(delta("ratchet_admissions_total", { outcome: "accepted" })).toBe(1)
    expect(delta("ratchet_activities_total", { outcome: "completed" })).toBe(1)
    expect(delta("ratchet_provider_turns_total", { ...model, outcome: "ok" })).toBe(2)
    expect(delta("ratchet_tokens_total", { ...model, kind: "input" })).toBe(220)
    expect(delta("ratchet_tokens_total", { ...model, kind: "output" })).toBe(15)
    expect(delta("ratchet_tool_calls_total", { tool: "echo", outcome: "success" })).toBe(1)
    expect(delta("ratchet_provider_turn_seconds", model)).toBe(2)
    expect(delta("ratchet_time_to_first_token_seconds", model)).toBe(2)
    expect(after.find((f) => f.name === "ratchet_provider_turn_seconds")?.type).toBe("HISTOGRAM")
    // the histogram's series carry the run's labels in the text itself
    expect(lastText).toMatch(/ratchet_provider_turn_seconds_bucket\{[^}]*provider="fake"[^}]*model="fake-1"/)
    expect(after.find((f) => f.name === "ratchet_activities_active")).toBeDefined()
    // an open event stream is counted while it is open
    const controller = new AbortController()
    const stream = await fetch(`${h.baseUrl}/api/event`, { headers: auth, signal: controller.signal })
    await stream.body!.getReader().read()
    expect(value(await scrape(), "ratchet_sse_subscribers", {})).toBe(1)
    controller.abort()
  })

  it("commits, event stream traffic, what waits (inputs, requests, permission replies) and what recovery did", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` }
    const before = await scrape()
    const delta = (after: ReadonlyArray<Family>, name: string, labels: Record<string, string>) => value(after, name, labels) - value(before, name, labels)
    const id = ((await post(h.baseUrl, "/api/session", {}, auth)).body.data as { id: string }).id
    // an input admitted without waking the session stays pending
    expect((await post(h.baseUrl, `/api/session/${id}/prompt`, { prompt: { text: "later" }, resume: false }, auth)).status).toBe(200)
    const queued = await scrape()
    expect(value(queued, "ratchet_pending_inputs", {})).toBeGreaterThanOrEqual(1)
    expect(delta(queued, "ratchet_commit_seconds", {})).toBeGreaterThanOrEqual(1)
    expect(delta(queued, "ratchet_commit_appends", {})).toBeGreaterThanOrEqual(1)
    // a permission asked and answered: pending while asked, its wait observed once answered
    const other = ((await post(h.baseUrl, "/api/session", {}, auth)).body.data as { id: string }).id
    h.fake.push({ steps: [{ toolCall: { id: "w1", name: "mark", args: { text: "wait" } } }] }, { steps: [{ text: "marked" }] })
    await post(h.baseUrl, `/api/session/${other}/prompt`, { prompt: { text: "ask" } }, auth)
    const asked = await until("the permission is asked", async () => {
      const list = (await raw(h.baseUrl, "/api/permission/request", { headers: auth })).body.data as Array<{ id: string; sessionID: string }>
      return list.find((r) => r.sessionID === other)
    })
    expect(value(await scrape(), "ratchet_pending_requests", { kind: "permission" })).toBeGreaterThanOrEqual(1)
    await post(h.baseUrl, `/api/session/${other}/permission/${asked.id}/reply`, { reply: "once" }, auth)
    await raw(h.baseUrl, `/api/session/${other}/wait`, { method: "POST", headers: auth })
    const answered = await scrape()
    expect(delta(answered, "ratchet_permission_wait_seconds", {})).toBe(1)
    expect(lastText).toMatch(/ratchet_permission_wait_seconds_bucket\{[^}]*reply="once"/)
    // a replay of the global stream is counted, event by event
    const replay = await (await fetch(`${h.baseUrl}/api/event?follow=false`, { headers: auth })).text()
    const events = replay.split("\n").filter((l) => l.startsWith("id: ")).length
    expect(delta(await scrape(), "ratchet_sse_events_total", {})).toBeGreaterThanOrEqual(events)
    // a restart while a call waits for its permission: the start finds it parked and lets it go on
    const parked = ((await post(h.baseUrl, "/api/session", {}, auth)).body.data as { id: string }).id
    h.fake.push({ steps: [{ toolCall: { id: "p1", name: "mark", args: { text: "parked" } } }] }, { steps: [{ text: "went on" }] })
    await post(h.baseUrl, `/api/session/${parked}/prompt`, { prompt: { text: "park" } }, auth)
    const waiting = await until("the permission is asked", async () => {
      const list = (await raw(h.baseUrl, "/api/permission/request", { headers: auth })).body.data as Array<{ id: string; sessionID: string }>
      return list.find((r) => r.sessionID === parked)
    })
    h = await h.restart()
    await post(h.baseUrl, `/api/session/${parked}/permission/${waiting.id}/reply`, { reply: "once" }, auth)
    await raw(h.baseUrl, `/api/session/${parked}/wait`, { method: "POST", headers: auth })
    const recovered = await scrape()
    expect(delta(recovered, "ratchet_recovery_actions_total", { action: "parked" })).toBe(1)
    expect(recovered.find((f) => f.name === "ratchet_activities_waiting")).toBeDefined()
  })
})
