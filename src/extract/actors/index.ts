/**
 * CAMEO actor coding: country + role ("USAGOV", "RUSMIL", "UKR", "---REB", "IGOUNO").
 *
 * The dictionary is data: country names, demonyms and capitals come from the `world-countries`
 * package (cca3 codes, which CAMEO uses for countries); `places.tsv` adds government seats,
 * other spellings and short forms; `orgs.tsv` international and non-governmental bodies;
 * `roles.tsv` agent nouns and titles; first-level subdivisions (states, provinces) from the `iso-3166`
 * package stand for their country; `people.tsv` well-known political figures. Matching is a longest-match lookup over lower-cased word
 * tokens indexed by their first word, so coding a phrase costs a few map lookups per word.
 */
import { createRequire } from 'node:module';
import type { Doc } from '../../model/doc.js';
import type { Entity } from '../../model/types.js';
import { readLexicon } from '../../data.js';
import { cityCountry } from './cities.js';
import { publisherCountry } from '../../corpus/actors.js';
import { countryOf } from '../entities/gazetteer.js';
import { seatCountry } from '../entities/seats.js';
import { iso31662 } from 'iso-3166/2.js';
import { iso31661Alpha2ToAlpha3 } from 'iso-3166/1-a2-to-1-a3.js';

/** Offices that lead a state or government, as the last word of a title's head ("President", "Russian President", "Prime Minister", "President of the United States"; not "Vice President", "Aide to the President"). */
const LEADER_OFFICES = new Set(['president', 'chancellor', 'premier', 'king', 'queen', 'emir', 'sultan', 'monarch', 'taoiseach']);

/** Whether a title is a head of state's or government's (see `LEADER_OFFICES`; not a former one's). */
export function leadsWith(title: string): boolean {
  const head = title.toLowerCase().replace(/^the\s+/, '').split(/\s+(?:of|to|for)\s+/)[0].trim().split(/\s+/);
  const last = head[head.length - 1];
  const before = head.length > 1 ? head[head.length - 2] : '';
  if (last === 'minister') return before === 'prime';
  return LEADER_OFFICES.has(last) && before !== 'vice' && before !== 'former';
}

/** Words that open a phrase without qualifying its head ("The leaders", "Both presidents"). */
const NOT_QUALIFIERS = new Set(['the', 'both', 'two', 'all', 'these', 'those', 'our', 'their', 'his', 'her', 'its', 'other', 'and', 'of']);

/** Whether the text before `pos` names a group of `head` with a capitalised qualifier ("G7 Leaders", "European leaders"). */
export function groupNamedBefore(text: string, pos: number, head: string): boolean {
  const re = new RegExp(`(\\S+)\\s+${head}\\b`, 'gi');
  const before = text.slice(0, pos);
  for (let m = re.exec(before); m; m = re.exec(before)) {
    const q = m[1];
    if (/^[A-Z0-9]/.test(q) && !NOT_QUALIFIERS.has(q.toLowerCase())) return true;
  }
  return false;
}

export interface ActorCode {
  /** CAMEO country code (ISO 3166 alpha-3), or an organisation code such as "IGOUNO" */
  country?: string;
  /** CAMEO role code ("GOV", "MIL", …) */
  role?: string;
  /** country (or "---") + role */
  cameo: string;
}

export interface ActorContext {
  /** country to assume for a role without one (e.g. the country the sentence is about) */
  country?: string;
}

export type TermKind = 'country' | 'capital' | 'seat' | 'org' | 'role' | 'person' | 'region';

export interface Term {
  /** number of words */
  len: number;
  kind: TermKind;
  code: string;
  role?: string;
  /** matches only when written in capitals (US, UN, EU) */
  caps?: boolean;
  /** matches only when capitalised (country names, demonyms, capitals) */
  proper?: boolean;
  /** a state or province: not inside a person's name ("Alejandro Rivera", "Victoria Nuland") */
  sub?: boolean;
  /** a dictionary term's words, joined and as a list (`addTerm`) */
  key?: string;
  words?: string[];
}

/** A term with every field, in one order (one hidden class for all terms). */
export function newTerm(len: number, kind: TermKind, code: string, role?: string, caps?: boolean, proper?: boolean, sub?: boolean, key?: string, words?: string[]): Term {
  return { len, kind, code, role, caps, proper, sub, key, words };
}

