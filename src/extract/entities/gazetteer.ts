/**
 * Gazetteers for the tagger's features and for actor countries: countries, capitals and
 * demonyms from the `world-countries` package, plus the lists beside this file (titles,
 * organisation and place words, cities, first names, calendar words), and the big lists of
 * places and personal names (big-gazetteer.ts). Built once at load.
 */
import { createRequire } from 'node:module';
import { readLexicon } from '../../data.js';
import { tokenize } from '../../text/tokenize.js';
import { hashLower } from './hash.js';
import { IntMap } from './intmap.js';
import { BIG, loadBigGazetteer } from './big-gazetteer.js';

interface CountryRec {
  name: { common: string; official: string };
  cca3: string;
  capital: string[];
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

const require = createRequire(import.meta.url);
const COUNTRIES = require('world-countries/countries.json') as CountryRec[];

/** Gazetteer categories; a token gets bit 2c when it begins a match of category c, 2c+1 inside one. */
export const GAZ = {
  COUNTRY: 0,
  CITY: 1,
  DEMONYM: 2,
  TITLE: 3,
  ORGWORD: 4,
  LOCWORD: 5,
  FIRSTNAME: 6,
  CALENDAR: 7,
  ...BIG,
} as const;

interface Entry {
  hashes: ArrayLike<number>;
  cat: number;
}

/** First-token lower-case hash → entries starting with it (longest first). */
const byFirst = new Map<number, Entry[]>();
/** Lower-case name → ISO alpha-3 country code (country names, capitals, demonyms). */
const countryOfName = new Map<string, string>();
/** Lower-case names of countries alone (no capitals, no demonyms). */
const countryNames = new Set<string>(['u.s.', 'us', 'usa', 'america', 'united states', 'u.k.', 'uk', 'britain']);

function add(text: string, cat: number): void {
  const toks = tokenize(text);
  if (!toks.length) return;
  const hashes = toks.map((t) => hashLower(text.slice(t.start, t.end)));
  let list = byFirst.get(hashes[0]);
  if (!list) byFirst.set(hashes[0], (list = []));
  if (list.some((e) => e.cat === cat && e.hashes.length === hashes.length && hashes.every((h, i) => h === e.hashes[i]))) return;
  list.push({ hashes, cat });
  list.sort((a, b) => b.hashes.length - a.hashes.length);
}

for (const c of COUNTRIES) {
  const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && /^[\p{Lu}]/u.test(s) && !/\d/.test(s))];
  for (const n of names) {
    add(n, GAZ.COUNTRY);
    countryOfName.set(n.toLowerCase(), c.cca3);
    countryNames.add(n.toLowerCase());
  }
  for (const cap of c.capital ?? []) {
    add(cap, GAZ.CITY);
    if (!countryOfName.has(cap.toLowerCase())) countryOfName.set(cap.toLowerCase(), c.cca3);
  }
  const d = c.demonyms?.eng;
  if (d) {
    for (const n of new Set([d.m, d.f])) {
      if (!n) continue;
      add(n, GAZ.DEMONYM);
      countryOfName.set(n.toLowerCase(), c.cca3);
    }
  }
}
/** The words of the organisation list (org-suffixes.txt), lower-case, without a final dot ("inc", "union", "league"). */
export const orgWords = new Set<string>();
for (const [file, cat] of [
  ['extract/entities/titles.txt', GAZ.TITLE],
  ['extract/entities/org-suffixes.txt', GAZ.ORGWORD],
  ['extract/entities/loc-words.txt', GAZ.LOCWORD],
  ['extract/entities/cities.txt', GAZ.CITY],
  ['extract/entities/calendar.txt', GAZ.CALENDAR],
] as const) {
  for (const line of readLexicon(file)) {
    const name = line.split('\t')[0];
    add(name, cat);
    if (cat === GAZ.ORGWORD) orgWords.add(name.trim().toLowerCase().replace(/\.$/, ''));
  }
}
for (const file of ['extract/coref/names-male.txt', 'extract/coref/names-female.txt']) {
  for (const line of readLexicon(file)) for (const w of line.split(/\s+/)) if (w) add(w, GAZ.FIRSTNAME);
}
// a few common spellings news copy uses that the package lists under another form
for (const [n, code] of [
  ['U.S.', 'USA'], ['US', 'USA'], ['America', 'USA'], ['American', 'USA'], ['Americans', 'USA'], ['United States', 'USA'],
  ['U.K.', 'GBR'], ['UK', 'GBR'], ['Britain', 'GBR'], ['British', 'GBR'], ['Kremlin', 'RUS'], ['Soviet', 'RUS'],
  ['Kiev', 'UKR'], ['Kyiv', 'UKR'], ['Ukrainian', 'UKR'], ['Russian', 'RUS'], ['Chinese', 'CHN'], ['Beijing', 'CHN'],
  ['White House', 'USA'], ['Washington', 'USA'], ['Moscow', 'RUS'], ['EU', 'EUR'], ['European', 'EUR'],
] as const) {
  countryOfName.set(n.toLowerCase(), code);
}

