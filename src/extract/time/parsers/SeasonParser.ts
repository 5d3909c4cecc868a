/** "last summer", "this fall", "the winter of 1994", "spring 2013", "early next spring": seasons ("2012-SU"). */
import { cand } from '../common/build.js';
import type { Parser, Shift } from '../common/types.js';

const SEASON: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const SHIFT: Record<string, Shift> = { last: -1, 'this past': -1, past: -1, next: 1, 'this coming': 1, coming: 1, this: 0 };
const MOD: Record<string, string> = { early: 'START', late: 'END', mid: 'MID' };

export const SeasonParser: Parser = {
  name: 'SeasonParser',
  pattern: /\b(in|during|by|until|since|through|before|after|over|of|this|last|next)?(\s+)?\b(?:(?:(the)\s+)?(early|late|mid)[-\s]+)?(?:(this\s+past|this\s+coming|last|next|this|past|coming|the|that)\s+)?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?/gi,
  keys: [['spring', 'summer', 'fall', 'autumn', 'winter']],
  extract(m, offset, ctx) {
    const season = SEASON[m[6].toLowerCase()];
    const det = m[5]?.toLowerCase().replace(/\s+/g, ' ');
    const prep = m[1]?.toLowerCase();
    const mod = m[4] ? MOD[m[4].toLowerCase()] : undefined;
    const year = m[7];
    const from = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    const after = ctx.text.slice(offset + m.index + m[0].length, offset + m.index + m[0].length + 12);
    if (!year && !det && !mod && !(prep && /^(?:this|last|next)$/.test(prep))) {
      // a bare season word needs a time preposition ("in spring") and, for "fall", never
      if (!prep || season === 'FA' || /^(?:of)$/.test(prep)) return null;
    }
    if (det === 'the' && season === 'FA' && !year && !(prep && /^(?:in|during|by|until|since|through|this|last|next)$/.test(prep))) return null;
    if (/^\s*(?:of\s+(?:the|a|an|his|her|its|their)|session|term|semester|school|games|olympics|palace|solstice)\b/i.test(after) && !year) return null;
    let shift: Shift | undefined = det && det !== 'the' && det !== 'that' ? SHIFT[det] : undefined;
    if (prep && /^(?:this|last|next)$/.test(prep) && !det && !mod) shift = SHIFT[prep];
    const start = prep && /^(?:this|last|next)$/.test(prep) && !det ? 0 : from;
    if (year) return cand(m, offset, this.name, 'DATE', { value: `${year}-${season}`, mod, confidence: 0.92 }, [start, m[0].length]);
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'season', season, shift }, mod, confidence: 0.85 }, [start, m[0].length]);
  },
};
