/** `readout quotes [--speaker NAME] [--json]`: who said what, from the store. */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { QuoteHit } from '../store/store.js';
import { parseIntOption, write } from './common.js';

interface Opts {
  db: string;
  speaker?: string;
  q?: string;
  limit: number;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('quotes')
    .description('list quotes from the store, newest first, with speaker, article and date')
    .option('--db <file|url>', 'SQLite database file, or a postgres:// URL', './readout.db')
    .option('-s, --speaker <name>', 'only quotes of this speaker (a name, or an actor key such as per:vladimir putin)')
    .option('-q, --q <words>', 'only quotes with these words ("a phrase", a OR b, -word: as in the UI\'s search)')
    .option('-n, --limit <n>', 'at most this many', parseIntOption('--limit', 1, 100000), 50)
    .option('--json', 'JSON Lines: one quote per line with its article and sentence')
    .action(async (opts: Opts) => {
      // an empty name or words (an unset shell variable) would list every quote as if it were the answer
      if (opts.speaker !== undefined && !opts.speaker.trim()) throw new Error('--speaker is empty (give a name, or leave it out for every speaker)');
      if (opts.q !== undefined && !opts.q.trim()) throw new Error('--q is empty (give words to look for, or leave it out)');
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(opts.db) && !existsSync(opts.db)) throw new Error(`${opts.db}: no such database (run \`readout ingest PATH --db ${opts.db}\` first)`);
      const { openStore } = await import('../store/open.js');
      const store = await openStore(opts.db, { forReading: true });
      try {
        const page = await store.quotes({ speaker: opts.speaker, q: opts.q, limit: opts.limit });
        for (const h of page.items) {
          if (opts.json) {
            await write(process.stdout, JSON.stringify(h) + '\n');
            continue;
          }
          const who = (h.quote.speaker ? h.quote.speaker.name : '(no speaker)') + (h.quote.via ? ` (relaying ${h.quote.via.name})` : '');
          const when = (h.quote.time ?? h.article.published ?? '').slice(0, 10);
          const cue = h.quote.cue ? ` ${h.quote.cue.text}` : '';
          const text = quoteWords(h).replace(/\s+/g, ' ');
          await write(process.stdout, `${when}  ${who}${cue} [${h.quote.kind}${h.quote.topic ? ', topic' : ''}]: “${text}”\n            — ${h.article.title ?? h.article.id} (${h.article.id})\n`);
        }
        if (!opts.json) process.stderr.write(`${page.items.length} of ${page.total} quotes\n`);
      } finally {
        await store.close();
      }
    });
}

/** A quote's own words: its pieces joined by " … " when its attribution splits it ("A," she said, "B"), else its text. */
function quoteWords(h: QuoteHit): string {
  const { quote: q, context: c } = h;
  const frags = q.fragments;
  if (!frags?.length || !frags.every((f) => f.start >= c.start && f.end <= c.end)) return q.text;
  return frags.map((f) => c.text.slice(f.start - c.start, f.end - c.start).replace(/^["“”‘’']+|["“”‘’']+$/g, '')).join(' … ');
}
