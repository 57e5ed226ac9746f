/**
 * opencode's own CLI (`opencode-ai@1.18.33`, ~350 MB installed) for the
 * compatibility tests: not a workspace dependency, installed on demand into
 * a cache folder outside the workspace (`.ci/run` does it every run). When
 * it cannot be installed here, the tests that need it say so and skip.
 */
import { execFileSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

export const VERSION = "1.18.33"
const folder = path.join(process.env["XDG_CACHE_HOME"] ?? path.join(os.homedir(), ".cache"), "ratchet-opencode")
const bin = path.join(folder, "node_modules", ".bin", "opencode")

const works = () => {
  try {
    return execFileSync(bin, ["--version"], { timeout: 60_000, encoding: "utf8", env: { ...process.env, OPENCODE_DISABLE_AUTOUPDATE: "1" } }).trim() === VERSION
  } catch {
    return false
  }
}

/** The binary's path, or why there is none. */
export const ensure = (): { readonly bin: string } | { readonly skip: string } => {
  if (fs.existsSync(bin) && works()) return { bin }
  try {
    fs.mkdirSync(folder, { recursive: true })
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefix", folder, `opencode-ai@${VERSION}`], { timeout: 600_000, stdio: "ignore" })
  } catch (error) {
    return { skip: `opencode-ai@${VERSION} could not be installed into ${folder} (${String(error).slice(0, 200)}): the opencode CLI tests are skipped` }
  }
  return works() ? { bin } : { skip: `opencode-ai@${VERSION} installed into ${folder} does not run here: the opencode CLI tests are skipped` }
}
