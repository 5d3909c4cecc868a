/**
 * Joins a clock time and the day it is on into one TIME: "15:00 GMT Saturday", "5 p.m. EST,
 * Nov. 6", "9 a.m. Tuesday", "Friday 3 p.m.". "Friday at 3 p.m." stays two expressions, as
 * TimeML annotates it, the clock time on that day. A clock time whose day follows a parenthesis ("10:35 a.m. (0735 GMT)
 * Friday") stays apart from it but is on that day.
 */
import { copyCand } from '../common/build.js';
import type { Candidate, Refiner } from '../common/types.js';

const isClock = (c: Candidate): boolean => c.rule === 'TimeOfDayParser';
const isDay = (c: Candidate): boolean =>
  c.type === 'DATE' && (c.rel?.kind === 'weekday' || (c.rel?.kind === 'month' && c.rel.day !== undefined) || (c.rel?.kind === 'offset' && c.rel.unit === 'D') || /^\d{4}-\d\d-\d\d$/.test(c.value ?? ''));

/** "10:35 a.m. (0735 GMT) Friday": a short parenthesis between a clock time and its day */
const PAREN_GAP = /^\s*\([^()\n]{1,24}\)\s*,?\s*(?:on\s+)?$/;

/** "Tuesday at 3 p.m.", "Monday at about 6 a.m.", "Thursday at noon" */
const AT_GAP = /^\s*,?\s*at\s+(?:about\s+|around\s+|roughly\s+)?$/;

export const MergeDateTimeRefiner: Refiner = {
  name: 'MergeDateTimeRefiner',
  refine(cands, ctx) {
    const out: Candidate[] = [];
    for (let i = 0; i < cands.length; i++) {
      const a = cands[i];
      const b = cands[i + 1];
      if (b) {
        const gap = ctx.text.slice(a.end, b.start);
        const clockFirst = isClock(a) && isDay(b) && /^(?:,?\s*(?:on\s+)?|\s+)$/.test(gap) && gap.length <= 5;
        const dayFirst = isDay(a) && isClock(b) && /^(?:,\s*|\s+)$/.test(gap);
        const c = cands[i + 2];
        if (isClock(a) && isClock(b) && c && isDay(c) && c.rel && /^\s*\(\s*$/.test(gap) && /^\s*\)\s*,?\s*(?:on\s+)?$/.test(ctx.text.slice(b.end, c.start))) {
          // "10:35 a.m. (0735 GMT) Friday": the time on that day; the bracketed one is the same
          // moment in another zone, which TimeML does not annotate
          out.push(copyCand(a, { rel: c.rel, value: c.value ? c.value + (a.timeSuffix ?? '') : undefined }));
          i++;
          continue;
        }
        if (isClock(a) && isDay(b) && b.rel && PAREN_GAP.test(gap)) {
          out.push(copyCand(a, { rel: b.rel, value: b.value ? b.value + (a.timeSuffix ?? '') : undefined }));
          continue;
        }
        if (isDay(a) && isClock(b) && a.rel && AT_GAP.test(gap)) {
          // "on Tuesday at 3 p.m.": two expressions, the clock time on that day
          out.push(a, copyCand(b, { rel: a.rel, value: a.value ? a.value + (b.timeSuffix ?? '') : undefined }));
          i++;
          continue;
        }
        if (clockFirst || dayFirst) {
          const day = clockFirst ? b : a;
          const clock = clockFirst ? a : b;
          out.push(
            copyCand(day, {
              start: a.start,
              end: b.end,
              type: 'TIME',
              timeSuffix: clock.timeSuffix,
              value: day.value ? day.value + (clock.timeSuffix ?? '') : undefined,
              rule: `${day.rule}+${clock.rule}`,
              mod: clock.mod ?? day.mod,
            }),
          );
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};
