/**
 * Runs the rules of `config.ts` over a document. A first cheap scan finds trigger words (month
 * and weekday names, time units, years, deictic words); the parsers then run only over small
 * windows around them, so text without any time word costs one regular-expression pass.
 */
import type { TimeExpr, Token } from '../../model/types.js';
import { PARSERS, REFINERS } from './config.js';
import { parseIsoDate } from './common/calendar.js';
import { DIGIT, MONTH, MONTHS, UNIT, UNITS, WEEKDAY, WEEKDAYS, alt, HOLIDAYS, MOVABLE_HOLIDAYS } from './common/lexicon.js';
import type { Candidate, Context, Parser, Refiner } from './common/types.js';
import type { Doc } from '../../model/doc.js';
import { tokenTypes, typeCount, typeGeneration } from '../../text/types.js';

const WORDS = [
  'today', 'tonight', 'yesterday', 'tomorrow', 'now', 'currently', 'nowadays', 'recently', 'lately', 'previously', 'formerly',
  'past', 'present', 'future', 'soon', 'time', 'daily', 'hourly', 'nightly', 'weekly', 'monthly', 'quarterly', 'annually',
  'yearly', 'biannually', 'biennially', 'spring', 'summer', 'fall', 'autumn', 'winter', 'quarter', 'half', 'noon', 'midnight',
  'midday', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'days', 'twenties', 'thirties', 'forties', 'fifties',
  'sixties', 'seventies', 'eighties', 'nineties', ...MOVABLE_HOLIDAYS.keys(), 'fiscal', 'later', 'period', 'near', 'seventeen', 'eighteen', 'nineteen', 'thousand', ...HOLIDAYS.keys(),
];
const TRIGGER = new RegExp(
  `\\b(?:${MONTH}|${WEEKDAY}|${UNIT}|${alt(WORDS).replace(/'/g, "['’]")})\\b|\\b(?:1[0-9]|20)\\d\\d|\\b\\d{1,2}(?:[:.]\\d\\d)?\\s*[ap]\\.?m|\\b\\d\\d?:\\d\\d|['’]\\d0s|\\bQ[1-4]\\b|\\d{4}-\\d\\d-\\d\\d`,
  'gi',
);
const WINDOW = 36;
const NUMERIC_DATE = /^(?:\d{1,4}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}\/\d{1,2})$/;
/** "80s" of "the '80s" */
const DECADE = /^\d0s$/;
const CLOSE_CLOCK = /^(?:\d{1,2}(?:[:.]\d\d)?[ap]\.?m\.?|(?:[01]?\d|2[0-3])\.[0-5]\d|[0-2]\d[0-5]\d)$/i;

/** The same triggers as a set of lowercased words, for the token walk. */
const TRIGGER_WORDS: ReadonlySet<string> = new Set(
  [
    ...MONTHS.keys(),
    ...WEEKDAYS.keys(),
    // (plural weekdays: "on Sundays", a recurring day)
    ...[...WEEKDAYS.keys()].filter((d) => d.length > 3 && d.endsWith('day')).map((d) => `${d}s`),
    ...UNITS.keys(),
    ...[...UNITS.keys()].map((u) => `${u}s`),
    'centuries',
    'millennia',
    'q1',
    'q2',
    'q3',
    'q4',
    'am',
    'pm',
    'a.m.',
    'p.m.',
    'a.m',
    'p.m',
    ...WORDS.flatMap((w) => w.split(/\s+/)).filter((w) => !/^(?:new|eve|day|good|palm|ash|martin|luther|king|sunday|monday)$/.test(w)),
  ].map((w) => w.toLowerCase()),
);

/**
 * A filter before the word test: a table indexed by a hash of the lower-cased ASCII word, set
 * for every trigger word. A word whose slot is clear is no trigger; one whose slot is set (or
 * with a hyphen, a dot or a non-ASCII letter) gets the full test.
 */
const SLOTS = 1 << 13;
const MAYBE_TRIGGER = new Uint8Array(SLOTS);
for (const w of TRIGGER_WORDS) MAYBE_TRIGGER[asciiLowerHash(w, 0, w.length)] = 1;

/** Slot of `s[start, end)` lower-cased, or -1 if it has a character beyond ASCII letters, digits and apostrophes. */
function asciiLowerHash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39)) return -1;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return (h ^ (h >>> 13)) & (SLOTS - 1);
}

/**
 * A cheaper filter first: the lengths of the trigger words by their first two letters (bit
 * `length`, bit 0 for 16 and more). The trigger words are ASCII, so a word that lower-cases to
 * one has that word's length and first two letters.
 */