// the big lists: one-token entries stay in sorted arrays (looked up once per distinct word, see
// `bigWordBits`), longer ones join the first-token index
const BIG_LISTS = loadBigGazetteer();
for (const g of BIG_LISTS.groups) {
  for (let o = 0; o < g.hashes.length; o += g.len) {
    const hashes = g.hashes.subarray(o, o + g.len);
    let list = byFirst.get(hashes[0]);
    if (!list) byFirst.set(hashes[0], (list = []));
    list.push({ hashes, cat: g.cat });
  }
}
for (const list of byFirst.values()) if (list.length > 1) list.sort((a, b) => b.hashes.length - a.hashes.length);

/** the first-token hashes, as an int set (no boxed numbers on the per-word path) */
const FIRSTS = new IntMap(byFirst.size);
for (const h of byFirst.keys()) FIRSTS.set(h, 1);

/**
 * The entries by their first token, split for the lookup: per first token (numbered from 0 in
 * `INDEX`) the start bits of its one-token entries OR-ed together (`ONE_BITS`), and its longer
 * entries by their second token's hash (the big lists put thousands of places behind "San", "New"
 * or "Port": only those sharing two words are compared): `SECOND_LISTS`, found through `PAIRS`.
 */
const oneBits: number[] = [];
/** the entry lists of every first token, by second token (entries of a list share their first two hashes) */
const SECOND_LISTS: Entry[][] = [];
/** first-token hash → its number */
const INDEX = new Map<number, number>();
for (const [h, list] of byFirst) {
  const bySecond = new Map<number, Entry[]>();
  let bits = 0;
  for (const e of list) {
    if (e.hashes.length === 1) bits |= 1 << (2 * e.cat);
    else {
      let l = bySecond.get(e.hashes[1]);
      if (!l) bySecond.set(e.hashes[1], (l = []));
      l.push(e);
    }
  }
  INDEX.set(h, oneBits.length);
  oneBits.push(bits);
  for (const l of bySecond.values()) SECOND_LISTS.push(l);
}
/** per first token: the start bits of its one-token entries */
const ONE_BITS = Int32Array.from(oneBits);

/**
 * Every (first token's number, second token's hash) pair in one open-addressing table: per slot
 * the number + 1 (0: empty), the hash and the entry list's number in `SECOND_LISTS`. One probe
 * of one array (a map per first token took a chain of dependent reads per token).
 */
const PAIRS = (() => {
  let size = 64;
  while (size < SECOND_LISTS.length * 2) size <<= 1;
  const slots = new Int32Array(size * 3);
  const filter = new Int32Array(1 << 13);
  for (let li = 0; li < SECOND_LISTS.length; li++) {
    const h2 = SECOND_LISTS[li][0].hashes[1];
    const x = INDEX.get(SECOND_LISTS[li][0].hashes[0])!;
    const ph = pairHash(x, h2);
    filter[ph >>> 19] |= 1 << ((ph >>> 14) & 31);
    let h = ph & (size - 1);
    while (slots[h * 3] !== 0) h = (h + 1) & (size - 1);
    slots[h * 3] = x + 1;
    slots[h * 3 + 1] = h2;
    slots[h * 3 + 2] = li;
  }
  return { slots, mask: size - 1, filter };
})();

