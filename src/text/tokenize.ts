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
import type { Token, TokenKind } from '../model/types.js';
import { ABBREVIATIONS } from './abbreviations.js';

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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  // the next "@" at or after i (n when none): e-mail addresses are looked for only before one
  let nextAt = -1;
  const push = (start: number, end: number, kind: TokenKind) => {
    tokens.push({ start, end, kind });
  };
  while (i < n) {
    const code = text.charCodeAt(i);
    const c = CLASS[code];
    if (c === SPACE) {
      i++;
      continue;
    }
    const start = i;

    // URLs
    if ((code === 104 || code === 72) && (text.startsWith('http://', i) || text.startsWith('https://', i))) {
      let j = i + (text[i + 4] === 's' ? 8 : 7);
      while (j < n && CLASS[text.charCodeAt(j)] !== SPACE && !'<>"“”'.includes(text[j])) j++;
      while (j > start + 8 && URL_END.has(text[j - 1])) j--;
      if (j > start + (text[i + 4] === 's' ? 8 : 7)) {
        push(start, j, 'word');
        i = j;
        continue;
      }
    }

    if (c === LETTER || c === DIGIT) {
      // e-mail addresses: only when an @ follows within the run of non-space characters (at most 80 on)
      if (nextAt < i) {
        nextAt = text.indexOf('@', i);
        if (nextAt < 0) nextAt = n;
      }
      if (nextAt - i <= 80 && nextAt < n) {
        let k = i;
        while (k < nextAt && CLASS[text.charCodeAt(k)] !== SPACE) k++;
        if (k === nextAt) {
          EMAIL_RE.lastIndex = i;
          const m = EMAIL_RE.exec(text);
          if (m) {
            push(start, i + m[0].length, 'word');
            i += m[0].length;
            continue;
          }
        }
      }
    }

    if (c === LETTER) {
      // initialisms: U.S., a.m., D.C.
      if (text.charCodeAt(i + 1) === 46 && cls(text, i + 2) === LETTER && text.charCodeAt(i + 3) === 46) {
        let j = i;
        while (cls(text, j) === LETTER && text.charCodeAt(j + 1) === 46 && !isWordChar(text, j + 1)) j += 2;
        if (j - i >= 4) {
          push(start, j, 'word');
          i = j;
          continue;
        }
      }
    }

    if (c === DIGIT) {
      // the longest run of digit groups (joined by . , : / -) that does not run into a letter
      const ends: number[] = [];
      let j = i + 1;
      while (cls(text, j) === DIGIT) j++;
      ends.push(j);
      while (isNumberSeparator(text.charCodeAt(j)) && cls(text, j + 1) === DIGIT) {
        j += 2;
        while (cls(text, j) === DIGIT) j++;
        ends.push(j);
      }
      let end = -1;
      for (let e = ends.length - 1; e >= 0 && end < 0; e--) {
        const at = ends[e];
        for (const suf of NUMBER_SUFFIXES) {
          if (text.startsWith(suf, at) && !isWordChar(text, at + suf.length)) {
            end = at + suf.length;
            break;
          }
        }
        if (end < 0 && !isWordChar(text, at)) end = at;
      }
      if (end > 0) {
        push(start, end, 'number');
        i = end;
        continue;
      }
      // digits running into letters ("3D", "00pm"): a word
    }

    if (c === LETTER || c === DIGIT) {
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
      // a trailing dot belongs to known abbreviations and single capital initials
      if (text.charCodeAt(j) === 46 && j - start <= ABBREVIATION_MAX) {
        const bare = text.slice(start, j);
        if ((bare.length === 1 && code >= 65 && code <= 90) || ABBREVIATIONS.has(bare) || ABBREVIATIONS.has(bare.toLowerCase())) end = j + 1;
      }
      // possessive 's / ’s split off
      if (end === j && j - start > 2) {
        const s1 = text.charCodeAt(j - 1);
        const q = text.charCodeAt(j - 2);
        if ((s1 === 115 || s1 === 83) && (q === 39 || q === 0x2019)) {
          push(start, j - 2, 'word');
          push(j - 2, j, 'word');
          i = end;
          continue;
        }
      }
      push(start, end, 'word');
      i = end;
      continue;
    }

    const next = text.charCodeAt(i + 1);
    if ((code === 96 && next === 96) || (code === 39 && next === 39)) {
      // `` and ''
      push(start, i + 2, 'quote');
      i += 2;
      continue;
    }
    const mark = MARK[code];
    if (mark === QUOTE) {
      push(start, i + 1, 'quote');
      i++;
      continue;
    }
    if (code === 46 && next === 46 && text.charCodeAt(i + 2) === 46) {
      push(start, i + 3, 'punct');
      i += 3;
      continue;
    }
    if (code === 45 && next === 45) {
      let j = i + 2;
      while (text.charCodeAt(j) === 45) j++;
      push(start, j, 'punct');
      i = j;
      continue;
    }
    if (mark === PUNCT) {
      push(start, i + 1, 'punct');
      i++;
      continue;
    }
    // anything else: one symbol (a surrogate pair stays whole)
    const end = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
    push(start, end, 'symbol');
    i = end;
  }
  return tokens;
}
