/**
 * Where a content ends: a learned choice among the places a clause can stop (the tagger's own
 * end, a comma, a dash, a conjunction, the sentence end, the next sentence's end). A linear
 * ranker (averaged perceptron, trained by train.ts on the tagger's output) scores each candidate
 * end from the words around it, what lies between it and the tagger's end, and the tagger's
 * confidence there; the best one wins.
 *
 * Model file (`data/ends.bin`, zlib-compressed): "RQE1" u32 bits, f32 weights[1 << bits].
 */
import { loadRanker, saveRanker, shippedRanker } from './ranker-file.js';
import { dataPath } from '../../data.js';
import { isTurn, type Cand } from './build.js';
import { isCap, type Ctx } from './context.js';
import { BC, CUE, IC, SRC } from './tagger.js';
import { fnv, typeHash, WordSet } from './vocab.js';
import { CUES } from './lexicon.js';

export const EBITS = 16;
const EMASK = (1 << EBITS) - 1;

const STOPS = new Set([',', ';', ':', '—', '–', '-', '(', ')', 'and', 'but', 'because', 'after', 'as', 'while', 'which', 'who', 'when', 'if', 'since', 'although', 'though', 'where', 'before', 'until', 'or', 'so', 'whether', 'saying', 'adding', 'according', 'than', 'even', 'despite', 'including', 'with', 'for', 'in', 'on', 'at', 'to', 'by']);
const MAX_CANDS = 40;

function h(t: number, a: number, b = 0): number {
  let x = Math.imul(t + 0x2545f491, 0x9e3779b1) ^ a;
  x = Math.imul(x ^ (x >>> 15), 0x85ebca6b) ^ b;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) & EMASK;
}

function sh(s: string): number {
  let x = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 0x01000193);
  return x;
}

function bk(d: number): number {
  const a = Math.abs(d);
  const b = a === 0 ? 0 : a <= 2 ? 1 : a <= 5 ? 2 : a <= 10 ? 3 : a <= 20 ? 4 : 5;
  return d < 0 ? -b : b;
}

export interface EndCand {
  e: number;
  f: number[];
}

/** Features per candidate end (every template gives one). */
const NFE = 22;
const STOP_WORD = new WordSet((w) => STOPS.has(w));
/** Words of the cue lexicon (a verb of saying, belief or evidence): one just after an end opens another attribution. */
const CUE_WORD = new WordSet((w) => CUES.has(w));
/** How far past a candidate end to look for a cue word. */
const CUE_AHEAD = 4;
const H_S = sh('<s>');
const H_END = sh('<end>');

/**
 * Reused buffers: candidate ends, their features (NFE each), prefix counts, a seen-stamp per token.
 * `candE` starts large enough for any sentence pair of news text: its growth, first needed late
 * in a run, cost the optimized `candidateEnds` a deopt and a recompile. The prefix counts likewise
 * start at 1,024 tokens (a window of news text reached 356), not empty: their growth at a first
 * longer window, late in a run, cost `prefixCounts` the same.
 */
let candE = new Int32Array(1024);
let candF = new Int32Array(64 * NFE);
let seen = new Int32Array(0);
let seenNo = 0;
let pComma = new Int32Array(1024);
let pCross = new Int32Array(1024);
let pM = new Float64Array(1024);
let pContent = new Int32Array(1024);
let pSrc = new Int32Array(1024);
let pCue = new Int32Array(1024);
let pCaps = new Int32Array(1024);

function addEnd(cnt: number, e: number): number {
  if (seen[e] === seenNo) return cnt;
  seen[e] = seenNo;
  if (cnt === candE.length) {
    const ne = new Int32Array(cnt * 2);
    ne.set(candE);
    candE = ne;
  }
  candE[cnt] = e;
  return cnt + 1;
}

/**
 * The candidate ends of content [a, b) into `candE` and their features into `candF` (NFE per
 * end, in template order); returns how many. Ends are taken nearest the tagger's end first
 * (ties in the order found), at most MAX_CANDS.
 */
function endsInto(ctx: Ctx, c: Cand, lab: Uint8Array, margin: Float32Array): number {
  const m = candidateEnds(ctx, c);
  // prefix counts over [lo0, hi0): what lies between the tagger's end and a candidate end
  let lo0 = c.a;
  let hi0 = c.b;
  for (let k = 0; k < m; k++) {
    if (candE[k] < lo0) lo0 = candE[k];
    if (candE[k] > hi0) hi0 = candE[k];
  }
  prefixCounts(ctx, lab, margin, lo0, hi0);
  endFeatures(ctx, c, lab, m, lo0);
  return m;
}

