/** Test-only: suites that need PostgreSQL (imports vitest, so benchmarks must not import it). */
import { afterAll, describe, it } from "vitest"
import { pgSchema, pgUnavailable } from "./Databases.js"

/**
 * Registers a suite that needs PostgreSQL: with a fresh schema when the server is
 * reachable; otherwise skipped, saying why — or failing, when CI set
 * RATCHET_REQUIRE_PG=1 (a CI run must not pass by skipping its PostgreSQL suite).
 */
export const withPgSchema = async (name: string, register: (url: string) => void): Promise<void> => {
  const unavailable = await pgUnavailable()
  if (unavailable === undefined) {
    const schema = await pgSchema()
    afterAll(() => schema.drop())
    register(schema.url)
  } else if (process.env.RATCHET_REQUIRE_PG === "1") {
    describe(name, () => {
      it("needs PostgreSQL", () => {
        throw new Error(`RATCHET_REQUIRE_PG=1 but ${unavailable}`)
      })
    })
  } else {
    console.warn(`[ratchet] SKIPPED ${name}: ${unavailable}. Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`)
    describe.skip(`${name} (skipped: ${unavailable})`, () => {
      it("suite", () => undefined)
    })
  }
}
