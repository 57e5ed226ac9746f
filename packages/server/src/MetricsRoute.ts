/**
 * `GET /metrics`: every Effect `Metric` of the process (the engine's, the
 * server's, Effect's own fiber figures) as Prometheus text. Built on the
 * ecosystem's parts: `@effect/opentelemetry`'s metric producer feeds an
 * OpenTelemetry `PrometheusExporter` (as a pull reader, no server of its
 * own), whose serializer writes the exposition format. Behind the API's
 * credentials unless `telemetry.metrics.public` (docs/operations.md).
 */
import { HttpApiBuilder, HttpServerResponse } from "@effect/platform"
import * as OtelMetrics from "@effect/opentelemetry/Metrics"
import * as OtelResource from "@effect/opentelemetry/Resource"
import { PrometheusExporter, PrometheusSerializer } from "@opentelemetry/exporter-prometheus"
import * as SqlClient from "@effect/sql/SqlClient"
import { Effect, Layer, Metric } from "effect"
import { ServerConfig } from "./ServerConfig.js"

/** What the server counts itself: admissions by outcome, open event streams and what they carried, what waits. */
export const admissions = Metric.counter("ratchet_admissions_total", { description: "prompts and compactions admitted or refused, by outcome", incremental: true })
export const sseSubscribers = Metric.gauge("ratchet_sse_subscribers", { description: "event streams open now (v2 and v1)" })
export const admission = (outcome: "accepted" | "refused") => Metric.increment(Metric.tagged(admissions, "outcome", outcome))
export const sseFrames = Metric.counter("ratchet_sse_events_total", { description: "events written to event streams (each stream's copy counted)", incremental: true })
/** Read from the database at each scrape: true across every process sharing it. */
const pendingInputs = Metric.gauge("ratchet_pending_inputs", { description: "inputs admitted and not yet promoted or cancelled (every process on the database)" })
const pendingRequests = Metric.gauge("ratchet_pending_requests", { description: "permission and question requests waiting for a reply, by kind (every process on the database)" })


/** The route, with the exporter it reads (registered as the reader of the process's Effect metrics). */
export const layer =
  Layer.unwrapScoped(Effect.gen(function*() {
    const config = yield* ServerConfig
    const exporter = new PrometheusExporter({ preventServerStart: true })
    yield* Layer.buildWithScope(
      OtelMetrics.layer(() => exporter).pipe(Layer.provide(OtelResource.layer({ serviceName: "ratchet", serviceVersion: config.version }))),
      yield* Effect.scope
    )
    const serializer = new PrometheusSerializer()
    const sql = yield* SqlClient.SqlClient
    const count = (rows: ReadonlyArray<{ readonly n: number | string }>) => Number(rows[0]?.n ?? 0)
    const gauges = Effect.all([
      Effect.flatMap(sql<{ readonly n: number }>`SELECT count(*) AS n FROM session_input WHERE state = 'pending'`, (r) => Metric.set(pendingInputs, count(r))),
      Effect.flatMap(sql<{ readonly n: number }>`SELECT count(*) AS n FROM permission_request WHERE state = 'pending'`, (r) =>
        Metric.set(Metric.tagged(pendingRequests, "kind", "permission"), count(r))),
      Effect.flatMap(sql<{ readonly n: number }>`SELECT count(*) AS n FROM question_request WHERE state = 'pending'`, (r) =>
        Metric.set(Metric.tagged(pendingRequests, "kind", "question"), count(r)))
    ], { discard: true }).pipe(Effect.orDie)
    const text = Effect.zipRight(gauges, Effect.tryPromise(() => exporter.collect())).pipe(
      Effect.map(({ resourceMetrics }) => serializer.serialize(resourceMetrics)),
      Effect.orDie
    )
    return HttpApiBuilder.Router.use((router) =>
      router.get(
        "/metrics",
        Effect.gen(function*() {
          // the credentials (an unscoped one: the figures span every project) were checked by `Access`, unless public
          return HttpServerResponse.text(yield* text, { contentType: "text/plain; version=0.0.4; charset=utf-8" })
        })
      )
    )
  }))
