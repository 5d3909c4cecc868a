/**
 * "March 3", "Feb. 28, 2013", "Thursday, July 3", "March eighth", "March 3rd": a month name and
 * a day, with an optional year and weekday. Without a year the date is resolved from the
 * publication date and the tense.
 */
import { cand } from '../common/build.js';
import { MONTH, ORDINAL, WEEKDAY, monthOf, ordinalOf, MONTH_KEYS, ORDINAL_KEYS } from '../common/lexicon.js';
import type { Parser } from '../common/types.js';

export const MonthDayParser: Parser = {
  name: 'MonthDayParser',
  pattern: new RegExp(
    `\\b(?:(${WEEKDAY}),?\\s+(?:the\\s+)?)?(${MONTH})\\s+(\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL})(?![\\d:.,]\\d|\\s*%|[\\w-])(?:(?:,\\s*|\\s+)((?:1[6-9]|20)\\d\\d)(?!\\d))?`,
    'gi',
  ),
  keys: [MONTH_KEYS, ORDINAL_KEYS],
  extract(m, offset) {
    const month = monthOf(m[2]);
    const day = /^\d/.test(m[3]) ? parseInt(m[3], 10) : ordinalOf(m[3]);
    if (!month || !day || day > 31) return null;
    if (!/^[A-Z]/.test(m[2])) return null;
    if (m[4]) {
      const value = `${m[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return cand(m, offset, this.name, 'DATE', { value, confidence: 0.97, anchorable: true });
    }
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'month', month, day }, confidence: 0.93, anchorable: true });
  },
};
