/**
 * `readout extract FILE…`: saved HTML news pages (.html, .htm, .html.gz) in, one JSON line per
 * page out: {id, file, title, text, published, byline, url}. Streams: one page in memory at a time.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { errorMessage, fail, write } from './common.js';

const HTML_FILE = /\.(html?|html?\.gz)$/i;

/** The record id: the file name without its .html / .htm / .html.gz ending. */
function pageId(file: string): string {
  return basename(file).replace(/\.(html?)(\.gz)?$/i, '');
}

/** Expands directories (recursively, sorted by name) into their HTML files; other paths pass through. */
function* expand(path: string): Generator<string> {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    yield path; // reported as missing when read
    return;
  }
  if (!isDir) {
    yield path;
    return;
  }
  const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(path, e.name);
    if (e.isDirectory()) yield* expand(full);
    else if (HTML_FILE.test(e.name)) yield full;
  }
}

async function extractFile(file: string): Promise<string> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : errorMessage(e);
    throw new Error(message, { cause: e });
  }
  // the HTML stack loads only when the command runs, so `readout --help` stays quick
  const { decodeHtmlBytes, extractArticle } = await import('../ingest/html.js');
  const html = decodeHtmlBytes(buf, file);
  const a = extractArticle(html);
  return JSON.stringify({
    id: pageId(file),
    file,
    title: a.title,
    text: a.text,
    published: a.published ?? null,
    byline: a.byline ?? null,
    url: a.url ?? null,
  });
}

async function extractFiles(paths: string[]): Promise<void> {
  const out = process.stdout;
  for (const path of paths) {
    for (const file of expand(path)) {
      let line: string;
      try {
        line = await extractFile(file);
      } catch (e) {
        fail('extract', file, errorMessage(e));
        continue;
      }
      await write(out, line + '\n');
    }
  }
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract the article body from saved HTML news pages and write one JSON line per page to stdout')
    .argument('<file...>', 'HTML pages (.html, .htm, .html.gz) or directories holding them (searched recursively)')
    .addHelpText(
      'after',
      '\nOutput: one JSON line per page {id, file, title, text, published, byline, url}; text has paragraphs\n' +
        'separated by a blank line; id is the file name without .html/.htm/.html.gz.\n' +
        'A page that fails gets one error line on stderr naming the file; the rest is still processed; exit status 1.',
    )
    .action(async (files: string[]) => {
      await extractFiles(files);
    });
}
