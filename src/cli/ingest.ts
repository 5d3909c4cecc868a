/**
 * `readout ingest PATH… [--db FILE]`: reads articles from files and folders, analyzes them on
 * all cores and stores each with its analysis in one transaction. An article whose content is
 * already stored is skipped and counted. With `--db postgres://… --queue` the articles are only
 * queued, for `readout worker` processes (`worker.ts`) to analyze and store.
 */
import type { Command } from 'commander';
import type { Analysis, Article } from '../model/types.js';
import type { ReadProgress } from '../ingest/readers.js';
import { errorMessage, fail, parseIntOption } from './common.js';

interface Opts {
  db: string;
  workers?: number;
  quiet?: boolean;
  queue?: boolean;
}

export interface IngestSummary {
  stored: number;
  duplicates: number;
  /** of the duplicates: syndicated copies (same text, another id) recorded beside the original */
  copies?: number;
  failed: number;
  seconds: number;
  /** with --queue: articles queued for workers */
  queued?: number;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('read articles (JSON Lines, also gzipped; text, HTML pages, RSS/Atom feeds, folders of them), analyze and store them')
    .argument('<path...>', 'files or folders')
    .option('--db <file|url>', 'SQLite database file, or a postgres:// URL', './readout.db')
    .option('-w, --workers <n>', 'worker threads (0 = run in this thread)', parseIntOption('--workers', 0, 64))
    .option('-q, --quiet', 'no progress bar or summary')
    .option('--queue', 'only queue the articles for `readout worker` processes (needs a postgres:// --db)')
    .action(async (paths: string[], opts: Opts) => {
      await ingest(paths, opts);
    });
}

export async function ingest(paths: string[], opts: Opts): Promise<IngestSummary> {
  if (opts.queue) return enqueue(paths, opts);
  const t0 = performance.now();
  // heavy modules load only when the command runs, so `readout --help` stays quick
  const [{ SingleBar, Presets }, { readSources, inputBytes, idForNamed }, { createAnalyzer, defaultThreads, OrderedWindow }, { openStore, displayLocation }, { storeWideFailure }] = await Promise.all([
    import('cli-progress'),
    import('../ingest/readers.js'),
    import('../ingest/pool.js'),
    import('../store/open.js'),
    import('../store/store.js'),
  ]);
  const store = await openStore(opts.db);
  try {
    // a store that can store nothing is one error before any article is read or analyzed, not one per article
    await store.checkWritable();
  } catch (e) {
    await store.close();
    throw e;
  }
  const analyzer = createAnalyzer(opts.workers ?? defaultThreads());
  const window = new OrderedWindow<{ where: string; article: Article }>(Math.max(8, analyzer.threads * 8));
  const sum: IngestSummary = { stored: 0, duplicates: 0, copies: 0, failed: 0, seconds: 0 };
  const tty = Boolean(process.stderr.isTTY) && !opts.quiet;
  // the bar fills with the bytes of input read (known before the run: the files' sizes), not with
  // the articles read so far, which would keep it nearly full from the start
  const read: ReadProgress = { bytes: 0 };
  const totalBytes = tty ? Math.max(1, inputBytes(paths)) : 1;
  const bar = tty ? new SingleBar({ format: 'ingest |{bar}| {percentage}% · {articles} articles · {stored} stored · {dups} already stored · {failed} failed · {rate}/s', hideCursor: true, clearOnComplete: true }, Presets.shades_classic) : undefined;
  // Ctrl-C: stop reading, keep what is stored (each article is one transaction), give the terminal back (the bar hides the
  // cursor and turns line wrap off) and say how far the run got; a second Ctrl-C ends at once
  let interrupted = false;
  const onInterrupt = () => {
    if (interrupted) {
      bar?.stop();
      process.exit(130);
    }
    interrupted = true;
    bar?.stop();
  };
  process.on('SIGINT', onInterrupt);
  bar?.start(totalBytes, 0, { articles: 0, stored: 0, dups: 0, failed: 0, rate: '0' });
  const tick = () => {
    if (!bar || interrupted) return;
    const secs = (performance.now() - t0) / 1000;
    const done = sum.stored + sum.duplicates + sum.failed;
    bar.update(Math.min(read.bytes, totalBytes), { articles: done, stored: sum.stored, dups: sum.duplicates, failed: sum.failed, rate: (done / Math.max(secs, 0.001)).toFixed(1) });
  };
  const problem = (where: string, msg: string) => {
    if (bar) bar.stop();
    fail('ingest', where, msg);
    if (bar && !interrupted) {
      bar.start(totalBytes, Math.min(read.bytes, totalBytes), {});
      tick();
    }
  };
  const storeOne = async () => {
    const r = await window.shift();
    if (!r) return;
    pending.delete(r.key.article.id);
    if (r.error !== undefined) {
      sum.failed++;
      problem(r.key.where, `analysis failed: ${errorMessage(r.error)}`);
    } else {
      try {
        const analysis = r.value as Analysis;
        if (analysis.errors?.length) problem(r.key.where, `stored with empty layers: ${analysis.errors.map((x) => `${x.stage} stage failed (${x.message})`).join('; ')}`);
        const res = await store.putArticle(r.key.article, analysis);
        if (res.stored) sum.stored++;
        else {
          sum.duplicates++;
          if (res.copy) sum.copies!++;
        }
      } catch (e) {
        sum.failed++;
        // the store's own failure (read-only, disk full, server gone) would fail every later article too: the run stops here
        if (storeWideFailure(e)) throw new StoreFailure(`${displayLocation(opts.db)}: cannot store ${r.key.where}: ${errorMessage(e)}`, { cause: e });
        problem(r.key.where, `not stored: ${errorMessage(e)}`);
      }
    }
    tick();
  };
  let stopped: StoreFailure | undefined;
  /** the ids of the articles being analyzed, not yet stored → their content hash */
  const pending = new Map<string, string>();
  try {
    for await (const item of readSources(paths, read)) {
      if (interrupted) break;
      if ('error' in item) {
        sum.failed++;
        problem(item.where, item.error);
        continue;
      }
      if (item.idFromName) {
        // two files of one name in different folders (a/index.html, b/index.html) are two articles: the later one whose
        // name is taken by another text, stored before or earlier in this run, goes under its name and hash
        const id = await idForNamed(item.article, { idOfContent: (h) => store.hasContent(h), contentOfId: async (i) => pending.get(i) ?? (await store.getArticle(i))?.article.hash });
        if (id === undefined) {
          sum.duplicates++;
          tick();
          continue;
        }
        if (id !== item.article.id) item.article = { ...item.article, id };
      }
      // text already stored: no analysis needed; another id is recorded as a copy of it
      const known = await store.addCopy(item.article);
      if (known.duplicateOf) {
        sum.duplicates++;
        if (known.copy) sum.copies!++;
        tick();
        continue;
      }
      pending.set(item.article.id, item.article.hash!);
      window.push(item, analyzer.submit({ article: item.article, output: 'analysis' }));
      if (window.full) await storeOne();
    }
    while (window.size && !interrupted) await storeOne();
  } catch (e) {
    if (!(e instanceof StoreFailure)) throw e;
    stopped = e;
  } finally {
    bar?.stop();
    await analyzer.close();
    await store.close();
    process.off('SIGINT', onInterrupt);
  }
  sum.seconds = (performance.now() - t0) / 1000;
  if (interrupted) process.exitCode = 130;
  if (stopped) fail('ingest', undefined, `${stopped.message}; stopped, nothing more read`);
  if (!opts.quiet || interrupted || stopped) {
    process.stderr.write(
      `readout ingest: ${interrupted ? 'interrupted: ' : stopped ? 'stopped: ' : ''}${sum.stored} stored, ${sum.duplicates} already stored${sum.copies ? ` (${sum.copies} as copies from another source)` : ''}, ${sum.failed} failed, in ${sum.seconds.toFixed(1)} s → ${displayLocation(opts.db)}\n`,
    );
  }
  return sum;
}

