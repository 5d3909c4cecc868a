/**
 * Where a content starts: a learned choice among the places a clause can begin (the tagger's own
 * start, the sentence start (or the one before it), after a comma, a colon, a dash, after a cue
 * word or a token the tagger labelled as a cue, after "that", a conjunction or a preposition, at
 * an opening quotation mark). The twin of ends.ts: a linear ranker
 * (averaged perceptron, trained by train.ts on the tagger's contents once their ends are chosen)
 * scores each candidate start from the words around it, what lies between it and the tagger's
 * start, and the tagger's confidence there; the best one wins.
 *
 * Model file (`data/starts.bin`, zlib-compressed): "RQS1" u32 bits, f32 weights[1 << bits].
 */
import { saveRanker, shippedRanker } from './ranker-file.js';
import { dataPath } from '../../data.js';
import type { Cand } from './build.js';
import { isCap, type Ctx } from './context.js';
import { BC, CUE, IC, SRC } from './tagger.js';
import { fnv, typeHash, WordSet } from './vocab.js';
import { CUES } from './lexicon.js';
import { rankable } from './ends.js';

export const SBITS_START = 16;
const MASK = (1 << SBITS_START) - 1;

/** Words after which a clause (and so a content) may begin. */
const LEADS = new Set([',', ';', ':', '—', '–', '-', '(', ')', 'that', 'and', 'but', 'because', 'as', 'while', 'which', 'who', 'when', 'if', 'whether', 'although', 'though', 'since', 'about', 'of', 'for', 'on', 'to', 'in', 'with', 'against', 'over', 'by', 'at', 'from', 'saying', 'according']);
const MAX_CANDS = 60;
/** How far before a candidate start to look for a cue word. */
const CUE_BEHIND = 4;

function h(t: number, a: number, b = 0): number {
  let x = Math.imul(t + 0x6a09e667, 0x9e3779b1) ^ a;
  x = Math.imul(x ^ (x >>> 15), 0x85ebca6b) ^ b;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) & MASK;
}

function bk(d: number): number {
  const a = Math.abs(d);
  const b = a === 0 ? 0 : a <= 2 ? 1 : a <= 5 ? 2 : a <= 10 ? 3 : a <= 20 ? 4 : 5;
  return d < 0 ? -b : b;
}

export interface StartCand {
  s: number;
  f: number[];
}

/** Features per candidate start (every template gives one). */
const NFS = 20;
const LEAD_WORD = new WordSet((w) => LEADS.has(w));
const CUE_WORD = new WordSet((w) => CUES.has(w));
const H_S = fnv('<s>');

let candS = new Int32Array(64);
let candF = new Int32Array(64 * NFS);
let seen = new Int32Array(0);
let seenNo = 0;
let pComma = new Int32Array(0);
let pCross = new Int32Array(0);
let pM = new Float64Array(0);
let pContent = new Int32Array(0);
let pSrc = new Int32Array(0);
let pCue = new Int32Array(0);
let pCaps = new Int32Array(0);

function addStart(cnt: number, s: number): number {
  if (seen[s] === seenNo) return cnt;
  seen[s] = seenNo;
  if (cnt === candS.length) {
    const ns = new Int32Array(cnt * 2);
    ns.set(candS);
    candS = ns;
  }
  candS[cnt] = s;
  return cnt + 1;
}

/**
 * The candidate starts of content [a, b) into `candS` and their features into `candF` (NFS per
 * start); returns how many. Starts lie between the start of the sentence before the content's
 * first one (same paragraph) and the content's end, nearest the tagger's start first, at most
 * MAX_CANDS.
 */
