/**
 * "three days", "a decade", "the past two years", "the next several months", "a mere 24 hours",
 * "90-day", "two more weeks", "several days": an amount of time (TIMEX3 DURATION, "P3D").
 * "$5 a year", "twice a day" are frequencies (SET).
 */
import { cand, copyCand, duration } from '../common/build.js';
import { QUANT, numberOf, unitOf, UNIT_KEYS } from '../common/lexicon.js';
import type { Parser } from '../common/types.js';

const UNITS = 'seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century|millennia|millennium';
const LEAD = '(?:the|a|an|another|its|their|his|her|our|those|these)';
const ADJ = '(?:past|last|next|first|final|coming|previous|following|initial|remaining|recent|mere|full|additional|further|other|latest|same|preceding|ensuing|subsequent)';

/** before "last" as a verb ("will last 90 days", "expected to last two weeks", "could last years") */
const LAST_VERB = /\b(?:will|would|could|can|may|might|must|should|to|not|cannot|'ll|did|does|do)\s+$/i;

/** "two to three weeks", "the next 12 to 18 months": the first number of a range, just before */
const RANGE_BEFORE = new RegExp(`(?:\\b(?:the|a)\\s+)?(?:\\b(${ADJ})\\s+)?\\b(?:${QUANT})\\s+(?:to|or)\\s+$`, 'i');

export const DurationParser: Parser = {
  name: 'DurationParser',
  pattern: new RegExp(
    `\\b(?:(${LEAD})\\s+)?(?:(${ADJ})\\s+)?(${QUANT}|a\\s+few|a\\s+couple\\s+of|a\\s+couple)(?:\\s+|-)(?:(?:more|full|additional|consecutive|straight|long|whole|extra)\\s+)?(${UNITS})(?:['’](?!s))?(?![\\w-]|-old|-(?:year|month|day|week)-old)(\\s+old\\b)?`,
    'gi',
  ),
  keys: [UNIT_KEYS.map((k) => ` ${k}`)],
  extract(m, offset, ctx) {
    let n = numberOf(m[3]);
    const unit = unitOf(m[4]);
    if (n === undefined || !unit) return null;
    const abs = offset + m.index;
    const before = ctx.text.slice(Math.max(0, abs - 14), abs);
    const lead = m[1]?.toLowerCase();
    // "three-quarters", "two-thirds": fractions, not durations (a hyphenated unit is singular: "three-month")
    if (/-[a-z]+s$/i.test(m[0].replace(/['’]$/, ''))) return null;
    // ages: "89 years old", "6 months and older", "a 22-year-old"
    if (m[5] || /^\s+(?:and\s+)?(?:older|younger|of\s+age)\b/i.test(ctx.text.slice(abs + m[0].length, abs + m[0].length + 16))) return null;
    const adj = m[2]?.toLowerCase();
    // "per year" / "$5 a year" / "twice a week" / "10 times a day": frequencies
    if (!lead && !adj && /^an?$/i.test(m[3]) && /(?:\d|%|percent|times|once|twice|thrice|cents?|dollars?|euros?|pounds?|billion|million)\s*$/i.test(before))
      return cand(m, offset, this.name, 'SET', { value: duration(1, unit), confidence: 0.8 });
    // "the first day" is a date-like ordinal, "a day" after "the" is odd: keep counts only
    if (/^(?:the|its|their|his|her|our)$/.test(lead ?? '') && /^an?$/i.test(m[3])) return null;
    // a lone "second" / "minute" next to a number word is often not a duration ("one second thought")
    if (unit === 'S' && /^an?$/i.test(m[3])) return null;
    if (m[3].toLowerCase() === 'a' && /^(?:hundreds?|thousands?)$/.test(m[4])) return null;
    // "a year" after "a" adjective like "another": fine; "next year", "last month" belong to RelativeUnitParser
    if (!/^\d/.test(m[3]) && /^(?:some|many|few)$/i.test(m[3]) && !adj && !lead) {
      if (!/s$/i.test(m[4])) return null;
    }
    if (/^an?$/i.test(m[3]) && /s$/i.test(m[4]) && m[4].toLowerCase() !== 'hours') return null;
    if (Number.isNaN(n) && !/s$/i.test(m[4])) n = NaN;
    // TimeML leaves out possessives ("its two-year term") and the article of an adjectival
    // duration ("a 16-hour flight" → "16-hour")
    let from = 0;
    // "will last 90 days", "to last two weeks": the verb "last", not the adjective
    if (!lead && adj === 'last' && LAST_VERB.test(before)) {
      from = m[2].length;
      while (/\s/.test(m[0][from])) from++;
    }
    if (lead && (/^(?:its|their|his|her|our)$/.test(lead) || (/^an?$/.test(lead) && /^[^\s-]+-/.test(m[0].slice(m[1].length).trimStart())))) {
      from = m[0].indexOf(m[1]) + m[1].length;
      while (/\s/.test(m[0][from])) from++;
    }
    if (!lead && !adj && /^[\d\w]/.test(m[3]) && !/^an?$/i.test(m[3])) {
      // a range of amounts is one expression valued by its lower bound, as TimeBank does:
      // "two to three weeks" → P2W; with no readable lower bound, an unknown amount (PXW)
      const r = RANGE_BEFORE.exec(ctx.text.slice(Math.max(0, abs - 40), abs));
      if (r) {
        const low = numberOf(/(\S+)\s+(?:to|or)\s+$/i.exec(r[0])?.[1] ?? '');
        const c = cand(m, offset, this.name, 'DURATION', { value: duration(r[1] || low === undefined ? NaN : low, unit), confidence: 0.85 });
        return copyCand(c, { start: abs - r[0].length });
      }
    }
    return cand(m, offset, this.name, 'DURATION', { value: duration(n, unit), confidence: 0.88 }, from ? [from, m[0].length] : undefined);
  },
};
