/**
 * Tags a document's tokens with BIO tags in two stages: stage 1 over local features; stage 2
 * adds, to stage 1's scores, features of what stage 1 said about the same words elsewhere in
 * the document (Krishnan & Manning's two-stage approach to non-local consistency), and decodes
 * again with its own transitions.
 */
import type { Sentence, Token } from '../../model/types.js';
import { F_CAP, F_DIGIT, F_INNER_CAP, F_LEX, F_UPPER, capsWordFeature, clusterOf, docInfo, lexicalPairs, patternFeatures, patternKey, EDGE, MAX_FEATS, NTAGS, ROLE_OFFSET, roleFeatures, IntMap, stage2Context, stage2Features, stage2Key, wordFeatures, PATTERN_INPUTS, STAGE2_INPUTS, type DocInfo } from './features.js';
import { transSpread, viterbi, WORD_VEC, type NerModel, type StageModel } from './model.js';
import { RowCache, Scratch } from './intmap.js';
import { hashLower } from './hash.js';
import { retypeTags, type Retyper } from './retype.js';
import { typeCount, typeGeneration } from '../../text/types.js';

/** the tag that begins a person's name */
const B_PER = 1;

/**
 * What is kept across documents for one model: the word table's rows followed by the rows of
 * words the table lacks, summed once and cached (with their clusters), and the sums of the
 * pattern features and of stage 2's features. Each cached row is a pure function of its full
 * key, so a hit equals recomputing. The sizes hold the distinct words and patterns of several
 * MiB of news (a cache that starts over while a long single pass runs recomputes most rows).
 */
interface Caches {
  /** the words outside the table (keys only: their rows are in `rows` after the table's) */
  words: RowCache;
  /**
   * WORD_VEC floats per row: the model's word table, then `words.capacity` cached rows, then one
   * row (at `edge`) whose role vectors are what a missing neighbour (a unit's edge) gives
   */
  rows: Float32Array;
  edge: number;
  /** packed clusters per row of `rows` */
  rowClus: Int32Array;
  patterns: RowCache;
  stage2: RowCache;
}
const CACHES = new WeakMap<StageModel, Caches>();

function cachesOf(model: StageModel, wordCapacity = 1 << 16): Caches {
  let c = CACHES.get(model);
  if (!c || c.words.capacity < wordCapacity) {
    const nw = model.wclus.length;
    const rows = new Float32Array((nw + wordCapacity + 1) * WORD_VEC);
    rows.set(model.wvecs.subarray(0, nw * WORD_VEC));
    const rowClus = new Int32Array(nw + wordCapacity);
    rowClus.set(model.wclus);
    c = {
      words: new RowCache(wordCapacity, 2, 0),
      rows,
      edge: (nw + wordCapacity) * WORD_VEC,
      rowClus,
      patterns: c?.patterns ?? new RowCache(1 << 17, PATTERN_INPUTS, NTAGS),
      stage2: c?.stage2 ?? new RowCache(1 << 16, STAGE2_INPUTS, NTAGS),
    };
    CACHES.set(model, c);
  }
  return c;
}

const SCRATCH = new Scratch();
const FEATS = new Int32Array(MAX_FEATS);
const WKEY = new Int32Array(2);
const PKEY = new Int32Array(PATTERN_INPUTS);
const SKEY = new Int32Array(STAGE2_INPUTS);
/** the offsets of the five rows a token next to a unit's edge sums, in the order it sums them */
const TERMS = new Int32Array(5);
/** the sums of a word's own features (whole weight units), and a place for their scores (unread) */
const WORD_SUMS = new Int32Array(NTAGS);
const SUMS_OUT = new Float32Array(NTAGS);
/** where the headline rows of a word begin in its row (a constant: no multiplication first done late in optimised code) */
const CAPS_ROLE = 5 * NTAGS;

export interface Tagging {
  tags: Uint8Array;
  /** the final emission scores, em[i * NTAGS + t] (for margins) */
  em: Float32Array;
  info: DocInfo;
}

/** Per model: the row + 1 of each token type (text/types.ts; 0: not yet found), for the type generation and the word cache (and its epoch) below. */
const TYPE_ROWS = new WeakMap<StageModel, { gen: number; words: RowCache; epoch: number; byType: Int32Array }>();

