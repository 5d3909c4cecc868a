/**
 * Trains the entity tagger: a structured averaged perceptron (Collins 2002) over BIO tags
 * with the features of features.ts, Viterbi-decoded, in two stages. Stage 2 learns weights for
 * document-level features (what stage 1 said about the same words elsewhere) added to stage 1's
 * scores; its training data gets stage-1 tags and scores by 5-fold jackknifing, so it learns how
 * far to trust them. Writes ner-model.bin beside this file.
 *
 *   npm run train:ner -- [--tune] [--epochs N] [--epochs2 N] [--runs N] [--stage1-only] [--min-count N] [--seed N]
 *     --tune: train on conll-train, report F1 on conll-testa after each epoch (no model written)
 *     default: train on conll-train + conll-testa and write the model
 *     --tune --write: also write the train-only model (for error analysis on testa)
 *     --seed N: the shuffling seed of the first perceptron run (default 1, the shipped model's: its
 *     dev F1 is within noise of seed 12345's, which fails an entity test on a numbered club's name);
 *     a change to the features is judged by the mean over a few seeds (seed-to-seed spread ~0.3 F1)
 *   READOUT_NER_MODEL=FILE writes the model there instead of ner-model.bin (and makes the
 *   entities stage load it), so a scratch model never replaces the shipped one.
 *
 *   npm run train:ner -- --retype [--retype-margin M] [--retype-gate G] [--retype-l2 L] [--retype-epochs N] [--retype-cv]
 *     trains the span re-typer (retype.ts) on the tagger's spans out of fold and writes
 *     retype-model.bin (READOUT_NER_RETYPE=FILE: there instead); ner-model.bin is left alone (the
 *     tagger is trained again, as above, only to get its spans). --retype-cv reports spans fixed
 *     and broken by 5-fold cross-validation over contiguous blocks of documents, per gate and
 *     margin; with --tune, also conll-testa's F1 at several margins. The shipped re-typer:
 *     npm run train:ner:retype (the shipped settings are the defaults: --retype-epochs 5
 *     --retype-l2 3e-4 --retype-margin 2 --retype-gate 40)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dataPath } from '../../data.js';
import type { Sentence, Token } from '../../model/types.js';
import { paragraphs, sentences } from '../../text/segment.js';
import { tokenize } from '../../text/tokenize.js';
import { capsWordFeature, docInfo, MAX_FEATS, NTAGS, roleFeatures, stage2Context, stage2Features, tagType, tokenFeatures, TYPES, wordFeatures, type DocInfo } from './features.js';
import { encodeModel, StageModel, viterbi } from './model.js';
import { rng, shuffle } from './shuffle.js';
import { choose, encodeRetyper, Retyper, retypeTags, spanExamples, trainRetyper, type SpanExample } from './retype.js';

const EVAL_DIR = process.env.READOUT_NER_DATA ?? '/work/shared/eval/ner';

interface TrainDoc {
  id: string;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  gold: Uint8Array;
  info: DocInfo;
}

function loadDocs(file: string, lexicon: ReadonlySet<number>): TrainDoc[] {
  const out: TrainDoc[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; text: string; entities: Array<{ start: number; end: number; type: string }> };
    const tokens = tokenize(d.text);
    const sents = sentences(d.text, tokens, paragraphs(d.text));
    const gold = new Uint8Array(tokens.length);
    let ti = 0;
    const ents = [...d.entities].sort((a, b) => a.start - b.start);
    for (const e of ents) {
      const ty = TYPES.indexOf(e.type as (typeof TYPES)[number]);
      while (ti < tokens.length && tokens[ti].start < e.start) ti++;
      let first = true;
      for (let k = ti; k < tokens.length && tokens[k].end <= e.end; k++) {
        gold[k] = 1 + ty * 2 + (first ? 0 : 1);
        first = false;
      }
    }
    out.push({ id: d.id, text: d.text, tokens, sentences: sents, gold, info: docInfo(d.text, tokens, sents, lexicon) });
  }
  return out;
}

/** Hashed features of every token of the docs (stage 2 when `ctxTags` is given). */
interface Feats {
  off: Int32Array[]; // per doc: token → offset into hashes
  hashes: Uint32Array[]; // per doc
}

