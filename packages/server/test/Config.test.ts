import { Effect, Either, Exit, Redacted } from "effect"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { describe, expect, it } from "vitest"
import * as ConfigFile from "../src/ConfigFile.js"
import * as ProviderSetup from "../src/ProviderSetup.js"
import * as Settings from "../src/Settings.js"

const parse = (text: string) => ConfigFile.parse("ratchet.json", text)

describe("config file", () => {
  it("reads opencode's provider section (JSONC: comments, trailing commas) and ignores keys it does not use", () => {
    const config = Either.getOrThrow(parse(`{
      // a comment
      "$schema": "https://opencode.ai/config.json",
      "theme": "dark", "mcp": {},
      "model": "local/qwen",
      "provider": {
        "local": { "npm": "@ai-sdk/openai-compatible", "options": { "baseURL": "http://127.0.0.1:1234/v1" }, "models": { "qwen": { "name": "Qwen" } } },
      },
    }`))
    const resolved = Either.getOrThrow(ProviderSetup.resolve("ratchet.json", config, {}))
    expect(resolved.defaultModel).toEqual({ providerID: "local", id: "qwen" })
    expect(resolved.providers).toEqual([expect.objectContaining({
      id: "local",
      baseURL: "http://127.0.0.1:1234/v1",
      keySource: "none",
      wire: "openai-compatible",
      models: [{ id: "qwen", name: "Qwen", source: "config" }]
    })])
  })

  it.each([
    ["not JSON", "{ nope", undefined, /ratchet\.json: /],
    ["a wrong type", `{ "provider": { "x": { "options": { "baseURL": 5 } } } }`, "provider.x.options.baseURL", /Expected string/],
    ["a bad model string", `{ "model": "gpt-4" }`, "model", /provider\/model/],
    ["a port out of range", `{ "server": { "port": 70000 } }`, "server.port", /between/],
    ["an MCP server without a command", `{ "mcp": { "gh": { "type": "local", "command": [] } } }`, "mcp.gh.command", /at least 1/],
    ["an MCP server with a bad URL", `{ "mcp": { "gh": { "type": "remote", "url": "ftp://x" } } }`, "mcp.gh.url", /http\(s\) URL/],
    ["an MCP server of an unknown type", `{ "mcp": { "gh": { "type": "docker" } } }`, "mcp.gh.type", /local|remote/],
    ["an MCP server name that cannot prefix tools", `{ "mcp": { "my server": { "type": "remote", "url": "http://x" } } }`, "mcp", /"my server" is not an MCP server name/]
  ])("%s is an error naming the file and the field", (_name, text, field, reason) => {
    const error = Either.getLeft(parse(text))
    expect(error._tag).toBe("Some")
    const e = (error as { value: ConfigFile.ConfigError }).value
    expect(e.file).toBe("ratchet.json")
    expect(e.field).toBe(field)
    expect(e.message).toMatch(reason)
  })

  it.each([
    ["an unsupported package", { provider: { x: { npm: "@ai-sdk/mystery" } } }, "provider.x.npm"],
    ["a compatible provider without a URL", { provider: { x: { npm: "@ai-sdk/openai-compatible" } } }, "provider.x.options.baseURL"],
    ["a non-http URL", { provider: { x: { options: { baseURL: "file:///etc" } } } }, "provider.x.options.baseURL"],
    ["a default model of an unknown provider", { model: "nobody/m" }, "model"]
  ])("providers: %s is refused with its field", (_name, config, field) => {
    const result = ProviderSetup.resolve("ratchet.json", config as ConfigFile.ConfigFile, {})
    expect(Either.isLeft(result) && result.left.field).toBe(field)
  })

  it("maps the AI SDK packages to adapters, takes keys from config, {env:…} or the usual variables", () => {
    const resolved = Either.getOrThrow(ProviderSetup.resolve("f", {
      provider: {
        openai: {},
        claude: { npm: "@ai-sdk/anthropic", options: { apiKey: "{env:MY_KEY}" } },
        gem: { npm: "@ai-sdk/google" }
      }
    }, { OPENAI_API_KEY: "sk-1", MY_KEY: "ak-2", GEMINI_API_KEY: "g-3" }))
    const byId = Object.fromEntries(resolved.providers.map((p) => [p.id, p]))
    expect(byId.openai).toMatchObject({ baseURL: "https://api.openai.com/v1", keySource: "env", wire: "responses" })
    expect(Redacted.value(byId.openai!.apiKey!)).toBe("sk-1")
    expect(byId.claude).toMatchObject({ baseURL: "https://api.anthropic.com/v1", keySource: "config", wire: "anthropic" })
    expect(Redacted.value(byId.claude!.apiKey!)).toBe("ak-2")
    expect(byId.gem).toMatchObject({ baseURL: "https://generativelanguage.googleapis.com/v1beta", keySource: "env", wire: "gemini" })
    // the catalogue's models come with any provider declared by a package it covers, named anything
    expect(byId.claude!.models.map((m) => m.id)).toContain("claude-sonnet-4-5")
  })

  it("lays the config's model entries over the catalogue's, field by field, and adds its own", () => {
    const resolved = Either.getOrThrow(ProviderSetup.resolve("f", {
      provider: {
        anthropic: {
          models: {
            "claude-sonnet-4-5": { name: "Sonnet (ours)", limit: { output: 1000 }, options: { thinking: { type: "enabled", budgetTokens: 2048 } } },
            "claude-next": { name: "Next", cost: { input: 1, output: 2 } }
          }
        }
      }
    }, { ANTHROPIC_API_KEY: "a" }))
    const models = resolved.providers[0]!.models
    expect(models.find((m) => m.id === "claude-sonnet-4-5")).toMatchObject({
      name: "Sonnet (ours)",
      source: "catalogue+config",
      limit: { context: 200000, output: 1000 },
      cost: { input: 3, output: 15, cache_read: 0.3, cache_write: 3.75 },
      reasoning: true,
      options: { thinking: { type: "enabled", budgetTokens: 2048 } }
    })
    expect(models.find((m) => m.id === "claude-next")).toEqual({ id: "claude-next", name: "Next", source: "config", cost: { input: 1, output: 2 } })
    expect(models.find((m) => m.id === "claude-haiku-4-5")?.source).toBe("catalogue")
  })

  it("offers providers whose key is in the environment without any config", () => {
    const resolved = Either.getOrThrow(ProviderSetup.resolve("f", {}, { ANTHROPIC_API_KEY: "a" }))
    expect(resolved.providers.map((p) => p.id)).toEqual(["anthropic"])
  })
})

