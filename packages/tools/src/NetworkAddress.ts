/**
 * Whether an address a tool would connect to is on the public internet or
 * local: loopback, private, link-local (cloud metadata at 169.254.169.254),
 * unspecified (`0.0.0.0` reaches this machine), carrier-grade NAT,
 * multicast, reserved, IPv6 forms that embed an IPv4 address (mapped,
 * NAT64, 6to4, Teredo) — and any address of this machine's own interfaces,
 * public or not, so a fetch can never reach the Ratchet server itself.
 * Only plain public unicast counts as remote. Parsing is ipaddr.js's; host
 * names are normalised by the WHATWG URL parser before they get here
 * (`http://2130706433/` and `http://0x7f.1/` are `127.0.0.1`).
 */
import ipaddr from "ipaddr.js"
import * as os from "node:os"

export type Place =
  | { readonly _tag: "Remote" }
  | { readonly _tag: "Local"; readonly why: string }

/** This machine's interface addresses, normalised. */
export const ownAddresses = (): ReadonlySet<string> =>
  new Set(
    Object.values(os.networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address.split("%")[0]!.toLowerCase()))
      .flatMap((a) => ipaddr.isValid(a) ? [ipaddr.process(a).toNormalizedString()] : [])
  )

/** Where `address` (an IP literal, brackets allowed) is; anything that does not parse is local (refused). */
export const place = (address: string, own: ReadonlySet<string> = ownAddresses()): Place => {
  const bare = address.replace(/^\[|\]$/g, "").split("%")[0]!
  if (!ipaddr.isValid(bare)) return { _tag: "Local", why: `${address} is not an IP address` }
  const ip = ipaddr.process(bare)
  if (own.has(ip.toNormalizedString())) return { _tag: "Local", why: `${address} is an address of this machine` }
  const range = ip.range()
  return range === "unicast" ? { _tag: "Remote" } : { _tag: "Local", why: `${address} is a ${range} address` }
}

/** True when `hostname` (from a URL) is an IP literal rather than a name to resolve. */
export const isLiteral = (hostname: string): boolean => ipaddr.isValid(hostname.replace(/^\[|\]$/g, ""))
