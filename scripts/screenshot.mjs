#!/usr/bin/env node
// Makes docs/screenshot.png: the article reader of the most quoted example article, 1400×900.
//   node scripts/screenshot.mjs [--db FILE] [--base URL] [--article ID] [--out FILE]
// Without --base it ingests examples/ into a temporary database (or uses --db) and serves it
// with the built CLI (run `npm run build` first). Needs Chromium at /usr/bin/chromium.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({
  options: {
    db: { type: 'string' },
    base: { type: 'string' },
    article: { type: 'string' },
    out: { type: 'string', default: join(root, 'docs', 'screenshot.png') },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
if (!existsSync(opt.chromium)) {
  console.error(`screenshot: ${opt.chromium} not found`);
  process.exit(1);
}
const cli = join(root, 'bin', 'readout.js');

let server;
let tmp;
let base = opt.base;
try {
  if (!base) {
    let db = opt.db;
    if (!db) {
      tmp = mkdtempSync(join(tmpdir(), 'readout-shot-'));
      db = join(tmp, 'shot.db');
      try {
        execFileSync(process.execPath, [cli, 'ingest', join(root, 'examples'), '--db', db], { stdio: ['ignore', 'ignore', 'inherit'] });
      } catch {
        throw new Error('ingesting examples/ failed (see above); is the build current? (`npm run build`)');
      }
    }
    server = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    base = await new Promise((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (d) => {
        out += d;
        const m = /UI at (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      server.once('exit', (code) => reject(new Error(`server exited (${code})`)));
      setTimeout(() => reject(new Error('server did not start')), 20_000);
    });
  }

  // a quote-rich article: many named speakers, quotes, names and dates
  let id = opt.article;
  if (!id) {
    const list = await (await fetch(base + '/api/articles?limit=100')).json();
    let bestScore = -1;
    // dated articles with a source first (the examples folder also holds its README)
    const dated = list.items.filter((a) => a.published && a.source);
    for (const a of dated.length ? dated : list.items) {
      const { analysis: an } = await (await fetch(base + '/api/articles/' + encodeURIComponent(a.id))).json();
      const speakers = new Set(an.quotes.filter((q) => q.speaker && !q.speaker.anonymous && q.speaker.start !== undefined).map((q) => q.speaker.name.toLowerCase()));
      const score = speakers.size * 4 + Math.min(an.quotes.length, 15) + Math.min(an.times.length, 8) + Math.min(an.entities.length, 40) / 8;
      if (score > bestScore) [bestScore, id] = [score, a.id];
    }
    if (!id) throw new Error('no articles');
  }

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: opt.chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, colorScheme: 'light' });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${base}/#/article/${encodeURIComponent(id)}`);
    await page.waitForSelector('#reader-text');
    // show the interaction: focus a direct quote by a named speaker whose text is on screen
    await page.evaluate(() => {
      const onScreen = () =>
        [...document.querySelectorAll('#reader-text .seg.focus')].some((e) => {
          const r = e.getBoundingClientRect();
          return r.top > 300 && r.bottom < window.innerHeight - 20;
        });
      const enter = (el) => el.dispatchEvent(new window.MouseEvent('mouseenter'));
      for (const sel of ['.quote-card[data-kind="direct"][data-named]', '.quote-card[data-named]', '.quote-card']) {
        for (const card of document.querySelectorAll(sel)) {
          enter(card);
          if (onScreen()) {
            card.scrollIntoView({ block: 'nearest' });
            return;
          }
        }
      }
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    mkdirSync(dirname(opt.out), { recursive: true });
    await page.screenshot({ path: opt.out });
    console.log(`screenshot: ${id} → ${opt.out}`);
  } finally {
    await browser.close();
  }
} catch (e) {
  console.error('screenshot:', e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  server?.kill('SIGTERM');
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
