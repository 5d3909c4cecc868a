/**
 * Tokens with offsets. A hand-written scanner walks the text once over character codes (a
 * regular expression per token was the slowest part of the pipeline); every token is a
 * `[start, end)` span over the text, never a copy.
 *
 * - words, with inner hyphens, apostrophes and ampersands: al-Assad, O'Brien, don't, AT&T;
 *   possessive "'s" is split off ("Putin" + "'s") since NER and quote attribution need the bare name;
 * - abbreviations keep their dot ("Mr.", "Jan.", single initials "F."), as do initialisms
 *   ("U.S.", "a.m."), so sentence splitting can tell them from full stops;
 * - numbers: 1,000.50  14:00  2025-07-03  3/4  1990s  21st  ("$" is its own token);
 * - URLs and e-mail addresses are one token; quotation marks (including `` and '') are
 *   tokens of kind 'quote'; "...", "--" and every other mark are single tokens.
 */
import type { Token } from '../model/types.js';
import { ABBREVIATIONS, CAPS_ABBREVIATIONS } from './abbreviations.js';

// Character classes for the Basic Multilingual Plane, computed once: 1 letter or mark, 2 digit, 4 space.
const LETTER = 1;
const DIGIT = 2;
const SPACE = 4;
const CLASS = new Uint8Array(0x10000);
{
  const letter = /[\p{L}\p{M}]/u;
  const space = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (c >= 48 && c <= 57) CLASS[c] = DIGIT;
    else if (c < 128) CLASS[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : space.test(ch) ? SPACE : 0;
    else if (letter.test(ch)) CLASS[c] = LETTER;
    else if (space.test(ch)) CLASS[c] = SPACE;
  }
}

// Marks by char code: 1 a quotation mark, 2 a punctuation mark that is a token of its own.
const QUOTE = 1;
const PUNCT = 2;
const MARK = new Uint8Array(0x10000);
for (const ch of '"“”„‟«»‹›‘’\'`') MARK[ch.charCodeAt(0)] = QUOTE;
for (const ch of '.,;:!?…–—‒-()[]{}/') MARK[ch.charCodeAt(0)] = PUNCT;
/** the longest abbreviation: a longer word before a dot is none (lower-casing never shortens a word) */
const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
const NUMBER_SUFFIXES = ['st', 'nd', 'rd', 'th', 'bn', 's', 'm', 'k'];
const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/y;
const URL_END = new Set(['.', ',', ';', ':', '!', '?', ')', ']']);

function cls(text: string, i: number): number {
  return i < text.length ? CLASS[text.charCodeAt(i)] : 0;
}

/** The char code at i, or -1 past the end (no read out of bounds: that costs optimised code a deopt). */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

function isWordChar(text: string, i: number): boolean {
  const c = cls(text, i);
  return c === LETTER || c === DIGIT;
}

/** inside a word, between two letters or digits: - ' ’ & */
function isJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 38;
}

/** between digit groups of a number: . , : / - */
function isNumberSeparator(code: number): boolean {
  return code === 46 || code === 44 || code === 58 || code === 47 || code === 45;
}

/*
 * The scanner is a small loop over the characters that hands each token to a function of its
 * kind (URL, e-mail address, initialism, number, word, mark): small functions, each optimised
 * on its own, so a branch first taken late in a long run recompiles a small function, not the
 * whole scanner.
 */

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  // the next "@" at or after i (n when none): e-mail addresses are looked for only before one
  let nextAt = -1;
  while (i < n) {
    const code = text.charCodeAt(i);
    const c = CLASS[code];
    if (c === SPACE) {
      i++;
      continue;
    }
    if (c === LETTER || c === DIGIT) {
      // a URL or an e-mail address is one word (an e-mail address only when an @ follows within
      // the run of non-space characters, at most 80 on); one push for both, so that the first
      // address late in a run meets code already run rather than a branch never taken
      if (nextAt < i) {
        nextAt = text.indexOf('@', i);
        if (nextAt < 0) nextAt = n;
      }
      const url = code === 104 || code === 72 ? urlEnd(text, i) : 0;
      const address = url > 0 ? url : nextAt - i <= 80 && nextAt < n ? emailEnd(text, i, nextAt) : 0;
      if (address > 0) {
        tokens.push({ start: i, end: address, kind: 'word' });
        i = address;
        continue;
      }
      i = c === LETTER ? letterToken(text, i, code, tokens) : digitToken(text, i, code, tokens);
      continue;
    }
    i = markToken(text, i, code, tokens);
  }
  return tokens;
}

