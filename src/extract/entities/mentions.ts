/**
 * From BIO tags to name mentions: spans with exact offsets, a confidence from the tagger's
 * margin, and titles kept apart from names ("President Trump" → "Trump", title "President").
 */
import { sentenceAt, type Doc } from '../../model/doc.js';
import type { EntityType, Mention } from '../../model/types.js';
import { readLexicon } from '../../data.js';
import { F_LEX, tagType, TYPES } from './features.js';
import { margin, type Tagging } from './tagger.js';
import { seatCountry, seatType } from './seats.js';
import { countryOf, GAZ, isCountryName, orgWords } from './gazetteer.js';
import { FNV_SEED, hashLower, hstep, lowerCode } from './hash.js';
import { IntMap } from './intmap.js';

export const RULE = 'ner-perceptron';

interface TitleEntry {
  words: string[];
  role?: string;
  /** only ever written before a person's name */
  person: boolean;
}

/** Titles by their last word (lower-case), longest first. */
const TITLES_BY_LAST = new Map<string, TitleEntry[]>();
for (const line of readLexicon('extract/entities/titles.txt')) {
  const [title, role, flag] = line.split('\t').map((s) => s.trim());
  const words = title.toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  let list = TITLES_BY_LAST.get(last);
  if (!list) TITLES_BY_LAST.set(last, (list = []));
  list.push({ words, role: role || undefined, person: flag === 'person' });
  list.sort((a, b) => b.words.length - a.words.length);
}

/** The role code (GOV, MIL…) of a title as written, if the title list gives one. */
export function titleRole(title: string): string | undefined {
  const words = title.toLowerCase().split(/\s+/);
  const list = TITLES_BY_LAST.get(words[words.length - 1]);
  return list?.find((e) => e.words.length === words.length && e.words.every((w, i) => w === words[i]))?.role;
}

function lowerTok(doc: Doc, i: number): string {
  const t = doc.tokens[i];
  return doc.text.slice(t.start, t.end).toLowerCase();
}

/** The lower-case hashes (hash.ts) of a set of words, as an int set (a key 0 reads as 1: at worst a word more passes). */
function hashSet(words: ReadonlySet<string>): IntMap {
  const m = new IntMap(words.size);
  for (const w of words) m.set(hashLower(w), 1);
  return m;
}

/**
 * Whether token k, lower-cased, is one of `words` (ASCII; `hashes` their `hashSet`): its
 * lower-case hash (`lower[k]`, docInfo's) is looked up first, and only a token that passes is
 * sliced and lower-cased (an ASCII word is a token's lower-case form exactly when it is its
 * char-by-char lower-case form, which the hash is of).
 */
function tokIn(doc: Doc, lower: Int32Array, k: number, hashes: IntMap, words: ReadonlySet<string>): boolean {
  return hashes.has(lower[k]) && words.has(lowerTok(doc, k));
}

/**
 * The longest title that ends just before token `i` (tokens [j, i)), in the same sentence
 * (from `floor`). Returns j, or -1.
 */
export function titleBefore(doc: Doc, i: number, floor: number, lower?: Int32Array): number {
  return titleMatch(doc, i, floor, lower)?.start ?? -1;
}

/** lower-case hashes of the titles' last words: a check before slicing a token */
const TITLE_LAST_HASHES = hashSet(new Set(TITLES_BY_LAST.keys()));

function tokHashLower(doc: Doc, i: number): number {
  const t = doc.tokens[i];
  let h = FNV_SEED;
  for (let k = t.start; k < t.end; k++) h = hstep(h, lowerCode(doc.text.charCodeAt(k)));
  return h;
}

/** `lower`: the tokens' lower-case hashes (docInfo's), when known: the hash of token i - 1 is read there, not worked out again. */
function titleMatch(doc: Doc, i: number, floor: number, lower?: Int32Array): { start: number; person: boolean } | undefined {
  if (i - 1 < floor || !TITLE_LAST_HASHES.has(lower ? lower[i - 1] : tokHashLower(doc, i - 1))) return undefined;
  const list = TITLES_BY_LAST.get(lowerTok(doc, i - 1));
  if (!list) return undefined;
  for (const e of list) {
    const n = e.words.length;
    const j = i - n;
    // (in capitals, "President", or, as news agencies write an office before a name, in lower
    // case throughout: "Kremlin spokesman Dmitry Peskov", "press secretary Karine Jean-Pierre")
    const upper = j >= floor && firstUpperAt(doc, j);
    if (j < floor || !(upper || (lowerAt(doc, j, i) && !ADJECTIVE_TITLES.has(e.words[0]) && !ARTICLE.has(lowerTok(doc, j - 1))))) continue;
    let ok = true;
    for (let k = 0; k < n - 1 && ok; k++) ok = lowerTok(doc, j + k) === e.words[k];
    // (a title in lower case says nothing of the name's type: only a written title does)
    if (ok) return { start: j, person: e.person && upper };
  }
  return undefined;
}

/** Number of title tokens at the start of tokens [i, end): a title the tagger put inside the name. */
function titleInside(doc: Doc, i: number, end: number, personOnly: boolean, lower: Int32Array): number {
  for (let k = Math.min(end - 1, i + 3); k > i; k--) {
    // a title ending at token k-1 and starting exactly at i
    const m = titleMatch(doc, k, i, lower);
    if (m && m.start === i && (m.person || !personOnly)) return k - i;
  }
  return 0;
}

const OF_GLUE: ReadonlySet<string> = new Set(['the', 'of', 'and']);
const OF_GLUE_HASHES = hashSet(OF_GLUE);

/**
 * "Title of Place Name": the first token of a title whose "of" phrase (capitalized words, with
 * "the", "of", "and") ends just before token `a`; -1 when there is none.
 */
function titleOfPlace(doc: Doc, a: number, floor: number, lower: Int32Array): number {
  let capitalized = 0;
  for (let p = a - 1; p >= Math.max(floor, a - 9); p--) {
    // (only a token whose hash is one of the glue words' is sliced: any other is none of them)
    const w = OF_GLUE_HASHES.has(lower[p]) ? lowerTok(doc, p) : '';
    if (w === 'of' && capitalized > 0 && p < a - 1) {
      const t = titleMatch(doc, p, floor, lower);
      if (t && firstUpperAt(doc, t.start)) return t.start;
    }
    if (OF_GLUE.has(w)) continue;
    if (!firstUpperAt(doc, p)) return -1;
    capitalized++;
  }
  return -1;
}

/** Whether token j's first char (one UTF-16 unit) is not its own lower case: a char lower-cased to another char, or "İ", the one lower-cased to two. */
/**
 * Whether a title is written in lower case ("spokesman", "campaign manager"): a job in any body,
 * which gives a person no office, role, country or gender (group.ts, coref), unlike a written
 * title ("Spokesman", "President").
 */
