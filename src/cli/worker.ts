/**
 * `readout worker --db postgres://… [--workers N] [--once]`: takes articles queued by
 * `readout ingest --queue`, analyzes them and stores them, on as many machines as needed.
 * Stops on SIGINT/SIGTERM after the jobs in hand (or, with --once, when no job is left) and
 * prints a one-line summary.
 */
import type { Command } from 'commander';
import type { WorkerSummary } from '../ingest/queue.js';
import { parseIntOption } from './common.js';

interface Opts {
  db: string;
  workers?: number;
  once?: boolean;
  lockTimeout: number;
  poll: number;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('worker')
    .description('analyze and store articles queued with `readout ingest --queue` (PostgreSQL only)')
    .requiredOption('--db <url>', 'PostgreSQL URL (postgres://user@host:5432/db)')
    .option('-w, --workers <n>', 'analysis threads, one job each (0 = one job at a time in this thread)', parseIntOption('--workers', 0, 64))
    .option('--once', 'stop when no job is left instead of waiting for more')
    .option('--lock-timeout <seconds>', 'take over a job locked by a worker silent this long', parseIntOption('--lock-timeout', 1, 86400), 600)
    .option('--poll <ms>', 'look for jobs this often when none is announced', parseIntOption('--poll', 10, 600000), 2000)
    .option('-q, --quiet', 'no summary')
    .action(async (opts: Opts) => {
      await worker(opts);
    });
}

export async function worker(opts: Opts): Promise<WorkerSummary> {
  // heavy modules load only when the command runs, so `readout --help` stays quick
  const [{ defaultThreads }, { runWorker }, { PostgresStore }, { JobQueue }, { displayLocation, isPostgresUrl }] = await Promise.all([
    import('../ingest/pool.js'),
    import('../ingest/queue.js'),
    import('../store/postgres/index.js'),
    import('../store/postgres/queue.js'),
    import('../store/open.js'),
  ]);
  if (!isPostgresUrl(opts.db)) throw new Error(`--db ${opts.db}: the worker needs a PostgreSQL URL (postgres://…); the job queue lives there`);
  const workers = opts.workers ?? defaultThreads();
  const store = new PostgresStore(opts.db, { max: Math.max(1, workers) + 2 });
  const stop = new AbortController();
  const onSignal = () => {
    if (!opts.quiet) process.stderr.write('readout worker: stopping after the jobs in hand…\n');
    stop.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await store.migrate();
    const sum = await runWorker(store, {
      workers,
      once: opts.once,
      lockTimeoutMs: opts.lockTimeout * 1000,
      pollMs: opts.poll,
      signal: stop.signal,
      log: (line) => process.stderr.write(`readout worker: ${line}\n`),
    });
    if (!opts.quiet) {
      const left = await new JobQueue(store).counts().catch(() => undefined);
      process.stderr.write(
        `readout worker: ${sum.stored} stored, ${sum.duplicates} already stored, ${sum.failed} failed attempts` +
          (sum.lost ? `, ${sum.lost} taken over by another worker` : '') +
          `, in ${sum.seconds.toFixed(1)} s` +
          (left ? `; queue: ${left.pending} pending, ${left.running} running, ${left.failed} failed` : '') +
          ` → ${displayLocation(opts.db)}\n`,
      );
    }
    // in a batch run, a failed attempt is worth a look
    if (opts.once && sum.failed) process.exitCode = 1;
    return sum;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}