/** The end of the URL starting at i ("http://…", "https://…"), or -1. */
function urlEnd(text: string, i: number): number {
  if (!text.startsWith('http://', i) && !text.startsWith('https://', i)) return -1;
  const n = text.length;
  const start = i;
  const skip = text.charCodeAt(i + 4) === 115 ? 8 : 7; // "s"
  let j = i + skip;
  while (j < n && CLASS[text.charCodeAt(j)] !== SPACE && !'<>"“”'.includes(text[j])) j++;
  while (j > start + 8 && URL_END.has(text[j - 1])) j--;
  return j > start + skip ? j : -1;
}

/** The end of the e-mail address starting at i (an "@" at `at`), or -1. */
function emailEnd(text: string, i: number, at: number): number {
  let k = i;
  while (k < at && CLASS[text.charCodeAt(k)] !== SPACE) k++;
  if (k !== at) return -1;
  EMAIL_RE.lastIndex = i;
  const m = EMAIL_RE.exec(text);
  return m ? i + m[0].length : -1;
}

/** Tokens from a letter at i: an initialism or a word. Returns where the next token starts. */
function letterToken(text: string, i: number, code: number, tokens: Token[]): number {
  // initialisms: U.S., a.m., D.C.
  if (codeAt(text, i + 1) === 46 && cls(text, i + 2) === LETTER && codeAt(text, i + 3) === 46) {
    const j = initialismEnd(text, i);
    if (j - i >= 4) {
      tokens.push({ start: i, end: j, kind: 'word' });
      return j;
    }
  }
  return wordToken(text, i, code, tokens);
}

function initialismEnd(text: string, i: number): number {
  let j = i;
  while (cls(text, j) === LETTER && codeAt(text, j + 1) === 46 && !isWordChar(text, j + 1)) j += 2;
  return j;
}

/** the ends of a number's digit groups (reused) */
const ENDS: number[] = [];

/** Tokens from a digit at i: a number, or a word when the digits run into letters. */
function digitToken(text: string, i: number, code: number, tokens: Token[]): number {
  // the longest run of digit groups (joined by . , : / -) that does not run into a letter
  const ends = ENDS;
  ends.length = 0;
  let j = i + 1;
  while (cls(text, j) === DIGIT) j++;
  ends.push(j);
  while (isNumberSeparator(codeAt(text, j)) && cls(text, j + 1) === DIGIT) {
    j += 2;
    while (cls(text, j) === DIGIT) j++;
    ends.push(j);
  }
  let end = -1;
  for (let e = ends.length - 1; e >= 0 && end < 0; e--) {
    const at = ends[e];
    end = numberSuffixEnd(text, at);
    if (end < 0 && !isWordChar(text, at)) end = at;
  }
  if (end > 0) {
    tokens.push({ start: i, end, kind: 'number' });
    return end;
  }
  // digits running into letters ("3D", "00pm"): a word
  return wordToken(text, i, code, tokens);
}

/** The end of a number suffix ("st", "bn", "s"…) at `at` that ends a word, or -1. */
function numberSuffixEnd(text: string, at: number): number {
  for (const suf of NUMBER_SUFFIXES) {
    if (text.startsWith(suf, at) && !isWordChar(text, at + suf.length)) return at + suf.length;
  }
  return -1;
}

