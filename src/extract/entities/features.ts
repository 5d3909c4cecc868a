/**
 * Token features for the tagger, as 32-bit hashes (see hash.ts). `DocInfo` holds per-token
 * hashes computed once per document in one pass over the char codes; `tokenFeatures` writes
 * the hashed features of one token into a reusable buffer. Training and tagging share this
 * code, so a model always sees the same features it was trained on.
 */
import type { Sentence, Token } from '../../model/types.js';
import { FNV_SEED, feat1, feat2, feat3, hstep, lowerCode } from './hash.js';
import { bigWordBits, gazetteerFirst, markGazetteer, startsGazetteer } from './gazetteer.js';
import { loadClusters } from './clusters.js';
import { IntMap, RowCache, Scratch } from './intmap.js';
import { typeCount, typeGeneration } from '../../text/types.js';

export { IntMap };

/** word hash (as written) → its packed cluster numbers (see clusters.ts), loaded once */
const CLUSTERS = loadClusters();

/** Packed clusters of a word hash (as written), 0 when none. */
export function clusterOf(wordHash: number): number {
  return CLUSTERS.get(wordHash) ?? 0;
}

/** Tags: 0 = O, then B/I for each type: 1 B-PER, 2 I-PER, 3 B-ORG, 4 I-ORG, 5 B-LOC, 6 I-LOC, 7 B-MISC, 8 I-MISC. */
export const NTAGS = 9;
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type TypeName = (typeof TYPES)[number];

/** Type index (0..3) of a tag, or -1 for O. */
export function tagType(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 1;
}
export function isBegin(tag: number): boolean {
  return tag !== 0 && (tag & 1) === 1;
}

/** Flags per token */
export const F_CAP = 1; // first char upper-case
export const F_UPPER = 2; // letters, none lower-case
export const F_LETTER = 4;
export const F_DIGIT = 8;
export const F_LOWER = 16; // first char lower-case letter
export const F_LEX = 32; // a word the training text writes in lower case inside sentences (the model's case lexicon)
export const F_NUM = 64; // a number
export const F_INNER_CAP = 128; // an upper-case letter after the first char ("iPhone", "McDonald")

const BOS = 0x5bd1e995 | 0;
const EOS = 0x1b873593 | 0;

/** Upper bound of features per token (stage 2 included; up to 24 gazetteer bits on a token and each neighbour). */
export const MAX_FEATS = 160;

export interface DocInfo {
  n: number;
  word: Int32Array;
  lower: Int32Array;
  shape: Int32Array;
  short: Int32Array;
  /**
   * n * 4: the lower-case hashes of each token's first 1-4 chars, and of its last 1-4; filled only
   * when docInfo had no type numbers (else they are in `affixRows`): read them with `affix`
   */
  pre: Int32Array;
  suf: Int32Array;
  /** with type numbers: the rows of the types (TW int32s a type), where `affix` reads the affixes */
  affixRows: Int32Array | undefined;
  flags: Uint8Array;
  /** tagging unit of each token (-1 outside units); units are sentences, also cut at line breaks */
  sent: Int32Array;
  /** per unit: 1 when written in capitals (a headline) */
  caps: Uint8Array;
  /** per unit: 1 when numbers make up much of it (a results table, a list of figures) */
  numeric: Uint8Array;
  /** how much of the document is units of numbers (results tables, lists of figures): 0 none, 1 under a tenth, 2 under 30%, 3 more */
  docNum: number;
  /** per token: what the rest of the document says of the word's case: 1 capitalized inside a sentence, 2 lower-case */
  docCase: Uint8Array;
  gaz: Int32Array;
  /** packed word clusters of each token (0: none); a tagger with a word table fills them itself */
  clus: Int32Array;
  /** per token: the index of its lower-case form among the document's distinct words */
  wid: Int32Array;
  nWords: number;
  /** token length in code units, capped at 255 */
  tokLen: Uint8Array;
  /** per token: 1 when it is written right after the token before, with no space between them */
  joined: Uint8Array;
  /** the tagging units */
  sentences: Unit[];
  /** the tokens' type numbers (text/types.ts) when docInfo was given them */
  types: Int32Array | undefined;
}

export interface Unit {
  tokenStart: number;
  tokenEnd: number;
}

/** Sentences cut at line breaks: a line break inside a sentence ends a headline, a dateline or a table row. */
export function taggingUnits(text: string, tokens: Token[], sentences: Sentence[]): Unit[] {
  const out: Unit[] = [];
  for (const s of sentences) {
    let a = s.tokenStart;
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      const gapStart = tokens[i - 1].end;
      const gapEnd = tokens[i].start;
      let nl = false;
      for (let k = gapStart; k < gapEnd && !nl; k++) nl = text.charCodeAt(k) === 10;
      if (nl) {
        out.push({ tokenStart: a, tokenEnd: i });
        a = i;
      }
    }
    out.push({ tokenStart: a, tokenEnd: s.tokenEnd });
  }
  return out;
}