interface WC {
  cca3: string;
  independent?: boolean;
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

/** first word (lower case) → terms starting with it, longest first */
const INDEX = new Map<string, Term[]>();
/** longest term, in words */
let MAX_LEN = 1;

function splitWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .split(/\s+/)
    .filter(Boolean);
}

function addTerm(words: string[], t: Omit<Term, 'len'>): void {
  if (!words.length) return;
  const key = words.join(' ');
  const term = newTerm(words.length, t.kind, t.code, t.role, t.caps, t.proper, t.sub, key, words);
  const list = INDEX.get(words[0]) ?? [];
  // first entry for the same words wins (data files are read before the package lists)
  if (list.some((x) => x.len === term.len && x.kind !== 'role' && x.key === key)) return;
  list.push(term);
  list.sort((a, b) => b.len - a.len);
  INDEX.set(words[0], list);
  if (term.len > MAX_LEN) MAX_LEN = term.len;
}

function plural(w: string): string[] {
  if (/(man)$/.test(w)) return [w.replace(/man$/, 'men')];
  if (/[^aeiou]y$/.test(w)) return [w.slice(0, -1) + 'ies'];
  if (/(s|sh|ch|x|z)$/.test(w)) return [w + 'es'];
  if (/ese$/.test(w)) return [];
  return [w + 's'];
}

function addName(name: string, t: Omit<Term, 'len'>, withPlural = false): void {
  const caps = /^[A-Z.]+$/.test(name) && name.length <= 5;
  const words = splitWords(name);
  addTerm(words, { ...t, caps: caps || undefined });
  // "People's Republic of China": a sentence has the possessive as a word of its own, a name
  // coded alone has it dropped (`codeActor`)
  if (words.some((w) => w.length > 2 && w.endsWith("'s"))) {
    addTerm(
      words.flatMap((w) => (w.length > 2 && w.endsWith("'s") ? [w.slice(0, -2), "'s"] : [w])),
      { ...t, caps: caps || undefined },
    );
    addTerm(
      words.map((w) => (w.length > 2 && w.endsWith("'s") ? w.slice(0, -2) : w)),
      { ...t, caps: caps || undefined },
    );
  }
  if (withPlural) {
    for (const p of plural(words[words.length - 1])) addTerm([...words.slice(0, -1), p], { ...t, caps: caps || undefined });
  }
}

const SUBDIVISION_TAIL = /\s+(oblast'?|sheng|shi|(uygur |zhuangzu |huizu )?zizhiqu|sar|lan|kraj|zupanija|respublika|(avtonomnyy )?okrug|oblysy|apskritis|palata|kray|voblasts'?|novads|province|governorate|region|state|prefecture|department|county|district|municipality)$/i;
const ARTICLE = /^(al|an|ar|as|ash|ad|at|az|ath|adh|el)[ -](.+)$/i;

