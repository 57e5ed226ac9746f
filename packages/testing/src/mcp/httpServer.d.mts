/** A real MCP server over Streamable HTTP on loopback, for tests (httpServer.mjs). */
export declare const start: (options?: { readonly requireToken?: string }) => Promise<{
  readonly url: string
  readonly seenHeaders: Array<Record<string, string | Array<string> | undefined>>
  readonly close: () => Promise<void>
}>

/** A real MCP server speaking only the legacy HTTP+SSE transport. */
export declare const startLegacy: () => Promise<{ readonly url: string; readonly close: () => Promise<void> }>
