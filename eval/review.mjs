#!/usr/bin/env node
// `npm run review`: the corpus output laid out for a human review, and event snapshots to diff.
//
//   node eval/review.mjs dump OUTDIR [--corpus FILE]
//     analyzes every article of ../shared/corpus/articles.jsonl and writes, for each half of the
//     articles (A, B), events-A.txt and quotes-A.txt: each article's header and numbered
//     paragraphs (¶N), then its items, one line each, with an id (ARTICLE#eN, ARTICLE#qN) a reviewer
//     can give a verdict. Events show code, PLOVER, counted or not (and a repeat's first
//     mention), modality, source and target with their CAMEO codes, trigger and rule; quotes
//     show kind, speaker (and whose words a speaker relays), cue, rule, a topic mark and the text.
//
//   node eval/review.mjs events OUT.tsv [--corpus FILE,FILE…]
//     one line per event of every article of the bench texts (the corpus and the running-text eval
//     files, as `npm run bench` reads them), for diffing two builds: article, code, source,
//     target, modality (and "rep" for a repeat), trigger, sentence. Analyzed without a source,
//     as the bench does.
//
// Both skip with a message when ../shared is absent.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '../shared');
const [cmd, out] = process.argv.slice(2);
const opt = (n) => {
  const i = process.argv.indexOf(n);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const BENCH_TEXTS = ['corpus/articles.jsonl', 'eval/quotes/dev.jsonl', 'eval/time/train.jsonl', 'eval/contradictions/dev.jsonl', 'eval/claims/ct20-dev.jsonl'];

if ((cmd !== 'dump' && cmd !== 'events') || !out) {
  console.error('usage: node eval/review.mjs dump OUTDIR [--corpus FILE] | events OUT.tsv [--corpus FILE,FILE…]');
  process.exit(2);
}
if (!existsSync(join(root, 'dist/analyze.js'))) {
  console.error('review: not built; run `npm run build` first');
  process.exit(1);
}
const files = opt('--corpus')?.split(',').map((f) => resolve(f)) ?? (cmd === 'dump' ? ['corpus/articles.jsonl'] : BENCH_TEXTS).map((f) => join(shared, f));
const missing = files.filter((f) => !existsSync(f));
if (missing.length) {
  console.log(`skipped: no text at ${missing.join(', ')} (put shared/ beside the checkout or pass --corpus)`);
  process.exit(0);
}
const { analyze } = await import(pathToFileURL(join(root, 'dist/analyze.js')).href);
const { toRecord } = await import(pathToFileURL(join(root, 'dist/model/record.js')).href);

/** The articles of the files with a text, in order. */
function articles() {
  const list = [];
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line);
      if (typeof a.text === 'string' && a.text.trim()) list.push(a);
    }
  }
  return list;
}

const oneLine = (s) => s.replace(/\s+/g, ' ');
const actor = (a) => (a ? `${a.name} [${a.cameo ?? ''}]` : 'none');

if (cmd === 'events') {
  const lines = [];
  for (const a of articles()) {
    const r = toRecord(analyze({ id: a.id, text: a.text, published: a.published, title: a.title }));
    for (const e of r.events) {
      lines.push([a.id, e.code, actor(e.source), actor(e.target), e.modality + (e.repeats !== undefined ? ' rep' : '') + (e.recalled ? ' recalled' : ''), e.trigger?.text ?? '', oneLine(a.text.slice(e.start, e.end)).slice(0, 300)].join('\t'));
    }
  }
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} events → ${out}`);
} else {
  const list = articles();
  const half = Math.ceil(list.length / 2);
  mkdirSync(out, { recursive: true });
  const counts = { events: 0, quotes: 0 };
  for (const [name, part] of [['A', list.slice(0, half)], ['B', list.slice(half)]]) {
    const ev = [];
    const qu = [];
    for (const a of part) {
      const r = toRecord(analyze(a));
      // paragraphs as the text has them: non-empty lines, numbered from 1
      const paras = [];
      for (const m of a.text.matchAll(/[^\n]+/g)) if (m[0].trim()) paras.push([m.index, m.index + m[0].length]);
      const pnum = (x) => paras.findIndex(([s, e]) => x >= s && x < e) + 1;
      const head = `=== ${a.id} | ${a.title ?? ''} | ${a.published ?? ''} | ${a.source ?? ''}\n` + paras.map(([s, e], i) => `¶${i + 1} ${a.text.slice(s, e)}`).join('\n') + '\n\n';
      ev.push(head);
      qu.push(head);
      r.events.forEach((e, i) => {
        const counted = e.counted ? 'counted' : e.repeats !== undefined ? `NOT-counted (repeats #e${e.repeats + 1})` : e.recalled ? 'NOT-counted (recalled)' : 'NOT-counted';
        const when = e.time ? ` time ${e.time}` : '';
        ev.push(`${a.id}#e${i + 1} ¶${pnum(e.trigger?.start ?? e.start)} ${e.code} ${e.plover ?? ''} ${counted} ${e.modality}${when} | src: ${actor(e.source)} | tgt: ${actor(e.target)} | trigger: "${e.trigger?.text ?? ''}" | rule ${e.rule}\n`);
      });
      r.quotes.forEach((q, i) => {
        const via = q.via ? ` (relaying ${q.via.name})` : '';
        qu.push(`${a.id}#q${i + 1} ¶${pnum(q.start)} ${q.kind}${q.topic ? ' topic' : ''} | speaker: ${q.speaker?.name ?? 'none'}${via} | cue: ${q.cue?.text ?? ''} | rule ${q.rule}\n    «${q.text}»\n`);
      });
      ev.push('\n');
      qu.push('\n');
      counts.events += r.events.length;
      counts.quotes += r.quotes.length;
    }
    writeFileSync(join(out, `events-${name}.txt`), ev.join(''));
    writeFileSync(join(out, `quotes-${name}.txt`), qu.join(''));
  }
  console.log(`${list.length} articles, ${counts.events} events, ${counts.quotes} quotes → ${out}/{events,quotes}-{A,B}.txt`);
}
