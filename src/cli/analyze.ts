/**
 * `readout analyze [FILE…]`: JSON Lines articles in, one analysis per line out, same order and
 * ids. Streams: a bounded number of articles is in memory however long the input.
 */
import { statSync } from 'node:fs';
import type { Command } from 'commander';
import type { LineResult } from '../ingest/worker.js';
import { openJsonLines, readLines } from '../ingest/lines.js';
import { missingInput, parseArticleLine } from '../ingest/records.js';
import { errorMessage, fail, parseIntOption, write } from './common.js';

interface Opts {
  workers?: number;
  textLayers?: boolean;
}

export function register(program: Command): void {
  program
    .command('analyze')
    .description('analyze JSON Lines articles (files or stdin) and write one analysis per line to stdout')
    .argument('[file...]', 'JSON Lines files of {id, text, published?, title?, url?, source?}; none or "-" reads stdin')
    .option('-w, --workers <n>', 'worker threads (0 = run in this thread)', parseIntOption('--workers', 0, 64))
    .option('--text-layers', 'also write paragraphs, sentences and tokens')
    .addHelpText('after', '\nOutput: the JSON Lines shape of shared/eval/FORMAT.md (entities, actors, times, quotes, events, claims, findings).\nA bad line gets one error line on stderr naming the file and line; the rest is still processed; exit status 1.')
    .action(async (files: string[], opts: Opts) => {
      await analyzeFiles(files.length ? files : ['-'], opts);
    });
}

export async function analyzeFiles(files: string[], opts: Opts): Promise<void> {
  const { createAnalyzer, defaultThreads, OrderedWindow } = await import('../ingest/pool.js');
  const threads = opts.workers ?? Math.min(defaultThreads(), 4);
  const analyzer = createAnalyzer(threads);
  const window = new OrderedWindow<string>(Math.max(8, threads * 8));
  const out = process.stdout;
  const drainOne = async () => {
    const r = await window.shift();
    if (!r) return;
    if (r.error !== undefined) fail('analyze', r.key, `analysis failed: ${errorMessage(r.error)}`);
    else {
      const { line, errors } = r.value as LineResult;
      // a stage that failed is named in the record's `errors`: say so, and count the run as failed
      if (errors?.length) fail('analyze', r.key, `some layers are empty: ${errors.map((x) => `${x.stage} stage failed (${x.message})`).join('; ')}`);
      await write(out, line + '\n');
    }
  };
  try {
    for (const file of files) {
      const name = file === '-' ? 'stdin' : file;
      let stream: NodeJS.ReadableStream;
      if (file === '-') stream = process.stdin;
      else {
        try {
          const st = statSync(file);
          if (st.isDirectory()) {
            fail('analyze', name, 'is a directory (give JSON Lines files)');
            continue;
          }
        } catch {
          fail('analyze', name, missingInput(name, 'no such file'));
          continue;
        }
        // (.jsonl.gz through gunzip, as ingest reads it)
        stream = openJsonLines(file).stream;
      }
      let records = 0;
      let blank = 0;
      try {
        for await (const line of readLines(stream as AsyncIterable<Buffer>)) {
          const where = `${name}:${line.lineNo}`;
          if ('error' in line) {
            fail('analyze', where, line.error);
            continue;
          }
          if (line.text.trim() === '') {
            blank++;
            continue;
          }
          let article;
          try {
            article = parseArticleLine(line.text);
          } catch (e) {
            fail('analyze', where, errorMessage(e));
            continue;
          }
          records++;
          window.push(`${where} (id ${article.id})`, analyzer.submit({ article, output: 'line' }));
          if (window.full) await drainOne();
        }
      } catch (e) {
        fail('analyze', name, `cannot read: ${errorMessage(e)}`);
      }
      if (records === 0 && blank >= 0) {
        const st = file === '-' ? undefined : statSync(file);
        if (st && st.size === 0) fail('analyze', name, 'empty file (no articles)');
        else if (records === 0 && process.exitCode !== 1) fail('analyze', name, 'no articles found');
      }
    }
    while (window.size) await drainOne();
  } finally {
    await analyzer.close();
  }
}
