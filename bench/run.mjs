#!/usr/bin/env node
// `npm run bench`: throughput of `analyze` (articles/s, MiB/s, peak RSS) on real news text, on
// one and on two worker threads, beside wink-nlp's own full pipeline on the same text in the same
// run. Each mode runs in its own child process so that its peak RSS is its own. Also the cost of
// each stage.
//
// The text: every article of ../shared/corpus/articles.jsonl and of the running-text news files
// under ../shared/eval (PolNeAR, TimeBank+AQUAINT, FNC-1 bodies, debate transcripts), each once,
// about 7.7 MiB. Each article is analyzed once: caches that Readout keeps across documents (word
// features, interned words) warm up as they would on a real feed, and no result is reused
// because the same article came round again. `--mib N` repeats the text until N MiB (the old
// behaviour: only for a quick look; repeated articles flatter any cache).
//
// The bar's figure is that one cold pass: it includes the time V8 takes to compile Readout's
// code (several seconds of the run). The warm figure beside it is the speed of a worker that has
// been running for a while (see `warmSplit`).
//
//   node bench/run.mjs [--mib N] [--corpus FILE,FILE…] [--no-warm] [--json]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const MIB = Number(opt('--mib', '0'));
// `--no-warm`: skip the warm figure (see `warmSplit`)
const WARM = !args.includes('--no-warm');
const shared = join(root, '../shared');
const DEFAULT_TEXTS = ['corpus/articles.jsonl', 'eval/quotes/dev.jsonl', 'eval/time/train.jsonl', 'eval/contradictions/dev.jsonl', 'eval/claims/ct20-dev.jsonl'];
const corpusFiles = opt('--corpus', undefined)?.split(',').map((f) => resolve(f)) ?? DEFAULT_TEXTS.map((f) => join(shared, f)).filter((f) => existsSync(f));

// ------------------------------------------------------------------ child modes
const mode = process.env.READOUT_BENCH_MODE;
if (mode) {
  const all = loadCorpus(corpusFiles, MIB);
  // the warm modes time every other article only: rates are of what was timed
  const [timed, untimed] = mode.endsWith(':warm') ? warmSplit(all) : [all, undefined];
  const bytes = timed.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  let result;
  if (mode === 'wink' || mode === 'wink:warm') result = await runWink(timed, untimed);
  else if (mode === 'stages') result = await runStages(timed);
  else if (mode === 'readout:warm') result = await runReadout(timed, 0, untimed);
  else result = await runReadout(timed, Number(mode.split(':')[1]));
  const rss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ ...result, articles: timed.length, bytes, peakRssMiB: rss / 1048576 }) + '\n');
  process.exit(0);
}

function loadCorpus(files, mib) {
  const base = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .filter((a) => typeof a.text === 'string' && a.text.trim()),
  );
  const out = [];
  let bytes = 0;
  for (let round = 0; round === 0 || bytes < mib * 1048576; round++) {
    for (const a of base) {
      out.push({ id: `${a.id}#${round}`, text: a.text, published: a.published, title: a.title });
      bytes += Buffer.byteLength(a.text);
    }
  }
  return out;
}

/**
 * The warm figure: the odd articles are analyzed first, untimed, so that the code is compiled
 * and the caches hold the common words; then the even ones are timed. (They are other articles:
 * nothing is flattered by seeing the same text twice.)
 */
function warmSplit(articles) {
  return [articles.filter((_, i) => i % 2 === 0), articles.filter((_, i) => i % 2 === 1)];
}

async function runReadout(articles, threads, warmup = articles.slice(0, 20)) {
  const { analyze } = await import(pathToFileURL(join(root, 'dist/analyze.js')).href);
  if (threads === 0) {
    for (const a of warmup) analyze(a); // warm-up
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let n = 0;
    for (const a of articles) n += analyze(a).tokens.length;
    return { seconds: (performance.now() - t0) / 1000, cpuSeconds: cpuSince(c0), tokens: n };
  }
  const { createAnalyzer } = await import(pathToFileURL(join(root, 'dist/ingest/pool.js')).href);
  const pool = createAnalyzer(threads);
  await Promise.all(articles.slice(0, 4 * threads).map((article) => pool.submit({ article, output: 'line' })));
  const t0 = performance.now();
  const window = [];
  for (const article of articles) {
    window.push(pool.submit({ article, output: 'line' }));
    if (window.length >= threads * 8) await window.shift();
  }
  await Promise.all(window);
  const seconds = (performance.now() - t0) / 1000;
  await pool.close();
  return { seconds };
}

async function runWink(articles, warmup = articles.slice(0, 20)) {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model); // the full default pipeline: sbd, negation, sentiment, pos, ner, cer
  for (const a of warmup) nlp.readDoc(a.text);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  for (const a of articles) n += nlp.readDoc(a.text).tokens().length();
  return { seconds: (performance.now() - t0) / 1000, cpuSeconds: cpuSince(c0), tokens: n };
}

