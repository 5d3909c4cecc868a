/**
 * A learned tagger over the tokens of a paragraph: each token is outside (O), the beginning or
 * inside of an attributed content (BC, IC), part of the source (SRC) or of the cue (CUE).
 *
 * The model is a first-order linear chain (averaged structured perceptron, trained by
 * `train.ts` on PolNeAR) decoded with Viterbi. Its features are the words around a token,
 * pairs of their coarse word clusters (the entities layer's, 64-way), their shapes and
 * suffixes, the cue lexicon, the quotation marks, the mentions, and what the
 * hand-written rules found (a rule's content, speaker and cue spans are features, so the model
 * learns where to trust, extend or drop them). Features are hashed into a fixed table: no
 * strings are built per token.
 *
 * Model file (`data/tagger.bin`, zlib-compressed):
 *   "RQT1" u32 bits, u32 nTrans, f32 scale, u32 nKeys, u32 keys[nKeys] (bucket × L + label),
 *   i16 weights[nKeys], f32 trans[nTrans]
 */
import { firstStartingFrom } from '../../model/doc.js';
import type { Sentence } from '../../model/types.js';
import { Buffers } from '../../buffers.js';
import { existsSync, readFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { dataPath } from '../../data.js';
import type { Cand } from './build.js';
import { freshIds, isCap, type Ctx } from './context.js';
import { typeHash, vocabGen, vocabSize } from './vocab.js';
import { CUES } from './lexicon.js';
import { loadClusters } from '../entities/clusters.js';
import { FNV_SEED, hstep } from '../entities/hash.js';
import { IntMap } from '../entities/intmap.js';
import { tokenTypes, typeCount, typeGeneration } from '../../text/types.js';

/** Labels. */
export const O = 0;
export const BC = 1;
export const IC = 2;
export const SRC = 3;
export const CUE = 4;
export const L = 5;

export const BITS = 18;
const NB = 1 << BITS;
const MASK = NB - 1;
/** Transition contexts: ordinary token, sentence start, paragraph… (see `tclass`). */
const TC = 6;
export const NTRANS = TC * (L + 1) * L;
/** Features per token (every template emits exactly one). */
export const NF = 52;

// cheap integer mixing (multiply-xorshift); a feature is a template number mixed with its values
function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x9e3779b1);
  return h ^ (h >>> 15);
}

function f1(t: number, a: number): number {
  const h = Math.imul(mix(t * 0x85ebca6b, a), 0x27d4eb2f);
  return (h ^ (h >>> 13)) & MASK;
}

function f2(t: number, a: number, b: number): number {
  const h = Math.imul(mix(mix(t * 0x85ebca6b, a), b), 0x27d4eb2f);
  return (h ^ (h >>> 13)) & MASK;
}

function f3(t: number, a: number, b: number, c: number): number {
  const h = Math.imul(mix(mix(mix(t * 0x85ebca6b, a), b), c), 0x27d4eb2f);
  return (h ^ (h >>> 13)) & MASK;
}

/**
 * The eight word-only templates (the word; the word as the neighbour one or two to the left or
 * right; word × label "none" for the word and its neighbours) share one aligned block of eight
 * rows per word: slot k of the word's block. Summing them per word type reads one block.
 */
function wb(w: number, k: number): number {
  return (f1(2, w) & (MASK ^ 7)) | k;
}

function strHash(s: string, from = 0): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Token shape: 0 lower word, 1 capitalized, 2 all caps, 3 number, 4 comma, 5 stop (.!?), 6 other punct, 7 quote mark. */
function shapeOf(ctx: Ctx, i: number): number {
  const t = ctx.doc.tokens[i];
  if (t.kind === 'number') return 3;
  if (t.kind === 'quote') return 7;
  if (t.kind === 'word') {
    if (!isCap(ctx, i)) return 0;
    if (t.end - t.start < 2) return 1;
    // all capitals: the lower-cased form differs at every letter
    const w = ctx.low[i];
    const text = ctx.text;
    if (w.length !== t.end - t.start) {
      for (let k = 1; k < w.length; k++) if (w.charCodeAt(k) === text.charCodeAt(t.start + k) && w[k] !== w[k].toUpperCase()) return 1;
      return 2;
    }
    for (let k = 1; k < w.length; k++) {
      const c = text.charCodeAt(t.start + k);
      if (c < 128) {
        // ASCII: written in lower case and a letter
        if (c >= 97 && c <= 122) return 1;
      } else if (w.charCodeAt(k) === c && w[k] !== w[k].toUpperCase()) return 1;
    }
    return 2;
  }
  const w = ctx.low[i];
  if (w === ',') return 4;
  if (w === '.' || w === '!' || w === '?') return 5;
  return 6;
}

/** Cue-lexicon class: 0 none, 1 saying, 2 telling, 3 belief/stance, 4 "according". */
function cueClass(w: string): number {
  if (w === 'according') return 4;
  const c = CUES.get(w);
  if (!c) return 0;
  return c.cls === 'S' ? 1 : c.cls === 'T' ? 2 : 3;
}

function bucket(d: number): number {
  if (d < 0) return 15;
  if (d <= 3) return d;
  if (d <= 5) return 4;
  if (d <= 8) return 5;
  if (d <= 12) return 6;
  if (d <= 20) return 7;
  return 8;
}

/** Per-token rule labels (O/BC/IC/SRC/CUE) and the rule that produced a content token. */
export function ruleLabels(ctx: Ctx, rules: Cand[]): { lab: Uint8Array; name: Int32Array } {
  const n = ctx.doc.tokens.length;
  const lab = new Uint8Array(n);
  const name = new Int32Array(n);
  const toks = ctx.doc.tokens;
  for (const c of rules) {
    const rh = strHash(c.rule);
    for (let i = c.a; i < c.b; i++) {
      lab[i] = i === c.a ? BC : IC;
      name[i] = rh;
    }
    if (c.cue) for (let i = c.cue[0]; i < c.cue[1]; i++) if (!lab[i]) lab[i] = CUE;
    const sp = c.speaker;
    if (sp && sp.start !== undefined && sp.end !== undefined) {
      // tokens of the speaker span (short: walk from the cue or the content)
      let i = firstStartingFrom(ctx.doc.tokens, sp.start);
      for (; i < n && toks[i].start < sp.end; i++) if (!lab[i]) lab[i] = SRC;
    }
  }
  return { lab, name };
}

/** Token ranges [a, b) of the paragraphs, in order. */
export function paragraphRanges(ctx: Ctx): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const { sentences } = ctx.doc;
  let s = 0;
  while (s < sentences.length) {
    const p = sentences[s].paragraph;
    const a = sentences[s].tokenStart;
    let e = s;
    while (e + 1 < sentences.length && sentences[e + 1].paragraph === p) e++;
    const b = sentences[e].tokenEnd;
    if (b > a) out.push([a, b]);
    s = e + 1;
  }
  return out;
}

/** Transition context of token i: 0 ordinary, 1 sentence start, 2 comma, 3 quote mark, 4 stop, 5 after a sentence end. */
export function transClasses(ctx: Ctx): Uint8Array {
  const n = ctx.doc.tokens.length;
  const out = new Uint8Array(n);
  for (const s of ctx.doc.sentences) if (s.tokenStart < n) out[s.tokenStart] = 1;
  for (let i = 0; i < n; i++) {
    if (out[i] === 1) continue;
    const w = ctx.low[i];
    if (w === ',') out[i] = 2;
    else if (ctx.doc.tokens[i].kind === 'quote') out[i] = 3;
    else if (w === '.' || w === '!' || w === '?' || w === ';' || w === ':') out[i] = 4;
    else if (i > 0 && ctx.sentOf[i - 1] !== ctx.sentOf[i]) out[i] = 5;
  }
  return out;
}

/** `transClasses` from the prepared shapes (4 comma, 5 stop, 6 other punctuation, 7 quotation mark), without string tests but for other punctuation. */
function transClassesP(ctx: Ctx, P: Prepared): Uint8Array {
  const n = P.n;
  const out = new Uint8Array(n);
  const { sh, sentOf } = P;
  for (const s of ctx.doc.sentences) if (s.tokenStart < n) out[s.tokenStart] = 1;
  for (let i = 0; i < n; i++) {
    if (out[i] === 1) continue;
    const x = sh[i];
    if (x === 4) out[i] = 2;
    else if (x === 7) out[i] = 3;
    else if (x === 5) out[i] = 4;
    else if (x === 6 && (ctx.low[i] === ';' || ctx.low[i] === ':')) out[i] = 4;
    else if (i > 0 && sentOf[i - 1] !== sentOf[i]) out[i] = 5;
  }
  return out;
}

const NONE = 0x5bd1e995;

