/**
 * The tense of the clause around a time expression, read from the nearest tense cue
 * (`../data/tense.tsv`, plus regular "-ed" past forms). "will be held" counts as future: a
 * cue is future when "will"/"would"/"to be" stands just before it. Weak cues ("said",
 * "until") count only when they touch the expression ("said Thursday") or nothing else is near.
 */
import { sentenceAt, tokenIndexAt, type Doc } from '../../../model/doc.js';
import { TENSE, WEAK_TENSE } from './lexicon.js';

export type Tense = 'past' | 'future' | 'present';

const ED_EXCEPTIONS = new Set(['united', 'red', 'need', 'speed', 'bed', 'seed', 'feed', 'hundred', 'indeed', 'based', 'related', 'proposed', 'expected', 'scheduled', 'planned', 'alleged', 'armed', 'unnamed', 'limited', 'advanced', 'detailed', 'elected', 'so-called', 'interested', 'postponed', 'delayed', 'adjourned', 'deferred', 'rescheduled']);
const FUTURE_BEFORE = new Set(['will', "'ll", 'would', 'shall', 'to']);
/** a verb right after "since DATE" makes the date a subject and "since" a "because" */
const CAUSAL_VERB_AFTER = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'will', 'would', 'falls', 'fell']);
const MAX_DISTANCE = 12;
/** a weak cue this close (in tokens) is as good as a strong one: "said Thursday", "said on Thursday" */
const TOUCH = 2;

interface Cue {
  tense: Tense;
  weak: boolean;
}

function word(doc: Doc, i: number): string {
  const t = doc.tokens[i];
  return doc.text.slice(t.start, t.end).toLowerCase();
}

/**
 * A filter before slicing a word: a table indexed by a hash of the lower-cased ASCII word, set
 * for the words that can be cues by themselves (tense.tsv, "set", "slated", "early", "soon").
 * Any other ASCII word is a cue only as a regular "-ed" form.
 */
const SLOTS = 1 << 12;
const MAYBE_CUE = new Uint8Array(SLOTS);
const CUE_WORDS = [...TENSE.keys(), 'set', 'slated', 'early', 'soon'];
const ASCII_CUES = CUE_WORDS.every((w) => [...w].every((ch) => ch.charCodeAt(0) < 128));
for (const w of CUE_WORDS) MAYBE_CUE[asciiSlot(w, 0, w.length)] = 1;

/** Slot of `s[start, end)` lower-cased, or -1 if it has a character beyond ASCII. */
function asciiSlot(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c |= 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return (h ^ (h >>> 15)) & (SLOTS - 1);
}

/** Whether token i can be a cue: false only for an ASCII word that is neither a cue word nor longer than four letters ending in "ed". */
function mayBeCue(doc: Doc, i: number): boolean {
  if (!ASCII_CUES) return true;
  const t = doc.tokens[i];
  const slot = asciiSlot(doc.text, t.start, t.end);
  if (slot < 0 || MAYBE_CUE[slot]) return true;
  return t.end - t.start > 4 && (doc.text.charCodeAt(t.end - 2) | 32) === 101 && (doc.text.charCodeAt(t.end - 1) | 32) === 100;
}

