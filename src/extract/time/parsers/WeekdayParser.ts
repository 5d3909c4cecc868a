/** "Thursday", "last Friday", "next Monday", "this coming Sunday", "Friday's": a weekday. */
import { cand } from '../common/build.js';
import { FULL_WEEKDAY, weekdayOf, FULL_WEEKDAY_KEYS } from '../common/lexicon.js';
import type { Parser, Shift } from '../common/types.js';

const SHIFT: Record<string, Shift> = { last: -1, past: -1, 'this past': -1, previous: -1, next: 1, 'this coming': 1, coming: 1, this: 0 };

export const WeekdayParser: Parser = {
  name: 'WeekdayParser',
  pattern: new RegExp(`\\b(?:(this past|this coming|last|next|this|past|coming|previous)\\s+)?(${FULL_WEEKDAY})(s)?\\b`, 'gi'),
  keys: [FULL_WEEKDAY_KEYS],
  extract(m, offset, ctx) {
    const dow = weekdayOf(m[2]);
    if (!dow || !/^[A-Z]/.test(m[2])) return null;
    // "Sunday Times", "Black Friday", "Good Friday" are names, not dates
    const after = ctx.text.slice(offset + m.index + m[0].length, offset + m.index + m[0].length + 12);
    if (/^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Morning Herald)\b/.test(after)) return null;
    // "Sunday school", "the Saturday market", "Sunday services", "Monday Night Football": a weekday
    // that names a kind of thing held on it every week, no date (but "the Sunday shows" may well
    // be this Sunday's)
    const rest = ctx.text.slice(offset + m.index + m[0].length, offset + m.index + m[0].length + 16);
    if (/^\s+(?:school|schools|market|markets|mass|service|services|edition|editions|paper|papers|newspaper|supplement|magazine|brunch|crossword|Night Football)\b/.test(rest)) return null;
    const before = ctx.text.slice(Math.max(0, offset + m.index - 8), offset + m.index);
    // "Black Friday", "Cyber Monday" (holidays of their own), "Good Friday", "Ash Wednesday", "Bloody
    // Sunday": names (not "Good Sunday morning", a greeting)
    if (!m[1] && (/(?:^|\s)(?:Black|Cyber|Ash|Holy|Palm|Bloody|Maundy|Shrove)\s+$/.test(before) || (dow === 5 && /(?:^|\s)Good\s+$/.test(before)))) return null;
    if (m[3]) return cand(m, offset, this.name, 'SET', { value: `XXXX-WXX-${dow}`, confidence: 0.85 });
    const shift = m[1] ? SHIFT[m[1].toLowerCase().replace(/\s+/g, ' ')] : undefined;
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'weekday', dow, shift }, confidence: 0.92, anchorable: true });
  },
};