type FeatFn = (info: DocInfo, i: number, buf: Int32Array, di: number) => number;

function buildFeats(docs: TrainDoc[], fn: FeatFn): Feats {
  const buf = new Int32Array(MAX_FEATS);
  const off: Int32Array[] = [];
  const hashes: Uint32Array[] = [];
  docs.forEach((doc, di) => {
    const n = doc.tokens.length;
    const o = new Int32Array(n + 1);
    const hs: number[] = [];
    for (let i = 0; i < n; i++) {
      o[i] = hs.length;
      if (doc.info.sent[i] < 0) continue;
      const k = fn(doc.info, i, buf, di);
      for (let f = 0; f < k; f++) hs.push(buf[f] >>> 0);
    }
    o[n] = hs.length;
    off.push(o);
    hashes.push(Uint32Array.from(hs));
  });
  return { off, hashes };
}

/** Feature hash → row, for features seen at least `minCount` times in the training docs. */
function dictionary(f: Feats, train: number[], minCount: number): { dict: Map<number, number>; keys: Uint32Array } {
  const count = new Map<number, number>();
  for (const di of train) for (const h of f.hashes[di]) count.set(h, (count.get(h) ?? 0) + 1);
  const dict = new Map<number, number>();
  const keys: number[] = [];
  for (const [h, c] of count) {
    if (c >= minCount) {
      dict.set(h, keys.length);
      keys.push(h);
    }
  }
  return { dict, keys: Uint32Array.from(keys) };
}

function toIds(f: Feats, dict: Map<number, number>): Int32Array[] {
  return f.hashes.map((hs) => {
    const ids = new Int32Array(hs.length);
    for (let k = 0; k < hs.length; k++) ids[k] = dict.get(hs[k]) ?? -1;
    return ids;
  });
}

interface Weights {
  w: Float32Array;
  trans: Float32Array;
}

class Decoder {
  em = new Float32Array(NTAGS * 256);
  delta = new Float32Array(NTAGS * 256);
  back = new Int8Array(NTAGS * 256);
  ensure(len: number): void {
    if (this.em.length < len * NTAGS) {
      this.em = new Float32Array(len * NTAGS * 2);
      this.delta = new Float32Array(len * NTAGS * 2);
      this.back = new Int8Array(len * NTAGS * 2);
    }
  }
  decode(wt: Weights, ids: Int32Array, off: Int32Array, a: number, b: number, out: Uint8Array, base?: Float32Array, emOut?: Float32Array): void {
    const len = b - a;
    this.ensure(len);
    const em = this.em;
    if (base) em.set(base.subarray(a * NTAGS, b * NTAGS));
    else em.fill(0, 0, len * NTAGS);
    const w = wt.w;
    for (let i = a; i < b; i++) {
      const eo = (i - a) * NTAGS;
      for (let k = off[i]; k < off[i + 1]; k++) {
        const id = ids[k];
        if (id < 0) continue;
        const r = id * NTAGS;
        for (let t = 0; t < NTAGS; t++) em[eo + t] += w[r + t];
      }
    }
    if (emOut) emOut.set(em.subarray(0, len * NTAGS), a * NTAGS);
    viterbi(em, len, wt.trans, out, 0, this.back, this.delta);
  }
}

/** the first run's shuffling seed (`--seed`); run r uses SEED + r * 7919 */
let SEED = 12345;

/** Structured averaged perceptron over the sentences of the docs `train`. */
/**
 * Parameter mixing: the average of `runs` averaged perceptrons that saw the sentences in
 * different orders (less variance than one run, same model size).
 */