function startsInto(ctx: Ctx, c: Cand, lab: Uint8Array, margin: Float32Array): number {
  const { doc, low, marks, wid } = ctx;
  const { a, b } = c;
  const n = doc.tokens.length;
  const s0 = ctx.sentOf[a];
  const sent = doc.sentences[s0];
  const prev = s0 > 0 ? doc.sentences[s0 - 1] : undefined;
  const lo = prev && prev.paragraph === sent.paragraph ? prev.tokenStart : sent.tokenStart;
  if (seen.length < n + 2) seen = new Int32Array(Math.max(n + 2, seen.length * 2));
  seenNo++;
  let cnt = addStart(0, a);
  for (let s = lo; s < b; s++) {
    if (s === lo || ctx.sentOf[s] !== ctx.sentOf[s - 1]) cnt = addStart(cnt, s);
    else if (marks.inQ[s - 1] < 0 && (LEAD_WORD.has(wid[s - 1]) || CUE_WORD.has(wid[s - 1]) || lab[s - 1] === CUE)) cnt = addStart(cnt, s);
    else if (marks.markOf[s] >= 0 && marks.regions[marks.markOf[s]].open === s) cnt = addStart(cnt, s);
  }
  // stable insertion sort by distance from the tagger's start
  const m0 = cnt;
  for (let k = 1; k < m0; k++) {
    const s = candS[k];
    const d = Math.abs(s - a);
    let j = k - 1;
    while (j >= 0 && Math.abs(candS[j] - a) > d) {
      candS[j + 1] = candS[j];
      j--;
    }
    candS[j + 1] = s;
  }
  const m = Math.min(m0, MAX_CANDS);
  if (candF.length < m * NFS) candF = new Int32Array(Math.max(m, candF.length / NFS * 2) * NFS);
  const rh = c.rule.startsWith('tag+') ? fnv(c.rule, 4) : fnv(c.rule);
  let lo0 = a;
  let hi0 = a;
  for (let k = 0; k < m; k++) {
    if (candS[k] < lo0) lo0 = candS[k];
    if (candS[k] > hi0) hi0 = candS[k];
  }
  const len = hi0 - lo0 + 1;
  if (pComma.length < len) {
    const L2 = Math.max(len, pComma.length * 2, 256);
    pComma = new Int32Array(L2);
    pCross = new Int32Array(L2);
    pM = new Float64Array(L2);
    pContent = new Int32Array(L2);
    pSrc = new Int32Array(L2);
    pCue = new Int32Array(L2);
    pCaps = new Int32Array(L2);
  }
  pComma[0] = pCross[0] = pContent[0] = pSrc[0] = pCue[0] = pCaps[0] = 0;
  pM[0] = 0;
  for (let x = lo0; x < hi0; x++) {
    const k = x - lo0;
    const l = lab[x];
    pComma[k + 1] = pComma[k] + (low[x] === ',' ? 1 : 0);
    pCross[k + 1] = pCross[k] + (x > lo0 && ctx.sentOf[x] !== ctx.sentOf[x - 1] ? 1 : 0);
    pM[k + 1] = pM[k] + margin[x];
    pContent[k + 1] = pContent[k] + (l === BC || l === IC ? 1 : 0);
    pSrc[k + 1] = pSrc[k] + (l === SRC ? 1 : 0);
    pCue[k + 1] = pCue[k] + (l === CUE ? 1 : 0);
    pCaps[k + 1] = pCaps[k] + (isCap(ctx, x) ? 1 : 0);
  }
  const inQb = marks.inQ[b - 1] >= 0 ? 1 : 0;
  for (let k = 0; k < m; k++) {
    const s = candS[k];
    const o = k * NFS;
    const atS = s === 0 || ctx.sentOf[s] !== ctx.sentOf[s - 1];
    const prevH = atS ? H_S : typeHash(wid[s - 1]);
    const atH = typeHash(wid[s]);
    const d = s - a;
    const sd = Math.sign(d);
    candF[o] = h(1, s === a ? 1 : 0);
    candF[o + 1] = h(2, prevH);
    candF[o + 2] = h(3, atH);
    candF[o + 3] = h(4, prevH, atS || s < 2 ? H_S : typeHash(wid[s - 2]));
    candF[o + 4] = h(5, bk(d));
    candF[o + 5] = h(6, bk(d), prevH);
    candF[o + 6] = h(7, rh, prevH);
    candF[o + 7] = h(8, rh, bk(d));
    const x0 = Math.min(a, s) - lo0;
    const x1 = Math.max(a, s) - lo0;
    const commas = pComma[x1] - pComma[x0];
    const crosses = pCross[x1] - pCross[x0] > 0 ? 1 : 0;
    const mg = pM[x1] - pM[x0];
    const content = pContent[x1] - pContent[x0];
    const src = pSrc[x1] - pSrc[x0];
    const cue = pCue[x1] - pCue[x0];
    const caps = pCaps[x1] - pCaps[x0];
    const span = x1 - x0;
    const mm = span ? mg / span : 0;
    const mb = mm > 400 ? 3 : mm > 100 ? 2 : mm > 0 ? 1 : mm > -100 ? 0 : mm > -400 ? -1 : -2;
    candF[o + 8] = h(9, sd, Math.min(commas, 4));
    candF[o + 9] = h(10, sd, crosses);
    candF[o + 10] = h(11, sd, mb);
    candF[o + 11] = h(12, sd, span ? Math.round((4 * content) / span) : 9);
    candF[o + 12] = h(13, sd, (src ? 1 : 0) + (cue ? 2 : 0));
    candF[o + 13] = h(14, sd, mb * 16 + bk(d));
    candF[o + 14] = h(15, sd, Math.min(caps, 3));
    // a quotation cut open
    candF[o + 15] = h(16, s > 0 && marks.inQ[s] >= 0 && marks.inQ[s] === marks.inQ[s - 1] ? 1 : 0);
    candF[o + 16] = h(17, s > 0 ? lab[s - 1] : 9, sd);
    candF[o + 17] = h(18, bk(b - s), inQb);
    // a cue word just before the start ("said that …", "according to …"): the content of that cue begins here
    let behind = 0;
    for (let x = s - 1; x >= 0 && x >= s - CUE_BEHIND && ctx.sentOf[x] === ctx.sentOf[s]; x--) {
      if (marks.inQ[x] < 0 && CUE_WORD.has(wid[x])) {
        behind = s - x;
        break;
      }
    }
    candF[o + 18] = h(19, behind, sd);
    candF[o + 19] = h(20, behind, prevH);
  }
  return m;
}

