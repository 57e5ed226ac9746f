/**
 * opencode's own clients against Ratchet: `opencode run --attach` (the
 * reply printed, exit 0; a permission ask shown) and the TUI,
 * `opencode attach`, in tmux (a prompt typed, the streamed answer on
 * screen). The binary is opencode-ai@1.18.33, installed on demand
 * (`opencodeBinary.ts`); without it, or without tmux for the TUI, these
 * say why and skip.
 */
import { execFileSync, spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Harness, start, until } from "./harness.js"
import * as OpencodeBinary from "./opencodeBinary.js"

let h: Harness
let binary: ReturnType<typeof OpencodeBinary.ensure>
const home = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-opencode-home-"))

beforeAll(async () => {
  binary = OpencodeBinary.ensure()
  if ("skip" in binary) console.warn(binary.skip)
  h = await start({ permission: [{ permission: "mark", pattern: "*", action: "ask" }] })
}, 700_000)
afterAll(async () => {
  await h?.close()
  fs.rmSync(home, { recursive: true, force: true })
})

/** opencode with a home of its own: none of this machine's config, auth or state. */
const env = () => ({ ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, ".config"), XDG_DATA_HOME: path.join(home, ".local/share"), OPENCODE_DISABLE_AUTOUPDATE: "1", NO_COLOR: "1" })

/** `opencode run` reads a piped stdin to its end: it gets none (as from a terminal). */
const run = (bin: string, prompt: string) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(bin, ["run", "--attach", h.baseUrl, prompt], { cwd: home, env: env(), stdio: ["ignore", "pipe", "pipe"], timeout: 90_000 })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()))
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()))
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })

const tmuxAvailable = (() => {
  try {
    execFileSync("tmux", ["-V"], { stdio: "ignore" })
    return true
  } catch {
    return false
  }
})()

describe("opencode's own clients against Ratchet", () => {
  it("`opencode run --attach` prints the reply and exits 0", async (ctx) => {
    if ("skip" in binary) return ctx.skip()
    h.fake.push({ steps: [{ text: ["Ratchet ", "answers ", "through opencode run"] }] })
    const result = await run(binary.bin, "say something")
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain("Ratchet answers through opencode run")
    expect(h.fake.requests.at(-1)!.body.messages!.some((m) => String(m.content).includes("say something"))).toBe(true)
  }, 120_000)

  it("`opencode run --attach` shows a permission the tool call needs (and rejects it, as it does)", async (ctx) => {
    if ("skip" in binary) return ctx.skip()
    h.fake.push({ steps: [{ toolCall: { id: "cli-mark", name: "mark", args: { text: "gated" } } }] })
    const result = await run(binary.bin, "mark something")
    expect(result.code, result.stderr).toBe(0)
    // opencode prints its notices on stderr, the answer on stdout
    expect(result.stderr + result.stdout).toMatch(/permission requested: mark \(\*\); auto-rejecting/)
    expect(result.stderr).toMatch(/the user rejected mark/)
  }, 120_000)

  it("the TUI (`opencode attach`) in tmux: a prompt, the streamed answer, a permission answered there, another session shown", async (ctx) => {
    if ("skip" in binary) return ctx.skip()
    if (!tmuxAvailable) {
      console.warn("tmux is not installed: the TUI test is skipped")
      return ctx.skip()
    }
    const name = `ratchet-tui-${process.pid}`
    const tmux = (...args: Array<string>) => execFileSync("tmux", args, { encoding: "utf8", env: env() })
    h.fake.setDefault((r) => ({ steps: [{ text: ["TUI sees: ", String((r.body.messages ?? []).filter((m) => m.role === "user").at(-1)?.content ?? "")] }] }))
    tmux("new-session", "-d", "-s", name, "-x", "150", "-y", "40", "-c", home, `${binary.bin} attach ${h.baseUrl}`)
    try {
      await until("the TUI is ready", async () => (tmux("capture-pane", "-p", "-t", name).includes("Ask anything") ? true : undefined), 60_000)
        .catch((error: unknown) => {
          throw new Error(`${String(error)}; the screen:\n${tmux("capture-pane", "-p", "-t", name)}`)
        })
      tmux("send-keys", "-t", name, "hello from tmux")
      tmux("send-keys", "-t", name, "Enter")
      const screen = await until("the answer is on screen", async () => {
        const text = tmux("capture-pane", "-p", "-t", name)
        return text.includes("TUI sees: hello from tmux") ? text : undefined
      }, 60_000)
      expect(screen).toContain("hello from tmux")

      // a tool call that needs permission: the TUI asks, the answer typed there reaches the parked call
      h.fake.push({ steps: [{ toolCall: { id: "tui-mark", name: "mark", args: { text: "from the tui" } } }] }, { steps: [{ text: "the mark is done" }] })
      tmux("send-keys", "-t", name, "please mark")
      tmux("send-keys", "-t", name, "Enter")
      const asking = await until("the permission is asked on screen", async () => {
        const text = tmux("capture-pane", "-p", "-t", name)
        return /permission|Allow/i.test(text) ? text : undefined
      }, 60_000)
      expect(asking).toContain("Call tool mark")
      expect(asking).not.toMatch(/is not valid/)
      // Enter confirms the first choice, "Allow once"
      tmux("send-keys", "-t", name, "Enter")
      await until("the call ran and the answer is on screen", async () => (tmux("capture-pane", "-p", "-t", name).includes("the mark is done") ? true : undefined), 60_000)
      const replied = h.fake.requests.at(-1)!.body.messages!.filter((m) => m.role === "tool").map((m) => String(m.content))
      expect(replied.join("\n")).toContain("from the tui")

      // another session, made elsewhere: the TUI is told to show it and does
      const other = (await (await fetch(`${h.baseUrl}/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: "elsewhere" }) })).json()) as { id: string }
      h.fake.push({ steps: [{ text: "an answer in the other session" }] })
      await fetch(`${h.baseUrl}/session/${other.id}/message`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ parts: [{ type: "text", text: "over there" }] }) })
      expect((await fetch(`${h.baseUrl}/tui/select-session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sessionID: other.id }) })).status).toBe(200)
      await until("the other session is on screen", async () => (tmux("capture-pane", "-p", "-t", name).includes("an answer in the other session") ? true : undefined), 60_000)
    } finally {
      tmux("kill-session", "-t", name)
    }
  }, 180_000)
})
