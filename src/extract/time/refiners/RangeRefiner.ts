/**
 * The two ends of a range of days ("June 3-7", "14-15 May", "on June 3 and 4", "Dec. 27-Jan. 2")
 * in one year, or in two years in a row: each end was dated on its own, and an end that is a
 * bare day number ("7", "14") was dated with less context than the one that names the month.
 * The bare end takes its year from the other; where both name their months and the first would
 * come after the second, the pair of years nearer the publication date is kept.
 */
import { fmtDate, parseIsoDate, toDays, type YMD } from '../common/calendar.js';
import { copyCand } from '../common/build.js';
import type { Candidate, Refiner } from '../common/types.js';

const LINK = /^\s*(?:-|–|—|to|through|thru|until|till|and|or)\s*$/i;
/** an end written as a day number alone ("7", "4th", "7, 2025") */
const BARE = /^\d{1,2}(?:st|nd|rd|th)?(?:,?\s*\d{4})?$/;

/** The day a value names when it is a day and no more ("2024-06-03", not "2024-06-03T15:00"). */
function ymd(v: string | undefined): YMD | undefined {
  return v !== undefined && v.length === 10 ? parseIsoDate(v) : undefined;
}

export const RangeRefiner: Refiner = {
  name: 'RangeRefiner',
  refine(cands, ctx) {
    let out: Candidate[] | undefined;
    for (let k = 1; k < cands.length; k++) {
      const a = (out ?? cands)[k - 1];
      const b = cands[k];
      if (a.rule !== 'DayRangeParser' && b.rule !== 'DayRangeParser') continue;
      const x = ymd(a.value);
      const y = ymd(b.value);
      if (!x || !y || !LINK.test(ctx.text.slice(a.end, b.start))) continue;
      const bareA = BARE.test(ctx.text.slice(a.start, a.end));
      const bareB = BARE.test(ctx.text.slice(b.start, b.end));
      let nx = x;
      let ny = y;
      const before = x.m * 100 + x.d > y.m * 100 + y.d; // the first end's day of the year after the second's
      if (bareB && !bareA) ny = { y: before ? x.y + 1 : x.y, m: y.m, d: y.d };
      else if (bareA && !bareB) nx = { y: before ? y.y - 1 : y.y, m: x.m, d: x.d };
      else if ((x.y !== y.y || before) && ctx.dct) {
        // both name their months: one year, or two in a row ("Dec. 27-Jan. 2"), the pair nearest the publication date
        const one: [YMD, YMD] = [x, { y: before ? x.y + 1 : x.y, m: y.m, d: y.d }];
        const two: [YMD, YMD] = [{ y: before ? y.y - 1 : y.y, m: x.m, d: x.d }, y];
        const dct = toDays(ctx.dct);
        const dist = (p: [YMD, YMD]): number => Math.abs((toDays(p[0]) + toDays(p[1])) / 2 - dct);
        [nx, ny] = dist(one) <= dist(two) ? one : two;
      }
      if (nx === x && ny === y) continue;
      out ??= cands.slice();
      out[k - 1] = copyCand(a, { value: fmtDate(nx) });
      out[k] = copyCand(b, { value: fmtDate(ny) });
    }
    return out ?? cands;
  },
};
