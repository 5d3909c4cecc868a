/**
 * The time lexicons (`../data/*.tsv`), loaded once, and the regular-expression fragments built
 * from them. Every parser composes its pattern from these fragments, so a word added to a data
 * file is known to every rule.
 */
import { readData, readLexicon } from '../../../data.js';
import type { Unit } from './types.js';

function readTsv(file: string): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const line of readData(`extract/time/data/${file}`).split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [k, v, w] = line.split('\t');
    rows.push([k.trim().toLowerCase(), (v ?? '').trim() + (w ? `\t${w.trim()}` : '')]);
  }
  return rows;
}

function toMap<T>(rows: Array<[string, string]>, f: (v: string) => T): ReadonlyMap<string, T> {
  return new Map(rows.map(([k, v]) => [k, f(v)]));
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** An alternation of the words, longest first, so that "sept" wins over "sep". */
export function alt(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(esc).join('|');
}

export const MONTHS = toMap(readTsv('months.tsv'), Number);
export const WEEKDAYS = toMap(readTsv('weekdays.tsv'), Number);
/** number words; NaN for vague amounts ("several") */
export const NUMBERS = toMap(readTsv('numbers.tsv'), (v) => (v === 'X' ? NaN : Number(v)));
export const ORDINALS = toMap(readTsv('ordinals.tsv'), Number);
export const UNITS = toMap(readTsv('units.tsv'), (v) => v as Unit);
export const TENSE = toMap(readTsv('tense.tsv'), (v) => v.split('\t')[0] as 'past' | 'future' | 'present');
/** tense cues that count only when nothing stronger is near ("said", "until") */
export const WEAK_TENSE: ReadonlySet<string> = new Set(readTsv('tense.tsv').filter(([, v]) => v.endsWith('\tweak')).map(([k]) => k));
export const HOLIDAYS = toMap(readTsv('holidays.tsv'), (v) => v);
/** movable holidays → rule ("11 4 4 0": 4th Thursday of November; "easter -2") */
export const MOVABLE_HOLIDAYS = toMap(readTsv('movable-holidays.tsv'), (v) => v);
/** verbs that report a statement (`data/reporting.txt`) */
export const REPORTING: ReadonlySet<string> = new Set(readLexicon('extract/time/data/reporting.txt').map((w) => w.toLowerCase()));

const longMonths = [...MONTHS].filter(([k]) => k.length > 3 || k === 'may').map(([k]) => k);
const shortMonths = [...MONTHS].filter(([k]) => k.length <= 4 && k !== 'may' && k !== 'june' && k !== 'july').map(([k]) => k);
/** a month name: full, or abbreviated with an optional dot ("Sept.", "Feb") */
export const MONTH = `(?:(?:${alt(longMonths)})|(?:${alt(shortMonths)})\\.?)`;
const fullDays = [...WEEKDAYS].filter(([k]) => k.endsWith('day')).map(([k]) => k);
const shortDays = [...WEEKDAYS].filter(([k]) => !k.endsWith('day')).map(([k]) => k);
/** a weekday name, full or abbreviated with a dot ("Thu.") */
export const WEEKDAY = `(?:(?:${alt(fullDays)})|(?:${alt(shortDays)})\\.)`;
export const FULL_WEEKDAY = `(?:${alt(fullDays)})`;
/** Keys (see `Parser.keys`) of a full weekday name. */
export const FULL_WEEKDAY_KEYS: readonly string[] = fullDays;

const numberWords = [...NUMBERS.keys()].filter((k) => !/^(a|an|some|many|few)$/.test(k));
/** a cardinal: digits, number words ("twenty-four", "a couple of", "several") */
export const CARDINAL = `(?:\\d+(?:[.,]\\d+)?(?:\\s+\\d/\\d)?|(?:(?:${alt(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'])})[-\\s](?:one|two|three|four|five|six|seven|eight|nine))|${alt(numberWords)})`;
/** a cardinal or the article / vague quantifiers that may stand for one */
export const QUANT = `(?:${CARDINAL}|an?|some|many|few)`;
export const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${alt(ORDINALS.keys())})`;

const unitWords = [...UNITS.keys()];
const plural = (u: string): string => (u === 'century' ? 'centuries' : u === 'millennium' ? 'millennia' : `${u}s`);
/** a unit, singular or plural */
export const UNIT = `(?:${alt([...unitWords.map(plural), ...unitWords])})`;

/** A key (see `Parser.keys`) that stands for any digit 0–9. */
export const DIGIT = '0-9';

/**
 * Keys (see `Parser.keys`) of a lexicon word as the patterns spell it: its longest run between
 * white spaces (which may vary), with each apostrophe as either ' or ’.
 */
export function literals(word: string): string[] {
  const run = word
    .toLowerCase()
    .split(/\s+/)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  let out = [''];
  for (const ch of run) out = ch === "'" ? out.flatMap((k) => [`${k}'`, `${k}’`]) : out.map((k) => k + ch);
  return out;
}

/** Keys of a month name: every month word of `MONTHS` starts with one of these three letters. */
export const MONTH_KEYS: readonly string[] = [...new Set([...MONTHS.keys()].map((k) => k.slice(0, 3)))];
/** Keys of an ordinal written as a word or as digits ("3rd"). */
export const ORDINAL_KEYS: readonly string[] = [DIGIT, ...new Set([...ORDINALS.keys()].flatMap(literals))];
/** Keys of a unit word, singular or plural ("centur" covers century and centuries). */
export const UNIT_KEYS: readonly string[] = [...new Set(unitWords.map((u) => (u === 'century' ? 'centur' : u === 'millennium' ? 'millenni' : u)))];

/** Unit code of a unit word, singular or plural. */
export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase();
  return UNITS.get(w) ?? UNITS.get(w.replace(/s$/, '')) ?? (w === 'centuries' ? 'CE' : w === 'millennia' ? 'ML' : undefined);
}

/** Value of a cardinal phrase: a number, NaN for vague ones ("several"), undefined if unknown. */
export function numberOf(phrase: string): number | undefined {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(p)) {
    const m = /^(\d+(?:\.\d+)?)(?: (\d)\/(\d))?$/.exec(p.replace(/,/g, ''));
    if (!m) return undefined;
    return Number(m[1]) + (m[2] ? Number(m[2]) / Number(m[3]) : 0);
  }
  const direct = NUMBERS.get(p);
  if (direct !== undefined) return direct;
  const parts = p.split(/[-\s]/);
  if (parts.length === 2) {
    const a = NUMBERS.get(parts[0]);
    const b = NUMBERS.get(parts[1]);
    if (a !== undefined && b !== undefined && a >= 20 && b < 10) return a + b;
  }
  return undefined;
}

export function monthOf(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
}
export function weekdayOf(word: string): number | undefined {
  return WEEKDAYS.get(word.toLowerCase().replace(/\.$/, '').replace(/['’]s$/, ''));
}
export function ordinalOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const d = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  return d ? Number(d[1]) : ORDINALS.get(w);
}
