/**
 * `readout export --format gdelt|jsonl`: the store's events (or quotes) for other tools. The same
 * event reported by several articles is one row with its counts of mentions, articles and sources.
 */
import type { Command } from 'commander';
import { createWriteStream, existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Article, Event } from '../model/types.js';
import type { ArticleCopy, StoredAnalysis } from '../store/store.js';
import { write } from './common.js';

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
    .option('--db <file>', 'SQLite database file', './readout.db')
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
      const store = await openStore(opts.db);
      const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
      try {
        await exportStore(store, out, opts);
      } finally {
        await store.close();
        if (opts.out) await new Promise<void>((r) => out.end(() => r()));
      }
    });
}

async function* allArticles(store: import('../store/store.js').Store): AsyncGenerator<{ article: Article; analysis: StoredAnalysis; copies: ArticleCopy[] }> {
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
  const { groupReports } = await import('../corpus/events.js');
  type Payload = { article: Article; analysis: StoredAnalysis; index: number };
  const reports: Array<{ article: Article & { copies: ArticleCopy[] }; event: Event; payload: Payload }> = [];
  for await (const { article, analysis, copies } of allArticles(store)) {
    analysis.events.forEach((event, index) => {
      if (countsAsEvent(event)) reports.push({ article: { ...article, copies }, event, payload: { article, analysis, index } });
    });
  }
  // oldest report first, so each event's row is its first report
  reports.sort((a, b) => (a.article.published ?? '').localeCompare(b.article.published ?? '') || a.article.id.localeCompare(b.article.id));
  const groups = groupReports(reports);
  if (opts.format === 'jsonl') {
    for (const g of groups) {
      const first = g.reports[0];
      await write(
        out,
        JSON.stringify({
          key: g.key,
          ...first.event,
          counts: g.counts,
          reports: g.reports.map((r) => ({ article: r.article.id, url: (r.payload.article as Article).url, published: r.article.published, source: r.article.source, start: r.event.start, end: r.event.end, text: r.payload.article.text.slice(r.event.start, r.event.end) })),
        }) + '\n',
      );
    }
    return;
  }
  const { GDELT_COLUMNS, toGdeltRows } = await import('../extract/events/gdelt.js');
  const col = (name: string) => GDELT_COLUMNS.indexOf(name);
  if (opts.header) await write(out, GDELT_COLUMNS.join('\t') + '\n');
  const rowCache = new Map<string, string[][]>();
  for (const g of groups) {
    const { article, analysis, index } = g.reports[0].payload;
    let rows = rowCache.get(article.id);
    if (!rows) rowCache.set(article.id, (rows = toGdeltRows(article, { ...analysis, tokens: [] })));
    // toGdeltRows writes one row per counted event, in order
    const nth = analysis.events.slice(0, index).filter((e) => countsAsEvent(e)).length;
    const row = [...rows[nth]];
    row[col('NumMentions')] = String(g.counts.mentions);
    row[col('NumSources')] = String(g.counts.sources);
    row[col('NumArticles')] = String(g.counts.articles);
    await write(out, row.join('\t') + '\n');
  }
}