function shapeOf(c: number, l: number): number {
  if (c >= 48 && c <= 57) return 100; // d
  if (l !== c) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c > 127 && (c < 0xd800 || c >= 0xe000) && String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c)) return 120;
  return c;
}

/** The shape code of every UTF-16 code unit (d, X, x or the char itself), computed once at load. */
const SHAPE = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) SHAPE[c] = shapeOf(c, lowerCode(c));


/** Int32s per word in the word cache: lower, shape, short, pre[4], suf[4], flags, lexicon/gazetteer bits, clusters, big-list bits, gazetteer first-token index. */
const WI = 16;

/**
 * What docInfo computes from a token's characters alone, kept across documents per case lexicon
 * (the lexicon bit depends on it): keyed by the word's hash, a second hash and its length.
 */
interface WordCache {
  keys: RowCache;
  vals: Int32Array;
  /**
   * per token type (text/types.ts): its values, TW int32s a type (see `typeValues`; all 0: not
   * yet worked out), valid for the type generation below. One row is one read of memory where
   * a row number kept by type and a row of the word cache were two.
   */
  byType: Int32Array;
  typeGen: number;
}
const WORD_CACHES = new WeakMap<object, WordCache>();
const NO_LEXICON = {};
const WORD_CACHE_SIZE = 1 << 16;
const KEY3 = new Int32Array(3);

function wordCacheOf(lexicon: object | undefined): WordCache {
  const owner = lexicon ?? NO_LEXICON;
  let c = WORD_CACHES.get(owner);
  if (!c) {
    const keys = new RowCache(WORD_CACHE_SIZE, 3, WI);
    c = { keys, vals: keys.keys, byType: new Int32Array(0), typeGen: -1 };
    WORD_CACHES.set(owner, c);
  }
  return c;
}

/** The character-only values of the token [start, end) into vals[o .. o + WI). */
function wordValues(text: string, start: number, end: number, hw: number, lexicon: { has(hash: number): boolean } | undefined, vals: Int32Array, o: number): void {
  let hl = FNV_SEED;
  let hs = FNV_SEED;
  let hss = FNV_SEED;
  let prevShape = -1;
  let run = 0;
  let f = 0;
  let anyLower = false;
  const len = end - start;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    const l = lowerCode(c);
    hl = hstep(hl, l);
    const s = SHAPE[c];
    if (s === 88) f |= F_LETTER;
    else if (s === 120) {
      f |= F_LETTER;
      anyLower = true;
    } else if (s === 100) f |= F_DIGIT;
    if (k === start) {
      if (s === 88) f |= F_CAP;
      else if (s === 120) f |= F_LOWER;
    } else if (s === 88) f |= F_INNER_CAP;
    if (s === prevShape) run++;
    else {
      run = 1;
      prevShape = s;
      hss = hstep(hss, s);
    }
    if (run <= 2) hs = hstep(hs, s);
    const off = k - start;
    if (off < 4) vals[o + 3 + off] = hl;
  }
  for (let off = len; off < 4; off++) vals[o + 3 + off] = hl;
  if (f & F_LETTER && !anyLower) f |= F_UPPER;
  // suffixes of the lower-case form, 1..4 chars
  let h = FNV_SEED;
  for (let k = 1; k <= 4; k++) {
    if (k <= len) h = hstep(h, lowerCode(text.charCodeAt(end - k)));
    vals[o + 6 + k] = h;
  }
  vals[o] = hl;
  vals[o + 1] = hs;
  vals[o + 2] = hss;
  vals[o + 11] = f;
  const lex = lexicon !== undefined && lexicon.has(hl);
  vals[o + 12] = (lex ? 1 : 0) | (startsGazetteer(hl) ? 2 : 0);
  vals[o + 13] = CLUSTERS.get(hw) ?? 0;
  // a word of the big lists (places, personal names) that the case lexicon knows in lower case
  // ("Reading", "Green", "Most") is a common word more often than a name: left unmarked
  vals[o + 14] = lex ? 0 : bigWordBits(hl);
  vals[o + 15] = gazetteerFirst(hl);
}

/** Scratch buffer numbers of docInfo's arrays (see `Scratch`) */
const enum B {
  WORD, LOWER, SHAPE, SHORT, PRE, SUF, SENT, GAZ, CLUS, WID, WSLOT, COUNTS, BODYCOUNTS, GFIRST,
  FLAGS = 0, CAPS, NUMERIC, DOCCASE, TOKLEN, WINFO, CASEOF, MAJ, ALLO, SUP, BODY, TSET, JOINED,
}

const I32 = (scratch: Scratch | undefined, k: number, n: number): Int32Array => (scratch ? scratch.int32(k, n) : new Int32Array(n));
const U8 = (scratch: Scratch | undefined, k: number, n: number): Uint8Array => (scratch ? scratch.uint8(k, n) : new Uint8Array(n));

/**
 * Int32s per token type in `WordCache.byType`: the word's hash as written, then the values of
 * `wordValues` in its order, except that the flags, the lexicon/gazetteer bits and a 1 that marks
 * the row as worked out share one int32 (flags | bits << 8 | 1 << 16), so a row is 16 int32s.
 */
