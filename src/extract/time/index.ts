/**
 * The time layer: every date, time, duration and set in the text as a TIMEX3 expression,
 * normalized against the publication date (`doc.article.published`). Rules live one per file in
 * `parsers/` and `refiners/`, listed in order in `config.ts`.
 */
import { firstStartingFrom, tokenIndexAt, type Doc, type Stage } from '../../model/doc.js';
import type { TimeExpr } from '../../model/types.js';
import { REPORTING } from './common/lexicon.js';
import { extractTimes } from './engine.js';
import { inQuote } from '../../text/quotation.js';

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

/** tokens between a reporting verb and a date attached to it ("said on Thursday", "on Thursday said") */
const ATTACH = 3;

/** Dated DATE/TIME expressions starting in [start, end), in order. */
function datedIn(doc: Doc, start: number, end: number): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (let i = firstStartingFrom(doc.times, start); i < doc.times.length && doc.times[i].start < end; i++) {
    const t = doc.times[i];
    if ((t.type === 'DATE' || t.type === 'TIME') && specificity(t.value) >= 0) out.push(t);
  }
  return out;
}

function mostSpecific(times: readonly TimeExpr[]): string | undefined {
  let best: TimeExpr | undefined;
  for (const t of times) if (!best || specificity(t.value) > specificity(best.value)) best = t;
  return best?.value;
}

/**
 * When the statement or event of sentence `sentenceIndex` happened, as the most specific
 * DATE/TIME value (durations and sets excluded); undefined when the sentence does not say.
 * A sentence that reports speech ("Zelenskyy said on Thursday that the invasion began in
 * February 2022") is dated by the date attached to its reporting verb (Thursday), not by the
 * dates of what was said: dates in quotation marks, after the verb or, for a trailing "…,
 * he said", before it, are the statement's topic and are not used. A sentence without a
 * reporting verb is an event: its most specific date.
 */
export function timeOfSentence(doc: Doc, sentenceIndex: number): string | undefined {
  const sent = doc.sentences[sentenceIndex];
  if (!sent) return undefined;
  const dated = datedIn(doc, sent.start, sent.end);
  if (dated.length === 0) return undefined;
  const verbs: number[] = [];
  for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'word' && REPORTING.has(doc.text.slice(t.start, t.end).toLowerCase())) verbs.push(i);
  }
  const outside = dated.filter((t) => !inQuote(doc.text, sent.start, t.start));
  if (verbs.length === 0) return mostSpecific(outside);
  // a date attached to a reporting verb is the statement time
  const attached = outside.filter((t) => {
    const a = tokenIndexAt(doc, t.start);
    const b = tokenIndexAt(doc, t.end);
    return verbs.some((v) => (a > v && a - v <= ATTACH) || (b <= v && v - b < ATTACH));
  });
  if (attached.length > 0) return mostSpecific(attached);
  // otherwise only dates of the reporting clause count: before the first verb, unless the
  // sentence is a trailing report (", he said" / ", said the minister") whose content comes first
  const v = verbs[0];
  const vStart = doc.tokens[v].start;
  const head = doc.text.slice(Math.max(sent.start, vStart - 40), vStart);
  const trailing = /[,"”'’]\s*(?:[\w.'’-]+\s+){0,4}$/.test(head) && v >= sent.tokenEnd - 7;
  if (trailing) return undefined;
  return mostSpecific(outside.filter((t) => t.end <= vStart));
}

/**
 * The most specific DATE/TIME value inside `[start, end)` of the text (durations and sets
 * excluded): the date of one clause, e.g. a quote's cue clause or an event's trigger clause.
 */
export function timeOfClause(doc: Doc, start: number, end: number): string | undefined {
  return mostSpecific(datedIn(doc, start, end).filter((t) => t.end <= end));
}
