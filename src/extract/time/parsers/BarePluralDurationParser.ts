/**
 * "for years", "in recent weeks", "over the coming months", "decades": a unit in the plural
 * without a count (TIMEX3 "PXY"). Only after a word that makes it a stretch of time.
 */
import { cand, duration } from '../common/build.js';
import { unitOf } from '../common/lexicon.js';
import type { Parser } from '../common/types.js';

export const BarePluralDurationParser: Parser = {
  name: 'BarePluralDurationParser',
  pattern: /\b(for|over|in|within|take|took|takes|lasted|last)?\s*\b((?:the\s+)?(?:recent|coming|past|last|next|previous|following|ensuing|subsequent)\s+)?(minutes|hours|days|weeks|months|years|decades|centuries)\b(?![-\w])/gi,
  keys: [['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries']],
  extract(m, offset, ctx) {
    const unit = unitOf(m[3]);
    if (!unit) return null;
    if (!m[1] && !m[2]) return null;
    const abs = offset + m.index + m[0].length;
    const after = ctx.text.slice(abs, abs + 12);
    // "in years past" fine; "for years of service", "in days of old" still durations; "the past years'" fine
    if (/^\s+(?:old|ago|earlier|later|before|after|from)\b/i.test(after)) return null;
    if (!m[2] && /^(?:in|last)$/i.test(m[1]) && unit !== 'DE') return null;
    const adj = (m[2] ?? '').toLowerCase();
    const from = m[0].length - (m[2] ? m[2].length : 0) - m[3].length;
    return cand(m, offset, this.name, 'DURATION', { value: duration(NaN, unit), confidence: adj || /^for|over$/i.test(m[1] ?? '') ? 0.8 : 0.6 }, [from, m[0].length]);
  },
};
