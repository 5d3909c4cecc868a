/**
 * Publication dates as the input gives them: the publication's own local day and offset are kept (its "tonight" and
 * "tomorrow" count from that day), and an impossible date is a clear error for its record, never stored.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../src/ingest/html.js';
import { readFile, type Item } from '../src/ingest/readers.js';
import { articleFromJson, normalizePublished } from '../src/ingest/records.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-dates-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function items(name: string, content: string): Promise<Item[]> {
  const p = join(dir, name);
  writeFileSync(p, content);
  const out: Item[] = [];
  for await (const it of readFile(p)) out.push(it);
  return out;
}

describe('publication dates', () => {
  it('keeps an RSS date\'s own day and offset', async () => {
    expect(normalizePublished('Mon, 10 Jun 2024 21:00:00 -0500')).toBe('2024-06-10T21:00:00-05:00');
    expect(normalizePublished('Tue, 11 Jun 2024 07:30 +0930')).toBe('2024-06-11T07:30:00+09:30');
    expect(normalizePublished('Mon, 10 Jun 2024 21:00:00 EDT')).toBe('2024-06-10T21:00:00-04:00');
    expect(normalizePublished('Thu, 03 Jul 2025 10:00:00 GMT')).toBe('2025-07-03T10:00:00Z');
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
      <item><title>One</title><guid>1</guid><pubDate>Mon, 10 Jun 2024 21:00:00 -0500</pubDate><description>The vote is tonight.</description></item>
    </channel></rss>`;
    const [it] = await items('late.rss', feed);
    expect('article' in it && it.article.published).toBe('2024-06-10T21:00:00-05:00');
  });

  it('keeps an HTML page\'s published_time with its own offset', () => {
    const html = `<!doctype html><html><head><title>Late vote</title>
      <meta property="article:published_time" content="2024-05-07T22:15-07:00"></head>
      <body><article><h1>Late vote</h1><p>${'The council voted late on Tuesday night to approve the new harbour bridge after a long debate. '.repeat(4)}</p>
      <p>${'Residents said they would appeal the decision in the coming weeks, according to the group. '.repeat(4)}</p></article></body></html>`;
    expect(extractArticle(html).published).toBe('2024-05-07T22:15-07:00');
  });

  it('rejects impossible dates with a clear error naming the date', () => {
    for (const [d, why] of [
      ['2024-13-45', 'no month 13'],
      ['2024-02-30', 'February 2024 has no day 30'],
      ['2023-02-29', 'February 2023 has no day 29'],
      ['2024-00-00', 'no month 0'],
      ['2024-04-31T10:00:00Z', 'April 2024 has no day 31'],
      ['2024-03-05T25:99:00Z', 'no hour 25'],
      ['2024-03-05T23:99:00Z', 'no minute 99'],
      ['Fri, 30 Feb 2024 10:00:00 GMT', 'February 2024 has no day 30'],
    ]) {
      expect(() => articleFromJson({ id: 'x', text: 'Some text.', published: d }), d).toThrow(`"published" is not a possible date: "${d}" (`);
      expect(() => normalizePublished(d), d).toThrow(why);
    }
    expect(normalizePublished('2024-02-29')).toBe('2024-02-29');
    expect(normalizePublished('2024-03-05T23:59:59.5+14:00')).toBe('2024-03-05T23:59:59.5+14:00');
  });

  it('reports an impossible date as an error of its line and stores the rest', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'First story.', published: '2024-06-10' }),
      JSON.stringify({ id: 'b', text: 'Second story.', published: '2024-13-45' }),
      JSON.stringify({ id: 'c', text: 'Third story.', published: '2024-02-30' }),
    ];
    const got = await items('dates.jsonl', lines.join('\n'));
    expect(got.map((x) => ('article' in x ? x.article.id : x.error))).toEqual([
      'a',
      '"published" is not a possible date: "2024-13-45" (there is no month 13)',
      '"published" is not a possible date: "2024-02-30" (February 2024 has no day 30)',
    ]);
  });

  it('drops an impossible date of a page, as it drops one it cannot read', () => {
    const html = `<!doctype html><html><head><title>T</title><meta property="article:published_time" content="2024-02-30"></head>
      <body><article><p>${'The council voted late on Tuesday night to approve the new harbour bridge after a long debate. '.repeat(6)}</p></article></body></html>`;
    expect(extractArticle(html).published).toBeUndefined();
  });
});

describe('publication dates in other formats', () => {
  // Date.parse reads a date with no zone in this machine's zone: east of UTC "March 5" was stored as March 4
  const cases: Array<[string, string]> = [
    ['March 5, 2024', '2024-03-05'],
    ['Tuesday, March 5, 2024 10:30 PM', '2024-03-05T22:30:00'],
    ['2024/03/05', '2024-03-05'],
    ['Mar. 5, 2024', '2024-03-05'],
  ];
  for (const tz of ['Asia/Tokyo', 'America/New_York', 'UTC']) {
    it(`keeps the written day and time of a date without a zone, on a machine in ${tz}`, () => {
      const before = process.env.TZ;
      process.env.TZ = tz;
      try {
        for (const [s, want] of cases) expect(normalizePublished(s), s).toBe(want);
        // a zone written in the date still gives the instant
        expect(normalizePublished('March 5, 2024 10:00 PST')).toBe('2024-03-05T18:00:00.000Z');
        expect(normalizePublished('March 5, 2024 10:00 +0200')).toBe('2024-03-05T08:00:00.000Z');
      } finally {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      }
    });
  }

  it('stores a record\'s "published" of another format as the written day', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    try {
      expect(articleFromJson({ id: 'd1', text: 'The vote is tonight.', published: 'June 10, 2024' }).published).toBe('2024-06-10');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
