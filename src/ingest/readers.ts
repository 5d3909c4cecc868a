/**
 * Readers for what users have on disk: JSON Lines, plain text, saved HTML pages (boilerplate
 * removed), RSS/Atom feeds, and folders of those. Each yields articles or one clear error per
 * bad input, naming the file (and line); a bad input never stops the others.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import type { Article } from '../model/types.js';
import { openJsonLines, readLines, utf16Bom } from './lines.js';
import { articleFromJson, contentHash, InputError, MAX_ARTICLE_CHARS, missingInput, normalizePublished, parseArticleLine } from './records.js';
import { decodeHtmlBytes, extractArticle } from './html.js';

/**
 * An article read, or why one could not be. `idFromName`: the id is the file's name without its folder ("index" of
 * site/a/index.html), which another file of the same name may have too (see `nameIdFor`).
 */
export type Item = { where: string; article: Article; idFromName?: boolean } | { where: string; error: string };

/**
 * The id a file's article is stored under when its name's id is taken by another text: the name and the start of the
 * content hash ("index-3f2a9c1d"), the same on every run, so re-ingesting the file finds it stored.
 */
export function nameIdFor(article: Article): string {
  return `${article.id}-${(article.hash ?? '').slice(0, 8)}`;
}

/** What is already held where a file's article would go: stored, queued, or read earlier in the same run. */
export interface HeldIds {
  /** the id the text of this content hash is held under, if any */
  idOfContent(hash: string): Promise<string | undefined> | string | undefined;
  /** the content hash of the text held under this id, if any */
  contentOfId(id: string): Promise<string | undefined> | string | undefined;
}

/**
 * The ids and texts given out so far in one run (not all stored or queued yet), consulted before what `held` holds:
 * `remember` each article's id and hash as it is given out (the first id of a text and the first text of an id stay).
 */
export class RunIds implements HeldIds {
  private readonly ids = new Map<string, string>();
  private readonly hashes = new Map<string, string>();
  constructor(private readonly held?: HeldIds) {}
  async idOfContent(hash: string): Promise<string | undefined> {
    return this.hashes.get(hash) ?? (await this.held?.idOfContent(hash));
  }
  async contentOfId(id: string): Promise<string | undefined> {
    return this.ids.get(id) ?? (await this.held?.contentOfId(id));
  }
  remember(id: string, hash: string): void {
    if (!this.hashes.has(hash)) this.hashes.set(hash, id);
    if (!this.ids.has(id)) this.ids.set(id, hash);
  }
}

/**
 * The id an article named after its file (`idFromName`) goes under: the name's id, or `nameIdFor` when the name's id
 * already holds another text (a/index.html and b/index.html); undefined when its text is held under `nameIdFor` already
 * (nothing to add). One rule for `ingest`, `ingest --queue` and `extract`.
 */
export async function idForNamed(article: Article, held: HeldIds): Promise<string | undefined> {
  const hash = article.hash ?? '';
  const alt = nameIdFor(article);
  const at = await held.idOfContent(hash);
  if (at === alt) return undefined;
  // (also when the text is held under another id: the name's id may still hold another text)
  if (at !== article.id) {
    const before = await held.contentOfId(article.id);
    if (before !== undefined && before !== hash) return alt;
  }
  return article.id;
}

/** Biggest single file read whole (text, HTML, feeds); JSON Lines files are streamed and have no limit. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

type Format = 'jsonl' | 'json' | 'text' | 'html' | 'feed';

export function formatOf(file: string): Format | undefined {
  const f = file.toLowerCase();
  if (/\.(jsonl|ndjson)(\.gz)?$/.test(f)) return 'jsonl';
  if (f.endsWith('.json')) return 'json';
  if (/\.(txt|text|md)$/.test(f)) return 'text';
  if (/\.(html?|xhtml)(\.gz)?$/.test(f)) return 'html';
  if (/\.(rss|atom|xml|feed)$/.test(f)) return 'feed';
  return undefined;
}

const FOLDER_DOCS = /^(readme|license|licence|changelog|contributing)(\.[a-z]+)?$/i;

/** Files under the given paths, folders walked recursively in name order, hidden entries skipped. */
export function* listInputs(paths: string[]): Generator<{ file: string; error?: string }> {
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      yield { file: p, error: missingInput(p) };
      continue;
    }
    if (st.isDirectory()) yield* walk(p);
    else yield { file: p };
  }
}

function* walk(dir: string): Generator<{ file: string; error?: string }> {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    yield { file: dir, error: `cannot read folder: ${(e as Error).message}` };
    return;
  }
  for (const name of names) {
    // hidden entries, dependencies, and a folder's own documentation are not articles
    if (name.startsWith('.') || name === 'node_modules' || FOLDER_DOCS.test(name)) continue;
    const full = join(dir, name);
    let st;
    try {
      st = statSync(full);
    } catch {
      continue;
    }
    if (st.isDirectory()) yield* walk(full);
    else if (formatOf(name)) yield { file: full };
  }
}