export function lowerCaseTitle(title: string): boolean {
  const c = title.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** Titles that are also adjectives or common nouns before a name in lower case ("a major Clinton donor", "private Trump Tower"). */
const ADJECTIVE_TITLES: ReadonlySet<string> = new Set(['major', 'private', 'general', 'father', 'lady', 'chief', 'justice', 'first', 'dean', 'marshal', 'prince']);
const ARTICLE: ReadonlySet<string> = new Set(['a', 'an']);

/** Whether tokens [j, i) all open with a lower-case letter, the name at i with a capital. */
function lowerAt(doc: Doc, j: number, i: number): boolean {
  if (i >= doc.tokens.length || !firstUpperAt(doc, i)) return false;
  for (let k = j; k < i; k++) {
    const c = doc.text.charCodeAt(doc.tokens[k].start);
    if (!(c >= 97 && c <= 122)) return false;
  }
  return true;
}

function firstUpperAt(doc: Doc, j: number): boolean {
  const c = doc.text.charCodeAt(doc.tokens[j].start);
  return lowerCode(c) !== c || c === 0x130;
}

/**
 * Confidence from the tagger's margin, scaled to the precision measured on held-out CoNLL data
 * (about 0.8 for the lowest margins, 0.93 for the highest).
 */
function confidence(margin: number): number {
  return 0.75 + 0.2 / (1 + Math.exp(-margin / 12));
}

const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'das', 'dos', 'di', 'del', 'della', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'bint', 'du', 'ten', 'ter', 'y', 'e', 'zu', 'af', 'st.']);

/**
 * A person's name holds no lower-case word but particles ("Ludwig van Beethoven"): the tagger's
 * "Trump hosted Zelensky" is two names, "Putin said" one. Returns the tags with such words made O and the name
 * after them begun anew (a copy when anything changes).
 */
/**
 * A name written twice back to back is two names ("6-1 Sevilla Sevilla", "3-1 Valencia
 * Valencia" in a betting table): the second begins anew. (A one-word name repeated must be six
 * letters or more: "Pago Pago", "Bora Bora" are one place each; a person's never splits: "Sirhan
 * Sirhan" is one man.)
 */
export function splitRepeats(doc: Doc, tags: Uint8Array): Uint8Array {
  let out = tags;
  for (let k = 0; k < tags.length; ) {
    const b = tags[k];
    // (not a person: "Sirhan Sirhan" is one man)
    if (b === 0 || (b & 1) === 0 || b === 1) {
      k++;
      continue;
    }
    let j = k + 1;
    while (j < tags.length && tags[j] === b + 1) j++;
    const len = j - k;
    const half = len >> 1;
    // (only after a figure, as in a table of odds: "New York New York" the casino is one name)
    if (len >= 2 && (len & 1) === 0 && (half >= 2 || tokText(doc, k).length >= 6) && k > 0 && FIGURE.test(tokText(doc, k - 1))) {
      let same = true;
      for (let x = 0; x < half && same; x++) same = tokText(doc, k + x) === tokText(doc, k + half + x);
      if (same) {
        if (out === tags) out = tags.slice();
        out[k + half] = b;
      }
    }
    k = j;
  }
  return out;
}

function splitPersons(doc: Doc, tags: Uint8Array): Uint8Array {
  let out = tags;
  const text = doc.text;
  for (let k = 1; k < tags.length; k++) {
    if (out[k] !== 2) continue; // inside a PER name
    const t = doc.tokens[k];
    let lower = t.kind === 'word';
    for (let c = t.start; c < t.end && lower; c++) {
      const ch = text.charCodeAt(c);
      lower = !(ch >= 65 && ch <= 90) && text[c] === text[c].toLowerCase();
    }
    if (!lower || NAME_PARTICLES.has(text.slice(t.start, t.end).toLowerCase())) continue;
    if (out === tags) out = tags.slice();
    out[k] = 0;
    if (k + 1 < out.length && out[k + 1] === 2) out[k + 1] = 1;
  }
  return out;
}

const FIRST_NAME_BEGINS = 1 << (2 * GAZ.FIRSTNAME);
/** a given name of the big list ("Barack" is only there; so are "Flood" and "Heritage") */
const GIVEN_NAME_BEGINS = 1 << (2 * GAZ.NAME);
const PLACE_BEGINS = (1 << (2 * GAZ.COUNTRY)) | (1 << (2 * GAZ.CITY)) | (1 << (2 * GAZ.DEMONYM));
const NOT_PERSON_END = (3 << (2 * GAZ.ORGWORD)) | (3 << (2 * GAZ.LOCWORD)) | PLACE_BEGINS | (PLACE_BEGINS << 1);

/** A word in capitals of two letters or more ("ETCR", "UN"). */
function isAcronym(doc: Doc, k: number): boolean {
  const w = doc.text.slice(doc.tokens[k].start, doc.tokens[k].end);
  return w.length >= 2 && /^[\p{Lu}\d]+$/u.test(w);
}

/** A capitalised word (letters, an initial's period allowed). */
function capWord(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return t.kind === 'word' && firstUpperAt(doc, k);
}

/**
 * A place or body the tagger ran into the person named after it ("President of the United States
 * Barack Obama" tagged as one place): when the run ends with two or three capitalised words that
 * begin with a known first name, after a word that is none, those words are the person's name.
 * Returns the tags with the person begun anew (a copy when anything changes).
 */
export function splitPlacePerson(doc: Doc, tags: Uint8Array, gaz: Int32Array): Uint8Array {
  let out = tags;
  const n = tags.length;
  for (let i = 0; i < n; i++) {
    const t = out[i];
    if (t !== 3 && t !== 5) continue; // B-ORG, B-LOC
    let j = i + 1;
    while (j < n && out[j] === t + 1) j++;
    for (let k = Math.max(i + 1, j - 3); k <= j - 2; k++) {
      // a given name of the big list counts only after a run that begins with a country or city
      // ("the United States Barack Obama"), not in a name of its own ("Flood Response Report")
      const first = gaz[i] & PLACE_BEGINS ? FIRST_NAME_BEGINS | GIVEN_NAME_BEGINS : FIRST_NAME_BEGINS;
      if (!(gaz[k] & first) || gaz[k - 1] & first || !capWord(doc, k - 1)) continue;
      // one word before is a name's own first part ("San Pedro", "Fort George") unless an acronym
      if (k - 1 === i && !isAcronym(doc, i)) continue;
      // the person's words are no place's or body's ("George Island", "Martin Corp", "… Honduras")
      if (gaz[j - 1] & NOT_PERSON_END) continue;
      let all = true;
      for (let x = k; x < j && all; x++) all = capWord(doc, x) && !(gaz[x] & PLACE_BEGINS);
      if (!all) continue;
      if (out === tags) out = tags.slice();
      out[k] = 1;
      for (let x = k + 1; x < j; x++) out[x] = 2;
      break;
    }
    i = j - 1;
  }
  return out;
}

