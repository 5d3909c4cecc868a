/**
 * Financial reports compare a quarter with "the year-earlier period", "the year-ago quarter",
 * "year-earlier profit", and call the quarter itself "the latest period" or "the 1989 period". TimeML dates these
 * by the quarter being reported (1989-Q3, 1988-Q3); the anchoring refiner fills in the quarter
 * from the last one the text named, and drops the expression when none is in view.
 */
import { cand } from '../common/build.js';
import type { Parser } from '../common/types.js';

export const FiscalPeriodParser: Parser = {
  name: 'FiscalPeriodParser',
  pattern: /\b(?:the\s+((?:19|20)\d\d)\s+period\b|(the\s+)?(?:(latest|most\s+recent|current)|(?:comparable\s+|same\s+)?(year-earlier|year-ago|prior-year|year-before))\s+period\b|(year-earlier|year-ago)\b(?!\s+(?:quarter|half|period)\b))/gi,
  keys: [['period', 'year-earlier', 'year-ago']],
  extract(m, offset) {
    if (m[1]) return cand(m, offset, this.name, 'DATE', { rel: { kind: 'fiscal', n: 0, year: Number(m[1]) }, confidence: 0.8 });
    const n = m[3] ? 0 : -1;
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'fiscal', n }, confidence: m[5] ? 0.7 : 0.75 });
  },
};
