/** "24 February 2022", "3rd of March", "the 3rd of March, 2013": day before the month name. */
import { cand } from '../common/build.js';
import { MONTH, ORDINAL, monthOf, ordinalOf, MONTH_KEYS, ORDINAL_KEYS } from '../common/lexicon.js';
import type { Parser } from '../common/types.js';

export const DayMonthParser: Parser = {
  name: 'DayMonthParser',
  pattern: new RegExp(`\\b(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL})\\s+(?:of\\s+)?(${MONTH})(?![\\w-])(?:,?\\s+((?:1[6-9]|20)\\d\\d)(?!\\d))?`, 'gi'),
  keys: [MONTH_KEYS.map((k) => ` ${k}`), ORDINAL_KEYS],
  extract(m, offset, ctx) {
    const month = monthOf(m[2]);
    const day = /^\d/.test(m[1]) ? parseInt(m[1], 10) : ordinalOf(m[1]);
    if (!month || !day || day > 31 || !/^[A-Z]/.test(m[2])) return null;
    // "the 3rd of March" keeps "the"; a bare cardinal before a month needs a year or "of" to be a day
    if (!m[3] && /^\d+$/.test(m[1]) && !/\bof\b/i.test(m[0])) {
      // ("3 May" is a date where a date stands: after "on", "from", "until" …, or before a mark or a
      // preposition: "talks resume on 3 May", "from 1 May to 5 May"; not "Section 3 May Apply")
      if (monthOf(m[2]) === 5 && m[2] === 'May') {
        const at = offset + m.index;
        const before = ctx.text.slice(Math.max(0, at - 8), at);
        const after = ctx.text.slice(at + m[0].length, at + m[0].length + 8);
        if (!/\b(?:on|from|until|till|by|since|before|after|between|and|to)\s+$/i.test(before) && !/^\s*(?:[,.;:)]|$|(?:and|to|at|in|when|until)\b)/.test(after)) return null;
      }
    }
    if (m[3]) {
      const value = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return cand(m, offset, this.name, 'DATE', { value, confidence: 0.95, anchorable: true });
    }
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'month', month, day }, confidence: 0.9, anchorable: true });
  },
};
