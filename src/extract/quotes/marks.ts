/**
 * Quotation-mark regions: stretches of text between double quotation marks, with the marks'
 * roles (opening or closing) told from the characters around them, so that straight quotes
 * and curly marks typed the wrong way round both pair up. A quote that runs over several
 * paragraphs (an opening mark with no closing one, each following paragraph opening with a
 * mark) is one region.
 */
import type { Doc } from '../../model/doc.js';
import type { Token } from '../../model/types.js';

export interface Region {
  /** token index of the opening mark */
  open: number;
  /** token index of the closing mark, or -1 when the region ends at a paragraph end */
  close: number;
  /** content tokens [tokStart, tokEnd) */
  tokStart: number;
  tokEnd: number;
  /** number of word tokens inside */
  words: number;
}

export interface Marks {
  regions: Region[];
  /** per token: index of the region whose content holds it, or -1 */
  inQ: Int32Array;
  /** per token: index of the region whose mark it is (opening, inner or closing), or -1 */
  markOf: Int32Array;
}

type Role = 'open' | 'close' | 'toggle';

/**
 * The double quotation marks, each with its role when the characters around it do not tell.
 * Looked up in a map rather than compared one by one: a mark cut from the text is sometimes an
 * interned string (a lone ASCII character) and sometimes not, and each first comparison of the
 * other kind would throw away the optimized code of the caller.
 */
const DOUBLE_MARKS = new Map<string, Role>([
  ['"', 'toggle'],
  ['“', 'open'],
  ['„', 'open'],
  ['«', 'open'],
  ['``', 'open'],
  ['”', 'close'],
  ['»', 'close'],
  ["''", 'close'],
]);

function isDoubleMark(s: string): boolean {
  return DOUBLE_MARKS.has(s);
}

function freeLeft(c: number): boolean {
  // white space, line start, or an opening bracket / dash before the mark
  return c !== c || c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 40 || c === 91 || c === 123 || c === 47 || c === 0x2014 || c === 0x2013 || c === 45;
}

function freeRight(c: number): boolean {
  return (
    c !== c ||
    c === 32 || c === 10 || c === 13 || c === 9 || c === 160 ||
    c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 125 ||
    c === 0x2014 || c === 0x2013 || c === 45 || c === 0x2026
  );
}

function roleOf(text: string, start: number, end: number): Role {
  const l = freeLeft(start > 0 ? text.charCodeAt(start - 1) : NaN);
  const r = freeRight(end < text.length ? text.charCodeAt(end) : NaN);
  // the mark's own role looked up for every mark, not only when its sides do not tell: a lookup
  // first made late in a run cost the optimized caller a deopt
  const own = DOUBLE_MARKS.get(text.slice(start, end)) ?? 'toggle';
  if (l && !r) return 'open';
  if (r && !l) return 'close';
  return own;
}

/** Closes region `r` at mark `close` (-1: none) with its content ending at `tokEnd`, and adds it unless it is empty. */
function finish(M: Marks, tokens: readonly Token[], r: Region, close: number, tokEnd: number): void {
  const { regions, inQ, markOf } = M;
  r.close = close;
  r.tokEnd = tokEnd;
  // the region's number for its marks; an empty pair ("") is no region: neither of its marks may
  // point at one. (The same stores for every region, the opening mark's its number again: stores
  // made only at an empty pair, first met late in a run, cost the optimized code a deopt.)
  const at = tokEnd > r.tokStart ? regions.length : -1;
  markOf[r.open] = at;
  if (close >= 0) markOf[close] = at;
  for (let k = r.tokStart; k < tokEnd; k++) {
    if (markOf[k] < 0) inQ[k] = regions.length;
    if (tokens[k].kind === 'word' || tokens[k].kind === 'number') r.words++;
  }
  if (at >= 0) regions.push(r);
}