const PREFIX_LENGTHS = new Uint16Array(26 * 26);
const lengthBit = (n: number): number => (n < 16 ? 1 << n : 1);
const ASCII_TRIGGERS = [...TRIGGER_WORDS].every((w) => [...w].every((ch) => ch.charCodeAt(0) < 128));
for (const w of TRIGGER_WORDS) {
  const a = w.charCodeAt(0) - 97;
  const b = w.charCodeAt(1) - 97;
  if (a >= 0 && a < 26 && b >= 0 && b < 26) PREFIX_LENGTHS[a * 26 + b] |= lengthBit(w.length);
}

/**
 * Whether token t is a trigger word or number. `hyphen`: the first "-" at or after t.start
 * (the text's length when none), so that the cheap filter needs no scan of the word.
 */
function isTriggerToken(text: string, t: Token, hyphen: number): boolean {
  const c = text.charCodeAt(t.start);
  if (c >= 48 && c <= 57) {
    // numbers: years (1000–2099, "1990s", "2025-07-03") and clock times ("14:00", "5.30")
    const len = t.end - t.start;
    if (len >= 4 && (c === 49 || (c === 50 && text.charCodeAt(t.start + 1) === 48))) {
      const d3 = text.charCodeAt(t.start + 3);
      if (d3 >= 48 && d3 <= 57 && (len === 4 || !/\d/.test(text[t.start + 4]))) return true;
    }
    for (let i = t.start + 1; i < t.end; i++) if (text.charCodeAt(i) === 58) return true;
    // dates written as numbers ("2/24/2022", "24.02.2022", "2024/05/03"), clock times written
    // close ("5pm", "11.05am", "10.30", "0630 GMT") and decades ("’80s")
    if (len < 3) return false;
    const w = text.slice(t.start, t.end);
    return NUMERIC_DATE.test(w) || CLOSE_CLOCK.test(w) || DECADE.test(w);
  }
  if (t.kind !== 'word') return false;
  const len = t.end - t.start;
  // "FY2024": a fiscal year written as one word
  if (len >= 6 && (c === 70 || c === 102) && /^fy(?:19|20)\d\d$/i.test(text.slice(t.start, t.end))) return true;
  if (len >= 2 && ASCII_TRIGGERS) {
    // a word of two ASCII letters or more, without a final dot or a hyphen: its length and first letters must fit
    const a = (c | 32) - 97;
    const b = (text.charCodeAt(t.start + 1) | 32) - 97;
    if (a >= 0 && a < 26 && b >= 0 && b < 26 && (PREFIX_LENGTHS[a * 26 + b] & lengthBit(len)) === 0 && hyphen >= t.end && text.charCodeAt(t.end - 1) !== 46) return false;
  }
  const slot = asciiLowerHash(text, t.start, t.end);
  if (slot >= 0 && MAYBE_TRIGGER[slot] === 0) return false;
  let w = text.slice(t.start, t.end).toLowerCase();
  if (w.endsWith('.') && !w.endsWith('m.')) w = w.slice(0, -1);
  if (TRIGGER_WORDS.has(w)) return true;
  const h = w.indexOf('-');
  // "year-end", "mid-1996", "post-1959"
  return h > 0 && (TRIGGER_WORDS.has(w.slice(h + 1)) || TRIGGER_WORDS.has(w.slice(0, h)) || /^(?:1\d|20)\d\d/.test(w.slice(h + 1)));
}

/** Per token type (text/types.ts, generation `byTypeGen`): 0 not yet tested, 1 no trigger, 2 a trigger. */
let byType = new Uint8Array(0);
let byTypeGen = -1;

/**
 * Windows around trigger tokens (when the text layer has run); same contract as `triggerWindows`.
 * With `types` (the tokens' type numbers, text/types.ts), each token type is tested once.
 */
