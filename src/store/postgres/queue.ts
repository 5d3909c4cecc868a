/**
 * The job queue in PostgreSQL: articles waiting to be analyzed by `readout worker` processes on
 * any number of machines. A job is claimed with `FOR UPDATE SKIP LOCKED` (no two workers take the
 * same job), its article and analysis are stored and the job marked done in one transaction, a
 * failed job keeps its error and is tried again up to `maxAttempts` times, and a job whose worker
 * stopped answering (locked longer than `lockTimeoutMs`) is taken again.
 */
import pg from 'pg';
import type { Analysis, Article } from '../../model/types.js';
import type { PutResult } from '../store.js';
import { checkStorable, type PostgresStore } from './index.js';

export type JobState = 'pending' | 'running' | 'done' | 'failed';

export interface Job {
  id: string;
  article: Article;
  /** attempts so far, this one included */
  attempts: number;
}

export interface QueueOptions {
  /** a running job locked longer than this is taken as abandoned (default 10 minutes) */
  lockTimeoutMs?: number;
  /** tries per job before it is marked failed (default 3) */
  maxAttempts?: number;
  /** a failed attempt waits this long times the attempts made before the next (default 5 s) */
  retryDelayMs?: number;
}

/** The channel on which new and returned jobs are announced. */
export const JOBS_CHANNEL = 'readout_jobs';

export class JobQueue {
  readonly lockTimeoutMs: number;
  readonly maxAttempts: number;
  readonly retryDelayMs: number;

  constructor(readonly store: PostgresStore, opts: QueueOptions = {}) {
    this.lockTimeoutMs = opts.lockTimeoutMs ?? 10 * 60 * 1000;
    this.maxAttempts = opts.maxAttempts ?? 3;
    this.retryDelayMs = opts.retryDelayMs ?? 5000;
  }

  /**
   * Adds articles as pending jobs. With `skipKnown` (the default) an article whose content is
   * already stored, or already queued and not failed, is not added again.
   */
  async enqueue(articles: Article[], opts: { skipKnown?: boolean } = {}): Promise<{ queued: number; known: number }> {
    const skipKnown = opts.skipKnown ?? true;
    let batch = articles;
    if (skipKnown) {
      const seen = new Set<string>();
      batch = articles.filter((a) => !seen.has(a.hash!) && Boolean(seen.add(a.hash!)));
    }
    for (const a of batch) {
      if (!a.hash) throw new Error(`article ${a.id} has no content hash`);
      checkStorable(a);
    }
    if (!batch.length) return { queued: 0, known: articles.length };
    const queued = await this.store.tx(async (c) => {
      const r = await c.query(
        `INSERT INTO jobs (article, article_id, hash, source, available_at)
         SELECT a, a->>'id', a->>'hash', a->>'source', now() FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t (a, i)
         WHERE NOT $2::boolean OR (
           NOT EXISTS (SELECT 1 FROM articles WHERE hash = a->>'hash') AND
           NOT EXISTS (SELECT 1 FROM jobs j WHERE j.hash = a->>'hash' AND j.state <> 'failed'))
         ORDER BY i`,
        [JSON.stringify(batch), skipKnown],
      );
      if (r.rowCount) await c.query('SELECT pg_notify($1, $2)', [JOBS_CHANNEL, String(r.rowCount)]);
      return r.rowCount ?? 0;
    });
    return { queued, known: articles.length - queued };
  }

  /** The id a text (its content hash) is stored or queued (and not failed) under, if any. */
  async idOfContent(hash: string): Promise<string | undefined> {
    const r = await this.store.pool.query<{ id: string }>(
      `SELECT id FROM articles WHERE hash = $1 UNION ALL (SELECT article_id FROM jobs WHERE hash = $1 AND state <> 'failed' ORDER BY id LIMIT 1) LIMIT 1`,
      [hash],
    );
    return r.rows[0]?.id;
  }

  /** The content hash of the text stored or queued (and not failed) under an id, if any. */
  async contentOfId(id: string): Promise<string | undefined> {
    const r = await this.store.pool.query<{ hash: string }>(
      `SELECT hash FROM articles WHERE id = $1 UNION ALL (SELECT hash FROM jobs WHERE article_id = $1 AND state <> 'failed' ORDER BY id LIMIT 1) LIMIT 1`,
      [id],
    );
    return r.rows[0]?.hash;
  }

