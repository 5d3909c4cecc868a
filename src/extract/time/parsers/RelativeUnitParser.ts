/**
 * "last week", "this month", "next year", "the past year", "the following day", "that week",
 * "this weekend", "last night", "this morning": a calendar unit named relative to the
 * publication date (deictic: "last", "this", "next") or to the narrative time (anaphoric:
 * "the following", "the previous", "that", "the same").
 */
import { cand, duration } from '../common/build.js';
import type { Parser, Relative, Unit } from '../common/types.js';

const UNIT: Record<string, Unit> = { day: 'D', week: 'W', weekend: 'W', month: 'M', year: 'Y', 'fiscal year': 'Y', decade: 'DE', fortnight: 'FN' };
const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

type Dir = { n: number; anaphoric: boolean };
const DEICTIC: Record<string, Dir> = {
  last: { n: -1, anaphoric: false },
  past: { n: -1, anaphoric: false },
  'the last': { n: -1, anaphoric: false },
  'the past': { n: -1, anaphoric: false },
  'this past': { n: -1, anaphoric: false },
  this: { n: 0, anaphoric: false },
  'the current': { n: 0, anaphoric: false },
  current: { n: 0, anaphoric: false },
  'the present': { n: 0, anaphoric: false },
  next: { n: 1, anaphoric: false },
  'the coming': { n: 1, anaphoric: false },
  'this coming': { n: 1, anaphoric: false },
  coming: { n: 1, anaphoric: false },
  'the next': { n: 1, anaphoric: true },
  'the following': { n: 1, anaphoric: true },
  following: { n: 1, anaphoric: true },
  'the previous': { n: -1, anaphoric: true },
  previous: { n: -1, anaphoric: true },
  'the preceding': { n: -1, anaphoric: true },
  'the prior': { n: -1, anaphoric: true },
  'the same': { n: 0, anaphoric: true },
  that: { n: 0, anaphoric: true },
};

export const RelativeUnitParser: Parser = {
  name: 'RelativeUnitParser',
  pattern:
    /\b(the\s+last|the\s+past|this\s+past|this\s+coming|the\s+current|the\s+present|the\s+coming|the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+prior|the\s+same|last|past|this|current|next|coming|following|previous|that)\s+(day|week|weekend|month|fiscal\s+year|year|decade|fortnight|morning|afternoon|evening|night)\b(?!-)/gi,
  keys: [
    [' day', ' week', ' month', ' year', ' decade', ' fortnight', ' morning', ' afternoon', ' evening', ' night'],
    ['last', 'past', 'this', 'coming', 'current', 'present', 'next', 'following', 'previous', 'preceding', 'prior', 'same', 'that'],
  ],
  extract(m, offset, ctx) {
    const key = m[1].toLowerCase().replace(/\s+/g, ' ');
    const unitWord = m[2].toLowerCase().replace(/\s+/g, ' ');
    const dir = DEICTIC[key];
    if (!dir) return null;
    const abs = offset + m.index;
    const before = ctx.text.slice(Math.max(0, abs - 16), abs);
    const part = PART[unitWord];
    if (part) {
      // "this morning", "last night", "that evening", "the next morning"
      if (key === 'this' || key === 'last' || key === 'that' || key === 'the same' || key === 'the next' || key === 'the following' || key === 'the previous') {
        const n = key === 'last' ? (part === 'NI' ? -1 : -1) : key === 'the next' || key === 'the following' ? 1 : key === 'the previous' ? -1 : 0;
        if (key === 'last' && part !== 'NI' && part !== 'EV') return null;
        const anaphoric = key !== 'this' && key !== 'last';
        return cand(m, offset, this.name, 'TIME', { rel: { kind: 'offset', unit: 'D', n, anaphoric }, timeSuffix: `T${part}`, confidence: 0.88 });
      }
      return null;
    }
    const unit = UNIT[unitWord];
    if (unit === 'D' && !dir.anaphoric) return null; // "this day", "last day" are not dates
    if (unit === 'D' && key === 'the next' && /^(?:in|within|over|for|during)\s+$/i.test(before.slice(-8))) return null;
    // "over the past decade", "for the next year": a stretch of time
    if (/\b(?:over|for|during|throughout|within|in)\s+$/i.test(before) && (key === 'the past' || key === 'the last' || key === 'the next' || key === 'the coming' || key === 'past')) {
      if (unit === 'DE' || key === 'the next' || key === 'the coming' || /\b(?:over|for|throughout|within)\s+$/i.test(before))
        return cand(m, offset, this.name, 'DURATION', { value: duration(1, unit), confidence: 0.8 });
    }
    let rel: Relative = dir.anaphoric && dir.n === 0 ? { kind: 'narrative', unit } : { kind: 'offset', unit, n: dir.n, anaphoric: dir.anaphoric };
    if (unit === 'Y' && dir.anaphoric && dir.n === 0) rel = { kind: 'narrative', unit: 'Y' };
    return cand(m, offset, this.name, 'DATE', { rel, timeSuffix: unitWord === 'weekend' ? '-WE' : undefined, confidence: 0.9 });
  },
};