/**
 * A name holds no unmatched parenthesis: the tagger's "Saddam ( Hussein" or "Lindsay ) Davenport"
 * is two names, the parenthesis between them outside both; "E.F. ( Fritz ) Schumacher" stays
 * one. Returns the tags with each unmatched parenthesis made O and the name after it begun anew
 * (a copy when anything changes).
 */
export function splitParens(doc: Doc, tags: Uint8Array): Uint8Array {
  let out = tags;
  const n = tags.length;
  for (let i = 0; i < n; ) {
    if (out[i] === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && out[j] === out[i] + (out[i] & 1)) j++;
    let open = -1;
    let depth = 0;
    let cut = -1;
    for (let k = i; k < j && cut < 0; k++) {
      const t = doc.tokens[k];
      if (t.end - t.start !== 1) continue;
      const c = doc.text.charCodeAt(t.start);
      if (c === 40) {
        if (depth++ === 0) open = k;
      } else if (c === 41) {
        if (depth === 0) cut = k;
        else depth--;
      }
    }
    if (cut < 0 && depth > 0) cut = open;
    if (cut < 0) {
      i = j;
      continue;
    }
    if (out === tags) out = tags.slice();
    const inside = out[cut] + (out[cut] & 1);
    out[cut] = 0;
    if (cut + 1 < j) out[cut + 1] = inside - 1;
    i = cut + 1; // the rest is checked as a name of its own
  }
  return out;
}

/**
 * "Ardel , Brisk Foods and Calder Bank": after a comma that ends another name, an "and" inside a
 * name (other than a person's, see splitPersons) joins the last two names of a list. Returns
 * the tags with such an "and" made O and the name after it begun anew (a copy when anything
 * changes).
 */
export function splitListAnd(doc: Doc, tags: Uint8Array): Uint8Array {
  let out = tags;
  const n = tags.length;
  for (let i = 2; i < n; i++) {
    const t = out[i];
    if ((t & 1) === 0 || t === 1 || out[i - 1] !== 0 || out[i - 2] === 0) continue; // B of a non-person name after an O
    const c = doc.tokens[i - 1];
    if (c.end - c.start !== 1 || doc.text.charCodeAt(c.start) !== 44) continue; // ","
    for (let k = i + 1; k + 1 < n && out[k] === t + 1; k++) {
      const w = doc.tokens[k];
      if (w.end - w.start === 3 && doc.text.slice(w.start, w.end) === 'and' && out[k + 1] === t + 1) {
        if (out === tags) out = tags.slice();
        out[k] = 0;
        out[k + 1] = t;
        break;
      }
    }
  }
  return out;
}

const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'NORTH', 'SOUTH', 'EAST', 'WEST']);
const DEMONYM_END = /^\p{Lu}\p{L}+(?:an|ese|ish|i|AN|ESE|ISH|I)$/u;

/**
 * "South African", "Southeast Asian": a compass word left outside a demonym tagged MISC is part
 * of it. Returns the tags with the word joined to the name (a copy when anything changes).
 */
export function joinCompass(doc: Doc, tags: Uint8Array): Uint8Array {
  let out = tags;
  for (let i = 1; i < tags.length; i++) {
    if (out[i] !== 7 || out[i - 1] !== 0) continue; // B-MISC after an O
    const p = doc.tokens[i - 1];
    const t = doc.tokens[i];
    if (t.start !== p.end + 1 || doc.text.charCodeAt(p.end) !== 32 || !COMPASS.has(doc.text.slice(p.start, p.end)) || !DEMONYM_END.test(doc.text.slice(t.start, t.end))) continue;
    if (out === tags) out = tags.slice();
    out[i - 1] = 7;
    out[i] = 8;
  }
  return out;
}

/** the marks that stand apart at a name's edge, one char each (looked up by char code: no slice per name) */
const EDGE_PUNCT = new Set(['-', '–', '—', ',', ':', ';', '!', '?', '/', '|', '*', '•'].map((c) => c.charCodeAt(0)));

function edgeJunk(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (t.kind === 'quote' || t.kind === 'symbol') return true;
  return t.kind === 'punct' && t.end - t.start === 1 && EDGE_PUNCT.has(doc.text.charCodeAt(t.start));
}

/**
 * True when [start, end) lies in a web or e-mail address: the run of text without white space
 * around it (or the run after a space-separated "://" the way tokenized copy writes it) holds
 * "://", "www." or "@".
 */
function inAddress(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 300 && !isSpace(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < 300 && !isSpace(text.charCodeAt(b))) b++;
  // one test, made for every name (a second one, made only once a "://" is near, was first
  // made late in a run and threw away toMentions' optimized code)
  if (schemeFrom(text, a) < b) return true;
  // no "@" and no "www." in the run (most names): no address, without a second pass over its chars
  if (atFrom(text, a) >= b && wwwFrom(text, a) >= b) return false;
  let at = false;
  let dot = false;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 64) at = true; // "@"
    else if (c === 46) dot = true;
    if ((c === 119 || c === 87) && (k === a || text.charCodeAt(k - 1) === 46) && text.slice(k, k + 4).toLowerCase() === 'www.') return true;
  }
  return at && dot;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

/**
 * A search of a text for the first match at or after a position, remembered: the mentions of a
 * text are looked at in text order, so the last answer usually stands (one search per match and
 * text, not one per mention). The pattern's matches are `len` chars long.
 */
class NextMatch {
  private text = '';
  private start = 0;
  private found = 0;
  constructor(
    private readonly re: RegExp,
    private readonly len: number,
  ) {}
  /** Where the first match at or after `from` starts (the text's length when none). */
  from(text: string, from: number): number {
    if (text !== this.text || from < this.start || from > this.found) {
      this.text = text;
      this.start = from;
      this.re.lastIndex = from;
      // (no match object: where a match ends is read whether or not there is one, so no read
      // is first made late in a run, when a text first holds one)
      const hit = this.re.test(text);
      const end = this.re.lastIndex - this.len;
      this.found = hit ? end : text.length;
    }
    return this.found;
  }
}
const NEXT_AT = new NextMatch(/@/g, 1);
/** "www." in any case ("W" is the only char whose lower case is "w") */
const NEXT_WWW = new NextMatch(/[wW]{3}\./g, 4);

function atFrom(text: string, from: number): number {
  return NEXT_AT.from(text, from);
}

function wwwFrom(text: string, from: number): number {
  return NEXT_WWW.from(text, from);
}

