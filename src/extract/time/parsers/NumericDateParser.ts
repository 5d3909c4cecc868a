/**
 * "2/24/2022", "24.02.2022", "2024/05/03", "2/24/22": dates written as numbers. With slashes the
 * American order (month/day) and the European one (day/month) are both in use: a date only one
 * order can read is read that way; where both can, the reading nearer the publication date is
 * taken (news is mostly about dates near it), else month/day, and the confidence says it was a
 * guess. With dots the order is day.month.year, the year written in full (so that a version
 * number, "3.10.12", is no date). Fractions and scores ("1/2", "3/4") have no year and are left alone.
 */
import { cand } from '../common/build.js';
import { daysInMonth, fmtDate, toDays, type YMD } from '../common/calendar.js';
import type { Parser } from '../common/types.js';

function valid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** A two-digit year in the century that puts it nearest the publication year (no later than 20 years after it). */
function fullYear(yy: number, dct: YMD | undefined): number {
  const ref = dct ? dct.y : 2000;
  let y = Math.floor(ref / 100) * 100 + yy;
  if (y > ref + 20) y -= 100;
  else if (y < ref - 80) y += 100;
  return y;
}

export const NumericDateParser: Parser = {
  name: 'NumericDateParser',
  pattern: /(?<![\w/.:,$€£-])(\d{1,4})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\w/%-]|[.,:]\d)/g,
  keys: [['/', '.']],
  extract(m, offset, ctx) {
    const [a, b, c] = [m[1], m[3], m[4]].map((s) => parseInt(s, 10));
    let y: number;
    let mo: number;
    let d: number;
    let confidence = 0.95;
    if (m[1].length === 4) {
      // year first: 2024/05/03, 2024.05.03
      if (m[4].length !== 2) return null;
      [y, mo, d] = [a, b, c];
    } else if (m[1].length > 2) return null;
    else {
      y = m[4].length === 4 ? c : fullYear(c, ctx.dct);
      if (m[2] === '.') {
        if (m[4].length !== 4) return null;
        [mo, d] = [b, a];
      } else {
        const us = valid(y, a, b);
        const eu = valid(y, b, a);
        if (us && eu && a !== b) {
          confidence = 0.8;
          const near = (mm: number, dd: number): number => (ctx.dct ? Math.abs(toDays({ y, m: mm, d: dd }) - toDays(ctx.dct)) : 0);
          [mo, d] = near(b, a) < near(a, b) ? [b, a] : [a, b];
        } else [mo, d] = eu && !us ? [b, a] : [a, b];
      }
    }
    if (y < 1000 || y > 2199 || !valid(y, mo, d)) return null;
    return cand(m, offset, this.name, 'DATE', { value: fmtDate({ y, m: mo, d }), confidence, anchorable: true });
  },
};

/**
 * "on 5/14", "since 12/31", "until 6/12": a month and day written as numbers, with no year, only
 * after a preposition of time (a fraction or a score has none: "3/4 of voters", "won 6/4"). The
 * American order, the other where only it reads ("on 14/5"); the year from the publication date
 * and the tense. "9/11" is the attacks, not a day to date.
 */
export const SlashDayParser: Parser = {
  name: 'SlashDayParser',
  pattern: /\b(?:on|since|until|till|by|from|to|before|after|through)\s+(\d{1,2})\/(\d{1,2})(?![\d/]|[.,]\d|\s*(?:of|percent|%|points?|inch(?:es)?|miles?|cups?|pounds?)\b)/gi,
  keys: [['/'], ['on ', 'since ', 'until ', 'till ', 'by ', 'from ', 'to ', 'before ', 'after ', 'through ']],
  extract(m, offset) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (m[1] === '9' && m[2] === '11') return null;
    const [month, day] = a >= 1 && a <= 12 && b >= 1 && b <= 31 ? [a, b] : b >= 1 && b <= 12 && a >= 1 && a <= 31 ? [b, a] : [0, 0];
    if (!month) return null;
    const at = m[0].length - m[1].length - 1 - m[2].length;
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'month', month, day }, confidence: 0.8, anchorable: true }, [at, m[0].length]);
  },
};
