/**
 * "5:41 P.M. EST", "8 PM", "10 a.m.", "15:00 GMT", "noon", "midnight": a clock time, dated by the
 * publication day unless a date stands beside it (see MergeDateTimeRefiner).
 */
import { cand } from '../common/build.js';
import { DIGIT } from '../common/lexicon.js';
import type { Parser } from '../common/types.js';

const ZONES = '(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|AEST|AEDT|ET|PT|CT|Z|Moscow\\s+time|local\\s+time|Kyiv\\s+time|Beijing\\s+time)';

/** The part of the day after a clock time: "tonight", "(Monday) night|evening|afternoon" (group 1), "in the evening", "at night" (group 2). */
const LATER_PART = /^(?:\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|today\s+|tomorrow\s+|yesterday\s+)?(tonight|night|evening|afternoon)\b|\s+(?:in\s+the|at)\s+(morning|afternoon|evening|night)\b)/i;

export const TimeOfDayParser: Parser = {
  name: 'TimeOfDayParser',
  pattern: new RegExp(
    `\\b(?:(\\d{1,2})(?:[:.](\\d\\d))?\\s*(a\\.\\s?m\\b\\.?|p\\.\\s?m\\b\\.?|am\\b|pm\\b|o['’]clock\\b)|([01]?\\d|2[0-3])[:.]([0-5]\\d)(?!\\d|[:.]\\d)(?:\\s*(hrs|h\\b))?|(noon|midnight|midday)|([01]\\d|2[0-3])([0-5]\\d)(?=\\s+(?:${ZONES}|hours\\b|hrs\\b)))(?:\\s+(${ZONES})\\b)?`,
    'gi',
  ),
  keys: [
    ['a.', 'p.', 'am', 'pm', 'clock', ':', 'noon', 'midnight', 'midday', 'at ', 'gmt', 'utc', ' time', 'hours', 'hrs'],
    [DIGIT, 'noon', 'midnight', 'midday'],
  ],
  extract(m, offset, ctx) {
    let hour: number;
    let minute = 0;
    if (m[3]) {
      hour = Number(m[1]);
      minute = m[2] ? Number(m[2]) : 0;
      if (hour < 1 || hour > 12 || minute > 59) return null;
      const ap = m[3].toLowerCase();
      if (ap.startsWith('p') && hour < 12) hour += 12;
      if (ap.startsWith('a') && hour === 12) hour = 0;
      // "am" / "pm" written as words need the digits right before them ("I am", "5 am")
      if (/^(am|pm)$/i.test(m[3]) && !/^\d/.test(m[0])) return null;
    } else if (m[4] !== undefined) {
      hour = Number(m[4]);
      minute = Number(m[5]);
      const abs = offset + m.index;
      const before = ctx.text.slice(Math.max(0, abs - 12), abs);
      // a bare "14:00" needs a zone or a time preposition to be a time (not a score or a verse);
      // "10.30" (British) a zone or "at", and no amount after it ("at 3.45 a share")
      const zoned = m[10] !== undefined || m[6] !== undefined;
      if (m[0].charAt(m[4].length) === '.') {
        if (!zoned && !/\bat\s+$/i.test(before)) return null;
        if (/^\s*(?:%|percent|per\b|a\s+share|points?\b|[mb]illion|euros?|dollars?|pounds?|cents?|pence)/i.test(ctx.text.slice(abs + m[0].length, abs + m[0].length + 12))) return null;
        if (/[$€£¥]\s*$/.test(before)) return null;
      } else if (!zoned && !/\b(?:at|from|until|till|to|by|before|after|around|about|since)\s+$/i.test(before)) return null;
    } else if (m[8] !== undefined) {
      // "0630 GMT", "1400 local time", "2100 hours": a clock time of four digits with its zone
      hour = Number(m[8]);
      minute = Number(m[9]);
    } else {
      const w = m[7].toLowerCase();
      hour = w === 'midnight' ? 24 : 12;
    }
    // "8 o'clock tonight", "7:30 Monday night", "6 o'clock in the evening": a clock time with no
    // a.m. or p.m. is in the afternoon or evening that follows it ("2:30 in the morning" stays)
    let extra = 0;
    const noMeridiem = (m[3] !== undefined && !/^[ap]/i.test(m[3])) || m[4] !== undefined;
    if (noMeridiem) {
      const endAbs = offset + m.index + m[0].length;
      const after = ctx.text.slice(endAbs, endAbs + 32);
      const part = LATER_PART.exec(after);
      if (part) {
        const which = (part[1] ?? part[2] ?? '').toLowerCase();
        if (hour >= 1 && hour <= 11 && which !== 'morning' && !(which === 'night' && hour <= 4 && /^\s+at\b/i.test(after))) hour += 12;
        // ("in the evening", "at night" belong to the expression)
        if (part[2] !== undefined) extra = part[0].length;
      }
    }
    const hh = String(hour).padStart(2, '0');
    const suffix = minute || m[2] || m[5] || m[9] ? `T${hh}:${String(minute).padStart(2, '0')}` : `T${hh}:00`;
    const c = cand(m, offset, this.name, 'TIME', { rel: { kind: 'offset', unit: 'D', n: 0 }, timeSuffix: suffix, confidence: 0.9 });
    if (c && extra) c.end += extra;
    return c;
  },
};
