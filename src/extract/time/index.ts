/**
 * The time layer: every date, time, duration and set in the text as a TIMEX3 expression,
 * normalized against the publication date (`doc.article.published`). Rules live one per file in
 * `parsers/` and `refiners/`, listed in order in `config.ts`.
 */
import type { Doc, Stage } from '../../model/doc.js';
import { extractTimes } from './engine.js';

export { checkAnachronisms, type Anachronism } from './anachronisms.js';

export const timeStage: Stage = {
  name: 'time',
  run(doc) {
    doc.times = extractTimes(doc);
  },
};

/** How specific a DATE/TIME value is (higher is more specific); -1 for values that name no date. */
export function specificity(value: string): number {
  if (/_REF$/.test(value) || /^X+$/.test(value)) return -1;
  const m = /^(\d{2,4})(?:-(W\d\d|Q\d|H\d|SP|SU|FA|WI|\d\d)(?:-(\d\d|\d|WE))?)?(?:T(\d\d(?::\d\d)?|MO|AF|EV|NI|DT))?/.exec(value);
  if (!m) return 0;
  if (m[1].length < 4) return m[1].length - 3; // decade 0, century -1 → kept below a year
  let s = 1;
  if (m[2]) s = /^W/.test(m[2]) ? 3 : /^\d/.test(m[2]) ? 4 : 2;
  if (m[3]) s = 5;
  if (m[4]) s = /\d/.test(m[4]) ? 7 : 6;
  return s;
}

/**
 * The most specific DATE or TIME value named in sentence `sentenceIndex` (durations and sets
 * excluded), for dating the quotes and events of that sentence. Undefined when there is none.
 */
export function timeOfSentence(doc: Doc, sentenceIndex: number): string | undefined {
  const sent = doc.sentences[sentenceIndex];
  if (!sent) return undefined;
  let best: string | undefined;
  let bestScore = -Infinity;
  for (const t of doc.times) {
    if (t.start < sent.start || t.start >= sent.end) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const s = specificity(t.value);
    if (s < 0) continue;
    if (s > bestScore) {
      bestScore = s;
      best = t.value;
    }
  }
  return best;
}