export interface Prepared {
  n: number;
  sentOf: Int32Array;
  wh: Int32Array;
  sh: Uint8Array;
  cc: Uint8Array;
  lc: Uint8Array;
  plc: Uint8Array;
  leftL: Int32Array;
  rightL: Int32Array;
  suf: Int32Array;
  rl: Uint8Array;
  rn: Int32Array;
  q: Uint8Array;
  leftCue: Int32Array;
  rightCue: Int32Array;
  leftComma: Int32Array;
  sentPos: Int32Array;
  sentLen: Int32Array;
  sentHasQ: Uint8Array;
  sentHasCue: Uint8Array;
  paraStart: Uint8Array;
  mf: Uint8Array;
  pw: Int32Array;
  psh: Uint8Array;
  pcc: Uint8Array;
  prl: Uint8Array;
  pq: Uint8Array;
  /** per token: its word type (lower-cased form) in this document; `types`: number of types */
  tid: Int32Array;
  types: number;
  /** per word type: vocabulary id, hash, suffix hash, cue class, learned cue class */
  typeId: Int32Array;
  typeHash: Int32Array;
  typeSuf: Int32Array;
  typeCc: Uint8Array;
  typeLc: Uint8Array;
  /** the shape of each type's first token (the word × shape feature is summed for it) */
  typeSh: Uint8Array;
  /** padded (like `pw`): each token's coarse word cluster, 1…CG (0: none, CG + 1: padding) */
  pcl: Uint8Array;
  /** padded (like `pw`): where each token's word-type rows start in the table `typeRows` returns (written by it) */
  prow: Int32Array;
  /** per word type: where its rows start (scratch of `typeRows`) */
  typeSlot: Int32Array;
}

/** Coarse word clusters (the entities layer's 64-way grain) stand for the words in the pair templates. */
export const CG = 64;

/** Word hash (as written, see the entities layer's clusters.ts) → its coarsest cluster + 1, loaded once. */
const COARSE: IntMap = (() => {
  const all = loadClusters();
  const m = new IntMap(all.size);
  for (const [h, c] of all) m.set(h, ((c - 1) & 0xff) + 1);
  return m;
})();

/**
 * Per vocabulary id (vocab.ts), computed once for the process: the suffix hash, the cue class
 * and the lower-cased form's coarse cluster (-1: not yet computed). The learned cue class is kept
 * per cue table (`lcOf`). Per document, `stamp`/`localOf` map ids to the document's word types.
 */
interface VocabCache {
  gen: number;
  suf: Int32Array;
  cc: Int8Array;
  cl: Int8Array;
  stamp: Int32Array;
  localOf: Int32Array;
  doc: number;
}

const VC: VocabCache = { gen: -1, suf: new Int32Array(0), cc: new Int8Array(0), cl: new Int8Array(0), stamp: new Int32Array(0), localOf: new Int32Array(0), doc: 0 };

function vocabCache(): VocabCache {
  const size = vocabSize();
  if (VC.gen !== vocabGen()) {
    VC.gen = vocabGen();
    VC.suf = new Int32Array(0);
    VC.cc = new Int8Array(0);
    VC.cl = new Int8Array(0);
    VC.stamp = new Int32Array(0);
    VC.localOf = new Int32Array(0);
  }
  if (VC.cc.length < size) {
    const cap = Math.max(size, VC.cc.length * 2, 4096);
    const suf = new Int32Array(cap);
    suf.set(VC.suf);
    const cc = new Int8Array(cap).fill(-1);
    cc.set(VC.cc);
    const cl = new Int8Array(cap);
    cl.set(VC.cl);
    const stamp = new Int32Array(cap);
    stamp.set(VC.stamp);
    const localOf = new Int32Array(cap);
    localOf.set(VC.localOf);
    // field by field, not Object.assign: its stores widened the fields' known type (each a typed
    // array's class) to any value, at the first growth late in a run, and every optimized function
    // that read them was thrown away
    VC.suf = suf;
    VC.cc = cc;
    VC.cl = cl;
    VC.stamp = stamp;
    VC.localOf = localOf;
  }
  return VC;
}

/** Learned cue class (0 none, 1–4 by quarter of the rate) per vocabulary id, per cue table; -1: not yet computed. */
const LC_CACHE = new WeakMap<CueProbs, { gen: number; lc: Int8Array }>();

function lcOf(probs: CueProbs): Int8Array {
  let e = LC_CACHE.get(probs);
  if (!e || e.gen !== vocabGen()) {
    e = { gen: vocabGen(), lc: new Int8Array(0) };
    LC_CACHE.set(probs, e);
  }
  const size = vocabSize();
  if (e.lc.length < size) {
    const lc = new Int8Array(Math.max(size, e.lc.length * 2, 4096)).fill(-1);
    lc.set(e.lc);
    e.lc = lc;
  }
  return e.lc;
}

/**
 * Per-token arrays of `prepare`, reused from document to document (views of pooled buffers,
 * filled afresh): a `Prepared` is valid until the next call.
 */
const POOL = new Buffers();
const i32 = (k: number, n: number, fill: number): Int32Array => POOL.int32(k, n, fill);
const u8 = (k: number, n: number, fill: number): Uint8Array => POOL.uint8(k, n, fill);

/**
 * Per token type (text/types.ts, generation `TT.gen`), computed once: its shape + 1 and its
 * coarse cluster + 1 (as written, else lower-cased); 0: not yet computed.
 */
const TT = { gen: -1, sh: new Uint8Array(0), cl: new Int16Array(0) };

function tokenTypeCache(): typeof TT {
  const size = typeCount();
  if (TT.gen !== typeGeneration()) {
    TT.gen = typeGeneration();
    TT.sh = new Uint8Array(Math.max(4096, size * 2));
    TT.cl = new Int16Array(TT.sh.length);
  } else if (TT.sh.length < size) {
    const cap = Math.max(size, TT.sh.length * 2);
    const sh = new Uint8Array(cap);
    sh.set(TT.sh);
    const cl = new Int16Array(cap);
    cl.set(TT.cl);
    TT.sh = sh;
    TT.cl = cl;
  }
  return TT;
}

/**
 * Per token: its word type in the document (`tid`), hash, shape, cue class, learned cue class and
 * suffix hash; per word type (`t…`, in order of first occurrence): vocabulary id, hash, suffix
 * hash, cue classes, first shape and coarse cluster. Returns the number of types.
 */
function typesInto(ctx: Ctx, probs: CueProbs, wh: Int32Array, sh: Uint8Array, cc: Uint8Array, lc: Uint8Array, suf: Int32Array, tid: Int32Array, tG: Int32Array, tWh: Int32Array, tSuf: Int32Array, tCc: Uint8Array, tLc: Uint8Array, tSh: Uint8Array, tCl: Uint8Array): number {
  const { doc, low, wid, text } = ctx;
  const toks = doc.tokens;
  const n = toks.length;
  // per word type of the document: vocabulary id, hash, suffix hash, cue class, learned cue rate, shape, cluster
  const V = vocabCache();
  const vSuf = V.suf;
  const vCc = V.cc;
  const vCl = V.cl;
  const stamp = V.stamp;
  const localOf = V.localOf;
  const vLc = lcOf(probs);
  const docNo = ++V.doc;
  const types = tokenTypes(doc);
  const TC = tokenTypeCache();
  const tySh = TC.sh;
  const tyCl = TC.cl;
  let nt = 0;
  for (let i = 0; i < n; i++) {
    const g = wid[i];
    let t: number;
    const ty = types[i];
    let s = tySh[ty] - 1;
    if (s < 0) {
      s = shapeOf(ctx, i);
      tySh[ty] = s + 1;
    }
    if (stamp[g] === docNo) t = localOf[g];
    else {
      t = nt++;
      stamp[g] = docNo;
      localOf[g] = t;
      tG[t] = g;
      const h = typeHash(g);
      if (vCc[g] < 0) {
        const w = low[i];
        vSuf[g] = w.length > 3 ? strHash(w, w.length - 3) : h;
        vCc[g] = cueClass(w);
        const c = COARSE.get(h);
        vCl[g] = c < 0 ? 0 : c;
      }
      if (vLc[g] < 0) {
        const pr = probs.get(low[i]);
        vLc[g] = pr === undefined ? 0 : pr < 0.25 ? 1 : pr < 0.5 ? 2 : pr < 0.75 ? 3 : 4;
      }
      tWh[t] = h;
      tSuf[t] = vSuf[g];
      tCc[t] = vCc[g];
      tLc[t] = vLc[g];
      tSh[t] = s;
      // the coarse cluster as written, else lower-cased
      let c = tyCl[ty] - 1;
      if (c < 0) {
        const tk = toks[i];
        let hw = FNV_SEED;
        for (let k = tk.start; k < tk.end; k++) hw = hstep(hw, text.charCodeAt(k));
        c = hw === h ? -1 : COARSE.get(hw);
        if (c < 0) c = vCl[g];
        tyCl[ty] = c + 1;
      }
      tCl[t] = c;
    }
    tid[i] = t;
    wh[i] = tWh[t];
    suf[i] = tSuf[t];
    cc[i] = tCc[t];
    lc[i] = tLc[t];
    sh[i] = s;
  }
  return nt;
}

