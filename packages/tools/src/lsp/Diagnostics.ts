/**
 * Language-server diagnostics after an edit: the file tools (`write`,
 * `edit`, `multiedit`, `apply_patch`) hand the files they changed to
 * `after`, which tells the project's language server their new text and
 * appends what it reports — errors first, bounded — to the tool's result,
 * so the model sees the type error it just made before its next turn.
 *
 * Servers start on demand, one per project directory and server, when a
 * file of theirs is first touched; the command is looked for in Ratchet's
 * own `node_modules/.bin`, then on the PATH (never the project's: see
 * `findExecutable`), and runs read-only in the bash sandbox when that is
 * the server's default. A server
 * that is missing, fails to start, crashes or does not answer in time
 * never fails the edit: the result simply has no diagnostics (a crashed
 * one is started again on the next edit).
 */
import { Context, Effect, Layer, Option } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import type { SandboxMode } from "@ratchet/schema"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import { withoutSecrets } from "../ChildEnv.js"
import * as Sandbox from "../Sandbox.js"
import * as ToolRegistry from "../ToolRegistry.js"
import * as LspClient from "./LspClient.js"
import * as LspConfig from "./LspConfig.js"

export interface DiagnosticsService {
  /** What the language servers report for these files (absolute paths), formatted for the model; undefined when nothing. */
  readonly after: (directory: string, files: ReadonlyArray<string>) => Effect.Effect<string | undefined>
}

/** Off unless a layer provides it (embedders and tests that do not want language servers). */
export class Diagnostics extends Context.Reference<Diagnostics>()("@ratchet/tools/Diagnostics", {
  defaultValue: (): DiagnosticsService => ({ after: () => Effect.succeed(undefined) })
}) {}

// the file tools' own timeout (60 s) covers this wait too: the edit is done and must not time out over a slow
// server. The first file a server sees may wait for it to load the project.
const FIRST_WAIT_MS = 25_000
const WAIT_MS = 8_000
const MAX_WAIT_MS = 30_000
const MAX_LINES = 20
const MAX_MESSAGE = 500
const SEVERITY = ["", "error", "warning", "info", "hint"]

const LANGUAGE: Record<string, string> = {
  ".ts": "typescript", ".mts": "typescript", ".cts": "typescript", ".tsx": "typescriptreact",
  ".js": "javascript", ".mjs": "javascript", ".cjs": "javascript", ".jsx": "javascriptreact",
  ".py": "python", ".pyi": "python"
}

/**
 * The executable for a command name: Ratchet's own `node_modules/.bin` (up
 * from this module), then the PATH. Not the project's: a repository could
 * ship a `node_modules/.bin/typescript-language-server` of its own, and an
 * edit would then run the repository's code without any `bash` permission.
 */
export const findExecutable = (command: string, from: string = path.dirname(fileURLToPath(import.meta.url)), env: NodeJS.ProcessEnv = process.env): string | undefined => {
  if (command.includes("/")) return fs.existsSync(command) ? command : undefined
  const candidates: Array<string> = []
  for (let dir = from; ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, "node_modules", ".bin", command))
    if (path.dirname(dir) === dir) break
  }
  for (const dir of (env.PATH ?? "").split(path.delimiter)) if (dir !== "") candidates.push(path.join(dir, command))
  return candidates.find((file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK)
      return fs.statSync(file).isFile()
    } catch {
      return false
    }
  })
}

/**
 * typescript-language-server loads the project's own `typescript` when it
 * has one (its tsserver is code from the repository); pinned here to the
 * one installed beside the language server, as editors do by default.
 */
const pinnedTsserver = (executable: string): Record<string, unknown> | undefined => {
  try {
    const require = createRequire(fs.realpathSync(executable))
    return { tsserver: { path: path.join(path.dirname(require.resolve("typescript")), "tsserver.js") } }
  } catch {
    return undefined
  }
}

/** Errors first, then warnings; at most MAX_LINES, each message cut. Information and hints are left out. */
export const format = (directory: string, file: string, diagnostics: ReadonlyArray<LspClient.Diagnostic>): string | undefined => {
  const shown = diagnostics.filter((d) => (d.severity ?? 1) <= 2).sort((a, b) => (a.severity ?? 1) - (b.severity ?? 1))
  if (shown.length === 0) return undefined
  const lines = shown.slice(0, MAX_LINES).map((d) => {
    const code = d.code === undefined ? "" : ` ${d.source === "typescript" || d.source === "ts" ? "TS" : ""}${d.code}`
    const message = d.message.replace(/\s+/g, " ").slice(0, MAX_MESSAGE)
    return `  ${SEVERITY[d.severity ?? 1]} ${d.range.start.line + 1}:${d.range.start.character + 1}${code}: ${message}`
  })
  const more = shown.length > MAX_LINES ? `\n  … and ${shown.length - MAX_LINES} more` : ""
  return `${path.relative(directory, file) || file}:\n${lines.join("\n")}${more}`
}