/** Whether an end before token e would cut a word joined by a hyphen ("the U.S.|-Russia agenda", "anti|-corruption"). */
function insideCompound(ctx: Ctx, e: number): boolean {
  const t = ctx.doc.tokens;
  if (e <= 0 || e + 1 >= t.length || ctx.low[e] !== '-') return false;
  return t[e - 1].end === t[e].start && t[e].end === t[e + 1].start;
}

/** The candidate ends of content [a, b) into `candE`, nearest the tagger's end first (ties in the order found), at most MAX_CANDS; returns how many. */
function candidateEnds(ctx: Ctx, c: Cand): number {
  const { doc, low, marks, wid } = ctx;
  const { a, b } = c;
  const n = doc.tokens.length;
  const s0 = ctx.sentOf[b - 1];
  const sent = doc.sentences[s0];
  const next = doc.sentences[s0 + 1];
  const limit = next && next.paragraph === sent.paragraph ? next.tokenEnd : sent.tokenEnd;
  if (seen.length < n + 2) seen = new Int32Array(Math.max(n + 2, seen.length * 2));
  seenNo++;
  let cnt = addEnd(0, b);
  for (let e = a + 1; e <= limit && e <= n; e++) {
    if (e === sent.tokenEnd || (next && e === next.tokenEnd)) {
      // a sentence end, before its stop
      let x = e;
      while (x > a + 1 && (low[x - 1] === '.' || low[x - 1] === '!' || low[x - 1] === '?')) x--;
      cnt = addEnd(cnt, x);
    } else if (e < n && STOP_WORD.has(wid[e]) && marks.inQ[e] < 0 && !listComma(low, e) && !modifierPair(ctx, e)) cnt = addEnd(cnt, e);
    else if (e < n && marks.markOf[e] >= 0) cnt = addEnd(cnt, e + (marks.regions[marks.markOf[e]].close === e ? 1 : 0));
  }
  // "that, if elected, he would …": a content that opens with a comma after "that" runs past the
  // comma closing what it set off
  let lo = a;
  if (low[a] === 'that' && low[a + 1] === ',') {
    for (let x = a + 2; x < limit && x < n; x++) {
      if (low[x] === ',' && marks.inQ[x] < 0) {
        lo = x + 1;
        break;
      }
      if (low[x] === '.' || low[x] === ';') break;
    }
  }
  // "all their concerns—security, trade, energy—were addressed": no end inside a pair of dashes
  // that sets off a phrase within the sentence, nor at its first dash
  // (both searches made for every content, the second from the sentence's end when there is no
  // first dash: code reached only at a dash, first run late, cost the optimized caller a deopt)
  const se = Math.min(sent.tokenEnd, n);
  const dash1 = dashAt(low, marks.inQ, a + 1, se);
  const dash2 = dashAt(low, marks.inQ, (dash1 >= 0 ? dash1 : se - 2) + 2, se);
  const dashFrom = Math.min(dash1, dash2) >= 0 ? dash1 : -1;
  const dashTo = Math.min(dash1, dash2) >= 0 ? dash2 : -1;
  // keep lo < e <= n; stable insertion sort by distance from the tagger's end
  let m = 0;
  for (let k = 0; k < cnt; k++) {
    const e = candE[k];
    if (e > lo && e <= n && !(e >= dashFrom && e <= dashTo) && !insideCompound(ctx, e)) candE[m++] = e;
  }
  if (m === 0) candE[m++] = b;
  for (let k = 1; k < m; k++) {
    const e = candE[k];
    const d = Math.abs(e - b);
    let j = k - 1;
    while (j >= 0 && Math.abs(candE[j] - b) > d) {
      candE[j + 1] = candE[j];
      j--;
    }
    candE[j + 1] = e;
  }
  if (m > MAX_CANDS) m = MAX_CANDS;
  if (candF.length < m * NFE) candF = new Int32Array(Math.max(m, candF.length / NFE * 2) * NFE);
  return m;
}

