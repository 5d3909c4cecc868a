/** "the weekend", "over the weekend": the weekend before publication in a past-tense clause, the next one otherwise ("2013-W11-WE"). */
import { cand } from '../common/build.js';
import { weekday } from '../common/calendar.js';
import { tenseAround } from '../common/tense.js';
import type { Parser } from '../common/types.js';

export const WeekendParser: Parser = {
  name: 'WeekendParser',
  pattern: /\bthe\s+weekend\b(?!-)/gi,
  keys: [['weekend']],
  extract(m, offset, ctx) {
    const start = offset + m.index;
    const tense = tenseAround(ctx.doc, start, start + m[0].length);
    const dow = ctx.dct ? weekday(ctx.dct) : 1;
    // on a weekend day "the weekend" is the current one
    const n = dow >= 6 ? 0 : tense === 'future' || tense === 'present' ? 0 : -1;
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'offset', unit: 'W', n }, timeSuffix: '-WE', confidence: 0.8 });
  },
};
