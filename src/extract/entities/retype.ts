/**
 * A second look at the type of each name the tagger found. The tagger decides a token's type
 * from a window of five words and from what stage 1 said about the same word elsewhere; this
 * classifier sees the whole span at once: its words, its first and last word, the words around
 * it (a number right after it, as in a results line "Napoli 2 Lazio 1"), how much of the document
 * is tables of numbers, the types the tagger gave other mentions of the same words, the
 * gazetteer lists the span's words are on, the tagger's own scores for each type over the span,
 * and the types it gave the names listed beside it. It is a multinomial logistic regression
 * (trained by train.ts on spans the tagger found in text it was not trained on), and it changes a
 * span's type only when the new type beats the tagger's by a margin, so it acts where it is
 * confident.
 *
 * File (zlib-compressed): "RTYP" u32 version (1), f32 margin, f32 gate, f32 scale, u32 nFeat,
 * u32 keys[nFeat], i16 weights[nFeat * 4] (one per type, in TYPES order).
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { feat1, feat2, feat3 } from './hash.js';
import { affix, F_CAP, F_LETTER, F_NUM, F_UPPER, NTAGS, tagType, type DocInfo } from './features.js';
import { IntMap } from './intmap.js';
import { rng, shuffle } from './shuffle.js';

/** Types the re-typer chooses among (TYPES order: PER, ORG, LOC, MISC). */
export const NTYPES = 4;
/** Upper bound on features per span. */
export const MAX_SPAN_FEATS = 96;

const VERSION = 1;
/** bytes of the file's header */
const HEAD = 24;


/** Stand-ins for a missing neighbour. */
const BOS = 0x2a8b51c3 | 0;
const EOS = 0x5e4f7d19 | 0;

// template numbers: never reorder or reuse (a model's weights are keyed by them)
const T = {
  BIAS: 1, TAG: 2, SPAN: 3, HEAD: 4, FIRST: 5, PREV: 6, NEXT: 7, PREV2: 8, NEXT2: 9,
  PREV_TAG: 10, NEXT_TAG: 11, NEXTNUM: 12, PREVNUM: 13, DOCNUM_ROW: 14, DOCNUM_ROW_TAG: 15,
  CAPS_TAG: 16, GAP: 17, RUNNER: 18, OTHERS: 19, OTHERS_TAG: 20, GAZ: 21, HEAD_CLUS: 22,
  LEN_TAG: 23, FIRST_IN_UNIT: 24, HEAD_SUF: 25, NEXT_SHAPE: 26, PREV_SHAPE: 27, HEAD_SHAPE_TAG: 28,
  OTHER_NUMROW: 29, OTHER_NEXTNUM: 30, GAP_O: 31, PREV_NEXT_SHAPE_NUM: 32,
  WORD_IN: 34, WORD_IN_TAG: 35, DOC_FIRST_TAG: 36, DOC_FIRST_NUM_TAG: 37, PREV_NEXTNUM: 38, FIRST_CLUS: 39,
  PREV_BIGRAM: 40, NEXT_BIGRAM: 41, DOC_FIRST2_TAG: 42,
  LEFT_NAME: 43, LEFT_NAME_WORD: 44, RIGHT_NAME: 45, RIGHT_NAME_WORD: 46,
} as const;

/** A span of tokens [start, end) with the tagger's type (0..3). */
export interface TypedSpan {
  start: number;
  end: number;
  type: number;
}

/** The spans of a BIO tag sequence (an I- without its B- starts a span too). */
export function tagSpans(tags: Uint8Array, n = tags.length): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (let i = 0; i < n; ) {
    if (tags[i] === 0) {
      i++;
      continue;
    }
    const ty = tagType(tags[i]);
    let j = i + 1;
    while (j < n && tags[j] === 2 + ty * 2) j++;
    out.push({ start: i, end: j, type: ty });
    i = j;
  }
  return out;
}

