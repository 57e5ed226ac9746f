/**
 * `grep`: lines matching a regular expression, as `path:line: text`. Uses
 * ripgrep when it is on the PATH (run by the helper process, never forked
 * from the server); otherwise a bounded scan in-process
 * (text files under 1 MB, at most MAX_MATCHES matches), both under the
 * tool's timeout. Long lines are cut so one minified file cannot fill the
 * result.
 *
 * The pattern is the model's, so it is hostile: the in-process scan runs it
 * on RE2 (`re2-wasm`), whose matching time is linear in the input, never on
 * JavaScript's backtracking engine — `^(a+)+$` against a line of `a`s once
 * held the event loop for minutes, and no timeout can interrupt a regex
 * running on it. RE2's syntax is ripgrep's (no look-around, no
 * backreferences), so both engines accept the same patterns.
 */
import { Effect, Schema } from "effect"
import { RE2 } from "re2-wasm"
import * as fs from "node:fs"
import * as path from "node:path"
import * as SpawnHelper from "../internal/spawnHelper.js"
import * as ToolRegistry from "../ToolRegistry.js"
import { confine, looksBinary } from "./common.js"
import { files, ignored } from "./Glob.js"

const MAX_MATCHES = 100
const MAX_LINE = 300
const MAX_FILE_BYTES = 1024 * 1024

const Input = Schema.Struct({
  pattern: Schema.String.annotations({ description: "A regular expression (ripgrep / RE2 syntax)" }),
  path: Schema.optional(Schema.String).annotations({ description: "The directory to search in, relative to the session directory" }),
  include: Schema.optional(Schema.String).annotations({ description: "Only files matching this glob, such as *.ts or **/*.{ts,tsx}" })
})

interface Match {
  readonly file: string
  readonly line: number
  readonly text: string
}

const cut = (text: string) => (text.length > MAX_LINE ? `${text.slice(0, MAX_LINE)}…` : text)

/** Whether ripgrep is on the PATH: unknown until a search tries it (a missing one falls back to the scan). */
let ripgrep: boolean | undefined

/**
 * ripgrep, started by the helper process (a fork of the server stalls its
 * event loop: internal/spawnHelper.ts) in a process group of its own, with
 * only PATH in its environment (a `RIPGREP_CONFIG_PATH` could change its
 * output). Undefined when there is no ripgrep to run.
 */
const withRipgrep = (root: string, pattern: string, include: string | undefined) =>
  Effect.async<ReadonlyArray<Match> | undefined, ToolRegistry.ToolFailure>((resume) => {
    const args = ["--line-number", "--no-heading", "--color", "never", "--max-columns", String(MAX_LINE), "-e", pattern]
    for (const g of ignored) args.push("--glob", `!${g.replace(/^\*\*\//, "")}`)
    if (include !== undefined) args.push("--glob", include)
    args.push(".")
    const matches: Array<Match> = []
    let rest = ""
    let stderr = ""
    let enough = false
    const child = SpawnHelper.shared().group({ file: "rg", args, cwd: root, env: { PATH: process.env.PATH ?? "" } }, {
      data: (chunk, fromStderr) => {
        if (fromStderr) {
          if (stderr.length < 4096) stderr += chunk
          return
        }
        const lines = (rest + chunk).split("\n")
        rest = lines.pop() ?? ""
        for (const l of lines) {
          const m = /^(.*?):(\d+):(.*)$/.exec(l)
          if (m !== null && matches.length < MAX_MATCHES + 1) matches.push({ file: m[1]!.replace(/^\.\//, ""), line: Number(m[2]), text: cut(m[3]!) })
        }
        if (matches.length > MAX_MATCHES && !enough) {
          enough = true
          child.killGroup()
        }
      },
      error: (message) => {
        // ENOENT is also a missing cwd (the directory removed since it was checked): not ripgrep's absence
        if (/ENOENT/.test(message) && fs.existsSync(root)) {
          ripgrep = false
          resume(Effect.succeed(undefined))
        } else resume(Effect.fail(new ToolRegistry.ToolFailure({ type: "grep", message: `could not run ripgrep: ${message}` })))
      },
      close: (code) => {
        ripgrep = true
        // 1: no match; killed: enough matches
        if (code === 0 || code === 1 || enough) resume(Effect.succeed(matches))
        else resume(Effect.fail(new ToolRegistry.ToolFailure({ type: "grep", message: `ripgrep failed: ${stderr.trim().slice(0, 500)}` })))
      }
    })
    return Effect.sync(() => child.killGroup())
  })

const scan = (root: string, regex: RE2, include: string | undefined) =>
  Effect.gen(function*() {
    const candidates = yield* files(root, include === undefined ? "**/*" : include.includes("/") ? include : `**/${include}`)
    const matches: Array<Match> = []
    for (const file of candidates.sort()) {
      // yield between files: the timeout and an interrupt can stop a long scan
      yield* Effect.yieldNow()
      const absolute = path.join(root, file)
      // an unreadable file (permissions, removed meanwhile) is skipped, not a failure of the search
      const buffer = yield* Effect.orElseSucceed(
        Effect.try(() => {
          const stat = fs.statSync(absolute, { throwIfNoEntry: false })
          return stat === undefined || stat.size > MAX_FILE_BYTES ? undefined : fs.readFileSync(absolute)
        }),
        () => undefined
      )
      if (buffer === undefined || looksBinary(buffer.subarray(0, 8192))) continue
      const lines = buffer.toString("utf8").split("\n")
      for (let i = 0; i < lines.length; i++) {
        if (!regex.test(lines[i]!)) continue
        matches.push({ file, line: i + 1, text: cut(lines[i]!) })
        if (matches.length > MAX_MATCHES) return matches
      }
    }
    return matches
  })

export const tool = ToolRegistry.make({
  name: "grep",
  description: `Searches file contents in the session directory with a regular expression; returns path:line: text (at most ${MAX_MATCHES} matches).`,
  input: Input,
  idempotent: true,
  timeout: "60 seconds",
  needs: (input, context) =>
    Effect.map(confine(context.directory, input.path ?? "."), (t) => [{ permission: "grep", patterns: [input.pattern], metadata: { path: t.relative } }]),
  run: (input, context) =>
    Effect.gen(function*() {
      const root = yield* confine(context.directory, input.path ?? ".")
      if (input.include !== undefined && (path.isAbsolute(input.include) || input.include.split("/").includes(".."))) {
        return yield* new ToolRegistry.ToolFailure({ type: "path_refused", message: "include must be a relative glob inside the directory" })
      }
      const regex = yield* Effect.try({
        try: () => new RE2(input.pattern, "u"),
        catch: (e) =>
          new ToolRegistry.ToolFailure({
            type: "invalid_pattern",
            message: `invalid regular expression (RE2 syntax: no look-around or backreferences): ${(e as Error).message}`
          })
      })
      const found = ripgrep === false ? undefined : yield* withRipgrep(root.absolute, input.pattern, input.include)
      const matches = found ?? (yield* scan(root.absolute, regex, input.include))
      const prefix = root.relative === "." ? "" : `${root.relative}/`
      const shown = matches.slice(0, MAX_MATCHES)
      return {
        output: shown.length === 0
          ? "No matches found"
          : `${shown.map((m) => `${prefix}${m.file}:${m.line}: ${m.text}`).join("\n")}${matches.length > MAX_MATCHES ? `\n(more than ${MAX_MATCHES} matches: narrow the pattern or the path)` : ""}`,
        structured: { matches: shown.length, truncated: matches.length > MAX_MATCHES, engine: found === undefined ? "scan" : "ripgrep" }
      }
    })
})
