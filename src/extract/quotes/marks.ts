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
    for (; t < n && tokens[t].start < para.end; t++) {
      const tok = tokens[t];
      if (tok.kind !== 'quote') continue;
      const g = text.slice(tok.start, tok.end);
      if (!isDoubleMark(g)) continue;
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
