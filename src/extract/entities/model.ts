/**
 * The tagger's weights and its decoder. A model stage is a table from 32-bit feature hashes to
 * one weight per tag (int16, one scale for the stage), tag-transition weights, and a word table:
 * for the words seen in training, the sums of the weights of the features that depend on the
 * word alone, for the token itself (in ordinary text and in a capitals headline) and for the tokens one
 * and two places before and after it (one lookup instead of twenty-four). Decoding is Viterbi over BIO tags with the I-after-B/I constraint.
 * Scores are in the perceptron's units (int16 weight × scale). The file is zlib-compressed:
 *   "RNER" u32 version (3), u32 nStages, then per stage:
 *   u32 nFeat, f32 scale, u32 keys[nFeat], i16 weights[nFeat * NTAGS], f32 trans[(NTAGS+1) * NTAGS],
 *   u32 nWords, u32 wordKeys[nWords], f32 wordVecs[nWords * WORD_VEC]
 * then u32 nLex, u32 lexicon[nLex]: lower-case hashes of the words the training text writes in
 * lower case inside sentences (a case lexicon for the features)
 * (transition row NTAGS is the start of a sentence).
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { clusterOf, NTAGS, tagType } from './features.js';
import { IntMap } from './intmap.js';

/**
 * Floats per word in the word table: 6 vectors × NTAGS: the token itself in ordinary text, in a
 * capitals headline (role 5), then roles 1-4 of features.ts (the word as a neighbour).
 */
export const WORD_VEC = 6 * NTAGS;

/** allowed[prev * NTAGS + cur]; prev = NTAGS is the sentence start */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NTAGS + 1) * NTAGS);
  for (let p = 0; p <= NTAGS; p++) {
    for (let c = 0; c < NTAGS; c++) {
      const inside = c !== 0 && (c & 1) === 0; // I-X
      a[p * NTAGS + c] = !inside || (p < NTAGS && p !== 0 && tagType(p) === tagType(c)) ? 1 : 0;
    }
  }
  return a;
})();

/** int32s per slot of a stage's feature table: the key, then 9 int16 weights in 5 int32s */
const SLOT = 6;