/** The English-news forms of an ISO 3166-2 name: plain letters, no designator, no Arabic article. */
function subdivisionNames(name: string): string[] {
  const n = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(/,.*$/, '')
    .trim()
    .replace(SUBDIVISION_TAIL, '')
    .replace(/'+$/, '')
    .trim();
  const out = [n];
  const m = ARTICLE.exec(n);
  if (m) out.push(m[2]);
  return out;
}

// --- load the dictionary once --------------------------------------------------------------

for (const line of readLexicon('extract/actors/orgs.tsv')) {
  const [name, code] = line.split('\t');
  if (name && code) addName(name, { kind: 'org', code, proper: true });
}
for (const line of readLexicon('extract/actors/places.tsv')) {
  const [name, code, role] = line.split('\t');
  if (!name || !code) continue;
  // "-": a region that is no country ("Latin America"): it only keeps its words from matching
  if (code === '-') addName(name, { kind: 'region', code: '', proper: true });
  else if (role === 'CAP') addName(name, { kind: 'capital', code, proper: true });
  else addName(name, { kind: role ? 'seat' : 'country', code, role: role || undefined, proper: true });
}
for (const line of readLexicon('extract/actors/people.tsv')) {
  const [name, code, role] = line.split('\t');
  if (name && code) addName(name, { kind: 'person', code, role: role || undefined, proper: true });
}
for (const line of readLexicon('extract/actors/roles.tsv')) {
  const [name, role] = line.split('\t');
  if (name && role) addName(name, { kind: 'role', code: role, role }, true);
}
{
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as WC[];
  // independent states first, so a shared demonym ("Congolese", "Dominican") goes to a state
  const ordered = [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
  const CAPITAL_STOP = new Set(['victoria', 'kingston', 'hamilton', 'georgetown', 'washington d.c.', 'luxembourg', 'monaco', 'singapore', 'djibouti', 'kuwait city', 'panama city', 'mexico city', 'guatemala city']);
  for (const c of ordered) {
    const code = c.cca3 === 'UNK' ? 'KSV' : c.cca3;
    addName(c.name.common, { kind: 'country', code, proper: true });
    addName(c.name.official, { kind: 'country', code, proper: true });
    for (const alt of c.altSpellings ?? []) if (alt.length > 3 && /^[A-Za-z .'-]+$/.test(alt)) addName(alt, { kind: 'country', code, proper: true });
    const d = c.demonyms?.eng;
    if (d) {
      for (const dm of new Set([d.m, d.f])) if (dm && !dm.includes(' or ')) addName(dm, { kind: 'country', code, proper: true }, true);
    }
    if (c.independent) {
      for (const cap of c.capital ?? []) if (!CAPITAL_STOP.has(cap.toLowerCase())) addName(cap, { kind: 'capital', code, proper: true });
    }
  }
  // states, provinces and regions (ISO 3166-2, first level) stand for their country, as CAMEO
  // codes them ("exercises in Alaska" → USA, "the government of Sindh province" → PAKGOV).
  // Local spellings are folded to plain letters and stripped of their designator ("Anhui Sheng",
  // "Al Anbār" → "Anbar"). Names that are ambiguous across countries, already known, shorter than
  // four letters or common words (`subdivision-stop.txt`) are left out.
  const stop = new Set(readLexicon('extract/actors/subdivision-stop.txt').map((l) => l.trim().toLowerCase()));
  const seen = new Map<string, string>();
  for (const e of iso31662) {
    if (e.parent.length !== 2) continue;
    const code = iso31661Alpha2ToAlpha3[e.parent];
    if (!code) continue;
    for (const n of subdivisionNames(e.name)) {
      const key = n.toLowerCase();
      const prev = seen.get(key);
      // a name shared by two countries is left out, except that a US state wins in English news
      // ("Florida", "Maryland")
      seen.set(key, prev === undefined || prev === code ? code : prev === 'USA' || code === 'USA' ? 'USA' : '');
    }
  }
  for (const [key, code] of seen) {
    if (!code || key.length < 4 || stop.has(key)) continue;
    const words = splitWords(key);
    if (INDEX.get(words[0])?.some((t) => t.key === key)) continue;
    addTerm(words, { kind: 'country', code, proper: true, sub: true });
  }
}

/** The terms starting with a (lower-case) word, longest first. */
function termsAt(lc: string): Term[] | undefined {
  return INDEX.get(lc);
}

// --- matching ------------------------------------------------------------------------------

/** The word at position i as the dictionary sees it: lower case, curly apostrophes straightened. */
export function normWord(raw: string): string {
  // most words are plain lower-case ASCII already: no copy
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) {
      plain = false;
      break;
    }
  }
  if (plain) return raw;
  const l = raw.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
}

/** Can a term start at this (lower-case) word: is it a term's first word, or hyphenated ("Russian-led")? */
export function mayStartTerm(lc: string): boolean {
  return INDEX.has(lc) || lc.includes('-');
}

/**
 * The longest dictionary term starting at word i of `lc` (lower-cased words; `raw` the words as
 * written, for capitalisation checks), or undefined.
 */
export function termAt(lc: readonly string[], raw: readonly string[], i: number, end = lc.length): Term | undefined {
  // "Vietnamese-led", "U.S.-based": the part before the hyphen names the actor's country (one
  // lookup site for the word and its head: a second one, first run late in a run, would cost the
  // optimized code a deopt)
  let key = lc[i];
  let list: Term[] | undefined;
  let hyphenHead = false;
  let headLen = 0;
  for (;;) {
    list = termsAt(key);
    if (list || hyphenHead) break;
    if (!key.includes('-')) return undefined;
    const m = HYPHEN_HEAD.exec(key);
    if (!m) return undefined;
    key = m[1];
    hyphenHead = true;
    headLen = key.length;
  }
  if (!list) return undefined;
  for (const t of list) {
    if (hyphenHead && t.len !== 1) continue;
    if (i + t.len > end) continue;
    if (t.len > 1) {
      // word by word (the first word is the index key): no joined string per try
      const words = t.words!;
      let k = 1;
      while (k < t.len && lc[i + k] === words[k]) k++;
      if (k < t.len) continue;
    }
    // "US-led": the part before the hyphen is what is written in capitals
    // (sliced every time: a slice of the whole word is the word itself)
    const r = raw[i].slice(0, hyphenHead ? headLen : raw[i].length);
    if (t.caps && r !== r.toUpperCase()) continue;
    if (t.proper && !isCapital(r)) continue;
    if (t.sub && (nameWord(lc, raw, i - 1) || nameWord(lc, raw, i + t.len))) continue;
    return t;
  }
  return undefined;
}

const HYPHEN_HEAD = /^(.+?)-(led|based|run|owned)$/;

/** Does the word start with a capital (A–Z or a Latin-1 capital, as /^[A-Z\u00C0-\u00DE]/)? */
function isCapital(r: string): boolean {
  const c = r.charCodeAt(0);
  // (both ranges in one test, the sign bit of c - low | high - c for each: a compare first run
  // late in a run would cost the optimized code a deopt)
  return (((c - 65) | (90 - c)) & ((c - 0xc0) | (0xde - c))) >= 0;
}

const PLACE_MODIFIERS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'province', 'state', 'region', 'governorate', 'district', 'county', 'prefecture', 'territory', 'the']);

