/**
 * OpenTelemetry traces (and the metrics beside them) over OTLP/HTTP, on
 * when the standard `OTEL_EXPORTER_OTLP_ENDPOINT` (or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) or the config's
 * `telemetry.otlp.endpoint` says where to send them. Built on
 * `@effect/opentelemetry`'s OTLP exporters (JSON encoding, sent with the
 * platform's HTTP client, their own requests untraced): the engine's
 * `Effect.withSpan`s become spans without an OpenTelemetry SDK in the
 * process. Off, nothing is exported and the spans stay in memory.
 */
import * as OtlpMetrics from "@effect/opentelemetry/OtlpMetrics"
import * as OtlpSerialization from "@effect/opentelemetry/OtlpSerialization"
import * as OtlpTracer from "@effect/opentelemetry/OtlpTracer"
import { NodeHttpClient } from "@effect/platform-node"
import { Duration, Layer } from "effect"

export interface Options {
  /** The collector's base URL (`/v1/traces` and `/v1/metrics` are appended), or the traces URL itself. */
  readonly endpoint: string
  readonly headers?: Readonly<Record<string, string>>
  readonly serviceName: string
  readonly version: string
  /** How often batches are sent (default 5 s; tests use less). */
  readonly exportIntervalMs?: number
}

type Env = Readonly<Record<string, string | undefined>>

/** OTEL's `k=v,k2=v2` header list (values may be percent-encoded). */
const headerList = (value: string | undefined): Record<string, string> =>
  Object.fromEntries((value ?? "").split(",").flatMap((pair) => {
    const eq = pair.indexOf("=")
    return eq <= 0 ? [] : [[pair.slice(0, eq).trim(), decodeURIComponent(pair.slice(eq + 1).trim())]]
  }))

/** The standard OpenTelemetry environment variables, over the config's `telemetry.otlp`. */
export const fromEnv = (
  env: Env,
  config: { readonly endpoint?: string | undefined; readonly headers?: Readonly<Record<string, string>> | undefined } | undefined,
  version: string
): Options | undefined => {
  const tracesEndpoint = env["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"]
  const endpoint = tracesEndpoint ?? env["OTEL_EXPORTER_OTLP_ENDPOINT"] ?? config?.endpoint
  if (endpoint === undefined || endpoint === "" || env["OTEL_SDK_DISABLED"] === "true") return undefined
  return {
    endpoint,
    headers: { ...config?.headers, ...headerList(env["OTEL_EXPORTER_OTLP_HEADERS"]) },
    serviceName: env["OTEL_SERVICE_NAME"] ?? "ratchet",
    version
  }
}

const join = (base: string, path: string) => (base.endsWith(path) ? base : `${base.replace(/\/+$/, "")}${path}`)

/** The exporters as a layer: provided under the whole server, so every fiber it starts traces to them. */
export const layer = (options: Options): Layer.Layer<never> => {
  const resource = { serviceName: options.serviceName, serviceVersion: options.version }
  const exportInterval = Duration.millis(options.exportIntervalMs ?? 5000)
  const headers = options.headers ?? {}
  const tracesUrl = join(options.endpoint, "/v1/traces")
  const metricsUrl = join(options.endpoint.replace(/\/v1\/traces\/?$/, ""), "/v1/metrics")
  return Layer.mergeAll(
    OtlpTracer.layer({ url: tracesUrl, resource, headers, exportInterval }),
    OtlpMetrics.layer({ url: metricsUrl, resource, headers, exportInterval })
  ).pipe(Layer.provide([OtlpSerialization.layerJson, NodeHttpClient.layerUndici]))
}