/** The tagger's score of the span read as type t: B-t on its first token, I-t on the rest, averaged. */
function spanScore(em: Float32Array, s: TypedSpan, t: number): number {
  let v = em[s.start * NTAGS + 1 + 2 * t];
  for (let k = s.start + 1; k < s.end; k++) v += em[k * NTAGS + 2 + 2 * t];
  return v / (s.end - s.start);
}

/** The span read as O (nothing), averaged. */
function spanScoreO(em: Float32Array, s: TypedSpan): number {
  let v = 0;
  for (let k = s.start; k < s.end; k++) v += em[k * NTAGS];
  return v / (s.end - s.start);
}

/** The tagger's score of the span's type over the best other type (per token). */
export function typeGap(em: Float32Array, sp: TypedSpan): number {
  let best = -Infinity;
  for (let t = 0; t < NTYPES; t++) if (t !== sp.type) best = Math.max(best, spanScore(em, sp, t));
  return spanScore(em, sp, sp.type) - best;
}

/** A signed bucket of a score difference (perceptron units): finer near 0. */
function bucket(x: number): number {
  const a = Math.abs(x);
  const b = a < 2 ? 0 : a < 5 ? 1 : a < 10 ? 2 : a < 15 ? 3 : a < 20 ? 4 : a < 30 ? 5 : a < 40 ? 6 : a < 60 ? 7 : a < 90 ? 8 : 9;
  return x < 0 ? -b - 1 : b + 1;
}

/** What the document says of every span's words, computed once per document. */
export interface SpanContext {
  spans: TypedSpan[];
  /** per span: a hash of its lower-case words */
  key: Int32Array;
  /** per span: counts of the other spans with the same words, by type (4 per span) */
  others: Uint8Array;
  /** per span: 1 when another span with the same words is in a unit of numbers, 2 when another is followed by a number */
  otherBits: Uint8Array;
  /** per span: the types (one bit each) of the other spans, with other words, that share a word with it */
  wordIn: Uint8Array;
  /** the lower-case hash of the document's first word (in CoNLL's stories, the topic: "SOCCER") */
  firstWord: number;
  /** and of its second word */
  secondWord: number;
}

function isNum(d: DocInfo, i: number): boolean {
  return (d.flags[i] & F_NUM) !== 0;
}

/** The document context of the spans. */
export function spanContext(d: DocInfo, spans: TypedSpan[]): SpanContext {
  const m = spans.length;
  const key = new Int32Array(m);
  const bitsOf = new Uint8Array(m);
  for (let s = 0; s < m; s++) {
    const sp = spans[s];
    let h = 0x1b873593;
    for (let k = sp.start; k < sp.end; k++) h = feat2(0, h, d.lower[k]) | 0;
    key[s] = h;
    const u = d.sent[sp.start];
    const unitEnd = u >= 0 ? d.sentences[u].tokenEnd : sp.end;
    bitsOf[s] = (u >= 0 && d.numeric[u] ? 1 : 0) | (sp.end < unitEnd && isNum(d, sp.end) ? 2 : 0);
  }
  // spans grouped by their words: the first span of each group, and each span's next of its group
  const firstOf = new IntMap(m);
  const nextOf = new Int32Array(m).fill(-1);
  const lastOf = new Int32Array(m);
  for (let s = 0; s < m; s++) {
    const f = firstOf.get(key[s]);
    if (f < 0) {
      firstOf.set(key[s], s);
      lastOf[s] = s;
    } else {
      nextOf[lastOf[f]] = s;
      lastOf[f] = s;
    }
  }
  const others = new Uint8Array(m * NTYPES);
  const otherBits = new Uint8Array(m);
  for (let s = 0; s < m; s++) {
    for (let o = firstOf.get(key[s]); o >= 0; o = nextOf[o]) {
      if (o === s) continue;
      const c = s * NTYPES + spans[o].type;
      if (others[c] < 255) others[c]++;
      otherBits[s] |= bitsOf[o];
    }
  }
  // the types of spans that share a word with a span of other words ("Norilsk" … "Norilsk Nickel")
  const typesOfWord = new IntMap(m * 2);
  for (let s = 0; s < m; s++) {
    const sp = spans[s];
    for (let k = sp.start; k < sp.end; k++) typesOfWord.set(d.lower[k], Math.max(0, typesOfWord.get(d.lower[k])) | (1 << (sp.type + 4 * (sp.end - sp.start > 1 ? 1 : 0))));
  }
  const wordIn = new Uint8Array(m);
  for (let s = 0; s < m; s++) {
    const sp = spans[s];
    const multi = sp.end - sp.start > 1;
    let mask = 0;
    // a one-word span looks at longer spans holding its word; a longer span at one-word spans of its words
    for (let k = sp.start; k < sp.end; k++) mask |= (Math.max(0, typesOfWord.get(d.lower[k])) >> (multi ? 0 : 4)) & 15;
    wordIn[s] = mask;
  }
  let firstWord = 0;
  let secondWord = 0;
  for (let i = 0; i < d.n && !secondWord; i++) {
    if (!(d.flags[i] & F_LETTER)) continue;
    if (firstWord) secondWord = d.lower[i];
    else firstWord = d.lower[i];
  }
  return { spans, key, others, otherBits, wordIn, firstWord, secondWord };
}

