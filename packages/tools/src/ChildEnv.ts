/**
 * The environment for programs Ratchet starts (bash commands, MCP servers,
 * language servers): the server's own, without Ratchet's credentials — a
 * program that read them could use Ratchet's API with the server's rights.
 */
const SECRETS: ReadonlySet<string> = new Set(["RATCHET_TOKEN", "RATCHET_PASSWORD", "OPENCODE_SERVER_PASSWORD"])

export const withoutSecrets = (env: NodeJS.ProcessEnv = process.env): Record<string, string> =>
  Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && !SECRETS.has(e[0])))
