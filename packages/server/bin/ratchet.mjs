#!/usr/bin/env node
// The built bundle when there is one (`npm run build`), else the sources through tsx.
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"

const bundle = fileURLToPath(new URL("../dist/ratchet.mjs", import.meta.url))
if (existsSync(bundle)) {
  await import(bundle)
} else {
  const { register } = await import("tsx/esm/api")
  register()
  await import("../src/cli/main.ts")
}