/** the last `schemeFrom` search: its text, where it began and what it found */
let schemeText = '';
let schemeStart = 0;
let schemeFound = 0;

/**
 * The first "://" at or after `from` (the text's length when none). The mentions of a text are looked at in
 * text order, so the answer of the last search usually stands: one search per "://" and text,
 * not one per mention (and no char-by-char test in the mention loop).
 */
function schemeFrom(text: string, from: number): number {
  if (text !== schemeText || from < schemeStart || from > schemeFound) {
    schemeText = text;
    schemeStart = from;
    const at = text.indexOf('://', from);
    schemeFound = at < 0 ? text.length : at;
  }
  return schemeFound;
}

/** True when white space separates token k from token k + 1. */
function spaced(doc: Doc, k: number): boolean {
  return doc.tokens[k + 1].start > doc.tokens[k].end;
}

function dash(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  const c = doc.text.charCodeAt(t.start);
  return t.end - t.start === 1 && (c === 45 || c === 0x2013 || c === 0x2014);
}

/** A word with no capital letter and no digit ("based", "and"). */
function lowerWord(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (t.kind !== 'word') return false;
  for (let c = t.start; c < t.end; c++) {
    const ch = doc.text[c];
    if (ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9')) return false;
  }
  return true;
}

/** Common nouns whose possessive is part of a name ("People's Republic", "Prosecutor's Office", "Queen's Park"). */
const NAME_POSSESSORS: ReadonlySet<string> = new Set(['people', 'peoples', 'children', 'women', 'men', 'workers', 'fishermen', 'farmers', 'veterans', 'citizens', 'soldiers', 'prosecutor', 'sheriff', 'magistrate', 'queen', 'king', 'lord', 'attorney', 'general', 'prophet', 'year', 'mother', 'father', 'nation', 'nations', 'world']);
const NAME_POSSESSOR_HASHES = hashSet(NAME_POSSESSORS);

/** An "'s" token. */
function isPossessive(doc: Doc, k: number): boolean {
  const tk = doc.tokens[k];
  const c = doc.text.charCodeAt(tk.start);
  return tk.end - tk.start === 2 && (c === 39 || c === 0x2019) && (doc.text[tk.start + 1] === 's' || doc.text[tk.start + 1] === 'S');
}

/** Words that join a name to what follows it, never its last word. */
const TRAILING_GLUE: ReadonlySet<string> = new Set(['of', 'on', 'and', 'for', 'the', '&']);
const TRAILING_GLUE_HASHES = hashSet(TRAILING_GLUE);

/** Plurals of people that official texts write in capitals ("the Allies", "the Presidents"): no name alone ("Council of Ministers" is one). */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['allies', 'presidents', 'leaders', 'partners', 'ministers', 'sides', 'heads', 'delegations', 'officials', 'counterparts', 'colleagues', 'parties']);
const GROUP_NOUN_HASHES = hashSet(GROUP_NOUNS);

/**
 * The first token from i that is not inside a name (an I- tag): where the next name can begin.
 * One function for the four places that skip a name's rest, so they share its type feedback.
 */
function pastName(tags: Uint8Array, i: number): number {
  const n = tags.length;
  while (i < n && tags[i] !== 0 && (tags[i] & 1) === 0) i++;
  return i;
}

function tokText(doc: Doc, k: number): string {
  const t = doc.tokens[k];
  return doc.text.slice(t.start, t.end);
}

/** a score of one or two figures a side ("39-12"; not a model's number, "737-800") */
const SCORE = /^\d{1,2}-\d{1,2}$/;
const HEADLINE_SPORT = /^(?:HOCKEY|BASKETBALL|BASEBALL|FOOTBALL)$/;

/**
 * Is token k a small number (no leading zero) with two more figures right after it, the start of
 * a table row ("16 3 .842": won, lost, percentage)? (A score line has one: "Hannover 96 2 St
 * Pauli 1" keeps its "96".)
 */
function rowFigure(doc: Doc, k: number): boolean {
  return k + 2 < doc.tokens.length && /^[1-9]\d{0,2}$/.test(tokText(doc, k)) && /^\d+$/.test(tokText(doc, k + 1)) && (/^\d+$/.test(tokText(doc, k + 2)) || (tokText(doc, k + 2) === '.' && k + 3 < doc.tokens.length && /^\d{3}$/.test(tokText(doc, k + 3))));
}

/** Nouns that open the line above a table ("Standings of …", "Results of …"). */
const TABLE_OPENERS = new Set(['standings', 'results', 'scores', 'ratings', 'rankings', 'fixtures', 'summaries', 'statistics', 'leaders', 'schedule']);

/** Where the line of token k ends, when k opens it; else -1. */
function lineOpenedBy(doc: Doc, k: number): number {
  const text = doc.text;
  const t = doc.tokens[k];
  if (t.start > 0 && text.charCodeAt(t.start - 1) !== 10) return -1;
  const eol = text.indexOf('\n', t.end);
  return eol < 0 ? text.length : eol;
}

/** Is token k the first of its line, with two to five figures and nothing else after it on the line? */
export function figureRowHead(doc: Doc, k: number): boolean {
  const eol = lineOpenedBy(doc, k);
  if (eol < 0) return false;
  let figures = 0;
  for (let x = k + 1; x < doc.tokens.length; x++) {
    const u = doc.tokens[x];
    if (u.start > eol) break;
    if (!FIGURE.test(doc.text.slice(u.start, u.end).replace(/,/g, ''))) return false;
    figures++;
  }
  // (a row of six figures or more is a league table's, headed by a club: "Reading 16 5 3 8 20 25 18")
  return figures >= 2 && figures < 6;
}

/** Is token k the first of its line, with two figures or more after it, each with decimals ("512.3"), and nothing else on the line? */
export function decimalRowHead(doc: Doc, k: number): boolean {
  const eol = lineOpenedBy(doc, k);
  return eol >= 0 && /^\d[\d,]*\.\d+(?: \d[\d,]*\.\d+)+$/.test(doc.text.slice(doc.tokens[k].end, eol).trim());
}

