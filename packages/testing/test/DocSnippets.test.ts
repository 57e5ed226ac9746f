/**
 * Every TypeScript block in docs/ and the README is checked: it names the
 * file it quotes (```` ```ts from=path ````), its lines appear in that file in
 * order (a `// …` line stands for lines left out), and that file is imported
 * by a test — so the quoted code is compiled by `tsc -b` and run by the
 * suite. A block that drifts from the code, or code that stops running,
 * fails here instead of misleading a reader.
 */
import { assert, describe, it } from "@effect/vitest"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..")

interface Block {
  readonly doc: string
  readonly line: number
  readonly from: string | undefined
  readonly lines: ReadonlyArray<string>
}

/** The fenced ts/typescript blocks of a markdown text. */
export const blocks = (doc: string, text: string): ReadonlyArray<Block> => {
  const found: Array<Block> = []
  const lines = text.split("\n")
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|typescript)\b(.*)$/.exec(lines[i]!)
    if (open === null) continue
    const from = /\bfrom=(\S+)/.exec(open[2]!)?.[1]
    const body: Array<string> = []
    let j = i + 1
    for (; j < lines.length && !lines[j]!.startsWith("```"); j++) body.push(lines[j]!)
    found.push({ doc, line: i + 1, from, lines: body })
    i = j
  }
  return found
}

const isGap = (line: string) => /^\/\/\s*(…|\.\.\.)\s*$/.test(line)

/** Why a block does not match its file's text, or undefined when it does. */
export const mismatch = (block: ReadonlyArray<string>, file: string): string | undefined => {
  const source = file.split("\n").map((l) => l.trim()).filter((l) => l !== "")
  // runs of consecutive lines, separated by `// …`
  const runs: Array<Array<string>> = [[]]
  for (const raw of block) {
    const line = raw.trim()
    if (line === "") continue
    if (isGap(line)) runs.push([])
    else runs[runs.length - 1]!.push(line)
  }
  let at = 0
  for (const run of runs.filter((r) => r.length > 0)) {
    let found = -1
    for (let k = at; k + run.length <= source.length; k++) {
      if (run.every((l, n) => source[k + n] === l)) {
        found = k
        break
      }
    }
    if (found < 0) return `not in the file (in this order): ${run[0]}`
    at = found + run.length
  }
  return undefined
}

const files = (dir: string, keep: (name: string) => boolean): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((name) => {
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) return []
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path, keep) : keep(name) ? [path] : []
  })

describe("code blocks in docs/", () => {
  const docs = [join(root, "README.md"), ...files(join(root, "docs"), (n) => n.endsWith(".md"))]
  const all = docs.flatMap((d) => blocks(relative(root, d), readFileSync(d, "utf8")))
  // every file a test imports by a relative path
  const imported = new Set(
    files(join(root, "packages"), (n) => n.endsWith(".test.ts")).flatMap((t) =>
      [...readFileSync(t, "utf8").matchAll(/from\s+["'](\.[^"']+)\.js["']/g)].map((m) => resolve(dirname(t), `${m[1]}.ts`))
    )
  )

  it("every TypeScript block quotes a file that a test runs, and matches it", () => {
    const problems: Array<string> = []
    for (const block of all) {
      const where = `${block.doc}:${block.line}`
      if (block.from === undefined) {
        problems.push(`${where}: a ts block without from=<file it quotes>`)
        continue
      }
      const path = join(root, block.from)
      if (!existsSync(path)) {
        problems.push(`${where}: from=${block.from} does not exist`)
        continue
      }
      const why = mismatch(block.lines, readFileSync(path, "utf8"))
      if (why !== undefined) problems.push(`${where}: ${why}`)
      if (!imported.has(path)) problems.push(`${where}: ${block.from} is not imported by any test, so nothing runs it`)
    }
    assert.deepStrictEqual(problems, [])
    assert.isAbove(all.length, 5)
  })

  it("the matcher refuses drift: a changed line, a wrong order, a missing from=", () => {
    const file = "const a = 1\n\nconst b = 2\nconst c = 3\n"
    assert.isUndefined(mismatch(["  const a = 1", "const b = 2"], file))
    assert.isUndefined(mismatch(["const a = 1", "// …", "const c = 3"], file))
    assert.isDefined(mismatch(["const a = 1", "const c = 3"], file))
    assert.isDefined(mismatch(["const c = 3", "// …", "const a = 1"], file))
    assert.isDefined(mismatch(["const a = 2"], file))
    assert.deepStrictEqual(blocks("x.md", "```ts\nconst a = 1\n```\n```ts from=f.ts\nb\n```\n").map((b) => [b.from, b.lines]), [
      [undefined, ["const a = 1"]],
      ["f.ts", ["b"]]
    ])
  })
})
