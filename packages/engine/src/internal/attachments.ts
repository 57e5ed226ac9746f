/**
 * Loads the attachments the model's view names by reference: text files
 * are put in the message's text with their name, images and PDFs become
 * media parts the provider adapter sends natively. Loaded once per
 * activity (`cache`).
 */
import type { Message } from "@ratchet/llm"
import { Attachments } from "@ratchet/store"
import { Effect, Option } from "effect"

export const resolve = (
  attachments: Attachments.AttachmentsService,
  cache: Map<string, Attachments.Stored>,
  messages: ReadonlyArray<Message>
): Effect.Effect<Array<Message>> =>
  Effect.forEach(messages, (m) => {
    if (m.role !== "user" || m.media === undefined) return Effect.succeed(m)
    return Effect.gen(function*() {
      let text = m.text
      const media: Array<{ mime: string; name?: string; data: string }> = []
      for (const part of m.media!) {
        let stored = cache.get(part.data)
        if (stored === undefined) {
          const found = yield* attachments.get(part.data)
          if (Option.isNone(found)) {
            text += `\n\n[attachment ${part.name ?? ""} (${part.mime}) is no longer stored]`
            continue
          }
          stored = found.value
          cache.set(part.data, stored)
        }
        if (Attachments.isText(stored.mime)) {
          text += `\n\n<file name="${(part.name ?? "attachment").replace(/"/g, "'")}">\n${Buffer.from(stored.data, "base64").toString("utf8")}\n</file>`
        } else {
          media.push({ mime: stored.mime, data: stored.data, ...(part.name === undefined ? {} : { name: part.name }) })
        }
      }
      return media.length === 0 ? { role: "user" as const, text } : { role: "user" as const, text, media }
    })
  })
