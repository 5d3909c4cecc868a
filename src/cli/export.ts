/**
 * `readout export --format gdelt|jsonl`: the store's events (or quotes) for other tools. The same
 * event reported by several articles is one row with its counts of mentions, articles and sources.
 */
import type { Command } from 'commander';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Article, Event } from '../model/types.js';
import type { StoredAnalysis } from '../store/store.js';
import { errorMessage, write } from './common.js';

interface Opts {
  db: string;
  format: 'gdelt' | 'jsonl';
  what: 'events' | 'quotes';
  out?: string;
  header?: boolean;
}

export function register(program: Command): void {
  program
    .command('export')
    .description('export events (GDELT 2.0 tab-separated, or JSON Lines) or quotes (JSON Lines) from the store')
    .option('--db <file|url>', 'SQLite database file, or a postgres:// URL', './readout.db')
    .option('-f, --format <format>', 'gdelt | jsonl', 'jsonl')
    .option('--what <layer>', 'events | quotes', 'events')
    .option('-o, --out <file>', 'write here instead of stdout')
    .option('--header', 'gdelt: write a first line with the column names')
    .addHelpText(
      'after',
      '\nGDELT: the 61 columns of the GDELT 2.0 event table, in its order; columns Readout cannot fill are empty\n(see src/extract/events/gdelt.ts). Denied, hypothetical and conditional events are not exported as events.\nAn event told by several articles is one row; NumMentions/NumArticles/NumSources count its reports.',
    )
    .action(async (opts: Opts) => {
      if (opts.format !== 'gdelt' && opts.format !== 'jsonl') throw new Error(`--format must be gdelt or jsonl, got ${JSON.stringify(opts.format)}`);
      if (opts.what !== 'events' && opts.what !== 'quotes') throw new Error(`--what must be events or quotes, got ${JSON.stringify(opts.what)}`);
      if (opts.format === 'gdelt' && opts.what !== 'events') throw new Error('--format gdelt exports events only');
      if (!/^[a-z]+:\/\//.test(opts.db) && !existsSync(opts.db)) throw new Error(`${opts.db}: no such database (run \`readout ingest PATH --db ${opts.db}\` first)`);
      const { openStore } = await import('../store/open.js');
      // the output file is opened before the store: a folder or a path that cannot be written is one clear error
      const file = opts.out ? await openOutput(opts.out) : undefined;
      let store: import('../store/store.js').Store | undefined;
      try {
        store = await openStore(opts.db, { forReading: true });
        await exportStore(store, file?.stream ?? process.stdout, opts);
        await file?.commit();
      } catch (e) {
        await file?.abandon();
        throw e;
      } finally {
        await store?.close();
      }
    });
}

/**
 * An output file written whole or not at all: the rows go to a temporary file beside it, renamed to its name at the end
 * (`commit`) or removed on failure (`abandon`). Errors name the file and the problem, never a stack trace.
 */
async function openOutput(path: string): Promise<{ stream: Writable; commit: () => Promise<void>; abandon: () => Promise<void> }> {
  const problem = (e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? `no such folder ${dirname(path)}`
      : code === 'ENOTDIR' ? `${dirname(path)} is not a folder`
      : code === 'EISDIR' ? 'it is a folder'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'ENOSPC' ? 'no space left on the device'
      : errorMessage(e);
    return new Error(`-o ${path}: cannot write the export: ${why}`);
  };
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    // no such file yet: written below
  }
  if (isDir) throw problem(Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream = createWriteStream(tmp, { flags: 'wx' });
  let failure: unknown;
  stream.on('error', (e) => {
    failure ??= e;
  });
  await new Promise<void>((resolve, reject) => {
    stream.once('ready', () => resolve());
    stream.once('error', (e) => reject(problem(e)));
  });
  const finish = () => new Promise<void>((resolve) => (stream.closed ? resolve() : stream.end(() => resolve())));
  const abandon = async () => {
    stream.destroy();
    await rm(tmp, { force: true });
  };
  return {
    stream,
    abandon,
    async commit() {
      if (failure === undefined) await finish();
      if (failure !== undefined) {
        await abandon();
        throw problem(failure);
      }
      try {
        await rename(tmp, path);
      } catch (e) {
        await abandon();
        throw problem(e);
      }
    },
  };
}

async function* allArticles(store: import('../store/store.js').Store): AsyncGenerator<{ article: Article; analysis: StoredAnalysis }> {
  const pageSize = 200;
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.listArticles({ limit: pageSize, offset });
    for (const s of page.items) {
      const a = await store.getArticle(s.id);
      if (a) yield a;
    }
    if (page.items.length < pageSize) break;
  }
}

async function exportStore(store: import('../store/store.js').Store, out: Writable, opts: Opts): Promise<void> {
  const { countsAsEvent } = await import('../model/record.js');
  if (opts.what === 'quotes') {
    for await (const { article, analysis } of allArticles(store)) {
      for (const [i, q] of analysis.quotes.entries()) {
        await write(out, JSON.stringify({ article: article.id, url: article.url, published: article.published, source: article.source, index: i, ...q }) + '\n');
      }
    }
    return;
  }
  // one row per event: the first report of each, with the counts of all its reports
  const { GDELT_COLUMNS, toGdeltRows } = await import('../extract/events/gdelt.js');
  const col = (name: string) => GDELT_COLUMNS.indexOf(name);
  if (opts.format === 'gdelt' && opts.header) await write(out, GDELT_COLUMNS.join('\t') + '\n');
  const articles = new Map<string, { article: Article; analysis: StoredAnalysis }>();
  const pageSize = 500;
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.events({ grouped: true, limit: pageSize, offset });
    for (const hit of page.items) {
      if (!countsAsEvent(hit.event)) continue;
      let a = articles.get(hit.article.id);
      if (!a) {
        const got = await store.getArticle(hit.article.id);
        if (!got) continue;
        if (articles.size > 1000) articles.clear();
        articles.set(hit.article.id, (a = got));
      }
      if (opts.format === 'jsonl') {
        await write(out, JSON.stringify({ key: hit.key, article: a.article.id, url: a.article.url, published: a.article.published, outlet: a.article.source, ...hit.event, evidence: a.article.text.slice(hit.event.start, hit.event.end), reports: hit.reports }) + '\n');
        continue;
      }
      // toGdeltRows writes one row per counted event, in order
      const nth = a.analysis.events.slice(0, hit.index).filter((e: Event) => countsAsEvent(e)).length;
      const row = [...toGdeltRows(a.article, { ...a.analysis, tokens: [] })[nth]];
      row[col('NumMentions')] = String(hit.reports.mentions);
      row[col('NumSources')] = String(hit.reports.sources);
      row[col('NumArticles')] = String(hit.reports.articles);
      await write(out, row.join('\t') + '\n');
    }
    if (page.items.length < pageSize) break;
  }
}
