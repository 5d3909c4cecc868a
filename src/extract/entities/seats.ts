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

/** The country of a government seat's name ("White House" → USA), or undefined. */
export function seatCountry(name: string): string | undefined {
  const l = name.toLowerCase();
  const c = SEATS.get(l);
  if (c || !/^the\s|[’‘]|\s\s|[^\S ]/.test(l)) return c;
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
