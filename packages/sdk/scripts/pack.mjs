/**
 * `npm run pack:sdk [-- OUT_DIR]`: the client packages as installable
 * tarballs — `@ratchet/schema`, `@ratchet/api` and `@ratchet/sdk`, compiled
 * to ESM JavaScript with `.d.ts` files. In the workspace the packages export
 * their TypeScript sources; a tarball gets `dist/` and an exports map onto
 * it, and its `@ratchet/*` dependencies pinned to the same version. Prints
 * the tarballs' paths, one a line.
 */
import { execFileSync } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../..", import.meta.url))
const out = path.resolve(process.argv[2] ?? path.join(root, ".tmp", "packages"))
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc")
// inside the repository, so the staged declarations resolve `effect` and the rest from its node_modules
const stageRoot = path.join(root, ".tmp", `pack-stage-${process.pid}`)
fs.rmSync(stageRoot, { recursive: true, force: true })

/** What each package ships; `skip`: sources that are build tools, not library. */
const packages = [
  // DOM: the Web APIs these use (btoa, atob, crypto.getRandomValues, fetch) are in browsers, Deno and Node alike
  { name: "schema", lib: ["ES2022", "DOM"], skip: [] },
  { name: "api", lib: ["ES2022", "DOM"], skip: [] },
  { name: "sdk", lib: ["ES2022", "DOM"], skip: ["src/Generate.ts"] }
]

const staged = (name) => path.join(stageRoot, name)
const toDist = (source) => source.replace(/^\.\/src\//, "./dist/").replace(/\.ts$/, "")

fs.mkdirSync(out, { recursive: true })
const tarballs = []
for (const pkg of packages) {
  const dir = path.join(root, "packages", pkg.name)
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"))
  const stage = staged(pkg.name)
  fs.mkdirSync(stage, { recursive: true })
  // the other @ratchet packages are compiled already: the build sees their declarations, not their sources
  const paths = Object.fromEntries(
    packages.filter((p) => p.name !== pkg.name && fs.existsSync(path.join(staged(p.name), "dist"))).map((p) => [`@ratchet/${p.name}`, [path.join(staged(p.name), "dist", "index.d.ts")]])
  )
  const tsconfig = {
    extends: path.join(root, "tsconfig.base.json"),
    compilerOptions: {
      composite: false,
      incremental: false,
      emitDeclarationOnly: false,
      declaration: true,
      noEmit: false,
      rootDir: path.join(dir, "src"),
      outDir: path.join(stage, "dist"),
      lib: pkg.lib,
      types: [],
      paths
    },
    include: [path.join(dir, "src")],
    exclude: pkg.skip.map((s) => path.join(dir, s))
  }
  const config = path.join(stage, "tsconfig.json")
  fs.writeFileSync(config, JSON.stringify(tsconfig, null, 2))
  execFileSync(process.execPath, [tsc, "-p", config], { stdio: "inherit" })
  fs.rmSync(config)
  const exportsMap = Object.fromEntries(
    Object.entries(manifest.exports).map(([key, source]) => [key, { types: `${toDist(source)}.d.ts`, default: `${toDist(source)}.js` }])
  )
  const dependencies = Object.fromEntries(
    Object.entries(manifest.dependencies ?? {}).map(([dep, version]) => [dep, dep.startsWith("@ratchet/") ? manifest.version : version])
  )
  const published = {
    name: manifest.name,
    version: manifest.version,
    description: manifest.description ?? `Ratchet: durable LLM agent sessions (${pkg.name})`,
    type: "module",
    sideEffects: false,
    exports: exportsMap,
    files: ["dist"],
    engines: { node: ">=20" },
    dependencies
  }
  fs.writeFileSync(path.join(stage, "package.json"), `${JSON.stringify(published, null, 2)}\n`)
  const name = execFileSync("npm", ["pack", "--silent", "--pack-destination", out], { cwd: stage, encoding: "utf8" }).trim().split("\n").at(-1)
  tarballs.push(path.join(out, name))
}
fs.rmSync(stageRoot, { recursive: true, force: true })
process.stdout.write(`${tarballs.join("\n")}\n`)