/** Reads every article in the given files and folders. */
/** How far a run of `readSources` has read: the bytes of input behind the last item yielded. */
export interface ReadProgress {
  bytes: number;
}

/** The bytes of all the input files under `paths` (what `ReadProgress.bytes` counts up to). */
export function inputBytes(paths: string[]): number {
  let n = 0;
  for (const { file, error } of listInputs(paths)) {
    if (error) continue;
    try {
      n += statSync(file).size;
    } catch {
      // gone since it was listed: the reader reports it
    }
  }
  return n;
}

export async function* readSources(paths: string[], progress?: ReadProgress): AsyncGenerator<Item> {
  for (const { file, error } of listInputs(paths)) {
    if (error) {
      yield { where: file, error };
      continue;
    }
    yield* readFile(file, progress);
  }
}

export async function* readFile(file: string, progress?: ReadProgress): AsyncGenerator<Item> {
  const format = formatOf(file);
  if (!format) {
    yield { where: file, error: `unknown file type "${extname(file) || basename(file)}" (expected .jsonl, .jsonl.gz, .json, .txt, .md, .html, .html.gz, .rss, .atom, .xml)` };
    return;
  }
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    yield { where: file, error: 'no such file' };
    return;
  }
  if (size === 0) {
    yield { where: file, error: 'empty file' };
    return;
  }
  if (format === 'jsonl') {
    yield* readJsonLines(file, progress);
    return;
  }
  // a file read whole counts as read before its first item
  if (progress) progress.bytes += size;
  if (size > MAX_FILE_BYTES) {
    yield { where: file, error: `file is ${(size / 1048576).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1048576} MiB limit for one ${format} file` };
    return;
  }
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    yield { where: file, error: `cannot read: ${(e as Error).message}` };
    return;
  }
  try {
    if (format === 'html') {
      yield { where: file, article: fromHtml(buf, file), idFromName: true };
    } else if (format === 'text') {
      yield { where: file, article: fromText(decodeText(buf), file), idFromName: true };
    } else if (format === 'json') {
      yield* fromJsonFile(decodeText(buf), file);
    } else {
      yield* fromFeed(decodeText(buf), file);
    }
  } catch (e) {
    yield { where: file, error: (e as Error).message };
  }
}

async function* readJsonLines(file: string, progress?: ReadProgress): AsyncGenerator<Item> {
  // records read, and lines reported as errors: a file whose every line was reported needs no "no articles found" besides
  let n = 0;
  let bad = 0;
  try {
    // a gzipped file's progress counts the bytes of the file, not of its lines
    const { stream, gzipped } = openJsonLines(file, progress ? (n) => (progress.bytes += n) : undefined);
    for await (const line of readLines(stream)) {
      const where = `${file}:${line.lineNo}`;
      if (progress && !gzipped) progress.bytes += line.bytes;
      if ('error' in line) {
        bad++;
        yield { where, error: line.error };
        continue;
      }
      if (line.text.trim() === '') continue;
      try {
        const article = parseArticleLine(line.text);
        n++;
        yield { where, article };
      } catch (e) {
        bad++;
        yield { where, error: (e as Error).message };
      }
    }
  } catch (e) {
    // a file that cannot be opened or read (no permission, a folder, an I/O error) is one error line; the other files go on
    yield { where: file, error: `cannot read: ${(e as Error).message}` };
    return;
  }
  if (n === 0 && bad === 0) yield { where: file, error: 'no articles found' };
}

/** Strict UTF-8 (a BOM is dropped), or UTF-16 after its BOM; binary data and invalid bytes are errors, not mojibake. */
export function decodeText(buf: Buffer): string {
  // UTF-16 with its byte order mark (Windows PowerShell's `>` writes it)
  const utf16 = utf16Bom(buf);
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(buf);
    } catch {
      throw new InputError('invalid UTF-16');
    }
  }
  const probe = buf.subarray(0, 8192);
  if (probe.indexOf(0) !== -1) throw new InputError('binary data (NUL bytes), not text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new InputError('invalid UTF-8');
  }
}

/** The id of a file's article: its name without its folder and its type ("index" of site/a/index.html; "notes.v2" of notes.v2.txt). */
export function nameId(file: string): string {
  return basename(file).replace(/\.(html?|xhtml)(\.gz)?$|\.[^.]+$/i, '');
}

function finish(a: Omit<Article, 'hash'>): Article {
  if (a.text.trim() === '') throw new InputError('no text');
  if (a.text.length > MAX_ARTICLE_CHARS) throw new InputError(`text has ${a.text.length} characters, over the limit of ${MAX_ARTICLE_CHARS}`);
  return { ...a, hash: contentHash(a.text) };
}

