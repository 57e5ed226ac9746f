/**
 * Appends without projections (streamed deltas: the hot path) as one call
 * of a PL/pgSQL function with array parameters, instead of a script with
 * the rows inlined as literals: PostgreSQL parses a short call instead of a
 * long VALUES list, the function's statements keep their plans, and the
 * values travel as parameters, not escaped text. Measured side by side on
 * this machine, 100 events an append: the script 31–34k events/s, the
 * function 46–66k, the raw driver's parameterised INSERT 37–51k.
 *
 * The function does what the script does for such an input: the append
 * lock, the fencing guard (the lease's owner and token), the head check,
 * the insert, the wakeup; a failed check raises `ratchet_refuse` with the
 * script's tags (`guard:k`, `conflict:k`), so the writer reads refusals the
 * same way.
 */
import type { AppendInput } from "../LogWriter.js"
import { type GuardedLease, leaseGuards } from "./leaseGuards.js"

export const FUNCTION = "ratchet_append_rows"

export const functionSql = (lockKey: number, channel: string): string =>
  `CREATE OR REPLACE FUNCTION ${FUNCTION}(
    p_sessions text[], p_expected integer[], p_counts integer[], p_created bigint[], p_owners text[], p_tokens bigint[],
    p_ids text[], p_types text[], p_versions integer[], p_data text[]
  ) RETURNS text[] LANGUAGE plpgsql VOLATILE AS $$
  DECLARE
    k integer;
    off integer := 1;
    head integer;
    positions text;
    result text[] := '{}';
  BEGIN
    PERFORM pg_advisory_xact_lock(${lockKey});
    FOR k IN 1 .. coalesce(array_length(p_sessions, 1), 0) LOOP
      IF p_owners[k] IS NOT NULL THEN
        UPDATE session_lease SET token = token WHERE session_id = p_sessions[k] AND owner = p_owners[k] AND token = p_tokens[k];
        IF NOT FOUND THEN PERFORM ratchet_refuse('guard:' || (k - 1)); END IF;
      END IF;
      -- a deleted session's head is -1: nothing may follow session.deleted
      SELECT CASE WHEN type = 'session.deleted' THEN -1 ELSE seq END INTO head
        FROM event WHERE session_id = p_sessions[k] ORDER BY event.seq DESC LIMIT 1;
      IF coalesce(head, 0) <> p_expected[k] THEN PERFORM ratchet_refuse('conflict:' || (k - 1)); END IF;
      WITH inserted AS (
        INSERT INTO event (id, session_id, seq, type, version, data, created)
        SELECT u.id, p_sessions[k], p_expected[k] + u.n, u.type, u.version, u.data, p_created[k]
        FROM unnest(p_ids[off : off + p_counts[k] - 1], p_types[off : off + p_counts[k] - 1],
          p_versions[off : off + p_counts[k] - 1], p_data[off : off + p_counts[k] - 1])
          WITH ORDINALITY AS u(id, type, version, data, n)
        ORDER BY u.n
        RETURNING position)
      SELECT string_agg(position::text, ',' ORDER BY position) INTO positions FROM inserted;
      result := result || positions;
      PERFORM pg_notify('${channel}', p_sessions[k]);
      off := off + p_counts[k];
    END LOOP;
    RETURN result;
  END $$`

/** The lease an input's guard checks, or undefined for no guard; `false` when it has a guard the function cannot check. */
const leaseOf = (input: AppendInput): GuardedLease | undefined | false =>
  input.guard === undefined ? undefined : (leaseGuards.get(input.guard) ?? false)

/** The call's parameters, or undefined when an input has a guard other than a lease's. */
export const params = (inputs: ReadonlyArray<AppendInput>): ReadonlyArray<unknown> | undefined => {
  const sessions: Array<string> = []
  const expected: Array<number> = []
  const counts: Array<number> = []
  const created: Array<number> = []
  const owners: Array<string | null> = []
  const tokens: Array<number | null> = []
  const ids: Array<string> = []
  const types: Array<string> = []
  const versions: Array<number> = []
  const data: Array<string> = []
  for (const input of inputs) {
    const lease = leaseOf(input)
    if (lease === false) return undefined
    sessions.push(input.sessionId)
    expected.push(input.expected)
    counts.push(input.rows.length)
    created.push(input.created)
    owners.push(lease?.owner ?? null)
    tokens.push(lease?.token ?? null)
    for (const row of input.rows) {
      ids.push(row.id)
      types.push(row.type)
      versions.push(row.version)
      data.push(row.data)
    }
  }
  return [sessions, expected, counts, created, owners, tokens, ids, types, versions, data]
}