function shapeClass(d: DocInfo, i: number): number {
  const f = d.flags[i];
  if (f & F_NUM) return 1;
  if (!(f & F_LETTER)) return 2;
  if (f & F_UPPER) return 3;
  if (f & F_CAP) return 4;
  return 5;
}

/** The features of span number s of the context; returns how many were written to `out`. */
export function spanFeatures(d: DocInfo, em: Float32Array, ctx: SpanContext, s: number, out: Int32Array): number {
  const sp = ctx.spans[s];
  const { start: i, end: j, type: t0 } = sp;
  const u = d.sent[i];
  const a = u >= 0 ? d.sentences[u].tokenStart : i;
  const b = u >= 0 ? d.sentences[u].tokenEnd : j;
  const caps = u >= 0 ? d.caps[u] : 0;
  const numRow = u >= 0 ? d.numeric[u] : 0;
  const head = d.lower[j - 1];
  const prev = i - 1 >= a ? d.lower[i - 1] : BOS;
  const prev2 = i - 2 >= a ? d.lower[i - 2] : BOS;
  const next = j < b ? d.lower[j] : EOS;
  const next2 = j + 1 < b ? d.lower[j + 1] : EOS;
  const nextNum = j < b && isNum(d, j) ? 1 : 0;
  const prevNum = i - 1 >= a && isNum(d, i - 1) ? 1 : 0;
  const len = j - i > 3 ? 3 : j - i;
  let k = 0;
  out[k++] = feat1(T.BIAS, 0);
  out[k++] = feat1(T.TAG, t0);
  // the words themselves: once (a one-word span's first and last word are the span; counting
  // the word three times would let its usual type outweigh the context the tagger weighed)
  out[k++] = feat1(T.SPAN, ctx.key[s]);
  if (j - i > 1) {
    out[k++] = feat1(T.HEAD, head);
    out[k++] = feat2(T.FIRST, d.lower[i], len);
  }
  out[k++] = feat1(T.PREV, prev);
  out[k++] = feat1(T.NEXT, next);
  out[k++] = feat1(T.PREV2, prev2);
  out[k++] = feat1(T.NEXT2, next2);
  out[k++] = feat2(T.PREV_TAG, prev, t0);
  out[k++] = feat2(T.NEXT_TAG, next, t0);
  out[k++] = feat3(T.NEXTNUM, nextNum, d.docNum, t0);
  out[k++] = feat3(T.PREVNUM, prevNum, nextNum, numRow);
  out[k++] = feat2(T.DOCNUM_ROW, d.docNum, numRow);
  out[k++] = feat3(T.DOCNUM_ROW_TAG, d.docNum, numRow, t0);
  out[k++] = feat2(T.CAPS_TAG, caps, t0);
  out[k++] = feat2(T.LEN_TAG, len, t0);
  out[k++] = feat2(T.FIRST_IN_UNIT, i === a ? 1 : 0, t0);
  out[k++] = feat2(T.HEAD_SUF, affix(d, j - 1, 6), t0);
    out[k++] = feat2(T.NEXT_SHAPE, j < b ? shapeClass(d, j) : 0, t0);
  out[k++] = feat2(T.PREV_SHAPE, i - 1 >= a ? shapeClass(d, i - 1) : 0, t0);
  out[k++] = feat3(T.PREV_NEXT_SHAPE_NUM, i - 1 >= a ? shapeClass(d, i - 1) : 0, j < b ? shapeClass(d, j) : 0, numRow);
  out[k++] = feat3(T.HEAD_SHAPE_TAG, d.short[j - 1], caps, t0);
  const c = d.clus[j - 1];
  out[k++] = feat2(T.HEAD_CLUS, c > 0 ? ((c - 1) >> 8) & 0x3ff : -1, t0);
  // the tagger's scores: the gap from its type to each other type, and to no name at all
  const own = spanScore(em, sp, t0);
  let runner = -1;
  let runnerScore = -Infinity;
  for (let t = 0; t < NTYPES; t++) {
    if (t === t0) continue;
    const v = spanScore(em, sp, t);
    out[k++] = feat3(T.GAP, t0, t, bucket(own - v));
    if (v > runnerScore) {
      runnerScore = v;
      runner = t;
    }
  }
  out[k++] = feat3(T.RUNNER, t0, runner, bucket(own - runnerScore));
  out[k++] = feat2(T.GAP_O, t0, bucket(own - spanScoreO(em, sp)));
  // the other mentions of the same words in the document
  let mask = 0;
  for (let t = 0; t < NTYPES; t++) {
    const n = ctx.others[s * NTYPES + t];
    if (n) {
      mask |= 1 << t;
      out[k++] = feat2(T.OTHERS, t, n > 3 ? 3 : n);
    }
  }
  out[k++] = feat2(T.OTHERS_TAG, mask, t0);
  const ob = ctx.otherBits[s];
  out[k++] = feat2(T.OTHER_NUMROW, ob & 1, numRow);
  out[k++] = feat3(T.OTHER_NEXTNUM, (ob >> 1) & 1, nextNum, d.docNum);
  const wi = ctx.wordIn[s];
  for (let t = 0; t < NTYPES; t++) if (wi & (1 << t)) out[k++] = feat2(T.WORD_IN, t, len > 1 ? 1 : 0);
  out[k++] = feat3(T.WORD_IN_TAG, wi, t0, len > 1 ? 1 : 0);
  // the document's first words (in CoNLL's stories its topic: "SOCCER - ENGLISH LEAGUE")
  out[k++] = feat2(T.DOC_FIRST_TAG, ctx.firstWord, t0);
  out[k++] = feat3(T.DOC_FIRST_NUM_TAG, ctx.firstWord, nextNum | (numRow << 1), t0);
  out[k++] = feat3(T.DOC_FIRST2_TAG, ctx.firstWord, ctx.secondWord, t0);
  out[k++] = feat2(T.PREV_NEXTNUM, prev, nextNum);
  out[k++] = feat2(T.PREV_BIGRAM, prev2, prev);
  out[k++] = feat2(T.NEXT_BIGRAM, next, next2);
  const c1 = d.clus[i];
  out[k++] = feat2(T.FIRST_CLUS, c1 > 0 ? ((c1 - 1) >> 8) & 0x3ff : -1, len);
  // the tagger's types of the names right before and after it in its unit, next to it or one
  // word away ("Kelmouth and Arvale", "Kelmouth v Arvale", "Kelmouth / Arvale"), with that word:
  // names listed together are mostly of one kind
  const left = s > 0 ? ctx.spans[s - 1] : undefined;
  if (left !== undefined && left.start >= a && left.end >= i - 1) {
    out[k++] = feat2(T.LEFT_NAME, left.type, t0);
    out[k++] = feat3(T.LEFT_NAME_WORD, left.type, left.end === i ? 0 : d.lower[i - 1], t0);
  }
  const right = s + 1 < ctx.spans.length ? ctx.spans[s + 1] : undefined;
  if (right !== undefined && right.end <= b && right.start <= j + 1) {
    out[k++] = feat2(T.RIGHT_NAME, right.type, t0);
    out[k++] = feat3(T.RIGHT_NAME_WORD, right.type, right.start === j ? 0 : d.lower[j], t0);
  }
  // gazetteer lists of the span's words (OR of their bits)
  let g = 0;
  for (let q = i; q < j; q++) g |= d.gaz[q];
  for (; g && k < MAX_SPAN_FEATS; g &= g - 1) out[k++] = feat2(T.GAZ, 31 - Math.clz32(g & -g), t0);
  return k;
}