/** Per token, within its sentence: the nearest cue word left and right, the last comma, the nearest learned cue left and right (outside quotations), its position, the sentence's length and whether it has a quotation or a cue. */
function sentenceValues(sentences: readonly Sentence[], cc: Uint8Array, lc: Uint8Array, sh: Uint8Array, q: Uint8Array, leftCue: Int32Array, rightCue: Int32Array, leftComma: Int32Array, sentPos: Int32Array, sentLen: Int32Array, sentHasQ: Uint8Array, sentHasCue: Uint8Array, leftL: Int32Array, rightL: Int32Array): void {
  for (const s of sentences) {
    let lc = -1;
    let cm = -1;
    let hq = 0;
    let hc = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      leftCue[i] = lc;
      leftComma[i] = cm;
      if (cc[i] && q[i] === 0) {
        lc = i;
        hc = 1;
      }
      if (sh[i] === 4) cm = i;
      if (q[i]) hq = 1;
      sentPos[i] = i - s.tokenStart;
      sentLen[i] = s.tokenEnd - s.tokenStart;
    }
    let rc = -1;
    for (let i = s.tokenEnd - 1; i >= s.tokenStart; i--) {
      rightCue[i] = rc;
      if (cc[i] && q[i] === 0) rc = i;
      sentHasQ[i] = hq;
      sentHasCue[i] = hc;
    }
  }
  for (const st of sentences) {
    let l = -1;
    for (let i = st.tokenStart; i < st.tokenEnd; i++) {
      leftL[i] = l;
      if (lc[i] >= 2 && q[i] === 0) l = i;
    }
    let r = -1;
    for (let i = st.tokenEnd - 1; i >= st.tokenStart; i--) {
      rightL[i] = r;
      if (lc[i] >= 2 && q[i] === 0) r = i;
    }
  }
}

/** Per-token values the feature templates read, computed once per document. */
export function prepare(ctx: Ctx, rules: Cand[], probs: CueProbs = LEARNED_CUES): Prepared {
  freshIds(ctx);
  const { doc, marks } = ctx;
  const n = doc.tokens.length;
  const wh = i32(0, n, 0);
  const sh = u8(0, n, 0);
  const cc = u8(1, n, 0);
  const lc = u8(2, n, 0);
  const suf = i32(1, n, 0);
  const tid = i32(2, n, 0);
  const tG = i32(3, n, 0);
  const tWh = i32(4, n, 0);
  const tSuf = i32(5, n, 0);
  const tCc = u8(3, n, 0);
  const tLc = u8(4, n, 0);
  const tSh = u8(5, n, 0);
  const tCl = u8(6, n, 0);
  const nt = typesInto(ctx, probs, wh, sh, cc, lc, suf, tid, tG, tWh, tSuf, tCc, tLc, tSh, tCl);
  const { lab: rl, name: rn } = ruleLabels(ctx, rules);
  // quotation state: 0 outside, 1 inside, 2 opening mark, 3 closing mark
  const q = u8(7, n, 0);
  for (let i = 0; i < n; i++) {
    const r = marks.markOf[i];
    if (r >= 0) q[i] = marks.regions[r].open === i ? 2 : 3;
    else if (marks.inQ[i] >= 0) q[i] = 1;
  }
  // nearest cue word to the left / right in the sentence, and the last comma / "that"
  const leftCue = i32(6, n, -1);
  const rightCue = i32(7, n, -1);
  const leftComma = i32(8, n, -1);
  const sentPos = i32(9, n, 0);
  const sentLen = i32(10, n, 0);
  const sentHasQ = u8(8, n, 0);
  const sentHasCue = u8(9, n, 0);
  const leftL = i32(11, n, -1);
  const rightL = i32(12, n, -1);
  sentenceValues(doc.sentences, cc, lc, sh, q, leftCue, rightCue, leftComma, sentPos, sentLen, sentHasQ, sentHasCue, leftL, rightL);
  const paraStart = u8(10, n, 0);
  const pr = paragraphRanges(ctx);
  for (let k = 0; k < pr.length; k++) paraStart[pr[k][0]] = 1;
  const mf = u8(11, n, 0);
  for (let i = 0; i < n; i++) {
    const mi = ctx.mentionAt[i];
    if (mi < 0) continue;
    const m = doc.mentions[mi];
    const form = m.form === 'name' ? 1 : m.form === 'pronoun' ? 2 : 3;
    const type = m.type === 'PER' ? 0 : m.type === 'ORG' ? 1 : m.type === 'LOC' ? 2 : 3;
    mf[i] = form * 4 + type + (m.entity ? 16 : 0);
  }
  // padded copies: index i + 2 is token i, two sentinels on each side
  const P = n + 4;
  const pw = i32(13, P, NONE);
  const psh = u8(12, P, 9);
  const pcc = u8(13, P, 9);
  const prl = u8(14, P, 9);
  const pq = u8(15, P, 9);
  const plc = u8(16, P, 9);
  const pcl = u8(17, P, CG + 1);
  pw[0] = pw[1] = NONE + 1;
  for (let i = 0; i < n; i++) {
    pw[i + 2] = wh[i];
    psh[i + 2] = sh[i];
    pcc[i + 2] = cc[i];
    prl[i + 2] = rl[i];
    pq[i + 2] = q[i];
    plc[i + 2] = lc[i];
    pcl[i + 2] = tCl[tid[i]];
  }
  return { n, sentOf: ctx.sentOf, wh, sh, cc, lc, plc, leftL, rightL, suf, rl, rn, q, leftCue, rightCue, leftComma, sentPos, sentLen, sentHasQ, sentHasCue, paraStart, mf, pw, psh, pcc, prl, pq, tid, types: nt, typeId: tG.subarray(0, nt), typeHash: tWh.subarray(0, nt), typeSuf: tSuf.subarray(0, nt), typeCc: tCc.subarray(0, nt), typeLc: tLc.subarray(0, nt), typeSh: tSh.subarray(0, nt), pcl, prow: i32(14, P, 0), typeSlot: i32(15, nt, 0) };
}

/** Writes the features of tokens [a, b) into F, token i at row i - base. */
export function fillFeatures(P: Prepared, a: number, b: number, F: Uint32Array, base: number): void {
  const { n, sentOf, wh, sh, cc, lc, plc, leftL, rightL, suf, rl, rn, q, leftCue, rightCue, leftComma, sentPos, sentLen, sentHasQ, sentHasCue, paraStart, mf, pw, psh, pcc, prl, pq, pcl } = P;
  for (let i = a; i < b; i++) {
    const o = (i - base) * NF;
    const x = i + 2;
    const last = i + 1 === n || sentOf[i + 1] !== sentOf[i] ? 1 : 0;
    const lci = leftCue[i];
    const rci = rightCue[i];
    const lcd = lci >= 0 ? i - lci : -1;
    const rcd = rci >= 0 ? rci - i : -1;
    const lcw = lci >= 0 ? wh[lci] : NONE;
    const rcw = rci >= 0 ? wh[rci] : NONE;
    const lcc = lci >= 0 ? cc[lci] : 9;
    const rcc = rci >= 0 ? cc[rci] : 9;
    const lb = bucket(lcd);
    const rb = bucket(rcd);
    const w0 = wh[i];
    const r0 = rl[i];
    F[o] = f1(1, 0);
    F[o + 1] = wb(w0, 0);
    F[o + 2] = wb(pw[x - 1], 1);
    F[o + 3] = wb(pw[x + 1], 2);
    F[o + 4] = wb(pw[x - 2], 3);
    F[o + 5] = wb(pw[x + 2], 4);
    F[o + 6] = f2(7, pcl[x - 1], pcl[x]);
    F[o + 7] = f2(8, pcl[x], pcl[x + 1]);
    F[o + 8] = f1(9, suf[i]);
    F[o + 9] = f1(10, sh[i]);
    F[o + 10] = f3(11, psh[x - 1], sh[i], psh[x + 1]);
    F[o + 11] = f1(12, cc[i]);
    F[o + 12] = f2(13, pcc[x - 1], pcc[x - 2]);
    F[o + 13] = f2(14, pcc[x + 1], pcc[x + 2]);
    F[o + 14] = f1(15, q[i]);
    F[o + 15] = f3(16, pq[x - 1], q[i], pq[x + 1]);
    F[o + 16] = f1(17, r0);
    F[o + 17] = f2(18, prl[x - 1], r0);
    F[o + 18] = f2(19, r0, prl[x + 1]);
    F[o + 19] = f2(20, rn[i], r0);
    F[o + 20] = f2(21, r0, q[i]);
    F[o + 21] = f3(22, sentPos[i] === 0 ? 1 : 0, last, paraStart[i]);
    F[o + 22] = f2(23, lb, lcc);
    F[o + 23] = f2(24, rb, rcc);
    F[o + 24] = f2(25, lb, rb);
    F[o + 25] = f1(26, mf[i]);
    F[o + 26] = r0 === 0 ? wb(w0, 5) : f2(27, w0, r0);
    F[o + 27] = f2(28, lcw, lb);
    F[o + 28] = f2(29, rcw, rb);
    F[o + 29] = f3(30, sentHasQ[i], sentHasCue[i], q[i]);
    F[o + 30] = f2(31, bucket(sentPos[i]), bucket(sentLen[i] - sentPos[i] - 1));
    F[o + 31] = f2(32, bucket(leftComma[i] >= 0 ? i - leftComma[i] : -1), r0);
    F[o + 32] = f2(33, lcw, r0);
    F[o + 33] = f2(34, sh[i], r0);
    F[o + 34] = f3(35, psh[x - 1], sh[i], r0);
    F[o + 35] = f2(36, mf[i], rb);
    F[o + 36] = f2(37, mf[i], lb);
    F[o + 37] = r0 === 0 ? wb(pw[x - 1], 6) : f2(38, pw[x - 1], r0);
    F[o + 38] = r0 === 0 ? wb(pw[x + 1], 7) : f2(39, pw[x + 1], r0);
    F[o + 39] = f2(40, suf[i], sh[i]);
    F[o + 40] = f3(41, prl[x - 2], prl[x - 1], r0);
    F[o + 41] = f3(42, r0, prl[x + 1], prl[x + 2]);
    F[o + 42] = f2(43, lcw, rcw);
    F[o + 43] = f2(44, cc[i], q[i]);
    F[o + 44] = f2(45, mf[i], r0);
    F[o + 45] = f2(46, pcl[x - 1], pcl[x + 1]);
    const li = leftL[i];
    const ri = rightL[i];
    const ld = bucket(li >= 0 ? i - li : -1);
    const rd = bucket(ri >= 0 ? ri - i : -1);
    F[o + 46] = f1(47, lc[i]);
    F[o + 47] = f2(48, plc[x - 1], plc[x - 2]);
    F[o + 48] = f2(49, ld, li >= 0 ? lc[li] : 9);
    F[o + 49] = f2(50, li >= 0 ? wh[li] : NONE, ld);
    F[o + 50] = f2(51, rd, ri >= 0 ? lc[ri] : 9);
    F[o + 51] = f3(52, ld, r0, q[i]);
  }
}

