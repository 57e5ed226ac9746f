/**
 * The package graph is the architecture (docs/architecture.md): dependencies
 * go one way, and a package's `index.ts` (or another declared export) is its
 * whole public surface. This test reads every TypeScript file of every
 * package and fails on an import against the arrows, a deep import into
 * another package (`@ratchet/x/src/...`, anything `internal`), a relative
 * import that leaves its package, or an `@ratchet/*` import missing from the
 * importing package's `package.json`.
 */
import { assert, describe, it } from "@effect/vitest"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const repoPackages = resolve(dirname(fileURLToPath(import.meta.url)), "../..")

/** Which workspace packages each package may import (ARCHITECTURE.md §1). */
const allowed: Readonly<Record<string, ReadonlyArray<string>>> = {
  schema: [],
  llm: ["schema"],
  store: ["schema"],
  tools: ["schema", "store"],
  engine: ["schema", "llm", "store", "tools"],
  api: ["schema"],
  sdk: ["api"],
  server: ["schema", "llm", "store", "tools", "engine", "api", "sdk", "testing"],
  testing: ["schema", "llm", "store", "tools", "engine", "api", "sdk"]
}

const tsFiles = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((name) => {
    if (name === "node_modules" || name === "dist") return []
    const path = join(dir, name)
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith(".ts") ? [path] : []
  })

/** Static `import`/`export … from` specifiers and dynamic `import("…")` ones. */
const specifiers = (source: string): ReadonlyArray<string> =>
  [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^"'`;]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s*["']([^"']+)["']/g)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? "")

interface Manifest {
  readonly exports?: Readonly<Record<string, string>>
  readonly dependencies?: Readonly<Record<string, string>>
  readonly devDependencies?: Readonly<Record<string, string>>
}
const readManifest = (dir: string, pkg: string): Manifest =>
  JSON.parse(readFileSync(join(dir, pkg, "package.json"), "utf8")) as Manifest

/** Every violation in a `packages/` tree, as readable lines (empty when the graph is right). */
const violations = (packagesDir: string): ReadonlyArray<string> => {
  const manifest = (pkg: string) => readManifest(packagesDir, pkg)
  const found: Array<string> = []
  const packages = readdirSync(packagesDir).filter((p) => statSync(join(packagesDir, p)).isDirectory())
  for (const pkg of packages) {
    const rules = allowed[pkg]
    if (rules === undefined) {
      found.push(`packages/${pkg}: not in the architecture's package table (add it to this test and docs/architecture.md)`)
      continue
    }
    const own = manifest(pkg)
    const declared = { ...own.dependencies, ...own.devDependencies }
    const root = join(packagesDir, pkg)
    for (const file of tsFiles(root)) {
      const where = relative(packagesDir, file)
      for (const spec of specifiers(readFileSync(file, "utf8"))) {
        if (spec.startsWith(".")) {
          const target = resolve(dirname(file), spec)
          if (!target.startsWith(root + "/")) found.push(`${where}: relative import ${spec} leaves packages/${pkg}`)
          continue
        }
        const match = /^@ratchet\/([^/]+)(\/.*)?$/.exec(spec)
        if (match === null) continue
        const [, target = "", sub] = match
        if (target !== pkg && !rules.includes(target)) found.push(`${where}: imports @ratchet/${target}, against the arrows`)
        if (target !== pkg && declared[`@ratchet/${target}`] === undefined) {
          found.push(`${where}: imports @ratchet/${target}, which packages/${pkg}/package.json does not list`)
        }
        if (sub !== undefined) {
          const exported = manifest(target).exports ?? {}
          if (sub.includes("internal") || exported[`.${sub}`] === undefined) {
            found.push(`${where}: deep import ${spec} (not a declared export of @ratchet/${target})`)
          }
        }
      }
    }
  }
  return found
}

const plant = (files: Readonly<Record<string, string>>) => {
  const dir = mkdtempSync(join(tmpdir(), "ratchet-arrows-"))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe("package arrows", () => {
  it("no package imports against the architecture's arrows, or past another package's public surface", () => {
    assert.deepStrictEqual(violations(repoPackages), [])
  })

  it("finds each kind of violation in a planted tree", () => {
    const manifest = (deps: Record<string, string>) => JSON.stringify({ exports: { ".": "./src/index.ts" }, dependencies: deps })
    const dir = plant({
      "schema/package.json": manifest({}),
      "engine/package.json": manifest({}),
      "store/package.json": manifest({ "@ratchet/engine": "0.1.0" }),
      "store/src/A.ts": `import { Sessions } from "@ratchet/engine"\nexport * as B from "./B.js"\n`,
      "store/src/B.ts": `import { x } from "@ratchet/schema/src/internal/x.js"\nimport { y } from "../../engine/src/y.js"\n`,
      "store/test/C.test.ts": `const m = await import("@ratchet/schema")\n`,
      "widgets/package.json": manifest({})
    })
    try {
      assert.deepStrictEqual([...violations(dir)].sort(), [
        "packages/widgets: not in the architecture's package table (add it to this test and docs/architecture.md)",
        "store/src/A.ts: imports @ratchet/engine, against the arrows",
        "store/src/B.ts: imports @ratchet/schema, which packages/store/package.json does not list",
        "store/src/B.ts: deep import @ratchet/schema/src/internal/x.js (not a declared export of @ratchet/schema)",
        "store/src/B.ts: relative import ../../engine/src/y.js leaves packages/store",
        "store/test/C.test.ts: imports @ratchet/schema, which packages/store/package.json does not list"
      ].sort())
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
