/**
 * "two years ago", "a week earlier", "three days later", "a month from now", "several years
 * ago": a count of units before or after the publication date ("ago", "from now") or the
 * narrative time ("earlier", "later"). Vague counts give PAST_REF / FUTURE_REF.
 */
import { cand, FUTURE, PAST } from '../common/build.js';
import { QUANT, numberOf, unitOf, UNIT_KEYS } from '../common/lexicon.js';
import type { Parser } from '../common/types.js';

export const AgoParser: Parser = {
  name: 'AgoParser',
  pattern: new RegExp(`\\b(${QUANT}|a\\s+few|a\\s+couple\\s+of|a\\s+couple)\\s+(?:more\\s+|full\\s+)?(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)\\s+(?:or\\s+so\\s+)?(ago|earlier|later|before|after|from\\s+now|hence|back)(?![\\w-])`, 'gi'),
  keys: [UNIT_KEYS.map((k) => ` ${k}`), [' ago', ' earlier', ' later', ' before', ' after', ' now', ' hence', ' back']],
  extract(m, offset, ctx) {
    const n = numberOf(m[1]);
    const unit = unitOf(m[2]);
    if (n === undefined || !unit) return null;
    const word = m[3].toLowerCase().replace(/\s+/g, ' ');
    const sign = word === 'ago' || word === 'earlier' || word === 'before' || word === 'back' ? -1 : 1;
    const abs = offset + m.index + m[0].length;
    // "two days after the vote" / "a year before the election": the unit measures a distance to an event
    if ((word === 'before' || word === 'after') && /^\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|I|[A-Z])/.test(ctx.text.slice(abs, abs + 6))) return null;
    if (word === 'back' && !/^\s*[,.;]/.test(ctx.text.slice(abs, abs + 3))) return null;
    // "a month earlier than usual": a difference, not a date (the count stays a DURATION)
    if ((word === 'earlier' || word === 'later') && /^\s+than\b/i.test(ctx.text.slice(abs, abs + 6))) return null;
    if ((word === 'before' || word === 'after') && !/^\s*(?:[,.;:)"'’”]|$|\s(?:and|but|or|when|that)\b)/.test(ctx.text.slice(abs, abs + 6))) return null;
    if ((unit === 'H' || unit === 'MIN' || unit === 'S') && word !== 'ago' && word !== 'from now') return null;
    const anaphoric = word === 'earlier' || word === 'later' || word === 'before' || word === 'after';
    if (Number.isNaN(n)) return cand(m, offset, this.name, 'DATE', { value: sign < 0 ? PAST : FUTURE, confidence: 0.8 });
    if (unit === 'H' || unit === 'MIN' || unit === 'S') return cand(m, offset, this.name, 'DATE', { value: sign < 0 ? PAST : FUTURE, confidence: 0.6 });
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'offset', unit, n: sign * n, anaphoric }, confidence: 0.9, anchorable: unit === 'D' });
  },
};