export function findMarks(doc: Doc): Marks {
  const { text, tokens, paragraphs } = doc;
  const n = tokens.length;
  const inQ = new Int32Array(n).fill(-1);
  const markOf = new Int32Array(n).fill(-1);
  const regions: Region[] = [];
  let cur: Region | null = null;
  let t = 0;
  const M: Marks = { regions, inQ, markOf };
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    while (t < n && tokens[t].start < para.start) t++;
    const first = t;
    // an open region carries over only when this paragraph opens with a mark
    if (cur) {
      const ft = tokens[first];
      const continues =
        ft && ft.kind === 'quote' && isDoubleMark(text.slice(ft.start, ft.end)) && roleOf(text, ft.start, ft.end) !== 'close';
      if (continues) {
        markOf[first] = regions.length;
        t = first + 1;
      } else {
        finish(M, tokens, cur, -1, first);
        cur = null;
      }
    }
    if (!cur) singleRegions(M, text, tokens, t, para.end);
    for (; t < n && tokens[t].start < para.end; t++) {
      const tok = tokens[t];
      if (tok.kind !== 'quote') continue;
      const g = text.slice(tok.start, tok.end);
      if (!isDoubleMark(g)) continue;
      // a value of a markup attribute (`<tweet author="@name" date="May 2">`): its marks quote nothing
      if (g === '"' && tok.start > 0 && text.charCodeAt(tok.start - 1) === 61) {
        const e = attributeEnd(text, tokens, t + 1, para.end);
        if (e >= 0) {
          t = e;
          continue;
        }
      }
      const role = roleOf(text, tok.start, tok.end);
      if (cur && (role === 'close' || role === 'toggle')) {
        finish(M, tokens, cur, t, t);
        cur = null;
      } else if (role === 'open' || role === 'toggle') {
        if (cur) finish(M, tokens, cur, -1, t);
        cur = { open: t, close: -1, tokStart: t + 1, tokEnd: t + 1, words: 0 };
        markOf[t] = regions.length;
      }
    }
  }
  if (cur) finish(M, tokens, cur, -1, n);
  return M;
}

/** The token of the straight mark that closes a markup attribute's value opened before token `k`, or -1 when none does before `end` (the end of the line). */
function attributeEnd(text: string, tokens: readonly Token[], k: number, end: number): number {
  for (; k < tokens.length && tokens[k].start < end; k++) {
    const tok = tokens[k];
    if (tok.kind === 'quote' && tok.end - tok.start === 1 && text.charCodeAt(tok.start) === 34) return k;
    if (text.charCodeAt(tok.start) === 10 || (k > 0 && text.slice(tokens[k - 1].end, tok.start).includes('\n'))) return -1;
  }
  return -1;
}

/** The single quotation marks (and the apostrophe, which is typed for both). */
const SINGLE_MARKS = new Set(["'", '‘', '’']);

function isLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
}

/**
 * Quotations in single marks, as British papers and headlines write them (‘We failed,’ he said;
 * calls the result ‘sobering’), in a paragraph `[t, end)` with no double mark (where there are
 * double marks, single ones are quotes inside quotes). An opening mark stands after a space or a
 * bracket and before a letter or digit (not "’90s"); a closing one after a letter or a mark and
 * before a space or a mark, and is no plural possessive ("the players’ union": an "s", then a
 * lower-case word). Each opening mark pairs with the next closing one in the paragraph; one
 * with none opens no quotation.
 */
function singleRegions(M: Marks, text: string, tokens: readonly Token[], t: number, end: number): void {
  let first = -1;
  let k = t;
  for (; k < tokens.length && tokens[k].start < end; k++) {
    const tok = tokens[k];
    if (tok.kind !== 'quote') continue;
    const g = text.slice(tok.start, tok.end);
    if (isDoubleMark(g)) return;
    if (first < 0 && SINGLE_MARKS.has(g)) first = k;
  }
  if (first < 0) return;
  let open = -1;
  for (let i = first; i < k; i++) {
    const tok = tokens[i];
    if (tok.kind !== 'quote' || !SINGLE_MARKS.has(text.slice(tok.start, tok.end))) continue;
    const before = tok.start > 0 ? text.charCodeAt(tok.start - 1) : NaN;
    const after = tok.end < text.length ? text.charCodeAt(tok.end) : NaN;
    if (open < 0) {
      if (freeLeft(before) && isLetterOrDigit(after) && !/^\d\ds\b/.test(text.slice(tok.end, tok.end + 4))) open = i;
      continue;
    }
    if (freeLeft(before) || !freeRight(after)) continue;
    if ((before === 115 || before === 83) && after === 32 && /^ [a-z]/.test(text.slice(tok.end, tok.end + 2))) continue;
    if (i > open + 1) {
      const r: Region = { open, close: -1, tokStart: open + 1, tokEnd: open + 1, words: 0 };
      M.markOf[open] = M.regions.length;
      finish(M, tokens, r, i, i);
    }
    open = -1;
  }
}
