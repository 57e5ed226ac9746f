/** `ratchet serve`: the server on the resolved settings, until SIGINT/SIGTERM (then a graceful drain). */
import type { HttpServer } from "@effect/platform"
import { Effect, Layer } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { LoopScheduler } from "../LoopScheduler.js"
import * as Server from "../Server.js"
import type { Settings } from "../Settings.js"

/** Only the HTTP server is exposed: the engine inside is the server's own. */
export const serverLayer = (settings: Settings): Layer.Layer<HttpServer.HttpServer, unknown> => {
  if (!/^postgres(ql)?:\/\//.test(settings.db)) fs.mkdirSync(path.dirname(path.resolve(settings.db)), { recursive: true })
  return Server.layer({
    config: settings.config,
    storage: Server.storageFor(settings.db, {
      leases: {
        ttlMs: settings.config.leaseTtlMs,
        // restarted on the same address, it is the same owner: its crashed predecessor's sessions go on at once
        ...(settings.config.port === 0 ? {} : { owner: `${os.hostname()}/${settings.config.hostname}:${settings.config.port}` })
      }
    }),
    providers: settings.providers,
    agents: settings.agents,
    permission: settings.permission,
    mcp: settings.mcp,
    fallback: settings.fallback,
    ...(settings.lsp === undefined ? {} : { lsp: settings.lsp }),
    ...(settings.compaction === undefined ? {} : { compaction: settings.compaction }),
    ...(settings.websearch === undefined ? {} : { websearch: settings.websearch }),
    instructions: settings.instructions,
    titles: { enabled: true, ...(settings.smallModel === undefined ? {} : { model: settings.smallModel }) },
    toolOutputDir: settings.toolOutputDir,
    ...(settings.snapshotDir === undefined ? {} : { snapshotDir: settings.snapshotDir }),
    ...(settings.tracing === undefined ? {} : { tracing: settings.tracing }),
    ...(/^postgres(ql)?:\/\//.test(settings.db) ? {} : { databaseFile: path.resolve(settings.db) })
  })
}

export const announce = (settings: Settings) =>
  Layer.effectDiscard(
    Effect.gen(function*() {
      for (const warning of settings.warnings) yield* Effect.logWarning(warning)
      const url = yield* Server.baseUrl
      const providers = settings.providers.providers.map((p) => p.id).join(", ") || "none configured"
      yield* Effect.logInfo(
        `ratchet listening on ${url} (db: ${settings.db}; config: ${settings.configFiles.length === 0 ? "none" : settings.configFiles.join(" < ")}; providers: ${providers}; auth: ${
          settings.config.auth === undefined ? "off (loopback only)" : "on"
        })`
      )
    })
  )

/**
 * The server until it is stopped; with `limits.loopSliceMs` above 0 its
 * fibers run on the LoopScheduler. Off by default: with it the SQLite chaos
 * suite found a resumed activity left open beside a new one in about half
 * its runs (docs/performance.md, TODO.md), a race not found yet. A
 * process-wide choice, so made here, at the edge, and not in
 * `Server.layer`, which programs embedding Ratchet run on their own runtime.
 */
export const serve = (settings: Settings) => {
  const server = Layer.launch(announce(settings).pipe(Layer.provide(serverLayer(settings))))
  return settings.config.loopSliceMs === 0 ? server : Effect.withScheduler(server, new LoopScheduler(settings.config.loopSliceMs))
}
