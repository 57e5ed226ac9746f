/**
 * The lease behind a fencing guard (`SessionLeases.guard`), for writers that
 * check it natively instead of running its statement: PostgreSQL's
 * `ratchet_append_rows` takes the lease's owner and token as parameters.
 */
import type { Statement } from "../Projection.js"

export interface GuardedLease {
  readonly sessionId: string
  readonly owner: string
  readonly token: number
}

export const leaseGuards = new WeakMap<Statement, GuardedLease>()
