import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventKey } from '../src/corpus/events.js';
import { openStore } from '../src/store/open.js';
import { contentHash } from '../src/ingest/records.js';
import type { Analysis, Article, Event } from '../src/model/types.js';
import { toGdeltRows } from '../src/extract/events/gdelt.js';

const call = (time?: string): Event => ({
  start: 0, end: 10, code: '041', modality: 'asserted', rule: 't', confidence: 1, time,
  source: { name: 'Donald Trump', cameo: 'USAGOV' }, target: { name: 'Vladimir Putin', cameo: 'RUSGOV' },
});

describe('reports and events', () => {
  it('one key per code, actors and day, whatever the spelling of the names', () => {
    const a = { published: '2025-07-03T18:00:00Z' };
    const b = { published: '2025-07-03' };
    expect(eventKey(a, call())).toBe(eventKey(b, { ...call(), source: { name: 'DONALD TRUMP' } }));
    expect(eventKey({ published: '2025-07-09' }, call('2025-07-03'))).toBe(eventKey(a, call())); // a later article dating the same call
    expect(eventKey({ published: '2025-07-09' }, call())).not.toBe(eventKey(a, call()));
    expect(eventKey(a, { ...call(), code: '042' })).not.toBe(eventKey(a, call()));
    // linked actors use their corpus key: "Trump" in one article is "Donald Trump" in another
    const linked = eventKey(a, { ...call(), source: { name: 'Trump', entity: 'e1' } }, (x) => (x.entity === 'e1' ? 'per:donald trump' : undefined));
    expect(linked).toBe(eventKey(a, call()));
  });
});

describe('GDELT rows', () => {
  it('write a role of no known country as the role alone, as GDELT does', () => {
    const a: Article = { id: 'g', text: 'x', hash: 'h', published: '2025-07-03' };
    const e: Event = { ...call(), source: { name: 'Speaker Johnson', cameo: '---LEG' } };
    const an: Analysis = { id: 'g', version: 't', paragraphs: [], sentences: [], tokens: [], entities: [], actors: [], times: [], quotes: [], claims: [], findings: [], events: [e] };
    const [row] = toGdeltRows(a, an);
    expect(row.slice(5, 8)).toEqual(['LEG', 'SPEAKER JOHNSON', '']);
    expect(row[12]).toBe('LEG');
  });
});

describe('readout export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const BIN = join(import.meta.dirname, '..', 'bin', 'readout.js');

  it('writes GDELT rows with one row per event and its report counts; denied events are left out', async () => {
    const db = join(dir, 'e.db');
    const store = await openStore(db);
    const art = (id: string, source: string, text: string): Article => ({ id, source, text, hash: contentHash(text), published: '2025-07-03', url: `https://example.org/${id}` });
    const analysis = (a: Article, events: Event[]): Analysis => ({
      id: a.id, version: 't', paragraphs: [], sentences: [], tokens: [], entities: [], actors: [], times: [], quotes: [], claims: [], findings: [], events,
    });
    const wh = art('wh', 'White House', 'President Trump spoke with President Putin by telephone.');
    const kr = art('kr', 'Kremlin', 'Vladimir Putin had a telephone conversation with Donald Trump. Russia did not halt deliveries.');
    await store.putArticle(wh, analysis(wh, [call()]));
    await store.putArticle(kr, analysis(kr, [call(), { ...call(), code: '1623', modality: 'denied' }]));
    expect((await store.putArticle({ ...wh, id: 'wh-copy', source: 'Courier' }, analysis(wh, [call()]))).copy).toBe(true);
    await store.close();
    const r = spawnSync(process.execPath, [BIN, 'export', '--db', db, '--format', 'gdelt', '--header'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(header).toHaveLength(61);
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
    expect(row).toMatchObject({
      Day: '20250703', Actor1Code: 'USAGOV', Actor1CountryCode: 'USA', Actor1Type1Code: 'GOV', Actor2Code: 'RUSGOV',
      EventCode: '041', EventBaseCode: '041', EventRootCode: '04', QuadClass: '1', NumMentions: '3', NumArticles: '3', NumSources: '3',
    });
    const bad = spawnSync(process.execPath, [BIN, 'export', '--db', db, '--format', 'csv'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--format must be gdelt or jsonl');
  });

  it('writes only an http(s) url as SOURCEURL', async () => {
    const db = join(dir, 'urls.db');
    const store = await openStore(db);
    const put = async (id: string, url: string | undefined, text: string) => {
      const a: Article = { id, source: 'Wire', text, hash: contentHash(text), published: '2025-07-03', ...(url ? { url } : {}) };
      await store.putArticle(a, { id, version: 't', paragraphs: [], sentences: [], tokens: [], entities: [], actors: [], times: [], quotes: [], claims: [], findings: [], events: [{ ...call(), code: id === 'js' ? '042' : id === 'web' ? '043' : '040' }] });
    };
    await put('js', 'javascript:alert(1)', 'One text.');
    await put('web', 'https://example.org/a', 'Two text.');
    await put('none', undefined, 'Three text.');
    await store.close();
    const r = spawnSync(process.execPath, [BIN, 'export', '--db', db, '--format', 'gdelt', '--header'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    const url = Object.fromEntries(rows.map((row) => [row[header.indexOf('EventCode')], row[header.indexOf('SOURCEURL')]]));
    expect(url).toEqual({ '042': '', '043': 'https://example.org/a', '040': '' });
  });

  it('refuses an output path it cannot write with one clear line, exit 1 and no file left', async () => {
    const db = join(dir, 'out.db');
    const store = await openStore(db);
    await store.close();
    for (const [out, why] of [
      [join(dir, 'nonexistent', 'out.tsv'), `no such folder ${join(dir, 'nonexistent')}`],
      [dir, 'it is a folder'],
    ]) {
      const r = spawnSync(process.execPath, [BIN, 'export', '--db', db, '--format', 'gdelt', '-o', out], { encoding: 'utf8' });
      expect(r.status, out).toBe(1);
      expect(r.stderr).toBe(`readout: -o ${out}: cannot write the export: ${why}\n`);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // a good path gets the whole file
    const ok = spawnSync(process.execPath, [BIN, 'export', '--db', db, '--format', 'gdelt', '--header', '-o', join(dir, 'ok.tsv')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(readFileSync(join(dir, 'ok.tsv'), 'utf8').split('\t')).toHaveLength(61);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
