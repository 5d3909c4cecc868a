/**
 * Paragraphs and sentences over the token stream, with offsets.
 *
 * Paragraphs are separated by blank lines. A sentence ends at a full stop, question or
 * exclamation mark (with any closing quotes and brackets after it) when what follows opens a
 * sentence, at a paragraph break, and at a line break after a short, headline-like line.
 */
import type { Sentence, Span, Token } from '../model/types.js';
import { NON_FINAL } from './abbreviations.js';

const PARA_RE = /\n[ \t\r\f\v]*\n\s*/g;

export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  PARA_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PARA_RE.exec(text)) !== null) {
    pushTrimmed(text, start, m.index, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 160;
}

const TERMINAL = new Set(['.', '!', '?', '…', '...']);
const CLOSERS = new Set(['"', '”', '’', "'", "''", ')', ']', '»', '›']);
const OPENERS = new Set(['"', '“', '‘', "'", '``', '(', '[', '«', '‹', '„']);

function startsSentence(text: string, t: Token | undefined): boolean {
  if (!t) return true;
  const c = text.charCodeAt(t.start);
  // upper-case letter (ASCII fast path, then Unicode), digit, or an opening mark
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return true;
  const s = text[t.start];
  if (OPENERS.has(text.slice(t.start, t.end))) return true;
  if (c > 127 && s !== s.toLowerCase()) return true;
  return s === '-' || s === '—' || s === '•';
}

export function sentences(text: string, tokens: Token[], paras: Span[]): Sentence[] {
  const out: Sentence[] = [];
  let p = 0;
  let i = 0;
  const n = tokens.length;
  while (i < n && p < paras.length) {
    // tokens of paragraph p
    const para = paras[p];
    while (i < n && tokens[i].end <= para.start) i++;
    let sentStart = i;
    let j = i;
    while (j < n && tokens[j].start < para.end) {
      const t = tokens[j];
      const tt = text.slice(t.start, t.end);
      let boundaryAfter = -1;
      if (TERMINAL.has(tt)) {
        let k = j + 1;
        while (k < n && tokens[k].start < para.end && CLOSERS.has(text.slice(tokens[k].start, tokens[k].end))) {
          // a closing mark must touch the terminal mark (no space) to belong to this sentence
          if (tokens[k].start !== tokens[k - 1].end) break;
          k++;
        }
        const next = k < n && tokens[k].start < para.end ? tokens[k] : undefined;
        // "$28.4million", "example.com": a mark touching the next word is not a full stop
        const touching = next !== undefined && next.start === tokens[k - 1].end && next.kind !== 'quote';
        if (!next || (!touching && startsSentence(text, next))) boundaryAfter = k - 1;
      } else if (t.kind === 'word' && tt.endsWith('.') && tt.length > 1) {
        // abbreviation with its dot: a boundary only if it can end a sentence and a sentence follows
        const bare = tt.slice(0, -1);
        const next = j + 1 < n && tokens[j + 1].start < para.end ? tokens[j + 1] : undefined;
        if (next && !NON_FINAL.has(bare) && bare.length > 1 && isSentenceOpener(text, next)) boundaryAfter = j;
      }
      if (boundaryAfter < 0 && j + 1 < n && tokens[j + 1].start < para.end) {
        // a line break inside a paragraph after a short line without final punctuation (headlines, datelines)
        const gap = text.slice(t.end, tokens[j + 1].start);
        if (gap.includes('\n')) {
          const lineLen = t.end - Math.max(text.lastIndexOf('\n', t.start) + 1, tokens[sentStart].start);
          if (lineLen < 70 && startsSentence(text, tokens[j + 1]) && !/[,;:]$/.test(tt)) boundaryAfter = j;
        }
      }
      if (boundaryAfter >= 0) {
        out.push(mkSentence(tokens, sentStart, boundaryAfter + 1, p));
        j = boundaryAfter + 1;
        sentStart = j;
        continue;
      }
      j++;
    }
    if (j > sentStart) out.push(mkSentence(tokens, sentStart, j, p));
    i = j;
    p++;
  }
  return out;
}

const OPENER_WORDS = new Set(
  'The A An He She It They We I In On At But And This That These Those His Her Its Their Our As After When While If Mr Mrs Ms Dr'.split(' '),
);

function isSentenceOpener(text: string, t: Token): boolean {
  const w = text.slice(t.start, t.end).replace(/\.$/, '');
  return OPENER_WORDS.has(w) || OPENERS.has(w);
}

function mkSentence(tokens: Token[], a: number, b: number, paragraph: number): Sentence {
  return { start: tokens[a].start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b, paragraph };
}
