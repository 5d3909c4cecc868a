/** "the 20th century", "the twenty-first century", "this century", "the last century": value "19", "20". */
import { cand } from '../common/build.js';
import { ORDINAL, ordinalOf } from '../common/lexicon.js';
import type { Parser } from '../common/types.js';

const MOD: Record<string, string> = { early: 'START', late: 'END', mid: 'MID' };

export const CenturyParser: Parser = {
  name: 'CenturyParser',
  pattern: new RegExp(`\\b(?:the\\s+)?(?:(early|late|mid)[-\\s]+)?(?:(${ORDINAL}|twenty-first|twenty-second)|(this|last|next|the\\s+last|the\\s+next|the\\s+previous|the\\s+past))[-\\s]+century\\b`, 'gi'),
  keys: [['century']],
  extract(m, offset, ctx) {
    const mod = m[1] ? MOD[m[1].toLowerCase()] : undefined;
    if (m[2]) {
      const n = ordinalOf(m[2].toLowerCase());
      if (!n || n > 22) return null;
      return cand(m, offset, this.name, 'DATE', { value: String(n - 1).padStart(2, '0'), mod, confidence: 0.95 });
    }
    const w = m[3].toLowerCase().replace(/\s+/g, ' ');
    // "the last century" reads as the previous one; "over the past century" as a duration
    if (/^the (last|next|past)/.test(w) && /\b(?:over|for|during|in|throughout)\s+$/i.test(ctx.text.slice(Math.max(0, offset + m.index - 12), offset + m.index)))
      return cand(m, offset, this.name, 'DURATION', { value: 'P100Y', mod, confidence: 0.8 });
    const n = w === 'this' ? 0 : /next/.test(w) ? 1 : -1;
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'offset', unit: 'CE', n }, mod, confidence: 0.85 });
  },
};