/** Is word i a capitalised word unknown to the dictionary (a given name or surname, most likely)? */
function nameWord(lc: readonly string[], raw: readonly string[], i: number): boolean {
  if (i < 0 || i >= lc.length) return false;
  const r = raw[i];
  if (!/^[A-Z][a-z]/.test(r) || PLACE_MODIFIERS.has(lc[i])) return false;
  return !INDEX.has(lc[i]);
}

export interface CodedSpan extends ActorCode {
  /** word index (in the given arrays) of the first and one past the last word coded */
  from: number;
  to: number;
  /** the head term is a place used as a place (after in/at/to …), not a body */
  place?: boolean;
}

const FORMER = new Set(['former', 'ousted', 'deposed', 'exiled', 'ex', 'onetime', 'erstwhile', 'toppled']);

const LANGUAGE_NOUNS = new Set(['language', 'languages', 'dialect', 'dialects', 'alphabet', 'script', 'translation', 'translations', 'grammar', 'vocabulary', 'literature']);
/**
 * words of sport and the arts after a demonym ("the Indian cricket team", "a Russian ballet
 * company", "the British Museum"): the team, troupe or house is no political actor of that country
 */
const PASTIME_NOUNS = new Set(['cricket', 'football', 'soccer', 'rugby', 'hockey', 'basketball', 'baseball', 'volleyball', 'handball', 'tennis', 'golf', 'chess', 'olympic', 'paralympic', 'athletics', 'ballet', 'opera', 'orchestra', 'philharmonic', 'symphony', 'museum', 'choir', 'troupe', 'circus', 'cinema', 'film']);
const PLACE_COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
const PLACE_PREPS = new Set(['in', 'at', 'to', 'into', 'near', 'from', 'across', 'inside', 'outside', 'throughout']);
/** nouns of a kind of place before "of" and its name ("the town of Cizre") */
export const PLACE_KINDS = new Set(['city', 'town', 'village', 'port', 'province', 'region', 'district', 'state', 'county', 'island', 'capital', 'suburb', 'enclave', 'outskirts']);

/**
 * Codes the words [start, end) as one actor phrase: the first country (or organisation) named and
 * the first role noun. Returns undefined when the phrase names neither. The term at a word is the
 * dictionary's, or `lookup(arg, i, end)`'s when given (a module-level function and its argument,
 * not a closure made per call: V8 holds a closure's optimized code only weakly, and each full GC
 * dropped it).
 */
