/**
 * The tense of the clause around a time expression, read from the nearest tense cue
 * (`../data/tense.tsv`, plus regular "-ed" past forms). "will be held" counts as future: a
 * cue is future when "will"/"would"/"to be" stands just before it.
 */
import { sentenceAt, tokenIndexAt, type Doc } from '../../../model/doc.js';
import { TENSE } from './lexicon.js';

export type Tense = 'past' | 'future' | 'present';

const ED_EXCEPTIONS = new Set(['united', 'red', 'need', 'speed', 'bed', 'seed', 'feed', 'hundred', 'indeed', 'based', 'related', 'proposed', 'expected', 'scheduled', 'planned', 'alleged', 'armed', 'unnamed', 'limited', 'advanced', 'detailed', 'elected', 'so-called', 'interested']);
const FUTURE_BEFORE = new Set(['will', "'ll", 'would', 'shall', 'to', 'be', 'going', 'could', 'may', 'might', 'should', 'must', 'can']);
const MAX_DISTANCE = 12;

function cueOf(doc: Doc, i: number, lo: number): Tense | undefined {
  const t = doc.tokens[i];
  if (t.kind !== 'word') return undefined;
  const w = doc.text.slice(t.start, t.end).toLowerCase();
  let tense = TENSE.get(w);
  if (tense === undefined && w.length > 4 && w.endsWith('ed') && !ED_EXCEPTIONS.has(w)) tense = 'past';
  if (tense === 'past' && w !== 'ago' && w !== 'last' && w !== 'earlier' && w !== 'previous') {
    // "will be held", "is to be signed", "could have met" → not a past event
    for (let j = i - 1; j >= Math.max(lo, i - 3); j--) {
      const p = doc.text.slice(doc.tokens[j].start, doc.tokens[j].end).toLowerCase();
      if (p === 'have' || p === 'has') break;
      if (FUTURE_BEFORE.has(p)) return p === 'be' && j > lo && /^(was|were|had)$/i.test(doc.text.slice(doc.tokens[j - 1].start, doc.tokens[j - 1].end)) ? 'past' : 'future';
    }
  }
  return tense;
}

/** Tense of the clause holding `[start, end)`, or undefined when no cue is near. */
export function tenseAround(doc: Doc, start: number, end: number): Tense | undefined {
  const s = sentenceAt(doc, start);
  if (s < 0) return undefined;
  const sent = doc.sentences[s];
  const first = tokenIndexAt(doc, start);
  const after = tokenIndexAt(doc, end);
  let best: Tense | undefined;
  let bestDist = Infinity;
  for (let i = first - 1; i >= Math.max(sent.tokenStart, first - MAX_DISTANCE); i--) {
    const cue = cueOf(doc, i, sent.tokenStart);
    if (cue !== undefined) {
      best = cue;
      bestDist = first - i;
      break;
    }
  }
  // a cue after the expression wins only when strictly nearer
  for (let i = after; i < Math.min(sent.tokenEnd, after + Math.min(MAX_DISTANCE, bestDist - 1)); i++) {
    const cue = cueOf(doc, i, sent.tokenStart);
    if (cue !== undefined) return cue;
  }
  return best;
}