  /** Takes the oldest job that is pending (and due) or abandoned; undefined when there is none. */
  async claim(worker: string): Promise<Job | undefined> {
    const timeout = this.lockTimeoutMs / 1000;
    // a job abandoned as often as it may be tried is not taken again: it fails with a note
    await this.store.pool.query(
      `UPDATE jobs SET state = 'failed', finished = now(),
         error = coalesce(error || '; ', '') || 'worker ' || coalesce(locked_by, '?') || ' stopped while holding it'
       WHERE state = 'running' AND locked_at < now() - make_interval(secs => $1) AND attempts >= $2`,
      [timeout, this.maxAttempts],
    );
    const r = await this.store.pool.query<{ id: string; article: Article; attempts: number }>(
      `WITH next AS (
         SELECT id FROM jobs
         WHERE (state = 'pending' AND available_at <= now())
            OR (state = 'running' AND locked_at < now() - make_interval(secs => $2) AND attempts < $3)
         ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
       UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, locked_by = $1, locked_at = now()
       FROM next WHERE j.id = next.id
       RETURNING j.id, j.article, j.attempts`,
      [worker, timeout, this.maxAttempts],
    );
    const row = r.rows[0];
    return row && { id: String(row.id), article: row.article, attempts: row.attempts };
  }

  /**
   * Stores the job's article and analysis and marks the job done, in one transaction. Returns
   * undefined (and stores nothing) when the job is no longer this worker's: it was taken as
   * abandoned by another.
   */
  async complete(job: Job, worker: string, analysis: Analysis): Promise<PutResult | undefined> {
    return this.store.tx(async (c) => {
      const own = await c.query(`SELECT 1 FROM jobs WHERE id = $1 AND locked_by = $2 AND state = 'running' FOR UPDATE`, [job.id, worker]);
      if (!own.rows.length) return undefined;
      const r = await this.store.putArticleIn(c, job.article, analysis);
      await c.query(
        `UPDATE jobs SET state = 'done', result = $2, duplicate_of = $3, error = NULL, finished = now() WHERE id = $1`,
        [job.id, r.stored ? 'stored' : 'duplicate', r.duplicateOf ?? null],
      );
      return r;
    });
  }

  /** Records a failed attempt: the job goes back to the queue (after a delay) or, after the last attempt, fails. */
  async fail(job: Job, worker: string, message: string): Promise<JobState | undefined> {
    const r = await this.store.pool.query<{ state: JobState }>(
      `UPDATE jobs SET
         state = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'pending' END,
         finished = CASE WHEN attempts >= $3 THEN now() END,
         available_at = now() + make_interval(secs => $4::float8 * attempts),
         error = $5, locked_by = NULL, locked_at = NULL
       WHERE id = $1 AND locked_by = $2 AND state = 'running'
       RETURNING state`,
      [job.id, worker, this.maxAttempts, this.retryDelayMs / 1000, message.slice(0, 4000)],
    );
    return r.rows[0]?.state;
  }

  /**
   * How long until a pending job falls due (0: one is due now); undefined when none is pending.
   * With `running`, a running job counts too, as due when its lock runs out (it may be abandoned).
   */
  async nextDueInMs(opts: { running?: boolean } = {}): Promise<number | undefined> {
    const r = await this.store.pool.query<{ ms: number | null }>(
      `SELECT CASE WHEN min(at) IS NOT NULL THEN (greatest(0, extract(epoch FROM min(at) - now())) * 1000)::float8 END AS ms FROM (
         SELECT min(available_at) AS at FROM jobs WHERE state = 'pending'
         UNION ALL
         SELECT min(locked_at) + make_interval(secs => $1) FROM jobs WHERE $3 AND state = 'running' AND attempts < $2) t`,
      [this.lockTimeoutMs / 1000, this.maxAttempts, opts.running === true],
    );
    const ms = r.rows[0]?.ms;
    return ms === null || ms === undefined ? undefined : ms;
  }

  /** Jobs by state. */
  async counts(): Promise<Record<JobState, number>> {
    const r = await this.store.pool.query<{ state: JobState; n: number }>('SELECT state, count(*)::int AS n FROM jobs GROUP BY state');
    const out: Record<JobState, number> = { pending: 0, running: 0, done: 0, failed: 0 };
    for (const row of r.rows) out[row.state] = row.n;
    return out;
  }

  /** Calls `onJob` whenever jobs are announced; returns a function that stops listening. */
  async listen(onJob: () => void): Promise<() => Promise<void>> {
    const client = new pg.Client({ connectionString: this.store.url });
    client.on('error', () => {});
    client.on('notification', () => onJob());
    await client.connect();
    await client.query(`LISTEN ${JOBS_CHANNEL}`);
    return async () => {
      await client.end().catch(() => {});
    };
  }
}
