/**
 * Paragraphs and sentences over the token stream, with offsets.
 *
 * Paragraphs are separated by blank lines. A sentence ends at a full stop, question or
 * exclamation mark (with any closing quotes and brackets after it) when what follows opens a
 * sentence, at a paragraph break, and at a line break after a short, headline-like line.
 */
import type { Sentence, Span, Token } from '../model/types.js';
import { NON_FINAL } from './abbreviations.js';
import { capitalized } from './tokenize.js';

/**
 * A paragraph break: a blank line, or a single line break before a transcript's speaker label
 * ("Q:", "A:", "MR. KIRBY:", "SEN. JANE FERRIS:", "THE PRESIDENT:"), which opens a turn of its
 * own however the transcript was laid out. Only labels that can be nothing else: a line opening
 * with "BREAKING:", "RELATED:" or "EDITOR'S NOTE:" stays where it is.
 */
const TITLE_LABEL = "(?:MR|MRS|MS|DR|SEN|REP|GOV|SEC|PRES|GEN|ADM|AMB|PROF|REV)\\.? [A-Z][A-Z'’-]+(?: [A-Z][A-Z.'’-]*){0,3}";
const OFFICE_LABEL = 'THE (?:PRESIDENT|VICE PRESIDENT|FIRST LADY|PRIME MINISTER|SECRETARY|MODERATOR|CHAIR|CHAIRMAN|CHAIRWOMAN)|MODERATOR|INTERVIEWER';
const PARA_RE = new RegExp(`\\n[ \\t\\r\\f\\v]*\\n\\s*|\\n[ \\t]*(?=(?:Q|A|${TITLE_LABEL}|${OFFICE_LABEL})[ \\t]*:[ \\t]*[^\\s\\d])`, 'g');

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

const OPENERS = new Set(['"', '“', '‘', "'", '``', '(', '[', '«', '‹', '„']);

/** Whether token t is a full stop, question or exclamation mark, or an ellipsis: . ! ? … ... */
function isTerminal(text: string, t: Token): boolean {
  const len = t.end - t.start;
  const c = text.charCodeAt(t.start);
  if (len === 1) return c === 46 || c === 33 || c === 63 || c === 0x2026;
  // (one call for every three-letter token, not a test of a second char made first late in a run)
  return len === 3 && text.startsWith('...', t.start);
}

/** Whether token t is a closing quotation mark or bracket: " ” ’ ' '' ) ] » › */
function isCloser(text: string, t: Token): boolean {
  const len = t.end - t.start;
  const c = text.charCodeAt(t.start);
  if (len === 1) return c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93 || c === 0xbb || c === 0x203a;
  return len === 2 && text.startsWith("''", t.start);
}

/**
 * What a token's first char says of whether the token can open a sentence, as bits: OPENS_FIRST
 * it can whatever follows the char (an upper-case letter, a digit, a dash or bullet),
 * OPENS_ALONE it can when it is the whole token (those, and an opening quote or bracket). One
 * table lookup instead of a chain of tests.
 */
const OPENS_FIRST = 1;
const OPENS_ALONE = 2;
const OPENS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const s = String.fromCharCode(c);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && s !== s.toLowerCase()) || s === '-' || s === '—' || s === '•') OPENS[c] = OPENS_FIRST | OPENS_ALONE;
  else if (OPENERS.has(s)) OPENS[c] = OPENS_ALONE;
}

/** Per char: the char itself if two of it make a token that opens a sentence (` and '), else -2. */
const DOUBLED = new Int32Array(0x10000).fill(-2);
DOUBLED[96] = 96;
DOUBLED[39] = 39;

function startsSentence(text: string, t: Token | undefined): boolean {
  if (!t) return true;
  // worked out the same way for every token, both tests made whatever the first says: no test
  // first made late in a long run (which would discard the optimized code of the caller)
  const len = t.end - t.start;
  const c = text.charCodeAt(t.start);
  const opens = (OPENS[c] & (len === 1 ? OPENS_ALONE : OPENS_FIRST)) !== 0;
  // "``", and two straight single quotes ('') that stand for a double mark in some newsrooms'
  // copy: one that does not touch the stop before it opens the next sentence, as a lone '"' does
  const doubled = DOUBLED[c] === (len === 2 ? text.charCodeAt(t.start + 1) : -1);
  return opens || doubled;
}

/** Whether a line break lies in text[from, to). */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
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
      let boundaryAfter = -1;
      if (isTerminal(text, t)) {
        let k = j + 1;
        while (k < n && tokens[k].start < para.end && isCloser(text, tokens[k])) {
          // a closing mark must touch the terminal mark (no space) to belong to this sentence
          if (tokens[k].start !== tokens[k - 1].end) break;
          k++;
        }
        const next = k < n && tokens[k].start < para.end ? tokens[k] : undefined;
        // "$28.4million", "example.com": a mark touching the next word is not a full stop (the kind
        // read first: it is read for every next token, not first late in a run when one touches)
        const touching = next !== undefined && next.kind !== 'quote' && next.start === tokens[k - 1].end;
        if (!next || (!touching && startsSentence(text, next))) boundaryAfter = k - 1;
      } else if (t.kind === 'word' && t.end - t.start > 1 && text.charCodeAt(t.end - 1) === 46) {
        // abbreviation with its dot: a boundary only if it can end a sentence and a sentence follows
        const bare = text.slice(t.start, t.end - 1);
        const next = j + 1 < n && tokens[j + 1].start < para.end ? tokens[j + 1] : undefined;
        if (next && !NON_FINAL.has(bare) && !NON_FINAL.has(capitalized(bare)) && bare.length > 1 && isSentenceOpener(text, next)) boundaryAfter = j;
      }
      if (boundaryAfter < 0 && j + 1 < n && tokens[j + 1].start < para.end) {
        // a line break inside a paragraph after a short line without final punctuation (headlines, datelines)
        if (hasNewline(text, t.end, tokens[j + 1].start)) {
          const lineLen = t.end - Math.max(text.lastIndexOf('\n', t.start) + 1, tokens[sentStart].start);
          const last = text.charCodeAt(t.end - 1);
          if (lineLen < 70 && startsSentence(text, tokens[j + 1]) && last !== 44 && last !== 59 && last !== 58) boundaryAfter = j;
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