export class StageModel {
  private readonly mask: number;
  /**
   * Open-addressing table (load under 0.6): per slot `SLOT` int32s, the key then its 9 int16
   * weights packed two per int32 (5 int32): a hit reads the key and the weights in one place.
   */
  private readonly slots: Int32Array;
  /**
   * One bit per value of a key's high 20 bits: most features looked up (word pairs) are absent
   * from the model, and this 128 KiB filter turns most of those lookups away before the table.
   */
  private readonly filter = new Int32Array(1 << 15);
  constructor(
    readonly keys: Uint32Array,
    readonly weights: Int16Array,
    readonly scale: number,
    /** transition weights (perceptron units) */
    readonly trans: Float32Array,
    readonly wordKeys: Uint32Array = new Uint32Array(0),
    readonly wordVecs: Float32Array = new Float32Array(0),
  ) {
    let size = 1024;
    while (size * 0.6 < keys.length) size <<= 1;
    this.mask = size - 1;
    const slots = (this.slots = new Int32Array(size * SLOT));
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r] | 0;
      let h = key & this.mask;
      while (slots[SLOT * h] !== 0) h = (h + 1) & this.mask;
      const o = SLOT * h;
      slots[o] = key;
      for (let t = 1; t <= 5; t++) slots[o + t] = 0;
      this.filter[key >>> 17] |= 1 << ((key >>> 12) & 31);
      for (let t = 0; t < NTAGS; t++) {
        const w = weights[r * NTAGS + t] & 0xffff;
        slots[o + 1 + (t >> 1)] |= t & 1 ? w << 16 : w;
      }
    }
    let wsize = 256;
    while (wsize < wordKeys.length * 1.5) wsize <<= 1;
    this.wmask = wsize - 1;
    this.wkeys = new Int32Array(wsize);
    this.wrow = new Int32Array(wsize);
    this.wvecs = new Float32Array(Math.max(1, wordKeys.length) * WORD_VEC);
    for (let r = 0; r < wordKeys.length; r++) {
      const key = wordKeys[r] | 0 || 1;
      let h = key & this.wmask;
      while (this.wkeys[h] !== 0) h = (h + 1) & this.wmask;
      this.wkeys[h] = key;
      this.wrow[h] = r;
    }
    this.wvecs.set(wordVecs);
    this.wclus = new Int32Array(wordKeys.length);
    for (let r = 0; r < wordKeys.length; r++) this.wclus[r] = clusterOf(wordKeys[r] | 0);
  }

  /** per word row: its packed word clusters (see clusters.ts) */
  readonly wclus: Int32Array;

  private readonly wmask: number;
  private readonly wkeys: Int32Array;
  private readonly wrow: Int32Array;
  /** per word row: WORD_VEC floats (role r, tag t at r * NTAGS + t) */
  readonly wvecs: Float32Array;

  /** Row of a word in the table (its vectors start at row * WORD_VEC), or -1. */
  wordSlot(wordHash: number): number {
    const key = wordHash | 0 || 1;
    const tab = this.wkeys;
    const mask = this.wmask;
    let h = key & mask;
    let s: number;
    while ((s = tab[h]) !== 0) {
      if (s === key) return this.wrow[h];
      h = (h + 1) & mask;
    }
    return -1;
  }

  /**
   * Adds the weights of `n` features to `scores[off .. off + NTAGS)`. The weights are summed in
   * whole units (int16), then times `scale`: with `from`, the sums start from those of features
   * summed before; `sums` receives them (sums of integers are exact, so features may be summed in
   * parts).
   */
  score(feats: Int32Array, n: number, scores: Float32Array, off: number, from?: Int32Array, sums?: Int32Array): void {
    const tk = this.slots;
    const filter = this.filter;
    const mask = this.mask;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    let s8 = 0;
    if (from) {
      s0 = from[0];
      s1 = from[1];
      s2 = from[2];
      s3 = from[3];
      s4 = from[4];
      s5 = from[5];
      s6 = from[6];
      s7 = from[7];
      s8 = from[8];
    }
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      if (!(filter[key >>> 17] & (1 << ((key >>> 12) & 31)))) continue;
      let h = key & mask;
      let s: number;
      while ((s = tk[SLOT * h]) !== 0) {
        if (s === key) {
          const o = SLOT * h;
          const a = tk[o + 1];
          const b = tk[o + 2];
          const c = tk[o + 3];
          const d = tk[o + 4];
          const e = tk[o + 5];
          s0 += (a << 16) >> 16;
          s1 += a >> 16;
          s2 += (b << 16) >> 16;
          s3 += b >> 16;
          s4 += (c << 16) >> 16;
          s5 += c >> 16;
          s6 += (d << 16) >> 16;
          s7 += d >> 16;
          s8 += (e << 16) >> 16;
          break;
        }
        h = (h + 1) & mask;
      }
    }
    if (sums) {
      sums[0] = s0;
      sums[1] = s1;
      sums[2] = s2;
      sums[3] = s3;
      sums[4] = s4;
      sums[5] = s5;
      sums[6] = s6;
      sums[7] = s7;
      sums[8] = s8;
    }
    const k = this.scale;
    scores[off] += s0 * k;
    scores[off + 1] += s1 * k;
    scores[off + 2] += s2 * k;
    scores[off + 3] += s3 * k;
    scores[off + 4] += s4 * k;
    scores[off + 5] += s5 * k;
    scores[off + 6] += s6 * k;
    scores[off + 7] += s7 * k;
    scores[off + 8] += s8 * k;
  }
}

/**
 * Viterbi over `len` tokens whose emission scores are `em[emOff + i * NTAGS + t]`; writes tags to
 * `out[outOff + i]` (an offset, not a subarray per call: a document's runs of live tokens made
 * some hundred thousand views to collect). `trans` has NTAGS + 1 rows (the last one is the start). With `afterO`,
 * the tokens follow a token fixed to O (its transition row, not the start's); with `beforeO`,
 * a token fixed to O follows them (the last tag's transition to O counts).
 */
