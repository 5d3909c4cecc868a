/**
 * Years in words, as transcripts of broadcast news write them: "nineteen ninety-six",
 * "nineteen seventy-nine", "nineteen hundred", "the year two thousand", "two thousand and
 * one", "January nineteen ninety-seven". "two thousand" alone is a number unless "the year"
 * or a time preposition stands before it.
 */
import { cand } from '../common/build.js';
import { MONTH, monthOf, numberOf } from '../common/lexicon.js';
import type { Parser } from '../common/types.js';

const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const DIGITS = 'one|two|three|four|five|six|seven|eight|nine';
const CENTURY: Record<string, number> = { seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };

export const SpelledYearParser: Parser = {
  name: 'SpelledYearParser',
  pattern: new RegExp(
    `\\b(?:(the\\s+year)\\s+|(${MONTH})\\s+(?:of\\s+)?)?(?:(seventeen|eighteen|nineteen|twenty)[-\\s]+(hundred|oh[-\\s](?:${DIGITS})|${TEENS}|(?:${TENS})(?:[-\\s](?:${DIGITS}))?)|two\\s+thousand(?:\\s+(?:and\\s+)?(${TEENS}|${DIGITS}|twenty))?)\\b(?![-\\w])`,
    'gi',
  ),
  keys: [['seventeen', 'eighteen', 'nineteen', 'twenty', 'thousand']],
  extract(m, offset, ctx) {
    let year: number | undefined;
    if (m[3]) {
      const rest = m[4].toLowerCase().replace(/\s+/g, ' ');
      const tail = rest === 'hundred' ? 0 : rest.startsWith('oh') ? numberOf(rest.slice(3)) : numberOf(rest);
      if (tail === undefined || Number.isNaN(tail)) return null;
      year = CENTURY[m[3].toLowerCase()] * 100 + tail;
      // "twenty fifty", "seventeen twenty" are more often counts than years
      if (year < 1800 || year >= 2000) {
        const abs = offset + m.index;
        if (!m[1] && !m[2] && !/\b(?:in|since|by|until|till|of)\s+$/i.test(ctx.text.slice(Math.max(0, abs - 8), abs))) return null;
      }
    } else {
      const tail = m[5] ? numberOf(m[5]) : 0;
      if (tail === undefined || Number.isNaN(tail)) return null;
      year = 2000 + tail;
      const abs = offset + m.index;
      const before = ctx.text.slice(Math.max(0, abs - 8), abs);
      if (!m[1] && !m[2] && !/\b(?:in|since|by|until|till|of)\s+$/i.test(before)) return null;
    }
    if (m[2]) {
      const month = monthOf(m[2]);
      if (!month || !/^[A-Z]/.test(m[2])) return null;
      return cand(m, offset, this.name, 'DATE', { value: `${year}-${String(month).padStart(2, '0')}`, confidence: 0.9, anchorable: true });
    }
    return cand(m, offset, this.name, 'DATE', { value: String(year), confidence: 0.88 });
  },
};