function rowsByType(model: StageModel, caches: Caches): Int32Array {
  const size = typeCount();
  let e = TYPE_ROWS.get(model);
  if (!e || e.gen !== typeGeneration() || e.words !== caches.words || e.epoch !== caches.words.epoch) {
    e = { gen: typeGeneration(), words: caches.words, epoch: caches.words.epoch, byType: new Int32Array(Math.max(4096, size * 2)) };
    TYPE_ROWS.set(model, e);
  } else if (e.byType.length < size) {
    const b = new Int32Array(Math.max(size, e.byType.length * 2));
    b.set(e.byType);
    e.byType = b;
  }
  return e.byType;
}

/** The row of token i's word: the word table's, a cached one, or one summed here (and cached: the cache has room, see stage1Scores). */
function rowOfWord(model: StageModel, d: DocInfo, i: number, caches: Caches, feats: Int32Array): number {
  const row = model.wordSlot(d.word[i]);
  if (row >= 0) return row;
  const { rows, rowClus, words } = caches;
  const nw = model.wclus.length;
  const wkey = WKEY;
  wkey[0] = d.word[i];
  wkey[1] = d.lower[i];
  const h = wkey[0] ^ Math.imul(wkey[1], 0x9e3779b1);
  let c = words.find(wkey, h);
  if (c < 0) {
    c = words.add(wkey, h);
    const r = nw + c;
    rows.fill(0, r * WORD_VEC, (r + 1) * WORD_VEC);
    d.clus[i] = rowClus[r] = clusterOf(d.word[i]);
    wordRow(model, d, i, feats, rows, r * WORD_VEC);
    return r;
  }
  return nw + c;
}

/**
 * Stage-1 emission scores of every token: em[i * NTAGS + t]. Each distinct word of the document
 * gets one row of word-only sums (from the model's word table, or summed here once for a word the
 * table lacks), scattered to the token and to its neighbours; pattern features are summed once
 * per distinct pattern; only the word-pair features are looked up per token.
 */
