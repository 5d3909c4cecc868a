/**
 * "2009", "in 1953", "fiscal 1989", "1957-58" (two years), "'98": a year written as a number.
 * Numbers that are amounts ("2,000", "$1999", "1990 people") are left alone.
 */
import { cand } from '../common/build.js';
import type { Candidate, Parser } from '../common/types.js';

const NOT_AFTER = /^(?:\s*(?:%|percent|per\s*cent|people|persons|men|women|troops|soldiers|feet|foot|metres|meters|miles|kilometres|kilometers|km|tons|tonnes|pounds|dollars|euros|yuan|barrels|units|votes|cars|acres|hectares|square|seats|points|employees|workers|jobs|children|cases|deaths|homes|hours|days|[ap]\.?m\b|GMT|EST|UTC)\b|[,.]\d|:\d|\s*-\s*(?:year|month|day)|\s+to\s+(?!(?:1[5-9]|20)\d\d\b)\d)/i;
const NOT_BEFORE = /(?:[$€£¥#№]\s*|No\.\s*|\bNos?\s+|\bFlight\s+|\bRoute\s+|\bRoom\s+|\bSuite\s+|\bSection\s+|\bArticle\s+|\bResolution\s+|\bpage\s+|\bp\.\s*|\bcode\s+|\bversion\s+|\bmodel\s+|\bnumber\s+|\bTu-|\bSu-|\bMiG-|[\d.,:/]\s*|-)$/i;
/** A street address ("1984 Elm Street", "2100 Pennsylvania Ave."): a house number, no year. */
const ADDRESS_AFTER = /^\s+(?:[A-Z][a-z]+\s+){1,2}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Dr\.|Place)(?!\w)/;

export const YearParser: Parser = {
  name: 'YearParser',
  pattern: /\b(?:(fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|the\s+class\s+of)\s*)?((?:1[0-9]|20)\d\d)(?:\s*[-–/]\s*(\d\d|(?:1[0-9]|20)\d\d))?\b(?!['’]?s\b)/g,
  keys: [['10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20']],
  extract(m, offset, ctx) {
    const abs = offset + m.index;
    const before = ctx.text.slice(Math.max(0, abs - 12), abs);
    const after = ctx.text.slice(abs + m[0].length, abs + m[0].length + 14);
    // "mid-1996", "post-1959", "pre-2000": the year with its prefix
    const prefix = /\b(mid|pre|post)-$/i.exec(before);
    if ((!prefix && NOT_BEFORE.test(before)) || NOT_AFTER.test(after)) return null;
    if (ADDRESS_AFTER.test(ctx.text.slice(abs + m[0].length, abs + m[0].length + 40))) return null;
    const year = Number(m[2]);
    // plain numbers far from now are more often counts than years, unless a preposition says "in"
    const prep = /\b(?:in|since|of|by|until|till|from|to|before|after|during|between|and|year|around|early|late|mid|summer|spring|autumn|fall|winter)[-\s]*$/i.test(before) || /^\s*(?:,|\.|;|\)|$)/.test(after);
    if (!m[1] && (year < 1800 || year > 2099) && !prep) return null;
    if (!m[1] && year < 1500) return null;
    const out: Candidate[] = [];
    const headLen = m[0].length - (m[3] ? m[0].length - m[0].indexOf(m[2]) - m[2].length : 0);
    const mod = prefix ? ({ mid: 'MID', pre: 'BEFORE', post: 'AFTER' } as Record<string, string>)[prefix[1].toLowerCase()] : undefined;
    out.push(cand(m, offset, this.name, 'DATE', { value: m[2], mod, confidence: m[1] || prep || prefix ? 0.93 : 0.8 }, [prefix ? -prefix[0].length : 0, headLen]));
    if (m[3]) {
      const second = m[3].length === 2 ? m[2].slice(0, 2) + m[3] : m[3];
      if (Number(second) > year) {
        const s = m[0].length - m[3].length;
        out.push(cand(m, offset, this.name, 'DATE', { value: second, confidence: 0.85 }, [s, m[0].length]));
      } else if (m[3].length === 2) return null; // "1999-01": not a range of years
    }
    return out;
  },
};