/** A word from i (letters and digits, with inner joiners), with its abbreviation dot or without its possessive. */
function wordToken(text: string, i: number, code: number, tokens: Token[]): number {
  const n = text.length;
  const start = i;
  let j = i + 1;
  for (;;) {
    while (isWordChar(text, j)) j++;
    if (j < n && isJoiner(text.charCodeAt(j)) && isWordChar(text, j + 1)) {
      j += 2;
      continue;
    }
    break;
  }
  let end = j;
  // an initialism after a hyphen is one with the word ("D-N.Y.", "R-N.C."): its dots are no full stops
  if (j - start >= 3 && text.charCodeAt(j - 2) === 45 && codeAt(text, j) === 46 && cls(text, j - 1) === LETTER && cls(text, j + 1) === LETTER && codeAt(text, j + 2) === 46) {
    const k = initialismEnd(text, j - 1);
    tokens.push({ start, end: k, kind: 'word' });
    return k;
  }
  // a trailing dot belongs to known abbreviations and single capital initials
  if (j < n && text.charCodeAt(j) === 46 && j - start <= ABBREVIATION_MAX && abbreviationAt(text, start, j, code)) end = j + 1;
  // possessive 's / ’s split off
  if (end === j && j - start > 2) {
    const s1 = text.charCodeAt(j - 1);
    const q = text.charCodeAt(j - 2);
    if ((s1 === 115 || s1 === 83) && (q === 39 || q === 0x2019)) {
      tokens.push({ start, end: j - 2, kind: 'word' });
      tokens.push({ start: j - 2, end: j, kind: 'word' });
      return end;
    }
  }
  tokens.push({ start, end, kind: 'word' });
  return end;
}

/** Whether the word [start, j) (first char `code`) keeps the dot after it. */
function abbreviationAt(text: string, start: number, j: number, code: number): boolean {
  const bare = text.slice(start, j);
  return (
    (bare.length === 1 && code >= 65 && code <= 90) ||
    ABBREVIATIONS.has(bare) ||
    ABBREVIATIONS.has(bare.toLowerCase()) ||
    CAPS_ABBREVIATIONS.has(capitalized(bare)) ||
    // a lawmaker's party and state: "D-Mass.", "R-Calif."
    (bare.length > 3 && bare.charCodeAt(1) === 45 && code >= 65 && code <= 90 && ABBREVIATIONS.has(bare.slice(2)))
  );
}

/** "MR" → "Mr": a title in a transcript's capitals ("MR. KIRBY:") is the same abbreviation. */
export function capitalized(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

/** A token from a character that is no letter, digit or space at i: a quote, a mark or a symbol. */
function markToken(text: string, i: number, code: number, tokens: Token[]): number {
  const n = text.length;
  const start = i;
  const next = codeAt(text, i + 1);
  if ((code === 96 && next === 96) || (code === 39 && next === 39)) {
    // `` and ''
    tokens.push({ start, end: i + 2, kind: 'quote' });
    return i + 2;
  }
  const mark = MARK[code];
  if (mark === QUOTE) {
    tokens.push({ start, end: i + 1, kind: 'quote' });
    return i + 1;
  }
  if (code === 46 && next === 46 && codeAt(text, i + 2) === 46) {
    tokens.push({ start, end: i + 3, kind: 'punct' });
    return i + 3;
  }
  if (code === 45 && next === 45) {
    let j = i + 2;
    while (codeAt(text, j) === 45) j++;
    tokens.push({ start, end: j, kind: 'punct' });
    return j;
  }
  if (mark === PUNCT) {
    tokens.push({ start, end: i + 1, kind: 'punct' });
    return i + 1;
  }
  // anything else: one symbol (a surrogate pair stays whole)
  const end = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
  tokens.push({ start, end, kind: 'symbol' });
  return end;
}
