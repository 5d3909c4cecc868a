/**
 * "X was clear that …", "X has been consistent that …", "X was clear with Y that …": a stance
 * told with a form of "be" and an adjective of saying plainly, whose that-clause is what X made
 * known. The cue lexicon has "made clear"; this form of it, whose words ("was", "clear") are
 * too common to be cue words the tagger learns from, is read here, after the tagger. The content
 * runs from "that" to the sentence's end; the speaker is the subject before the verb.
 */
import { cand, IN_TURN, inTextOrder, isTurn, trimRange, type Cand } from '../build.js';
import { isCap, type Ctx } from '../context.js';
import { speakerRef, subjectBefore } from '../speaker.js';
import { PRONOUNS } from '../lexicon.js';
import { isOpenMark } from './cue.js';

const BE_FORMS = new Set(['was', 'is', 'were', 'are', 'been']);
/** Adjectives of saying plainly. */
const PLAIN = new Set(['clear', 'consistent', 'upfront', 'adamant', 'explicit', 'unequivocal', 'emphatic', 'categorical', 'transparent', 'candid', 'frank', 'forthright']);

export function stanceThat(ctx: Ctx, cands: Cand[]): Cand[] {
  const { doc, low } = ctx;
  let out = cands;
  for (let k = 1; k < low.length - 3; k++) {
    if (!PLAIN.has(low[k])) continue;
    // ("was very clear that …")
    const be = INTENSIFIERS.has(low[k - 1]) && k >= 2 ? k - 2 : k - 1;
    if (!BE_FORMS.has(low[be])) continue;
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
    let v = be;
    if (low[v] === 'been' && (low[v - 1] === 'has' || low[v - 1] === 'have' || low[v - 1] === 'had')) v--;
    let np = subjectBefore(ctx, v);
    // ("It is clear that …": no one's stance)
    if (!np || low[np.head] === 'it' || low[np.head] === 'this' || low[np.head] === 'that' || (np.b - np.a === 1 && !PRONOUNS.has(low[np.a]) && !isCap(ctx, np.a))) continue;
    // ("our position is clear that …": the possessor's own stance)
    if (np.b - np.a > 1 && (low[np.a] === 'our' || low[np.a] === 'my')) np = { a: np.a, b: np.a + 1, head: np.a };
    // (up to a colon that opens a quotation: "… upfront that X would face tariffs: “…”" — the
    // quotation is a quote of its own)
    let end = doc.sentences[s].tokenEnd;
    for (let x = t + 1; x < end - 1; x++) if (low[x] === ':' && isOpenMark(ctx, x + 1)) { end = x; break; }
    let [a, b] = trimRange(ctx, t, end);
    if (b - a < 3) continue;
    // (where a content is found already, it stays, unless it swallowed this stance's own words:
    // a guess that runs from the subject over "was clear that" into the clause)
    // (a heading's quotation holds it whole: its speaker said it; inside a transcript's turn it
    // is a quote of its own beside the turn, as the turn's speaker tells it)
    const inTurn = out.some((c) => isTurn(c) && c.a <= v && c.b >= b);
    // (inside a turn, an attribution of someone else's found in the clause's tail, "— which X said
    // that he understood", is a quote of its own: the stance ends before it)
    if (inTurn) {
      for (const c of out) {
        if (!c.rule.startsWith(IN_TURN) || !c.cue || c.a <= a || c.b > b) continue;
        let x = c.cue[0] - 1;
        while (x > a + 2 && !TAIL_BREAKS.has(low[x])) x--;
        if (x > a + 2) [a, b] = trimRange(ctx, a, Math.min(b, x));
      }
    }
    if (out.some((c) => c.a < b && c.b > a && !(inTurn && isTurn(c)) && (!(c.a <= k && c.b > k) || !guess(c)))) continue;
    out = out.filter((c) => !(c.a < b && c.b > a) || (inTurn && isTurn(c)));
    out.push(cand(a, b, speakerRef(ctx, np), inTurn ? IN_TURN + 'stance-that' : 'stance-that', 0.8, [v, k + 1]));
  }
  return out === cands ? cands : out.sort(inTextOrder);
}

/** Marks before a clause of its own in a stance's tail. */
const TAIL_BREAKS = new Set(['—', '–', '--', ';', ',']);

/** Words that may stand between "was" and the adjective ("was very clear"). */
const INTENSIFIERS = new Set(['very', 'quite', 'absolutely', 'perfectly', 'crystal', 'abundantly', 'also', 'always']);

/** Whether a content is the tagger's reading of a sentence (with a cue it found or none), not a labelled turn, a heading's or a statement's quotation. */
function guess(c: Cand): boolean {
  return c.rule === 'tagger' || (c.rule.startsWith('tag+cue') && !c.rule.includes('quote'));
}