const TW = 16;
const TYPE_DONE = 1 << 16;
const TYPE_VALS = new Int32Array(WI);
/** the row of a token when docInfo has no type numbers */
const ROW = new Int32Array(TW);

/** The values of every token type (text/types.ts, current generation); emptied when the type table starts over. */
function valuesByType(cache: WordCache): Int32Array {
  const size = typeCount();
  if (cache.typeGen !== typeGeneration()) {
    cache.byType = new Int32Array(Math.max(4096, size * 2) * TW);
    cache.typeGen = typeGeneration();
  } else if (cache.byType.length < size * TW) {
    const b = new Int32Array(Math.max(size * TW, cache.byType.length * 2));
    b.set(cache.byType);
    cache.byType = b;
  }
  return cache.byType;
}

/** Works out the values of the token [start, end) into the row of its type at `byType[o]`. */
function typeValues(text: string, start: number, end: number, lexicon: { has(hash: number): boolean } | undefined, byType: Int32Array, o: number): void {
  let hw = FNV_SEED;
  for (let k = start; k < end; k++) hw = hstep(hw, text.charCodeAt(k));
  wordValues(text, start, end, hw, lexicon, TYPE_VALS, 0);
  packRow(hw, TYPE_VALS, 0, byType, o);
}

/** The word hash `hw` and the values of `wordValues` at v[vo] as a row of TW int32s at out[o]. */
function packRow(hw: number, v: Int32Array, vo: number, out: Int32Array, o: number): void {
  out[o] = hw;
  for (let k = 0; k < 11; k++) out[o + 1 + k] = v[vo + k];
  out[o + 12] = v[vo + 11] | (v[vo + 12] << 8) | TYPE_DONE;
  out[o + 13] = v[vo + 13];
  out[o + 14] = v[vo + 14];
  out[o + 15] = v[vo + 15];
}

/** The word cache's row of token [start, end) (as written: hash `hw`, second hash `h2`), added (and its values computed) when new. */
function wordRow(cache: WordCache, text: string, start: number, end: number, hw: number, h2: number, lexicon: { has(hash: number): boolean } | undefined): number {
  const keys = cache.keys;
  const key = KEY3;
  key[0] = hw;
  key[1] = h2;
  key[2] = end - start;
  const hk = hw ^ Math.imul(h2, 0x9e3779b1);
  let r = keys.find(key, hk);
  if (r < 0) {
    r = keys.add(key, hk);
    wordValues(text, start, end, hw, lexicon, cache.vals, keys.at(r));
  }
  return r;
}

/**
 * Per-token values of a document. With `scratch`, the arrays are views on its buffers, good
 * until the next docInfo call given the same scratch (the tagger's case); without, they are the
 * document's own (training keeps them). With `types` (the tokens' type numbers, text/types.ts),
 * a word's values are looked up once per type instead of by hashing every token's characters.
 */
