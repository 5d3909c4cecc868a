/** "the 1990s", "the early 1980s", "the '90s", "the nineties", "mid-1990s": a decade (value "199"). */
import { cand } from '../common/build.js';
import type { Parser } from '../common/types.js';

const WORDS: Record<string, string> = { twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9' };
const MOD: Record<string, string> = { early: 'START', late: 'END', mid: 'MID' };

export const DecadeParser: Parser = {
  name: 'DecadeParser',
  pattern: /\b(?:the\s+)?(?:(early|late|mid)[-\s]+)?(?:((?:1[0-9]|20)\d)0['’]?s|['’](\d)0['’]?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi,
  keys: [['0s', "0'", '0’', 'ties']],
  extract(m, offset, ctx) {
    const mod = m[1] ? MOD[m[1].toLowerCase()] : undefined;
    // "the 1800s", "the early 1900s": a century (value "18"), as writers mean it; "the 2000s" stays
    // the decade the phrase names in today's news
    if (m[2] && m[2].endsWith('0') && Number(m[2]) < 200) return cand(m, offset, this.name, 'DATE', { value: m[2].slice(0, 2), mod, confidence: 0.85 });
    if (m[2]) return cand(m, offset, this.name, 'DATE', { value: m[2], mod, confidence: 0.95 });
    const digit = m[3] ?? WORDS[m[4].toLowerCase()];
    // "the nineties" / "the '90s": the twentieth century unless the text is about ages ("in his forties")
    if (m[4] && !/^the\s/i.test(m[0]) && !/^(?:early|late|mid)/i.test(m[0])) return null;
    const century = ctx.dct && ctx.dct.y >= 2030 && Number(digit) <= (ctx.dct.y % 100) / 10 ? String(Math.floor(ctx.dct.y / 100)) : '19';
    return cand(m, offset, this.name, 'DATE', { value: century + digit, mod, confidence: 0.85 });
  },
};
