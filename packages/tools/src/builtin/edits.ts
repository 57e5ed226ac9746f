/** Exact-match replacement, shared by `edit` and `multiedit`: the text after one edit, or why it cannot apply. */
import { Either } from "effect"

export interface EditFailure {
  readonly type: "no_change" | "no_match" | "ambiguous"
  readonly message: string
}

const count = (haystack: string, needle: string) => {
  let n = 0
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++
  return n
}

export const apply = (
  text: string,
  edit: { readonly oldString: string; readonly newString: string; readonly replaceAll?: boolean | undefined },
  where: string
): Either.Either<{ readonly text: string; readonly replacements: number }, EditFailure> => {
  if (edit.oldString === edit.newString) return Either.left({ type: "no_change", message: "oldString and newString are the same; nothing to change" })
  const n = count(text, edit.oldString)
  if (n === 0) {
    return Either.left({ type: "no_match", message: `oldString was not found in ${where}; read the file and copy the text exactly, whitespace included` })
  }
  if (n > 1 && edit.replaceAll !== true) {
    return Either.left({ type: "ambiguous", message: `oldString matches ${n} places in ${where}; add surrounding lines to make it unique, or set replaceAll` })
  }
  const next = edit.replaceAll === true ? text.split(edit.oldString).join(edit.newString) : text.replace(edit.oldString, () => edit.newString)
  return Either.right({ text: next, replacements: n })
}