export function docInfo(text: string, tokens: Token[], sents: Sentence[], lexicon?: { has(hash: number): boolean }, clusters = true, scratch?: Scratch, types?: Int32Array): DocInfo {
  const sentences = taggingUnits(text, tokens, sents);
  const n = tokens.length;
  const word = I32(scratch, B.WORD, n);
  const lower = I32(scratch, B.LOWER, n);
  const shape = I32(scratch, B.SHAPE, n);
  const short = I32(scratch, B.SHORT, n);
  // (with type numbers the affixes stay in the types' rows: few tokens' are ever read)
  const pre = I32(scratch, B.PRE, types ? 0 : n * 4);
  const suf = I32(scratch, B.SUF, types ? 0 : n * 4);
  const flags = U8(scratch, B.FLAGS, n);
  const sent = I32(scratch, B.SENT, n).fill(-1);
  const caps = U8(scratch, B.CAPS, sentences.length);
  const numeric = U8(scratch, B.NUMERIC, sentences.length);
  const docCase = U8(scratch, B.DOCCASE, n);
  const gaz = I32(scratch, B.GAZ, n);
  const tokLen = U8(scratch, B.TOKLEN, n);
  const joined = U8(scratch, B.JOINED, n);
  const clus = I32(scratch, B.CLUS, n);
  const wid = I32(scratch, B.WID, n);
  const gfirst = I32(scratch, B.GFIRST, n);
  const wids = scratch ? scratch.map(0, n >> 1) : new IntMap(n >> 1);
  // per distinct word: 1 in the case lexicon | 2 may start a gazetteer entry
  const winfo = U8(scratch, B.WINFO, n + 16);
  const cache = wordCacheOf(lexicon);
  const keys = cache.keys;
  const vals = cache.vals;
  const byType = types ? valuesByType(cache) : ROW;
  const row = ROW;

  for (let i = 0, prevEnd = -1; i < n; i++) {
    const t = tokens[i];
    const start = t.start;
    const end = t.end;
    const len = end - start;
    tokLen[i] = len > 255 ? 255 : len;
    joined[i] = start === prevEnd ? 1 : 0;
    prevEnd = end;
    // the token's row: its type's (worked out when new), or one made from the word cache
    let src = byType;
    let o = 0;
    if (types) {
      o = types[i] * TW;
      if (byType[o + 12] === 0) typeValues(text, start, end, lexicon, byType, o);
    } else {
      let hw = FNV_SEED;
      let h2 = 0;
      for (let k = start; k < end; k++) {
        const c = text.charCodeAt(k);
        hw = hstep(hw, c);
        h2 = (Math.imul(h2, 31) + c) | 0;
      }
      const r = keys.at(wordRow(cache, text, start, end, hw, h2, lexicon));
      packRow(vals[r - 3], vals, r, row, 0);
      src = row;
    }
    const hl = src[o + 1];
    word[i] = src[o];
    lower[i] = hl;
    shape[i] = src[o + 2];
    short[i] = src[o + 3];
    if (!types) {
      const p4 = i * 4;
      pre[p4] = src[o + 4];
      pre[p4 + 1] = src[o + 5];
      pre[p4 + 2] = src[o + 6];
      pre[p4 + 3] = src[o + 7];
      suf[p4] = src[o + 8];
      suf[p4 + 1] = src[o + 9];
      suf[p4 + 2] = src[o + 10];
      suf[p4 + 3] = src[o + 11];
    }
    const fb = src[o + 12];
    let f = fb & 0xff;
    if (t.kind === 'number') f |= F_NUM;
    if (clusters) clus[i] = src[o + 13];
    let w = wids.get(hl);
    if (w < 0) {
      w = wids.size;
      wids.set(hl, w);
      winfo[w] = (fb >> 8) & 0xff;
    }
    wid[i] = w;
    flags[i] = winfo[w] & 1 ? f | F_LEX : f;
    gaz[i] = src[o + 14];
    gfirst[i] = src[o + 15];
  }
  const nWords = wids.size;

  // sentences: capitals, gazetteer; document case evidence
  const caseOf = U8(scratch, B.CASEOF, nWords);
  for (let s = 0; s < sentences.length; s++) {
    const { tokenStart: a, tokenEnd: b } = sentences[s];
    let letters = 0;
    let upper = 0;
    let nums = 0;
    for (let i = a; i < b; i++) {
      sent[i] = s;
      if (flags[i] & F_NUM) nums++;
      if (flags[i] & F_LETTER && tokLen[i] > 1) {
        letters++;
        if (flags[i] & F_UPPER) upper++;
      }
    }
    const isCaps = letters >= 2 && upper >= 0.8 * letters;
    caps[s] = isCaps ? 1 : 0;
    const manyNums = nums * 10 >= (b - a) * 3; // worked out for every unit (see tagger.ts's CAPS_ROLE)
    numeric[s] = nums >= 2 && manyNums ? 1 : 0;
    markGazetteer(lower, a, b, gaz, gfirst);
    if (isCaps) continue;
    for (let i = a + 1; i < b; i++) {
      const f = flags[i];
      if (!(f & F_LETTER)) continue;
      const pk = tokens[i - 1].kind;
      if (pk === 'quote' || (pk === 'punct' && text.charCodeAt(tokens[i - 1].start) === 58)) continue; // after a quote or colon
      const bit = f & F_LOWER ? 2 : f & F_CAP && !(f & F_UPPER && tokLen[i] > 1) ? 1 : 0;
      caseOf[wid[i]] |= bit;
    }
  }
  for (let i = 0; i < n; i++) docCase[i] = caseOf[wid[i]];
  let numUnits = 0;
  for (let s = 0; s < sentences.length; s++) numUnits += numeric[s];
  // 0 no numeric sentence, 1 under a tenth of them, 2 under three tenths, 3 more: every step
  // worked out for every document (a test first made late in a run discards the optimized code)
  const nSent = Math.max(1, sentences.length);
  const docNum = Math.min(numUnits, 1) + (numUnits * 10 >= nSent ? 1 : 0) + (numUnits * 10 >= nSent * 3 ? 1 : 0);
  return { n, word, lower, shape, short, pre, suf, affixRows: types ? byType : undefined, flags, sent, caps, numeric, docNum, docCase, gaz, clus, wid, nWords, tokLen, joined, sentences, types };
}

