/**
 * The worker side of the job queue (`readout worker`): N loops, each claiming one job at a time,
 * analyzing its article with the same pure `analyze` (through `createAnalyzer`) and storing the
 * article, its analysis and the job's end in one transaction. The queue itself is
 * `src/store/postgres/queue.ts`.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Analyzer } from './pool.js';
import { JobQueue, type QueueOptions } from '../store/postgres/queue.js';
import type { PostgresStore } from '../store/postgres/index.js';
import type { Analysis } from '../model/types.js';

export interface WorkerOptions extends QueueOptions {
  /** analysis threads, one job loop each (0: one loop analyzing in this thread) */
  workers: number;
  /** stop when no job is pending (or abandoned), instead of waiting for more */
  once?: boolean;
  /** how often to look for jobs when no announcement comes (default 2 s) */
  pollMs?: number;
  /** stops the loops; each finishes the job in hand first */
  signal?: AbortSignal;
  /** for tests: analyze with this instead of a pool of `workers` threads */
  analyzer?: Analyzer;
  /** a name for this process in `jobs.locked_by` (default host:pid:random) */
  name?: string;
  /** one line per problem (default: nothing) */
  log?: (line: string) => void;
}

export interface WorkerSummary {
  stored: number;
  duplicates: number;
  /** failed attempts (a job may be tried again) */
  failed: number;
  /** jobs that were taken over by another worker before this one finished them */
  lost: number;
  seconds: number;
}

export async function runWorker(store: PostgresStore, opts: WorkerOptions): Promise<WorkerSummary> {
  const t0 = performance.now();
  const queue = new JobQueue(store, opts);
  // the pipeline (and its models) loads only when this process analyzes
  const analyzer = opts.analyzer ?? (await import('./pool.js')).createAnalyzer(opts.workers);
  const loops = Math.max(1, opts.workers);
  const name = opts.name ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const pollMs = opts.pollMs ?? 2000;
  const log = opts.log ?? (() => {});
  const sum: WorkerSummary = { stored: 0, duplicates: 0, failed: 0, lost: 0, seconds: 0 };

  const stopped = () => opts.signal?.aborted === true;
  // sleeping loops wake on an announcement, on stop, or after the poll interval. A wake-up
  // that comes while a loop is still asking for a job (before it sleeps) is not lost: each
  // wake-up counts, and a loop does not go to sleep when the count moved since it asked
  const sleepers = new Set<() => void>();
  let wakes = 0;
  const wakeAll = () => {
    wakes++;
    for (const w of [...sleepers]) w();
  };
  const sleep = (ms: number, asked: number) =>
    new Promise<void>((resolve) => {
      if (wakes !== asked || stopped()) return resolve();
      const done = () => {
        clearTimeout(t);
        sleepers.delete(done);
        resolve();
      };
      const t = setTimeout(done, ms);
      sleepers.add(done);
    });
  opts.signal?.addEventListener('abort', wakeAll);
  const unlisten = opts.once ? undefined : await queue.listen(wakeAll).catch(() => undefined);

  const loop = async (n: number) => {
    const me = `${name}/${n}`;
    while (!stopped()) {
      const asked = wakes;
      let job;
      try {
        job = await queue.claim(me);
      } catch (e) {
        if (opts.once) throw e;
        log(`cannot take a job: ${message(e)}`);
        await sleep(pollMs, asked);
        continue;
      }
      if (!job) {
        // --once: done when nothing is pending; a job another worker holds is that worker's
        // (it retries its own failures), and one abandoned only later is left for the next run
        const due = await queue.nextDueInMs({ running: !opts.once });
        if (opts.once && due === undefined) return;
        await sleep(Math.min(pollMs, due ?? pollMs), asked);
        continue;
      }
      let analysis: Analysis;
      try {
        analysis = (await analyzer.submit({ article: job.article, output: 'analysis' })) as Analysis;
      } catch (e) {
        sum.failed++;
        const state = await queue.fail(job, me, `analysis failed: ${message(e)}`).catch((f) => log(`job ${job.id}: cannot record its failure: ${message(f)}`));
        log(`job ${job.id} (${job.article.id}): analysis failed (attempt ${job.attempts}${state === 'failed' ? ', giving up' : ''}): ${message(e)}`);
        continue;
      }
      try {
        const r = await queue.complete(job, me, analysis);
        if (!r) sum.lost++;
        else if (r.stored) sum.stored++;
        else sum.duplicates++;
      } catch (e) {
        sum.failed++;
        const state = await queue.fail(job, me, `not stored: ${message(e)}`).catch((f) => log(`job ${job.id}: cannot record its failure: ${message(f)}`));
        log(`job ${job.id} (${job.article.id}): not stored (attempt ${job.attempts}${state === 'failed' ? ', giving up' : ''}): ${message(e)}`);
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: loops }, (_, i) => loop(i)));
  } finally {
    opts.signal?.removeEventListener('abort', wakeAll);
    wakeAll();
    await unlisten?.();
    if (!opts.analyzer) await analyzer.close();
  }
  sum.seconds = (performance.now() - t0) / 1000;
  return sum;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
