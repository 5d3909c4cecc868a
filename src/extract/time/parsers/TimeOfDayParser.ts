/**
 * "5:41 P.M. EST", "8 PM", "10 a.m.", "15:00 GMT", "noon", "midnight": a clock time, dated by the
 * publication day unless a date stands beside it (see MergeDateTimeRefiner).
 */
import { cand } from '../common/build.js';
import { DIGIT } from '../common/lexicon.js';
import type { Parser } from '../common/types.js';

const ZONES = '(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|AEST|AEDT|ET|PT|CT|Z|Moscow\\s+time|local\\s+time|Kyiv\\s+time|Beijing\\s+time)';

export const TimeOfDayParser: Parser = {
  name: 'TimeOfDayParser',
  pattern: new RegExp(
    `\\b(?:(\\d{1,2})(?:[:.](\\d\\d))?\\s*(a\\.\\s?m\\b\\.?|p\\.\\s?m\\b\\.?|am\\b|pm\\b|o['’]clock\\b)|([01]?\\d|2[0-3]):([0-5]\\d)(?!\\d|:\\d)(?:\\s*(hrs|h\\b))?|(noon|midnight|midday))(?:\\s+(${ZONES})\\b)?`,
    'gi',
  ),
  keys: [
    ['a.', 'p.', 'am', 'pm', 'clock', ':', 'noon', 'midnight', 'midday'],
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
      // a bare "14:00" needs a zone or a time preposition to be a time (not a score or a verse)
      if (!m[8] && !m[6] && !/\b(?:at|from|until|till|to|by|before|after|around|about|since)\s+$/i.test(before)) return null;
    } else {
      const w = m[7].toLowerCase();
      hour = w === 'midnight' ? 24 : 12;
    }
    const hh = String(hour).padStart(2, '0');
    const suffix = minute || m[2] || m[5] ? `T${hh}:${String(minute).padStart(2, '0')}` : m[7] ? `T${hh}:00` : `T${hh}:00`;
    return cand(m, offset, this.name, 'TIME', { rel: { kind: 'offset', unit: 'D', n: 0 }, timeSuffix: suffix, confidence: 0.9 });
  },
};