export function codePhrase<A>(
  lc: readonly string[],
  raw: readonly string[],
  start: number,
  end: number,
  ctx: ActorContext = {},
  lookup?: (arg: A, i: number, end: number) => Term | undefined,
  arg?: A,
): CodedSpan | undefined {
  // (a name of a thing at the end is no part of the actor: "endorse Trump and skip the
  // Republican Convention" is Trump)
  end = namedThingStart(lc, raw, start, end);
  if (end <= start) return undefined;
  let country: string | undefined;
  let role: string | undefined;
  let org: string | undefined;
  let from = -1;
  let to = -1;
  let place = false;
  let countryIsCapital = false;
  for (let i = start; i < end; ) {
    const t = lookup ? lookup(arg as A, i, end) : termAt(lc, raw, i, end);
    // "the Russian language", "an Arabic translation": a demonym that names a tongue names no one,
    // nor one before a sport or an art (`PASTIME_NOUNS`)
    // ("the Bucharest Nine", "the Visegrad Group": a place's name before a group's word names the
    // group of countries, not the place: an intergovernmental body, CAMEO's IGO)
    // (the group word inside the phrase: a phrase cut before it stays the place's)
    if (t && t.kind !== 'person' && t.kind !== 'role' && i + t.len < end && GROUP_WORDS.has(lc[i + t.len]) && capital(raw[i + t.len])) {
      if (from < 0) from = i;
      to = i + t.len + 1;
      if (!org && !country) org = 'IGO';
      i += t.len + 1;
      continue;
    }
    if (!t || t.kind === 'region' || (t.kind === 'country' && i + t.len < lc.length && (LANGUAGE_NOUNS.has(lc[i + t.len]) || PASTIME_NOUNS.has(lc[i + t.len])))) {
      i += t ? t.len : 1;
      continue;
    }
    if (from < 0) from = i;
    const adjoins = to === i;
    to = i + t.len;
    if (t.kind === 'person') {
      // a known figure: their country (or body) unless the phrase already named one
      if (t.code.startsWith('IGO')) {
        if (!org && !country) org = t.code;
      } else if (!country && !org) country = t.code;
      if (!role && t.role) role = t.role;
    } else if (t.kind === 'org') {
      if (!org && !country) org = t.code;
    } else if (t.kind === 'role') {
      if (!role) {
        role = t.role;
        // "former prime minister", "ousted president": a former office holder is an elite
        if (role === 'GOV' && i > start && FORMER.has(lc[i - 1])) role = 'ELI';
        else if (role === 'GOV' && i > start + 1 && FORMER.has(lc[i - 2])) role = 'ELI';
        // "the American party", "the Ukrainian parties" (a diplomat's word for a side): a
        // country's side in talks, its government (a named party is a party: "the Labour Party")
        else if (role === 'PTY' && adjoins && country && !org && t.len === 1 && (lc[i] === 'party' || lc[i] === 'parties') && !capital(raw[i])) role = 'GOV';
      }
    } else if (!country && !org) {
      country = t.code;
      const prev = i > start ? lc[i - 1] : i > 0 ? lc[i - 1] : '';
      // (every test run each time: one first run late in a run would cost the optimized code a deopt)
      const prev2 = i > 1 ? lc[i - 2] : '';
      const prevPrep = PLACE_PREPS.has(prev);
      const prevCompass = PLACE_COMPASS.has(prev);
      const prev2Prep = PLACE_PREPS.has(prev2);
      const prevOf = prev === 'of';
      const prev2Kind = PLACE_KINDS.has(prev2);
      if (t.kind === 'capital' || t.kind === 'seat') {
        countryIsCapital = t.kind === 'capital';
        if (t.role && !role) role = t.role;
      }
      // ("in northern Baghdad", "in East Jerusalem": a compass word between is part of the place)
      // ("in the town of Cizre", "the city of Kharkiv": a place named by its kind is a place)
      if (from === i && (prevPrep || (prevCompass && prev2Prep) || (prevOf && prev2Kind))) place = true;
    }
    i += t.len;
  }
  if (from < 0) return undefined;
  // a capital standing alone for a body is its government ("Moscow said"); after "in" a place
  if (countryIsCapital && !role && !place) role = 'GOV';
  if (org) {
    const r = role && role !== 'GOV' && !org.endsWith(role) && org.length <= 6 ? role : '';
    return { country: org, role: role, cameo: org + r, from, to, place };
  }
  if (!country && ctx.country && role) country = ctx.country;
  const cameo = (country ?? '---') + (role ?? '');
  return { country, role, cameo, from, to, place };
}