function cueOf(doc: Doc, i: number, lo: number): Cue | undefined {
  if (doc.tokens[i].kind !== 'word') return undefined;
  if (!mayBeCue(doc, i)) return undefined;
  const w = word(doc, i);
  let tense = TENSE.get(w);
  // "as early as Tuesday", "as soon as Monday": a date looked forward to
  // "set to resume Monday", "slated to open Friday": a plan ahead
  if (tense === undefined && (w === 'set' || w === 'slated') && i + 1 < doc.tokens.length && word(doc, i + 1) === 'to') tense = 'future';
  if (tense === undefined && (w === 'early' || w === 'soon') && i > lo && word(doc, i - 1) === 'as' && i + 1 < doc.tokens.length && word(doc, i + 1) === 'as') tense = 'future';
  if (tense === undefined && w.length > 4 && w.endsWith('ed') && !ED_EXCEPTIONS.has(w)) tense = 'past';
  if (tense === undefined) return undefined;
  if (tense === 'past' && i > lo) {
    // "will be held", "to be signed", "would meet", "will not be held": not a past event
    let j = i - 1;
    let p = word(doc, j);
    if ((p === 'be' || p === 'not' || p.endsWith('ly')) && j > lo) p = word(doc, --j);
    if ((p === 'be' || p === 'not') && j > lo) p = word(doc, --j);
    if (FUTURE_BEFORE.has(p)) {
      const pp = j > lo ? word(doc, j - 1) : '';
      if (!(p === 'to' && (pp === 'was' || pp === 'were' || pp === 'used'))) tense = 'future';
    }
  }
  if (tense === 'future' && i - 1 > lo && word(doc, i - 1) === 'been' && word(doc, i - 2) === 'had') {
    // "had been scheduled to expire Friday", "had been due Monday": a plan already past
    tense = 'past';
  }
  return { tense, weak: WEAK_TENSE.has(w) };
}

/** Tense of the clause holding `[start, end)`, or undefined when no cue is near. */
export function tenseAround(doc: Doc, start: number, end: number): Tense | undefined {
  return tenseCue(doc, start, end)?.tense;
}

/**
 * The tense cue that decides the clause's tense, with its distance in tokens (a cue after the
 * expression counts half a token more) and whether it is weak. A strong cue touching the
 * expression ("the year ended March 31", "will meet Monday") is trusted over calendar nearness.
 */
export function tenseCue(doc: Doc, start: number, end: number): { tense: Tense; dist: number; weak: boolean } | undefined {
  const s = sentenceAt(doc, start);
  if (s < 0) return undefined;
  const sent = doc.sentences[s];
  const first = tokenIndexAt(doc, start);
  const after = tokenIndexAt(doc, end);
  // "since Oct. 23": a point behind the time of writing (not "Since Thursday is a holiday",
  // where "since" gives a reason and the date is a subject)
  // ("since the Oct. 23 slaying": the same, with an article before the date)
  const lead = first - 1 >= sent.tokenStart && (word(doc, first - 1) === 'the' || word(doc, first - 1) === 'a') ? first - 2 : first - 1;
  if (lead >= sent.tokenStart && word(doc, lead) === 'since' && !(after < sent.tokenEnd && CAUSAL_VERB_AFTER.has(word(doc, after)))) return { tense: 'past', dist: 1, weak: false };
  let strong: { tense: Tense; dist: number } | undefined;
  let weak: { tense: Tense; dist: number } | undefined;
  const consider = (i: number, dist: number): void => {
    const cue = cueOf(doc, i, sent.tokenStart);
    if (!cue) return;
    const isWeak = cue.weak && (dist > TOUCH || cue.tense === 'future');
    if (isWeak) {
      if (!weak || dist < weak.dist) weak = { tense: cue.tense, dist };
    } else if (!strong || dist < strong.dist) strong = { tense: cue.tense, dist };
  };
  // a quotation mark bounds the search: the words quoted are another voice with their own tense
  // ('"We are ready," Putin told reporters on Thursday' is a past Thursday)
  const tokens = doc.tokens;
  for (let i = first - 1, d = 1; i >= sent.tokenStart && d <= MAX_DISTANCE; i--, d++) {
    if (tokens[i].kind === 'quote') break;
    consider(i, d);
    if (strong && strong.dist === d) break;
  }
  // a cue after the expression wins only when strictly nearer
  for (let i = after, d = 1; i < sent.tokenEnd && d <= MAX_DISTANCE; i++, d++) {
    if (strong && d >= strong.dist) break;
    if (tokens[i].kind === 'quote') break;
    consider(i, d + 0.5);
  }
  if (strong) return { tense: strong.tense, dist: strong.dist, weak: false };
  if (weak) return { tense: weak.tense, dist: weak.dist, weak: true };
  return undefined;
}
