/**
 * `GET /metrics`: every Effect `Metric` of the process (the engine's, the
 * server's, Effect's own fiber figures) as Prometheus text. Built on the
 * ecosystem's parts: `@effect/opentelemetry`'s metric producer feeds an
 * OpenTelemetry `PrometheusExporter` (as a pull reader, no server of its
 * own), whose serializer writes the exposition format. Behind the API's
 * credentials unless `telemetry.metrics.public` (docs/operations.md).
 */
import { HttpApiBuilder, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import * as OtelMetrics from "@effect/opentelemetry/Metrics"
import * as OtelResource from "@effect/opentelemetry/Resource"
import { PrometheusExporter, PrometheusSerializer } from "@opentelemetry/exporter-prometheus"
import { Effect, Layer, Metric } from "effect"
import * as Auth from "./Auth.js"
import { ServerConfig } from "./ServerConfig.js"

/** What the server counts itself: admissions by outcome, open event streams. */
export const admissions = Metric.counter("ratchet_admissions_total", { description: "prompts and compactions admitted or refused, by outcome", incremental: true })
export const sseSubscribers = Metric.gauge("ratchet_sse_subscribers", { description: "event streams open now (v2 and v1)" })
export const admission = (outcome: "accepted" | "refused") => Metric.increment(Metric.tagged(admissions, "outcome", outcome))

const UNAUTHORIZED = { _tag: "UnauthorizedError", message: "missing or wrong credentials: send Authorization: Bearer <token> or Basic <user:password>" }

/** The route, with the exporter it reads (registered as the reader of the process's Effect metrics). */
export const layer = (options: { readonly public: boolean }) =>
  Layer.unwrapScoped(Effect.gen(function*() {
    const config = yield* ServerConfig
    const exporter = new PrometheusExporter({ preventServerStart: true })
    yield* Layer.buildWithScope(
      OtelMetrics.layer(() => exporter).pipe(Layer.provide(OtelResource.layer({ serviceName: "ratchet", serviceVersion: config.version }))),
      yield* Effect.scope
    )
    const serializer = new PrometheusSerializer()
    const text = Effect.tryPromise(() => exporter.collect()).pipe(
      Effect.map(({ resourceMetrics }) => serializer.serialize(resourceMetrics)),
      Effect.orDie
    )
    return HttpApiBuilder.Router.use((router) =>
      router.get(
        "/metrics",
        Effect.gen(function*() {
          const request = yield* HttpServerRequest.HttpServerRequest
          if (!options.public && !Auth.allows(config.auth, request.headers["authorization"])) {
            return yield* HttpServerResponse.json(UNAUTHORIZED, { status: 401, headers: { "www-authenticate": "Bearer" } })
          }
          return HttpServerResponse.text(yield* text, { contentType: "text/plain; version=0.0.4; charset=utf-8" })
        }).pipe(Effect.orDie)
      )
    )
  }))