/** The features of every token: NF bucket indices per token. */
export function extractFeatures(ctx: Ctx, rules: Cand[], probs?: CueProbs): Uint32Array {
  const P = prepare(ctx, rules, probs);
  const F = new Uint32Array(P.n * NF);
  fillFeatures(P, 0, P.n, F, 0);
  return F;
}

/** Scratch buffers for decoding one paragraph, grown as needed (one set per document). */
interface Scratch {
  em: Float32Array;
  score: Float32Array;
  back: Uint8Array;
}

function scratch(n: number, s?: Scratch): Scratch {
  if (s && s.em.length >= n * L) return s;
  const m = Math.max(n, 256) * L;
  return { em: new Float32Array(m), score: new Float32Array(m), back: new Uint8Array(m) };
}

/** Viterbi over tokens [a, b) with dense float weights (training): writes the best labels into `out`. */
export function viterbi(W: Float32Array, F: Uint32Array, tc: Uint8Array, a: number, b: number, out: Uint8Array, margin?: Float32Array, base = 0): void {
  const n = b - a;
  if (n <= 0) return;
  const sc = scratch(n);
  const em = sc.em;
  for (let k = 0; k < n; k++) {
    const o = (a + k - base) * NF;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    for (let f = 0; f < NF; f++) {
      const x = F[o + f] * L;
      s0 += W[x];
      s1 += W[x + 1];
      s2 += W[x + 2];
      s3 += W[x + 3];
      s4 += W[x + 4];
    }
    const e = k * L;
    em[e] = s0;
    em[e + 1] = s1;
    em[e + 2] = s2;
    em[e + 3] = s3;
    em[e + 4] = s4;
    if (margin) margin[a + k] = Math.max(s1, s2) - Math.max(s0, s3, s4);
  }
  decode(W, NB * L, tc, a, n, sc, out);
}

/** The shipped model: int16 emission weights, eight slots per bucket (one aligned 16-byte row), float transitions. */
export interface Model {
  table: Int16Array;
  scale: number;
  trans: Float32Array;
  /** the templates over small value sets, unhashed into direct-indexed rows (see `denseTables`, `foldDense`) */
  dense: Int32Array;
  /** the three cluster-pair tables (the last of `DENSE`, never folded), kept apart as int16 rows to stay small in cache */
  clusters: Int16Array;
  /** the rule-name × rule-label template for tokens no rule content covers */
  rn0: Int16Array;
}

/**
 * Templates whose values come from small sets (shapes, cue classes, quotation state, rule
 * labels, distance buckets, mention forms) need no hashing at inference: every combination of
 * their values is looked up once when the model loads and stored in a direct-indexed table of
 * 8-slot rows (kept in cache). `[template, sizes…]`, in `DENSE_OFF` order.
 */
const DENSE: ReadonlyArray<readonly number[]> = [
  [10, 10], // shape
  [11, 10, 10, 10], // shapes -1, 0, +1
  [13, 10, 10], // cue classes -1, -2
  [14, 10, 10], // cue classes +1, +2
  [15, 10], // quotation state
  [16, 10, 10, 10], // quotation states -1, 0, +1
  [17, 10], // rule label
  [18, 10, 10],
  [19, 10, 10],
  [21, 10, 10], // rule label, quotation state
  [22, 2, 2, 2], // sentence start, sentence end, paragraph start
  [23, 16, 10], // left cue distance, class
  [24, 16, 10],
  [25, 16, 16],
  [26, 32], // mention form
  [30, 2, 2, 10],
  [31, 16, 16],
  [32, 16, 10],
  [34, 10, 10],
  [35, 10, 10, 10],
  [36, 32, 16],
  [37, 32, 16],
  [41, 10, 10, 10],
  [42, 10, 10, 10],
  [44, 10, 10],
  [45, 32, 10],
  [48, 10, 10],
  [49, 16, 10],
  [51, 16, 10],
  [52, 16, 10, 10],
  [7, CG + 2, CG + 2], // coarse clusters -1, 0
  [8, CG + 2, CG + 2], // coarse clusters 0, +1
  [46, CG + 2, CG + 2], // coarse clusters -1, +1
];
const DENSE_OFF: number[] = [];
{
  let o = 8; // row 0: the bias feature
  for (const d of DENSE) {
    DENSE_OFF.push(o);
    let k = 1;
    for (let j = 1; j < d.length; j++) k *= d[j];
    o += k * 8;
  }
  DENSE_OFF.push(o);
}
/** `DENSE_OFF` in rows (of 8 slots; packed rows in `emitModel`'s tables). */
const DENSE_ROW: readonly number[] = DENSE_OFF.map((o) => o >> 3);

function denseTables(table: Int16Array): Int16Array {
  const out = new Int16Array(DENSE_OFF[DENSE_OFF.length - 1]);
  const row = (o: number, bkt: number): void => {
    for (let y = 0; y < L; y++) out[o + y] = table[bkt * 8 + y];
  };
  row(0, f1(1, 0));
  DENSE.forEach((d, k) => {
    const [t, ra, rb = 1, rc = 1] = d;
    for (let a = 0; a < ra; a++)
      for (let b = 0; b < rb; b++)
        for (let c = 0; c < rc; c++) {
          const bkt = d.length === 2 ? f1(t, a) : d.length === 3 ? f2(t, a, b) : f3(t, a, b, c);
          row(DENSE_OFF[k] + ((a * rb + b) * rc + c) * 8, bkt);
        }
  });
  return out;
}

/**
 * A dense template whose values are a subset of another's is added into the other's rows
 * (integer sums, so the scores are unchanged): `[into, from, index of the from row]`, the index
 * computed from the `into` row's values (a, b, c). The folded ones are not read by `emitModel`.
 */
const FOLDS: ReadonlyArray<readonly [number, number, (a: number, b: number, c: number) => number]> = [
  [19, -1, () => 0], // bias (row 0) into shapes -1, 0 × rule label
  [19, 0, (_a, b) => b], // shape
  [19, 18, (_a, b, c) => b * 10 + c], // shape × rule label
  [5, 4, (_a, b) => b], // quotation state into quotation states -1, 0, +1
  [22, 6, (_a, _b, c) => c], // rule label into rule labels -2, -1, 0
  [22, 7, (_a, b, c) => b * 10 + c], // rule labels -1, 0
  [23, 8, (a, b) => a * 10 + b], // rule labels 0, +1 into 0, +1, +2
  [29, 9, (_a, b, c) => b * 10 + c], // rule label × quotation state into left learned-cue distance × both
  [25, 14, (a) => a], // mention form into mention form × rule label
];

function foldDense(d16: Int16Array): Int32Array {
  const D = Int32Array.from(d16);
  for (const [into, from, idx] of FOLDS) {
    const [, ra, rb = 1, rc = 1] = DENSE[into];
    for (let a = 0; a < ra; a++)
      for (let b = 0; b < rb; b++)
        for (let c = 0; c < rc; c++) {
          const o = DENSE_OFF[into] + ((a * rb + b) * rc + c) * 8;
          const f = from < 0 ? 0 : DENSE_OFF[from] + idx(a, b, c) * 8;
          for (let y = 0; y < L; y++) D[o + y] += d16[f + y];
        }
  }
  return D;
}

/** Quantizes dense weights into the inference layout. */
export function toModel(W: Float32Array): Model {
  let maxAbs = 0;
  for (let i = 0; i < NB * L; i++) if (Math.abs(W[i]) > maxAbs) maxAbs = Math.abs(W[i]);
  const scale = maxAbs / 32767 || 1;
  const table = new Int16Array(NB * 8);
  for (let k = 0; k < NB; k++) for (let y = 0; y < L; y++) table[k * 8 + y] = Math.round(W[k * L + y] / scale);
  const rn0 = new Int16Array(10 * 8);
  for (let r = 0; r < 10; r++) for (let y = 0; y < L; y++) rn0[r * 8 + y] = table[f2(20, 0, r) * 8 + y];
  const d16 = denseTables(table);
  return { table, scale, trans: W.slice(NB * L, NB * L + NTRANS), dense: foldDense(d16).slice(0, DENSE_OFF[30]), clusters: d16.slice(DENSE_OFF[30]), rn0 };
}

