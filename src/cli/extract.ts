/**
 * `readout extract FILE…`: saved HTML news pages (.html, .htm, .html.gz) in, one JSON line per
 * page out: {id, file, title, text, published, byline, url}. Streams: one page in memory at a time.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { RunIds } from '../ingest/readers.js';
import { errorMessage, fail, write } from './common.js';

const HTML_FILE = /\.(html?|html?\.gz)$/i;

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

async function extractFile(file: string, written: RunIds): Promise<string> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : errorMessage(e);
    throw new Error(message, { cause: e });
  }
  // the HTML stack loads only when the command runs, so `readout --help` stays quick
  const [{ decodeHtmlBytes, extractArticle }, { idForNamed, nameId, nameIdFor }, { contentHash }] = await Promise.all([import('../ingest/html.js'), import('../ingest/readers.js'), import('../ingest/records.js')]);
  const html = decodeHtmlBytes(buf, file);
  const a = extractArticle(html);
  // the id `ingest` gives the page: its name's, or, when a page of the same name with another text came before
  // (a/index.html, b/index.html), its name and hash
  const page = { id: nameId(file), text: a.text, hash: contentHash(a.text) };
  const id = (await idForNamed(page, written)) ?? nameIdFor(page);
  written.remember(id, page.hash);
  return JSON.stringify({
    id,
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
  // the ids and texts of the pages written so far in this run
  const written = new (await import('../ingest/readers.js')).RunIds();
  for (const path of paths) {
    for (const file of expand(path)) {
      let line: string;
      try {
        line = await extractFile(file, written);
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
        'separated by a blank line; id is the file name without .html/.htm/.html.gz (as ingest gives it:\n' +
        'a later page of the same name with another text gets the name and the start of its content hash, "index-3f2a9c1d").\n' +
        'A page that fails gets one error line on stderr naming the file; the rest is still processed; exit status 1.',
    )
    .action(async (files: string[]) => {
      await extractFiles(files);
    });
}
