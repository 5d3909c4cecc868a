/**
 * Token types: every distinct (text, kind) of the tokens seen gets a number, once for the whole
 * process, so that the stages that work out facts about a word (its lower-cased form, hashes,
 * shape, lexicon entries) do so once per word type and find them by number, instead of each
 * hashing the token's characters again for every token.
 *
 * The table is bounded: when a document would take it past `CAPACITY` types it starts over and
 * the generation (`typeGeneration()`) goes up; whatever a stage keeps by type number must be
 * dropped when the generation it was filled under is not the current one. The numbers of a
 * document (`tokenTypes`) stay valid until the next document is numbered, so a stage reads them
 * at its start and uses them straight away.
 */
import type { Doc } from '../model/doc.js';
import type { Token, TokenKind } from '../model/types.js';

/** The most types kept before the table starts over (a longer document still gets all its types: the table grows). */
const CAPACITY = 1 << 18;
/**
 * Slots of an empty table (it doubles when half full): room for 2^16 types (at 2^15 it grew some
 * thousand news articles into a run, late, and cost the optimized `typeOf` a deopt and a recompile).
 */
const SLOTS0 = 1 << 17;

/**
 * Open addressing, eight int32s a slot (one probe reads half a cache line): the hash, the kind
 * code << 28 | the type number + 1 (0: empty), where the type's chars start in `pool`, their
 * count, then the first `INLINE` chars two to an int32 (a short word is compared there, without
 * a read of the pool).
 */
const SW = 8;
const INLINE = 8;
let slots = new Int32Array(SW * SLOTS0);
let mask = SLOTS0 - 1;
/** the chars of every type longer than `INLINE`, one after the other */
let pool = new Uint16Array(1 << 20);
let poolEnd = 0;
let texts: string[] = [];
let count = 0;
let generation = 1;

/** The code of a token kind (1-6; 7 none): compares, most common first, where a keyed read of a table by the kind's name took a lookup by name per token. */
function kindCode(kind: TokenKind): number {
  if (kind === 'word') return 1;
  if (kind === 'punct') return 3;
  if (kind === 'number') return 2;
  if (kind === 'quote') return 5;
  if (kind === 'symbol') return 4;
  return kind === 'space' ? 6 : 7;
}

/** The generation of the table: numbers handed out under another generation mean nothing now. */
export function typeGeneration(): number {
  return generation;
}

/** The number of types in the table (every type number is below it). */
export function typeCount(): number {
  return count;
}

/** The text of type `id`. */
export function typeText(id: number): string {
  return texts[id];
}

function restart(): void {
  slots = new Int32Array(SW * SLOTS0);
  mask = SLOTS0 - 1;
  pool = new Uint16Array(1 << 20);
  poolEnd = 0;
  texts = [];
  count = 0;
  generation++;
}

/** A short type's chars two to an int32, as `typeOf` packs them (`INLINE` chars; the unused ones 0). */
const PACKED = new Int32Array(INLINE >> 1);

/** The type number of text[a, b) of kind code `kc`, added when new. */
function typeOf(text: string, a: number, b: number, kc: number): number {
  let h = 0x811c9dc5 ^ kc;
  const len = b - a;
  const tag = kc << 28;
  const short = len <= INLINE;
  if (short) {
    // a short type is hashed and packed in one pass, then compared an int32 (two chars) at a time
    PACKED[0] = PACKED[1] = PACKED[2] = PACKED[3] = 0;
    for (let k = 0; k < len; k++) {
      const c = text.charCodeAt(a + k);
      h = Math.imul(h ^ c, 0x01000193);
      PACKED[k >> 1] |= c << ((k & 1) << 4);
    }
  } else {
    for (let k = a; k < b; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  }
  let s = (h ^ (h >>> 15)) & mask;
  for (;;) {
    const o = s * SW;
    const e = slots[o + 1];
    if (e === 0) break;
    if (slots[o] === h && (e & 0x70000000) === tag && slots[o + 3] === len) {
      if (short) {
        if (slots[o + 4] === PACKED[0] && slots[o + 5] === PACKED[1] && slots[o + 6] === PACKED[2] && slots[o + 7] === PACKED[3]) return (e & 0x0fffffff) - 1;
      } else {
        const p = slots[o + 2];
        let k = 0;
        while (k < len && pool[p + k] === text.charCodeAt(a + k)) k++;
        if (k === len) return (e & 0x0fffffff) - 1;
      }
    }
    s = (s + 1) & mask;
  }
  const id = count++;
  const o = s * SW;
  slots[o] = h;
  slots[o + 1] = tag | (id + 1);
  slots[o + 3] = len;
  if (short) slots.set(PACKED, o + 4);
  else {
    if (poolEnd + len > pool.length) {
      const np = new Uint16Array(Math.max(pool.length * 2, poolEnd + len));
      np.set(pool.subarray(0, poolEnd));
      pool = np;
    }
    slots[o + 2] = poolEnd;
    for (let k = 0; k < len; k++) pool[poolEnd + k] = text.charCodeAt(a + k);
    poolEnd += len;
  }
  texts.push(text.slice(a, b));
  if (2 * count > mask) grow();
  return id;
}

/** Doubles the slots (more than half full). */
function grow(): void {
  const old = slots;
  slots = new Int32Array(old.length * 2);
  mask = slots.length / SW - 1;
  for (let o = 0; o < old.length; o += SW) {
    if (old[o + 1] === 0) continue;
    const h = old[o];
    let s = (h ^ (h >>> 15)) & mask;
    while (slots[s * SW + 1] !== 0) s = (s + 1) & mask;
    slots.set(old.subarray(o, o + SW), s * SW);
  }
}

/**
 * The numbers of the last document numbered, in a buffer reused from document to document (a
 * document is numbered once however many stages ask; asking for another document renumbers).
 */
let lastDoc: Doc | undefined;
let lastTokens: readonly Token[] | undefined;
let lastGeneration = -1;
let buffer: Int32Array = new Int32Array(4096);
let lastIds: Int32Array = buffer.subarray(0, 0);

/**
 * The type number of every token of the document. The array is valid until `tokenTypes` or
 * `numberTokens` is called for another document: read it straight away, do not keep it or change it.
 */
export function tokenTypes(doc: Doc): Int32Array {
  if (doc === lastDoc && doc.tokens === lastTokens && lastGeneration === generation && lastIds.length === doc.tokens.length) return lastIds;
  const n = doc.tokens.length;
  if (buffer.length < n) buffer = new Int32Array(Math.max(n, buffer.length * 2));
  lastIds = numberInto(doc.text, doc.tokens, buffer.subarray(0, n));
  lastDoc = doc;
  lastTokens = doc.tokens;
  lastGeneration = generation;
  return lastIds;
}

/** The type numbers of `tokens` over `text`, in a new array (starting the table over first when they might not fit). */
export function numberTokens(text: string, tokens: readonly Token[]): Int32Array {
  lastDoc = undefined;
  return numberInto(text, tokens, new Int32Array(tokens.length));
}

function numberInto(text: string, tokens: readonly Token[], ids: Int32Array): Int32Array {
  const n = tokens.length;
  if (count + n > CAPACITY) restart();
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    ids[i] = typeOf(text, t.start, t.end, kindCode(t.kind));
  }
  return ids;
}