/** The trained re-typer. */
export class Retyper {
  /**
   * Open addressing (load under a half): per slot the key and its four int16 weights packed in
   * two int32s, side by side, so a lookup reads one cache line.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /**
   * One bit per value of a key's high 20 bits (128 KiB): most of a span's features are absent
   * from the model, and this filter turns most of those lookups away before the 3 MiB table.
   */
  private readonly filter = new Int32Array(1 << 15);
  constructor(
    readonly keys: Uint32Array,
    readonly weights: Int16Array,
    readonly scale: number,
    /** how far (in the classifier's units) a type must beat the tagger's to replace it */
    readonly margin: number,
    /** spans whose type the tagger prefers by this much (perceptron units per token) or more are left alone */
    readonly gate = Infinity,
  ) {
    let cap = 64;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    const slots = (this.slots = new Int32Array(cap * 3));
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r] | 0 || 1;
      let h = (key ^ (key >>> 15)) & this.mask;
      while (slots[h * 3] !== 0 && slots[h * 3] !== key) h = (h + 1) & this.mask;
      slots[h * 3] = key;
      this.filter[key >>> 17] |= 1 << ((key >>> 12) & 31);
      slots[h * 3 + 1] = (weights[r * NTYPES] & 0xffff) | (weights[r * NTYPES + 1] << 16);
      slots[h * 3 + 2] = (weights[r * NTYPES + 2] & 0xffff) | (weights[r * NTYPES + 3] << 16);
    }
  }

  /** Sums the weights of `n` features into scores[0..NTYPES). */
  score(feats: Int32Array, n: number, scores: Float64Array): void {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    const slots = this.slots;
    const mask = this.mask;
    const filter = this.filter;
    for (let f = 0; f < n; f++) {
      const key = feats[f] | 0 || 1;
      if (!(filter[key >>> 17] & (1 << ((key >>> 12) & 31)))) continue;
      let h = (key ^ (key >>> 15)) & mask;
      let k: number;
      while ((k = slots[h * 3]) !== 0) {
        if (k === key) {
          const a = slots[h * 3 + 1];
          const b = slots[h * 3 + 2];
          s0 += (a << 16) >> 16;
          s1 += a >> 16;
          s2 += (b << 16) >> 16;
          s3 += b >> 16;
          break;
        }
        h = (h + 1) & mask;
      }
    }
    scores[0] = s0 * this.scale;
    scores[1] = s1 * this.scale;
    scores[2] = s2 * this.scale;
    scores[3] = s3 * this.scale;
  }
}

