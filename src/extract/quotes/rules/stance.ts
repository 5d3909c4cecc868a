/**
 * "X was clear that …", "X has been consistent that …", "X was clear with Y that …": a stance
 * told with a form of "be" and an adjective of saying plainly, whose that-clause is what X made
 * known. The cue lexicon has "made clear"; this form of it, whose words ("was", "clear") are
 * too common to be cue words the tagger learns from, is read here, after the tagger. The content
 * runs from "that" to the sentence's end; the speaker is the subject before the verb.
 */
import { cand, inTextOrder, trimRange, type Cand } from '../build.js';
import { isCap, type Ctx } from '../context.js';
import { speakerRef, subjectBefore } from '../speaker.js';
import { PRONOUNS } from '../lexicon.js';

const BE_FORMS = new Set(['was', 'is', 'were', 'are', 'been']);
/** Adjectives of saying plainly. */
const PLAIN = new Set(['clear', 'consistent', 'upfront', 'adamant', 'explicit', 'unequivocal', 'emphatic', 'categorical']);

export function stanceThat(ctx: Ctx, cands: Cand[]): Cand[] {
  const { doc, low } = ctx;
  let out = cands;
  for (let k = 1; k < low.length - 3; k++) {
    if (!PLAIN.has(low[k]) || !BE_FORMS.has(low[k - 1])) continue;
    // "… clear that", "… clear with President X that" (the one told, up to six words)
    let t = k + 1;
    if (low[t] === 'with') {
      let x = t + 1;
      while (x < Math.min(low.length, t + 8) && low[x] !== 'that' && ctx.marks.inQ[x] < 0 && /^[\p{L}.'’-]+$/u.test(low[x])) x++;
      t = x;
    }
    if (low[t] !== 'that') continue;
    const s = ctx.sentOf[k];
    if (s < 0 || ctx.sentOf[t] !== s) continue;
    // the subject: right before the verb group ("President Biden was", "We have been")
    let v = k - 1;
    if (low[v] === 'been' && (low[v - 1] === 'has' || low[v - 1] === 'have' || low[v - 1] === 'had')) v--;
    const np = subjectBefore(ctx, v);
    // ("It is clear that …": no one's stance)
    if (!np || low[np.head] === 'it' || low[np.head] === 'this' || low[np.head] === 'that' || (np.b - np.a === 1 && !PRONOUNS.has(low[np.a]) && !isCap(ctx, np.a))) continue;
    const [a, b] = trimRange(ctx, t, doc.sentences[s].tokenEnd);
    if (b - a < 3) continue;
    // (where a content is found already, it stays, unless it swallowed this stance's own words:
    // a guess that runs from the subject over "was clear that" into the clause)
    // (a speaker's turn or a heading's quotation holds it whole: the turn's speaker said it)
    if (out.some((c) => c.a < b && c.b > a && (!(c.a <= k && c.b > k) || !guess(c)))) continue;
    out = out.filter((c) => !(c.a < b && c.b > a));
    out.push(cand(a, b, speakerRef(ctx, np), 'stance-that', 0.8, [v, k + 1]));
  }
  return out === cands ? cands : out.sort(inTextOrder);
}

/** Whether a content is the tagger's reading of a sentence (with a cue it found or none), not a labelled turn, a heading's or a statement's quotation. */
function guess(c: Cand): boolean {
  return c.rule === 'tagger' || (c.rule.startsWith('tag+cue') && !c.rule.includes('quote'));
}
