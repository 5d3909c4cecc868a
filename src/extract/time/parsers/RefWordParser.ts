/**
 * "now", "currently", "recently", "the past", "the future", "at the time", "these days",
 * "nowadays": references to the present, past or future
 * (PRESENT_REF, PAST_REF, FUTURE_REF).
 */
import { cand, FUTURE, PAST, PRESENT } from '../common/build.js';
import type { Parser } from '../common/types.js';

const VALUE: Record<string, string> = {
  now: PRESENT,
  'right now': PRESENT,
  'just now': PRESENT,
  currently: PRESENT,
  nowadays: PRESENT,
  'these days': PRESENT,
  'at present': PRESENT,
  'the present': PRESENT,
  recently: PAST,
  'more recently': PAST,
  'most recently': PAST,
  lately: PAST,
  'the past': PAST,
  'at the time': PAST,
  'the future': FUTURE,
  'the near future': FUTURE,
  'the foreseeable future': FUTURE,
  'the distant future': FUTURE,
  'the immediate future': FUTURE,
  'the near term': FUTURE,
  future: FUTURE,
  'a later date': FUTURE,
};

export const RefWordParser: Parser = {
  name: 'RefWordParser',
  pattern: /\b(right\s+now|just\s+now|now|currently|nowadays|these\s+days|at\s+present|the\s+present|(?:more|most)\s+recently|recently|lately|the\s+past|at\s+the\s+time|the\s+(?:near|foreseeable|distant|immediate)\s+future|the\s+near\s+term|the\s+future|in\s+future|a\s+later\s+date)\b(?![-'’])/gi,
  keys: [['^now', '^currently', ' days', ' present', '^recently', '^lately', ' past', ' time', ' future', ' term', ' later']],
  extract(m, offset, ctx) {
    let key = m[1].toLowerCase().replace(/[\s-]+/g, ' ');
    const abs = offset + m.index;
    const after = ctx.text.slice(abs + m[0].length, abs + m[0].length + 16);
    const before = ctx.text.slice(Math.max(0, abs - 12), abs);
    let trim: [number, number] | undefined;
    if (key === 'in future') {
      key = 'future';
      trim = [3, m[0].length];
    }
    // "the past two years", "the past decade", "the future president": not references
    if ((key === 'the past' || key === 'the future' || key === 'the present') && /^\s+(?:\d|[a-z]+)/.test(after) && !/^\s+(?:and|or|but|when|as|if|is|was|will|would|to|that|than|of|in|on|for|with|by|we|he|she|they|it|there)\b/i.test(after)) return null;
    if (key === 'now' && /^\s*-/.test(after)) return null;
    if (key === 'now' && /\b(?:from|until|till|by|of)\s+$/i.test(before) && /^\s+on\b/i.test(after)) return null; // "from now on"
    return cand(m, offset, this.name, 'DATE', { value: VALUE[key], confidence: 0.8 }, trim);
  },
};