export function toMentions(doc: Doc, tg: Tagging): Mention[] {
  const tags = splitRepeats(doc, splitPersons(doc, splitPlacePerson(doc, joinCompass(doc, splitListAnd(doc, splitParens(doc, tg.tags))), tg.info.gaz)));
  const out: Mention[] = [];
  const n = tags.length;
  const lower = tg.info.lower;
  for (let i = 0; i < n; ) {
    const tag = tags[i];
    if (tag === 0) {
      i++;
      continue;
    }
    const ty = tagType(tag);
    // the mention before, which a name may join (looked up for every name: a lookup made only
    // when one joins was first made late in a run, and threw away this function's optimized code)
    const prev = out.length ? out[out.length - 1] : undefined;
    let j = i + 1;
    while (j < n && tags[j] === 2 + ty * 2) j++;
    // a possessive ends a name: "NATO's Article 5" → "NATO"
    for (let k = i + 1; k < j; k++) {
      if (isPossessive(doc, k)) {
        // "Donetsk People's Republic", "Children's Hospital": a common noun's possessive inside a name the tagger continued
        if (k + 1 < j && tokIn(doc, lower, k - 1, NAME_POSSESSOR_HASHES, NAME_POSSESSORS) && firstUpperAt(doc, k + 1)) continue;
        j = k;
        break;
      }
    }
    // a name neither begins nor ends with a quote mark, a symbol or a dash standing apart, nor
    // ends with a lower-case word after a dash: "Akena ’" → "Akena", "US $" → "US", "UK - based" → "UK"
    while (j - 1 > i && ((edgeJunk(doc, j - 1) && spaced(doc, j - 2)) || (lowerWord(doc, j - 1) && j - 2 > i && dash(doc, j - 2)))) j--;
    // (the step made for every name, one of 0 or 1: a step first made late in a run threw away this function's optimized code)
    for (let skip = 1; skip; i += skip) skip = i < j - 1 && edgeJunk(doc, i) && spaced(doc, i) ? 1 : 0;
    // a name never starts with a possessive: after a common noun that ends the name before
    // ("Donetsk People" + "'s Republic"), the two are one name; else the possessive is no part of it
    // (whether the name joins the one before is worked out for every name: a test made only at a
    // possessive was first made late in a run and threw away this function's optimized code)
    const prevEnd = prev ? prev.end : -1;
    const joinable = i > 0 && prevEnd === doc.tokens[i - 1].end && tokIn(doc, lower, i - 1, NAME_POSSESSOR_HASHES, NAME_POSSESSORS);
    const atPossessive = j - i > 1 && isPossessive(doc, i);
    let joinPrev = atPossessive && joinable;
    i += atPossessive && !joinable ? 1 : 0;
    // a lone junk token is no name, nor is anything inside a web address or an e-mail address
    if ((edgeJunk(doc, i) && j - i === 1) || inAddress(doc.text, doc.tokens[i].start, doc.tokens[j - 1].end)) {
      i = j;
      i = pastName(tags, i);
      continue;
    }
    // a name does not end with a word that joins it to another ("Central Bank of", "Expert Groups
    // On"), is not a plural of people written in capitals alone ("Allies", "Presidents"), and a
    // person's name does not start with one ("Leaders Schumer")
    while (j - 1 > i && tokIn(doc, lower, j - 1, TRAILING_GLUE_HASHES, TRAILING_GLUE)) j--;
    // nor with the first figure of a table row or a score: "Dynamo Lodz 16 5 3 8" → "Dynamo
    // Lodz", "beat the Harlequins 24-10" → "Harlequins" ("Mainz 05 17" keeps its "05")
    while (j - 1 > i && (rowFigure(doc, j - 1) || SCORE.test(tokText(doc, j - 1)))) j--;
    // nor with the name of a sport in a capitals headline: "NBA BASKETBALL - RESULTS" → "NBA"
    // (no name of CoNLL's training data ends with one)
    while (j - 1 > i && HEADLINE_SPORT.test(tokText(doc, j - 1))) {
      j--;
      if (j - 1 > i && tokText(doc, j - 1) === 'ICE') j--;
    }
    // a common word heading a row of figures is the row's label, no name ("Oats 311.2 1,402.8 27.4":
    // in CoNLL's training tables such a word is a name 17 times, a label 49 times)
    // (or any word but a place heading a row of decimal figures only, a table of quantities:
    // "Canola 512.3 733.8 41.7 1650.4", never a team's; a place keeps its name, "Ohio 52.1 46.3")
    if (j - i === 1 && ((tg.info.flags[i] & F_LEX && figureRowHead(doc, i)) || (TYPES[ty] !== 'LOC' && decimalRowHead(doc, i)))) {
      i = j;
      i = pastName(tags, i);
      continue;
    }
    if (j - i === 1 && tokIn(doc, lower, i, GROUP_NOUN_HASHES, GROUP_NOUNS)) {
      i = j;
      i = pastName(tags, i);
      continue;
    }
    while (j - i > 1 && tokIn(doc, lower, i, GROUP_NOUN_HASHES, GROUP_NOUNS) && TYPES[ty] === 'PER') i++;
    // a table's opening words are no part of the name after them: "Standings of National Hockey
    // League teams", "Results of Italian Serie A matches"
    if (j - i > 2 && TABLE_OPENERS.has(tokText(doc, i).toLowerCase()) && tokText(doc, i + 1) === 'of') i += 2;
    let a = i;
    let minMargin = Infinity;
    for (let k = i; k < j; k++) minMargin = Math.min(minMargin, margin(tg, k));
    let type: EntityType = TYPES[ty];
    let title: Mention['title'];
    const s = tg.info.sentences[tg.info.sent[i]];
    // "Mr. Biden" tagged as a place: a person title makes it a person
    if (type !== 'PER' && (titleInside(doc, i, j, true, lower) > 0 || titleMatch(doc, i, s ? s.tokenStart : 0, lower)?.person)) type = 'PER';
    if (type === 'PER') {
      const inside = titleInside(doc, i, j, false, lower);
      if (inside > 0) a = i + inside;
      const floor = s ? s.tokenStart : 0;
      const tb = titleBefore(doc, a, floor, lower);
      if (tb >= 0 && (tags[tb] === 0 || tb >= i)) {
        const ts = doc.tokens[tb].start;
        const te = doc.tokens[a - 1].end;
        title = { start: ts, end: te, text: doc.text.slice(ts, te) };
      } else {
        // "President of the United States of America Joseph Biden", "Prime Minister of India Narendra Modi"
        const ts = titleOfPlace(doc, a, floor, lower);
        if (ts >= 0) title = { start: doc.tokens[ts].start, end: doc.tokens[a - 1].end, text: doc.text.slice(doc.tokens[ts].start, doc.tokens[a - 1].end) };
      }
      // "Martin Luther King Jr." read as a person and a suffix with the title "King": a title word
      // with only a generational suffix after it ends the person's name just before it
      if (title && j - a === 1 && prev?.type === 'PER' && NAME_SUFFIX.test(doc.text.slice(doc.tokens[a].start, doc.tokens[a].end)) && /^ +$/.test(doc.text.slice(prev.end, title.start))) {
        joinPrev = true;
        title = undefined;
      }
    }
    const start = doc.tokens[a].start;
    const end = doc.tokens[j - 1].end;
    // "the Kremlin said": a seat of government acting is the government; "at the Kremlin" is a place
    if ((type === 'LOC' || type === 'ORG') && seatCountry(doc.text.slice(start, end))) type = seatType(doc, a, j, s ? s.tokenStart : 0, s ? s.tokenEnd : n);
    // joined to the one before: a new mention in its place, not that one written to (the first
    // write to a field of a made mention, late in a run, would discard the optimized code of
    // every function that reads the field). Both ways take the same steps, the fields of the
    // mention before read for every name: a step taken only on a join was first taken late in a
    // run and threw away this function's optimized code.
    const join = joinPrev && prev !== undefined;
    const conf = confidence(minMargin);
    const prevConf = Math.min(prev ? prev.confidence : conf, conf);
    const prevStart = prev ? prev.start : start;
    const prevTitle = prev ? prev.title : undefined;
    const from = join ? prevStart : start;
    // every mention has all its fields from the start, in the order they are written out (`title`
    // and `entity` stay undefined until set): one hidden class for the stages that read them
    const m: Mention = { start: from, end, text: doc.text.slice(from, end), type, form: 'name', rule: RULE, confidence: join ? prevConf : conf, title: join ? prevTitle : title, entity: undefined };
    out[out.length - (join ? 1 : 0)] = m;
    // (after a join, no skip past the rest of a name cut at a possessive)
    i = join ? j : pastName(tags, j);
  }
  personConsistency(out);
  companyConsistency(out);
  orgWordNames(out);
  acronymConsistency(doc.text, out);
  const teams = cityTeams(doc.text, out);
  tableRowTeams(doc.text, teams);
  return dropNonNames(doc, teams);
}