export function stage1Scores(model: StageModel, d: DocInfo, scratch?: Scratch, live?: Uint8Array): Float32Array {
  const n = d.n;
  const em = scratch ? scratch.float32(0, n * NTAGS) : new Float32Array(n * NTAGS);
  const feats = FEATS;
  const slot = scratch ? scratch.int32(20, n) : new Int32Array(n);
  const clus = d.clus;
  let caches = cachesOf(model);
  const types = d.types;
  if (types && n <= caches.words.capacity) {
    // each token type's row, found once (the cache starts over before a document whose words might not all fit)
    if (caches.words.count + n > caches.words.capacity) caches.words.clear();
    const byType = rowsByType(model, caches);
    const rowClus = caches.rowClus;
    const units = d.sentences;
    for (let u = 0, i = 0; i < n; i++) {
      if (live) {
        // only the rows the live tokens read: their own and their neighbours' (two either side)
        while (u < units.length && units[u].tokenEnd <= i) u++;
        if (u === units.length) break;
        const a = units[u].tokenStart;
        const b = units[u].tokenEnd;
        if (i < a || !(live[i] | (i > a ? live[i - 1] : 0) | (i - 1 > a ? live[i - 2] : 0) | (i + 1 < b ? live[i + 1] : 0) | (i + 2 < b ? live[i + 2] : 0))) continue;
      }
      const ty = types[i];
      let row = byType[ty] - 1;
      if (row < 0) {
        row = rowOfWord(model, d, i, caches, feats);
        byType[ty] = row + 1;
      }
      clus[i] = rowClus[row];
      slot[i] = row * WORD_VEC;
    }
  } else {
    // the document's distinct words (as written), and each token's
    const rowOf = scratch ? scratch.map(1, n >> 1) : new IntMap(n >> 1);
    const first: number[] = [];
    for (let i = 0; i < n; i++) {
      let r = rowOf.get(d.word[i]);
      if (r < 0) {
        r = first.length;
        rowOf.set(d.word[i], r);
        first.push(i);
      }
      slot[i] = r;
    }
    // each distinct word's row: the word table's, a cached one, or one summed here (and cached);
    // the cache starts over before a document whose words might not all fit
    if (first.length > caches.words.capacity) caches = cachesOf(model, first.length * 2);
    if (caches.words.count + first.length > caches.words.capacity) caches.words.clear();
    const rowAt = scratch ? scratch.int32(21, first.length) : new Int32Array(first.length);
    for (let r = 0; r < first.length; r++) rowAt[r] = rowOfWord(model, d, first[r], caches, feats);
    const rowClus = caches.rowClus;
    for (let i = 0; i < n; i++) {
      const row = rowAt[slot[i]];
      clus[i] = rowClus[row];
      slot[i] = row * WORD_VEC;
    }
  }
  const rows = caches.rows;
  // the features a missing neighbour (sentence edge) gives, once per document, in the edge row
  const edge = caches.edge;
  rows.fill(0, edge, edge + WORD_VEC);
  for (let role = 1; role <= 4; role++) {
    const v = ROLE_OFFSET[role] < 0 ? EDGE.BOS : EDGE.EOS;
    model.score(feats, roleFeatures(role, v, v, ROLE_OFFSET[role] < 0 ? -2 : -3, feats, 0), rows, edge + role * NTAGS);
  }
  const terms = TERMS;
  const pats = caches.patterns;
  const cvec = pats.vecs;
  const pkey = PKEY;
  const fr = Math.fround;
  const units = d.sentences;
  for (let u = 0; u < units.length; u++) {
    const a = units[u].tokenStart;
    const b = units[u].tokenEnd;
    const selfRole = d.caps[u] ? CAPS_ROLE : 0;
    // each token gathers its word's row and its neighbours' rows (in the role they play for
    // it), the edge rows where a neighbour is missing, and its pattern row; sums in float32,
    // in text order of the rows
    for (let i = a; i < b; i++) {
      if (live && !live[i]) continue;
      const off = i * NTAGS;
      // pattern features: summed once per distinct pattern
      const key = patternKey(d, i, a, b, u, pkey);
      let g = pats.find(pkey, key);
      if (g < 0) {
        g = pats.add(pkey, key);
        model.score(feats, patternFeatures(d, i, feats, 0), cvec, pats.at(g));
      }
      const po = pats.at(g);
      const oS = slot[i] + selfRole;
      if (i - 2 >= a && i + 2 < b) {
        const o3 = slot[i - 2] + 3 * NTAGS;
        const o1 = slot[i - 1] + NTAGS;
        const o2 = slot[i + 1] + 2 * NTAGS;
        const o4 = slot[i + 2] + 4 * NTAGS;
        // unrolled over the NTAGS (9) tags
        em[off] = fr(fr(fr(fr(rows[o3] + rows[o1]) + rows[oS]) + rows[o2]) + rows[o4]) + cvec[po];
        em[off + 1] = fr(fr(fr(fr(rows[o3 + 1] + rows[o1 + 1]) + rows[oS + 1]) + rows[o2 + 1]) + rows[o4 + 1]) + cvec[po + 1];
        em[off + 2] = fr(fr(fr(fr(rows[o3 + 2] + rows[o1 + 2]) + rows[oS + 2]) + rows[o2 + 2]) + rows[o4 + 2]) + cvec[po + 2];
        em[off + 3] = fr(fr(fr(fr(rows[o3 + 3] + rows[o1 + 3]) + rows[oS + 3]) + rows[o2 + 3]) + rows[o4 + 3]) + cvec[po + 3];
        em[off + 4] = fr(fr(fr(fr(rows[o3 + 4] + rows[o1 + 4]) + rows[oS + 4]) + rows[o2 + 4]) + rows[o4 + 4]) + cvec[po + 4];
        em[off + 5] = fr(fr(fr(fr(rows[o3 + 5] + rows[o1 + 5]) + rows[oS + 5]) + rows[o2 + 5]) + rows[o4 + 5]) + cvec[po + 5];
        em[off + 6] = fr(fr(fr(fr(rows[o3 + 6] + rows[o1 + 6]) + rows[oS + 6]) + rows[o2 + 6]) + rows[o4 + 6]) + cvec[po + 6];
        em[off + 7] = fr(fr(fr(fr(rows[o3 + 7] + rows[o1 + 7]) + rows[oS + 7]) + rows[o2 + 7]) + rows[o4 + 7]) + cvec[po + 7];
        em[off + 8] = fr(fr(fr(fr(rows[o3 + 8] + rows[o1 + 8]) + rows[oS + 8]) + rows[o2 + 8]) + rows[o4 + 8]) + cvec[po + 8];
      } else {
        // near an edge: the neighbours there (two before, one before, the word, one after, two
        // after), then the edge row of each neighbour missing, by role (1-4): five rows, chosen
        // once for the nine tags
        let k = 0;
        if (i - 2 >= a) terms[k++] = slot[i - 2] + 3 * NTAGS;
        if (i - 1 >= a) terms[k++] = slot[i - 1] + NTAGS;
        terms[k++] = oS;
        if (i + 1 < b) terms[k++] = slot[i + 1] + 2 * NTAGS;
        if (i + 2 < b) terms[k++] = slot[i + 2] + 4 * NTAGS;
        for (let role = 1; role <= 4; role++) {
          const j = i + ROLE_OFFSET[role];
          if (j < a || j >= b) terms[k++] = edge + role * NTAGS;
        }
        const q0 = terms[0];
        const q1 = terms[1];
        const q2 = terms[2];
        const q3 = terms[3];
        const q4 = terms[4];
        for (let t = 0; t < NTAGS; t++) em[off + t] = fr(fr(fr(fr(fr(fr(0 + rows[q0 + t]) + rows[q1 + t]) + rows[q2 + t]) + rows[q3 + t]) + rows[q4 + t]) + cvec[po + t]);
      }
      model.score(feats, lexicalPairs(d, i, a, b, feats, 0), em, off);
    }
  }
  return em;
}