function trainMixed(runs: number, docs: TrainDoc[], ids: Int32Array[], off: Int32Array[], nRows: number, train: number[], epochs: number, onEpoch?: (e: number, wt: Weights) => void, base?: Float32Array[]): Weights {
  let sum: Weights | undefined;
  for (let r = 0; r < runs; r++) {
    const wt = trainPerceptron(docs, ids, off, nRows, train, epochs, runs === 1 ? onEpoch : undefined, base, SEED + r * 7919);
    if (!sum) sum = wt;
    else {
      for (let k = 0; k < wt.w.length; k++) sum.w[k] += wt.w[k];
      for (let k = 0; k < wt.trans.length; k++) sum.trans[k] += wt.trans[k];
    }
  }
  for (let k = 0; k < sum!.w.length; k++) sum!.w[k] /= runs;
  for (let k = 0; k < sum!.trans.length; k++) sum!.trans[k] /= runs;
  if (runs > 1 && onEpoch) onEpoch(epochs, sum!);
  return sum!;
}

function trainPerceptron(docs: TrainDoc[], ids: Int32Array[], off: Int32Array[], nRows: number, train: number[], epochs: number, onEpoch?: (e: number, wt: Weights) => void, base?: Float32Array[], seed = 12345): Weights {
  const w = new Float32Array(nRows * NTAGS);
  const acc = new Float64Array(nRows * NTAGS);
  const tl = (NTAGS + 1) * NTAGS;
  const trans = new Float32Array(tl);
  const tacc = new Float64Array(tl);
  const cur: Weights = { w, trans };
  const dec = new Decoder();
  const sents: Array<[number, number, number]> = [];
  for (const di of train) for (const s of docs[di].info.sentences) sents.push([di, s.tokenStart, s.tokenEnd]);
  const rand = rng(seed);
  let c = 1;
  const pred = new Uint8Array(4096);
  const averaged = (): Weights => {
    const aw = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) aw[k] = w[k] - acc[k] / c;
    const at = new Float32Array(tl);
    for (let k = 0; k < tl; k++) at[k] = trans[k] - tacc[k] / c;
    return { w: aw, trans: at };
  };
  for (let e = 0; e < epochs; e++) {
    shuffle(sents, rand);
    for (const [di, a, b] of sents) {
      const gold = docs[di].gold;
      const len = b - a;
      const p = len <= pred.length ? pred : new Uint8Array(len);
      dec.decode(cur, ids[di], off[di], a, b, p, base?.[di]);
      let wrong = false;
      for (let i = a; i < b; i++) if (p[i - a] !== gold[i]) wrong = true;
      if (wrong) {
        const o = off[di];
        const fid = ids[di];
        for (let i = a; i < b; i++) {
          const g = gold[i];
          const q = p[i - a];
          if (g !== q) {
            for (let k = o[i]; k < o[i + 1]; k++) {
              const id = fid[k];
              if (id < 0) continue;
              const r = id * NTAGS;
              w[r + g] += 1;
              acc[r + g] += c;
              w[r + q] -= 1;
              acc[r + q] -= c;
            }
          }
          const gp = i === a ? NTAGS : gold[i - 1];
          const qp = i === a ? NTAGS : p[i - 1 - a];
          if (gp !== qp || g !== q) {
            trans[gp * NTAGS + g] += 1;
            tacc[gp * NTAGS + g] += c;
            trans[qp * NTAGS + q] -= 1;
            tacc[qp * NTAGS + q] -= c;
          }
        }
      }
      c++;
    }
    if (onEpoch) onEpoch(e + 1, averaged());
  }
  return averaged();
}

/** Tags every doc in `which` with the weights; returns per-doc tag arrays. */
function predict(docs: TrainDoc[], ids: Int32Array[], off: Int32Array[], wt: Weights, which: number[], out: Uint8Array[], base?: Float32Array[], emOut?: Float32Array[]): void {
  const dec = new Decoder();
  for (const di of which) {
    const tags = new Uint8Array(docs[di].tokens.length);
    if (emOut) emOut[di] = new Float32Array(docs[di].tokens.length * NTAGS);
    const tmp = new Uint8Array(4096);
    for (const s of docs[di].info.sentences) {
      const len = s.tokenEnd - s.tokenStart;
      const buf = len <= tmp.length ? tmp : new Uint8Array(len);
      dec.decode(wt, ids[di], off[di], s.tokenStart, s.tokenEnd, buf, base?.[di], emOut?.[di]);
      tags.set(buf.subarray(0, len), s.tokenStart);
    }
    out[di] = tags;
  }
}

