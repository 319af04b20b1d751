/**
 * The job queue (migration 7 of both adapters), in SQL both SQLite and PostgreSQL run. Rules:
 * - A job's key is `<kind>:<input>`; enqueuing a known key changes nothing unless the job ended
 *   (done or dead) with another page hash (an edited page), or is dead and the caller retries dead
 *   jobs: then it is queued again, attempts reset. A feed enqueued every hour does not retry its
 *   dead items every hour.
 * - A claim is one statement that takes the oldest claimable jobs (queued and due, or running with
 *   an expired lease) and leases them to the claimer; the adapter adds its row lock
 *   (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite runs it under the write lock), so two claimers
 *   never get the same job. Before it, the jobs whose lease expired at their last allowed attempt
 *   are given up (dead): a page that kills its worker every time does not loop forever.
 * - Each claim counts an attempt; a worker that stops gives back the claims it never started.
 * - Completion happens in the article's transaction (`completeJobStatement`, used by upserts).
 * - Times are milliseconds since the epoch, passed in by the caller.
 */
import { leaseHolder, leaseStatement, releaseStatement, SqlConnectReads, type SqlStatement } from "./connect-sql.js";
import { feedStateStatement, readFeedState, readFeedStates } from "./feed-sql.js";
import type { FeedState, IsoDate } from "../types.js";
import type { EnqueueResult, Job, JobCounts, JobDone, JobInput, JobState, JobSummary } from "./store.js";

/** A statement of a job transaction: rows are read back when `returnsRows` (RETURNING). */
export interface JobStatement extends SqlStatement {
  returnsRows?: boolean;
}

/** What a job statement did: rows changed, and its rows when it returns some. */
export interface JobStatementResult {
  changes: number;
  rows: Record<string, unknown>[];
}

const STATES: JobState[] = ["queued", "running", "done", "dead"];
const DEFAULT_LIST_LIMIT = 100;
const LEASE_EXHAUSTED = "its worker stopped (killed, out of memory, or hung) at every attempt";

export function jobKey(job: Pick<JobInput, "kind" | "input">): string {
  return `${job.kind}:${job.input}`;
}

/** What a completed job's row holds: no lease, no payload, no reason. */
const JOB_DONE = "state = 'done', holder = NULL, lease_expires = NULL, payload = NULL, reason = NULL";

/** Marks a job done; part of the transaction that stores its page. */
export function completeJobStatement(job: JobDone): SqlStatement {
  return { sql: `UPDATE jobs SET ${JOB_DONE}, finished_at = ? WHERE key = ?`, params: [job.now, job.key] };
}

/** completeJobStatement of every job in one statement over arrays (PostgreSQL). */
export function completeJobsStatement(jobs: JobDone[]): SqlStatement {
  return {
    sql: `UPDATE jobs SET ${JOB_DONE}, finished_at = u.now FROM unnest(?::text[], ?::bigint[]) AS u(key, now) WHERE jobs.key = u.key`,
    params: [jobs.map((j) => j.key), jobs.map((j) => j.now)],
  };
}


function enqueueStatements(job: JobInput, now: number, retryDead: boolean): [JobStatement, JobStatement] {
  const key = jobKey(job);
  const requeued = [
    ...(retryDead ? ["state = 'dead'"] : []),
    ...(job.pageHash === null ? [] : ["(state IN ('done', 'dead') AND (page_hash IS NULL OR page_hash <> ?))"]),
  ];
  return [
    {
      sql: `INSERT INTO jobs (key, kind, input, payload, page_hash, state, attempts, run_after, enqueued_at) VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, ?)
        ON CONFLICT (key) DO NOTHING`,
      params: [key, job.kind, job.input, job.payload, job.pageHash, now, now],
    },
    {
      sql: `UPDATE jobs SET state = 'queued', attempts = 0, payload = ?, page_hash = ?, run_after = ?, enqueued_at = ?, holder = NULL, lease_expires = NULL,
        reason = NULL, finished_at = NULL WHERE key = ? AND (${requeued.length > 0 ? requeued.join(" OR ") : "FALSE"})`,
      params: [job.payload, job.pageHash, now, now, key, ...(job.pageHash === null ? [] : [job.pageHash])],
    },
  ];
}

/** A claimed job's page hash and whether `hasInput` holds for it (see Job.storedPage), read in the claim's statement. */
const CLAIMED_PAGE_STORED = "page_hash, EXISTS (SELECT 1 FROM inputs i WHERE i.input = jobs.input AND i.page_hash = jobs.page_hash) AS page_stored";

/** What a claim takes: see `claimJobs`. */
export interface ClaimOptions {
  limit: number;
  leaseMs: number;
  now: number;
  maxAttempts: number;
}

