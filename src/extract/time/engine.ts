/**
 * Runs the rules of `config.ts` over a document. A first cheap scan finds trigger words (month
 * and weekday names, time units, years, deictic words); the parsers then run only over small
 * windows around them, so text without any time word costs one regular-expression pass.
 */
import type { TimeExpr, Token } from '../../model/types.js';
import { PARSERS, REFINERS } from './config.js';
import { parseIsoDate } from './common/calendar.js';
import { MONTH, MONTHS, UNIT, UNITS, WEEKDAY, WEEKDAYS, alt, HOLIDAYS, MOVABLE_HOLIDAYS } from './common/lexicon.js';
import type { Candidate, Context, Parser, Refiner } from './common/types.js';
import type { Doc } from '../../model/doc.js';

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

/** The same triggers as a set of lowercased words, for the token walk. */
const TRIGGER_WORDS: ReadonlySet<string> = new Set(
  [
    ...MONTHS.keys(),
    ...WEEKDAYS.keys(),
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

function isTriggerToken(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  if (c >= 48 && c <= 57) {
    // numbers: years (1000–2099, "1990s", "2025-07-03") and clock times ("14:00", "5.30")
    const len = t.end - t.start;
    if (len >= 4 && (c === 49 || (c === 50 && text.charCodeAt(t.start + 1) === 48))) {
      const d3 = text.charCodeAt(t.start + 3);
      if (d3 >= 48 && d3 <= 57 && (len === 4 || !/\d/.test(text[t.start + 4]))) return true;
    }
    for (let i = t.start + 1; i < t.end; i++) if (text.charCodeAt(i) === 58) return true;
    return false;
  }
  if (t.kind !== 'word') return false;
  let w = text.slice(t.start, t.end).toLowerCase();
  if (w.endsWith('.') && !w.endsWith('m.')) w = w.slice(0, -1);
  if (TRIGGER_WORDS.has(w)) return true;
  const h = w.indexOf('-');
  // "year-end", "mid-1996", "post-1959"
  return h > 0 && (TRIGGER_WORDS.has(w.slice(h + 1)) || TRIGGER_WORDS.has(w.slice(0, h)) || /^(?:1\d|20)\d\d/.test(w.slice(h + 1)));
}

/** Windows around trigger tokens (when the text layer has run); same contract as `triggerWindows`. */
export function tokenWindows(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const t of tokens) if (isTriggerToken(text, t)) addWindow(out, text, t.start, t.end);
  return out;
}

/** Adds the window around `[start, end)`, widened by WINDOW to whitespace, merged with the last one when they touch. */
function addWindow(out: Array<[number, number]>, text: string, start: number, end: number): void {
  let s = Math.max(0, start - WINDOW);
  let e = Math.min(text.length, end + WINDOW);
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  while (e < text.length && !/\s/.test(text[e])) e++;
  const last = out[out.length - 1];
  if (last && s <= last[1]) last[1] = Math.max(last[1], e);
  else out.push([s, e]);
}

/** Windows `[start, end)` around trigger words, merged and widened to whitespace. */
export function triggerWindows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(text)) !== null) addWindow(out, text, m.index, m.index + m[0].length);
  return out;
}

export function findCandidates(ctx: Context, parsers: readonly Parser[] = PARSERS): Candidate[] {
  const cands: Candidate[] = [];
  const windows = ctx.doc.tokens.length > 0 ? tokenWindows(ctx.text, ctx.doc.tokens) : triggerWindows(ctx.text);
  for (const [s, e] of windows) {
    const slice = ctx.text.slice(s, e);
    for (const p of parsers) {
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
  return cands.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function extractTimes(doc: Doc, parsers: readonly Parser[] = PARSERS, refiners: readonly Refiner[] = REFINERS): TimeExpr[] {
  const ctx: Context = { doc, text: doc.text, dct: parseIsoDate(doc.article.published) };
  let cands = findCandidates(ctx, parsers);
  for (const r of refiners) cands = r.refine(cands, ctx);
  return cands.map((c) => {
    const t: TimeExpr = { start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), type: c.type, value: c.value!, rule: c.rule, confidence: c.confidence };
    if (c.mod) t.mod = c.mod;
    return t;
  });
}