/** A mention made of column letters only ("PF PA", "GB"). */
const COLUMN_LETTERS = /^[A-Z]{1,3}(?: [A-Z]{1,3})*$/;

/** A line of a table's column letters: "W L" and more words of one to three capitals. */
const COLUMN_HEADING = /^W L(?: [A-Z]{1,3})+[ \t]*$/;

/** Whether the offset at stands on a line of a table's column letters. */
function onColumnHeading(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  return to - from < 40 && COLUMN_HEADING.test(text.slice(from, to));
}

/** Generational suffixes written after a name ("Joseph R. Biden, Jr."): part of the name before them, never a name alone. */
const NAME_SUFFIX = /^(?:Jr|Sr|JR|SR|II|III|IV)\.?$/;

/**
 * Connectives that open a sentence and are followed by a comma ("Moreover, …"): capitalised
 * there only because they come first, never a name on their own.
 */
const CONNECTIVES = new Set([
  'moreover', 'however', 'furthermore', 'nevertheless', 'nonetheless', 'meanwhile', 'additionally', 'consequently',
  'therefore', 'thus', 'hence', 'indeed', 'instead', 'otherwise', 'likewise', 'similarly', 'accordingly', 'besides',
  'finally', 'firstly', 'secondly', 'thirdly', 'lastly', 'overall', 'subsequently', 'ultimately', 'specifically',
  'notably', 'importantly', 'separately', 'again', 'still', 'yet', 'today', 'yesterday', 'tomorrow', 'now', 'then',
  'later', 'earlier', 'afterwards', 'also', 'unfortunately', 'fortunately', 'obviously', 'clearly', 'certainly',
  'incidentally', 'naturally', 'frankly', 'honestly', 'basically', 'essentially', 'personally', 'interestingly',
  'surely', 'admittedly', 'hopefully', 'regrettably', 'sadly', 'luckily', 'hello', 'hi', 'yes', 'no', 'well', 'okay',
  'ok', 'thanks', 'yeah', 'sure', 'look', 'listen', 'please',
]);

/** The half of the day and the time zone after a clock time ("P.M. EST", "A.M. EDT", "PM"). */
const CLOCK_WORDS = /^[AP]\.?M\.?(?:\s+[A-Z]{2,5})?$/;

/** Honorifics written after "His", "Her", "Your" ("His Highness", "Her Majesty", "His Excellency"). */
const HONORIFIC = /^(?:highness|majesty|excellency|holiness|eminence|grace)$/i;

/** Whether a mention's words are a title of the title list and nothing else ("Pope", "First Lady", "Emir"). */
function isTitleAlone(words: string): boolean {
  const w = words.toLowerCase().split(/\s+/);
  return (TITLES_BY_LAST.get(w[w.length - 1]) ?? []).some((t) => t.words.length === w.length && t.words.every((x, i) => x === w[i]));
}

/** A month's name or abbreviation that is no one's given name. */
const MONTH_ALONE = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(?:january|february|april|july|september|october|november|december)$/i;
/** A word before a month's or a feast's name that makes it a time ("last", "during", "pre-"). */
const TIME_BEFORE = /(?:(?:^|\s)(?:last|this|next|during|over|before|after|since|until|for|in|at|the|and|by|of|on)\s+|(?:pre|post)-)$/i;
/** A feast's name alone ("last Christmas", "before the New Year break", "pre-Christmas"): a time, which the time layer reads. */
const FEAST_ALONE = /^(?:(?:pre|post)-)?(?:christmas|easter|new year|ramadan|hanukkah|passover)$/i;

/** A season's name alone, and the words that make it a time before it ("this Spring", "in the Fall"). */
const SEASON = /^(?:spring|summer|autumn|fall|winter)$/i;
const SEASON_BEFORE = /(?:^|\s)(?:this|last|next|early|late|mid|the|in|during|since|until|by|of|every)\s+$/i;

/** A head of state or government named by office ("the Head of State"): a description of a person, not a name. */
const TITLE_PHRASE = /^(?:the\s+)?heads?\s+of\s+(?:state|government)$/i;

/**
 * Mentions that are not names: a generational suffix standing apart after a person's name
 * ("Joseph R. Biden, Jr." → the "Jr." alone), a connective or interjection opening a sentence
 * before a comma (also right after a speaker label's colon), "Thank" and a clock's "P.M. EST", the "Q" that labels a question in a transcript with the word after it
 * ("Q Thank you, Mr. President"), and an office written in capitals ("the Head of State").
 */
function dropNonNames(doc: Doc, ms: Mention[]): Mention[] {
  // the words of the article's people's names: "Ramadan" after "Tariq Ramadan", "Jan" after "Jan Egeland" are names
  let personWords: Set<string> | undefined;
  for (const m of ms) if (m.type === 'PER' && m.text.indexOf(' ') > 0) for (const x of m.text.split(/\s+/)) (personWords ??= new Set()).add(x);
  const out: Mention[] = [];
  for (let k = 0; k < ms.length; k++) if (isName(doc, ms, k, personWords)) out.push(ms[k]);
  return out;
}

