#!/usr/bin/env node
// Scores `readout extract` on the article-extraction benchmark's dev pages.
//
// usage: node eval/extract.mjs [OUT.jsonl] [--json]
//   Runs the extractor (dist/ingest/html.js; build first with `npx tsc -p tsconfig.build.json`)
//   on every ../shared/eval/extract/html/*.html.gz, writes {id, text} lines to OUT.jsonl
//   (default eval/out/extract.jsonl), then scores them with ../shared/eval/score-extract.mjs.
//   --json prints one JSON object {pages, missing, f1, precision, recall, accuracy, failed};
//   otherwise a readable summary. Without the gold folder it prints "skipped: …" and exits 0.
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared/eval');
const goldDir = join(shared, 'extract');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const outPath = resolve(args.find((a) => a !== '--json') ?? join(root, 'eval/out/extract.jsonl'));

if (!existsSync(join(goldDir, 'dev.json')) || !existsSync(join(goldDir, 'html'))) {
  if (asJson) console.log(JSON.stringify({ skipped: '../shared/eval/extract not found' }));
  else console.log('skipped: ../shared/eval/extract not found');
  process.exit(0);
}

const lib = join(root, 'dist/ingest/html.js');
if (!existsSync(lib)) {
  console.error('eval/extract: dist/ingest/html.js not found; run `npx tsc -p tsconfig.build.json` first');
  process.exit(1);
}
const { extractArticle, decodeHtmlBytes } = await import(pathToFileURL(lib).href);

mkdirSync(dirname(outPath), { recursive: true });
const out = createWriteStream(outPath);
const pages = readdirSync(join(goldDir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
let failed = 0;
for (const f of pages) {
  const id = f.replace(/\.html\.gz$/, '');
  let text = '';
  try {
    text = extractArticle(decodeHtmlBytes(readFileSync(join(goldDir, 'html', f)), f)).text;
  } catch (e) {
    failed++;
    if (!asJson) console.error(`eval/extract: ${f}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!out.write(JSON.stringify({ id, text }) + '\n')) await new Promise((r) => out.once('drain', r));
}
await new Promise((r) => out.end(r));

const scorer = join(shared, 'score-extract.mjs');
const raw = execFileSync(process.execPath, [scorer, join(goldDir, 'dev.json'), outPath, '--json'], { encoding: 'utf8' });
const score = { ...JSON.parse(raw.trim().split('\n').pop()), failed };
if (asJson) console.log(JSON.stringify(score));
else {
  console.log(`extract: ${score.pages} pages (${score.missing} missing, ${failed} failed), predictions in ${outPath}`);
  console.log(
    `F1 ${score.f1.toFixed(3)}  precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}  accuracy ${score.accuracy.toFixed(3)}`,
  );
}