function spans(tags: Uint8Array): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tags.length; ) {
    if (tags[i] === 0 || (tags[i] & 1) === 0) {
      // an I- without B- (cannot happen after constrained Viterbi) starts an entity too
      if (tags[i] === 0) {
        i++;
        continue;
      }
    }
    let j = i + 1;
    const ty = tagType(tags[i]);
    while (j < tags.length && tags[j] === 2 + ty * 2) j++;
    out.add(`${i}:${j}:${ty}`);
    i = j;
  }
  return out;
}

function f1(docs: TrainDoc[], pred: Uint8Array[], which: number[]): { p: number; r: number; f: number } {
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const di of which) {
    const g = spans(docs[di].gold);
    const p = spans(pred[di]);
    ng += g.size;
    np += p.size;
    for (const s of p) if (g.has(s)) tp++;
  }
  const P = tp / Math.max(1, np);
  const R = tp / Math.max(1, ng);
  return { p: P, r: R, f: (2 * P * R) / Math.max(1e-9, P + R) };
}

/**
 * Averaged weights → a compact StageModel: drop near-zero rows, quantize to int16; with
 * `wordDocs`, add the word table (summed word-only features of every word seen twice or more).
 */
function compact(wt: Weights, keys: Uint32Array, prune: number, wordDocs?: TrainDoc[]): StageModel {
  const n = keys.length;
  let maxAbs = 0;
  for (let k = 0; k < wt.w.length; k++) maxAbs = Math.max(maxAbs, Math.abs(wt.w[k]));
  const scale = maxAbs / 32767;
  const keep: number[] = [];
  for (let r = 0; r < n; r++) {
    let m = 0;
    for (let t = 0; t < NTAGS; t++) m = Math.max(m, Math.abs(wt.w[r * NTAGS + t]));
    if (m >= prune && Math.round(m / scale) !== 0) keep.push(r);
  }
  const k2 = new Uint32Array(keep.length);
  const w2 = new Int16Array(keep.length * NTAGS);
  keep.forEach((r, i) => {
    k2[i] = keys[r];
    for (let t = 0; t < NTAGS; t++) w2[i * NTAGS + t] = Math.round(wt.w[r * NTAGS + t] / scale);
  });
  const model = new StageModel(k2, w2, scale, Float32Array.from(wt.trans));
  if (!wordDocs) return model;
  const count = new Map<number, number>();
  const sample = new Map<number, [DocInfo, number]>();
  for (const d of wordDocs) {
    for (let i = 0; i < d.tokens.length; i++) {
      const h = d.info.word[i] >>> 0;
      count.set(h, (count.get(h) ?? 0) + 1);
      if (!sample.has(h)) sample.set(h, [d.info, i]);
    }
  }
  const buf = new Int32Array(MAX_FEATS);
  const wk: number[] = [];
  const wv: number[] = [];
  const vec = new Float32Array(NTAGS);
  for (const [h, c] of count) {
    if (c < 2) continue;
    const [info, i] = sample.get(h)!;
    wk.push(h);
    // vectors in WORD_VEC order: self (ordinary), roles 1-4, self (capitals) — see model.ts
    for (let role = 0; role <= 5; role++) {
      vec.fill(0);
      let n: number;
      if (role === 0 || role === 5) {
        n = wordFeatures(info, i, buf, 0);
        buf[n++] = capsWordFeature(role === 5 ? 1 : 0, info.lower[i]);
      } else n = roleFeatures(role, info.lower[i], info.shape[i], info.clus[i], buf, 0);
      model.score(buf, n, vec, 0);
      for (let t = 0; t < NTAGS; t++) wv.push(vec[t]);
    }
  }
  return new StageModel(k2, w2, scale, Float32Array.from(wt.trans), Uint32Array.from(wk), Float32Array.from(wv));
}

/**
 * The case lexicon: words written in lower case at least twice inside a sentence (not first,
 * not in a capitals headline) of the training text, as lower-case hashes.
 */
