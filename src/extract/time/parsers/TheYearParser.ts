/**
 * "for the year", "the full year", "of the year", "in the year ended March 31": a bare "the year"
 * after a preposition is the year being reported (the publication's year, DATE); followed by
 * "ended"/"ending" it is a fiscal year, a twelve-month span (DURATION P1Y). "the year 2000",
 * "the year before", "the year-ago quarter" and "man of the year"-style names are left alone.
 */
import { cand } from '../common/build.js';
import type { Parser } from '../common/types.js';

export const TheYearParser: Parser = {
  name: 'TheYearParser',
  pattern: /\b(?:for|of|in|during|through|throughout|over)\s+(the\s+(?:full|entire|whole)\s+year|the\s+year)\b(?![-'’])(\s+(?:ended|ending)\b)?/gi,
  keys: [[' year'], ['for', 'of', 'in', 'during', 'through', 'over']],
  extract(m, offset, ctx) {
    const from = m[0].length - m[1].length - (m[2]?.length ?? 0);
    const trim: [number, number] = [from, from + m[1].length];
    if (m[2]) return cand(m, offset, this.name, 'DURATION', { value: 'P1Y', confidence: 0.8 }, trim);
    const endAt = offset + m.index + m[0].length;
    const after = ctx.text.slice(endAt, endAt + 24);
    // "the year 2000", "the year two thousand", "the year before", "the year since …", "of the year award"
    if (/^\s*(?:\d|two\b|nineteen\b|twenty\b|before\b|after\b|earlier\b|later\b|ago\b|since\b|to\b|award|prize|title)/i.test(after)) return null;
    const before = ctx.text.slice(Math.max(0, offset + m.index - 24), offset + m.index);
    if (/\b(?:man|woman|person|player|coach|car|song|album|book|word|team|rookie)\s*$/i.test(before)) return null;
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'offset', unit: 'Y', n: 0 }, confidence: 0.75 }, trim);
  },
};
