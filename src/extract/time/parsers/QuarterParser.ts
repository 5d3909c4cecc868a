/**
 * "the third quarter", "third-quarter", "the fourth quarter of 2012", "Q2 2013", "the latest
 * quarter", "this quarter", "the first half of 2013", "the second half": quarters and halves.
 */
import { cand } from '../common/build.js';
import type { Parser, Shift } from '../common/types.js';

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

export const QuarterParser: Parser = {
  name: 'QuarterParser',
  pattern:
    /\b(?:(?:the|this|that|last|next)\s+)?(?:(last|this|next)\s+year['’]s\s+)?(?:comparable\s+)?(?:(current|latest|previous|past|recent|last|next|same|comparable|year-ago|year-earlier|fiscal)[-\s]+)?(?:(fiscal)[-\s]+)?(?:((?:19|20)\d\d)\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+)?(quarter|half)\b(?:\s+of\s+((?:19|20)\d\d)\b|,?\s+((?:19|20)\d\d)\b|\s+(?:of\s+)?(last|this|next)\s+year\b|\s+of\s+(?:the|this)\s+year\b)?|\b[Qq]([1-4])\s*((?:19|20)\d\d)?\b|\b((?:19|20)\d\d)\s*[Qq]([1-4])\b/gi,
  keys: [['quarter', 'half', 'q1', 'q2', 'q3', 'q4']],
  extract(m, offset, ctx) {
    // groups 1-9 belong to the worded form; "Q3 2013" is 10-11, "2013Q3" is 12-13
    if (m[10]) return cand(m, offset, this.name, 'DATE', m[11] ? { value: `${m[11]}-Q${m[10]}`, confidence: 0.9 } : { rel: { kind: 'quarter', q: Number(m[10]) }, confidence: 0.9 });
    if (m[12]) return cand(m, offset, this.name, 'DATE', { value: `${m[12]}-Q${m[13]}`, confidence: 0.9 });
    const whole = m[0].toLowerCase();
    const adj = m[2]?.toLowerCase();
    const ord = m[5] ? ORD[m[5].toLowerCase()] : undefined;
    const half = m[6].toLowerCase() === 'half';
    const year = m[4] ?? m[7] ?? m[8];
    if (half && !ord) return null;
    if (!ord && !adj && !m[1] && !/^(?:the|this|that|last|next)\s/.test(whole)) return null;
    // "a quarter of the votes", "quarter-final": not a period
    const after = ctx.text.slice(offset + m.index + m[0].length, offset + m.index + m[0].length + 8);
    if (/^-(?:final|century|point)/i.test(after) || /^\s+of\s+(?:a|an|all|the|its|their|those)\b/i.test(after) && !/of\s+(?:the|this)\s+year/i.test(whole)) return null;
    if (half) {
      const h = ord === 1 ? 1 : 2;
      if (year) return cand(m, offset, this.name, 'DATE', { value: `${year}-H${h}`, confidence: 0.85 });
      return cand(m, offset, this.name, 'DATE', { rel: { kind: 'offset', unit: 'Y', n: /last\s+year/.test(whole) ? -1 : /next\s+year/.test(whole) ? 1 : 0 }, timeSuffix: `-H${h}`, confidence: 0.75 });
    }
    if (ord && ord > 4) return null;
    if (year) return cand(m, offset, this.name, 'DATE', { value: `${year}-Q${ord ?? 'X'}`, confidence: 0.9 });
    const yearWord = m[9] ?? m[1];
    if (yearWord) {
      const n = { last: -1, this: 0, next: 1 }[yearWord.toLowerCase() as 'last' | 'this' | 'next'];
      return cand(m, offset, this.name, 'DATE', { rel: { kind: 'offset', unit: 'Y', n }, timeSuffix: `-Q${ord ?? 'X'}`, confidence: 0.88 });
    }
    let shift: Shift | undefined;
    if (/^(?:this|current)\b|\bcurrent\b/.test(whole)) shift = 0;
    else if (/^next\b|\bnext\b/.test(whole)) shift = 1;
    else if (/^last\b|\b(?:latest|previous|past|recent|last)\b/.test(whole)) shift = -1;
    if (/year-(?:ago|earlier)/.test(whole)) {
      return cand(m, offset, this.name, 'DATE', { rel: { kind: 'offset', unit: 'Y', n: -1 }, timeSuffix: `-Q${ord ?? 'X'}`, confidence: 0.7 });
    }
    return cand(m, offset, this.name, 'DATE', { rel: { kind: 'quarter', q: ord, shift: ord ? (shift === -1 ? undefined : shift) : shift }, confidence: ord ? 0.9 : 0.75 });
  },
};