/** Viterbi over tokens [a, b) with the shipped model; F holds the features of token i at row i - base. */
function viterbiModel(M: Model, F: Uint32Array, tc: Uint8Array, a: number, b: number, out: Uint8Array, margin: Float32Array, base: number, sc: Scratch): void {
  const n = b - a;
  if (n <= 0) return;
  const em = sc.em;
  const T = M.table;
  const scale = M.scale;
  for (let k = 0; k < n; k++) {
    const o = (a + k - base) * NF;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    for (let f = 0; f < NF; f++) {
      const x = F[o + f] << 3;
      s0 += T[x];
      s1 += T[x + 1];
      s2 += T[x + 2];
      s3 += T[x + 3];
      s4 += T[x + 4];
    }
    const e = k * L;
    em[e] = s0 * scale;
    em[e + 1] = s1 * scale;
    em[e + 2] = s2 * scale;
    em[e + 3] = s3 * scale;
    em[e + 4] = s4 * scale;
    margin[a + k] = (Math.max(s1, s2) - Math.max(s0, s3, s4)) * scale;
  }
  decode(M.trans, 0, tc, a, n, sc, out);
}

/**
 * Packed rows: `emitModel` adds the five label scores of a row as three doubles, labels 0 and 1
 * as `s0 * LANE + s1`, 2 and 3 likewise, then label 4 (`PR` doubles a row). The scores are
 * integer sums of at most `NF` int16 weights (below 2^21 in size), so the packed sums are exact
 * and both halves come back exactly (`emitModel`'s end): the same integers as five int32 sums,
 * with three loads and adds a row instead of five.
 */
const LANE = 16777216;
const PR = 3;

/** Adds hashed-table row `bkt` of T, packed, into out[o…o + PR). */
function addRow(T: Int16Array, out: Float64Array, o: number, bkt: number): void {
  const x = bkt << 3;
  out[o] += T[x] * LANE + T[x + 1];
  out[o + 1] += T[x + 2] * LANE + T[x + 3];
  out[o + 2] += T[x + 4];
}

/** The eight-slot int rows of `src` (a row every 8) from row `from`, `rows` of them, packed. */
function packRows(src: Int16Array | Int32Array, from: number, rows: number): Float64Array {
  const out = new Float64Array(rows * PR);
  for (let r = 0; r < rows; r++) {
    const x = (from + r) * 8;
    out[r * PR] = src[x] * LANE + src[x + 1];
    out[r * PR + 1] = src[x + 2] * LANE + src[x + 3];
    out[r * PR + 2] = src[x + 4];
  }
  return out;
}

/** Packed inference tables of a model (`packedOf`): the dense rows, the sentence-position rows, the cluster pairs, the rule-name rows. */
interface Packed {
  dense: Float64Array;
  /** templates 22 and 31 in one row: (position bucket × bucket of tokens left) × (sentence start, end, paragraph start), see `sentRow` */
  sent: Float64Array;
  clusters: Float64Array;
  rn0: Float64Array;
}

const PACKED = new WeakMap<Model, Packed>();

function packedOf(M: Model): Packed {
  let p = PACKED.get(M);
  if (p) return p;
  const D = M.dense;
  const sent = new Float64Array(16 * 16 * 8 * PR);
  for (let pb = 0; pb < 16; pb++)
    for (let lb = 0; lb < 16; lb++)
      for (let f = 0; f < 8; f++) {
        const o = ((pb * 16 + lb) * 8 + f) * PR;
        const x = DENSE_OFF[16] + (pb * 16 + lb) * 8;
        const z = DENSE_OFF[10] + f * 8;
        sent[o] = (D[x] + D[z]) * LANE + (D[x + 1] + D[z + 1]);
        sent[o + 1] = (D[x + 2] + D[z + 2]) * LANE + (D[x + 3] + D[z + 3]);
        sent[o + 2] = D[x + 4] + D[z + 4];
      }
  p = { dense: packRows(D, 0, D.length >> 3), sent, clusters: packRows(M.clusters, 0, M.clusters.length >> 3), rn0: packRows(M.rn0, 0, 10) };
  PACKED.set(M, p);
  return p;
}

/**
 * Per model, the word-only rows of each vocabulary id (ids below `ROW_CAP`), cached for the
 * process, `RS` doubles an id at slot id + 2 (slots 0 and 1: the padding types left and right, of
 * which only the neighbour rows are read): packed rows (`PR`) for roles 0–7 (the word, its
 * suffix and cue class; the word as the left or right neighbour, one or two away; the word, the
 * previous and the next word × the commonest rule label, none), then at `SHR` the suffix × shape
 * row for the shape + 1 held at `SHR + PR` (0 none), then at `LAB` the six word × rule label BC,
 * IC rows (templates 27, 38, 39). The rows read for most tokens come first.
 * The learned cue class row (`lcRows`) is added per token. `emitModel` reads these rows in place,
 * by each token's slot offset.
 */
interface RowCache {
  gen: number;
  rows: Float64Array;
  have: Uint8Array;
  lcRows: Float64Array;
}

const ROW_CAP = 1 << 16;
/** Doubles per vocabulary id in the row cache. */
const RS = 48;
/** where the suffix × shape row starts in an id's doubles (its shape + 1 follows it) */
const SHR = 8 * PR;
/** where the word × rule label rows start in an id's doubles */
const LAB = SHR + PR + 1;
const ROWS = new WeakMap<Model, RowCache>();

/** The word-only rows of word hash `w` with suffix hash `suf` and cue class `cc` into out[o…o + RS), the suffix × shape row left for none. */
function wordRows(T: Int16Array, w: number, suf: number, cc: number, out: Float64Array, o: number): void {
  const k = wb(w, 0);
  addRow(T, out, o, k);
  addRow(T, out, o, f1(9, suf));
  addRow(T, out, o, f1(12, cc));
  for (let r = 1; r < 8; r++) addRow(T, out, o + r * PR, k + r);
  labelRows(T, w, out, o);
}

/** The word, as the previous word, as the next word × rule label BC, IC (templates 27, 38, 39), at `LAB`. */
function labelRows(T: Int16Array, w: number, out: Float64Array, o: number): void {
  addRow(T, out, o + LAB, f2(27, w, BC));
  addRow(T, out, o + LAB + PR, f2(27, w, IC));
  addRow(T, out, o + LAB + 2 * PR, f2(38, w, BC));
  addRow(T, out, o + LAB + 3 * PR, f2(38, w, IC));
  addRow(T, out, o + LAB + 4 * PR, f2(39, w, BC));
  addRow(T, out, o + LAB + 5 * PR, f2(39, w, IC));
}

/** The padding types' rows (left, right) into slots 0 and 1 of `rows`. */
function padRows(T: Int16Array, rows: Float64Array): void {
  const k = wb(NONE + 1, 0);
  for (let r = 1; r < 8; r++) addRow(T, rows, r * PR, k + r);
  labelRows(T, NONE + 1, rows, 0);
  const k2 = wb(NONE, 0);
  for (let r = 1; r < 8; r++) addRow(T, rows, RS + r * PR, k2 + r);
  labelRows(T, NONE, rows, RS);
}

function rowCache(M: Model): RowCache {
  let c = ROWS.get(M);
  if (!c || c.gen !== vocabGen()) {
    const lcRows = new Float64Array(5 * PR);
    for (let v = 0; v < 5; v++) addRow(M.table, lcRows, v * PR, f1(47, v));
    const rows = new Float64Array(2 * RS);
    padRows(M.table, rows);
    c = { gen: vocabGen(), rows, have: new Uint8Array(0), lcRows };
    ROWS.set(M, c);
  }
  const size = Math.min(vocabSize(), ROW_CAP);
  if (c.have.length < size) {
    // the whole capacity at once: the memory is paged in only where rows are written, and growing
    // by doubling copied every row again (tens of MB in a first pass over news text)
    const cap = ROW_CAP;
    const rows = new Float64Array((cap + 2) * RS);
    rows.set(c.rows);
    const have = new Uint8Array(cap);
    have.set(c.have);
    c.rows = rows;
    c.have = have;
  }
  return c;
}

/** A document's word-type rows (for types whose id is past the row cache): the same layout, slot t + 2 for type t. */
let tvBuf = new Float64Array(0);

/**
 * The word-only rows of each word type of the document: the row cache's (filled here for new
 * ids, the suffix × shape row made the type's first shape's), or, when some id is past the
 * cache, a document's own table. Writes each token's slot offset into `P.prow` (padded like
 * `pw`: the padding slots at the ends) and returns the table the offsets index.
 */