describe("settings", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-settings-"))
  it("flags beat the environment, which beats the file; auth from env; agents from the file", async () => {
    const file = path.join(dir, "ratchet.json")
    fs.writeFileSync(file, JSON.stringify({
      server: { port: 5000, hostname: "127.0.0.1", db: "/from/file.db" },
      agent: {
        build: { steps: 5, prompt: "be brief", permission: { bash: { "git *": "allow" } } },
        review: { model: "p/m", tools: { write: false, bash: false } }
      },
      permission: { edit: "deny", bash: { "*": "ask", "ls *": "allow" } },
      provider: { p: { options: { baseURL: "http://127.0.0.1:9/v1" } } }
    }))
    const s = await Effect.runPromise(Settings.resolve({ port: "4100", config: file }, { RATCHET_DB: "/from/env.db", RATCHET_TOKEN: "t" }, dir))
    expect(s.config.port).toBe(4100)
    expect(s.db).toBe("/from/env.db")
    expect(s.config.auth && Redacted.value(s.config.auth.token!)).toBe("t")
    const byName = new Map(s.agents.map((a) => [a.name, a]))
    expect([...byName.keys()]).toEqual(["build", "plan", "general", "explore", "review"])
    expect(byName.get("build")).toMatchObject({ maxSteps: 5, system: "be brief", mode: "primary" })
    // the agent's rules after its defaults; the file's top-level rules in order
    expect(byName.get("build")!.permission!.at(-1)).toEqual({ permission: "bash", pattern: "git *", action: "allow" })
    expect(byName.get("review")).toMatchObject({ maxSteps: 25, model: { providerID: "p", id: "m" } })
    expect(byName.get("review")!.permission!.slice(-2)).toEqual([
      { permission: "edit", pattern: "*", action: "deny" },
      { permission: "bash", pattern: "*", action: "deny" }
    ])
    expect(s.permission).toEqual([
      { permission: "edit", pattern: "*", action: "deny" },
      { permission: "bash", pattern: "*", action: "ask" },
      { permission: "bash", pattern: "ls *", action: "allow" }
    ])
  })

  it("a bad flag or a missing config file is a ConfigError", async () => {
    const port = await Effect.runPromiseExit(Settings.resolve({ port: "http" }, {}, dir))
    expect(Exit.isFailure(port) && String(port.cause)).toMatch(/--port: port: expected an integer/)
    const missing = await Effect.runPromiseExit(Settings.resolve({ config: path.join(dir, "nope.json") }, {}, dir))
    expect(Exit.isFailure(missing) && String(missing.cause)).toMatch(/nope\.json: cannot read: ENOENT/)
  })

  it("the loop slice: 8 ms by default, the file's limits.loopSliceMs (0: Effect's scheduler), over it RATCHET_LOOP_SLICE_MS; out of range is a ConfigError", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-empty-"))
    const env = { XDG_DATA_HOME: "/data", XDG_CONFIG_HOME: empty }
    expect((await Effect.runPromise(Settings.resolve({}, env, empty))).config.loopSliceMs).toBe(8)
    const file = path.join(empty, "limits.json")
    fs.writeFileSync(file, JSON.stringify({ limits: { loopSliceMs: 0 } }))
    expect((await Effect.runPromise(Settings.resolve({ config: file }, env, empty))).config.loopSliceMs).toBe(0)
    expect((await Effect.runPromise(Settings.resolve({ config: file }, { ...env, RATCHET_LOOP_SLICE_MS: "20" }, empty))).config.loopSliceMs).toBe(20)
    for (const bad of ["-1", "2.5", "1001", "soon"]) {
      const r = await Effect.runPromiseExit(Settings.resolve({}, { ...env, RATCHET_LOOP_SLICE_MS: bad }, empty))
      expect(Exit.isFailure(r) && String(r.cause)).toMatch(/RATCHET_LOOP_SLICE_MS: value: expected an integer from 0 to 1000/)
    }
    fs.writeFileSync(file, JSON.stringify({ limits: { loopSliceMs: 5000 } }))
    expect(Exit.isFailure(await Effect.runPromiseExit(Settings.resolve({ config: file }, env, empty)))).toBe(true)
  })

  it("defaults: port 4096, loopback, SQLite under the data dir, no auth", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-empty-"))
    const s = await Effect.runPromise(Settings.resolve({}, { XDG_DATA_HOME: "/data", XDG_CONFIG_HOME: empty }, empty))
    expect(s.config).toMatchObject({ port: 4096, hostname: "127.0.0.1" })
    expect(s.config.auth).toBeUndefined()
    expect(s.db).toBe("/data/ratchet/ratchet.db")
  })
})