/**
 * A claim as one statement (PostgreSQL: one round trip, where the two statements of
 * claimStatements in a transaction took four): the jobs whose lease expired at their last attempt
 * are given up in a data-modifying CTE, and the claim leaves them out (`attempts < max`), which is
 * what it sees after claimStatements' first statement.
 */
export function claimStatementOnce(holder: string, o: ClaimOptions, rowLock: string): JobStatement {
  return {
    sql: `WITH exhausted AS (UPDATE jobs SET state = 'dead', holder = NULL, lease_expires = NULL, reason = ?, finished_at = ?
        WHERE state = 'running' AND lease_expires < ? AND attempts >= ? RETURNING seq)
      UPDATE jobs SET state = 'running', holder = ?, lease_expires = ?, attempts = attempts + 1
        WHERE seq IN (SELECT seq FROM jobs WHERE state IN ('queued', 'running')
          AND ((state = 'queued' AND run_after <= ?) OR (state = 'running' AND lease_expires < ? AND attempts < ?)) ORDER BY seq LIMIT ?${rowLock})
        RETURNING seq, key, kind, input, payload, attempts, ${CLAIMED_PAGE_STORED}`,
    params: [LEASE_EXHAUSTED, o.now, o.now, o.maxAttempts, holder, o.now + o.leaseMs, o.now, o.now, o.maxAttempts, o.limit],
    returnsRows: true,
  };
}

function claimStatements(holder: string, o: ClaimOptions, rowLock: string): JobStatement[] {
  return [
    {
      sql: "UPDATE jobs SET state = 'dead', holder = NULL, lease_expires = NULL, reason = ?, finished_at = ? WHERE state = 'running' AND lease_expires < ? AND attempts >= ?",
      params: [LEASE_EXHAUSTED, o.now, o.now, o.maxAttempts],
    },
    {
      sql: `UPDATE jobs SET state = 'running', holder = ?, lease_expires = ?, attempts = attempts + 1
        WHERE seq IN (SELECT seq FROM jobs WHERE state IN ('queued', 'running')
          AND ((state = 'queued' AND run_after <= ?) OR (state = 'running' AND lease_expires < ?)) ORDER BY seq LIMIT ?${rowLock})
        RETURNING seq, key, kind, input, payload, attempts, ${CLAIMED_PAGE_STORED}`,
      params: [holder, o.now + o.leaseMs, o.now, o.now, o.limit],
      returnsRows: true,
    },
  ];
}

interface JobRow {
  seq: number;
  key: string;
  kind: Job["kind"];
  input: string;
  payload: string | null;
  attempts: number;
  page_hash: string | null;
  page_stored: boolean | number;
}

interface JobSummaryRow {
  key: string;
  kind: Job["kind"];
  input: string;
  state: JobState;
  attempts: number;
  reason: string | null;
  holder: string | null;
  enqueued_at: number;
  finished_at: number | null;
}

/**
 * The job, lease and feed-state methods of `Store`, written once over the adapter's transaction
 * runner; adapters extend this class (it carries the connect reads too).
 */
export abstract class SqlJobQueue extends SqlConnectReads {
  /** Runs the statements in one write transaction, in order; fails it when an `expectOneChange` does not hold. */
  protected abstract runJobStatements(statements: JobStatement[]): Promise<JobStatementResult[]>;

  /** Statements whose rows nobody reads, in one write transaction (connect steps, leases, feed states). */
  protected async runStatements(statements: SqlStatement[]): Promise<void> {
    await this.runJobStatements(statements);
  }

  async acquireLease(name: string, holder: string, ttlMs: number, options: { replacing?: string } = {}): Promise<boolean> {
    await this.runStatements([leaseStatement(name, holder, ttlMs, Date.now(), options.replacing ?? null)]);
    return (await leaseHolder(this.reader, name)) === holder;
  }

  leaseHolder(name: string): Promise<string | null> {
    return leaseHolder(this.reader, name);
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    await this.runStatements([releaseStatement(name, holder)]);
  }

  getFeedState(url: string): Promise<FeedState | null> {
    return readFeedState(this.reader, url);
  }

  async putFeedState(state: FeedState, options: { savedAt: IsoDate }): Promise<void> {
    await this.runStatements([feedStateStatement(state, options.savedAt)]);
  }

  listFeedStates(): Promise<FeedState[]> {
    return readFeedStates(this.reader);
  }
  /** Appended to the claim's inner SELECT: the backend's lock that skips rows another claimer holds. */
  protected abstract readonly claimRowLock: string;
  /** Whether the backend runs a claim as one statement with a data-modifying CTE (claimStatementOnce). */
  protected readonly supportsOneStatementClaim: boolean = false;

