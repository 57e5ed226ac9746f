/**
 * Requests that arrive between `listen` and the app being served.
 *
 * `@effect/platform-node` listens first and adds its `request` listener only
 * once every layer the app needs is built; a request accepted in between is
 * emitted to no listener and never answered (the client waits until it gives
 * up). Without I/O between the two steps the gap closed in microtasks, but
 * with a PostgreSQL pool being opened, or a scheduler that lets the loop poll
 * sockets mid-build (LoopScheduler), a health check or a prompt sent while
 * the server starts is lost. The server instead holds them and hands them to
 * the app's listener the moment it is added; past `limit` held requests, the
 * rest are answered 503 with `retry-after: 1`.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http"

export const holdUntilServed = (server: Server, limit = 1024): Server => {
  const held: Array<readonly [IncomingMessage, ServerResponse]> = []
  const hold = (request: IncomingMessage, response: ServerResponse) => {
    if (held.length < limit) held.push([request, response])
    else response.writeHead(503, { "retry-after": "1", "content-type": "application/json" }).end(JSON.stringify({ name: "ServerStarting", data: { message: "the server is starting" } }))
  }
  const onListener = (event: string | symbol, listener: unknown) => {
    if (event !== "request" || listener === hold) return
    server.off("newListener", onListener)
    server.off("request", hold)
    // `newListener` fires before the listener is added: hand over once it is
    process.nextTick(() => {
      for (const [request, response] of held.splice(0)) server.emit("request", request, response)
    })
  }
  server.on("request", hold)
  server.on("newListener", onListener)
  return server
}
