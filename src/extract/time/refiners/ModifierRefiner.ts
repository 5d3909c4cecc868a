/**
 * Takes in the words before an expression that qualify it and sets the TIMEX3 `mod`:
 * "early December" (START), "late last July" (END), "mid-2013" (MID), "the end of the year"
 * (END), "earlier this month" (START), "about two years" (APPROX), "more than a week"
 * (MORE_THAN), "nearly four years" (LESS_THAN / APPROX), "at least 10 hours" (EQUAL_OR_MORE).
 */
import { copyCand } from '../common/build.js';
import type { Candidate, Refiner } from '../common/types.js';

// longest first; each group names the mod
const PREFIX = new RegExp(
  '(?:^|[^\\w-])((?:the\\s+)?(?:very\\s+)?(?:end|close|beginning|start|middle|turn)\\s+of(?:\\s+the)?|earlier|later|early|late|mid-?|' +
    'no\\s+more\\s+than|no\\s+less\\s+than|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|over|under|nearly|almost|about|around|approximately|roughly|some|just\\s+over|just\\s+under|well\\s+over|only|a\\s+mere|mere)[\\s]*$',
  'i',
);
const MOD: Array<[RegExp, string]> = [
  [/^(?:the\s+)?(?:very\s+)?(?:end|close)\s+of/i, 'END'],
  [/^(?:the\s+)?(?:very\s+)?(?:beginning|start)\s+of/i, 'START'],
  [/^(?:the\s+)?(?:very\s+)?(?:middle)\s+of|^mid/i, 'MID'],
  [/^(?:the\s+)?turn\s+of/i, 'APPROX'],
  [/^(?:earlier|early)$/i, 'START'],
  [/^(?:later|late)$/i, 'END'],
  [/^(?:no\s+more\s+than|at\s+most|up\s+to)$/i, 'EQUAL_OR_LESS'],
  [/^(?:no\s+less\s+than|at\s+least)$/i, 'EQUAL_OR_MORE'],
  [/^(?:more\s+than|over|just\s+over|well\s+over)$/i, 'MORE_THAN'],
  [/^(?:less\s+than|fewer\s+than|under|just\s+under|nearly|almost)$/i, 'LESS_THAN'],
  [/^(?:about|around|approximately|roughly|some)$/i, 'APPROX'],
];

export const ModifierRefiner: Refiner = {
  name: 'ModifierRefiner',
  refine(cands, ctx) {
    let prevEnd = 0;
    return cands.map((c): Candidate => {
      const lo = Math.max(prevEnd, c.start - 24);
      prevEnd = c.end;
      const m = PREFIX.exec(ctx.text.slice(lo, c.start));
      if (!m) return c;
      const word = m[1].replace(/\s+$/, '');
      const mod = MOD.find(([re]) => re.test(word))?.[1];
      const amounts = c.type === 'DURATION' || (c.rule === 'AgoParser' && c.type === 'DATE');
      const edge = mod === 'START' || mod === 'END' || mod === 'MID';
      // "over the past two years", "some days": only amounts take comparison words; only dates take edges
      if (!edge && !amounts && mod !== 'APPROX') return c;
      if (/^(?:over|under|some|only|a\s+mere|mere)$/i.test(word) && !(c.type === 'DURATION' && /^\s*(?:an?\b|\d|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)/i.test(ctx.text.slice(c.start, c.end)))) {
        if (!/^(?:a\s+mere|mere|only)$/i.test(word)) return c;
      }
      if (edge && c.type === 'DURATION') return c;
      if (/^(?:earlier|later)$/i.test(word) && !/^(?:this|today|yesterday|tomorrow|that|last|next|in|on|[A-Z])/i.test(ctx.text.slice(c.start, c.start + 10))) return c;
      if (mod === 'APPROX' && !amounts && !/^(?:around|about|approximately|roughly)$/i.test(word)) return c;
      // TimeML sets the mod of "about two weeks" but leaves "about" and "only" out of the span
      const outside = /^(?:about|only)$/i.test(word);
      const start = outside ? c.start : lo + m.index + m[0].indexOf(m[1]);
      const keepMod = !/^(?:only|a\s+mere|mere)$/i.test(word);
      return copyCand(c, { start, mod: keepMod ? (c.mod ?? mod) : c.mod });
    });
  },
};
