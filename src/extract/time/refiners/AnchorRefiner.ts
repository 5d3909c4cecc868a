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
    let narrative: YMD | undefined;
    const out: Candidate[] = [];
    for (const c of cands) {
      let value = c.value;
      if (value === undefined && c.rel) {
        let tense: Tense | undefined;
        if (c.rel.kind === 'weekday' || c.rel.kind === 'month' || c.rel.kind === 'season' || c.rel.kind === 'quarter') tense = tenseAround(ctx.doc, c.start, c.end);
        value = resolve(c.rel, ctx.dct, narrative, tense) + (c.timeSuffix ?? '');
      }
      if (value === undefined) continue;
      if (c.anchorable) {
        const t = parseIsoDate(value);
        if (t) narrative = t;
      }
      out.push({ ...c, value });
    }
    return out;
  },
};
