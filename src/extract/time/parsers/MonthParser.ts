/**
 * "in August", "last June", "early December", "next March": a month name alone. "May" and
 * "March" are also words, so a bare month needs a capital and, for those two, a time preposition
 * or modifier before it.
 */
import { cand } from '../common/build.js';
import { MONTH, monthOf, MONTH_KEYS } from '../common/lexicon.js';
import type { Parser, Shift } from '../common/types.js';

const SHIFT: Record<string, Shift> = { last: -1, past: -1, 'this past': -1, next: 1, 'this coming': 1, coming: 1, this: 0 };

export const MonthParser: Parser = {
  name: 'MonthParser',
  pattern: new RegExp(`(\\b(?:in|since|until|till|by|from|to|through|during|of|before|after|early|late|mid|and|or|between)[-\\s]+)?\\b(?:(this past|this coming|last|next|this)\\s+)?(${MONTH})(?![\\w-]|\\.\\w)`, 'gi'),
  keys: [MONTH_KEYS],
  extract(m, offset) {
    const month = monthOf(m[3]);
    if (!month || !/^[A-Z]/.test(m[3])) return null;
    const word = m[3].toLowerCase().replace(/\.$/, '');
    if ((word === 'may' || word === 'march' || word === 'mar' || word === 'jun' || word === 'sat') && !m[1] && !m[2]) return null;
    if (m[3].length <= 3 && !m[3].endsWith('.') && !m[1] && !m[2]) return null;
    const shift = m[2] ? SHIFT[m[2].toLowerCase().replace(/\s+/g, ' ')] : undefined;
    const from = m[1] ? m[1].length : 0;
    const c = cand(m, offset, this.name, 'DATE', { rel: { kind: 'month', month, shift }, confidence: 0.85, anchorable: true }, [from, m[0].length]);
    return c;
  },
};
