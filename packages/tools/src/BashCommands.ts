/**
 * A bash command line as what it would run: every simple command (those in
 * `;`, `&&`, `||`, `|` lists, in `$( )`, backticks, `<( )`, subshells,
 * blocks, loops and function bodies, each on its own), and every file a
 * redirection writes or reads. Permission rules are checked against each
 * of those separately, so a pattern's `*` ranges over one command's
 * arguments and never spans a separator: an approval of `echo *` does not
 * approve `echo hi; cat ~/.ssh/id_rsa` or `echo $(curl … | sh)`.
 *
 * Parsed by tree-sitter's bash grammar (`tree-sitter-bash`, run on
 * `web-tree-sitter`'s WebAssembly runtime: no native build, the same parser
 * opencode uses for its bash permissions). Where the grammar reports an
 * error, the analysis says it is incomplete and the caller must not let a
 * pattern approve it.
 *
 * The saved pattern of an `always` reply names the command (and for tools
 * with subcommands, the subcommand): `git status *`, `npm run *`, `ls *`.
 * Commands that run other commands from their arguments (shells, `eval`,
 * `env`, `sudo`, `xargs`, interpreters …) are saved exactly, never as a
 * prefix: `bash *` would approve anything.
 */
import { createRequire } from "node:module"
import { Language, type Node, Parser } from "web-tree-sitter"

export interface Analysis {
  /** Each simple command's text, whitespace collapsed outside quotes as written, in source order. */
  readonly commands: ReadonlyArray<string>
  /** Files written by redirections (`>`, `>>`, `&>`, `>|`, …), as written. */
  readonly writes: ReadonlyArray<string>
  /** Files read by `<` redirections, as written. */
  readonly reads: ReadonlyArray<string>
  /** False when the grammar could not parse part of the line: no pattern may approve it. */
  readonly complete: boolean
}

let loading: Promise<Parser> | undefined

/** The bash parser, loaded once per process (WebAssembly, ~1 MB). */
export const parser = (): Promise<Parser> =>
  (loading ??= (async () => {
    const require = createRequire(import.meta.url)
    await Parser.init()
    const bash = await Language.load(require.resolve("tree-sitter-bash/tree-sitter-bash.wasm"))
    const p = new Parser()
    p.setLanguage(bash)
    return p
  })())

/** Statement-level nodes that run a program (their text is what rules see). */
const SIMPLE = new Set(["command", "declaration_command", "unset_command", "test_command"])

/** Assignments that stand alone (`PATH=/x; ls` changes what `ls` runs), not a command's own prefix. */
const ASSIGNMENT = new Set(["variable_assignment", "variable_assignments"])
const standsAlone = (node: Node) => {
  const parent = node.parent?.type
  return parent !== "command" && parent !== "declaration_command" && parent !== "variable_assignments"
}

/** Redirection targets that are not files. */
const harmless = (target: string, operator: string) =>
  /^\/dev\/(null|stdout|stderr|fd\/\d+)$/.test(target) || ((operator === ">&" || operator === "<&") && /^(\d+|-)$/.test(target))

const collapse = (text: string) => text.trim().replace(/[ \t]+/g, " ")

/** The analysis of a command line with a loaded parser. */
export const analyse = (bash: Parser, source: string): Analysis => {
  const tree = bash.parse(source)
  if (tree === null) return { commands: [], writes: [], reads: [], complete: false }
  try {
    const commands: Array<string> = []
    const writes: Array<string> = []
    const reads: Array<string> = []
    const visit = (node: Node) => {
      if (SIMPLE.has(node.type) || (ASSIGNMENT.has(node.type) && standsAlone(node))) commands.push(collapse(node.text))
      if (node.type === "file_redirect") {
        const operator = node.children.find((c) => c !== null && !c.isNamed)?.type ?? ""
        const target = node.childForFieldName("destination")?.text ?? node.namedChildren.at(-1)?.text ?? ""
        if (target !== "" && !harmless(target, operator)) (operator.startsWith("<") && operator !== "<>" ? reads : writes).push(target)
      }
      for (const child of node.namedChildren) if (child !== null) visit(child)
    }
    visit(tree.rootNode)
    return { commands, writes, reads, complete: !tree.rootNode.hasError }
  } finally {
    tree.delete()
  }
}

/** Tools whose second word is a subcommand worth naming in a saved pattern. */
const WITH_SUBCOMMANDS = new Set([
  "git", "npm", "npx", "pnpm", "yarn", "bun", "deno", "cargo", "go", "docker", "kubectl", "make", "pip", "pip3", "uv", "poetry",
  "dotnet", "mvn", "gradle", "terraform", "helm", "gh", "brew", "apt", "apt-get", "systemctl", "rustup", "composer"
])

/** Commands that run other commands (or code) from their arguments: a prefix of them approves anything. */
const RUNS_OTHERS = new Set([
  "bash", "sh", "zsh", "dash", "ksh", "fish", "eval", "exec", "source", ".", "env", "sudo", "su", "doas", "xargs", "nohup",
  "time", "timeout", "nice", "ionice", "command", "builtin", "watch", "strace", "parallel", "chroot", "setsid", "script",
  "python", "python3", "node", "perl", "ruby", "php", "lua", "awk", "gawk", "tclsh", "osascript", "ssh", "unbuffer", "stdbuf"
])

/** Characters that would make a saved prefix a wider wildcard than the user saw. */
const WILD = /[*?]/

/** What an `always` reply saves for one simple command: the command alone and with any arguments. */
export const savedPatterns = (command: string): ReadonlyArray<string> => {
  const words = command.split(/\s+/)
  const head = words[0] ?? ""
  if (head === "" || WILD.test(head) || head.includes("=") || RUNS_OTHERS.has(head.replace(/^.*\//, ""))) return [command]
  const sub = words[1]
  const prefix = sub !== undefined && WITH_SUBCOMMANDS.has(head) && /^[a-z][\w:-]*$/.test(sub) ? `${head} ${sub}` : head
  return [prefix, `${prefix} *`]
}

/**
 * The value rules see for a line the grammar could not parse: marked so that
 * no saved prefix (`echo *`) matches it — only a rule for every command (`*`).
 */
export const unparsed = (source: string): string => `(unparsed) ${source}`
