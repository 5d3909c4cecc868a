/**
 * "Christmas", "New Year's Day 2014", "Independence Day": fixed-date holidays
 * (`data/holidays.tsv`); "Thanksgiving", "last Easter", "Election Day 1998", "Good Friday":
 * holidays whose date moves (`data/movable-holidays.tsv`), dated in the year the tense points to.
 */
import { cand } from '../common/build.js';
import { addDays, fmtDate, toDays, weekday, daysInMonth, type YMD } from '../common/calendar.js';
import { HOLIDAYS, MOVABLE_HOLIDAYS, alt, literals } from '../common/lexicon.js';
import { tenseAround } from '../common/tense.js';
import type { Parser } from '../common/types.js';

/** Easter Sunday (Gregorian computus). */
export function easter(y: number): YMD {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { y, m: Math.floor(n / 31), d: (n % 31) + 1 };
}

/** The date of a movable holiday in year y, from its rule ("11 4 4 0", "easter -2"). */
export function movableDate(rule: string, y: number): YMD | undefined {
  const p = rule.split(/\s+/);
  if (p[0] === 'easter') return addDays(easter(y), Number(p[1] ?? 0));
  const [month, dow, nth, add] = p.map(Number);
  if (!month || !dow || !nth) return undefined;
  let t: YMD;
  if (nth > 0) {
    const first = { y, m: month, d: 1 };
    t = addDays(first, ((dow - weekday(first) + 7) % 7) + 7 * (nth - 1));
  } else {
    const last = { y, m: month, d: daysInMonth(y, month) };
    t = addDays(last, -((weekday(last) - dow + 7) % 7) + 7 * (nth + 1));
  }
  return addDays(t, add || 0);
}

const NAMES = alt([...HOLIDAYS.keys(), ...MOVABLE_HOLIDAYS.keys()]).replace(/'/g, "['’]");

export const HolidayParser: Parser = {
  name: 'HolidayParser',
  pattern: new RegExp(`\\b(?:(last|next|this)\\s+)?(${NAMES})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'gi'),
  keys: [[...HOLIDAYS.keys(), ...MOVABLE_HOLIDAYS.keys()].flatMap(literals)],
  extract(m, offset, ctx) {
    const key = m[2].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    if (!/^[A-Z]/.test(m[2])) return null;
    const after = ctx.text.slice(offset + m.index + m[0].length, offset + m.index + m[0].length + 12);
    if (/^\s+(?:Island|Rising|eggs?|bunny|Parade)\b/i.test(after)) return null;
    // "the Good Friday Agreement", "the Tet Offensive", "the Christmas truce": a name or an event called after the day
    if (/^\s+(?:Agreements?|Accords?|Offensive|Massacre|Uprising|Treaty|Truce)\b/.test(after)) return null;
    const trim: [number, number] | undefined = m[1] && m[3] ? [m[1].length + 1, m[0].length] : undefined;
    const md = HOLIDAYS.get(key);
    if (md) {
      if (m[3]) return cand(m, offset, this.name, 'DATE', { value: `${m[3]}-${md}`, confidence: 0.9 }, trim);
      const [mm, dd] = md.split('-').map(Number);
      const shift = m[1] ? ({ last: -1, next: 1, this: 0 } as const)[m[1].toLowerCase() as 'last' | 'next' | 'this'] : undefined;
      return cand(m, offset, this.name, 'DATE', { rel: { kind: 'month', month: mm, day: dd, shift }, confidence: 0.8 });
    }
    const rule = MOVABLE_HOLIDAYS.get(key);
    if (!rule) return null;
    if (m[3]) {
      const t = movableDate(rule, Number(m[3]));
      return t ? cand(m, offset, this.name, 'DATE', { value: fmtDate(t), confidence: 0.9, anchorable: true }, trim) : null;
    }
    const dct = ctx.dct;
    if (!dct) return null;
    const now = toDays(dct);
    const dates = [dct.y - 1, dct.y, dct.y + 1].map((y) => movableDate(rule, y)).filter((t): t is YMD => t !== undefined);
    const w = m[1]?.toLowerCase();
    const start = offset + m.index;
    const tense = w ? undefined : tenseAround(ctx.doc, start, start + m[0].length);
    const back = w === 'last' || (!w && tense === 'past');
    const fwd = w === 'next' || (!w && (tense === 'future' || tense === 'present'));
    let pick: YMD | undefined;
    if (back) pick = dates.filter((t) => toDays(t) <= now).pop();
    else if (fwd) pick = dates.find((t) => toDays(t) >= now);
    else if (w === 'this') pick = dates.find((t) => t.y === dct.y);
    else pick = dates.reduce((a, b) => (Math.abs(toDays(b) - now) < Math.abs(toDays(a) - now) ? b : a));
    return pick ? cand(m, offset, this.name, 'DATE', { value: fmtDate(pick), confidence: 0.85, anchorable: true }) : null;
  },
};
