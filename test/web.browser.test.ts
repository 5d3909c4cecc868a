/**
 * The UI in a real browser (Debian's Chromium through playwright-core): hostile article text
 * shows as text and runs nothing, highlights sit at their offsets, the quotes page filters by
 * speaker. Skipped when /usr/bin/chromium is not installed.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { buildApp } from '../src/server/app.js';
import { analyze } from '../src/analyze.js';
import { at, buildWeb, calm, fixtureStore, hostile, hostileAnalysis, HOSTILE_TEXT } from './web.fixture.js';
import { contentHash } from '../src/ingest/records.js';
import type { Analysis, Article } from '../src/model/types.js';
import type { Store } from '../src/store/store.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`web.browser.test: SKIPPED — ${CHROMIUM} not found (apt-get install chromium to run the browser checks)`);

interface Seg {
  cls: string;
  start: number;
  end: number;
  text: string;
}

describe.skipIf(!haveChromium)('web: the UI in Chromium', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  let cleanup: () => Promise<void>;
  let store: Store;
  const dialogs: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    buildWeb();
    const fx = await fixtureStore();
    store = fx.store;
    cleanup = fx.cleanup;
    app = await buildApp({ store: fx.store });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push('console: ' + m.text());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanup?.();
  });

  async function open(hash: string, selector: string): Promise<void> {
    await page.goto(base + '/' + hash);
    await page.waitForSelector(selector, { timeout: 10_000 });
  }

  it('shows hostile article text and title literally and runs none of it', async () => {
    await open('#/article/' + hostile.id, '#reader-text');
    const shown = await page.$eval('#reader-text', (el) => [...el.querySelectorAll('p')].map((p) => p.textContent).join('\n\n'));
    expect(shown).toBe(HOSTILE_TEXT);
    expect(await page.$eval('.article-head h1', (el) => el.textContent)).toBe(hostile.title);
    expect(await page.$$eval('main script, main img, main b', (els) => els.length)).toBe(0);
    // the javascript: URL is not a link
    expect(await page.$$eval('a[href^="javascript"]', (els) => els.length)).toBe(0);
    expect(await page.$$eval('a.ext', (els) => els.length)).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('highlights quotes, speakers, cues, names and dates at their offsets, nested inside each other', async () => {
    await open('#/article/' + hostile.id, '#reader-text .seg');
    const segs: Seg[] = await page.$$eval('#reader-text .seg', (els) =>
      els.map((el) => ({ cls: el.className, start: Number((el as HTMLElement).dataset.start), end: Number((el as HTMLElement).dataset.end), text: el.textContent ?? '' })),
    );
    for (const s of segs) expect(s.text).toBe(HOSTILE_TEXT.slice(s.start, s.end));
    const joined = (cls: string) => segs.filter((s) => s.cls.split(' ').includes(cls));
    const spanOf = (list: Seg[]) => ({ start: Math.min(...list.map((s) => s.start)), end: Math.max(...list.map((s) => s.end)) });
    const quoteText = 'Oslo will not pay <script>window.__xss=1</script> for this.';
    const q = joined('q');
    expect(spanOf(q.filter((s) => s.start < HOSTILE_TEXT.indexOf('\n')))).toEqual(at(HOSTILE_TEXT, quoteText));
    expect(joined('qs').map((s) => s.text)).toEqual(['Anna Berg', 'Berg']);
    expect(joined('qs')[0]).toMatchObject(at(HOSTILE_TEXT, 'Anna Berg'));
    expect(joined('qc').map((s) => s.text)).toEqual(['said', 'added']);
    expect(joined('tx').map((s) => s.text)).toEqual(['on Monday']);
    expect(joined('tx')[0]).toMatchObject(at(HOSTILE_TEXT, 'on Monday'));
    // "Oslo" is a place inside the quote: one piece with both layers; the speaker is a person and a speaker
    const oslo = segs.find((s) => s.text === 'Oslo' && s.cls.includes('q'));
    expect(oslo?.cls).toMatch(/\bm-LOC\b/);
    expect(oslo).toMatchObject(at(HOSTILE_TEXT, 'Oslo'));
    expect(joined('qs')[0].cls).toMatch(/\bm-PER\b/);
    // the indirect quote in the second paragraph ends in a place name
    const second = q.filter((s) => s.start > HOSTILE_TEXT.indexOf('\n'));
    expect(spanOf(second)).toEqual(at(HOSTILE_TEXT, 'talks would resume in Oslo'));
  });

  it('hovering a quote in the panel highlights it and its speaker; layers toggle', async () => {
    await open('#/article/' + hostile.id, '.quote-card');
    await page.hover('.quote-card[data-quote="0"]');
    const focus = await page.$$eval('#reader-text .focus', (els) => els.map((e) => e.textContent).join(''));
    expect(focus).toContain('Oslo will not pay <script>');
    expect(await page.$$eval('#reader-text .focus-speaker', (els) => els.map((e) => e.textContent))).toEqual(['Anna Berg']);
    await page.click('input[data-layer="PER"]');
    expect(await page.$eval('#reader-text', (el) => el.classList.contains('hide-PER'))).toBe(true);
    await page.click('input[data-layer="PER"]');
    expect(await page.$eval('#reader-text', (el) => el.classList.contains('hide-PER'))).toBe(false);
    // a deep link to a quote focuses it
    await open('#/article/' + hostile.id + '?quote=1', '.quote-card.active');
    expect(await page.$eval('.quote-card.active', (el) => el.getAttribute('data-quote'))).toBe('1');
    expect(await page.$$eval('#reader-text .focus', (els) => els.map((e) => e.textContent).join(''))).toContain('talks would resume in Oslo');
    await page.click('.tab[data-tab="actors"]');
    expect(await page.$$eval('.actor-card .actor-name', (els) => els.map((e) => e.textContent))).toEqual(['Anna Berg', 'Oslo']);
  });

  it('filters the quotes page by speaker', async () => {
    await open('#/quotes', '.quote-item');
    expect(await page.$$eval('.quote-item', (els) => els.length)).toBe(3);
    await page.click('.speaker-list a:has-text("Lars Dahl")');
    await page.waitForFunction(() => location.hash.includes('speaker=') && document.querySelectorAll('.quote-item').length === 1);
    const items = await page.$$eval('.quote-item', (els) => els.map((e) => e.getAttribute('data-article')));
    expect(items).toEqual([calm.id]);
    expect(await page.$eval('.quote-item mark.qmark', (el) => el.textContent)).toBe('The budget is balanced.');
    // and by words
    await open('#/quotes?q=resume', '.quote-item');
    // a change of hash only: wait for the new list, not the one still shown
    await page.waitForFunction(() => !location.hash.includes('speaker=') && !document.querySelector('.speaker-list li.on'), undefined, { timeout: 10_000 });
    expect(await page.$$eval('.quote-item', (els) => els.map((e) => e.getAttribute('data-article')))).toEqual([hostile.id]);
  });

  it('filters the speaker list by the starts of name words, not by letters inside them', async () => {
    await open('#/quotes', '.speaker-list li');
    const shown = async (typed: string) => {
      await page.fill('input[aria-label="Filter speakers"]', typed);
      return page.$$eval('.speaker-list li', (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.querySelector('.name')?.textContent));
    };
    expect(await shown('lar')).toEqual(['Lars Dahl']);
    expect(await shown('dahl')).toEqual(['Lars Dahl']);
    expect(await shown('lars da')).toEqual(['Lars Dahl']);
    // letters inside a word ("ar" in Lars, "ahl" in Dahl) start no word of the name
    expect(await shown('ar')).toEqual([]);
    expect(await shown('ahl')).toEqual([]);
    await page.fill('input[aria-label="Filter speakers"]', '');
  });

  it('draws the actor timeline and the network as SVG, and finds text', async () => {
    await open('#/actor/' + encodeURIComponent('per:anna berg'), 'svg.timeline');
    expect(await page.$$eval('svg.timeline rect.bar', (els) => els.length)).toBe(1);
    expect(await page.$$eval('svg.timeline circle.qdot', (els) => els.length)).toBe(2);
    await open('#/network', 'svg.network');
    expect(await page.$$eval('svg.network path.edge', (els) => els.length)).toBeGreaterThan(0);
    await open('#/search?q=balanced', '.search-hit');
    expect(await page.$$eval('.search-hit mark', (els) => els.map((e) => e.textContent?.toLowerCase()))).toContain('balanced');
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('shows an article\'s bidirectional controls as a marker at the same offsets, and wraps a very long word', async () => {
    const quote = 'The \u202ERTL test\u202C is over.';
    const text = `Mayor Ines Holm said: "${quote}" Then ${'x'.repeat(700)} ended it.`;
    const a: Article = { id: 'bidi-1', text, hash: contentHash(text), title: 'Holm \u202Esays\u202C', source: 'Test Wire', published: '2025-07-09' };
    const q = at(text, quote);
    const an: Analysis = {
      id: a.id, version: 'test', paragraphs: [{ start: 0, end: text.length }], sentences: [], tokens: [], entities: [], actors: [], times: [], events: [], claims: [], findings: [],
      quotes: [{ ...q, text: quote, kind: 'direct', speaker: { name: 'Ines Holm' }, rule: 'test', confidence: 1 }],
    };
    await store.putArticle(a, an);
    const neutral = (s: string) => s.replace(/[\u202A-\u202E\u2066-\u2069]/g, '\uFFFD');
    await open('#/article/bidi-1', '#reader-text');
    expect(await page.$eval('#reader-text', (el) => el.textContent)).toBe(neutral(text));
    expect(await page.$$eval('#reader-text .seg.q', (els) => els.map((e) => e.textContent).join(''))).toBe(neutral(quote));
    expect(await page.$eval('#reader-text p', (el) => [getComputedStyle(el).unicodeBidi, getComputedStyle(el).overflowWrap])).toEqual(['isolate', 'anywhere']);
    expect(await page.$eval('.reader-main', (el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.title)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    await open('#/quotes?q=RTL', '.quote-item');
    expect(await page.$eval('.quote-item', (el) => el.textContent)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(await page.$eval('.quote-item', (el) => el.textContent)).toContain(neutral(quote));
  });

  it('names the actor an events page is filtered by, not its key', async () => {
    await open('#/events?actor=' + encodeURIComponent('per:anna berg'), '.event-item');
    const chip = await page.$eval('.page-head .filter.chip', (el) => el.textContent ?? '');
    expect(chip).toContain('involving Anna Berg');
    expect(chip).not.toContain('per:');
    // an actor with no event on the page is named from the store; an unknown key shows without its prefix
    // (the hash changes without a reload: wait for the new view's chip, then read it)
    const chipFor = async (key: string, expected: string) => {
      await open('#/events?actor=' + encodeURIComponent(key), '.page-head .filter.chip');
      await page.waitForFunction((k) => document.querySelector('.page-head .filter.chip b')?.getAttribute('title') === k, key, { timeout: 10_000 });
      await page.waitForFunction((t) => document.querySelector('.page-head .filter.chip b')?.textContent === t, expected, { timeout: 3_000 }).catch(() => undefined);
      return page.$eval('.page-head .filter.chip b', (el) => el.textContent);
    };
    expect(await chipFor('per:lars dahl', 'Lars Dahl')).toBe('Lars Dahl');
    expect(await chipFor('per:nobody here', 'nobody here')).toBe('nobody here');
  });

  it('fits a phone screen: every page link and the search box are on screen, nothing scrolls sideways', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      for (const [hash, selector] of [['#/quotes', '.quote-list, .empty'], ['#/article/' + calm.id, '#reader-text'], ['#/events', 'main h1']]) {
        await phone.goto(base + '/' + hash);
        await phone.waitForSelector(selector, { timeout: 10_000 });
        // before: the header stayed one 54 px row, 750 px wide; Network, Events and the search box were off screen
        expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), hash).toBeLessThanOrEqual(0);
        const boxes = await phone.$$eval('.top .nav a, .top .top-search', (els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
        expect(boxes.length).toBe(6);
        for (const [left, right] of boxes) {
          expect(left).toBeGreaterThanOrEqual(0);
          expect(right).toBeLessThanOrEqual(390);
        }
      }
    } finally {
      await phone.close();
    }
  });

  it('says "Not found" for an actor no one is, as the API does', async () => {
    await open('#/actor/nope', '.error');
    expect(await page.$eval('.error', (el) => el.textContent)).toMatch(/^Not found\./);
    expect(await page.$$eval('.actor-head', (els) => els.length)).toBe(0);
  });
  it('counts an actor\'s events the same way on the actor page and the events page, and says how many reports they have', async () => {
    // a second report of the same event (same code, actors and day) in another article
    const text = HOSTILE_TEXT + ' A second wire told the same story.';
    const again: Article = { ...hostile, id: 'hostile-2', text, hash: contentHash(text), title: 'Berg again' };
    await store.putArticle(again, { ...hostileAnalysis(), id: again.id });
    await open('#/actor/' + encodeURIComponent('per:anna berg'), '.actor-head .stats');
    const stats = await page.$$eval('.actor-head .stat', (els) => els.map((e) => e.textContent?.replace(/\s+/g, ' ').trim()));
    expect(stats).toContain('1event in 2 reports');
    expect(await page.$$eval('.actor-page .event-list > li', (els) => els.length)).toBe(1);
    await page.click('.actor-page h2 a.more');
    await page.waitForSelector('.page-head .filter.chip');
    expect(await page.$eval('.page-head .total', (el) => el.textContent)).toBe('1 event');
    await open('#/events?reports=all&actor=' + encodeURIComponent('per:anna berg'), '.page-head .total');
    await page.waitForFunction(() => document.querySelector('.page-head a.filter')?.textContent === 'one line per event', undefined, { timeout: 10_000 });
    expect(await page.$eval('.page-head .total', (el) => el.textContent)).toBe('2 reports');
  });
  it('marks an act an article recalls from years before as recalled, beside the events it reports', async () => {
    const text = 'In 2014, Chile imposed sanctions on Peru over the border dispute. On Monday, Chile imposed new sanctions on Bolivia.';
    const old: Article = { id: 'recall-1', text, hash: contentHash(text), title: 'Chile recalls its sanctions', source: 'Test Wire', published: '2022-02-24' };
    await store.putArticle(old, analyze(old));
    await open('#/article/' + old.id, '.tabs [data-tab="events"]');
    await page.click('.tabs [data-tab="events"]');
    await page.waitForSelector('.event-card');
    const metas = await page.$$eval('.event-card .card-meta', (els) => els.map((e) => e.textContent ?? ''));
    expect(metas.filter((m) => m.includes('recalled'))).toHaveLength(1);
    expect(metas.some((m) => !m.includes('recalled'))).toBe(true);
  });
});
