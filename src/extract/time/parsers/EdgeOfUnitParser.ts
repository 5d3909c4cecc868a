/**
 * "the end of the year", "year-end", "by year's end", "the beginning of the month", "the middle of the week": the edge of the
 * current narrative unit (publication date by default), with its `mod`.
 */
import { cand } from '../common/build.js';
import type { Parser, Unit } from '../common/types.js';

const UNIT: Record<string, Unit> = { year: 'Y', month: 'M', week: 'W', decade: 'DE', century: 'CE', quarter: 'Q' };
const MOD: Record<string, string> = { end: 'END', close: 'END', beginning: 'START', start: 'START', middle: 'MID' };

export const EdgeOfUnitParser: Parser = {
  name: 'EdgeOfUnitParser',
  pattern: /\b(?:the\s+)?(end|close|beginning|start|middle)\s+of\s+(?:the\s+)?(year|month|week|decade|century|quarter)\b(?!-|\s+(?:of|in)\b)|\b(?:the\s+)?(year|month|quarter)(?:-|\s+|['’]s\s+)(end)\b(?!-)/gi,
  keys: [
    ['year', 'month', 'week', 'decade', 'century', 'quarter'],
    ['end', 'close', 'beginning', 'start', 'middle'],
  ],
  extract(m, offset) {
    if (m[3]) return cand(m, offset, this.name, 'DATE', { rel: { kind: 'narrative', unit: UNIT[m[3].toLowerCase()] }, mod: 'END', confidence: 0.8 });
    const unit = UNIT[m[2].toLowerCase()];
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'narrative', unit }, mod: MOD[m[1].toLowerCase()], confidence: 0.8 });
  },
};