interface Running {
  readonly client: Promise<LspClient.LspClient | undefined>
  touched: boolean
}

/**
 * The installation a server runs from (its `node_modules`, or its own
 * directory), kept visible in the sandbox: under /tmp it would be hidden by
 * the sandbox's private /tmp.
 */
const installRoot = (executable: string): string => {
  const real = fs.realpathSync(executable)
  const at = real.lastIndexOf(`${path.sep}node_modules${path.sep}`)
  return at >= 0 ? real.slice(0, at + `${path.sep}node_modules`.length) : path.dirname(real)
}

export const layer = (config: LspConfig.Config | undefined, options: { readonly sandbox: SandboxMode } = { sandbox: "off" }): Layer.Layer<Diagnostics> =>
  Layer.scoped(
    Diagnostics,
    Effect.gen(function*() {
      const servers = LspConfig.servers(config)
      const running = new Map<string, Running>()
      yield* Effect.addFinalizer(() =>
        Effect.promise(() => Promise.all([...running.values()].map(async (r) => (await r.client)?.close())).then(() => undefined)))

      const clientFor = (server: LspConfig.ServerDef, directory: string): Running | undefined => {
        const key = `${directory}\u0000${server.name}`
        const existing = running.get(key)
        if (existing !== undefined) return existing
        const executable = findExecutable(server.command[0]!)
        if (executable === undefined) return undefined
        const initialization = server.initialization ?? (server.name === "typescript" ? pinnedTsserver(executable) : undefined)
        // the server reads the project: with the sandbox on, it does so confined too (read-only, no network)
        const confined = options.sandbox !== "off" && Sandbox.unavailable() === undefined
        const started: Running = {
          touched: false,
          client: LspClient.start({
            executable: confined ? "bwrap" : executable,
            args: confined
              ? [...Sandbox.bwrapArgs({ mode: "read-only", root: directory, cwd: directory, network: false, visible: [installRoot(executable)] }), "--", executable, ...server.command.slice(1)]
              : server.command.slice(1),
            root: directory,
            ownPid: !confined,
            env: { ...withoutSecrets(), ...server.env },
            ...(initialization === undefined ? {} : { initialization })
          }).catch(() => undefined)
        }
        running.set(key, started)
        return started
      }

      const one = async (directory: string, file: string): Promise<string | undefined> => {
        const extension = path.extname(file)
        const server = servers.find((s) => s.extensions.includes(extension))
        if (server === undefined || !fs.existsSync(file)) return undefined
        const key = `${directory}\u0000${server.name}`
        let entry = clientFor(server, directory)
        let client = await entry?.client
        if (entry !== undefined && (client === undefined || !client.alive())) {
          // failed to start, or crashed since: forgotten; a crashed one is started again right away
          running.delete(key)
          const crashed = client !== undefined
          entry = crashed ? clientFor(server, directory) : undefined
          client = await entry?.client
        }
        if (entry === undefined || client === undefined) return undefined
        const wait = entry.touched ? WAIT_MS : FIRST_WAIT_MS
        entry.touched = true
        const text = fs.readFileSync(file, "utf8")
        const diagnostics = await client.touch(file, text, LANGUAGE[extension] ?? extension.slice(1), wait).catch(() => undefined)
        return diagnostics === undefined ? undefined : format(directory, file, diagnostics)
      }

      return {
        after: (directory, files) =>
          servers.length === 0 ? Effect.succeed(undefined) : Effect.promise(async () => {
            const reports = await Promise.all(files.map((f) => one(directory, f).catch(() => undefined)))
            const found = reports.filter((r): r is string => r !== undefined)
            return found.length === 0 ? undefined : `Diagnostics from the language server:\n${found.join("\n")}`
          })
      }
    })
  )

/**
 * `tool` with the diagnostics of the files it changed (`touched` reads them
 * from its result, relative to the session directory) appended to what the
 * model reads, and listed in its structured result.
 */
export const withDiagnostics = (
  tool: ToolRegistry.Tool,
  touched: (output: ToolRegistry.ToolOutput) => ReadonlyArray<string>
): ToolRegistry.Tool => ({
  ...tool,
  prepare: (input, context) =>
    Effect.map(tool.prepare(input, context), (prepared) => ({
      ...prepared,
      run: Effect.flatMap(prepared.run, (output) =>
        Effect.gen(function*() {
          const service = yield* Diagnostics
          const files = touched(output).map((f) => path.resolve(context.directory, f))
          const report = files.length === 0 ? undefined : Option.getOrUndefined(
            yield* service.after(context.directory, files).pipe(Effect.timeoutOption(MAX_WAIT_MS), Effect.map(Option.flatMap(Option.fromNullable)))
          )
          return report === undefined ? output : {
            ...output,
            output: `${output.output}\n\n${report}`,
            structured: { ...output.structured, diagnostics: report }
          }
        }))
    }))
})
