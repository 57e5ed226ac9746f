/** Which addresses count as local for webfetch (security: SSRF). Only public unicast, not this machine's, is remote. */
import { assert, describe, it } from "@effect/vitest"
import { NetworkAddress } from "@ratchet/tools"

describe("NetworkAddress.place", () => {
  it.each([
    ["127.0.0.1", "Local"],
    ["127.255.0.7", "Local"],
    ["::1", "Local"],
    ["[::1]", "Local"],
    ["0.0.0.0", "Local"],
    ["::", "Local"],
    ["10.1.2.3", "Local"],
    ["172.16.0.1", "Local"],
    ["172.31.255.255", "Local"],
    ["192.168.1.1", "Local"],
    ["169.254.169.254", "Local"],
    ["100.64.0.1", "Local"],
    ["224.0.0.1", "Local"],
    ["255.255.255.255", "Local"],
    ["::ffff:127.0.0.1", "Local"],
    ["::ffff:10.0.0.1", "Local"],
    ["64:ff9b::7f00:1", "Local"],
    ["2002:7f00:1::", "Local"],
    ["fe80::1", "Local"],
    ["fe80::1%eth0", "Local"],
    ["fc00::1", "Local"],
    ["fd12:3456::1", "Local"],
    ["not-an-ip", "Local"],
    ["8.8.8.8", "Remote"],
    ["172.32.0.1", "Remote"],
    ["2606:4700::1111", "Remote"],
    ["::ffff:8.8.8.8", "Remote"]
  ] as const)("%s is %s", (address, expected) => {
    assert.strictEqual(NetworkAddress.place(address, new Set())._tag, expected)
  })

  it("an address of this machine is local even when public", () => {
    assert.strictEqual(NetworkAddress.place("8.8.8.8", new Set(["8.8.8.8"]))._tag, "Local")
    assert.isTrue(NetworkAddress.ownAddresses().has("127.0.0.1"))
  })

  it("URLs normalise the tricky IPv4 spellings before they get here", () => {
    for (const spelling of ["2130706433", "0x7f.1", "0177.0.0.1", "127.1"]) {
      assert.strictEqual(new URL(`http://${spelling}/`).hostname, "127.0.0.1")
    }
  })
})
