/**
 * Seats of government as the government: "the Kremlin said", "White House officials" name the
 * institution (ORG, role GOV, its country); "at the White House", "the Kremlin walls" name the
 * place (LOC). The lists are government-seats.tsv and seat-place-words.tsv beside this file.
 */
import type { Doc } from '../../model/doc.js';
import type { EntityType } from '../../model/types.js';
import { readLexicon } from '../../data.js';

function norm(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

const SEATS = new Map<string, string>();
for (const line of readLexicon('extract/entities/government-seats.tsv')) {
  const [name, country] = line.split('\t').map((x) => x.trim());
  if (name && country) SEATS.set(norm(name), country);
}
const BEFORE = new Set<string>();
const AFTER = new Set<string>();
for (const line of readLexicon('extract/entities/seat-place-words.tsv')) {
  const [w, where] = line.split('\t').map((x) => x.trim());
  (where === 'after' ? AFTER : BEFORE).add(w.toLowerCase());
}

/** A JavaScript white space char other than the plain space (what `\s` matches besides it). */
function isOtherSpace(c: number): boolean {
  if (c < 0xa0) return c >= 9 && c <= 13;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether the only white space in `text` is single plain spaces (`!/[^\S ]|\s\s/.test(text)`,
 * the case of most names), by a loop over its chars instead of a regex run per name.
 */
export function singleSpaced(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 ? k + 1 < text.length && (text.charCodeAt(k + 1) === 32 || isOtherSpace(text.charCodeAt(k + 1))) : isOtherSpace(c)) return false;
  }
  return true;
}

/** The country of a government seat's name ("White House" → USA), or undefined. */
export function seatCountry(name: string): string | undefined {
  const l = name.toLowerCase();
  const c = SEATS.get(l);
  // (most names: no leading "the", no curly quote, no white space but single spaces)
  // (the char after "the" tested for every name: a test first made late in a run, on "Theresa",
  // threw away this function's optimized code)
  const c3 = l.length > 3 ? l.charCodeAt(3) : 0;
  const the = (c3 === 32 || isOtherSpace(c3)) && l.startsWith('the');
  if (c || (!the && singleSpaced(l) && l.indexOf('’') < 0 && l.indexOf('‘') < 0)) return c;
  return SEATS.get(norm(name).replace(/^the /, ''));
}

function lowerTok(doc: Doc, i: number): string {
  const t = doc.tokens[i];
  return doc.text.slice(t.start, t.end).toLowerCase();
}

/**
 * The type of a mention of a government seat over tokens [a, j) in the unit starting at token
 * `floor` and ending before `ceil`: LOC after a place word or before a place noun, ORG otherwise.
 */
export function seatType(doc: Doc, a: number, j: number, floor: number, ceil: number): EntityType {
  let p = a - 1;
  if (p >= floor && lowerTok(doc, p) === 'the') p--;
  if (p >= floor && BEFORE.has(lowerTok(doc, p))) return 'LOC';
  if (j < ceil && AFTER.has(lowerTok(doc, j))) return 'LOC';
  return 'ORG';
}