/** Whether mention k of ms is a name (a module-level function, not a closure made per call: V8 holds a closure's optimized code only weakly, and a full collection would drop it). */
function isName(doc: Doc, ms: Mention[], k: number, personWords: Set<string> | undefined): boolean {
  const text = doc.text;
  const m = ms[k];
  if (m.text.startsWith('Q ') && (m.start === 0 || text.charCodeAt(m.start - 1) === 10)) return false;
  if (TITLE_PHRASE.test(m.text)) return false;
  if (NAME_SUFFIX.test(m.text) && k > 0 && ms[k - 1].type === 'PER' && /^,?\s*$/.test(text.slice(ms[k - 1].end, m.start))) return false;
  // "His Highness", "Her Majesty": an honorific is no one's name
  if (HONORIFIC.test(m.text) && /(?:^|\s)(?:his|her|your|their)\s+(?:royal\s+)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) return false;
  // "this Spring", "last Winter", "in the Fall": a season written with a capital is a time
  if (SEASON.test(m.text) && SEASON_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
  // "the Pope", "The First Lady", "the Emir": a title alone after "the" describes its holder
  if (/(?:^|\s)the\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start)) && isTitleAlone(m.text)) return false;
  if (m.text.indexOf(' ') < 0 && (charAt(text, m.end) === 44 || (charAt(text, m.end) === 32 && charAt(text, m.end + 1) === 44)) && CONNECTIVES.has(m.text.toLowerCase())) {
    const s = sentenceAt(doc, m.start);
    if (s >= 0 && firstWordStart(doc, s) === m.start) return false;
    // (also first after a transcript's speaker label: "MODERATOR: Hello, everyone")
    if (/:[ \t]*$/.test(text.slice(Math.max(0, m.start - 3), m.start))) return false;
  }
  // "Thank you", and a clock's "P.M. EST": no names; nor is a month alone ("Feb 97" in a
  // table of prices; not "May", "June" or "August", which are also given names) or a feast alone
  if (m.text === 'Thank' || CLOCK_WORDS.test(m.text)) return false;
  // a table's heading of column letters ("W L T PF PA", "W L PCT GB"): no names (no name stands
  // on the twenty such lines of CoNLL's training data)
  // (only a mention of such letters is looked at: the line is not read for every name)
  if (COLUMN_LETTERS.test(m.text) && onColumnHeading(text, m.start)) return false;
  // (a person read as one keeps the name unless a word of time comes before it: "Ramadan had
  // denied", "Easter said"; not "during Ramadan")
  if ((MONTH_ALONE.test(m.text) || FEAST_ALONE.test(m.text)) && !personWords?.has(m.text) && (m.type !== 'PER' || TIME_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))) return false;
  return true;
}

/** The char code at k, or -1 past the text's end (a read out of bounds costs optimised code a deopt). */
function charAt(text: string, k: number): number {
  return k < text.length ? text.charCodeAt(k) : -1;
}

/** Where the first word of sentence s starts (after any opening quote marks or brackets). */
function firstWordStart(doc: Doc, s: number): number {
  const { tokenStart, tokenEnd } = doc.sentences[s];
  for (let k = tokenStart; k < tokenEnd; k++) if (doc.tokens[k].kind === 'word') return doc.tokens[k].start;
  return -1;
}

/** Words that only end a company's name ("Inc", "Corp.", "Holdings"): what comes before them is the company's short name. */
const CORPORATE = new Set(['inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'pjsc', 'ojsc', 'jsc', 'group', 'holdings', 'holding', 'international', 'bancorp', 'bancshares', 'industries']);

/**
 * One document, one reading of a company's short name: a one-word mention tagged as a person
 * that is the first word of a company's name elsewhere in the article, the rest of which is
 * corporate words ("Kestrel Holdings Inc" … "Kestrel"), is the company. Places keep their type
 * (companies are often named after the place they come from: "Dorval Holdings" and "Dorval").
 */
export function companyConsistency(ms: Mention[]): void {
  let heads: Set<string> | undefined;
  for (const m of ms) {
    if (m.type !== 'ORG') continue;
    const sp = m.text.indexOf(' ');
    if (sp < 0) continue;
    const rest = m.text.slice(sp + 1).split(/\s+/);
    if (!rest.every((w) => CORPORATE.has(w.toLowerCase().replace(/\.$/, '')))) continue;
    (heads ??= new Set()).add(m.text.slice(0, sp));
  }
  if (!heads) return;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type === 'PER' && heads.has(m.text) && !countryOf(m.text)) ms[k] = withType(m, 'ORG');
  }
}

/** Does `acro` spell the initials of the capitalised words of `name` ("World Trade Organisation" → "WTO"; "ASEAN" may add a letter)? */
function spellsInitials(acro: string, name: string): boolean {
  let initials = '';
  for (const w of name.split(/[\s-]+/)) if (w.length && w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90) initials += w[0];
  if (initials.length < 2 || initials[0] !== acro[0]) return false;
  let k = 0;
  for (let i = 0; i < acro.length && k < initials.length; i++) if (acro[i] === initials[k]) k++;
  return k === initials.length;
}

/**
 * One document, one reading of an acronym it defines: "World Trade Organisation ( WTO )" makes
 * every "WTO" of the article the type of the full name ("the WTO meeting" is not an event's
 * name).
 */
function acronymConsistency(text: string, ms: Mention[]): void {
  let types: Map<string, EntityType> | undefined;
  for (let k = 1; k < ms.length; k++) {
    const m = ms[k];
    const prev = ms[k - 1];
    if (m.text.length < 2 || m.text.length > 7 || !/^[A-Z]+$/.test(m.text) || !/^\s*\(\s*$/.test(text.slice(prev.end, m.start))) continue;
    // (a person's type only when the tagger read the acronym as a person too: organisations are
    // defined by acronyms far more often, and a long name read as a person is often one)
    if (spellsInitials(m.text, prev.text) && (prev.type !== 'PER' || m.type === 'PER')) (types ??= new Map()).set(m.text, prev.type);
  }
  if (!types) return;
  for (let k = 0; k < ms.length; k++) {
    const t = types.get(ms[k].text);
    if (t !== undefined && t !== ms[k].type) ms[k] = withType(ms[k], t);
  }
}

/** The words that end the names of organisations (the gazetteer's list), lower-case, without "league": CoNLL calls a league an event. */
const ORG_END_WORDS: ReadonlySet<string> = new Set([...orgWords].filter((w) => w !== 'league'));

/**
 * A name of two words or more read as a MISC whose last word ends organisations' names
 * ("International Confederation of Free Trade Unions", "… Foundation") is an organisation (in
 * CoNLL's training data such names are ORG 717 times; MISC 79, 73 of them leagues, left alone).
 */
export function orgWordNames(ms: Mention[]): void {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'MISC') continue;
    const sp = m.text.lastIndexOf(' ');
    if (sp < 0) continue;
    const last = m.text.slice(sp + 1).toLowerCase().replace(/\.$/, '');
    if (ORG_END_WORDS.has(last) || (last.endsWith('s') && ORG_END_WORDS.has(last.slice(0, -1)))) ms[k] = withType(m, 'ORG');
  }
}

