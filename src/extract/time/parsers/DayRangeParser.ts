/**
 * Ranges of days: "June 3-7", "June 3 to 7, 2024", "June 30-July 2", "3-7 June", "3 to 7 June
 * 2023". Each end is a date of its own: "June 3" and "7" (the month, and the year when one is
 * written after the range, belong to both ends). "June 3 and 4" is read the same way where a
 * mark or a preposition follows ("on June 3 and 4 in Geneva"; not "June 3 and 4 soldiers …").
 */
import { cand } from '../common/build.js';
import { fmtDate } from '../common/calendar.js';
import { MONTH, monthOf, MONTH_KEYS } from '../common/lexicon.js';
import type { Candidate, Parser } from '../common/types.js';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const LINK = '\\s*(?:-|–|—|\\bto\\b|\\bthrough\\b|\\bthru\\b|\\buntil\\b|\\btill\\b|\\band\\b|\\bor\\b)\\s*';
/** after the second day of an "and"/"or" pair: where a date ends */
const PAIR_END = /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:in|at|on|for|from|with|when|after|before|during|and|to|this|last|next)\b)/;
const YEAR = '(?:,?\\s+((?:1[6-9]|20)\\d\\d)(?!\\d))?';

function end(m: RegExpExecArray, offset: number, rule: string, month: number, day: number, year: string | undefined, from: number, to: number): Candidate {
  const fields = year
    ? { value: fmtDate({ y: Number(year), m: month, d: day }), confidence: 0.93, anchorable: true }
    : { rel: { kind: 'month' as const, month, day }, confidence: 0.88, anchorable: true };
  return cand(m, offset, rule, 'DATE', fields, [from, to]);
}

export const DayRangeParser: Parser = {
  name: 'DayRangeParser',
  pattern: new RegExp(
    // month first: "June 3-7", "June 30-July 2" (groups 1-5); day first: "3-7 June" (groups 6-9)
    `\\b(${MONTH})\\s+${DAY}(${LINK})(?:(${MONTH})\\s+)?${DAY}(?![\\d:.,]\\d|\\s*%|[\\w-])${YEAR}` +
      `|\\b${DAY}(${LINK})${DAY}\\s+(?:of\\s+)?(${MONTH})(?![\\w-])${YEAR}`,
    'gid',
  ),
  keys: [MONTH_KEYS],
  extract(m, offset, ctx) {
    const at = (g: number): number => (m.indices?.[g]?.[0] ?? 0) - m.index;
    const month1 = m[1] ? monthOf(m[1]) : monthOf(m[10]);
    if (!month1 || !/^[A-Z]/.test(m[1] ?? m[10])) return null;
    const link = (m[1] ? m[3] : m[8]).trim().toLowerCase();
    const after = ctx.text.slice(offset + m.index + m[0].length, offset + m.index + m[0].length + 12);
    if ((link === 'and' || link === 'or') && !PAIR_END.test(after)) return null;
    if (m[1]) {
      const d1 = Number(m[2]);
      const month2 = m[4] ? monthOf(m[4]) : month1;
      const d2 = Number(m[5]);
      if (!month2 || (m[4] && !/^[A-Z]/.test(m[4])) || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) return null;
      // within one month the days go up ("June 3-7"; not "June 7-3", nor a score "May 2-1")
      if (!m[4] && d2 <= d1) return null;
      return [end(m, offset, this.name, month1, d1, m[6], 0, at(3)), end(m, offset, this.name, month2, d2, m[6], at(m[4] ? 4 : 5), m[0].length)];
    }
    const d1 = Number(m[7]);
    const d2 = Number(m[9]);
    if (d1 < 1 || d2 > 31 || d2 <= d1) return null;
    return [end(m, offset, this.name, month1, d1, m[11], 0, at(8)), end(m, offset, this.name, month1, d2, m[11], at(9), m[0].length)];
  },
};
