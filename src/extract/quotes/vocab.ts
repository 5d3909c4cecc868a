/**
 * Interned lower-cased token texts. Every distinct lower-cased form gets one id and one string
 * for the life of the process (until the vocabulary grows past `MAX_TYPES`, when it starts
 * over and `vocabGen()` changes), so a document's tokens become small integers once, and the
 * quote rules' `low[i]` strings are shared objects whose string hashes V8 keeps (computed once).
 *
 * The id's hash is FNV-1a over the lower-cased form's char codes: the same number the tagger
 * and the end ranker use as the word's feature value (`strHash`, `hashExact`).
 */
import type { Token } from '../../model/types.js';
import { typeCount, typeGeneration } from '../../text/types.js';

const MAX_TYPES = 1 << 22;

let gen = 0;
let count = 0;
// open addressing, two ints a slot: the hash, then id + 1 (0: empty); room for 2^16 ids before
// it grows (at 2^15, growing came some 30,000 words into a run, late, and cost the optimized
// interning a deopt and a recompile)
let slots = new Int32Array(2 << 17);
let mask = (slots.length >> 1) - 1;
let strs: string[] = [];
/** room for 2^17 ids before it grows (growing, first needed late in a run, cost the optimized interning a deopt) */
let hashes = new Int32Array(1 << 17);

/** Number of ids given out (ids are 0 … vocabSize() - 1). */
export function vocabSize(): number {
  return count;
}

/** Changes when the vocabulary starts over: ids of an older generation mean nothing. */
export function vocabGen(): number {
  return gen;
}

/** The lower-cased form of id g. */
export function typeString(g: number): string {
  return strs[g];
}

/** FNV-1a hash of the lower-cased form of id g. */
export function typeHash(g: number): number {
  return hashes[g];
}

function slotOf(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) & mask;
}

function grow(): void {
  const old = count;
  slots = new Int32Array(slots.length * 2);
  mask = (slots.length >> 1) - 1;
  for (let g = 0; g < old; g++) {
    let s = slotOf(hashes[g]);
    while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
    slots[2 * s] = hashes[g];
    slots[2 * s + 1] = g + 1;
  }
}

function add(w: string, h: number, s: number): number {
  const g = count++;
  if (g === hashes.length) {
    const nh = new Int32Array(hashes.length * 2);
    nh.set(hashes);
    hashes = nh;
  }
  hashes[g] = h;
  strs.push(w);
  slots[2 * s] = h;
  slots[2 * s + 1] = g + 1;
  if (count * 4 > slots.length) grow();
  return g;
}

function reset(): void {
  gen++;
  count = 0;
  slots = new Int32Array(2 << 17);
  mask = (slots.length >> 1) - 1;
  strs = [];
  hashes = new Int32Array(1 << 17);
}

/** The id of lower-cased form `w` (hash `h`), added when new. */
function internString(w: string, h: number): number {
  let s = slotOf(h);
  for (;;) {
    const e = slots[2 * s + 1];
    if (e === 0) return add(w, h, s);
    if (slots[2 * s] === h && strs[e - 1] === w) return e - 1;
    s = (s + 1) & mask;
  }
}

/** FNV-1a over a string's char codes. */
export function fnv(w: string, from = 0): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
}

/** The id of a lower-cased form. */
export function intern(w: string): number {
  return internString(w, fnv(w));
}

/** The id of the lower-cased text[a, b): ASCII is hashed and compared straight from the text; other text goes through `toLowerCase`. */
function internSpan(text: string, a: number, b: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = a; k < b; k++) {
    let c = text.charCodeAt(k);
    if (c >= 128) return intern(text.slice(a, b).toLowerCase());
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  const len = b - a;
  let s = slotOf(h);
  for (;;) {
    const e = slots[2 * s + 1];
    if (e === 0) return add(text.slice(a, b).toLowerCase(), h, s);
    const x = e - 1;
    if (slots[2 * s] === h) {
      const w = strs[x];
      if (w.length === len) {
        let k = 0;
        for (; k < len; k++) {
          let c = text.charCodeAt(a + k);
          if (c >= 65 && c <= 90) c += 32;
          if (c !== w.charCodeAt(k)) break;
        }
        if (k === len) return x;
      }
    }
    s = (s + 1) & mask;
  }
}

/**
 * Interns the lower-cased text of every token: `wid[i]` its id, `low[i]` its (shared) string,
 * exactly `text.slice(start, end).toLowerCase()`.
 */
export function internTokens(text: string, tokens: readonly Token[], wid: Int32Array, low: string[]): void {
  if (count >= MAX_TYPES) reset();
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const g = internSpan(text, t.start, t.end);
    wid[i] = g;
    low[i] = strs[g];
  }
}

/** Per token type (text/types.ts): its id + 1 here (0: not yet looked up), for the generations below. */
let byType = new Int32Array(0);
let byTypeGen = -1;
let byTypeVocab = -1;

/**
 * `internTokens` for tokens whose type numbers (text/types.ts, current generation) are `types`:
 * each type is interned once for the process, and its tokens find it by number.
 */
export function internTypedTokens(text: string, tokens: readonly Token[], types: Int32Array, wid: Int32Array, low: string[]): void {
  if (count >= MAX_TYPES) reset();
  const size = typeCount();
  if (byTypeGen !== typeGeneration() || byTypeVocab !== gen) {
    // room for a full table of token types (text/types.ts starts over at 2^18): growing, first
    // needed late in a run, cost the optimized code a deopt and a recompile
    byType = new Int32Array(Math.max(1 << 18, size * 2));
    byTypeGen = typeGeneration();
    byTypeVocab = gen;
  } else if (byType.length < size) {
    const b = new Int32Array(Math.max(size, byType.length * 2));
    b.set(byType);
    byType = b;
  }
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const ty = types[i];
    let g = byType[ty] - 1;
    if (g < 0) {
      const t = tokens[i];
      g = internSpan(text, t.start, t.end);
      byType[ty] = g + 1;
    }
    wid[i] = g;
    low[i] = strs[g];
  }
}

/**
 * A test over lower-cased forms remembered per id (`has(g)`), for the word lists the rules read
 * in their loops. Ids must be of the current generation (see `freshIds` in context.ts).
 */
export class WordSet {
  private gen = -1;
  private v = new Int8Array(0);
  constructor(private readonly test: (w: string) => boolean) {}

  has(g: number): boolean {
    if (this.gen !== gen || g >= this.v.length) this.grow();
    let x = this.v[g];
    if (x < 0) {
      x = this.test(strs[g]) ? 1 : 0;
      this.v[g] = x;
    }
    return x === 1;
  }

  private grow(): void {
    const v = new Int8Array(Math.max(4096, count, this.v.length * 2)).fill(-1);
    if (this.gen === gen) v.set(this.v);
    this.gen = gen;
    this.v = v;
  }
}