// template numbers: never reorder or reuse (a model's weights are keyed by them)
const T = {
  BIAS: 1, W0: 2, L0: 3, SH0: 4, SS0CAPS: 5, PRE: 6, SUF: 10, LM1: 14, LP1: 15, LM2: 16, LP2: 17,
  SHM1: 18, SHP1: 19, SHM1_SH0: 20, SH0_SHP1: 21, SH3: 22, LM1_L0: 23, L0_LP1: 24, FIRST_SH0: 25,
  CAPS_L0: 26, DC_SH0: 27, DC_CAPS_SS0: 28, GAZ0: 29, GAZM1: 30, GAZP1: 31, SLEN_SH0: 32, LM1_SH0: 33,
  SH0_LP1: 34, GAZ0_SH0: 35, LEN_SS0: 36, LEX_FIRST_SS0: 37, LEX_CAPS_SS0: 38, LEX3: 39,
  CL0: 53, CL1: 54, CL2: 55, CLM1: 56, CLP1: 57, BODY_CAPS: 58, MAJ_CL: 59, S1_CAPS_SS0: 60,
  // stage 2 (document consistency over stage-1 tags)
  TSET_S1: 61, DOCNUM_S1: 62, DOCNUM_CL: 63, MAJ_M1: 64, MAJ_P1: 65,
  S1TAG: 40, S1TAG_M1: 41, S1TAG_P1: 42, MAJ: 43, MAJ_SH0: 44, ALLO: 45, SUPER: 46, MAJ_S1: 47,
} as const;

/** Token i's affix k: the lower-case hash of its first k + 1 chars (k 0-3), or of its last k - 3 (k 4-7). */
export function affix(d: DocInfo, i: number, k: number): number {
  const rows = d.affixRows;
  if (rows !== undefined && d.types !== undefined) return rows[d.types[i] * TW + 4 + k];
  return k < 4 ? d.pre[i * 4 + k] : d.suf[i * 4 + k - 4];
}

/**
 * Features that depend only on the token's characters (bias, word, lower-case, shape, affixes,
 * length). The model sums them once per known word type (its word table), so tagging a known
 * word skips them. Writes from out[k]; returns the new count.
 */
export function wordFeatures(d: DocInfo, i: number, out: Int32Array, k: number): number {
  const SS0 = d.short[i];
  out[k++] = feat1(T.BIAS, 0);
  out[k++] = feat1(T.W0, d.word[i]);
  out[k++] = feat1(T.L0, d.lower[i]);
  out[k++] = feat1(T.SH0, d.shape[i]);
  for (let p = 0; p < 4; p++) out[k++] = feat1(T.PRE + p, affix(d, i, p));
  for (let p = 0; p < 4; p++) out[k++] = feat1(T.SUF + p, affix(d, i, 4 + p));
  out[k++] = feat2(T.LEN_SS0, d.tokLen[i] > 8 ? 8 : d.tokLen[i], SS0);
  const c = d.clus[i];
  if (c) {
    out[k++] = feat1(T.CL0, (c - 1) & 0xff);
    out[k++] = feat1(T.CL1, ((c - 1) >> 8) & 0x3ff);
    out[k++] = feat1(T.CL2, (c - 1) >> 18);
  } else out[k++] = feat1(T.CL0, -1);
  return k;
}

/**
 * The inputs of the pattern features of token i (in the unit [a, b), number u): shapes around
 * it, short shape, position, capitals, case evidence, gazetteer bits, written to `inputs`
 * (PATTERN_INPUTS values: tokens with the same values get the same pattern features, so a
 * tagger sums them once per distinct value); returns a hash of them.
 */