describe("docs/config.md", () => {
  it("its example config resolves as the doc says", async () => {
    const doc = fs.readFileSync(path.join(import.meta.dirname, "../../../docs/config.md"), "utf8")
    const example = /```jsonc\n([\s\S]*?)```/.exec(doc)?.[1]
    expect(example).toBeDefined()
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-config-doc-"))
    const file = path.join(dir, "ratchet.json")
    fs.writeFileSync(file, example!)
    const settings = await Effect.runPromise(Settings.resolve({ config: file }, { OPENAI_API_KEY: "sk-test" }, dir))
    expect(settings.config.port).toBe(4096)
    expect(settings.db).toBe("/var/lib/ratchet/ratchet.db")
    expect(settings.providers.defaultModel).toEqual({ providerID: "openai", id: "gpt-4.1" })
    expect(settings.providers.providers[0]).toMatchObject({ id: "openai", keySource: "config", headers: { "x-team": "core" } })
    expect(settings.agents.map((a) => a.name)).toEqual(expect.arrayContaining(["build", "review", "general", "explore"]))
    expect(settings.agents.map((a) => a.name)).not.toContain("plan")
    expect(settings.agents.find((a) => a.name === "build")?.maxSteps).toBe(40)
    expect(settings.permission).toContainEqual({ permission: "webfetch", pattern: "*", action: "deny" })
    expect(settings.config.budgets).toEqual([
      { scope: "project", subject: "acme", period: "day", limit: 20 },
      { scope: "project", subject: "acme", period: "month", limit: 300 }
    ])
    fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe("--cors", () => {
  it("adds origins to server.cors; a value with a path or no scheme is refused naming the flag", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-cors-"))
    const file = path.join(dir, "ratchet.json")
    fs.writeFileSync(file, JSON.stringify({ server: { cors: ["http://a.example"] } }))
    const settings = await Effect.runPromise(Settings.resolve({ config: file, cors: ["http://localhost:3000", "*"] }, {}, dir))
    expect(settings.config.cors).toEqual(["http://a.example", "http://localhost:3000", "*"])
    for (const bad of ["localhost:3000", "http://x.example/path", "ftp://x"]) {
      const r = await Effect.runPromise(Effect.either(Settings.resolve({ cors: [bad] }, {}, dir)))
      expect(Either.isLeft(r) && r.left.message, bad).toMatch(/^--cors: expected an origin/)
    }
    fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe("opencode's config conventions", () => {
  const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), "ratchet-discovery-"))

  it("finds every config file in opencode's order: global, OPENCODE_CONFIG, the project from the git root down, .opencode/, ratchet.json", () => {
    const root = scratch()
    const global = scratch()
    const custom = path.join(scratch(), "custom.json")
    fs.writeFileSync(custom, "{}")
    fs.mkdirSync(path.join(root, ".git"))
    const project = path.join(root, "packages", "app")
    fs.mkdirSync(project, { recursive: true })
    const env = { XDG_CONFIG_HOME: global }
    expect(Settings.findConfigs(project, env)).toEqual([])
    const write = (file: string) => {
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, "{}")
      return file
    }
    const files = [
      write(path.join(global, "opencode", "opencode.jsonc")),
      write(path.join(global, "ratchet", "ratchet.json")),
      write(path.join(root, "opencode.json")),
      write(path.join(project, "opencode.json")),
      write(path.join(project, "opencode.jsonc")),
      write(path.join(root, ".opencode", "opencode.jsonc")),
      write(path.join(project, ".opencode", "opencode.json")),
      write(path.join(project, "ratchet.json"))
    ]
    expect(Settings.findConfigs(project, env)).toEqual(files)
    expect(Settings.findConfigs(project, { ...env, OPENCODE_CONFIG: custom })).toEqual([...files.slice(0, 2), custom, ...files.slice(2)])
    // outside a git repository only the working directory counts
    fs.rmSync(path.join(root, ".git"), { recursive: true })
    expect(Settings.findConfigs(project, env)).toEqual([files[0], files[1], files[3], files[4], files[6], files[7]])
  })

  it("merges them, later files winning key by key; --config and OPENCODE_CONFIG_CONTENT come last; an error names its file", async () => {
    const root = scratch()
    const global = scratch()
    fs.mkdirSync(path.join(root, ".git"))
    const project = path.join(root, "app")
    fs.mkdirSync(project)
    fs.mkdirSync(path.join(global, "opencode"), { recursive: true })
    fs.writeFileSync(path.join(global, "opencode", "opencode.json"), JSON.stringify({
      model: "fake/global",
      provider: { fake: { options: { baseURL: "http://127.0.0.1:1/v1" } } },
      server: { port: 4001, hosts: ["a.internal"] }
    }))
    fs.writeFileSync(path.join(root, "opencode.jsonc"), `{ "server": { "port": 4002 }, // the repository's
      "command": { "lint": { "template": "lint it" } } }`)
    fs.writeFileSync(path.join(project, "opencode.json"), JSON.stringify({ server: { port: 4003 } }))
    const env = { XDG_CONFIG_HOME: global }
    const merged = await Effect.runPromise(Settings.resolve({}, env, project))
    expect(merged.config.port).toBe(4003)
    expect(merged.config.hosts).toEqual(["a.internal"])
    expect(merged.config.defaultModel).toEqual({ providerID: "fake", id: "global" })
    expect(merged.config.commands.map((c) => c.name)).toEqual(["lint"])
    expect(merged.configFiles).toHaveLength(3)
    const explicit = path.join(scratch(), "explicit.json")
    fs.writeFileSync(explicit, JSON.stringify({ server: { port: 4004 } }))
    expect((await Effect.runPromise(Settings.resolve({ config: explicit }, env, project))).config.port).toBe(4004)
    const inline = await Effect.runPromise(Settings.resolve({ config: explicit }, { ...env, OPENCODE_CONFIG_CONTENT: `{"server":{"port":4005}}` }, project))
    expect(inline.config.port).toBe(4005)
    expect(inline.configFiles.at(-1)).toBe("OPENCODE_CONFIG_CONTENT")
    // a flag still beats every file
    expect((await Effect.runPromise(Settings.resolve({ port: "4006" }, env, project))).config.port).toBe(4006)
    fs.writeFileSync(path.join(root, "opencode.jsonc"), `{ "server": { "port": "not a port" } }`)
    const bad = await Effect.runPromise(Effect.either(Settings.resolve({}, env, project)))
    expect(Either.isLeft(bad) && bad.left.message).toContain(path.join(root, "opencode.jsonc"))
    fs.rmSync(path.join(root, "opencode.jsonc"))
    const missing = await Effect.runPromise(Effect.either(Settings.resolve({ config: path.join(root, "nope.json") }, env, project)))
    expect(Either.isLeft(missing) && missing.left.message).toMatch(/nope\.json.*cannot read/)
  })

  it("OPENCODE_CONFIG, OPENCODE_SERVER_PASSWORD and OPENCODE_SERVER_USERNAME are read; RATCHET_* win", async () => {
    const dir = scratch()
    const file = path.join(dir, "custom.json")
    fs.writeFileSync(file, JSON.stringify({ server: { port: 4123 } }))
    const fromOpencode = await Effect.runPromise(Settings.resolve({}, {
      OPENCODE_CONFIG: file,
      OPENCODE_SERVER_PASSWORD: "from-opencode-secret",
      OPENCODE_SERVER_USERNAME: "oc"
    }, dir))
    expect(fromOpencode.configFile).toBe(file)
    expect(fromOpencode.config.port).toBe(4123)
    expect(fromOpencode.config.auth?.username).toBe("oc")
    expect(Redacted.value(fromOpencode.config.auth!.password!)).toBe("from-opencode-secret")
    const ours = await Effect.runPromise(Settings.resolve({}, { OPENCODE_SERVER_PASSWORD: "theirs-secret", RATCHET_PASSWORD: "ours-secret" }, dir))
    expect(Redacted.value(ours.config.auth!.password!)).toBe("ours-secret")
    const empty = await Effect.runPromise(Effect.either(Settings.resolve({}, { OPENCODE_SERVER_PASSWORD: " " }, dir)))
    expect(Either.isLeft(empty) && empty.left.message).toMatch(/OPENCODE_SERVER_PASSWORD.*set but empty/)
  })

  it("warns about keys nobody defines, with a suggestion; opencode's own keys pass quietly", async () => {
    const dir = scratch()
    const file = path.join(dir, "ratchet.json")
    fs.writeFileSync(file, `{ "modle": "x/y", "theme": "dark", "mcp": {}, "server": { "tokn": "abc", "port": 4096 }, "zzzzzz": 1 }`)
    const settings = await Effect.runPromise(Settings.resolve({}, {}, dir))
    expect(settings.warnings).toEqual([
      `${file}: unknown key "modle" (did you mean "model"?); it is ignored`,
      `${file}: unknown key "zzzzzz"; it is ignored`,
      `${file}: unknown key "server.tokn" (did you mean "token"?); it is ignored`
    ])
  })
})
