/**
 * Prompt attachments at admission (`files` in the prompt body): each is
 * read — a `data:` URL, or a path inside the session directory (`file://`
 * or plain) — checked, and stored once by content (`Attachments`); the
 * admitted prompt names it by reference. Refused with nothing written:
 * another scheme or a path outside the directory (400), a file over the
 * size bound (413), a media type that is not text, an image (PNG, JPEG,
 * GIF, WebP) or a PDF, contents that are not what the type says (400), and
 * an image or a PDF for a model whose catalogue entry does not list that
 * input (`modalities.input`; 400 naming the model and the type).
 */
import { InvalidRequestError, PayloadTooLargeError } from "@ratchet/api"
import type { ModelRef, Prompt } from "@ratchet/schema"
import { Attachments } from "@ratchet/store"
import { Confinement } from "@ratchet/tools"
import { Effect, Option } from "effect"
import * as fs from "node:fs"
import { fileURLToPath } from "node:url"
import type { Resolved } from "./ProviderSetup.js"

export const MAX_FILE_BYTES = 10 * 1024 * 1024
export const MAX_FILES = 20

const IMAGES: Record<string, (b: Uint8Array) => boolean> = {
  "image/png": (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/gif": (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46,
  "image/webp": (b) => b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45
}
const isPdf = (b: Uint8Array) => Buffer.from(b.subarray(0, 5)).toString("latin1") === "%PDF-"

const bad = (field: string, message: string) => new InvalidRequestError({ message, kind: "schema", field })

/** What a model accepts besides text, from the catalogue (`modalities.input`). */
const accepts = (providers: Resolved, model: ModelRef | undefined, kind: "image" | "pdf") => {
  const entry = model === undefined ? undefined : providers.providers.find((p) => p.id === model.providerID)?.models.find((m) => m.id === model.id)
  return entry?.modalities?.input?.includes(kind) === true
}

const bytesOf = (directory: string, uri: string, field: string): Effect.Effect<{ readonly bytes: Uint8Array; readonly name?: string }, InvalidRequestError | PayloadTooLargeError> => {
  const data = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,(.*)$/s.exec(uri)
  if (data !== null) {
    // decoded size from the encoded length, checked before decoding
    if ((data[3] === undefined ? data[4]!.length : Math.floor(data[4]!.length * 3 / 4)) > MAX_FILE_BYTES) {
      return Effect.fail(new PayloadTooLargeError({ message: `${field}: over ${MAX_FILE_BYTES} bytes`, limit: MAX_FILE_BYTES }))
    }
    return Effect.try({
      try: () => ({ bytes: data[3] === undefined ? new TextEncoder().encode(decodeURIComponent(data[4]!)) : Buffer.from(data[4]!, "base64") }),
      catch: () => bad(field, `${field}: the data URL does not decode`)
    })
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri) && !uri.startsWith("file:")) {
    return Effect.fail(bad(field, `${field}: only data: URLs and paths inside the session directory are accepted`))
  }
  const requested = uri.startsWith("file:") ? Effect.try({ try: () => fileURLToPath(uri), catch: () => bad(field, `${field}: not a file URL`) }) : Effect.succeed(uri)
  return Effect.gen(function*() {
    const target = yield* Effect.flatMap(requested, (p) => Confinement.resolve(directory, p)).pipe(
      Effect.mapError((e) => (e._tag === "InvalidRequestError" ? e : bad(field, `${field}: ${e.path}: ${e.reason}`)))
    )
    const stat = fs.statSync(target.absolute, { throwIfNoEntry: false })
    if (stat === undefined || !stat.isFile()) return yield* Effect.fail(bad(field, `${field}: ${target.relative} is not a file in the session directory`))
    if (stat.size > MAX_FILE_BYTES) return yield* Effect.fail(new PayloadTooLargeError({ message: `${field}: ${target.relative} is over ${MAX_FILE_BYTES} bytes`, limit: MAX_FILE_BYTES }))
    return { bytes: fs.readFileSync(target.absolute), name: target.relative }
  })
}

/** The prompt with every file stored and named by reference; nothing is written to the log here. */
export const admit = (options: {
  readonly prompt: Prompt
  readonly directory: string
  readonly model: ModelRef | undefined
  readonly providers: Resolved
  readonly attachments: Attachments.AttachmentsService
}): Effect.Effect<Prompt, InvalidRequestError | PayloadTooLargeError> =>
  Effect.gen(function*() {
    const files = options.prompt.files
    if (files === undefined || files.length === 0) return options.prompt
    if (files.length > MAX_FILES) return yield* Effect.fail(bad("prompt.files", `at most ${MAX_FILES} files per prompt`))
    const checked: Array<{ readonly mime: string; readonly bytes: Uint8Array; readonly file: (typeof files)[number]; readonly name?: string }> = []
    for (const [i, file] of files.entries()) {
      const field = `prompt.files.${i}`
      const mime = file.mime.toLowerCase().split(";")[0]!.trim()
      if (file.uri.startsWith(Attachments.PREFIX)) {
        // a reference from an earlier prompt: it must be stored already
        const stored = yield* options.attachments.get(file.uri)
        if (Option.isNone(stored)) return yield* Effect.fail(bad(field, `${field}: no stored attachment ${file.uri}`))
        continue
      }
      const { bytes, name } = yield* bytesOf(options.directory, file.uri, field)
      const model = options.model === undefined ? "the session's model" : `${options.model.providerID}/${options.model.id}`
      if (Attachments.isText(mime)) {
        if (bytes.includes(0)) return yield* Effect.fail(bad(field, `${field}: declared ${mime} but the contents are binary`))
      } else if (mime in IMAGES) {
        if (!IMAGES[mime]!(bytes)) return yield* Effect.fail(bad(field, `${field}: the contents are not ${mime}`))
        if (!accepts(options.providers, options.model, "image")) return yield* Effect.fail(bad(field, `${field}: ${model} does not accept ${mime} (its catalogue entry lists no image input)`))
      } else if (mime === "application/pdf") {
        if (!isPdf(bytes)) return yield* Effect.fail(bad(field, `${field}: the contents are not a PDF`))
        if (!accepts(options.providers, options.model, "pdf")) return yield* Effect.fail(bad(field, `${field}: ${model} does not accept application/pdf (its catalogue entry lists no pdf input)`))
      } else {
        return yield* Effect.fail(bad(field, `${field}: ${mime} is not accepted (text, PNG, JPEG, GIF, WebP or PDF)`))
      }
      checked.push({ mime, bytes, file, ...(name === undefined ? {} : { name }) })
    }
    // all checked before any is stored
    const stored = new Map<(typeof files)[number], string>()
    for (const c of checked) stored.set(c.file, yield* options.attachments.put(c.mime, c.bytes))
    return {
      ...options.prompt,
      files: files.map((f) => {
        const reference = stored.get(f)
        if (reference === undefined) return f
        const c = checked.find((x) => x.file === f)!
        return { ...f, uri: reference, mime: c.mime, ...(f.name === undefined && c.name !== undefined ? { name: c.name } : {}) }
      })
    }
  })