export function patternKey(d: DocInfo, i: number, a: number, b: number, u: number, inputs: Int32Array): number {
  const prev = i - 1 >= a;
  const next = i + 1 < b;
  const len = b - a;
  const flags = d.flags;
  const lexM = prev ? (flags[i - 1] >> 5) & 1 : 2;
  const lexP = next ? (flags[i + 1] >> 5) & 1 : 2;
  const small = d.caps[u] | ((i === a ? 1 : 0) << 1) | (d.docCase[i] << 2) | ((len <= 2 ? 0 : len <= 5 ? 1 : len <= 10 ? 2 : 3) << 4) | (((flags[i] >> 5) & 1) << 6) | (lexM << 7) | (lexP << 9);
  const shM = prev ? d.shape[i - 1] : BOS;
  const sh0 = d.shape[i];
  const shP = next ? d.shape[i + 1] : EOS;
  const g0 = d.gaz[i];
  const gM = prev ? d.gaz[i - 1] : 0;
  const gP = next ? d.gaz[i + 1] : 0;
  inputs[0] = shM;
  inputs[1] = sh0;
  inputs[2] = shP;
  inputs[3] = small;
  inputs[4] = g0;
  inputs[5] = gM;
  inputs[6] = gP;
  inputs[7] = d.short[i];
  let h = Math.imul(shM ^ 0x2545f491, 0x9e3779b1) ^ sh0;
  h = Math.imul(h ^ (h >>> 15) ^ shP, 0x85ebca6b);
  h ^= small ^ Math.imul(g0, 0x10001) ^ (gM << 7) ^ (gP << 13);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** How many int32s `patternKey` writes to `inputs`: the whole of what the pattern features depend on. */
export const PATTERN_INPUTS = 8;
/** How many int32s `stage2Key` writes to `inputs`. */
export const STAGE2_INPUTS = 5;

/** Pattern features of token i: shapes around it, position, capitals, case evidence, gazetteers. */
export function patternFeatures(d: DocInfo, i: number, out: Int32Array, k: number): number {
  const s = d.sent[i];
  const { tokenStart: a, tokenEnd: b } = d.sentences[s];
  const caps = d.caps[s];
  const SH0 = d.shape[i];
  const SS0 = d.short[i];
  const SHM1 = i - 1 >= a ? d.shape[i - 1] : BOS;
  const SHP1 = i + 1 < b ? d.shape[i + 1] : EOS;
  out[k++] = feat2(T.SS0CAPS, SS0, caps);
  out[k++] = feat2(T.SHM1_SH0, SHM1, SH0);
  out[k++] = feat2(T.SH0_SHP1, SH0, SHP1);
  out[k++] = feat3(T.SH3, SHM1, SH0, SHP1);
  out[k++] = feat2(T.FIRST_SH0, i === a ? 1 : 0, SH0);
  out[k++] = feat2(T.DC_SH0, d.docCase[i], SH0);
  out[k++] = feat3(T.DC_CAPS_SS0, d.docCase[i], caps, SS0);
  const len = b - a;
  out[k++] = feat2(T.SLEN_SH0, len <= 2 ? 0 : len <= 5 ? 1 : len <= 10 ? 2 : 3, SH0);
  const lex0 = (d.flags[i] >> 5) & 1;
  out[k++] = feat3(T.LEX_FIRST_SS0, lex0, i === a ? 1 : 0, SS0);
  out[k++] = feat3(T.LEX_CAPS_SS0, lex0, caps, SS0);
  const lexM = i - 1 >= a ? (d.flags[i - 1] >> 5) & 1 : 2;
  const lexP = i + 1 < b ? (d.flags[i + 1] >> 5) & 1 : 2;
  out[k++] = feat3(T.LEX3, lexM * 4 + lex0, lexP, SS0);
  const g0 = d.gaz[i];
  if (g0) {
    for (let g = g0; g; g &= g - 1) {
      const bit = 31 - Math.clz32(g & -g);
      out[k++] = feat1(T.GAZ0, bit);
      out[k++] = feat2(T.GAZ0_SH0, bit, SS0);
    }
  }
  const gm = i - 1 >= a ? d.gaz[i - 1] : 0;
  for (let g = gm; g; g &= g - 1) out[k++] = feat1(T.GAZM1, 31 - Math.clz32(g & -g));
  const gp = i + 1 < b ? d.gaz[i + 1] : 0;
  for (let g = gp; g; g &= g - 1) out[k++] = feat1(T.GAZP1, 31 - Math.clz32(g & -g));
  return k;
}

/** The word-with-capitals feature: depends on the word and on whether its unit is a capitals headline. */
export function capsWordFeature(caps: number, lower: number): number {
  return feat2(T.CAPS_L0, caps, lower);
}

/** Features of token i's word with its neighbours' words (`capsWordFeature` is apart). */
export function lexicalContextFeatures(d: DocInfo, i: number, out: Int32Array, k: number): number {
  const { tokenStart: a, tokenEnd: b } = d.sentences[d.sent[i]];
  return lexicalPairs(d, i, a, b, out, k);
}

/** `lexicalContextFeatures` of token i in the unit [a, b). */
export function lexicalPairs(d: DocInfo, i: number, a: number, b: number, out: Int32Array, k: number): number {
  const L0 = d.lower[i];
  const SH0 = d.shape[i];
  const LM1 = i - 1 >= a ? d.lower[i - 1] : BOS;
  const LP1 = i + 1 < b ? d.lower[i + 1] : EOS;
  out[k++] = feat2(T.LM1_L0, LM1, L0);
  out[k++] = feat2(T.L0_LP1, L0, LP1);
  out[k++] = feat2(T.LM1_SH0, LM1, SH0);
  out[k++] = feat2(T.SH0_LP1, SH0, LP1);
  return k;
}

/** Features of token i in its sentence and document (neighbours, position, capitals, gazetteers). */
export function contextFeatures(d: DocInfo, i: number, out: Int32Array, k: number): number {
  k = lexicalContextFeatures(d, i, out, patternFeatures(d, i, out, k));
  out[k++] = capsWordFeature(d.caps[d.sent[i]], d.lower[i]);
  return k;
}

/**
 * Roles a word plays for a token near it: 1 the word before (i-1), 2 the word after (i+1),
 * 3 two before, 4 two after. The features a word in a role gives the token depend on the word
 * only, so the model's word table sums them per word too.
 */
export function roleFeatures(role: number, lower: number, shape: number, clus: number, out: Int32Array, k: number): number {
  if (role === 1) {
    out[k++] = feat1(T.LM1, lower);
    out[k++] = feat1(T.SHM1, shape);
    out[k++] = feat1(T.CLM1, clus > 0 ? ((clus - 1) >> 8) & 0x3ff : clus);
  } else if (role === 2) {
    out[k++] = feat1(T.LP1, lower);
    out[k++] = feat1(T.SHP1, shape);
    out[k++] = feat1(T.CLP1, clus > 0 ? ((clus - 1) >> 8) & 0x3ff : clus);
  } else if (role === 3) out[k++] = feat1(T.LM2, lower);
  else out[k++] = feat1(T.LP2, lower);
  return k;
}

/** Offset of the neighbour in each role (index = role). */
export const ROLE_OFFSET = [0, -1, 1, -2, 2] as const;

/** The role features of token i's neighbours (sentence edges give BOS/EOS values). */
export function neighbourFeatures(d: DocInfo, i: number, out: Int32Array, k: number): number {
  const { tokenStart: a, tokenEnd: b } = d.sentences[d.sent[i]];
  for (let role = 1; role <= 4; role++) {
    const j = i + ROLE_OFFSET[role];
    if (j >= a && j < b) k = roleFeatures(role, d.lower[j], d.shape[j], d.clus[j], out, k);
    else k = roleFeatures(role, j < a ? BOS : EOS, j < a ? BOS : EOS, j < a ? -2 : -3, out, k);
  }
  return k;
}

/** Sentence-edge values for a missing neighbour. */
export const EDGE = { BOS, EOS } as const;

/** All stage-1 features of token i; returns how many were written. */
export function tokenFeatures(d: DocInfo, i: number, out: Int32Array): number {
  return contextFeatures(d, i, out, neighbourFeatures(d, i, out, wordFeatures(d, i, out, 0)));
}

// ---------------------------------------------------------------- stage 2

/** Document-level evidence from a first tagging pass (with `live`, the per-token values only of the live tokens, see tagger.ts's `liveTokens`). */
export interface Stage2Ctx {
  /** stage-1 tag per token */
  tags: Uint8Array;
  /** per token: counts of the other occurrences of its lower-case form by stage-1 type (O, PER, ORG, LOC, MISC) */
  maj: Uint8Array; // n: majority type + 1 (0: none tagged), packed with count bucket
  allO: Uint8Array; // n: 1 when every other occurrence is O (and there is at least one)
  /** per token: the type (+1) of a longer stage-1 entity elsewhere that contains this word, 0 when none */
  sup: Uint8Array;
  /** per token: the type (+1) stage 1 gave the word most often outside capitals headlines, 0 when none */
  body: Uint8Array;
  /** per token: the types stage 1 gave the other occurrences of its word, one bit per type */
  tset: Uint8Array;
}

export function stage2Context(d: DocInfo, tags: Uint8Array, scratch?: Scratch, live?: Uint8Array): Stage2Ctx {
  const n = d.n;
  // per distinct lower-case word: 5 counters (O, PER, ORG, LOC, MISC), then 4 (types of longer entities containing it)
  const wslot = I32(scratch, B.WSLOT, n);
  for (let i = 0; i < n; i++) wslot[i] = d.sent[i] < 0 || !(d.flags[i] & F_LETTER) ? -1 : d.wid[i];
  const counts = I32(scratch, B.COUNTS, d.nWords * 9);
  const bodyCounts = I32(scratch, B.BODYCOUNTS, d.nWords * 5);
  for (let i = 0; i < n; i++) {
    if (wslot[i] < 0) continue;
    counts[wslot[i] * 9 + tagType(tags[i]) + 1]++;
    if (!d.caps[d.sent[i]]) bodyCounts[wslot[i] * 5 + tagType(tags[i]) + 1]++;
  }
  // entities of two or more tokens: their words, by type
  for (let i = 0; i < n; ) {
    if (!isBegin(tags[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && tags[j] === tags[i] + 1) j++;
    if (j - i >= 2) {
      const ty = tagType(tags[i]);
      for (let k = i; k < j; k++) if (wslot[k] >= 0) counts[wslot[k] * 9 + 5 + ty]++;
    }
    i = j;
  }
  const maj = U8(scratch, B.MAJ, n);
  const allO = U8(scratch, B.ALLO, n);
  const sup = U8(scratch, B.SUP, n);
  const body = U8(scratch, B.BODY, n);
  const tset = U8(scratch, B.TSET, n);
  for (let i = 0; i < n; i++) {
    // (the values of a token stage 2 does not score are never read, but `maj` of its neighbours is)
    if (wslot[i] < 0 || (live && !live[i] && !(i > 0 && live[i - 1]) && !(i + 1 < n && live[i + 1]))) continue;
    {
      const bo = wslot[i] * 5;
      let bb = 0;
      for (let t = 0; t < 5; t++) if (bodyCounts[bo + t] > bodyCounts[bo + bb]) bb = t;
      body[i] = bodyCounts[bo + bb] > 0 ? bb + 1 : 0;
    }
    const c = wslot[i] * 9;
    const own = tagType(tags[i]) + 1;
    let best = 0;
    let bestN = 0;
    let others = 0;
    let mask = 0;
    for (let t = 1; t < 5; t++) {
      const m = counts[c + t] - (t === own ? 1 : 0);
      if (m > 0) mask |= 1 << (t - 1);
      others += m;
      if (m > bestN) {
        bestN = m;
        best = t;
      }
    }
    const oOthers = counts[c] - (own === 0 ? 1 : 0);
    maj[i] = best ? best * 4 + (bestN >= 3 ? 3 : bestN) + (oOthers > bestN ? 20 : 0) : 0;
    allO[i] = others === 0 && oOthers > 0 ? 1 : 0;
    tset[i] = mask;
    // the type seen most often (the first of equals), -1 for none
    let sb = -1;
    let sbN = 0;
    for (let t = 0; t < 4; t++) {
      const seen = counts[c + 5 + t];
      if (seen > sbN) {
        sb = t;
        sbN = seen;
      }
    }
    sup[i] = sb + 1;
  }
  return { tags, maj, allO, sup, body, tset };
}

/**
 * The inputs of token i's stage-2 features (in the unit [a, b) with capitals flag `caps`),
 * written to `inputs` (STAGE2_INPUTS values: same values, same features); returns a hash of them.
 */
export function stage2Key(d: DocInfo, i: number, a: number, b: number, caps: number, ctx: Stage2Ctx, inputs: Int32Array): number {
  const tags = ctx.tags;
  const t0 = tags[i];
  const tm = i - 1 >= a ? tags[i - 1] : 15;
  const tp = i + 1 < b ? tags[i + 1] : 15;
  const small = t0 | (tm << 4) | (tp << 8) | (ctx.allO[i] << 12) | (ctx.sup[i] << 13) | (ctx.body[i] << 16) | (caps << 19) | (d.docNum << 20) | (d.numeric[d.sent[i]] << 22) | (ctx.tset[i] << 23);
  const c = d.clus[i];
  const cl = c > 0 ? ((c - 1) >> 8) & 0x3ff : 0x3ff;
  const maj = ctx.maj[i];
  const sh = d.short[i];
  inputs[0] = small;
  inputs[1] = maj;
  inputs[2] = cl;
  inputs[3] = sh;
  const nb = majNeighbours(i, a, b, ctx);
  inputs[4] = nb;
  let h = Math.imul(small ^ (maj << 21) ^ (cl << 22) ^ (nb << 3), 0x9e3779b1) ^ sh;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/**
 * The majority type stage 1 gave the other occurrences of the words before and after token i
 * (`maj` >> 2; 15 past the unit's edge), packed as before | after << 4.
 */
function majNeighbours(i: number, a: number, b: number, ctx: Stage2Ctx): number {
  return (i - 1 >= a ? ctx.maj[i - 1] >> 2 : 15) | ((i + 1 < b ? ctx.maj[i + 1] >> 2 : 15) << 4);
}

/** Stage-2 (document) features of token i, written from out[k]. */
export function stage2Features(d: DocInfo, i: number, out: Int32Array, k: number, ctx: Stage2Ctx): number {
  const { tokenStart: a, tokenEnd: b } = d.sentences[d.sent[i]];
  const t0 = ctx.tags[i];
  const tm = i - 1 >= a ? ctx.tags[i - 1] : 15;
  const tp = i + 1 < b ? ctx.tags[i + 1] : 15;
  out[k++] = feat1(T.S1TAG, t0);
  out[k++] = feat2(T.S1TAG_M1, tm, t0);
  out[k++] = feat2(T.S1TAG_P1, t0, tp);
  const m = ctx.maj[i];
  out[k++] = feat1(T.MAJ, m);
  out[k++] = feat2(T.MAJ_SH0, m >> 2, d.short[i]);
  out[k++] = feat2(T.MAJ_S1, m >> 2, t0);
  out[k++] = feat2(T.ALLO, ctx.allO[i], d.short[i]);
  out[k++] = feat2(T.SUPER, ctx.sup[i], t0);
  const caps = d.caps[d.sent[i]];
  out[k++] = feat3(T.BODY_CAPS, ctx.body[i], caps, t0);
  out[k++] = feat2(T.MAJ_CL, m >> 2, d.clus[i] > 0 ? ((d.clus[i] - 1) >> 8) & 0x3ff : -1);
  out[k++] = feat3(T.S1_CAPS_SS0, t0, caps, d.short[i]);
  // what kind of document this is (how much of it is tables of numbers) and whether this unit is
  // one of them, with stage 1's tag: a town's name in a results table is mostly a club (ORG)
  out[k++] = feat3(T.DOCNUM_S1, d.docNum, d.numeric[d.sent[i]], t0);
  out[k++] = feat3(T.DOCNUM_CL, d.docNum, d.clus[i] > 0 ? ((d.clus[i] - 1) >> 8) & 0x3ff : -1, tagType(t0));
  // every type stage 1 gave the word elsewhere (not only the majority)
  out[k++] = feat2(T.TSET_S1, ctx.tset[i], t0);
  // what stage 1 said elsewhere of the words either side ("Real" before a word tagged ORG
  // elsewhere, a first name before a surname tagged PER elsewhere): the name's type and its edges
  const nb = majNeighbours(i, a, b, ctx);
  out[k++] = feat2(T.MAJ_M1, nb & 15, t0);
  out[k++] = feat2(T.MAJ_P1, nb >> 4, t0);
  return k;
}