/** The candidate starts of content [a, b) and their features. */
export function startCandidates(ctx: Ctx, c: Cand, lab: Uint8Array, margin: Float32Array): StartCand[] {
  const m = startsInto(ctx, c, lab, margin);
  const out: StartCand[] = [];
  for (let k = 0; k < m; k++) out.push({ s: candS[k], f: Array.from(candF.subarray(k * NFS, (k + 1) * NFS)) });
  return out;
}

export function scoreStart(W: Float32Array, c: StartCand): number {
  let s = 0;
  for (const x of c.f) s += W[x];
  return s;
}

/** Moves each content's start to the ranker's choice (never into the content before it). */
export function chooseStarts(ctx: Ctx, cands: Cand[], lab: Uint8Array, margin: Float32Array, W: Float32Array): void {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (!rankable(ctx, c)) continue;
    const m = startsInto(ctx, c, lab, margin);
    let best = c.a;
    let bs = -Infinity;
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let f = j * NFS; f < (j + 1) * NFS; f++) s += W[candF[f]];
      if (s > bs) {
        bs = s;
        best = candS[j];
      }
    }
    const prevB = k > 0 ? cands[k - 1].b : -1;
    if (best < prevB) best = Math.min(c.a, Math.max(best, prevB));
    c.a = best;
  }
}

export function saveStarts(W: Float32Array): Buffer {
  return saveRanker('RQS1', SBITS_START, W);
}

const STARTS_FILE = 'extract/quotes/data/starts.bin';

export function startsPath(): string {
  return dataPath(STARTS_FILE);
}

/** The shipped start ranker, or null. */
export const STARTS: Float32Array | null = shippedRanker('RQS1', SBITS_START, STARTS_FILE, 'quotes starts');