/** Determiners that open a noun phrase. (A set of its own: with spans.ts's NOUN_DETERMINERS in its place the retrained end ranker lost 12 matches in 5-fold CV.) */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * Is token e the "and"/"or" between two modifiers of one noun ("this unprovoked and unjustified
 * attack", "the deep and lasting ties")? The noun phrase is not over: no end there.
 */
function modifierPair(ctx: Ctx, e: number): boolean {
  const { low } = ctx;
  if ((low[e] !== 'and' && low[e] !== 'or') || e < 2 || !DETERMINERS.has(low[e - 2])) return false;
  return isLowerWord(ctx, e - 1) && isLowerWord(ctx, e + 1) && !DETERMINERS.has(low[e + 1]) && isLowerWord(ctx, e + 2);
}

function isLowerWord(ctx: Ctx, i: number): boolean {
  const t = i < ctx.doc.tokens.length ? ctx.doc.tokens[i] : undefined;
  return t !== undefined && t.kind === 'word' && !isCap(ctx, i);
}

/** Is token e the comma of a list ("taxes, fees and tolls", "Ohio, Texas, Maine"): one or two words, then "and", "or" or another comma? */
function listComma(low: readonly string[], e: number): boolean {
  if (low[e] !== ',') return false;
  for (let x = e + 2; x <= e + 3 && x < low.length; x++) {
    const w = low[x];
    if (w === 'and' || w === 'or' || w === ',') return low[e + 1] !== 'and' && low[e + 1] !== 'or' && low[e + 1] !== 'but';
  }
  return false;
}

/** The first dash ("—", "–") outside quotation marks in tokens [from, to), or -1. */
function dashAt(low: readonly string[], inQ: Int32Array, from: number, to: number): number {
  for (let x = from; x < to; x++) if (inQ[x] < 0 && (low[x] === '—' || low[x] === '–')) return x;
  return -1;
}

function growPrefix(len: number): void {
  const L2 = Math.max(len, pComma.length * 2, 256);
  pComma = new Int32Array(L2);
  pCross = new Int32Array(L2);
  pM = new Float64Array(L2);
  pContent = new Int32Array(L2);
  pSrc = new Int32Array(L2);
  pCue = new Int32Array(L2);
  pCaps = new Int32Array(L2);
}

/** Prefix counts over tokens [lo0, hi0) (commas, sentence changes, margins, tagger labels, capitals) into `pComma`… at x - lo0 + 1. */
function prefixCounts(ctx: Ctx, lab: Uint8Array, margin: Float32Array, lo0: number, hi0: number): void {
  const { low } = ctx;
  const len = hi0 - lo0 + 1;
  if (pComma.length < len) growPrefix(len);
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
}

/** The features of the `m` candidate ends in `candE` into `candF` (NFE per end, in template order), from the prefix counts starting at `lo0`. */
function endFeatures(ctx: Ctx, c: Cand, lab: Uint8Array, m: number, lo0: number): void {
  const { doc, marks, wid } = ctx;
  const { a, b } = c;
  const n = doc.tokens.length;
  const rh = c.rule.startsWith('tag+') ? fnv(c.rule, 4) : fnv(c.rule);
  const inQa = marks.inQ[a] >= 0 ? 1 : 0;
  for (let k = 0; k < m; k++) {
    const e = candE[k];
    const o = k * NFE;
    const atS = e >= n || ctx.sentOf[e] !== ctx.sentOf[e - 1];
    const atH = atS ? H_S : typeHash(wid[e]);
    const d = e - b;
    const sd = Math.sign(d);
    const tagEnd = e === b ? 1 : 0;
    candF[o] = h(1, tagEnd);
    candF[o + 1] = h(2, atH);
    candF[o + 2] = h(3, typeHash(wid[e - 1]));
    candF[o + 3] = h(4, atH, e + 1 < n ? typeHash(wid[e + 1]) : H_END);
    candF[o + 4] = h(5, bk(d));
    candF[o + 5] = h(6, bk(d), atH);
    candF[o + 6] = h(7, rh, atH);
    candF[o + 7] = h(8, rh, bk(d));
    // what lies between the tagger's end and this one
    const lo = Math.min(b, e);
    const hi = Math.max(b, e);
    const i0 = lo - lo0;
    const i1 = hi - lo0;
    const commas = pComma[i1] - pComma[i0];
    // a sentence boundary strictly inside (lo, hi)
    const crosses = hi - lo > 1 && pCross[i1] - pCross[i0 + 1] > 0 ? 1 : 0;
    const mg = pM[i1] - pM[i0];
    const content = pContent[i1] - pContent[i0];
    const src = pSrc[i1] - pSrc[i0];
    const cue = pCue[i1] - pCue[i0];
    const caps = pCaps[i1] - pCaps[i0];
    const span = hi - lo;
    const mm = span ? mg / span : 0;
    const mb = mm > 400 ? 3 : mm > 100 ? 2 : mm > 0 ? 1 : mm > -100 ? 0 : mm > -400 ? -1 : -2;
    candF[o + 8] = h(9, sd, Math.min(commas, 4));
    candF[o + 9] = h(10, sd, crosses);
    candF[o + 10] = h(11, sd, mb);
    candF[o + 11] = h(12, sd, span ? Math.round((4 * content) / span) : 9);
    candF[o + 12] = h(13, sd, (src ? 1 : 0) + (cue ? 2 : 0));
    candF[o + 13] = h(14, sd, mb * 16 + bk(d));
    candF[o + 14] = h(15, sd, Math.min(caps, 3));
    // a quotation cut open: the tokens on both sides of the end in one quotation (the tests in
    // an order that runs each of them for most ends, none first late in a pass)
    const after = e < n ? marks.inQ[e] : -1;
    candF[o + 15] = h(16, after === marks.inQ[e - 1] && after >= 0 ? 1 : 0);
    candF[o + 16] = h(17, e < n ? lab[e] : 9, sd);
    candF[o + 17] = h(18, bk(e - a));
    candF[o + 18] = h(19, atH, sd);
    candF[o + 19] = h(20, inQa, atH);
    // a cue word just past the end ("… and he railed against", "…, which the report called"): another attribution starts
    let ahead = 0;
    for (let x = e; x < n && x < e + CUE_AHEAD && ctx.sentOf[x] === ctx.sentOf[e - 1]; x++) {
      if (marks.inQ[x] < 0 && CUE_WORD.has(wid[x])) {
        ahead = x - e + 1;
        break;
      }
    }
    candF[o + 20] = h(21, ahead, sd);
    candF[o + 21] = h(22, ahead, atH);
  }
}

/** The candidate ends of content [a, b) and their features. */
export function endCandidates(ctx: Ctx, c: Cand, lab: Uint8Array, margin: Float32Array): EndCand[] {
  const m = endsInto(ctx, c, lab, margin);
  const out: EndCand[] = [];
  for (let k = 0; k < m; k++) out.push({ e: candE[k], f: Array.from(candF.subarray(k * NFE, (k + 1) * NFE)) });
  return out;
}

export function scoreEnd(W: Float32Array, c: EndCand): number {
  let s = 0;
  for (const x of c.f) s += W[x];
  return s;
}

/** Contents whose end is the ranker's to choose: not split quotes, transcript turns or whole quotations. */
export function rankable(ctx: Ctx, c: Cand): boolean {
  if (c.frags || isTurn(c)) return false;
  const { inQ, markOf } = ctx.marks;
  const ra = inQ[c.a] >= 0 ? inQ[c.a] : markOf[c.a];
  const rb = inQ[c.b - 1] >= 0 ? inQ[c.b - 1] : markOf[c.b - 1];
  return !(ra >= 0 && ra === rb);
}

/** Moves each content's end to the ranker's choice. */
export function chooseEnds(ctx: Ctx, cands: Cand[], lab: Uint8Array, margin: Float32Array, W: Float32Array): void {
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (!rankable(ctx, c)) continue;
    const m = endsInto(ctx, c, lab, margin);
    let best = c.b;
    let bs = -Infinity;
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let f = j * NFE; f < (j + 1) * NFE; f++) s += W[candF[f]];
      if (s > bs) {
        bs = s;
        best = candE[j];
      }
    }
    // never run into the next content, nor into its cue ("not to be named said the bill …")
    const nx = k + 1 < cands.length ? cands[k + 1] : null;
    const nextA = nx ? (nx.cue && nx.cue[0] >= c.b && nx.cue[0] < nx.a ? nx.cue[0] : nx.a) : Infinity;
    if (best > nextA) best = Math.max(c.b, Math.min(best, nextA));
    c.b = best;
  }
}

export function saveEnds(W: Float32Array): Buffer {
  return saveRanker('RQE1', EBITS, W);
}

export function loadEnds(buf: Buffer): Float32Array {
  return loadRanker('RQE1', EBITS, buf, 'quotes ends');
}

const ENDS_FILE = 'extract/quotes/data/ends.bin';

export function endsPath(): string {
  return dataPath(ENDS_FILE);
}

/** The shipped end ranker, or null. */
export const ENDS: Float32Array | null = shippedRanker('RQE1', EBITS, ENDS_FILE, 'quotes ends');