function caseLexicon(files: string[]): Set<number> {
  const count = new Map<number, number>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const text = (JSON.parse(line) as { text: string }).text;
      const tokens = tokenize(text);
      const info = docInfo(text, tokens, sentences(text, tokens, paragraphs(text)));
      for (const u of info.sentences) {
        if (info.caps[info.sent[u.tokenStart]]) continue;
        for (let i = u.tokenStart + 1; i < u.tokenEnd; i++) {
          const c = text.charCodeAt(tokens[i].start);
          if (c >= 97 && c <= 122) count.set(info.lower[i], (count.get(info.lower[i]) ?? 0) + 1);
        }
      }
    }
  }
  const out = new Set<number>();
  for (const [h, c] of count) if (c >= 2) out.add(h);
  return out;
}

const USAGE = `usage: npm run train:ner -- [--tune [--write]] [--epochs N] [--epochs2 N] [--runs N] [--stage1-only] [--min-count N] [--seed N]
    [--retype [--retype-margin M] [--retype-gate G] [--retype-l2 L[,L…]] [--retype-epochs N] [--retype-cv]]
  (the re-typer's defaults are the shipped settings: margin 2, gate 40, l2 3e-4, 5 epochs)
  --tune: train on conll-train and report F1 on conll-testa after each epoch (no model written)
  default: train on conll-train + conll-testa and OVERWRITE the shipped ner-model.bin
  --retype: train the span re-typer instead and OVERWRITE retype-model.bin (ner-model.bin untouched)
  READOUT_NER_MODEL=FILE writes the model there instead (READOUT_NER_RETYPE=FILE for the re-typer)`;

/**
 * The re-typer (retype.ts): stage-2 tags and scores of the training docs out of fold (stage 1's
 * are already out of fold; stage 2 is trained again on the other folds for each fold), its
 * examples from them, then the classifier. With eval docs (--tune), reports their F1 with the
 * tagger alone and re-typed at several margins. Writes retype-model.bin (not ner-model.bin).
 */
