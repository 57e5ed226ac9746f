/**
 * base64url of ASCII text with the Web's btoa/atob, for where there is no
 * Buffer (browsers, Deno). Node uses Buffer instead (faster); both agree.
 */
import { Either } from "effect"

export const encode = (text: string): string => btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")

/** Text that is not base64url decodes to "" (callers then refuse it). */
export const decode = (cursor: string): string => {
  const padded = cursor.replace(/-/g, "+").replace(/_/g, "/")
  return Either.getOrElse(Either.try(() => atob(padded + "===".slice((padded.length + 3) % 4))), () => "")
}
