/**
 * "today", "yesterday", "tomorrow", "tonight", "the day before yesterday", "yesterday morning":
 * days named from the publication date. A generic "today" ("than can be done today") is the
 * present, not a day.
 */
import { cand, PRESENT } from '../common/build.js';
import type { Parser } from '../common/types.js';

const N: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

export const RelativeDayParser: Parser = {
  name: 'RelativeDayParser',
  pattern: /\b(?:the\s+day\s+(before|after)\s+)?(today|tonight|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?\b/gi,
  keys: [['today', 'tonight', 'yesterday', 'tomorrow']],
  extract(m, offset, ctx) {
    const word = m[2].toLowerCase();
    let n = N[word];
    if (m[1]) n += m[1].toLowerCase() === 'before' ? -1 : 1;
    const abs = offset + m.index;
    if (word === 'today' && !m[1] && !m[3]) {
      const before = ctx.text.slice(Math.max(0, abs - 24), abs);
      const after = ctx.text.slice(abs + m[0].length, abs + m[0].length + 3);
      const after8 = ctx.text.slice(abs + m[0].length, abs + m[0].length + 8);
      // "than can be done today", "the world of today", "today's Ukraine": the present, not the day
      if ((/\b(?:than|of|world|society)\s+$/i.test(before) && !/^['’]s/.test(after)) || /^['’]s\s+[A-Z]/.test(after8))
        return cand(m, offset, this.name, 'DATE', { value: PRESENT, confidence: 0.7 });
    }
    const part = m[3] ? PART[m[3].toLowerCase()] : word === 'tonight' ? undefined : undefined;
    return cand(m, offset, this.name, part ? 'TIME' : 'DATE', {
      rel: { kind: 'offset', unit: 'D', n },
      timeSuffix: part ? `T${part}` : undefined,
      confidence: 0.95,
      anchorable: true,
    });
  },
};
