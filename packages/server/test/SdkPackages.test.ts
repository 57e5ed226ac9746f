/**
 * The SDK as users install it: `npm run pack:sdk` builds `@ratchet/schema`,
 * `@ratchet/api` and `@ratchet/sdk` into tarballs, a scratch project outside
 * the workspace installs them, and plain JavaScript uses them against a live
 * server (with auth): from Node (the fetch client and the Effect client),
 * and from headless Chromium on a page served from another origin (CORS,
 * Basic auth with the Web's btoa, an event stream cut and resumed).
 */
import { execFile } from "node:child_process"
import * as fs from "node:fs"
import * as http from "node:http"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, start } from "./harness.js"

const run = promisify(execFile)
const PACK = fileURLToPath(new URL("../../sdk/scripts/pack.mjs", import.meta.url))
const FIXTURES = fileURLToPath(new URL("./fixtures/sdk", import.meta.url))
const CHROMIUM = process.env.RATCHET_CHROMIUM ?? "/usr/bin/chromium"
const TOKEN = "tarball-token-0123456789"
const PASSWORD = "tarball-password-0123456789"

let scratch: string
let h: Harness
let page: http.Server
let pageOrigin: string

/** Serves the scratch project's files (its node_modules included) as a static site: the "other origin". */
const staticSite = (root: string) =>
  http.createServer((req, res) => {
    const file = path.join(root, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname))
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end()
      return
    }
    const type = file.endsWith(".html") ? "text/html" : file.endsWith(".js") || file.endsWith(".mjs") ? "text/javascript" : "application/octet-stream"
    res.writeHead(200, { "content-type": type }).end(fs.readFileSync(file))
  })

beforeAll(async () => {
  scratch = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-sdk-user-")))
  const { stdout } = await run(process.execPath, [PACK, path.join(scratch, "tarballs")], { timeout: 240_000 })
  const tarballs = stdout.trim().split("\n")
  expect(tarballs.map((t) => path.basename(t))).toEqual(["ratchet-schema-0.1.0.tgz", "ratchet-api-0.1.0.tgz", "ratchet-sdk-0.1.0.tgz"])
  fs.writeFileSync(path.join(scratch, "package.json"), JSON.stringify({ name: "sdk-user", private: true, type: "module" }))
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...tarballs], { cwd: scratch, timeout: 240_000 })
  for (const f of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, f), path.join(scratch, f))
  page = staticSite(scratch)
  await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve))
  // another origin than the API's: another port
  pageOrigin = `http://127.0.0.1:${(page.address() as { port: number }).port}`
  h = await start({
    config: {
      cors: [pageOrigin],
      auth: { username: "ratchet", token: Redacted.make(TOKEN), password: Redacted.make(PASSWORD) }
    }
  })
}, 600_000)

afterAll(async () => {
  await h?.close()
  page?.close()
  if (scratch !== undefined) fs.rmSync(scratch, { recursive: true, force: true })
})

const streamed = () => ({ delayMs: 15, steps: [{ text: Array.from({ length: 30 }, (_, i) => `t${i} `) }] })

const expectWhole = (r: { cutAt: number; seen: Array<number>; history: Array<number> }) => {
  // the cut came mid-stream, and the resumed stream continued exactly where it stopped
  expect(r.cutAt).toBeGreaterThanOrEqual(8)
  expect(r.cutAt).toBeLessThan(r.history.length)
  expect(r.seen).toEqual(r.history)
}

describe("the SDK installed from its tarballs", () => {
  it("the packages hold JavaScript and declarations, not TypeScript sources", () => {
    const sdk = path.join(scratch, "node_modules", "@ratchet", "sdk")
    const manifest = JSON.parse(fs.readFileSync(path.join(sdk, "package.json"), "utf8")) as { private?: boolean; exports: Record<string, { default: string; types: string }> }
    expect(manifest.private).toBeUndefined()
    for (const target of Object.values(manifest.exports)) {
      expect(fs.existsSync(path.join(sdk, target.default))).toBe(true)
      expect(fs.existsSync(path.join(sdk, target.types))).toBe(true)
    }
    const files = fs.readdirSync(sdk, { recursive: true }) as Array<string>
    expect(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([])
  })

  it("plain Node: the fetch client streams, is cut, resumes from its cursor; the Effect client works", async () => {
    h.fake.push(streamed())
    const { stdout } = await run(process.execPath, ["node.mjs", h.baseUrl, PASSWORD], { cwd: scratch, timeout: 60_000 })
    expectWhole(JSON.parse(stdout) as { cutAt: number; seen: Array<number>; history: Array<number> })
    const effect = await run(process.execPath, ["effect.mjs", h.baseUrl, TOKEN], { cwd: scratch, timeout: 60_000 })
    const types = JSON.parse(effect.stdout) as Array<string>
    expect(types[0]).toBe("session.created")
    expect(types).toContain("session.next.activity.ended")
  })

  it.skipIf(!fs.existsSync(CHROMIUM))(
    `headless Chromium, from a page on another origin${fs.existsSync(CHROMIUM) ? "" : ` (skipped: no browser at ${CHROMIUM}; apt-get install chromium)`}`,
    async () => {
      const { chromium } = await import("playwright-core")
      fs.writeFileSync(path.join(scratch, "index.html"), `<!doctype html>
<script type="importmap">{ "imports": {
  "@ratchet/sdk/fetch": "/node_modules/@ratchet/sdk/dist/fetch.js",
  "openapi-fetch": "/node_modules/openapi-fetch/dist/index.mjs",
  "eventsource-parser": "/node_modules/eventsource-parser/dist/index.js"
} }</script>
<script type="module">
  import { createRatchetClient } from "@ratchet/sdk/fetch"
  import { run } from "/smoke.mjs"
  window.result = run({ createRatchetClient }, ${JSON.stringify(h.baseUrl)}, ${JSON.stringify(PASSWORD)})
</script>`)
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
      })
      try {
        const tab = await browser.newPage()
        const errors: Array<string> = []
        tab.on("pageerror", (e) => errors.push(e.message))
        tab.on("console", (m) => m.type() === "error" && errors.push(`${m.text()} ${m.location().url}`))
        h.fake.push(streamed())
        await tab.goto(`${pageOrigin}/index.html`)
        await tab.waitForFunction(() => (globalThis as unknown as { result?: unknown }).result !== undefined)
        const result = await tab.evaluate(() => (globalThis as unknown as { result: Promise<unknown> }).result)
        // a missing favicon is the browser's own request, not the SDK's
        expect(errors.filter((e) => !e.endsWith("/favicon.ico"))).toEqual([])
        expectWhole(result as { cutAt: number; seen: Array<number>; history: Array<number> })
      } finally {
        await browser.close()
      }
    },
    120_000
  )
})
