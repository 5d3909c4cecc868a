/** "24 February 2022", "3rd of March", "the 3rd of March, 2013": day before the month name. */
import { cand } from '../common/build.js';
import { MONTH, ORDINAL, monthOf, ordinalOf, MONTH_KEYS, ORDINAL_KEYS } from '../common/lexicon.js';
import type { Parser } from '../common/types.js';

export const DayMonthParser: Parser = {
  name: 'DayMonthParser',
  pattern: new RegExp(`\\b(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL})\\s+(?:of\\s+)?(${MONTH})(?![\\w-])(?:,?\\s+((?:1[6-9]|20)\\d\\d)(?!\\d))?`, 'gi'),
  keys: [MONTH_KEYS.map((k) => ` ${k}`), ORDINAL_KEYS],
  extract(m, offset) {
    const month = monthOf(m[2]);
    const day = /^\d/.test(m[1]) ? parseInt(m[1], 10) : ordinalOf(m[1]);
    if (!month || !day || day > 31 || !/^[A-Z]/.test(m[2])) return null;
    // "the 3rd of March" keeps "the"; a bare cardinal before a month needs a year or "of" to be a day
    if (!m[3] && /^\d+$/.test(m[1]) && !/\bof\b/i.test(m[0])) {
      if (monthOf(m[2]) === 5 && m[2] === 'May') return null;
    }
    if (m[3]) {
      const value = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return cand(m, offset, this.name, 'DATE', { value, confidence: 0.95, anchorable: true });
    }
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'month', month, day }, confidence: 0.9, anchorable: true });
  },
};
