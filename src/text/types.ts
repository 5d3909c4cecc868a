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

/** per slot: the type number + 1 (0: empty); at most half full */
let slots = new Int32Array(2 * CAPACITY);
let mask = slots.length - 1;
/** per type: its hash, text and kind code */
let hashes = new Int32Array(CAPACITY);
let kinds = new Uint8Array(CAPACITY);
let texts: string[] = [];
let count = 0;
let generation = 1;

const KIND_CODE: Record<TokenKind, number> = { word: 1, number: 2, punct: 3, symbol: 4, quote: 5, space: 6 };

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
  slots = new Int32Array(2 * CAPACITY);
  mask = slots.length - 1;
  hashes = new Int32Array(CAPACITY);
  kinds = new Uint8Array(CAPACITY);
  texts = [];
  count = 0;
  generation++;
}

/** The type number of text[a, b) of kind code `kc`, added when new. */
function typeOf(text: string, a: number, b: number, kc: number): number {
  let h = 0x811c9dc5 ^ kc;
  for (let k = a; k < b; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  let s = (h ^ (h >>> 15)) & mask;
  const len = b - a;
  for (;;) {
    const e = slots[s];
    if (e === 0) break;
    const id = e - 1;
    if (hashes[id] === h && kinds[id] === kc) {
      const w = texts[id];
      if (w.length === len) {
        let k = 0;
        while (k < len && w.charCodeAt(k) === text.charCodeAt(a + k)) k++;
        if (k === len) return id;
      }
    }
    s = (s + 1) & mask;
  }
  if (count >= hashes.length) {
    grow();
    return typeOf(text, a, b, kc);
  }
  const id = count++;
  slots[s] = id + 1;
  hashes[id] = h;
  kinds[id] = kc;
  texts.push(text.slice(a, b));
  return id;
}

/** Doubles the table (a document with more types than `CAPACITY`). */
function grow(): void {
  const h = new Int32Array(hashes.length * 2);
  h.set(hashes);
  hashes = h;
  const k = new Uint8Array(kinds.length * 2);
  k.set(kinds);
  kinds = k;
  slots = new Int32Array(hashes.length * 2);
  mask = slots.length - 1;
  for (let id = 0; id < count; id++) {
    let s = (hashes[id] ^ (hashes[id] >>> 15)) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = id + 1;
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
    ids[i] = typeOf(text, t.start, t.end, KIND_CODE[t.kind] ?? 7);
  }
  return ids;
}
