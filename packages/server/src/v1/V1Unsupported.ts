/**
 * opencode v1 operations Ratchet does not serve, each answered 501 with
 * why (so a client shows a reason, not a bare 404). The route-coverage
 * test checks that every v1 operation of upstream's spec is either in the
 * contract (`V1Api.ts`) or here; docs/compat.md lists them.
 */
import { HttpApiBuilder, HttpServerResponse } from "@effect/platform"
import { Effect } from "effect"

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"

const CREDENTIALS = "provider credentials come from the config file and environment; Ratchet stores none"
const CONFIG = "Ratchet reads its config files at start; edit them (docs/config.md)"
const CLOUD = "opencode's cloud console, sharing and sync are not part of Ratchet"
const WORKSPACES = "workspaces, worktrees and project copies are not built"
const PTY = "terminals (pty) are out of scope, as on the v2 API (docs/api.md)"
const VCS = "version-control routes are not built; the session diff is `GET /session/{id}/diff`"
const MESSAGES = "the log is append-only: messages and parts are not edited or deleted (revert a session instead)"

export const V1_UNSUPPORTED: ReadonlyArray<readonly [Method, string, string]> = [
  ["PUT", "/auth/:providerID", CREDENTIALS],
  ["DELETE", "/auth/:providerID", CREDENTIALS],
  ["POST", "/provider/:providerID/oauth/authorize", CREDENTIALS],
  ["POST", "/provider/:providerID/oauth/callback", CREDENTIALS],
  ["POST", "/mcp/:name/auth", "MCP OAuth is not built (docs/mcp.md)"],
  ["DELETE", "/mcp/:name/auth", "MCP OAuth is not built (docs/mcp.md)"],
  ["POST", "/mcp/:name/auth/callback", "MCP OAuth is not built (docs/mcp.md)"],
  ["POST", "/mcp/:name/auth/authenticate", "MCP OAuth is not built (docs/mcp.md)"],
  ["PATCH", "/config", CONFIG],
  ["PATCH", "/global/config", CONFIG],
  ["POST", "/global/upgrade", "Ratchet is upgraded by its package manager, not through its API"],
  ["POST", "/experimental/control-plane/move-session", CLOUD],
  ["GET", "/experimental/console", CLOUD],
  ["GET", "/experimental/console/orgs", CLOUD],
  ["POST", "/experimental/console/switch", CLOUD],
  ["POST", "/session/:sessionID/share", CLOUD],
  ["DELETE", "/session/:sessionID/share", CLOUD],
  ["POST", "/sync/start", CLOUD],
  ["POST", "/sync/replay", CLOUD],
  ["POST", "/sync/steal", CLOUD],
  ["POST", "/sync/history", CLOUD],
  ["GET", "/experimental/worktree", WORKSPACES],
  ["POST", "/experimental/worktree", WORKSPACES],
  ["DELETE", "/experimental/worktree", WORKSPACES],
  ["POST", "/experimental/worktree/reset", WORKSPACES],
  ["POST", "/experimental/workspace", WORKSPACES],
  ["POST", "/experimental/workspace/sync-list", WORKSPACES],
  ["DELETE", "/experimental/workspace/:id", WORKSPACES],
  ["POST", "/experimental/workspace/warp", WORKSPACES],
  ["POST", "/experimental/project/:projectID/copy", WORKSPACES],
  ["DELETE", "/experimental/project/:projectID/copy", WORKSPACES],
  ["POST", "/experimental/project/:projectID/copy/refresh", WORKSPACES],
  ["POST", "/experimental/project/:projectID/copy/generate-name", WORKSPACES],
  ["POST", "/project/git/init", "Ratchet does not create repositories"],
  ["PATCH", "/project/:projectID", "a project's name and icon are not stored (one project per server)"],
  ["POST", "/experimental/session/:sessionID/background", "background subagents are not built (task children run in the foreground)"],
  ["GET", "/vcs/status", VCS],
  ["GET", "/vcs/diff", VCS],
  ["GET", "/vcs/diff/raw", VCS],
  ["POST", "/vcs/apply", VCS],
  ["GET", "/pty/shells", PTY],
  ["GET", "/pty", PTY],
  ["POST", "/pty", PTY],
  ["GET", "/pty/:ptyID", PTY],
  ["PUT", "/pty/:ptyID", PTY],
  ["DELETE", "/pty/:ptyID", PTY],
  ["POST", "/pty/:ptyID/connect-token", PTY],
  ["GET", "/pty/:ptyID/connect", PTY],
  ["DELETE", "/session/:sessionID/message/:messageID", MESSAGES],
  ["DELETE", "/session/:sessionID/message/:messageID/part/:partID", MESSAGES],
  ["PATCH", "/session/:sessionID/message/:messageID/part/:partID", MESSAGES],
  ["POST", "/session/:sessionID/init", "`init` (write AGENTS.md) is not built; prompt the agent to write it"],
  ["POST", "/session/:sessionID/shell", "a user shell command outside a turn is not built; the agent's `bash` tool is"],
  ["GET", "/find", "text search over the project is not built (the agent's `grep` tool searches); `GET /find/file` finds by name"],
  ["GET", "/file/status", `${VCS}; the files a session changed are its diff`]
]

export const layer = HttpApiBuilder.Router.use((router) =>
  Effect.forEach(V1_UNSUPPORTED, ([method, path, reason]) => {
    const add = { GET: router.get, POST: router.post, PUT: router.put, PATCH: router.patch, DELETE: router.del }[method]
    return add(
      path as `/${string}`,
      Effect.orDie(HttpServerResponse.json({ _tag: "NotImplementedError", message: `${method} ${path}: ${reason}` }, { status: 501 }))
    )
  }, { discard: true }))