export function tokenWindows(text: string, tokens: readonly Token[], types?: Int32Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (types) {
    const size = typeCount();
    if (byTypeGen !== typeGeneration()) {
      // room for a full table of token types (text/types.ts starts over at 2^18): growing, first
      // needed a few articles into a run, cost the optimized code a deopt and a recompile
      byType = new Uint8Array(Math.max(1 << 18, size * 2));
      byTypeGen = typeGeneration();
    } else if (byType.length < size) {
      const b = new Uint8Array(Math.max(size, byType.length * 2));
      b.set(byType);
      byType = b;
    }
  }
  let hyphen = -1;
  for (let i = 0; i < tokens.length; i++) {
    let hit: boolean;
    const ty = types ? types[i] : -1;
    const known = ty >= 0 ? byType[ty] : 0;
    if (known !== 0) hit = known === 2;
    else {
      const t = tokens[i];
      if (hyphen < t.start) {
        hyphen = text.indexOf('-', t.start);
        if (hyphen < 0) hyphen = text.length;
      }
      // the answer depends on the token's text and kind alone (`hyphen` only spares a scan of the word)
      hit = isTriggerToken(text, t, hyphen);
      if (ty >= 0) byType[ty] = hit ? 2 : 1;
    }
    if (hit) addWindow(out, text, tokens[i].start, tokens[i].end);
  }
  return out;
}

/** Adds the window around `[start, end)`, widened by WINDOW to whitespace, merged with the last one when they touch. */
function addWindow(out: Array<[number, number]>, text: string, start: number, end: number): void {
  let s = Math.max(0, start - WINDOW);
  let e = Math.min(text.length, end + WINDOW);
  while (s > 0 && !isWhite(text.charCodeAt(s - 1))) s--;
  while (e < text.length && !isWhite(text.charCodeAt(e))) e++;
  const last = out[out.length - 1];
  if (last && s <= last[1]) last[1] = Math.max(last[1], e);
  else out.push([s, e]);
}

/** Whether a UTF-16 code unit is white space as `\s` has it (line terminators, Unicode spaces, the BOM). */
function isWhite(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Windows `[start, end)` around trigger words, merged and widened to whitespace. */
export function triggerWindows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(text)) !== null) addWindow(out, text, m.index, m.index + m[0].length);
  return out;
}

/**
 * The characters and character pairs present in the current window, for the `Parser.keys`
 * test: a key can be in the window only if each of its pairs (or, for a one-character key, the
 * character) is. Characters fall in 38 classes (a–z either case, 0–9, "-", anything else); a
 * slot holds the number of the window that last had the pair or character.
 */
const NCLS = 38;
const OTHER = 37;
const CHAR_CLASS = new Uint8Array(128).fill(OTHER);
for (let c = 0; c < 26; c++) CHAR_CLASS[97 + c] = CHAR_CLASS[65 + c] = c;
for (let c = 0; c < 10; c++) CHAR_CLASS[48 + c] = 26 + c;
CHAR_CLASS[45] = 36;
const PAIRS = new Uint32Array(NCLS * NCLS);
const SINGLES = new Uint32Array(NCLS);
let windowNo = 0;
let windowDigit = false;

function classOf(code: number): number {
  return code < 128 ? CHAR_CLASS[code] : OTHER;
}

function markWindow(text: string, s: number, e: number): void {
  if (++windowNo === 0xffffffff) {
    PAIRS.fill(0);
    SINGLES.fill(0);
    windowNo = 1;
  }
  let prev = -1;
  let digit = false;
  for (let i = s; i < e; i++) {
    const c = classOf(text.charCodeAt(i));
    if (c >= 26 && c < 36) digit = true;
    SINGLES[c] = windowNo;
    if (prev >= 0) PAIRS[prev * NCLS + c] = windowNo;
    prev = c;
  }
  windowDigit = digit;
}

/**
 * A key as the slots it needs (`single` for a one-character key, else `pairs`); `null` for
 * `DIGIT`. `after`: what must stand before it (see `Parser.keys`): ' ' a white space or a
 * hyphen, '^' no word character; '' anything.
 */
type SlotKey = { key: string; after: '' | ' ' | '^'; single: number; pairs: Int32Array } | null;
const COMPILED = new WeakMap<ReadonlyArray<readonly string[]>, SlotKey[][]>();

function compileKeys(keys: ReadonlyArray<readonly string[]>): SlotKey[][] {
  let out = COMPILED.get(keys);
  if (!out) {
    out = keys.map((group) =>
      group.map((written) => {
        if (written === DIGIT) return null;
        const after = written[0] === ' ' || written[0] === '^' ? written[0] : '';
        const k = after ? written.slice(1) : written;
        const cls = [...k].map((ch) => classOf(ch.charCodeAt(0)));
        if (cls.length === 1) return { key: k, after, single: cls[0], pairs: new Int32Array(0) };
        return { key: k, after, single: -1, pairs: Int32Array.from(cls.slice(1).map((c, i) => cls[i] * NCLS + c)) };
      }),
    );
    COMPILED.set(keys, out);
  }
  return out;
}