/** The word-table row of token i's word (WORD_VEC floats at `out[o]`), summed from the feature table. */
function wordRow(model: StageModel, d: DocInfo, i: number, feats: Int32Array, out: Float32Array, o: number): void {
  // the word's features summed once, then with the word-with-capitals feature of ordinary text
  // and of a capitals headline (in whole weight units, exact: the sums `score` makes)
  const shared = WORD_SUMS;
  model.score(feats, wordFeatures(d, i, feats, 0), SUMS_OUT.fill(0), 0, undefined, shared);
  feats[0] = capsWordFeature(0, d.lower[i]);
  model.score(feats, 1, out, o, shared);
  feats[0] = capsWordFeature(1, d.lower[i]);
  model.score(feats, 1, out, o + 5 * NTAGS, shared);
  for (let role = 1; role <= 4; role++) model.score(feats, roleFeatures(role, d.lower[i], d.shape[i], d.clus[i], feats, 0), out, o + role * NTAGS);
}

let DELTA = new Float32Array(256 * NTAGS);
let BACK = new Int8Array(256 * NTAGS);

/**
 * Viterbi over each unit's runs of live tokens (see `liveTokens`); the tokens between runs are O,
 * and a run after one starts from O's transitions, a run before one ends with the step to O.
 */
function decode(d: DocInfo, em: Float32Array, trans: Float32Array, tags: Uint8Array, live: Uint8Array): void {
  const spread = transSpread(trans);
  const units = d.sentences;
  for (let u = 0; u < units.length; u++) {
    const a = units[u].tokenStart;
    const b = units[u].tokenEnd;
    for (let i = a; i < b; ) {
      if (!live[i]) {
        tags[i++] = 0;
        continue;
      }
      let j = i + 1;
      while (j < b && live[j]) j++;
      const len = j - i;
      if (len * NTAGS > DELTA.length) {
        DELTA = new Float32Array(len * 2 * NTAGS);
        BACK = new Int8Array(len * 2 * NTAGS);
      }
      viterbi(em, len, trans, tags, i, BACK, DELTA, spread, i > a, j < b, i * NTAGS);
      i = j;
    }
  }
}

/** a token of one char that joins the words around it into one name ("U.S. - led", "Rosa ’ s", "AT & T") */
function isGlue(text: string, t: Token): boolean {
  if (t.end - t.start !== 1) return false;
  const c = text.charCodeAt(t.start);
  return c === 45 || c === 0x2013 || c === 39 || c === 0x2019 || c === 38;
}

/** what makes a token a possible part of a name: a capital anywhere in it (a figure only near one, see `liveTokens`) */
const SEED_FLAGS = F_CAP | F_UPPER | F_INNER_CAP;

const HASH_OF = hashLower('of');
const HASH_AND = hashLower('and');