const WORD_RE = /[\p{L}\p{M}\d]+(?:[-'’.&][\p{L}\p{M}\d]+)*\.?/gu;

/** An ASCII letter or digit (what `WORD_RE` takes as a word character in ASCII text). */
function asciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** The words of a name as `WORD_RE` finds them; plain ASCII text is scanned without the regex. */
function actorWords(text: string): string[] {
  const n = text.length;
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) > 127) return Array.from(text.matchAll(WORD_RE), (m) => m[0]);
  const out: string[] = [];
  let i = 0;
  while (i < n) {
    if (!asciiWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && asciiWordChar(text.charCodeAt(i))) i++;
    // joined parts: "U.S", "al-Assad", "AT&T"
    for (;;) {
      // (no read past the end: one out of bounds, late in a run, would cost the optimized code a deopt)
      const c = i < n ? text.charCodeAt(i) : -1;
      if ((c === 45 || c === 39 || c === 46 || c === 38) && i + 1 < n && asciiWordChar(text.charCodeAt(i + 1))) {
        i++;
        while (i < n && asciiWordChar(text.charCodeAt(i))) i++;
      } else break;
    }
    if (i < n && text.charCodeAt(i) === 46) i++;
    out.push(text.slice(s, i));
  }
  return out;
}

/**
 * The CAMEO actor code of a name or description: "Russian President Vladimir Putin" → RUSGOV,
 * "the Kremlin" → RUSGOV, "Ukrainian troops" → UKRMIL, "rebels" → ---REB, "Kyiv" → UKRGOV.
 * Returns undefined when nothing in the text can be coded.
 */
/**
 * Where the name of a document, forum or meeting that words [start, end) end in begins ("the
 * Minsk Agreements", "the Normandy Format", "the Geneva Summit": no actor of that place), or
 * `end` when they end in none. Only a name, written with capitals ("Ukraine's peace plan" is
 * Ukraine's).
 */