const COMPILED_LISTS = new WeakMap<readonly Parser[], Array<SlotKey[][] | null>>();

/**
 * The compiled keys of each parser in `parsers`, made once per list: one array read by every
 * document (an array made anew per document had another map in optimized code than in the
 * interpreter, a 'wrong map' deopt of findCandidates).
 */
function compiledKeysOf(parsers: readonly Parser[]): Array<SlotKey[][] | null> {
  // (the list of the last call first: it is nearly always the same one)
  if (parsers === lastParsers && lastCompiled) return lastCompiled;
  let out = COMPILED_LISTS.get(parsers);
  if (!out) {
    out = parsers.map((p) => (p.keys ? compileKeys(p.keys) : null));
    COMPILED_LISTS.set(parsers, out);
  }
  lastParsers = parsers;
  lastCompiled = out;
  return out;
}
let lastParsers: readonly Parser[] | undefined;
let lastCompiled: Array<SlotKey[][] | null> | undefined;

const SPACE_OR_HYPHEN = /[\s-]/;
const WORD_CHAR = /\w/;

/**
 * Whether the window holds `key` (in its lower-cased text `low`), after what `after` asks for.
 * A word character is looked for in the window as written (lower-casing turns the Kelvin sign
 * into a "k"); where lower-casing changed the length, any place counts.
 */
function holds(window: { slice: string; low?: string }, key: string, after: '' | ' ' | '^'): boolean {
  const low = (window.low ??= window.slice.toLowerCase());
  if (after === '') return low.includes(key);
  const aligned = low.length === window.slice.length;
  for (let at = low.indexOf(key); at >= 0; at = low.indexOf(key, at + 1)) {
    if (after === ' ' ? at > 0 && SPACE_OR_HYPHEN.test(low[at - 1]) : at === 0 || !aligned || !WORD_CHAR.test(window.slice[at - 1])) return true;
  }
  return false;
}

/**
 * Whether the window (marked by `markWindow`) holds a key of every group (see `Parser.keys`).
 * A key whose slots are all present is confirmed on the lower-cased window text.
 */
function hasKeys(keys: SlotKey[][], window: { slice: string; low?: string }): boolean {
  for (const group of keys) {
    let hit = false;
    for (const k of group) {
      if (k === null) {
        if (windowDigit) hit = true;
      } else {
        let all = k.single < 0 || SINGLES[k.single] === windowNo;
        for (let i = 0; all && i < k.pairs.length; i++) if (PAIRS[k.pairs[i]] !== windowNo) all = false;
        if (all) hit = holds(window, k.key, k.after);
      }
      if (hit) break;
    }
    if (!hit) return false;
  }
  return true;
}

export function findCandidates(ctx: Context, parsers: readonly Parser[] = PARSERS): Candidate[] {
  const cands: Candidate[] = [];
  const windows = ctx.doc.tokens.length > 0 ? tokenWindows(ctx.text, ctx.doc.tokens, tokenTypes(ctx.doc)) : triggerWindows(ctx.text);
  const compiled = compiledKeysOf(parsers);
  for (const [s, e] of windows) {
    const slice = ctx.text.slice(s, e);
    const win: { slice: string; low?: string } = { slice };
    markWindow(ctx.text, s, e);
    for (let k = 0; k < parsers.length; k++) {
      const p = parsers[k];
      const keys = compiled[k];
      if (keys && !hasKeys(keys, win)) continue;
      const re = p.pattern;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(slice)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const got = p.extract(m, s, ctx);
        if (!got) continue;
        if (Array.isArray(got)) cands.push(...got);
        else cands.push(got);
      }
    }
  }
  return cands.sort(byPosition);
}

/** Candidates by start, the longer first (module-level, not made per call: V8 holds a closure's optimized code only weakly, and each full GC would drop it). */
function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

export function extractTimes(doc: Doc, parsers: readonly Parser[] = PARSERS, refiners: readonly Refiner[] = REFINERS): TimeExpr[] {
  const ctx: Context = { doc, text: doc.text, dct: parseIsoDate(doc.article.published) };
  let cands = findCandidates(ctx, parsers);
  for (const r of refiners) cands = r.refine(cands, ctx);
  // filled by push from one literal (not by map): V8 learns here that the list holds objects, so
  // the empty lists are object lists too and readers of doc.times meet one kind of array
  const out: TimeExpr[] = [];
  for (const c of cands) out.push({ start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), type: c.type, value: c.value!, rule: c.rule, confidence: c.confidence, mod: c.mod ? c.mod : undefined });
  return out;
}