/** CPU seconds this process used since `c0` (robust to other load on the machine, unlike wall time). */
function cpuSince(c0) {
  const d = process.cpuUsage(c0);
  return (d.user + d.system) / 1e6;
}

async function runStages(articles) {
  const { STAGES } = await import(pathToFileURL(join(root, 'dist/analyze.js')).href);
  const { newDoc } = await import(pathToFileURL(join(root, 'dist/model/doc.js')).href);
  const ms = Object.fromEntries(STAGES.map((s) => [s.name, 0]));
  let tokens = 0;
  let failed = 0;
  for (const a of articles) {
    const doc = newDoc(a);
    for (const s of STAGES) {
      const t = performance.now();
      try {
        s.run(doc);
      } catch {
        failed++; // analyze() records the failure in the article's errors and goes on; so does the timing
      }
      ms[s.name] += performance.now() - t;
    }
    tokens += doc.tokens.length;
  }
  return { stageSeconds: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, v / 1000])), tokens, failed };
}

// ------------------------------------------------------------------ parent
const missing = corpusFiles.filter((f) => !existsSync(f));
if (corpusFiles.length === 0 || missing.length) {
  console.log(`skipped: no text at ${missing.join(', ') || join(shared, DEFAULT_TEXTS[0])} (put shared/ beside the checkout or pass --corpus FILE,…)`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist/analyze.js'))) {
  console.error('bench: not built; run `npm run build` first');
  process.exit(1);
}
const child = (m) => {
  process.stderr.write(`bench: ${m} …\n`);
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...args], {
    env: { ...process.env, READOUT_BENCH_MODE: m },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`bench mode ${m} failed: ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
};
const wink = child('wink');
const one = child('readout:0');
const two = child('readout:2');
const stages = child('stages');
const warm = WARM ? { wink: child('wink:warm'), readout: child('readout:warm') } : undefined;
const rate = (r) => ({ articlesPerSec: r.articles / r.seconds, mibPerSec: r.bytes / 1048576 / r.seconds, cpuMibPerSec: r.cpuSeconds ? r.bytes / 1048576 / r.cpuSeconds : undefined });
const rows = [
  ['wink-nlp full pipeline, 1 thread', wink],
  ['readout analyze, 1 thread', one],
  ['readout analyze, 2 worker threads', two],
];
const mib = one.bytes / 1048576;
console.log(`\ntext: ${corpusFiles.map((f) => f.replace(shared + '/', '')).join(', ')}${MIB ? ` repeated to ${MIB} MiB` : ', each article once'}: ${mib.toFixed(1)} MiB, ${one.articles} articles\n`);
console.log('mode                                 articles/s    MiB/s   MiB per CPU-s   peak RSS MiB');
for (const [name, r] of rows) {
  const x = rate(r);
  const cpu = x.cpuMibPerSec === undefined ? '—' : x.cpuMibPerSec.toFixed(2);
  console.log(`${name.padEnd(36)} ${x.articlesPerSec.toFixed(1).padStart(10)} ${x.mibPerSec.toFixed(2).padStart(8)} ${cpu.padStart(15)} ${r.peakRssMiB.toFixed(0).padStart(14)}`);
}
const ratio = rate(one).mibPerSec / rate(wink).mibPerSec;
const cpuRatio = rate(one).cpuMibPerSec / rate(wink).cpuMibPerSec;
console.log(`\nreadout (1 thread) / wink-nlp speed ratio: ${ratio.toFixed(2)}× wall clock, ${cpuRatio.toFixed(2)}× CPU time  (the bar: ≥ 0.77×)`);
if (warm) {
  const r = rate(warm.readout).mibPerSec;
  const w = rate(warm.wink).mibPerSec;
  console.log(`warm (every other article, after the rest untimed; as in a long-running worker): readout ${r.toFixed(2)} MiB/s, wink-nlp ${w.toFixed(2)} MiB/s, ratio ${(r / w).toFixed(2)}×`);
}
console.log(`2 threads / 1 thread: ${(rate(two).mibPerSec / rate(one).mibPerSec).toFixed(2)}×`);
const total = Object.values(stages.stageSeconds).reduce((a, b) => a + b, 0);
console.log('\nstage        seconds   share   MiB/s alone   tokens/s alone');
for (const [name, s] of Object.entries(stages.stageSeconds)) {
  console.log(
    `${name.padEnd(12)} ${s.toFixed(2).padStart(7)} ${((100 * s) / total).toFixed(1).padStart(6)}% ${(mib / s).toFixed(1).padStart(12)} ${(stages.tokens / s / 1000).toFixed(0).padStart(13)}k`,
  );
}
const results = { when: new Date().toISOString(), corpus: corpusFiles, repeatedToMiB: MIB || undefined, mib, wink, readout1: one, readout2: two, stages, ratio, cpuRatio, warm };
mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/results.json'), JSON.stringify(results, null, 2));
if (args.includes('--json')) console.log(JSON.stringify(results));