function typeRows(M: Model, P: Prepared): Float64Array {
  const T = M.table;
  const nt = P.types;
  const C = rowCache(M);
  let R = C.rows;
  const have = C.have;
  const so = P.typeSlot;
  let own = false;
  for (let t = 0; t < nt; t++) if (P.typeId[t] >= ROW_CAP) own = true;
  if (own) {
    if (tvBuf.length < (nt + 2) * RS) tvBuf = new Float64Array(Math.max((nt + 2) * RS, tvBuf.length * 2));
    R = tvBuf;
    R.fill(0, 0, (nt + 2) * RS);
    padRows(T, R);
  }
  for (let t = 0; t < nt; t++) {
    const g = P.typeId[t];
    const tsh = P.typeSh[t];
    let o: number;
    if (own) {
      o = (t + 2) * RS;
      wordRows(T, P.typeHash[t], P.typeSuf[t], P.typeCc[t], R, o);
    } else {
      o = (g + 2) * RS;
      if (!have[g]) {
        wordRows(T, P.typeHash[t], P.typeSuf[t], P.typeCc[t], R, o);
        have[g] = 1;
      }
    }
    if (R[o + SHR + PR] !== tsh + 1) {
      R[o + SHR + PR] = tsh + 1;
      R[o + SHR] = R[o + SHR + 1] = R[o + SHR + 2] = 0;
      addRow(T, R, o + SHR, f2(40, P.typeSuf[t], tsh));
    }
    so[t] = o;
  }
  const { n, tid, prow } = P;
  prow[0] = prow[1] = 0;
  prow[n + 2] = prow[n + 3] = RS;
  for (let i = 0; i < n; i++) prow[i + 2] = so[tid[i]];
  return R;
}

/**
 * Per document, the hashed templates over cue word pairs and over word × rule label, summed once
 * per combination of their values: packed rows in one shared buffer, valid where `stamp`
 * is the document's number. The cue words of the document get small slots (0: none) to index
 * them. Sections: C left × right cue, F/G/H the word / previous / next word type × rule label.
 * (A left cue × distance × rule label, B right cue × distance, E left learned cue × its class ×
 * distance are kept for the process: `CueRows`.)
 */
interface Memo {
  stamp: Int32Array;
  rows: Float64Array;
  doc: number;
  cslot: Int32Array;
  /** per type: its global cue slot and global learned cue slot (`CueRows`), 0 none */
  gcs: Int32Array;
  gls: Int32Array;
  cr: CueRows;
  /** the learned cue class rows (`RowCache.lcRows`) */
  lcRows: Float64Array;
  ncs: number;
  C: number;
  F: number;
  G: number;
  H: number;
}

/**
 * Sections A, B and E kept for the process (per model and vocabulary generation) instead of per
 * document: their values are a cue word and small numbers, and the cue words (lexicon cue class,
 * learned cue class ≥ 2) are the lexicon's and the learned table's, so they get few global slots
 * (bounded by those lists). Packed rows, `aHave`… mark the rows filled. Each also holds the dense
 * template over its distance and the cue word's class (the class is the word's: A the lexicon
 * class by distance left, B by distance right; E keys the learned class, which depends on the
 * cue table, with the word).
 */
interface CueRows {
  gen: number;
  cs: Int32Array;
  ls: Int32Array;
  ncs: number;
  nls: number;
  aHave: Uint8Array;
  a: Float64Array;
  bHave: Uint8Array;
  b: Float64Array;
  eHave: Uint8Array;
  e: Float64Array;
}

const CUE_ROWS = new WeakMap<Model, CueRows>();

function grown<A extends Int32Array | Uint8Array | Float64Array>(x: A, n: number, make: (n: number) => A): A {
  if (x.length >= n) return x;
  const y = make(Math.max(n, x.length * 2));
  y.set(x);
  return y;
}

let memoStamp = new Int32Array(0);
let memoRows = new Float64Array(0);
let memoDoc = 0;

function makeMemo(M: Model, P: Prepared): Memo {
  const nt = P.types;
  let cr = CUE_ROWS.get(M);
  if (!cr || cr.gen !== vocabGen()) {
    cr = { gen: vocabGen(), cs: new Int32Array(0), ls: new Int32Array(0), ncs: 1, nls: 1, aHave: new Uint8Array(0), a: new Float64Array(0), bHave: new Uint8Array(0), b: new Float64Array(0), eHave: new Uint8Array(0), e: new Float64Array(0) };
    CUE_ROWS.set(M, cr);
  }
  const size0 = vocabSize();
  cr.cs = grown(cr.cs, size0, (k) => new Int32Array(k));
  cr.ls = grown(cr.ls, size0, (k) => new Int32Array(k));
  const cslot = new Int32Array(nt);
  const gcs = new Int32Array(nt);
  const gls = new Int32Array(nt);
  let ncs = 1;
  for (let t = 0; t < nt; t++) {
    const g = P.typeId[t];
    if (P.typeCc[t] > 0) {
      cslot[t] = ncs++;
      if (cr.cs[g] === 0) cr.cs[g] = cr.ncs++;
      gcs[t] = cr.cs[g];
    }
    if (P.typeLc[t] >= 2) {
      if (cr.ls[g] === 0) cr.ls[g] = cr.nls++;
      gls[t] = cr.ls[g];
    }
  }
  cr.aHave = grown(cr.aHave, cr.ncs * 16 * 5, (k) => new Uint8Array(k));
  cr.a = grown(cr.a, cr.ncs * 16 * 5 * PR, (k) => new Float64Array(k));
  cr.bHave = grown(cr.bHave, cr.ncs * 16, (k) => new Uint8Array(k));
  cr.b = grown(cr.b, cr.ncs * 16 * PR, (k) => new Float64Array(k));
  cr.eHave = grown(cr.eHave, cr.nls * 5 * 16, (k) => new Uint8Array(k));
  cr.e = grown(cr.e, cr.nls * 5 * 16 * PR, (k) => new Float64Array(k));
  const C = 0;
  const F = C + ncs * ncs;
  const G = F + (nt + 2) * 5;
  const H = G + (nt + 2) * 5;
  const size = H + (nt + 2) * 5;
  if (memoStamp.length < size) {
    memoStamp = new Int32Array(Math.max(size, memoStamp.length * 2));
    memoRows = new Float64Array(memoStamp.length * PR);
  }
  return { stamp: memoStamp, rows: memoRows, doc: ++memoDoc, cslot, gcs, gls, cr, lcRows: rowCache(M).lcRows, ncs, C, F, G, H };
}

/** Hashed-table row `bkt` of T plus dense row `d` of D, packed into out[o…o + PR) (set, not added). */
function setRow(T: Int16Array, bkt: number, D: Int32Array, d: number, out: Float64Array, o: number): void {
  const x = bkt << 3;
  out[o] = (T[x] + D[d]) * LANE + (T[x + 1] + D[d + 1]);
  out[o + 1] = (T[x + 2] + D[d + 2]) * LANE + (T[x + 3] + D[d + 3]);
  out[o + 2] = T[x + 4] + D[d + 4];
}

/**
 * Emission scores of token i (into `em` at row i - base) with the shipped model, straight from the prepared values:
 * the same 52 features as `fillFeatures` (and the same integer sums), but the word-only ones
 * come from the per-type rows (with the word × label ones for the commonest label, none, and
 * the word × shape one for the type's usual shape), the small-valued ones from the dense
 * tables (the cluster pairs too), and only the rest of the features over cue words or word × label are hashed.
 * Rows are packed (`LANE`): three doubles a row.
 */
