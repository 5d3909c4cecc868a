/**
 * The PostgreSQL job queue and `readout worker`: several workers at once store every article
 * exactly once; duplicates are skipped; failures are kept and retried; abandoned jobs are taken
 * again. Skips (with a message) when no PostgreSQL server answers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash } from '../src/ingest/records.js';
import type { Analyzer } from '../src/ingest/pool.js';
import type { WorkerTask } from '../src/ingest/worker.js';
import { runWorker } from '../src/ingest/queue.js';
import { PostgresStore } from '../src/store/postgres/index.js';
import { JobQueue } from '../src/store/postgres/queue.js';
import { ingest } from '../src/cli/ingest.js';
import { worker } from '../src/cli/worker.js';
import type { Analysis, Article } from '../src/model/types.js';
import { freshSchema, pgReachable } from './pg.helpers.js';

function art(id: string, text: string): Article {
  return { id, text, hash: contentHash(text), title: `Title of ${id}`, source: 'Queue Wire', published: '2025-07-0' + ((id.length % 9) + 1) };
}

const STORIES = [
  'Foreign Minister Anna Berg said on Monday that the talks "will go on as long as needed."',
  'The central bank raised its rate by half a point, Governor Carl Dunn told reporters.',
  'Rescue teams reached the village after the floods, officials said.',
  'President Eva Fox met Prime Minister Gil Hart in Vienna on Tuesday.',
  '"We will not accept this," Hart said after the meeting.',
  'Berg later said the sanctions were "a mistake".',
  'The parliament approved the budget by 210 votes to 180.',
  'Dunn warned that inflation "remains too high".',
];

/**
 * A small hand-made analysis: one person and one sentence. (The real `analyze` runs in the CLI
 * test below; here the queue is under test, not the pipeline.)
 */
function analyze(a: Article): Analysis {
  const m = /[A-Z][a-z]+ [A-Z][a-z]+/.exec(a.text);
  const name = m ? m[0] : 'Nobody Known';
  const at = m ? m.index : 0;
  return {
    id: a.id, version: 'test', tokens: [], times: [], claims: [], findings: [], events: [],
    paragraphs: [{ start: 0, end: a.text.length }],
    sentences: [{ start: 0, end: a.text.length, tokenStart: 0, tokenEnd: 0, paragraph: 0 }],
    entities: [{ start: at, end: at + name.length, text: name, type: 'PER', entity: 'e1', form: 'name', rule: 'test', confidence: 1 }],
    actors: [{ id: 'e1', name, type: 'PER', aliases: [], mentions: [0] }],
    quotes: [{ start: 0, end: a.text.length, text: a.text, kind: 'indirect', speaker: { name, entity: 'e1', start: at, end: at + name.length }, rule: 'test', confidence: 1 }],
  };
}

/** Analyzes, then waits a little, so that the loops of several workers interleave. */
function slowAnalyzer(opts: { failIds?: Set<string>; failOnce?: Set<string> } = {}): Analyzer & { calls: string[] } {
  const calls: string[] = [];
  return {
    threads: 0,
    calls,
    async submit(task: WorkerTask) {
      calls.push(task.article.id);
      await new Promise((r) => setTimeout(r, 10 + Math.floor(Math.random() * 20)));
      if (opts.failIds?.has(task.article.id)) throw new Error(`cannot analyze ${task.article.id}`);
      if (opts.failOnce?.delete(task.article.id)) throw new Error(`transient trouble with ${task.article.id}`);
      return analyze(task.article);
    },
    close: async () => {},
  };
}

