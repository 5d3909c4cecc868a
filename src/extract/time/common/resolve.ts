/**
 * Turns a `Relative` into a TIMEX3 value against an anchor date (the publication date, or the
 * narrative time for anaphoric expressions), using the clause's tense where the expression
 * does not say which way it points. Without an anchor the value stays underspecified
 * (`XXXX-WXX-4`, `XXXX-05`), never the date of the run.
 */
import {
  addDays,
  addMonths,
  fmtDate,
  fmtMonth,
  fmtWeek,
  fmtYear,
  pad,
  quarterOf,
  weekday,
  type YMD,
} from './calendar.js';
import type { Tense } from './tense.js';
import type { Relative, Unit } from './types.js';

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Value at the granularity of `unit` for the date t. */
export function atGranularity(t: YMD, unit: Unit): string {
  switch (unit) {
    case 'S':
    case 'MIN':
    case 'H':
    case 'D':
      return fmtDate(t);
    case 'W':
    case 'FN':
      return fmtWeek(t);
    case 'M':
      return fmtMonth(t.y, t.m);
    case 'Q':
      return `${fmtYear(t.y)}-Q${quarterOf(t.m)}`;
    case 'Y':
      return fmtYear(t.y);
    case 'DE':
      return fmtYear(t.y).slice(0, 3);
    case 'CE':
      return fmtYear(t.y).slice(0, 2);
    case 'ML':
      return fmtYear(t.y).slice(0, 1);
  }
}

const UNKNOWN: Record<Unit, string> = {
  S: 'XXXX-XX-XX',
  MIN: 'XXXX-XX-XX',
  H: 'XXXX-XX-XX',
  D: 'XXXX-XX-XX',
  W: 'XXXX-WXX',
  FN: 'XXXX-WXX',
  M: 'XXXX-XX',
  Q: 'XXXX-QX',
  Y: 'XXXX',
  DE: 'XXX',
  CE: 'XX',
  ML: 'X',
};

function shiftBy(t: YMD, unit: Unit, n: number): YMD {
  switch (unit) {
    case 'S':
    case 'MIN':
    case 'H':
      return t;
    case 'D':
      return addDays(t, n);
    case 'W':
      return addDays(t, 7 * n);
    case 'FN':
      return addDays(t, 14 * n);
    case 'M':
      return addMonths(t, n);
    case 'Q':
      return addMonths(t, 3 * n);
    case 'Y':
      return addMonths(t, 12 * n);
    case 'DE':
      return addMonths(t, 120 * n);
    case 'CE':
      return addMonths(t, 1200 * n);
    case 'ML':
      return addMonths(t, 12000 * n);
  }
}

/** Which way to look when the expression itself does not say: from an explicit shift or the tense. */
function direction(shift: number | undefined, tense: Tense | undefined): number {
  if (shift !== undefined) return shift;
  if (tense === 'future' || tense === 'present') return 1;
  if (tense === 'past') return -1;
  return 0;
}

/**
 * `anchor`: the date deictic expressions count from (publication date). `narrative`: the date
 * anaphoric ones count from ("two days later"); falls back to anchor. `sure`: the tense comes
 * from a strong cue next to the expression, so a month-day is not pulled to the nearest year.
 */