function emitModel(M: Model, K: Packed, P: Prepared, R: Float64Array, memo: Memo, i: number, base: number, em: Float32Array, margin: Float32Array): void {
  const { stamp: ms, rows: mr, doc: dn, cslot, gcs, gls, ncs, C: mC, F: mF, G: mG, H: mH } = memo;
  const { aHave, a: ga, bHave, b: gb, eHave, e: ge } = memo.cr;
  const { n, sentOf, wh, sh, cc, lc, plc, leftL, rightL, suf, rl, rn, q, leftCue, rightCue, leftComma, sentPos, sentLen, sentHasQ, sentHasCue, paraStart, mf, pw, psh, pcc, prl, pq, tid, pcl, prow } = P;
  const T = M.table;
  const D = K.dense;
  const CL = K.clusters;
  const CL1 = ((DENSE_OFF[31] - DENSE_OFF[30]) >> 3) * PR;
  const CL2 = ((DENSE_OFF[32] - DENSE_OFF[30]) >> 3) * PR;
  const LC = memo.lcRows;
  const O = DENSE_ROW;
  const TL = P.types;
  const TR = P.types + 1;
  const scale = M.scale;
  const x = i + 2;
  const last = i + 1 === n || sentOf[i + 1] !== sentOf[i] ? 1 : 0;
  const lci = leftCue[i];
  const rci = rightCue[i];
  const lb = bucket(lci >= 0 ? i - lci : -1);
  const rb = bucket(rci >= 0 ? rci - i : -1);
  const r0 = rl[i];
  const s0h = sh[i];
  const q0 = q[i];
  const m0 = mf[i];
  const li = leftL[i];
  const ri = rightL[i];
  const ld = bucket(li >= 0 ? i - li : -1);
  const rd = bucket(ri >= 0 ? ri - i : -1);
  // the rows to add: a few hashed-table rows are built below, the rest index D or the word-type rows R (in place, `typeRows`)
  const k0 = prow[x];
  const tp = prow[x - 1];
  const tn = prow[x + 1];
  const k1 = tp + PR;
  const k2 = tn + 2 * PR;
  const k3 = prow[x - 2] + 3 * PR;
  const k4 = prow[x + 2] + 4 * PR;
  const kl = lc[i] * PR; // the learned cue class row
  let a0 = R[k0] + LC[kl] + R[k1] + R[k2] + R[k3] + R[k4];
  let a1 = R[k0 + 1] + LC[kl + 1] + R[k1 + 1] + R[k2 + 1] + R[k3 + 1] + R[k4 + 1];
  let a2 = R[k0 + 2] + LC[kl + 2] + R[k1 + 2] + R[k2 + 2] + R[k3 + 2] + R[k4 + 2];
  const psh1 = psh[x - 1];
  const prl1 = prl[x - 1];
  let o: number; // the bias, shape, quotation state, rule label, mention form: folded into larger rows (FOLDS)
  o = (O[1] + (psh1 * 10 + s0h) * 10 + psh[x + 1]) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[2] + pcc[x - 1] * 10 + pcc[x - 2]) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[3] + pcc[x + 1] * 10 + pcc[x + 2]) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[5] + (pq[x - 1] * 10 + q0) * 10 + pq[x + 1]) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  const sp = sentPos[i];
  o = ((bucket(sp) * 16 + bucket(sentLen[i] - sp - 1)) * 8 + ((sp === 0 ? 1 : 0) * 2 + last) * 2 + paraStart[i]) * PR;
  a0 += K.sent[o];
  a1 += K.sent[o + 1];
  a2 += K.sent[o + 2];
  o = (O[13] + lb * 16 + rb) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[15] + (sentHasQ[i] * 2 + sentHasCue[i]) * 10 + q0) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[17] + bucket(leftComma[i] >= 0 ? i - leftComma[i] : -1) * 10 + r0) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[19] + (psh1 * 10 + s0h) * 10 + r0) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[20] + m0 * 16 + rb) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[21] + m0 * 16 + lb) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[22] + (prl[x - 2] * 10 + prl1) * 10 + r0) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[23] + (r0 * 10 + prl[x + 1]) * 10 + prl[x + 2]) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[24] + cc[i] * 10 + q0) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[25] + m0 * 10 + r0) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[26] + plc[x - 1] * 10 + plc[x - 2]) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[28] + rd * 10 + (ri >= 0 ? lc[ri] : 9)) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  o = (O[29] + (ld * 10 + r0) * 10 + q0) * PR;
  a0 += D[o];
  a1 += D[o + 1];
  a2 += D[o + 2];
  const c0 = pcl[x];
  const cp = pcl[x - 1];
  const cn = pcl[x + 1];
  o = (cp * (CG + 2) + c0) * PR;
  a0 += CL[o];
  a1 += CL[o + 1];
  a2 += CL[o + 2];
  o = CL1 + (c0 * (CG + 2) + cn) * PR;
  a0 += CL[o];
  a1 += CL[o + 1];
  a2 += CL[o + 2];
  o = CL2 + (cp * (CG + 2) + cn) * PR;
  a0 += CL[o];
  a1 += CL[o + 1];
  a2 += CL[o + 2];
  if (rn[i] === 0) {
    const j = r0 * PR;
    a0 += K.rn0[j];
    a1 += K.rn0[j + 1];
    a2 += K.rn0[j + 2];
  } else {
    o = f2(20, rn[i], r0) << 3;
    a0 += T[o] * LANE + T[o + 1];
    a1 += T[o + 2] * LANE + T[o + 3];
    a2 += T[o + 4];
  }
  // the hashed templates over cue words, each summed once per document and value combination (see `Memo`)
  const lcs = lci >= 0 ? cslot[tid[lci]] : 0;
  const rcs = rci >= 0 ? cslot[tid[rci]] : 0;
  let k = ((lci >= 0 ? gcs[tid[lci]] : 0) * 16 + lb) * 5 + r0; // left cue word × distance, × rule label, distance × class (kept for the process)
  o = k * PR;
  if (aHave[k] === 0) {
    aHave[k] = 1;
    const w = lci >= 0 ? wh[lci] : NONE;
    setRow(T, f2(28, w, lb), M.dense, DENSE_OFF[11] + (lb * 10 + (lci >= 0 ? cc[lci] : 9)) * 8, ga, o);
    addRow(T, ga, o, f2(33, w, r0));
  }
  a0 += ga[o];
  a1 += ga[o + 1];
  a2 += ga[o + 2];
  k = (rci >= 0 ? gcs[tid[rci]] : 0) * 16 + rb; // right cue word × distance, distance × class (kept for the process)
  o = k * PR;
  if (bHave[k] === 0) {
    bHave[k] = 1;
    setRow(T, f2(29, rci >= 0 ? wh[rci] : NONE, rb), M.dense, DENSE_OFF[12] + (rb * 10 + (rci >= 0 ? cc[rci] : 9)) * 8, gb, o);
  }
  a0 += gb[o];
  a1 += gb[o + 1];
  a2 += gb[o + 2];
  k = mC + lcs * ncs + rcs; // left × right cue word
  o = k * PR;
  if (ms[k] !== dn) {
    ms[k] = dn;
    mr[o] = mr[o + 1] = mr[o + 2] = 0;
    addRow(T, mr, o, f2(43, lci >= 0 ? wh[lci] : NONE, rci >= 0 ? wh[rci] : NONE));
  }
  a0 += mr[o];
  a1 += mr[o + 1];
  a2 += mr[o + 2];
  const lcl = li >= 0 ? lc[li] : 0;
  k = ((li >= 0 ? gls[tid[li]] : 0) * 5 + lcl) * 16 + ld; // left learned cue word and class × distance (kept for the process)
  o = k * PR;
  if (eHave[k] === 0) {
    eHave[k] = 1;
    setRow(T, f2(50, li >= 0 ? wh[li] : NONE, ld), M.dense, DENSE_OFF[27] + (ld * 10 + (li >= 0 ? lcl : 9)) * 8, ge, o);
  }
  a0 += ge[o];
  a1 += ge[o + 1];
  a2 += ge[o + 2];
  if (r0 === 0) {
    const j0 = k0 + 5 * PR;
    const j1 = tp + 6 * PR;
    const j2 = tn + 7 * PR;
    a0 += R[j0] + R[j1] + R[j2];
    a1 += R[j0 + 1] + R[j1 + 1] + R[j2 + 1];
    a2 += R[j0 + 2] + R[j1 + 2] + R[j2 + 2];
  } else if (r0 === BC || r0 === IC) {
    // the word, the previous and the next word × rule label: rows of the word types
    const j0 = k0 + LAB + (r0 - 1) * PR;
    const j1 = tp + LAB + (r0 + 1) * PR;
    const j2 = tn + LAB + (r0 + 3) * PR;
    a0 += R[j0] + R[j1] + R[j2];
    a1 += R[j0 + 1] + R[j1 + 1] + R[j2 + 1];
    a2 += R[j0 + 2] + R[j1 + 2] + R[j2 + 2];
  } else {
    // the same for the source and cue labels: per word type and label, once per document
    k = mF + tid[i] * 5 + r0;
    o = k * PR;
    if (ms[k] !== dn) {
      ms[k] = dn;
      mr[o] = mr[o + 1] = mr[o + 2] = 0;
      addRow(T, mr, o, f2(27, wh[i], r0));
    }
    a0 += mr[o];
    a1 += mr[o + 1];
    a2 += mr[o + 2];
    k = mG + (i > 0 ? tid[i - 1] : TL) * 5 + r0;
    o = k * PR;
    if (ms[k] !== dn) {
      ms[k] = dn;
      mr[o] = mr[o + 1] = mr[o + 2] = 0;
      addRow(T, mr, o, f2(38, pw[x - 1], r0));
    }
    a0 += mr[o];
    a1 += mr[o + 1];
    a2 += mr[o + 2];
    k = mH + (i + 1 < n ? tid[i + 1] : TR) * 5 + r0;
    o = k * PR;
    if (ms[k] !== dn) {
      ms[k] = dn;
      mr[o] = mr[o + 1] = mr[o + 2] = 0;
      addRow(T, mr, o, f2(39, pw[x + 1], r0));
    }
    a0 += mr[o];
    a1 += mr[o + 1];
    a2 += mr[o + 2];
  }
  if (s0h + 1 === R[k0 + SHR + PR]) {
    const j = k0 + SHR;
    a0 += R[j];
    a1 += R[j + 1];
    a2 += R[j + 2];
  } else {
    o = f2(40, suf[i], s0h) << 3;
    a0 += T[o] * LANE + T[o + 1];
    a1 += T[o + 2] * LANE + T[o + 3];
    a2 += T[o + 4];
  }
  // unpack: the high half is the nearest integer to a / LANE (the low half is far below LANE / 2);
  // `| 0` makes a rounded -0 a 0, as the int sums gave (and keeps the optimized code off a minus-zero deopt)
  const s0 = Math.round(a0 / LANE) | 0;
  const s1 = a0 - s0 * LANE;
  const s2 = Math.round(a1 / LANE) | 0;
  const s3 = a1 - s2 * LANE;
  const s4 = a2;
  const e = (i - base) * L;
  em[e] = s0 * scale;
  em[e + 1] = s1 * scale;
  em[e + 2] = s2 * scale;
  em[e + 3] = s3 * scale;
  em[e + 4] = s4 * scale;
  margin[i] = (Math.max(s1, s2) - Math.max(s0, s3, s4)) * scale;
}

