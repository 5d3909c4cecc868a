/** "Friday afternoon", "Sunday night", "March 3 evening", "early Tuesday morning": a day and a part of it (TIME "…TAF"). */
import { copyCand } from '../common/build.js';
import type { Candidate, Refiner } from '../common/types.js';

const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const AFTER = /^\s+(morning|afternoon|evening|night)\b/i;

/** c with the part of the day after it in `text`, or c. (A module-level function, not a closure made per call: V8 holds a closure's optimized code only weakly, and each full GC dropped it.) */
function withPartOfDay(c: Candidate, text: string): Candidate {
  if (c.type !== 'DATE' || c.timeSuffix) return c;
  const dayLike = c.rel?.kind === 'weekday' || (c.rel?.kind === 'month' && c.rel.day !== undefined) || /^\d{4}-\d\d-\d\d$/.test(c.value ?? '');
  if (!dayLike) return c;
  const m = AFTER.exec(text.slice(c.end, c.end + 12));
  if (!m) return c;
  const suffix = `T${PART[m[1].toLowerCase()]}`;
  return copyCand(c, { end: c.end + m[0].length, type: 'TIME', timeSuffix: suffix, value: c.value ? c.value + suffix : undefined });
}

export const PartOfDayRefiner: Refiner = {
  name: 'PartOfDayRefiner',
  refine(cands, ctx) {
    const out: Candidate[] = [];
    for (const c of cands) out.push(withPartOfDay(c, ctx.text));
    return out;
  },
};
