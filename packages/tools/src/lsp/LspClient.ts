/**
 * One language server process, spoken to over stdio with JSON-RPC
 * (`vscode-jsonrpc`): initialized with the project as its root, told of
 * files as the tools change them (`didOpen`, then `didChange` with the whole
 * text), and listened to for `publishDiagnostics`. Driver code at the edge:
 * promises, wrapped by `Diagnostics`.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { pathToFileURL } from "node:url"
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node.js"

export interface Diagnostic {
  readonly range: { readonly start: { readonly line: number; readonly character: number } }
  /** 1 error, 2 warning, 3 information, 4 hint. */
  readonly severity?: number
  readonly code?: string | number
  readonly source?: string
  readonly message: string
}

export interface LspClient {
  /** The file's diagnostics after telling the server its new text; undefined when none came in time. */
  readonly touch: (file: string, text: string, languageId: string, waitMs: number) => Promise<ReadonlyArray<Diagnostic> | undefined>
  readonly alive: () => boolean
  readonly close: () => Promise<void>
}

const QUIET_MS = 300

export const start = async (options: {
  readonly executable: string
  readonly args: ReadonlyArray<string>
  readonly root: string
  readonly env: Readonly<Record<string, string>>
  readonly initialization?: Readonly<Record<string, unknown>>
  /** In another PID namespace (the sandbox) our pid means nothing there: a server watching it would exit at once. */
  readonly ownPid: boolean
}): Promise<LspClient> => {
  const child: ChildProcess = spawn(options.executable, [...options.args], {
    cwd: options.root,
    env: options.env,
    stdio: ["pipe", "pipe", "ignore"]
  })
  let exited = false
  child.on("exit", () => (exited = true))
  const spawned = new Promise<void>((resolve, reject) => {
    child.once("spawn", resolve)
    child.once("error", reject)
  })
  await spawned
  const connection: MessageConnection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
  const latest = new Map<string, ReadonlyArray<Diagnostic>>()
  const waiters = new Map<string, Array<() => void>>()
  connection.onNotification("textDocument/publishDiagnostics", (params: { uri: string; diagnostics: ReadonlyArray<Diagnostic> }) => {
    latest.set(params.uri, params.diagnostics)
    for (const wake of waiters.get(params.uri) ?? []) wake()
  })
  // requests the server makes of a client: answered minimally so it never waits on us
  connection.onRequest("workspace/configuration", (params: { items?: ReadonlyArray<unknown> }) => (params.items ?? []).map(() => null))
  connection.onRequest("client/registerCapability", () => null)
  connection.onRequest("window/workDoneProgress/create", () => null)
  connection.onError(() => undefined)
  connection.listen()
  const rootUri = pathToFileURL(options.root).href
  await connection.sendRequest("initialize", {
    processId: options.ownPid ? process.pid : null,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: "project" }],
    capabilities: {
      textDocument: { synchronization: { didSave: true }, publishDiagnostics: { versionSupport: true } },
      workspace: { configuration: true, workspaceFolders: true }
    },
    ...(options.initialization === undefined ? {} : { initializationOptions: options.initialization })
  })
  await connection.sendNotification("initialized", {})
  const versions = new Map<string, number>()

  const touch: LspClient["touch"] = async (file, text, languageId, waitMs) => {
    const uri = pathToFileURL(file).href
    const version = (versions.get(uri) ?? 0) + 1
    versions.set(uri, version)
    latest.delete(uri)
    // a publish after this point is about the new text: wait for one, then for the server to go quiet
    const published = new Promise<boolean>((resolve) => {
      let quiet: NodeJS.Timeout | undefined
      const give = setTimeout(() => finish(latest.has(uri)), waitMs)
      const wake = () => {
        if (quiet !== undefined) clearTimeout(quiet)
        quiet = setTimeout(() => finish(true), QUIET_MS)
      }
      const finish = (got: boolean) => {
        clearTimeout(give)
        if (quiet !== undefined) clearTimeout(quiet)
        waiters.set(uri, (waiters.get(uri) ?? []).filter((w) => w !== wake))
        resolve(got)
      }
      waiters.set(uri, [...(waiters.get(uri) ?? []), wake])
    })
    if (version === 1) {
      await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version, text } })
    } else {
      await connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] })
    }
    await connection.sendNotification("textDocument/didSave", { textDocument: { uri }, text })
    return (await published) ? latest.get(uri) : undefined
  }

  return {
    touch,
    alive: () => !exited,
    close: async () => {
      if (!exited) {
        const stopped = Promise.race([
          connection.sendRequest("shutdown").then(() => connection.sendNotification("exit")),
          new Promise((resolve) => setTimeout(resolve, 2000).unref())
        ]).catch(() => undefined)
        await stopped
      }
      connection.dispose()
      if (!exited) child.kill("SIGKILL")
    }
  }
}