/** The Viterbi recursion over emission scores `sc.em` and transition weights at `tw[toff…]`. */
function decode(tw: Float32Array, toff: number, tc: Uint8Array, a: number, n: number, sc: Scratch, out: Uint8Array): void {
  const { em, score, back } = sc;
  {
    const t0 = toff + tc[a] * (L + 1) * L + L * L; // from the start row
    for (let y = 0; y < L; y++) score[y] = y === IC ? -1e9 : em[y] + tw[t0 + y];
  }
  // the five previous scores in locals, the predecessors unrolled in label order (first best wins);
  // IC only follows BC or IC
  for (let k = 1; k < n; k++) {
    const tb = toff + tc[a + k] * (L + 1) * L;
    const e = k * L;
    const p0 = score[e - 5];
    const p1 = score[e - 4];
    const p2 = score[e - 3];
    const p3 = score[e - 2];
    const p4 = score[e - 1];
    for (let y = 0; y < L; y++) {
      const t = tb + y;
      let best: number;
      let arg: number;
      let s: number;
      if (y === IC) {
        best = p1 + tw[t + 5];
        arg = 1;
        s = p2 + tw[t + 10];
        if (s > best) {
          best = s;
          arg = 2;
        }
      } else {
        best = p0 + tw[t];
        arg = 0;
        s = p1 + tw[t + 5];
        if (s > best) {
          best = s;
          arg = 1;
        }
        s = p2 + tw[t + 10];
        if (s > best) {
          best = s;
          arg = 2;
        }
        s = p3 + tw[t + 15];
        if (s > best) {
          best = s;
          arg = 3;
        }
        s = p4 + tw[t + 20];
        if (s > best) {
          best = s;
          arg = 4;
        }
      }
      score[e + y] = best + em[e + y];
      back[e + y] = arg;
    }
  }
  let y = 0;
  let best = -Infinity;
  for (let c = 0; c < L; c++) {
    if (score[(n - 1) * L + c] > best) {
      best = score[(n - 1) * L + c];
      y = c;
    }
  }
  for (let k = n - 1; k >= 0; k--) {
    out[a + k] = y;
    y = back[k * L + y];
  }
}

/** Index of the transition weight from `prev` (L = start) to `cur` in context `c`. */
export function transIndex(c: number, prev: number, cur: number): number {
  return NB * L + c * (L + 1) * L + prev * L + cur;
}

export const WEIGHTS_LEN = NB * L + NTRANS;

/** Serializes dense weights (only the non-zero emission weights are kept). */
export function saveModel(W: Float32Array, minAbs = 0): Buffer {
  const keys: number[] = [];
  let maxAbs = 0;
  for (let i = 0; i < NB * L; i++) {
    const v = W[i];
    if (v !== 0 && Math.abs(v) > minAbs) {
      keys.push(i);
      if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
    }
  }
  const scale = maxAbs / 32767 || 1;
  const head = Buffer.alloc(20);
  head.write('RQT1', 0, 'latin1');
  head.writeUInt32LE(BITS, 4);
  head.writeUInt32LE(NTRANS, 8);
  head.writeFloatLE(scale, 12);
  head.writeUInt32LE(keys.length, 16);
  const k32 = new Uint32Array(keys);
  // delta-code the sorted keys: compresses far better
  const d32 = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) d32[i] = i ? k32[i] - k32[i - 1] : k32[i];
  const w16 = new Int16Array(keys.length);
  for (let i = 0; i < keys.length; i++) w16[i] = Math.round(W[keys[i]] / scale);
  const tr = W.slice(NB * L, NB * L + NTRANS);
  return deflateSync(Buffer.concat([head, Buffer.from(d32.buffer), Buffer.from(w16.buffer), Buffer.from(tr.buffer)]), { level: 9 });
}

export function loadModel(buf: Buffer): Float32Array {
  const raw = inflateSync(buf);
  if (raw.toString('latin1', 0, 4) !== 'RQT1') throw new Error('quotes tagger: bad model file');
  if (raw.readUInt32LE(4) !== BITS || raw.readUInt32LE(8) !== NTRANS) throw new Error('quotes tagger: model shape differs from the code');
  const scale = raw.readFloatLE(12);
  const nk = raw.readUInt32LE(16);
  const W = new Float32Array(WEIGHTS_LEN);
  let off = 20;
  let key = 0;
  const keys = new Uint32Array(nk);
  for (let i = 0; i < nk; i++) {
    key = i ? key + raw.readUInt32LE(off) : raw.readUInt32LE(off);
    keys[i] = key;
    off += 4;
  }
  for (let i = 0; i < nk; i++) {
    W[keys[i]] = raw.readInt16LE(off) * scale;
    off += 2;
  }
  for (let i = 0; i < NTRANS; i++) {
    W[NB * L + i] = raw.readFloatLE(off);
    off += 4;
  }
  return W;
}

const MODEL_FILE = 'extract/quotes/data/tagger.bin';
const CUES_FILE = 'extract/quotes/data/learned-cues.tsv';

/** Words and how often (0–1) they were a cue in the training data, learned by train.ts. */
export type CueProbs = ReadonlyMap<string, number>;

export function parseCueProbs(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [w, p] = line.split('\t');
    if (w && p) m.set(w, Number(p));
  }
  return m;
}

export function cuesPath(): string {
  return dataPath(CUES_FILE);
}

export const LEARNED_CUES: CueProbs = existsSync(dataPath(CUES_FILE)) ? parseCueProbs(readFileSync(dataPath(CUES_FILE), 'utf8')) : new Map();

/** The shipped model, loaded once; null when no model has been trained. */
export const MODEL: Model | null = (() => {
  const p = dataPath(MODEL_FILE);
  return existsSync(p) ? toModel(loadModel(readFileSync(p))) : null;
})();

export function modelPath(): string {
  return dataPath(MODEL_FILE);
}

/**
 * Token ranges [a, b) the tagger decodes: within each paragraph, the runs of sentences with
 * material an attribution needs (a quotation mark, a lexicon cue word, a learned cue word of
 * rate ≥ 1/2, a rule's finding, a colon), each run with the sentence after it (the end ranker
 * reads the margins of the next sentence). Elsewhere every label is O (margin 0): the model
 * labels almost nothing in such sentences (14% of tokens skipped on distinct news; 5-fold CV on PolNeAR
 * within 0.002 of decoding everything).
 */
export function tagRanges(ctx: Ctx, P: Prepared): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const { sentences } = ctx.doc;
  const { q, cc, lc, rl } = P;
  const low = ctx.low;
  let a = -1;
  let b = -1;
  let para = -1;
  let tail = false;
  for (const s of sentences) {
    if (s.tokenEnd <= s.tokenStart) continue;
    let trig = false;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (q[i] || cc[i] || lc[i] >= 3 || rl[i] || low[i] === ':') {
        trig = true;
        break;
      }
    }
    const same = s.paragraph === para && s.tokenStart === b;
    if (trig || (tail && same)) {
      if (!same || a < 0) {
        if (a >= 0) out.push([a, b]);
        a = s.tokenStart;
      }
      b = s.tokenEnd;
      tail = trig;
    } else {
      if (a >= 0) out.push([a, b]);
      a = -1;
      b = s.tokenEnd;
      tail = false;
    }
    para = s.paragraph;
  }
  if (a >= 0) out.push([a, b]);
  return out;
}

/** Labels every token of the document with the model; `margin`: per token, how much the best content label beats the best other one. */
export function tagDoc(ctx: Ctx, rules: Cand[], M: Model, probs?: CueProbs): { lab: Uint8Array; margin: Float32Array } {
  const P = prepare(ctx, rules, probs);
  const tc = transClassesP(ctx, P);
  const n = ctx.doc.tokens.length;
  const lab = new Uint8Array(n);
  const margin = new Float32Array(n);
  const tv = typeRows(M, P);
  const memo = makeMemo(M, P);
  const K = packedOf(M);
  let sc = scratch(256);
  for (const [a, b] of tagRanges(ctx, P)) {
    sc = scratch(b - a, sc);
    // one call a token: with a loop inside, the (large) body would be compiled twice, on-stack and then as a whole
    for (let i = a; i < b; i++) emitModel(M, K, P, tv, memo, i, a, sc.em, margin);
    decode(M.trans, 0, tc, a, b - a, sc, lab);
  }
  return { lab, margin };
}

/** The former path (features into a buffer, then the hashed table), kept to check `tagDoc` against. */
export function tagDocSlow(ctx: Ctx, rules: Cand[], M: Model, probs?: CueProbs): { lab: Uint8Array; margin: Float32Array } {
  const P = prepare(ctx, rules, probs);
  const tc = transClassesP(ctx, P);
  const n = ctx.doc.tokens.length;
  const lab = new Uint8Array(n);
  const margin = new Float32Array(n);
  let F = new Uint32Array(256 * NF);
  let sc = scratch(256);
  for (const [a, b] of tagRanges(ctx, P)) {
    if ((b - a) * NF > F.length) F = new Uint32Array((b - a) * NF);
    sc = scratch(b - a, sc);
    fillFeatures(P, a, b, F, a);
    viterbiModel(M, F, tc, a, b, lab, margin, a, sc);
  }
  return { lab, margin };
}
