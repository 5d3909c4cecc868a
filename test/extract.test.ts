import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { register } from '../src/cli/extract.js';
import { decodeHtmlBytes, ExtractError, extractArticle } from '../src/ingest/html.js';

const dir = join(import.meta.dirname, 'fixtures/html');
const load = (name: string): string => decodeHtmlBytes(readFileSync(join(dir, name)), name);

describe('extractArticle', () => {
  it('keeps the article body and drops the page furniture around it', () => {
    const a = extractArticle(load('harbour-bridge.html'));
    expect(a.title).toBe('Council approves harbour footbridge after years of delay');
    expect(a.text).toMatch(/^The city council voted on Wednesday night/);
    expect(a.text).toContain('The fifth study would have cost more than the first span of the bridge.');
    expect(a.text).toMatch(/whether to challenge the plan\.$/);
    for (const boiler of [
      'cookies', 'Accept all', 'Sport', 'Advertisement', 'Share on', "artist's impression", 'Photo:',
      'Ferry timetable', 'Read more', 'newsletter', 'harbourwatcher', 'white elephant', 'Most read',
      'All rights reserved', 'By Maria', 'Related', 'Home',
    ]) {
      expect(a.text, boiler).not.toContain(boiler);
    }
  });

  it('separates paragraphs by a blank line and normalizes whitespace inside them', () => {
    const a = extractArticle(load('harbour-bridge.html'));
    const paras = a.text.split('\n\n');
    expect(paras).toHaveLength(5);
    expect(paras[1]).toBe(
      'Councillors backed the plan by nine votes to four after a three-hour debate in which residents of the eastern quarter urged them to stop studying the idea and start building.',
    );
    for (const p of paras) expect(p).not.toMatch(/\s{2,}|\n|^\s|\s$/);
  });

  it('reads the publication date, byline and url from the page metadata', () => {
    const a = extractArticle(load('harbour-bridge.html'));
    expect(a.published).toBe('2024-03-14T09:30:00+00:00');
    expect(a.byline).toBe('Maria Lindqvist');
    expect(a.url).toBe('https://courier.example/news/2024/03/harbour-footbridge');
    expect(extractArticle(load('harbour-bridge.html'), { url: 'https://x.example/a' }).url).toBe('https://x.example/a');
  });

  it('keeps embedded posts quoted in the story and reads JSON-LD metadata', () => {
    const a = extractArticle(load('tweet-embed.html'));
    expect(a.text).toContain('The light is on for the last time with a keeper at the top.');
    expect(a.text).toContain('Hundreds of people gathered on the cliffs');
    expect(a.text).not.toContain('WhatsApp');
    expect(a.text).not.toContain('Sign in');
    expect(a.published).toBe('2023-11-02');
    expect(a.byline).toBe('Tom Okafor');
  });

  it('throws ExtractError when the page has no article', () => {
    expect(() => extractArticle(load('navigation-only.html'))).toThrow(ExtractError);
    expect(() => extractArticle(load('navigation-only.html'))).toThrow('no article body found');
    expect(() => extractArticle('<html><body></body></html>')).toThrow('no article body found');
    expect(() => extractArticle('')).toThrow(ExtractError);
  });
});

describe('decodeHtmlBytes', () => {
  it('gunzips .html.gz pages', () => {
    const html = load('gzipped-page.html.gz');
    expect(html).toContain('<html');
    expect(extractArticle(html).text).toContain('Agnes Moreau, 67, has kept the light');
  });

  it('gunzips by magic bytes whatever the name', () => {
    const gz = gzipSync(Buffer.from('<html><body><p>Bonjour</p></body></html>'));
    expect(decodeHtmlBytes(gz, 'page.html')).toContain('Bonjour');
  });

  it('honours a latin-1 charset declaration', () => {
    const html = load('latin1-page.html');
    const a = extractArticle(html);
    expect(a.title).toBe('La fête du village attire des milliers de visiteurs');
    expect(a.text).toContain('Saint-Étienne-du-Lac a attiré plus de huit mille visiteurs');
    expect(a.text).toContain('«\u00a0Nous'.replace('\u00a0', ' '));
    expect(a.published).toBe('2022-08-15T07:45:00+02:00');
  });

  it('falls back to windows-1252 for undeclared non-UTF-8 bytes and honours a BOM', () => {
    const latin = Buffer.from('<html><body><p>Caf\u00e9 cr\u00e8me \u20ac5</p></body></html>', 'latin1');
    // \u20ac is not latin-1; build real windows-1252 bytes for the euro sign
    latin[latin.indexOf(0xac)] = 0x80;
    expect(decodeHtmlBytes(latin, 'x.html')).toContain('Café crème €5');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>naïve</p>')]);
    expect(decodeHtmlBytes(bom, 'x.html')).toBe('<p>naïve</p>');
  });

  it('rejects binary, empty, non-HTML and broken gzip input with a clear message', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeHtmlBytes(png, 'image.html')).toThrow(/binary/);
    expect(() => decodeHtmlBytes(Buffer.alloc(0), 'empty.html')).toThrow(/empty/);
    expect(() => decodeHtmlBytes(Buffer.from('just some words, no markup'), 'a.html')).toThrow(/not an HTML file/);
    expect(() => decodeHtmlBytes(Buffer.from('not gzip at all'), 'a.html.gz')).toThrow(/gzip/);
    expect(() => decodeHtmlBytes(png, 'image.html')).toThrow(ExtractError);
  });
});