/**
 * The type the classifier gives a span when some type beats the tagger's by more than `margin`,
 * else the tagger's own (scores from `Retyper.score` or a training weight table).
 */
export function choose(scores: Float64Array, t0: number, margin: number): number {
  let best = t0;
  for (let t = 0; t < NTYPES; t++) if (scores[t] > scores[best]) best = t;
  return best !== t0 && scores[best] - scores[t0] > margin ? best : t0;
}

const FEATS = new Int32Array(MAX_SPAN_FEATS);
const SCORES = new Float64Array(NTYPES);

/**
 * Re-types the tagger's spans in place (B-/I- tags of the first `n` tokens), given the final
 * emission scores; returns how many spans changed type.
 */
export function retypeTags(d: DocInfo, tags: Uint8Array, em: Float32Array, model: Retyper, n = d.n): number {
  const spans = tagSpans(tags, n);
  // the spans the tagger is not sure enough of (most documents have none worth a second look)
  let open = 0;
  const gap = new Float64Array(spans.length);
  for (let s = 0; s < spans.length; s++) if ((gap[s] = typeGap(em, spans[s])) < model.gate) open++;
  if (!open) return 0;
  const ctx = spanContext(d, spans);
  let changed = 0;
  for (let s = 0; s < spans.length; s++) {
    const sp = spans[s];
    if (gap[s] >= model.gate) continue;
    model.score(FEATS, spanFeatures(d, em, ctx, s, FEATS), SCORES);
    const t = choose(SCORES, sp.type, model.margin);
    if (t === sp.type) continue;
    changed++;
    tags[sp.start] = 1 + 2 * t;
    for (let k = sp.start + 1; k < sp.end; k++) tags[k] = 2 + 2 * t;
  }
  return changed;
}