  async enqueueJobs(jobs: JobInput[], options: { now: number; retryDead?: boolean }): Promise<EnqueueResult> {
    const unique = [...new Map(jobs.map((j) => [jobKey(j), j])).values()];
    const results = await this.runJobStatements(unique.flatMap((j) => enqueueStatements(j, options.now, options.retryDead ?? false)));
    let added = 0;
    let requeued = 0;
    for (let i = 0; i < results.length; i += 2) {
      if (results[i]!.changes > 0) added++;
      else if (results[i + 1]!.changes > 0) requeued++;
    }
    return { added, requeued, known: jobs.length - added - requeued };
  }

  async claimJobs(holder: string, options: { limit: number; leaseMs: number; now: number; maxAttempts: number }): Promise<Job[]> {
    if (!Number.isInteger(options.limit) || options.limit < 1) throw new Error(`store: claimJobs limit must be a positive integer, got ${options.limit}`);
    const results = await this.runJobStatements(this.supportsOneStatementClaim ? [claimStatementOnce(holder, options, this.claimRowLock)] : claimStatements(holder, options, this.claimRowLock));
    return (results.at(-1)!.rows as unknown as JobRow[])
      .sort((a, b) => Number(a.seq) - Number(b.seq))
      .map((r) => ({
        key: r.key, kind: r.kind, input: r.input, payload: r.payload, attempts: Number(r.attempts),
        ...(r.page_hash === null ? {} : { storedPage: { pageHash: r.page_hash, stored: Boolean(Number(r.page_stored)) } }),
      }));
  }

  async renewJobs(holder: string, options: { leaseMs: number; now: number }): Promise<number> {
    const [r] = await this.runJobStatements([{ sql: "UPDATE jobs SET lease_expires = ? WHERE state = 'running' AND holder = ?", params: [options.now + options.leaseMs, holder] }]);
    return r!.changes;
  }

  async completeJob(key: string, options: { now: number }): Promise<void> {
    await this.runJobStatements([completeJobStatement({ key, now: options.now })]);
  }

  async failJob(key: string, holder: string, options: { reason: string; now: number; retryAt: number | null }): Promise<void> {
    const isDead = options.retryAt === null;
    await this.runJobStatements([{
      sql: `UPDATE jobs SET state = ?, run_after = ?, reason = ?, holder = NULL, lease_expires = NULL, finished_at = ?
        WHERE key = ? AND holder = ? AND state = 'running'`,
      params: [isDead ? "dead" : "queued", options.retryAt ?? options.now, options.reason, isDead ? options.now : null, key, holder],
    }]);
  }

  async releaseJobs(holder: string, options: { countAttempt: boolean }): Promise<number> {
    const [r] = await this.runJobStatements([{
      sql: "UPDATE jobs SET state = 'queued', holder = NULL, lease_expires = NULL, attempts = attempts - ? WHERE state = 'running' AND holder = ?",
      params: [options.countAttempt ? 0 : 1, holder],
    }]);
    return r!.changes;
  }

  async jobHolders(): Promise<string[]> {
    const rows = await this.reader.all<{ holder: string }>("SELECT DISTINCT holder FROM jobs WHERE state = 'running' ORDER BY holder");
    return rows.map((r) => r.holder);
  }

  async jobCounts(): Promise<JobCounts> {
    const rows = await this.reader.all<{ state: JobState; n: number; next: number | null }>(
      "SELECT state, count(*) AS n, min(CASE WHEN state = 'queued' THEN run_after END) AS next FROM jobs GROUP BY state",
    );
    const counts: JobCounts = { queued: 0, running: 0, done: 0, dead: 0, nextRunAt: null };
    for (const r of rows) {
      if (!STATES.includes(r.state)) continue;
      counts[r.state] = Number(r.n);
      if (r.state === "queued" && r.next !== null) counts.nextRunAt = Number(r.next);
    }
    return counts;
  }

  async nextJobAt(): Promise<number | null> {
    const [row] = await this.reader.all<{ next: number | null }>("SELECT min(run_after) AS next FROM jobs WHERE state = 'queued'");
    return row?.next === null || row?.next === undefined ? null : Number(row.next);
  }

  async listJobs(options: { state: JobState; limit?: number }): Promise<JobSummary[]> {
    const rows = await this.reader.all<JobSummaryRow>(
      `SELECT key, kind, input, state, attempts, reason, holder, enqueued_at, finished_at FROM jobs WHERE state = ?
        ORDER BY coalesce(finished_at, enqueued_at) DESC, seq DESC LIMIT ?`,
      [options.state, options.limit ?? DEFAULT_LIST_LIMIT],
    );
    return rows.map((r) => ({
      key: r.key, kind: r.kind, input: r.input, state: r.state, attempts: Number(r.attempts), reason: r.reason, holder: r.holder,
      enqueuedAt: Number(r.enqueued_at), finishedAt: r.finished_at === null ? null : Number(r.finished_at),
    }));
  }
}