function trainRetype(args: string[], docs: TrainDoc[], trainIdx: number[], evalIdx: number[], folds: number, runs: number, epochs2: number, ids2: Int32Array[], off2: Int32Array[], nRows2: number, em1: Float32Array[], w2: Weights, t0: number): void {
  const num = (name: string, def: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : def;
  };
  const epochs = num('--retype-epochs', 5);
  const margin = num('--retype-margin', 2);
  const l2s = (args.includes('--retype-l2') ? args[args.indexOf('--retype-l2') + 1] : '3e-4').split(',').map(Number);
  const l2 = l2s[0];
  const gate = num('--retype-gate', 40);
  for (const [name, v] of [['--retype-epochs', epochs], ['--retype-margin', margin], ['--retype-gate', gate], ...l2s.map((x) => ['--retype-l2', x] as const)] as const) {
    if (Number.isNaN(v) || v < 0) throw new Error(`${name} wants a number of 0 or more, got ${String(args[args.indexOf(name) + 1])}`);
  }
  const s2: Uint8Array[] = [];
  const em2: Float32Array[] = [];
  for (let k = 0; k < folds; k++) {
    const held = trainIdx.filter((_, i) => i % folds === k);
    const rest = trainIdx.filter((_, i) => i % folds !== k);
    const wk = trainMixed(runs, docs, ids2, off2, nRows2, rest, epochs2, undefined, em1);
    predict(docs, ids2, off2, wk, held, s2, em1, em2);
    console.log(`re-typer: stage-2 fold ${k + 1}/${folds} F1 ${f1(docs, s2, held).f.toFixed(4)}  (${((performance.now() - t0) / 1000).toFixed(0)}s)`);
  }
  const byDoc = trainIdx.map((di) => spanExamples(docs[di].info, s2[di], em2[di], docs[di].gold));
  const examples: SpanExample[] = byDoc.flat();
  const wrong = examples.filter((e) => e.type !== e.gold).length;
  console.log(`re-typer: ${examples.length} spans with gold boundaries, ${wrong} of a wrong type`);
  const gaps = examples.map((e) => e.gap).sort((a, b) => a - b);
  console.log(`re-typer: tagger's type gap quantiles (5 10 25 50 75 90%): ${[0.05, 0.1, 0.25, 0.5, 0.75, 0.9].map((q) => gaps[Math.floor(q * gaps.length)].toFixed(1)).join(' ')}`);
  if (args.includes('--retype-cv')) {
    // cross-validation over the training docs: spans fixed and broken at each margin
    const margins = [0, 0.5, 1, 1.5, 2, 3, 4, 6];
    const block = (i: number) => Math.floor((i * folds) / byDoc.length);
    const gates = [Infinity, 60, 40, 20];
    for (const gate of gates)
    for (const l2 of l2s) {
    const fixed = new Array<number>(margins.length).fill(0);
    const broken = new Array<number>(margins.length).fill(0);
    const sc = new Float64Array(4);
    for (let k = 0; k < folds; k++) {
      const m = trainRetyper(byDoc.filter((_, i) => block(i) !== k).flat(), epochs, SEED, 0, l2);
      for (const ex of byDoc.filter((_, i) => block(i) === k).flat()) {
        if (ex.gap >= gate) continue;
        m.score(ex.feats, ex.feats.length, sc);
        margins.forEach((mg, q) => {
          const t = choose(sc, ex.type, mg);
          if (t === ex.type) return;
          if (t === ex.gold) fixed[q]++;
          else if (ex.type === ex.gold) broken[q]++;
        });
      }
    }
    margins.forEach((mg, q) => console.log(`re-typer cv: gate ${gate} l2 ${l2} margin ${mg}: ${fixed[q]} fixed, ${broken[q]} broken, net ${fixed[q] - broken[q]} of ${wrong} wrong`));
    }
  }
  const model = trainRetyper(examples, epochs, SEED, margin, l2, gate);
  console.log(`re-typer: ${model.keys.length} features`);
  if (evalIdx.length) {
    predict(docs, ids2, off2, w2, evalIdx, s2, em1, em2);
    console.log(`re-typer: eval F1 tagger alone ${f1(docs, s2, evalIdx).f.toFixed(4)}`);
    for (const m of [0, 0.5, 1, 1.5, 2, 3, 4, 6]) {
      const mm = new Retyper(model.keys, model.weights, model.scale, m, gate);
      const out: Uint8Array[] = [];
      let changed = 0;
      for (const di of evalIdx) {
        out[di] = Uint8Array.from(s2[di]);
        changed += retypeTags(docs[di].info, out[di], em2[di], mm);
      }
      const r = f1(docs, out, evalIdx);
      console.log(`re-typer: margin ${m}: ${changed} spans re-typed, eval P ${r.p.toFixed(4)} R ${r.r.toFixed(4)} F1 ${r.f.toFixed(4)}`);
    }
  }
  if (!evalIdx.length || args.includes('--write')) {
    const file = process.env.READOUT_NER_RETYPE ?? dataPath('extract/entities/retype-model.bin');
    const bin = encodeRetyper(model);
    writeFileSync(file, bin);
    console.log(`wrote ${file} (${(bin.length / 1048576).toFixed(2)} MiB, margin ${margin}, gate ${gate}) in ${((performance.now() - t0) / 1000).toFixed(0)}s`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const tune = args.includes('--tune');
  const stage1Only = args.includes('--stage1-only');
  const retype = args.includes('--retype');
  if (retype && stage1Only) throw new Error('--retype needs stage 2 (drop --stage1-only)');
  const num = (name: string, def: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : def;
  };
  const epochs1 = num('--epochs', 12);
  const epochs2 = num('--epochs2', 4);
  const minCount = num('--min-count', 1);
  const prune = num('--prune', 0.5);
  const folds = num('--folds', 5);
  const runs = num('--runs', 3);
  SEED = num('--seed', 1);
  const t0 = performance.now();
  const lexicon = caseLexicon(tune ? [`${EVAL_DIR}/conll-train.jsonl`] : [`${EVAL_DIR}/conll-train.jsonl`, `${EVAL_DIR}/conll-testa.jsonl`]);
  console.log(`case lexicon: ${lexicon.size} words`);
  const trainDocs = loadDocs(`${EVAL_DIR}/conll-train.jsonl`, lexicon);
  const testaDocs = loadDocs(`${EVAL_DIR}/conll-testa.jsonl`, lexicon);
  const docs = [...trainDocs, ...testaDocs];
  const trainIdx = tune ? trainDocs.map((_, i) => i) : docs.map((_, i) => i);
  const evalIdx = tune ? testaDocs.map((_, i) => trainDocs.length + i) : [];
  console.log(`loaded ${docs.length} docs in ${((performance.now() - t0) / 1000).toFixed(1)}s`);

  const f1s = buildFeats(docs, (info, i, buf) => tokenFeatures(info, i, buf));
  const d1 = dictionary(f1s, trainIdx, minCount);
  const ids1 = toIds(f1s, d1.dict);
  console.log(`stage 1: ${d1.keys.length} features`);
  const pred: Uint8Array[] = [];
  const w1 = trainMixed(runs, docs, ids1, f1s.off, d1.keys.length, trainIdx, epochs1, (e, wt) => {
    if (!evalIdx.length) return;
    predict(docs, ids1, f1s.off, wt, evalIdx, pred);
    const r = f1(docs, pred, evalIdx);
    console.log(`stage1 epoch ${e}: testa P ${r.p.toFixed(4)} R ${r.r.toFixed(4)} F1 ${r.f.toFixed(4)}  (${((performance.now() - t0) / 1000).toFixed(0)}s)`);
  });
  const stages = [compact(w1, d1.keys, prune, trainIdx.map((i) => docs[i]))];

  if (!stage1Only) {
    // stage-1 tags and scores: for the training docs by jackknifing, for the eval docs by the full stage-1 model
    const s1: Uint8Array[] = [];
    const em1: Float32Array[] = [];
    for (let k = 0; k < folds; k++) {
      const held = trainIdx.filter((_, i) => i % folds === k);
      const rest = trainIdx.filter((_, i) => i % folds !== k);
      const wk = trainMixed(runs, docs, ids1, f1s.off, d1.keys.length, rest, epochs1);
      predict(docs, ids1, f1s.off, wk, held, s1, undefined, em1);
      console.log(`fold ${k + 1}/${folds} F1 ${f1(docs, s1, held).f.toFixed(4)}`);
    }
    if (evalIdx.length) predict(docs, ids1, f1s.off, w1, evalIdx, s1, undefined, em1);
    const ctxs = docs.map((d, i) => (s1[i] ? stage2Context(d.info, s1[i]) : undefined));
    const f2s = buildFeats(docs, (info, i, buf, di) => (ctxs[di] ? stage2Features(info, i, buf, 0, ctxs[di]!) : 0));
    const d2 = dictionary(f2s, trainIdx, minCount);
    const ids2 = toIds(f2s, d2.dict);
    console.log(`stage 2: ${d2.keys.length} features`);
    const w2 = trainMixed(
      runs,
      docs,
      ids2,
      f2s.off,
      d2.keys.length,
      trainIdx,
      epochs2,
      (e, wt) => {
        if (!evalIdx.length) return;
        predict(docs, ids2, f2s.off, wt, evalIdx, pred, em1);
        const r = f1(docs, pred, evalIdx);
        console.log(`stage2 epoch ${e}: testa P ${r.p.toFixed(4)} R ${r.r.toFixed(4)} F1 ${r.f.toFixed(4)}  (${((performance.now() - t0) / 1000).toFixed(0)}s)`);
      },
      em1,
    );
    stages.push(compact(w2, d2.keys, 0));
    if (retype) {
      trainRetype(args, docs, trainIdx, evalIdx, folds, runs, epochs2, ids2, f2s.off, d2.keys.length, em1, w2, t0);
      return;
    }
  }
  console.log(`kept features: ${stages.map((s) => s.keys.length).join(' + ')}`);
  if (!tune || args.includes('--write')) {
    const file = process.env.READOUT_NER_MODEL ?? dataPath('extract/entities/ner-model.bin');
    const bin = encodeModel({ stages, lexicon });
    writeFileSync(file, bin);
    console.log(`wrote ${file} (${(bin.length / 1048576).toFixed(2)} MiB) in ${((performance.now() - t0) / 1000).toFixed(0)}s`);
  }
}

main();