/** A short word with a dot after its first letter ("u.s.", "e.u.", "u.s.s.r."): an abbreviation, a seed even in lower case. */
function dottedShort(text: string, t: Token, len: number): boolean {
  return len >= 3 && len <= 8 && text.charCodeAt(t.start + 1) === 46;
}

/** lower-case hashes of function words */
const OPENERS = new Set('the a an in on at of to for by with from but and or if as when while after before he she it they we i you his her its their our my this that these those there here what who how why where which is was are were be been has have had do does did not no so then also one some many most more all both each every such'.split(' ').map(hashLower));

const PRONOUN_I = hashLower('i');

/** lower-case hashes of the particles of names ("Schalk van der Merwe", "Osama bin Laden", "Carl et al") */
const PARTICLES = intSet(['van', 'von', 'der', 'den', 'de', 'da', 'das', 'dos', 'di', 'del', 'della', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'bint', 'du', 'ten', 'ter', 'y', 'e', 'zu', 'af', 'st.', 'et'].map(hashLower));

/**
 * The hashes as an int set (`liveTokens` asks for most short lower-case words: a typed-array
 * probe, not a Set's). IntMap reads a key 0 as 1, so neither may be among them.
 */
function intSet(hashes: number[]): IntMap {
  const m = new IntMap(hashes.length);
  for (const h of hashes) {
    if (h === 0 || h === 1) throw new Error('tagger: a word hashes to 0 or 1');
    m.set(h, 1);
  }
  return m;
}

/**
 * The tokens the tagger scores (1 in `live`): those with a capital or a particle of names (the
 * seeds; a lower-case word on a gazetteer list is none: "interior ministry" is no name), the tokens next to them (also past a joining char, `isGlue`),
 * figures two tokens from them ("Act of 1962"), and every token written without a space onto one
 * of those ("U.S.-led"). The rest, runs of lower-case words and
 * punctuation away from any such token, are O: the model tags no name there (on 1,640 news
 * articles and the NER dev sets, a few dozen tokens of 2.1 million, most of them inside runs of
 * "!!!").
 */
export function liveTokens(text: string, tokens: Token[], d: DocInfo, live: Uint8Array): Uint8Array {
  const n = d.n;
  live.fill(0, 0, n);
  const flags = d.flags;
  const gaz = d.gaz;
  const joined = d.joined;
  const units = d.sentences;
  for (let u = 0; u < units.length; u++) {
    const a = units[u].tokenStart;
    const b = units[u].tokenEnd;
    if (d.caps[u]) {
      live.fill(1, a, b);
      continue;
    }
    for (let i = a; i < b; i++) {
      if (!(flags[i] & SEED_FLAGS) && (d.tokLen[i] > 5 || !PARTICLES.has(d.lower[i])) && !dottedShort(text, tokens[i], d.tokLen[i])) continue;
      // a function word capitalised only because it opens the unit ("The", "But", "He"), and the pronoun "I"
      if (i === a && gaz[i] === 0 && (flags[i] & (F_CAP | F_UPPER | F_DIGIT | F_INNER_CAP)) === F_CAP && OPENERS.has(d.lower[i])) continue;
      if (d.tokLen[i] === 1 && d.lower[i] === PRONOUN_I && flags[i] & F_UPPER) continue;
      live[i] = 1;
      if (i > a) {
        live[i - 1] = 1;
        if (i - 1 > a && isGlue(text, tokens[i - 1])) live[i - 2] = 1;
      }
      if (i + 1 < b) {
        live[i + 1] = 1;
        // past a joining char or a joining word: "Bank of america", "Marks and spencer"
        if (i + 2 < b && (isGlue(text, tokens[i + 1]) || d.lower[i + 1] === HASH_OF || d.lower[i + 1] === HASH_AND)) live[i + 2] = 1;
      }
      // a figure two tokens away ("Act of 1962", "1860 Munich")
      if (i - 2 >= a && flags[i - 2] & F_DIGIT) live[i - 2] = 1;
      if (i + 2 < b && flags[i + 2] & F_DIGIT) live[i + 2] = 1;
    }
    // a run of tokens without spaces between them is live as a whole when any of it is
    for (let i = a; i < b; ) {
      let j = i + 1;
      let any = live[i];
      while (j < b && joined[j]) any |= live[j++];
      if (any && j - i > 1) live.fill(1, i, j);
      i = j;
    }
  }
  return live;
}

