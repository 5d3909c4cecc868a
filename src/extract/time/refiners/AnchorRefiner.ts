/**
 * Gives every relative candidate its value: deictic expressions count from the publication
 * date, anaphoric ones ("two days later", "that day") from the narrative time (the last day
 * the text named explicitly, else the publication date); weekdays and bare months look back
 * or forward by the tense of their clause.
 */
import { parseIsoDate, type YMD } from '../common/calendar.js';
import { resolve } from '../common/resolve.js';
import { tenseAround, type Tense } from '../common/tense.js';
import type { Candidate, Refiner } from '../common/types.js';

export const AnchorRefiner: Refiner = {
  name: 'AnchorRefiner',
  refine(cands, ctx) {
    // the narrative time at two granularities: the last day named, the last month named
    let day: YMD | undefined;
    let month: YMD | undefined;
    const out: Candidate[] = [];
    for (const c of cands) {
      let value = c.value;
      if (value === undefined && c.rel) {
        let tense: Tense | undefined;
        if (c.rel.kind === 'weekday' || c.rel.kind === 'month' || c.rel.kind === 'season' || c.rel.kind === 'quarter') tense = tenseAround(ctx.doc, c.start, c.end);
        const unit = c.rel.kind === 'offset' || c.rel.kind === 'narrative' ? c.rel.unit : 'D';
        const narrative = unit === 'D' || unit === 'W' || unit === 'FN' || unit === 'H' || unit === 'MIN' || unit === 'S' ? day : month;
        value = resolve(c.rel, ctx.dct, narrative, tense) + (c.timeSuffix ?? '');
      }
      if (value === undefined) continue;
      if (c.anchorable) {
        const t = parseIsoDate(value);
        if (t) day = month = t;
        else {
          const mm = /^(\d{4})-(\d\d)$/.exec(value);
          if (mm) month = { y: +mm[1], m: +mm[2], d: 1 };
        }
      }
      out.push({ ...c, value });
    }
    return out;
  },
};
