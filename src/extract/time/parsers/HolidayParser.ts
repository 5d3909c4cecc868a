/** "Christmas", "New Year's Day 2014", "Independence Day": fixed-date holidays (`data/holidays.tsv`). */
import { cand } from '../common/build.js';
import { HOLIDAYS, alt } from '../common/lexicon.js';
import type { Parser } from '../common/types.js';

export const HolidayParser: Parser = {
  name: 'HolidayParser',
  pattern: new RegExp(`\\b(${alt(HOLIDAYS.keys()).replace(/'/g, "['’]")})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'gi'),
  extract(m, offset) {
    const md = HOLIDAYS.get(m[1].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '));
    if (!md || !/^[A-Z]/.test(m[1])) return null;
    if (m[2]) return cand(m, offset, this.name, 'DATE', { value: `${m[2]}-${md}`, confidence: 0.9 });
    const [mm, dd] = md.split('-').map(Number);
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'month', month: mm, day: dd }, confidence: 0.8 });
  },
};
