#!/usr/bin/env node
// `npm run eval`: runs `readout analyze` / `readout extract` on every gold file under
// ../shared/eval (or $READOUT_EVAL), scores each with its scorer, prints one table of the
// headline numbers and writes eval/results.json. Gold files that are absent are named and skipped.
//
//   node eval/run.mjs [--only quotes,ner,…] [--workers N]
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(process.env.READOUT_EVAL ?? join(root, '../shared/eval'));
const outDir = join(root, 'eval/out');
const args = process.argv.slice(2);
const only = argValue('--only')?.split(',');
const workers = argValue('--workers') ?? '2';

function argValue(name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const get = (o, path) => path.split('.').reduce((x, k) => (x == null ? undefined : x[k]), o);

/** What each gold file is scored for, and which numbers are the headline. */
const TASKS = [
  {
    task: 'extract', gold: 'extract/dev.json', scorer: 'score-extract.mjs', kind: 'extract',
    figures: [['F1', 'f1'], ['precision', 'precision'], ['recall', 'recall'], ['accuracy', 'accuracy']],
  },
  {
    task: 'quotes (training set)', gold: 'quotes/dev.jsonl', scorer: 'score-quotes.mjs', layer: 'quotes',
    figures: [['extraction F1', 'overall.f1'], ['direct F1', 'byKind.direct.f1'], ['speaker acc (names)', 'speakerByGoldSpeakerType.name.speaker.accuracy'], ['end-to-end F1', 'overall.endToEnd.f1']],
  },
  // The shipped quotes model is trained on this dev file, so the rows above are training-set
  // figures; these two score out-of-fold predictions (5-fold cross-validation by document), the
  // honest estimate for unseen articles.
  {
    task: 'quotes, 5-fold CV', gold: 'quotes/dev.jsonl', scorer: 'score-quotes.mjs', kind: 'quotes-cv',
    figures: [['extraction F1', 'overall.f1'], ['direct F1', 'byKind.direct.f1'], ['speaker acc (names)', 'speakerByGoldSpeakerType.name.speaker.accuracy'], ['end-to-end F1', 'overall.endToEnd.f1']],
  },
  {
    task: 'quotes, 5-fold CV --speech-only', gold: 'quotes/dev.jsonl', scorer: 'score-quotes.mjs', kind: 'quotes-cv', extra: ['--speech-only'],
    figures: [['extraction F1', 'overall.f1'], ['direct F1', 'byKind.direct.f1'], ['speaker acc (names)', 'speakerByGoldSpeakerType.name.speaker.accuracy'], ['end-to-end F1', 'overall.endToEnd.f1']],
  },
  {
    task: 'quotes --speech-only (training set)', gold: 'quotes/dev.jsonl', scorer: 'score-quotes.mjs', layer: 'quotes', extra: ['--speech-only'], reuse: 'quotes',
    figures: [['extraction F1', 'overall.f1'], ['direct F1', 'byKind.direct.f1'], ['speaker acc (names)', 'speakerByGoldSpeakerType.name.speaker.accuracy'], ['end-to-end F1', 'overall.endToEnd.f1']],
  },
  { task: 'ner (CoNLL)', gold: 'ner/dev.jsonl', scorer: 'score-ner.mjs', layer: 'entities', figures: [['exact F1', 'exact.ALL.f1'], ['P', 'exact.ALL.p'], ['R', 'exact.ALL.r']] },
  { task: 'ner (Worldwide)', gold: 'ner/worldwide-dev.jsonl', scorer: 'score-ner.mjs', layer: 'entities', figures: [['exact F1', 'exact.ALL.f1'], ['P', 'exact.ALL.p'], ['R', 'exact.ALL.r']] },
  { task: 'ner (Wikigold)', gold: 'ner/wikigold-dev.jsonl', scorer: 'score-ner.mjs', layer: 'entities', figures: [['exact F1', 'exact.ALL.f1'], ['P', 'exact.ALL.p'], ['R', 'exact.ALL.r']] },
  { task: 'time', gold: 'time/dev.jsonl', scorer: 'score-time.mjs', layer: 'times', figures: [['value F1', 'value.f1'], ['relaxed F1', 'relaxed.f1'], ['strict F1', 'strict.f1'], ['type acc', 'type.accuracy']] },
  { task: 'time (TBAQ train)', gold: 'time/train.jsonl', scorer: 'score-time.mjs', layer: 'times', figures: [['value F1', 'value.f1'], ['relaxed F1', 'relaxed.f1'], ['strict F1', 'strict.f1'], ['type acc', 'type.accuracy']] },
  {
    task: 'events', gold: 'events/dev.jsonl', scorer: 'score-events.mjs', layer: 'events',
    figures: [['root F1', 'overall.metrics.root.f1'], ['code F1', 'overall.metrics.code.f1'], ['triple F1', 'overall.metrics.rootCountry.f1'], ['precision (root)', 'overall.metrics.root.precision']],
  },
  { task: 'events (PLOVER only)', gold: 'events/plover-only-dev.jsonl', scorer: 'score-events.mjs', layer: 'events', figures: [['PLOVER F1', 'overall.metrics.plover.f1'], ['country F1', 'overall.metrics.country.f1']] },
  { task: 'events (PETRARCH tests)', gold: 'events/petrarch-tests-dev.jsonl', scorer: 'score-events.mjs', layer: 'events', figures: [['root F1', 'overall.metrics.root.f1'], ['code F1', 'overall.metrics.code.f1']] },
  { task: 'claims (CT19)', gold: 'claims/dev.jsonl', scorer: 'score-claims.mjs', layer: 'claims', figures: [['sentence F1', 'overall.sentence.f1'], ['MAP', 'overall.ranking.MAP'], ['number-claim recall', 'overall.numberClaims.recall']] },
  { task: 'claims (CT20)', gold: 'claims/ct20-dev.jsonl', scorer: 'score-claims.mjs', layer: 'claims', figures: [['sentence F1', 'overall.sentence.f1'], ['MAP', 'overall.ranking.MAP']] },
  { task: 'contradictions (FNC-1)', gold: 'contradictions/dev.jsonl', scorer: 'score-contradictions.mjs', kind: 'pairs', figures: [['accuracy', 'overall.accuracy'], ['macro F1', 'overall.macroF1'], ['contradiction F1', 'overall.contradiction.f1']] },
  { task: 'contradictions (ClaimDiff)', gold: 'contradictions/claimdiff-dev.jsonl', scorer: 'score-contradictions.mjs', kind: 'pairs', figures: [['accuracy', 'overall.accuracy'], ['macro F1', 'overall.macroF1'], ['contradiction F1', 'overall.contradiction.f1']] },
];

if (!existsSync(evalDir)) {
  console.log(`skipped: no gold data at ${evalDir} (put shared/ beside the checkout or set READOUT_EVAL)`);
  process.exit(0);
}
mkdirSync(outDir, { recursive: true });
const cli = join(root, 'bin/readout.js');
const results = { evalDir, when: new Date().toISOString(), tasks: [] };
const rows = [];
const predCache = new Map();
// cross-validation output is rebuilt on every run (it depends on the code and the gold)
for (const f of ['quotes_dev_jsonl.cv.pred.jsonl']) rmSync(join(outDir, f), { force: true });

for (const t of TASKS) {
  if (only && !only.some((o) => t.task.startsWith(o))) continue;
  const gold = join(evalDir, t.gold);
  const scorer = join(evalDir, t.scorer);
  if (!existsSync(gold) || !existsSync(scorer)) {
    console.log(`skipped ${t.task}: ${existsSync(gold) ? t.scorer : t.gold} is absent`);
    results.tasks.push({ task: t.task, skipped: `${t.gold} absent` });
    continue;
  }
  const slug = t.gold.replace(/[/.]/g, '_');
  const pred = join(outDir, `${slug}${t.kind === 'quotes-cv' ? '.cv' : ''}.pred.jsonl`);
  const t0 = performance.now();
  process.stderr.write(`eval: ${t.task} …\n`);
  if (t.kind === 'extract') {
    const htmlDir = join(dirname(gold), 'html');
    const r = spawnSync(process.execPath, [cli, 'extract', htmlDir], { maxBuffer: 1 << 30, encoding: 'utf8' });
    writeFileSync(pred, r.stdout);
  } else if (t.kind === 'quotes-cv') {
    if (!existsSync(pred)) {
      const r = spawnSync(process.execPath, [join(root, 'dist/extract/quotes/train.js'), '--gold', gold, '--folds', '5', '--no-save', '--cv-out', pred], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      if (r.status !== 0) process.stderr.write(`eval: quotes cross-validation failed: ${r.stderr.slice(0, 300)}\n`);
    }
  } else if (t.kind === 'pairs') {
    // Readout has no pair classifier yet: the scorer sees no predictions and reports that.
    writeFileSync(pred, '');
  } else if (!predCache.has(t.gold)) {
    const raw = join(outDir, `${slug}.analysis.jsonl`);
    const r = spawnSync(process.execPath, [cli, 'analyze', '-w', workers, gold], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    writeFileSync(raw, r.stdout);
    if (r.status !== 0) process.stderr.write(`eval: readout analyze exited ${r.status} on ${t.gold}: ${String(r.stderr).slice(0, 300)}\n`);
    predCache.set(t.gold, raw);
  }
  if (t.layer) await project(predCache.get(t.gold), pred, t.layer);
  const secs = (performance.now() - t0) / 1000;
  const s = spawnSync(process.execPath, [scorer, gold, pred, '--json', ...(t.extra ?? [])], { encoding: 'utf8', maxBuffer: 1 << 28 });
  let summary;
  try {
    summary = JSON.parse(s.stdout);
  } catch {
    console.log(`failed ${t.task}: the scorer printed no JSON (${(s.stderr || '').slice(0, 200)})`);
    results.tasks.push({ task: t.task, error: 'scorer failed' });
    continue;
  }
  const figures = Object.fromEntries(t.figures.map(([label, path]) => [label, get(summary, path)]));
  results.tasks.push({ task: t.task, gold: t.gold, figures, seconds: secs, summary });
  rows.push([t.task, t.figures.map(([label]) => `${label} ${fmt(figures[label])}`).join(' · ')]);
}

writeFileSync(join(root, 'eval/results.json'), JSON.stringify(results, null, 2));
const w = Math.max(...rows.map((r) => r[0].length), 4);
console.log(`\n${'task'.padEnd(w)}  headline figures (dev)\n${'-'.repeat(w)}  ${'-'.repeat(60)}`);
for (const [task, figs] of rows) console.log(`${task.padEnd(w)}  ${figs}`);
console.log(`\nfull summaries: eval/results.json; predictions: eval/out/`);

function fmt(x) {
  return typeof x === 'number' ? x.toFixed(3) : String(x ?? '—');
}

/** Keeps one layer of the analysis lines (entities: names only, as the NER scorer expects). */
async function project(src, dst, layer) {
  const out = createWriteStream(dst);
  const rl = createInterface({ input: createReadStream(src), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    let items = rec[layer] ?? [];
    if (layer === 'events') items = items.filter((e) => e.counted !== false); // denied/hypothetical events are not events
    if (!out.write(JSON.stringify({ id: rec.id, [layer]: items }) + '\n')) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}