export function resolve(rel: Relative, anchor: YMD | undefined, narrative: YMD | undefined, tense: Tense | undefined, sure = false): string {
  switch (rel.kind) {
    case 'weekday': {
      if (!anchor) return `XXXX-WXX-${rel.dow}`;
      const today = weekday(anchor);
      let dir = direction(rel.shift, tense);
      if (rel.shift === undefined && today === rel.dow) return fmtDate(anchor);
      if (rel.shift === 0) dir = tense === 'past' ? -1 : 1;
      if (dir === 0) dir = -1; // news reports mostly look back
      if (dir < 0) {
        const back = (today - rel.dow + 7) % 7 || 7;
        return fmtDate(addDays(anchor, -back));
      }
      let fwd = (rel.dow - today + 7) % 7 || 7;
      // "next Friday" said on a Thursday is the Friday of next week; "this Friday" the one of this week
      if (rel.shift === 1 && rel.dow > today) fwd += 7;
      return fmtDate(addDays(anchor, fwd));
    }
    case 'month': {
      if (!anchor) return rel.day ? `XXXX-${pad(rel.month)}-${pad(rel.day)}` : `XXXX-${pad(rel.month)}`;
      let y = anchor.y;
      const dir = direction(rel.shift, tense);
      const cmp = rel.month * 100 + (rel.day ?? 0) - (anchor.m * 100 + (rel.day ? anchor.d : 0));
      if (rel.shift === -1) y = rel.month < anchor.m ? y : y - 1;
      else if (rel.shift === 1) y = rel.month > anchor.m ? y : y + 1;
      else if (rel.shift === 0) y = anchor.y;
      else {
        if (dir < 0) y = cmp <= 0 ? y : y - 1;
        else if (dir > 0) y = cmp >= 0 ? y : y + 1;
        // the tense may belong to another clause: a choice far from the anchor yields to the
        // nearest occurrence (a day named in the next weeks, a month a few months off)
        const months = (yy: number): number => Math.abs((yy - anchor.y) * 12 + rel.month - anchor.m);
        const nearest = [anchor.y - 1, anchor.y, anchor.y + 1].reduce((a, b) => (months(b) < months(a) ? b : a));
        // with no tense at all, news looks back: the past occurrence unless it is far off
        const past = cmp <= 0 ? anchor.y : anchor.y - 1;
        if (dir === 0) y = months(past) <= (rel.day ? 6 : 9) ? past : nearest;
        else if ((!sure && months(y) > (rel.day ? 6 : 9)) || months(y) > 12) y = nearest;
      }
      return rel.day ? fmtDate({ y, m: rel.month, d: rel.day }) : fmtMonth(y, rel.month);
    }
    case 'season': {
      if (!anchor) return `XXXX-${rel.season}`;
      const start = SEASON_START[rel.season];
      // the season the anchor is in, as (year of its first month, season)
      const curStart = anchor.m === 12 ? 12 : anchor.m < 3 ? 12 : anchor.m - ((anchor.m - 3) % 3);
      const curYear = anchor.m < 3 ? anchor.y - 1 : anchor.y;
      const idx = (y: number, s: number): number => y * 4 + (s === 12 ? 3 : (s - 3) / 3);
      const cur = idx(curYear, curStart);
      let y = anchor.y;
      const dir = direction(rel.shift, tense);
      if (rel.shift === 0) y = start === 12 && anchor.m < 3 ? anchor.y - 1 : anchor.y;
      else if (dir < 0) y = idx(anchor.y, start) < cur ? anchor.y : anchor.y - 1;
      else if (dir > 0) y = idx(anchor.y, start) > cur ? anchor.y : anchor.y + 1;
      return `${fmtYear(y)}-${rel.season}`;
    }
    case 'quarter': {
      if (!anchor) return rel.q ? `XXXX-Q${rel.q}` : 'XXXX-QX';
      const cq = quarterOf(anchor.m);
      if (rel.q === undefined) {
        // "the quarter" in a report: the latest finished one; "this quarter": the current one
        const n = rel.shift === 0 ? 0 : rel.shift === 1 ? 1 : -1;
        const t = addMonths(anchor, 3 * n);
        return `${fmtYear(t.y)}-Q${quarterOf(t.m)}`;
      }
      let y = anchor.y;
      if (rel.shift === -1) y = rel.q < cq ? y : y - 1;
      else if (rel.shift === 1) y = rel.q > cq ? y : y + 1;
      else if (rel.shift === undefined && rel.q > cq && tense !== 'future') y -= 1;
      return `${fmtYear(y)}-Q${rel.q}`;
    }
    case 'offset': {
      const base = rel.anaphoric ? (narrative ?? anchor) : anchor;
      if (Number.isNaN(rel.n)) return UNKNOWN[rel.unit];
      if (!base) return UNKNOWN[rel.unit];
      return atGranularity(shiftBy(base, rel.unit, rel.n), rel.unit);
    }
    case 'fiscal':
      // without a reported quarter in view (see AnchorRefiner): the year, shifted
      return rel.year ? fmtYear(rel.year) : anchor ? fmtYear(anchor.y + rel.n) : UNKNOWN.Y;
    case 'narrative': {
      const base = narrative ?? anchor;
      return base ? atGranularity(base, rel.unit) : UNKNOWN[rel.unit];
    }
  }
}