export function encodeRetyper(m: Retyper): Buffer {
  const n = m.keys.length;
  const head = Buffer.alloc(HEAD);
  head.write('RTYP', 0, 'latin1');
  head.writeUInt32LE(VERSION, 4);
  head.writeFloatLE(m.margin, 8);
  head.writeFloatLE(m.gate, 12);
  head.writeFloatLE(m.scale, 16);
  head.writeUInt32LE(n, 20);
  const keys = Buffer.from(m.keys.buffer, m.keys.byteOffset, n * 4);
  const w = Buffer.from(m.weights.buffer, m.weights.byteOffset, n * NTYPES * 2);
  return deflateSync(Buffer.concat([head, keys, w]), { level: 9 });
}

export function decodeRetyper(data: Buffer): Retyper {
  let raw: Buffer;
  try {
    raw = inflateSync(data);
  } catch (e) {
    throw new Error(`re-typer model: not a zlib stream (${(e as Error).message})`, { cause: e });
  }
  if (raw.length < HEAD || raw.toString('latin1', 0, 4) !== 'RTYP') throw new Error('re-typer model: bad magic (expected "RTYP")');
  const version = raw.readUInt32LE(4);
  if (version !== VERSION) throw new Error(`re-typer model: version ${version}, expected ${VERSION}`);
  const margin = raw.readFloatLE(8);
  const gate = raw.readFloatLE(12);
  const scale = raw.readFloatLE(16);
  const n = raw.readUInt32LE(20);
  // (a gate of Infinity leaves no span alone; NaN anywhere would silently switch the re-typer off)
  if (!(Number.isFinite(margin) && margin >= 0 && gate >= 0 && Number.isFinite(scale) && scale > 0)) throw new Error(`re-typer model: margin ${margin}, gate ${gate}, scale ${scale} (expected a margin and a gate ≥ 0 and a scale > 0)`);
  if (raw.length !== HEAD + n * 4 + n * NTYPES * 2) throw new Error(`re-typer model: ${raw.length} bytes, expected ${HEAD + n * 4 + n * NTYPES * 2} for ${n} features`);
  const keys = new Uint32Array(n);
  for (let r = 0; r < n; r++) keys[r] = raw.readUInt32LE(HEAD + r * 4);
  const weights = new Int16Array(n * NTYPES);
  const wo = HEAD + n * 4;
  for (let r = 0; r < n * NTYPES; r++) weights[r] = raw.readInt16LE(wo + r * 2);
  return new Retyper(keys, weights, scale, margin, gate);
}

/** One training span: its feature hashes, the tagger's type and the gold type. */
export interface SpanExample {
  feats: Int32Array;
  type: number;
  gold: number;
  /** the tagger's score of its type over the best other type, per token (perceptron units) */
  gap: number;
}