function namedThingStart(lc: readonly string[], raw: readonly string[], start: number, end: number): number {
  if (end - start < 2 || !NAMED_THINGS.has(lc[end - 1]) || !capital(raw[end - 1])) return end;
  let r = end - 1;
  while (r > start && capital(raw[r - 1]) && !/['’]s?$/.test(raw[r - 1])) r--;
  return r < end - 1 ? r : end;
}

/**
 * Whether the term at words [k, k + len) begins the name of a document, forum or meeting: the
 * capitalized words after it end in one ("Minsk" in "the Minsk Agreements", "Geneva" in "the
 * Geneva Conventions").
 */
export function startsNamedThing(lc: readonly string[], raw: readonly string[], k: number, len: number): boolean {
  let j = k + len;
  while (j < raw.length && capital(raw[j])) j++;
  return j > k + len && NAMED_THINGS.has(lc[j - 1]);
}

function capital(x: string): boolean {
  const c = x.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Words after a place's name that make the name a group of countries' ("Bucharest Nine", "Weimar Triangle"). */
const GROUP_WORDS = new Set(['three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'group', 'triangle', 'quartet', 'quad', 'bloc']);

/** Last words of names of documents, forums and meetings, and of structures (lower-case: "the Europe Bridge", "Independence Square"). */
const NAMED_THINGS = new Set(['agreement', 'agreements', 'accord', 'accords', 'conventions', 'protocol', 'protocols', 'treaty', 'declaration', 'memorandum', 'format', 'process', 'talks', 'charter', 'communique', 'communiqué', 'doctrine', 'ceasefire', 'resolution', 'bridge', 'square', 'street', 'avenue', 'boulevard', 'airport', 'station', 'stadium', 'hotel', 'highway']);

export function codeActor(text: string, context: ActorContext = {}, person = false, org = false): ActorCode | undefined {
  const raw = actorWords(text);
  const lc: string[] = [];
  for (let k = 0; k < raw.length; k++) {
    // a possessive 's or ’s (no regex run per word)
    const w = raw[k];
    const n = w.length;
    const q = n >= 2 ? w.charCodeAt(n - 2) : 0;
    if ((w.charCodeAt(n - 1) | 32) === 115 && (q === 39 || q === 0x2019)) raw[k] = w.slice(0, -2);
    lc.push(normWord(raw[k]));
  }
  const c = codePhrase(lc, raw, 0, lc.length, context);
  if (!c) return undefined;
  // a person's name that only holds a place's name ("Michael Jordan", "Paris Hilton", "Chad
  // Johnson") is no one of that place; "Abdullah of Jordan" and a known person's whole name are
  if (person && lc.length > 1 && !(c.from === 0 && c.to === lc.length) && lc[c.from - 1] !== 'of' && placeTermAt(lc, raw, c.from, c.to)) return undefined;
  // a body whose name only holds a capital ("Breitbart Jerusalem", "the Cape Cod Times",
  // "the Moscow Times") is of that country, but no government: the capital stands for its
  // government only alone ("Moscow said")
  if (org && lc.length > 1 && !(c.from === 0 && c.to === lc.length) && c.role === 'GOV' && capitalTermAt(lc, raw, c.from, c.to) && !lc.some((x) => GOVERNMENT_BODIES.has(x))) return { country: c.country ? c.country : undefined, role: undefined, cameo: c.country ?? c.cameo };
  // keys in the order country, role, cameo (as written out; absent ones undefined)
  return { country: c.country ? c.country : undefined, role: c.role ? c.role : undefined, cameo: c.cameo };
}

/** words that make a body named after a capital a government's ("Moscow City Council", "Jerusalem Municipality") */
const GOVERNMENT_BODIES = new Set(['council', 'municipality', 'governorate', 'administration', 'government', 'command', 'duma', 'hall', 'prefecture', 'mayor', 'mayoralty', 'assembly', 'parliament', 'ministry', 'police', 'court', 'authority', 'authorities', 'office', 'department', 'committee', 'regime']);

/** Whether the term coded at words [from, to) is a capital. */
function capitalTermAt(lc: readonly string[], raw: readonly string[], from: number, to: number): boolean {
  return termAt(lc, raw, from, to)?.kind === 'capital';
}

/** Whether the term coded at words [from, to) names a place (a country, a capital, a region), not a person or body. */
function placeTermAt(lc: readonly string[], raw: readonly string[], from: number, to: number): boolean {
  const t = termAt(lc, raw, from, to);
  return t !== undefined && PLACE_TERM_KINDS.has(t.kind);
}

/** The kinds of dictionary term that name a place (a country or its people, a capital, a region). */
export const PLACE_TERM_KINDS: ReadonlySet<string> = new Set(['country', 'capital', 'region']);

/**
 * Sets `country` and `role` on the document's entities that can be coded from their name,
 * aliases and titles ("Russian President Vladimir Putin", titles ["President"]).
 */
/** The country of the first of an entity's name and aliases that is a known city. */
function cityOf(e: Entity): string | undefined {
  const c = cityCountry(e.name);
  if (c !== undefined) return c;
  for (const a of e.aliases) {
    const x = cityCountry(a);
    if (x !== undefined) return x;
  }
  return undefined;
}

/**
 * Names and titles coded before ("President", "Vladimir Putin"): they repeat within a document and
 * across the news, so each is coded once (emptied when large, which bounds the memory). A
 * person's own name and a body's own name are coded by rules of their own, so they have maps of
 * their own: one map keyed by a prefix and the name built a new string per lookup, which the
 * map then had to flatten and hash.
 */
let CODED = new Map<string, ActorCode | null>();
let CODED_PERSON = new Map<string, ActorCode | null>();
let CODED_ORG = new Map<string, ActorCode | null>();

export function codeEntities(doc: Doc): void {
  if (CODED.size + CODED_PERSON.size + CODED_ORG.size > 50000) {
    CODED = new Map();
    CODED_PERSON = new Map();
    CODED_ORG = new Map();
  }
  for (const e of doc.entities) {
    if (e.country && e.role) continue;
    const titles = e.titles;
    let country = e.country;
    let role = e.role;
    // the name, then each title (no list of them made per entity)
    for (let x = -1; x < (titles ? titles.length : 0); x++) {
      const t = x < 0 ? e.name : titles![x];
      const person = x < 0 && e.type === 'PER';
      const org = x < 0 && e.type === 'ORG';
      const coded = person ? CODED_PERSON : org ? CODED_ORG : CODED;
      // (null: coded before, to nothing; one lookup for a name seen before)
      let c = coded.get(t);
      if (c === undefined) {
        c = codeActor(t, {}, person, org) ?? null;
        coded.set(t, c);
      }
      if (!c) continue;
      if (!country && c.country) country = c.country;
      if (!role && c.role) role = c.role;
      if (country && role) break;
    }
    // a city the dictionary lacks lies in its country ("Kharkiv", "Mosul"): looked up only for
    // what the tagger took for a place
    if (e.type === 'LOC' && !country) country = cityOf(e);
    if (e.type === 'LOC' && country && !role) {
      e.country = country;
      continue;
    }
    if (country) e.country = country;
    if (role) e.role = role;
  }
  modifiedBodies(doc);
  securityCouncils(doc);
  homeLegislators(doc);
}

/**
 * In the United States government's own texts, a legislator named by a congressional title alone
 * ("Speaker Johnson", "Senator Rojas") sits in Congress: the White House writes a foreign one with
 * a country. (Only there: on the President of Ukraine's site "Senator Lindsey Graham" is a US
 * senator. Not "Leader Jeffries": "leader" is a government's title too.)
 */
function homeLegislators(doc: Doc): void {
  let home: string | undefined | null = null;
  for (const e of doc.entities) {
    if (e.type !== 'PER' || e.country || e.role !== 'LEG' || !e.titles?.length) continue;
    if (!e.titles.every((t) => codeActor(t)?.role === 'LEG')) continue;
    if (home === null) home = publisherCountry(doc.article.source, countryOf, seatCountry);
    if (home !== 'USA') return;
    e.country = home;
    e.role = 'LEG';
  }
}

/** The names of a body that the United Nations and many states each have. */
const COUNCIL = /^(?:the\s+)?(national\s+)?security\s+council$/i;

/**
 * "The Security Council" with no country of its own (not "Russia's Security Council", see
 * `modifiedBodies`) is the United Nations' where the article names the United Nations or one of
 * its bodies, or where no publisher gives a home; a state's own government publishing it ("The
 * President met the permanent members of the Security Council" from the Kremlin)
 * means its own. "The National Security Council" is the publisher's country's government body.
 */
function securityCouncils(doc: Doc): void {
  let home: string | undefined | null = null;
  let un: boolean | undefined;
  for (const e of doc.entities) {
    if (e.type !== 'ORG' || e.country) continue;
    const m = COUNCIL.exec(e.name);
    if (!m) continue;
    if (home === null) home = publisherCountry(doc.article.source, countryOf, seatCountry);
    if (m[1]) {
      if (home) e.country = home;
      e.role ??= 'GOV';
      continue;
    }
    un ??= doc.entities.some((x) => x.country?.startsWith('IGOUNO')) || /\bUN\b|\bU\.N\.|\bUnited Nations\b/.test(doc.text);
    if (un || !home) {
      e.country = 'IGOUNO';
      e.role = undefined;
    } else {
      e.country = home;
      e.role ??= 'GOV';
    }
  }
}

/**
 * A body named right after a country's name or people ("the Russian Foreign Ministry", "Ukraine's
 * Defence Ministry", "Britain's Foreign Office") is that country's, when its own name and titles
 * name none: the tagger keeps the country apart from the body's name.
 */
function modifiedBodies(doc: Doc): void {
  const { mentions, entities, text } = doc;
  let byId: Map<string, Entity> | undefined;
  // the country each body is named after; '' where two differ ("the Russian Foreign Ministry
  // condemned the German Foreign Ministry": one name, two bodies, neither coded)
  let found: Map<Entity, string> | undefined;
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'ORG' || m.form !== 'name' || !m.entity) continue;
    const p = mentions[k - 1];
    if (!p.entity || p.form !== 'name' || (p.type !== 'LOC' && p.type !== 'MISC') || !/^(?:['’]s)?\s+$/.test(text.slice(p.end, m.start))) continue;
    byId ??= new Map(entities.map((e) => [e.id, e]));
    const e = byId.get(m.entity);
    const place = byId.get(p.entity);
    if (!e || e.country || !place?.country || place.country.startsWith('IGO')) continue;
    found ??= new Map();
    const before = found.get(e);
    found.set(e, before === undefined || before === place.country ? place.country : '');
  }
  if (found) for (const [e, country] of found) if (country) e.country = country;
}
