/**
 * Where a content ends: a learned choice among the places a clause can stop (the tagger's own
 * end, a comma, a dash, a conjunction, the sentence end, the next sentence's end). A linear
 * ranker (averaged perceptron, trained by train.ts on the tagger's output) scores each candidate
 * end from the words around it, what lies between it and the tagger's end, and the tagger's
 * confidence there; the best one wins.
 *
 * Model file (`data/ends.bin`, zlib-compressed): "RQE1" u32 bits, f32 weights[1 << bits].
 */
import { existsSync, readFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { dataPath } from '../../data.js';
import type { Cand } from './build.js';
import { isCap, type Ctx } from './context.js';
import { BC, CUE, IC, SRC } from './tagger.js';

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

/** The candidate ends of content [a, b) and their features. */
export function endCandidates(ctx: Ctx, c: Cand, lab: Uint8Array, margin: Float32Array): EndCand[] {
  const { doc, low, marks } = ctx;
  const { a, b } = c;
  const n = doc.tokens.length;
  const s0 = ctx.sentOf[b - 1];
  const sent = doc.sentences[s0];
  const next = doc.sentences[s0 + 1];
  const limit = next && next.paragraph === sent.paragraph ? next.tokenEnd : sent.tokenEnd;
  const ends = new Set<number>([b]);
  for (let e = a + 1; e <= limit && e <= n; e++) {
    if (e === sent.tokenEnd || (next && e === next.tokenEnd)) {
      // a sentence end, before its stop
      let x = e;
      while (x > a + 1 && (low[x - 1] === '.' || low[x - 1] === '!' || low[x - 1] === '?')) x--;
      ends.add(x);
    } else if (e < n && STOPS.has(low[e]) && marks.inQ[e] < 0) ends.add(e);
    else if (e < n && marks.markOf[e] >= 0) ends.add(e + (marks.regions[marks.markOf[e]].close === e ? 1 : 0));
  }
  const rh = sh(c.rule.replace(/^tag\+/, ''));
  const list = [...ends].filter((e) => e > a && e <= n).sort((x, y) => Math.abs(x - b) - Math.abs(y - b)).slice(0, MAX_CANDS);
  const out: EndCand[] = [];
  // prefix counts over [lo0, hi0): what lies between the tagger's end and a candidate end
  const lo0 = Math.min(a, ...list);
  const hi0 = Math.max(b, ...list);
  const len = hi0 - lo0 + 1;
  const pComma = new Int32Array(len);
  const pCross = new Int32Array(len);
  const pM = new Float64Array(len);
  const pContent = new Int32Array(len);
  const pSrc = new Int32Array(len);
  const pCue = new Int32Array(len);
  const pCaps = new Int32Array(len);
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
  for (const e of list) {
    const f: number[] = [];
    const at = e < n ? low[e] : '<end>';
    const before = low[e - 1];
    const atS = e >= n || ctx.sentOf[e] !== ctx.sentOf[e - 1];
    const atH = sh(atS ? '<s>' : at);
    const d = e - b;
    const tagEnd = e === b ? 1 : 0;
    f.push(h(1, tagEnd));
    f.push(h(2, atH));
    f.push(h(3, sh(before)));
    f.push(h(4, atH, sh(e + 1 < n ? low[e + 1] : '<end>')));
    f.push(h(5, bk(d)));
    f.push(h(6, bk(d), atH));
    f.push(h(7, rh, atH));
    f.push(h(8, rh, bk(d)));
    // what lies between the tagger's end and this one
    const lo = Math.min(b, e);
    const hi = Math.max(b, e);
    const i0 = lo - lo0;
    const i1 = hi - lo0;
    const commas = pComma[i1] - pComma[i0];
    // a sentence boundary strictly inside (lo, hi)
    const crosses = hi - lo > 1 && pCross[i1] - pCross[i0 + 1] > 0 ? 1 : 0;
    const m = pM[i1] - pM[i0];
    const content = pContent[i1] - pContent[i0];
    const src = pSrc[i1] - pSrc[i0];
    const cue = pCue[i1] - pCue[i0];
    const caps = pCaps[i1] - pCaps[i0];
    const span = hi - lo;
    const mm = span ? m / span : 0;
    const mb = mm > 400 ? 3 : mm > 100 ? 2 : mm > 0 ? 1 : mm > -100 ? 0 : mm > -400 ? -1 : -2;
    f.push(h(9, Math.sign(d), Math.min(commas, 4)));
    f.push(h(10, Math.sign(d), crosses));
    f.push(h(11, Math.sign(d), mb));
    f.push(h(12, Math.sign(d), span ? Math.round((4 * content) / span) : 9));
    f.push(h(13, Math.sign(d), (src ? 1 : 0) + (cue ? 2 : 0)));
    f.push(h(14, Math.sign(d), mb * 16 + bk(d)));
    f.push(h(15, Math.sign(d), Math.min(caps, 3)));
    // a quotation cut open
    f.push(h(16, marks.inQ[e - 1] >= 0 && e < n && marks.inQ[e] === marks.inQ[e - 1] ? 1 : 0));
    f.push(h(17, e < n ? lab[e] : 9, Math.sign(d)));
    f.push(h(18, bk(e - a)));
    f.push(h(19, atH, Math.sign(d)));
    f.push(h(20, marks.inQ[a] >= 0 ? 1 : 0, atH));
    out.push({ e, f });
  }
  return out;
}

export function scoreEnd(W: Float32Array, c: EndCand): number {
  let s = 0;
  for (const x of c.f) s += W[x];
  return s;
}

/** Contents whose end is the ranker's to choose: not split quotes, transcript turns or whole quotations. */
export function rankable(ctx: Ctx, c: Cand): boolean {
  if (c.frags || c.rule.endsWith('speaker-label') || c.rule.endsWith('speaker-label-turn')) return false;
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
    const cs = endCandidates(ctx, c, lab, margin);
    let best = c.b;
    let bs = -Infinity;
    for (const x of cs) {
      const s = scoreEnd(W, x);
      if (s > bs) {
        bs = s;
        best = x.e;
      }
    }
    // never run into the next content
    const nextA = k + 1 < cands.length ? cands[k + 1].a : Infinity;
    if (best > nextA) best = Math.max(c.b, Math.min(best, nextA));
    c.b = best;
  }
}

export function saveEnds(W: Float32Array): Buffer {
  const head = Buffer.alloc(8);
  head.write('RQE1', 0, 'latin1');
  head.writeUInt32LE(EBITS, 4);
  return deflateSync(Buffer.concat([head, Buffer.from(W.buffer, W.byteOffset, W.byteLength)]), { level: 9 });
}

export function loadEnds(buf: Buffer): Float32Array {
  const raw = inflateSync(buf);
  if (raw.toString('latin1', 0, 4) !== 'RQE1' || raw.readUInt32LE(4) !== EBITS) throw new Error('quotes ends: bad model file');
  const W = new Float32Array(1 << EBITS);
  for (let i = 0; i < W.length; i++) W[i] = raw.readFloatLE(8 + 4 * i);
  return W;
}

const ENDS_FILE = 'extract/quotes/data/ends.bin';

export function endsPath(): string {
  return dataPath(ENDS_FILE);
}

/** The shipped end ranker, or null. */
export const ENDS: Float32Array | null = existsSync(dataPath(ENDS_FILE)) ? loadEnds(readFileSync(dataPath(ENDS_FILE))) : null;