/** The margin of token i's chosen type (B or I) over every other type and O, in perceptron units. */
export function margin(tg: Tagging, i: number): number {
  const { em, tags } = tg;
  const t = tags[i];
  const o = i * NTAGS;
  let mine: number;
  let other = -Infinity;
  if (t === 0) {
    mine = em[o];
    for (let c = 1; c < NTAGS; c++) if (em[o + c] > other) other = em[o + c];
  } else {
    const b = t & 1 ? t : t - 1;
    mine = Math.max(em[o + b], em[o + b + 1]);
    for (let c = 0; c < NTAGS; c++) if (c !== b && c !== b + 1 && em[o + c] > other) other = em[o + c];
  }
  return mine - other;
}

/**
 * BIO tags of a document's tokens; with `retyper`, the names found get a second look at their
 * type (retype.ts). `types`: the tokens' type numbers (text/types.ts), when known. The arrays of
 * the result are reused by the next call: read them before tagging another document.
 */
export function tagTokens(text: string, tokens: Token[], sentences: Sentence[], model: NerModel, retyper?: Retyper, types?: Int32Array): Tagging {
  const models = model.stages;
  const d = docInfo(text, tokens, sentences, model.lexiconIndex ?? model.lexicon, false, SCRATCH, types);
  const tags = SCRATCH.uint8(20, tokens.length);
  const live = liveTokens(text, tokens, d, SCRATCH.uint8(22, tokens.length));
  const em = stage1Scores(models[0], d, SCRATCH, live);
  decode(d, em, models[0].trans, tags, live);
  if (models.length > 1) {
    const m2 = models[1];
    const s1 = SCRATCH.uint8(21, tokens.length);
    s1.set(tags);
    const ctx = stage2Context(d, s1, SCRATCH, live);
    const feats = FEATS;
    // summed once per distinct combination of inputs
    const rows = cachesOf(m2, 0).stage2; // stage 2 has no word rows
    const cvec = rows.vecs;
    const skey = SKEY;
    const units = d.sentences;
    for (let u = 0; u < units.length; u++) {
      const a = units[u].tokenStart;
      const b = units[u].tokenEnd;
      const caps = d.caps[u];
      for (let i = a; i < b; i++) {
        if (!live[i]) continue;
        const key = stage2Key(d, i, a, b, caps, ctx, skey);
        let g = rows.find(skey, key);
        if (g < 0) {
          g = rows.add(skey, key);
          m2.score(feats, stage2Features(d, i, feats, 0, ctx), cvec, rows.at(g));
        }
        const po = rows.at(g);
        const off = i * NTAGS;
        for (let t = 0; t < NTAGS; t++) em[off + t] += cvec[po + t];
      }
    }
    decode(d, em, m2.trans, tags, live);
    if (retyper) retypeTags(d, tags, em, retyper);
  }
  saidOpeners(text, tokens, d, tags, models[0]);
  return { tags, em, info: d };
}

/** lower-case hashes of verbs of saying that follow a speaker's name ("Putin said …") */
const SAY = new Set(['said', 'says', 'told', 'tells', 'added', 'stressed', 'noted', 'warned', 'insisted', 'argued', 'replied'].map(hashLower));

/**
 * A capitalized word that opens a sentence right before a verb of saying, which the model has
 * never seen and the training text never writes in lower case ("Putin said …", "Zelenskyy told
 * …" in a text that names them no other way): a person, where the tagger, with no evidence
 * about the word, had left it out.
 */
function saidOpeners(text: string, tokens: Token[], d: DocInfo, tags: Uint8Array, model: StageModel): void {
  for (const s of d.sentences) {
    const i = s.tokenStart;
    if (i + 1 >= s.tokenEnd || tags[i] !== 0 || tags[i + 1] !== 0 || !SAY.has(d.lower[i + 1])) continue;
    const f = d.flags[i];
    if (!(f & F_CAP) || f & (F_UPPER | F_LEX) || d.docCase[i] === 2 || model.wordSlot(d.word[i]) >= 0) continue;
    // a name's letters only ("I’ve argued" is a pronoun with its verb)
    if (!NAME_WORD.test(text.slice(tokens[i].start, tokens[i].end))) continue;
    tags[i] = B_PER;
  }
}
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}-]+$/u;