function pairHash(x: number, h2: number): number {
  const h = Math.imul(x ^ 0x5bd1e995, 0x9e3779b1) ^ h2;
  return h ^ (h >>> 15);
}

/** The number of the entry list of first-token index x and second token hash h2, or -1. */
function pairList(x: number, h2: number): number {
  const { slots, mask, filter } = PAIRS;
  const ph = pairHash(x, h2);
  // one bit per value of the pair hash's top 18 bits (32 KiB): a quarter of the tokens begin some
  // entry, and few of them with its second word; most pairs are turned away here, before the table
  if (!(filter[ph >>> 19] & (1 << ((ph >>> 14) & 31)))) return -1;
  let h = ph & mask;
  let k: number;
  while ((k = slots[h * 3]) !== 0) {
    if (k === x + 1 && slots[h * 3 + 1] === h2) return slots[h * 3 + 2];
    h = (h + 1) & mask;
  }
  return -1;
}

/**
 * The number + 1 of the first-token index of a word whose lower-case hash is `lowerHash` (0: no
 * entry starts with it), for `markGazetteer`; looked up once per distinct word (docInfo's cache).
 */
export function gazetteerFirst(lowerHash: number): number {
  if (!startsGazetteer(lowerHash)) return 0;
  const x = INDEX.get(lowerHash);
  return x === undefined ? 0 : x + 1;
}

/**
 * Marks gazetteer matches over tokens [from, to): longest match first at each position.
 * `lower[i]` is token i's lower-case hash and `first[i]` its `gazetteerFirst`; bits are OR-ed
 * into `out[i]`. The one-token entries of the big lists are not marked here: see `bigWordBits`.
 */
export function markGazetteer(lower: Int32Array, from: number, to: number, out: Int32Array, first: Int32Array): void {
  for (let i = from; i < to; i++) {
    const x = first[i];
    if (x === 0) continue;
    out[i] |= ONE_BITS[x - 1];
    if (i + 1 >= to) continue;
    const h2 = lower[i + 1];
    const li = pairList(x - 1, h2);
    if (li < 0) continue;
    const list = SECOND_LISTS[li];
    for (const e of list) {
      const n = e.hashes.length;
      if (i + n > to) continue;
      let ok = true;
      for (let k = 2; k < n; k++) {
        if (lower[i + k] !== e.hashes[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      out[i] |= 1 << (2 * e.cat);
      for (let k = 1; k < n; k++) out[i + k] |= 1 << (2 * e.cat + 1);
    }
  }
}

/** True when some gazetteer entry starts with this lower-case hash. */
export function startsGazetteer(lowerHash: number): boolean {
  return FIRSTS.has(lowerHash);
}

/**
 * Where the big lists' one-token words (sorted, signed) with each value of the top 16 bits begin:
 * `bigWordBits` searches only the few words that share its hash's top bits.
 */
const BIG_START = (() => {
  const words = BIG_LISTS.words;
  const start = new Int32Array(65537);
  let i = 0;
  for (let k = 0; k <= 65536; k++) {
    while (i < words.length && (words[i] >> 16) + 32768 < k) i++;
    start[k] = i;
  }
  return start;
})();

/**
 * The start bits of the big lists' one-token entries equal to this lower-case hash (places and
 * personal names; 0 when none): a binary search among the words sharing its top 16 bits, done
 * once per distinct word (docInfo's cache).
 */
export function bigWordBits(lowerHash: number): number {
  const words = BIG_LISTS.words;
  const top = ((lowerHash | 0) >> 16) + 32768;
  let lo = BIG_START[top];
  let hi = BIG_START[top + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid];
    if (w === lowerHash) return BIG_LISTS.bits[mid];
    if (w < lowerHash) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** ISO alpha-3 code of a country, capital or demonym ("Russian" → "RUS"), if known. */
export function countryOf(name: string): string | undefined {
  return countryOfName.get(name.toLowerCase());
}

/** Whether the name is a country's ("Japan", "United States"), not a capital's or a demonym. */
export function isCountryName(name: string): boolean {
  return countryNames.has(name.toLowerCase());
}