/** Plain text: the first line is the title when a blank line follows it. */
export function fromText(text: string, file: string): Article {
  const t = text.replace(/\r\n?/g, '\n').trim();
  const m = /^([^\n]{1,200})\n\s*\n/.exec(t);
  const title = m ? m[1].trim() : undefined;
  return finish({ id: nameId(file), text: t, ...(title ? { title } : {}) });
}

function fromHtml(buf: Buffer, file: string): Article {
  const html = decodeHtmlBytes(buf, file);
  const x = extractArticle(html);
  const a: Omit<Article, 'hash'> = { id: nameId(file), text: x.text, title: x.title };
  if (x.url) a.url = x.url;
  if (x.byline) a.byline = x.byline;
  const published = safeDate(x.published);
  if (published) a.published = published;
  return finish(a);
}

function* fromJsonFile(text: string, file: string): Generator<Item> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // maybe JSON Lines under a .json name
    const lines = text.split('\n');
    if (lines.length > 1) {
      let n = 0;
      for (let i = 0; i < lines.length; i++) {
        if (!lines[i].trim()) continue;
        try {
          yield { where: `${file}:${i + 1}`, article: parseArticleLine(lines[i]) };
          n++;
        } catch (err) {
          yield { where: `${file}:${i + 1}`, error: (err as Error).message };
        }
      }
      if (n > 0) return;
    }
    throw new InputError(`not valid JSON (${(e as Error).message.slice(0, 80)})`);
  }
  const items = Array.isArray(value) ? value : [value];
  for (let i = 0; i < items.length; i++) {
    const where = Array.isArray(value) ? `${file}[${i}]` : file;
    try {
      yield { where, article: articleFromJson(items[i]) };
    } catch (e) {
      yield { where, error: (e as Error).message };
    }
  }
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  cdataPropName: '#cdata',
  processEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function* fromFeed(text: string, file: string): Generator<Item> {
  let doc: Record<string, unknown>;
  try {
    doc = xml.parse(text, true) as Record<string, unknown>;
  } catch (e) {
    throw new InputError(`not a valid RSS/Atom feed (${String((e as Error).message).split('\n')[0].slice(0, 100)})`);
  }
  const rss = doc.rss as Record<string, unknown> | undefined;
  const channel = (rss?.channel ?? (doc['rdf:RDF'] as Record<string, unknown> | undefined)) as Record<string, unknown> | undefined;
  const feed = doc.feed as Record<string, unknown> | undefined;
  const items = (channel?.item ?? (doc['rdf:RDF'] as Record<string, unknown> | undefined)?.item ?? feed?.entry) as Array<Record<string, unknown>> | undefined;
  if (!items) throw new InputError('not an RSS or Atom feed (no <item> or <entry>)');
  const feedTitle = textOf(channel?.title ?? feed?.title);
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const where = `${file}: item ${i + 1}`;
    try {
      const body = textOf(it['content:encoded'] ?? it.content ?? it.description ?? it.summary);
      const title = htmlToText(textOf(it.title)).trim();
      const url = linkOf(it.link);
      const text = htmlToText(body);
      if (!text.trim()) throw new InputError('item has no text');
      const guid = textOf(it.guid ?? it.id) || url;
      const a: Omit<Article, 'hash'> = {
        id: guid ? 'feed-' + contentHash(guid).slice(0, 16) : 'feed-' + contentHash(text).slice(0, 16),
        text,
        title: title || undefined,
        url,
        source: feedTitle || undefined,
      };
      const published = safeDate(textOf(it.pubDate ?? it.published ?? it.updated ?? it['dc:date']));
      if (published) a.published = published;
      const author = textOf(it.author ?? it['dc:creator']);
      if (author) a.byline = author;
      yield { where, article: finish(a) };
    } catch (e) {
      yield { where, error: (e as Error).message };
    }
  }
}

function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('#cdata' in o) return textOf(o['#cdata']);
    if ('#text' in o) return textOf(o['#text']);
    if ('name' in o) return textOf(o.name);
  }
  return '';
}

function linkOf(v: unknown): string | undefined {
  const links = Array.isArray(v) ? v : v === undefined ? [] : [v];
  for (const l of links) {
    if (typeof l === 'string' && l.trim()) return l.trim();
    if (l && typeof l === 'object') {
      const o = l as Record<string, unknown>;
      const rel = o['@rel'];
      if (typeof o['@href'] === 'string' && (rel === undefined || rel === 'alternate')) return o['@href'];
      const t = textOf(o);
      if (t) return t.trim();
    }
  }
  return undefined;
}

function safeDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  try {
    return normalizePublished(s);
  } catch {
    return undefined;
  }
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'FIGCAPTION']);

/** An HTML fragment (feed item content) to plain text: one paragraph per block, blank lines between. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, iframe'))) el.remove();
  const paras: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) paras.push(t);
    cur = '';
  };
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) cur += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'BR') cur += ' ';
        const block = BLOCKS.has(tag);
        if (block) flush();
        visit(child);
        if (block) flush();
      }
    }
  };
  visit(document.body);
  flush();
  return paras.join('\n\n');
}