export function viterbi(em: Float32Array, len: number, trans: Float32Array, out: Uint8Array, outOff: number, back: Int8Array, delta: Float32Array, spread = transSpread(trans), afterO = false, beforeO = false, emOff = 0): void {
  if (len === 0) return;
  const NEG = -1e30;
  const S = afterO ? 0 : NTAGS * NTAGS;
  // a previous tag p whose score is below O's by more than `gap` loses to O as the predecessor
  // of every tag (d_p + trans[p][c] < d_O + trans[O][c]): when all do, O is every O and B-X
  // tag's best predecessor and the nine-way comparisons are skipped
  const gap = spread + 1;
  for (let c = 0; c < NTAGS; c++) delta[c] = ALLOWED[S + c] ? em[emOff + c] + trans[S + c] : NEG;
  let d0 = delta[0];
  let d1 = delta[1];
  let d2 = delta[2];
  let d3 = delta[3];
  let d4 = delta[4];
  let d5 = delta[5];
  let d6 = delta[6];
  let d7 = delta[7];
  let d8 = delta[8];
  for (let i = 1; i < len; i++) {
    const co = i * NTAGS;
    const ce = emOff + co;
    const lim = d0 - gap;
    if (d1 < lim && d2 < lim && d3 < lim && d4 < lim && d5 < lim && d6 < lim && d7 < lim && d8 < lim) {
      // O and the B-X tags (0, 1, 3, 5, 7), unrolled
      delta[co] = d0 + trans[0] + em[ce];
      delta[co + 1] = d0 + trans[1] + em[ce + 1];
      delta[co + 3] = d0 + trans[3] + em[ce + 3];
      delta[co + 5] = d0 + trans[5] + em[ce + 5];
      delta[co + 7] = d0 + trans[7] + em[ce + 7];
      back[co] = 0;
      back[co + 1] = 0;
      back[co + 3] = 0;
      back[co + 5] = 0;
      back[co + 7] = 0;
    } else {
      // O and B-X (odd tag numbers are B-X, even ones I-X): any previous tag
      for (let c = 0; c < NTAGS; c += c === 0 ? 1 : 2) {
        let best = d0 + trans[c];
        let arg = 0;
        let v = d1 + trans[NTAGS + c];
        if (v > best) {
          best = v;
          arg = 1;
        }
        v = d2 + trans[2 * NTAGS + c];
        if (v > best) {
          best = v;
          arg = 2;
        }
        v = d3 + trans[3 * NTAGS + c];
        if (v > best) {
          best = v;
          arg = 3;
        }
        v = d4 + trans[4 * NTAGS + c];
        if (v > best) {
          best = v;
          arg = 4;
        }
        v = d5 + trans[5 * NTAGS + c];
        if (v > best) {
          best = v;
          arg = 5;
        }
        v = d6 + trans[6 * NTAGS + c];
        if (v > best) {
          best = v;
          arg = 6;
        }
        v = d7 + trans[7 * NTAGS + c];
        if (v > best) {
          best = v;
          arg = 7;
        }
        v = d8 + trans[8 * NTAGS + c];
        if (v > best) {
          best = v;
          arg = 8;
        }
        delta[co + c] = best + em[ce + c];
        back[co + c] = arg;
      }
    }
    // I-X: only after B-X or I-X
    iTag(delta, back, em, trans, co, ce, 2, d1, d2);
    iTag(delta, back, em, trans, co, ce, 4, d3, d4);
    iTag(delta, back, em, trans, co, ce, 6, d5, d6);
    iTag(delta, back, em, trans, co, ce, 8, d7, d8);
    d0 = delta[co];
    d1 = delta[co + 1];
    d2 = delta[co + 2];
    d3 = delta[co + 3];
    d4 = delta[co + 4];
    d5 = delta[co + 5];
    d6 = delta[co + 6];
    d7 = delta[co + 7];
    d8 = delta[co + 8];
  }
  let bt = 0;
  let bv = -Infinity;
  const lo = (len - 1) * NTAGS;
  for (let c = 0; c < NTAGS; c++) {
    const v = beforeO ? delta[lo + c] + trans[c * NTAGS] : delta[lo + c];
    if (v > bv) {
      bv = v;
      bt = c;
    }
  }
  for (let i = len - 1; i >= 0; i--) {
    out[outOff + i] = bt;
    if (i > 0) bt = back[i * NTAGS + bt];
  }
}

/** The largest transition weight between two tags less the smallest (the start row left out). */
export function transSpread(trans: Float32Array): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < NTAGS * NTAGS; k++) {
    if (trans[k] < lo) lo = trans[k];
    if (trans[k] > hi) hi = trans[k];
  }
  return hi - lo;
}

