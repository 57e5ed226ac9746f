// `npm run build`: the `ratchet` command as one ESM bundle (esbuild). Loading one
// file instead of transpiling ~700 modules with tsx halves cold start and RSS
// (docs/server.md). Native and optional drivers stay external, and so do the
// packages that load WebAssembly from beside their own files (RE2, tree-sitter).
import { build } from "esbuild"
import { fileURLToPath } from "node:url"

const entry = fileURLToPath(new URL("../src/cli/main.ts", import.meta.url))
const outfile = fileURLToPath(new URL("../dist/ratchet.mjs", import.meta.url))

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // ESM builds first: a UMD build (jsonc-parser's) requires its own files at run time, which a bundle cannot
  mainFields: ["module", "main"],
  sourcemap: "linked",
  external: ["better-sqlite3", "pg", "pg-native", "@opencode-ai/sdk", "re2-wasm", "web-tree-sitter", "tree-sitter-bash"],
  // CommonJS dependencies inside an ESM bundle still call require()
  banner: { js: "import { createRequire as __ratchetRequire } from 'node:module'; const require = __ratchetRequire(import.meta.url);" },
  logLevel: "warning"
})
console.log(`built ${outfile}`)