/** A failure of the store itself while ingesting: the run stops (see `storeWideFailure`). */
class StoreFailure extends Error {}

/** `--queue`: reads the articles and adds them as jobs, in batches; nothing is analyzed here. */
async function enqueue(paths: string[], opts: Opts): Promise<IngestSummary> {
  const t0 = performance.now();
  const [{ readSources, idForNamed, RunIds }, { displayLocation, isPostgresUrl }, { PostgresStore, checkStorable }, { JobQueue }] = await Promise.all([
    import('../ingest/readers.js'),
    import('../store/open.js'),
    import('../store/postgres/index.js'),
    import('../store/postgres/queue.js'),
  ]);
  if (!isPostgresUrl(opts.db)) throw new Error(`--queue needs a PostgreSQL --db (postgres://…), not ${opts.db}`);
  const store = new PostgresStore(opts.db);
  const sum: IngestSummary = { stored: 0, duplicates: 0, failed: 0, seconds: 0, queued: 0 };
  try {
    await store.migrate();
    await store.checkWritable();
    const queue = new JobQueue(store);
    let batch: Article[] = [];
    // the ids and texts queued in this run (not all in the database yet): same-named files are kept apart as `ingest` does
    const held = new RunIds(queue);
    const flush = async () => {
      if (!batch.length) return;
      const r = await queue.enqueue(batch);
      sum.queued = (sum.queued ?? 0) + r.queued;
      sum.duplicates += r.known;
      batch = [];
    };
    for await (const item of readSources(paths)) {
      if ('error' in item) {
        sum.failed++;
        fail('ingest', item.where, item.error);
        continue;
      }
      try {
        checkStorable(item.article);
      } catch (e) {
        sum.failed++;
        fail('ingest', item.where, `not queued: ${errorMessage(e)}`);
        continue;
      }
      if (item.idFromName) {
        const id = await idForNamed(item.article, held);
        if (id === undefined) {
          sum.duplicates++;
          continue;
        }
        if (id !== item.article.id) item.article = { ...item.article, id };
      }
      held.remember(item.article.id, item.article.hash!);
      batch.push(item.article);
      if (batch.length >= 200) await flush();
    }
    await flush();
  } finally {
    await store.close();
  }
  sum.seconds = (performance.now() - t0) / 1000;
  if (!opts.quiet) {
    process.stderr.write(
      `readout ingest: ${sum.queued} queued, ${sum.duplicates} already stored or queued, ${sum.failed} failed, in ${sum.seconds.toFixed(1)} s → ${displayLocation(opts.db)}\n`,
    );
  }
  return sum;
}