describe.skipIf(!pgReachable)('job queue and workers (PostgreSQL)', () => {
  let url: string;
  let drop: () => Promise<void>;
  let store: PostgresStore;
  let queue: JobQueue;

  beforeEach(async () => {
    const s = await freshSchema('readout_queue');
    url = s.url;
    drop = s.drop;
    store = new PostgresStore(url);
    await store.migrate();
    queue = new JobQueue(store, { retryDelayMs: 0 });
  });
  afterEach(async () => {
    await store.close();
    await drop();
  });

  it('two workers at once store every article exactly once and skip a duplicate', async () => {
    const articles = [...STORIES, ...STORIES.map((t) => t + ' (Updated.)')].map((t, i) => art(`story-${i}`, t));
    expect(await queue.enqueue(articles)).toEqual({ queued: articles.length, known: 0 });
    // a syndicated copy under another id, queued on purpose, and one more copy that enqueue itself recognizes
    expect(await queue.enqueue([{ ...articles[2], id: 'wire-copy' }], { skipKnown: false })).toEqual({ queued: 1, known: 0 });
    expect(await queue.enqueue([{ ...articles[3], id: 'another-copy' }])).toEqual({ queued: 0, known: 1 });

    const storeB = new PostgresStore(url);
    try {
      const [a, b] = await Promise.all([
        runWorker(store, { workers: 2, once: true, analyzer: slowAnalyzer(), name: 'A', retryDelayMs: 0, pollMs: 50 }),
        runWorker(storeB, { workers: 2, once: true, analyzer: slowAnalyzer(), name: 'B', retryDelayMs: 0, pollMs: 50 }),
      ]);
      expect(a.stored + b.stored).toBe(articles.length);
      expect(a.duplicates + b.duplicates).toBe(1);
      expect(a.failed + b.failed).toBe(0);
      expect(a.stored).toBeGreaterThan(0);
      expect(b.stored).toBeGreaterThan(0);
    } finally {
      await storeB.close();
    }
    expect(await queue.counts()).toEqual({ pending: 0, running: 0, done: articles.length + 1, failed: 0 });
    const page = await store.listArticles({ limit: 100 });
    expect(page.items.map((i) => i.id).sort()).toEqual(articles.map((x) => x.id).sort());
    const jobs = await store.pool.query(`SELECT article_id, result, duplicate_of, attempts, locked_by FROM jobs ORDER BY id`);
    const copy = jobs.rows.find((r) => r.article_id === 'wire-copy');
    expect(copy).toMatchObject({ result: 'duplicate', duplicate_of: 'story-2', attempts: 1 });
    expect(jobs.rows.every((r) => r.attempts === 1)).toBe(true);
    expect(new Set(jobs.rows.map((r) => String(r.locked_by).split('/')[0]))).toEqual(new Set(['A', 'B']));
    // the analyses are stored with the articles: quotes and actors are there
    expect((await store.stats()).quotes).toBeGreaterThan(0);
    const got = await store.getArticle('story-0');
    expect(got?.analysis.sentences.length).toBeGreaterThan(0);
    // nothing left: content already stored is not queued again
    expect(await queue.enqueue(articles)).toEqual({ queued: 0, known: articles.length });
  });

  it('keeps the error of a failing job, tries it three times, then marks it failed; a passing retry succeeds', async () => {
    const articles = [art('good', STORIES[0]), art('bad', STORIES[1]), art('flaky', STORIES[2])];
    await queue.enqueue(articles);
    const analyzer = slowAnalyzer({ failIds: new Set(['bad']), failOnce: new Set(['flaky']) });
    const lines: string[] = [];
    const sum = await runWorker(store, { workers: 1, once: true, analyzer, retryDelayMs: 0, log: (l) => lines.push(l) });
    expect(sum).toMatchObject({ stored: 2, duplicates: 0, failed: 4 });
    expect(analyzer.calls.filter((c) => c === 'bad')).toHaveLength(3);
    const rows = (await store.pool.query(`SELECT article_id, state, attempts, error FROM jobs ORDER BY id`)).rows;
    expect(rows).toEqual([
      { article_id: 'good', state: 'done', attempts: 1, error: null },
      { article_id: 'bad', state: 'failed', attempts: 3, error: 'analysis failed: cannot analyze bad' },
      { article_id: 'flaky', state: 'done', attempts: 2, error: null },
    ]);
    expect(lines.some((l) => l.includes('giving up') && l.includes('bad'))).toBe(true);
    expect(await store.getArticle('bad')).toBeUndefined();
  });

  it('waits before a retry, and a --once worker waits for it rather than leaving it behind', async () => {
    const q = new JobQueue(store, { retryDelayMs: 300 });
    await q.enqueue([art('flaky', STORIES[4])]);
    const t0 = Date.now();
    const sum = await runWorker(store, { workers: 1, once: true, analyzer: slowAnalyzer({ failOnce: new Set(['flaky']) }), retryDelayMs: 300, pollMs: 50 });
    expect(sum).toMatchObject({ stored: 1, failed: 1 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
  });

  it('takes again a job whose worker died, and the dead worker can no longer finish it', async () => {
    await queue.enqueue([art('orphan', STORIES[5])]);
    const dead = await queue.claim('dead-worker');
    expect(dead?.article.id).toBe('orphan');
    // while its lock is fresh, nobody else takes it
    expect(await queue.claim('other')).toBeUndefined();
    await store.pool.query(`UPDATE jobs SET locked_at = now() - interval '1 hour'`);
    const sum = await runWorker(store, { workers: 1, once: true, analyzer: slowAnalyzer(), retryDelayMs: 0 });
    expect(sum.stored).toBe(1);
    expect(await queue.complete(dead!, 'dead-worker', analyze(dead!.article))).toBeUndefined();
    expect(await queue.fail(dead!, 'dead-worker', 'too late')).toBeUndefined();
    const row = (await store.pool.query(`SELECT state, attempts, error FROM jobs`)).rows[0];
    expect(row).toEqual({ state: 'done', attempts: 2, error: null });
    expect((await store.stats()).articles).toBe(1);
  });

  it('fails a job abandoned on its last attempt instead of taking it a fourth time', async () => {
    await queue.enqueue([art('cursed', STORIES[6])]);
    await store.pool.query(`UPDATE jobs SET state = 'running', attempts = 3, locked_by = 'gone', locked_at = now() - interval '1 hour'`);
    expect(await queue.claim('w')).toBeUndefined();
    const row = (await store.pool.query(`SELECT state, error FROM jobs`)).rows[0];
    expect(row).toEqual({ state: 'failed', error: 'worker gone stopped while holding it' });
  });

  it('stops on a signal after the job in hand, and wakes up for new jobs without --once', async () => {
    const stop = new AbortController();
    // the loops poll only every 10 minutes: only the announcement (NOTIFY) can wake them in time
    const done = runWorker(store, { workers: 2, analyzer: slowAnalyzer(), signal: stop.signal, pollMs: 600_000, retryDelayMs: 0 });
    await new Promise((r) => setTimeout(r, 200));
    await queue.enqueue(STORIES.map((t, i) => art(`late-${i}`, t)));
    for (let i = 0; i < 200 && (await store.stats()).articles < STORIES.length; i++) await new Promise((r) => setTimeout(r, 50));
    stop.abort();
    const sum = await done;
    expect(sum.stored).toBe(STORIES.length);
    expect((await queue.counts()).running).toBe(0);
  });

  it('does not sleep through a stop or a new job that comes while a loop is still asking for work', async () => {
    // the stop and the announcement arrive while the loop waits for the answer to "when is the
    // next job due?": before it sleeps, when no sleeper is there to be woken
    const query = store.pool.query.bind(store.pool) as (...a: unknown[]) => Promise<unknown>;
    let hook: (() => Promise<void>) | undefined;
    (store.pool as unknown as { query: unknown }).query = async (...a: unknown[]) => {
      const r = await query(...a);
      const h = hook;
      if (h && String(a[0]).includes('min(available_at)')) {
        hook = undefined;
        await h();
      }
      return r;
    };
    const other = new PostgresStore(url);
    try {
      // an announcement: the job is queued (by another connection) and announced meanwhile
      hook = async () => {
        await new JobQueue(other, { retryDelayMs: 0 }).enqueue([art('while-asking', STORIES[0])]);
        await new Promise((r) => setTimeout(r, 300));
      };
      const stop = new AbortController();
      const t0 = Date.now();
      const done = runWorker(store, { workers: 1, analyzer: slowAnalyzer(), signal: stop.signal, pollMs: 600_000, retryDelayMs: 0 });
      for (let i = 0; i < 100 && (await store.stats()).articles < 1; i++) await new Promise((r) => setTimeout(r, 50));
      expect((await store.stats()).articles).toBe(1);
      // a stop, at the loop's next question (right after the first job, or after the job queued
      // now wakes it: which comes first is the machine's affair; either way it must stop at once)
      hook = async () => stop.abort();
      await new JobQueue(other, { retryDelayMs: 0 }).enqueue([art('before-stop', STORIES[1])]);
      const sum = await done;
      expect(stop.signal.aborted).toBe(true);
      expect([1, 2]).toContain(sum.stored);
      expect((await store.stats()).articles).toBe(sum.stored);
      expect(Date.now() - t0).toBeLessThan(20_000);
    } finally {
      await other.close();
    }
  });

  it('readout ingest --queue keeps same-named files in different folders apart, as ingest does', async () => {
    const root = mkdtempSync(join(tmpdir(), 'readout-queue-names-'));
    try {
      for (const sub of ['east', 'west']) mkdirSync(join(root, sub));
      writeFileSync(join(root, 'east', 'memo.txt'), 'Pier works\n\nHarbour master Jon Vik said the pier would close in May.\n');
      writeFileSync(join(root, 'west', 'memo.txt'), 'Rail works\n\nEngineer Ada Lorn said the rail line would close in June.\n');
      const q = await ingest([root], { db: url, queue: true, quiet: true });
      // before: both queued as "memo", and the worker could not store the second ("another article with id memo")
      expect(q).toMatchObject({ queued: 2, failed: 0 });
      const again = await ingest([root], { db: url, queue: true, quiet: true });
      expect(again).toMatchObject({ queued: 0, duplicates: 2 });
      const sum = await worker({ db: url, workers: 0, once: true, quiet: true, lockTimeout: 600, poll: 100 });
      expect(sum).toMatchObject({ stored: 2, failed: 0 });
      const ids = (await store.pool.query<{ id: string }>('SELECT id FROM articles ORDER BY id')).rows.map((r) => r.id);
      expect(ids).toHaveLength(2);
      expect(ids[0]).toBe('memo');
      expect(ids[1]).toMatch(/^memo-[0-9a-f]{8}$/);
      // and ingest, after the worker, finds both stored
      expect(await ingest([root], { db: url, queue: true, quiet: true })).toMatchObject({ queued: 0, duplicates: 2 });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('readout ingest --queue queues files, and readout worker --once stores them', async () => {
    const examples = join(import.meta.dirname, '..', 'examples');
    const q = await ingest([examples], { db: url, queue: true, quiet: true });
    expect(q.queued).toBeGreaterThan(3);
    expect(q.failed).toBe(0);
    expect((await store.stats()).articles).toBe(0);
    const again = await ingest([examples], { db: url, queue: true, quiet: true });
    expect(again).toMatchObject({ queued: 0, duplicates: q.queued! + q.duplicates });
    const sum = await worker({ db: url, workers: 0, once: true, quiet: true, lockTimeout: 600, poll: 100 });
    expect(sum.stored).toBe(q.queued);
    expect((await store.stats()).articles).toBe(q.queued);
    await expect(ingest([examples], { db: join(import.meta.dirname, 'nowhere.db'), queue: true, quiet: true })).rejects.toThrow(/--queue needs a PostgreSQL/);
    await expect(worker({ db: 'x.db', once: true, quiet: true, lockTimeout: 600, poll: 100 })).rejects.toThrow(/PostgreSQL URL/);
  });
});
