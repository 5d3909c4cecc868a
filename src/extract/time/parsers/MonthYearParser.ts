/** "May 2010", "March of 2013", "July last year", "January this year": a month in a given year. */
import { cand } from '../common/build.js';
import { MONTH, monthOf, MONTH_KEYS } from '../common/lexicon.js';
import type { Parser } from '../common/types.js';

export const MonthYearParser: Parser = {
  name: 'MonthYearParser',
  pattern: new RegExp(`\\b(?:(early|late|mid)[-\\s]+)?(${MONTH})(?:\\s+of)?,?\\s+(?:((?:1[6-9]|20)\\d\\d)(?![\\d,]\\d)|(last|this|next)\\s+year\\b)`, 'gi'),
  keys: [MONTH_KEYS, ['16', '17', '18', '19', '20', ' year']],
  extract(m, offset) {
    const month = monthOf(m[2]);
    if (!month || !/^[A-Z]/.test(m[2])) return null;
    const mod = m[1] ? ({ early: 'START', late: 'END', mid: 'MID' } as Record<string, string>)[m[1].toLowerCase()] : undefined;
    const mm = String(month).padStart(2, '0');
    if (m[3]) return cand(m, offset, this.name, 'DATE', { value: `${m[3]}-${mm}`, mod, confidence: 0.96, anchorable: true });
    const n = { last: -1, this: 0, next: 1 }[m[4].toLowerCase() as 'last' | 'this' | 'next'];
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'offset', unit: 'Y', n }, timeSuffix: `-${mm}`, mod, confidence: 0.93 });
  },
};