const SPORT_CUE = /\b(?:SOCCER|BASEBALL|BASKETBALL|HOCKEY|CRICKET|RUGBY|TENNIS|GOLF|FOOTBALL|RULES|STANDINGS|CYCLING|ATHLETICS|LEAGUE|HANDBALL|VOLLEYBALL|MOTOR|SKIING|SPORTS?|NBA|NHL|NFL)\b/i;
/** a figure with a fraction or a sign: a player's statistics or a golfer's score to par, no team's table */
const STAT_FIGURE = /^(?:\d*\.\d+|[+-]\d+)$/;

/** A figure of a results table: "16", "74", ".625", "1/2", "10-3"; or the brackets, "OT", "v" and kick-off times of score and fixture lines. */
const FIGURE = /^[\d./-]+$/;
const SCORE_WORD = /^(?:[\d./:-]+|\(|\)|OT|v|vs\.?)$/;

/**
 * A place in a row of a results table is the team of that place, not the place: an
 * organisation. A row: a line with the name first and three figures or more after it and nothing
 * else ("WASHINGTON 11 9 2 60 58 24"), or two names or more with only figures between and
 * around them ("UTAH 93 Portland 88 ( OT )", "Parma ( 6 ) v Como ( 11 ) 1400"). A
 * country's name stays a place (national teams). In CoNLL's training data, names that are not
 * countries in such rows are organisations 1,077 times and places 15 times, in fixture lines
 * with "v" 32 and 3 times (people, in golf's and tennis's rows, are left as they are).
 */
export function tableRowTeams(text: string, ms: Mention[]): void {
  // only in a sports report: a table of election results, weather or populations by place keeps
  // its places (a sport named near the start covers 975 of the 996 team rows of CoNLL's training data)
  if (!SPORT_CUE.test(text.slice(0, 300))) return;
  for (let k = 0; k < ms.length; ) {
    // the mentions of one line: [k, e)
    const lineStart = text.lastIndexOf('\n', ms[k].start - 1) + 1;
    let eol = text.indexOf('\n', ms[k].end);
    if (eol < 0) eol = text.length;
    let e = k + 1;
    while (e < ms.length && ms[e].start < eol) e++;
    let anyLoc = false;
    for (let x = k; x < e; x++) if ((ms[x].type === 'LOC' || ms[x].type === 'PER') && !isCountryName(ms[x].text)) anyLoc = true;
    const figures = anyLoc ? scoreRowFigures(text, ms, k, e, lineStart, eol) : -1;
    if (figures >= 0) {
      // (a person heads a row of a few figures: a golfer's rounds; a row of six figures or more is
      // a league table's: 731 teams against 26 people in CoNLL's training rows)
      for (let x = k; x < e; x++) {
        const t = ms[x].type;
        if ((t === 'LOC' || (t === 'PER' && e - k === 1 && figures >= 6 && !statFigures(text, ms[x].end, eol))) && !isCountryName(ms[x].text)) ms[x] = withType(ms[x], 'ORG');
      }
    }
    k = e;
  }
}

/** A team written with its city's two capitals at the start of a line of a sports report: "NY RANGERS", "LA LAKERS". */
const CITY_TEAM = /(?:^|\n)((?:NY|LA) [A-Z]{3,})(?= |\n|$)/g;

/**
 * A city's two capitals and the team's name after them, at the start of a line of a sports
 * report ("NY RANGERS 10 13 5", "NY JETS AT NEW ENGLAND"), are one team, an organisation: the
 * tagger, which never saw them in training, reads "NY" apart or alone.
 */
export function cityTeams(text: string, ms: Mention[]): Mention[] {
  if (!SPORT_CUE.test(text.slice(0, 300))) return ms;
  let out = ms;
  for (const hit of text.matchAll(CITY_TEAM)) {
    const start = hit.index + hit[0].length - hit[1].length;
    const end = start + hit[1].length;
    const kept = out.filter((m) => m.end <= start || m.start >= end);
    const conf = out.find((m) => m.start >= start && m.start < end)?.confidence ?? 0.5;
    const team: Mention = { start, end, text: hit[1], type: 'ORG', form: 'name', rule: RULE, confidence: conf, title: undefined, entity: undefined };
    let at = 0;
    while (at < kept.length && kept[at].start < start) at++;
    kept.splice(at, 0, team);
    out = kept;
  }
  return out;
}

/** Does the text [from, to) hold a figure with a fraction or a sign ("37.6", "-13")? */
function statFigures(text: string, from: number, to: number): boolean {
  for (const w of text.slice(from, to).trim().split(/\s+/)) if (STAT_FIGURE.test(w)) return true;
  return false;
}

/** The figures of a score row made of mentions [k, e) and its line, or -1 when the line is no score row. */
function scoreRowFigures(text: string, ms: Mention[], k: number, e: number, lineStart: number, eol: number): number {
  let figures = 0;
  let at = lineStart;
  for (let x = k; x <= e; x++) {
    const to = x < e ? ms[x].start : eol;
    const between = text.slice(at, to).trim();
    if (between) {
      for (const w of between.split(/\s+/)) {
        if (!SCORE_WORD.test(w)) return -1;
        if (FIGURE.test(w)) figures++;
      }
    }
    if (x < e) at = ms[x].end;
  }
  // one name: it opens the line and three figures follow; two names or more: one figure is enough
  return (e - k === 1 ? ms[k].start === lineStart && figures >= 3 : figures >= 1) ? figures : -1;
}

/**
 * One document, one reading of a surname: a one-word mention that is the last word of a
 * person's full name elsewhere in the article ("Vladimir Putin" … "Putin" tagged as a place)
 * is a person too.
 */
function personConsistency(ms: Mention[]): void {
  const surnames = new Set<string>();
  for (const m of ms) {
    if (m.type !== 'PER') continue;
    const sp = m.text.lastIndexOf(' ');
    if (sp > 0) surnames.add(m.text.slice(sp + 1));
  }
  if (!surnames.size) return;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'PER' && surnames.has(m.text)) ms[k] = withType(m, 'PER');
  }
}

/**
 * Mention m as another type: a new mention in place of m, not m written to (the first write to a
 * mention's type, some twenty articles into a run, discarded the optimized code of the stages
 * that read it).
 */
function withType(m: Mention, type: EntityType): Mention {
  return { start: m.start, end: m.end, text: m.text, type, form: m.form, rule: m.rule, confidence: m.confidence, title: m.title, entity: m.entity };
}