describe('readout extract', () => {
  let out: string[];
  let err: string[];
  let tmp: string;

  beforeEach(() => {
    out = [];
    err = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      err.push(String(chunk));
      return true;
    });
    process.exitCode = undefined;
    tmp = mkdtempSync(join(tmpdir(), 'readout-extract-'));
  });

  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
    rmSync(tmp, { recursive: true, force: true });
  });

  const run = async (...args: string[]): Promise<void> => {
    const program = new Command().exitOverride();
    register(program);
    await program.parseAsync(['node', 'readout', 'extract', ...args]);
  };

  it('writes one JSON line per page', async () => {
    await run(join(dir, 'harbour-bridge.html'), join(dir, 'gzipped-page.html.gz'));
    expect(out).toHaveLength(2);
    const [a, b] = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(a).sort()).toEqual(['byline', 'file', 'id', 'published', 'text', 'title', 'url']);
    expect(a.id).toBe('harbour-bridge');
    expect(a.file).toBe(join(dir, 'harbour-bridge.html'));
    expect(a.published).toBe('2024-03-14T09:30:00+00:00');
    expect(b.id).toBe('gzipped-page');
    expect(String(b.text)).toContain('Agnes Moreau');
    expect(out.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    expect(process.exitCode).toBeUndefined();
  });

  it('reports a failing page on one stderr line, goes on, and sets exit status 1', async () => {
    await run(join(dir, 'navigation-only.html'), join(tmp, 'missing.html'), join(dir, 'latin1-page.html'));
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]).id).toBe('latin1-page');
    expect(err).toEqual([
      `readout extract: ${join(dir, 'navigation-only.html')}: no article body found\n`,
      `readout extract: ${join(tmp, 'missing.html')}: no such file\n`,
    ]);
    expect(process.exitCode).toBe(1);
  });

  it('processes the HTML files inside directories recursively, sorted by name', async () => {
    const page = readFileSync(join(dir, 'harbour-bridge.html'));
    writeFileSync(join(tmp, 'b.html'), page);
    writeFileSync(join(tmp, 'a.html.gz'), gzipSync(page));
    writeFileSync(join(tmp, 'notes.txt'), 'not a page');
    const sub = join(tmp, 'c-sub');
    rmSync(sub, { recursive: true, force: true });
    (await import('node:fs')).mkdirSync(sub);
    writeFileSync(join(sub, 'z.htm'), page);
    await run(tmp);
    expect(out.map((l) => JSON.parse(l).id)).toEqual(['a', 'b', 'z']);
    expect(err).toEqual([]);
  });

  it('gives a page of the same name as an earlier one, with another text, the id ingest gives it', async () => {
    const page = (who: string) =>
      `<html><head><title>${who}</title></head><body><article><h1>${who} speaks</h1><p>${who} said on Monday that the old ferry pier would be rebuilt before the autumn gales, and that the town council had found the money for it.</p></article></body></html>`;
    for (const sub of ['may', 'june', 'july']) (await import('node:fs')).mkdirSync(join(tmp, sub));
    writeFileSync(join(tmp, 'may', 'index.html'), page('Warden Tove Aalto'));
    writeFileSync(join(tmp, 'june', 'index.html'), page('Warden Ilse Brandt'));
    // the same page again under another folder: the same text, the same id
    writeFileSync(join(tmp, 'july', 'index.html'), page('Warden Tove Aalto'));
    writeFileSync(join(tmp, 'notes.v2.html'), page('Keeper Ods Lunde'));
    await run(join(tmp, 'may'), join(tmp, 'june'), join(tmp, 'july'), join(tmp, 'notes.v2.html'));
    const recs = out.map((l) => JSON.parse(l) as { id: string; text: string });
    const { contentHash } = await import('../src/ingest/records.js');
    // before: "index" three times
    expect(recs.map((r) => r.id)).toEqual(['index', `index-${contentHash(recs[1].text).slice(0, 8)}`, 'index', 'notes.v2']);
    expect(err).toEqual([]);
  });
});