/** Tag c (an I-X) of the token whose rows start at `co` in delta and back and at `ce` in em. */
function iTag(delta: Float32Array, back: Int8Array, em: Float32Array, trans: Float32Array, co: number, ce: number, c: number, dB: number, dI: number): void {
  const vb = dB + trans[(c - 1) * NTAGS + c];
  const vi = dI + trans[c * NTAGS + c];
  if (vb >= vi) {
    delta[co + c] = vb + em[ce + c];
    back[co + c] = c - 1;
  } else {
    delta[co + c] = vi + em[ce + c];
    back[co + c] = c;
  }
}

const MAGIC = 0x52454e52; // "RNER"

export interface NerModel {
  stages: StageModel[];
  lexicon: ReadonlySet<number>;
  /** the lexicon as an int set, for the per-word lookups of tagging */
  lexiconIndex?: IntMap;
}

export function encodeModel({ stages, lexicon }: NerModel): Buffer {
  let size = 16 + lexicon.size * 4;
  for (const s of stages) size += 12 + s.keys.length * 4 + s.weights.length * 2 + s.trans.length * 4 + s.wordKeys.length * 4 + s.wordVecs.length * 4;
  const buf = Buffer.alloc(size);
  let o = 0;
  buf.writeUInt32LE(MAGIC, o);
  buf.writeUInt32LE(3, (o += 4));
  buf.writeUInt32LE(stages.length, (o += 4));
  o += 4;
  for (const s of stages) {
    buf.writeUInt32LE(s.keys.length, o);
    buf.writeFloatLE(s.scale, o + 4);
    o += 8;
      Buffer.from(s.keys.buffer, s.keys.byteOffset, s.keys.byteLength).copy(buf, o);
    o += s.keys.byteLength;
    Buffer.from(s.weights.buffer, s.weights.byteOffset, s.weights.byteLength).copy(buf, o);
    o += s.weights.byteLength;
    Buffer.from(s.trans.buffer, s.trans.byteOffset, s.trans.byteLength).copy(buf, o);
    o += s.trans.byteLength;
    buf.writeUInt32LE(s.wordKeys.length, o);
    o += 4;
    Buffer.from(s.wordKeys.buffer, s.wordKeys.byteOffset, s.wordKeys.byteLength).copy(buf, o);
    o += s.wordKeys.byteLength;
    Buffer.from(s.wordVecs.buffer, s.wordVecs.byteOffset, s.wordVecs.byteLength).copy(buf, o);
    o += s.wordVecs.byteLength;
  }
  buf.writeUInt32LE(lexicon.size, o);
  o += 4;
  for (const h of [...lexicon].sort((a, b) => a - b)) {
    buf.writeUInt32LE(h >>> 0, o);
    o += 4;
  }
  return deflateSync(buf, { level: 9 });
}

export function decodeModel(data: Buffer): NerModel {
  const raw = inflateSync(data);
  const buf = new Uint8Array(raw.length);
  buf.set(raw);
  const dv = new DataView(buf.buffer);
  let o = 0;
  if (dv.getUint32(o, true) !== MAGIC) throw new Error('readout: not an NER model file');
  const nStages = dv.getUint32(8, true);
  o = 12;
  const out: StageModel[] = [];
  for (let s = 0; s < nStages; s++) {
    const n = dv.getUint32(o, true);
    const scale = dv.getFloat32(o + 4, true);
    o += 8;
    const keys = new Uint32Array(buf.buffer.slice(o, o + n * 4));
    o += n * 4;
    const weights = new Int16Array(buf.buffer.slice(o, o + n * NTAGS * 2));
    o += n * NTAGS * 2;
    const tl = (NTAGS + 1) * NTAGS;
    const trans = new Float32Array(buf.buffer.slice(o, o + tl * 4));
    o += tl * 4;
    const nw = dv.getUint32(o, true);
    o += 4;
    const wordKeys = new Uint32Array(buf.buffer.slice(o, o + nw * 4));
    o += nw * 4;
    const wordVecs = new Float32Array(buf.buffer.slice(o, o + nw * WORD_VEC * 4));
    o += nw * WORD_VEC * 4;
    out.push(new StageModel(keys, weights, scale, trans, wordKeys, wordVecs));
  }
  const nLex = dv.getUint32(o, true);
  o += 4;
  const lexicon = new Set<number>();
  const lexiconIndex = new IntMap(nLex);
  for (let k = 0; k < nLex; k++) {
    lexicon.add(dv.getInt32(o + k * 4, true));
    lexiconIndex.set(dv.getInt32(o + k * 4, true), 1);
  }
  return { stages: out, lexicon, lexiconIndex };
}
