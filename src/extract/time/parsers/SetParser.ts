/**
 * "daily", "annually", "every day", "each week", "every two years", "every Monday", "every
 * morning", "twice a year": recurring times (TIMEX3 SET).
 */
import { cand, duration } from '../common/build.js';
import { CARDINAL, FULL_WEEKDAY, MONTH, monthOf, numberOf, unitOf, weekdayOf } from '../common/lexicon.js';
import type { Parser } from '../common/types.js';

const ADVERB: Record<string, string> = { hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', biannually: 'P6M', biennially: 'P2Y' };
const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** TIMEX3 season codes */
const SEASONS: Partial<Record<string, string>> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

export const SetParser: Parser = {
  name: 'SetParser',
  pattern: new RegExp(
    `\\b(?:(hourly|daily|nightly|weekly|monthly|quarterly|annually|yearly|biannually|biennially)|(?:every|each)\\s+(?:(other)\\s+)?(?:(${CARDINAL})\\s+)?(seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter|${FULL_WEEKDAY}|${MONTH}))\\b`,
    'gi',
  ),
  keys: [['hourly', 'daily', 'nightly', 'weekly', 'monthly', 'quarterly', 'annually', 'yearly', 'biennially', 'every', 'each']],
  extract(m, offset, ctx) {
    if (m[1]) {
      const w = m[1].toLowerCase();
      const abs = offset + m.index;
      const after = ctx.text.slice(abs + m[0].length, abs + m[0].length + 16);
      // "the daily newspaper", "a weekly magazine": adjectives naming a publication, not times
      if (/^\s+(?!basis\b|and\b|or\b|but\b|to\b|in\b|on\b|at\b|for\b|from\b|by\b|since\b|until\b|with\b|than\b|as\b|if\b|when\b|while\b|the\b|a\b|an\b|that\b|this\b|is\b|are\b|was\b|were\b|will\b|would\b|through\b|throughout\b|over\b|during\b|under\b|per\b|after\b|before\b|into\b|because\b|so\b|until\b|rather\b|instead\b|now\b|since\b|up\b|out\b|last\b|this\b|next\b|outside\b|inside\b|around\b|across\b|along\b|among\b|against\b|near\b|here\b|there\b|again\b|about\b|off\b|down\b|online\b|abroad\b|together\b)[a-z]/.test(after)) return null;
      return cand(m, offset, this.name, 'SET', { value: ADVERB[w], confidence: 0.8 });
    }
    const word = m[4].toLowerCase();
    const part = PART[word];
    if (part) return cand(m, offset, this.name, 'SET', { value: `XXXX-XX-XXT${part}`, confidence: 0.85 });
    const dow = weekdayOf(word);
    if (dow) return cand(m, offset, this.name, 'SET', { value: `XXXX-WXX-${dow}`, confidence: 0.88 });
    if (word === 'weekend') return cand(m, offset, this.name, 'SET', { value: 'XXXX-WXX-WE', confidence: 0.85 });
    // "each spring", "every winter": a season of every year
    const season = SEASONS[word];
    if (season) return cand(m, offset, this.name, 'SET', { value: `XXXX-${season}`, confidence: 0.85 });
    // "each July", "every January": a month of every year (capitalised: "every march" is no month)
    const month = /^[A-Z]/.test(m[4]) ? monthOf(m[4]) : undefined;
    if (month) return cand(m, offset, this.name, 'SET', { value: `XXXX-${String(month).padStart(2, '0')}`, confidence: 0.88 });
    const unit = unitOf(word);
    if (!unit) return null;
    let n = m[3] ? (numberOf(m[3]) ?? 1) : 1;
    if (m[2]) n = 2;
    return cand(m, offset, this.name, 'SET', { value: duration(n, unit), confidence: 0.88 });
  },
};