/**
 * The examples of one document: the tagger's spans whose boundaries match a gold name exactly
 * (their type is what the re-typer may fix), with the gold type read from the gold BIO tags.
 */
export function spanExamples(d: DocInfo, tags: Uint8Array, em: Float32Array, gold: Uint8Array): SpanExample[] {
  const spans = tagSpans(tags);
  const ctx = spanContext(d, spans);
  const out: SpanExample[] = [];
  const buf = new Int32Array(MAX_SPAN_FEATS);
  for (let s = 0; s < spans.length; s++) {
    const { start, end, type } = spans[s];
    const g = gold[start];
    if (g === 0 || (g & 1) === 0) continue;
    const gt = tagType(g);
    let ok = true;
    for (let k = start + 1; k < end && ok; k++) ok = gold[k] === 2 + 2 * gt;
    if (!ok || (end < gold.length && gold[end] === 2 + 2 * gt)) continue;
    const n = spanFeatures(d, em, ctx, s, buf);
    out.push({ feats: buf.slice(0, n), type, gold: gt, gap: typeGap(em, spans[s]) });
  }
  return out;
}

/**
 * Multinomial logistic regression over the examples (AdaGrad, an L2 penalty `l2` per example on
 * the weights it touches, `epochs` passes in an order shuffled by `seed`), compacted to a
 * Retyper whose scores are log-odds: rows whose largest weight is under `prune` are dropped, the
 * rest quantized to int16.
 */
export function trainRetyper(examples: SpanExample[], epochs: number, seed: number, margin: number, l2 = 1e-4, gate = Infinity, rate = 0.2, prune = 0.01): Retyper {
  const rowOf = new Map<number, number>();
  for (const ex of examples) for (const f of ex.feats) if (!rowOf.has(f)) rowOf.set(f, rowOf.size);
  const nRows = rowOf.size;
  const w = new Float64Array(nRows * NTYPES);
  const g2 = new Float64Array(nRows * NTYPES).fill(1e-6);
  const ids = examples.map((ex) => Int32Array.from(ex.feats, (f) => rowOf.get(f)!));
  const order = examples.map((_, i) => i);
  const rand = rng(seed);
  const p = new Float64Array(NTYPES);
  for (let e = 0; e < epochs; e++) {
    shuffle(order, rand);
    for (const x of order) {
      const f = ids[x];
      p.fill(0);
      for (const r of f) for (let t = 0; t < NTYPES; t++) p[t] += w[r * NTYPES + t];
      let mx = -Infinity;
      for (let t = 0; t < NTYPES; t++) mx = Math.max(mx, p[t]);
      let z = 0;
      for (let t = 0; t < NTYPES; t++) z += p[t] = Math.exp(p[t] - mx);
      const g = examples[x].gold;
      for (const r of f) {
        for (let t = 0; t < NTYPES; t++) {
          const o = r * NTYPES + t;
          const grad = p[t] / z - (t === g ? 1 : 0) + l2 * w[o];
          g2[o] += grad * grad;
          w[o] -= (rate * grad) / Math.sqrt(g2[o]);
        }
      }
    }
  }
  let maxAbs = 0;
  for (let k = 0; k < w.length; k++) maxAbs = Math.max(maxAbs, Math.abs(w[k]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const keep: number[] = [];
  const keys: number[] = [];
  for (const [f, r] of rowOf) {
    let m = 0;
    for (let t = 0; t < NTYPES; t++) m = Math.max(m, Math.abs(w[r * NTYPES + t]));
    if (m >= prune && Math.round(m / scale) !== 0) {
      keep.push(r);
      keys.push(f >>> 0);
    }
  }
  const weights = new Int16Array(keep.length * NTYPES);
  keep.forEach((r, i) => {
    for (let t = 0; t < NTYPES; t++) weights[i * NTYPES + t] = Math.round(w[r * NTYPES + t] / scale);
  });
  return new Retyper(Uint32Array.from(keys), weights, scale, margin, gate);
}
