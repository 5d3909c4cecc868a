/**
 * A speaker that is one side of a coordinated subject ("Ukraine and the United States agreed …",
 * "Secretary Rubio and his team reiterated …") is the whole subject; one inside the "of" phrase
 * of a group ("The leaders of Russia and the US discussed …", "The Presidents of Ukraine and the
 * United States …") is the group, whom the speaker rules resolve ("the leaders" of a call are its
 * two parties). The learned speaker chooser picks one name of such a subject; the words before the
 * cue say who spoke.
 */
import type { Cand } from '../build.js';
import { isCap, sentStart, type Ctx } from '../context.js';
import { SPEAKER_NOUNS, SPEAKING_HEADS } from '../lexicon.js';
import { npLeft, skipLeft, speakerRef, type NP } from '../speaker.js';

export function jointSubjects(ctx: Ctx, cands: Cand[]): void {
  const { doc, low } = ctx;
  for (const c of cands) {
    const sp = c.speaker;
    if (!sp || sp.start === undefined || !c.cue || c.cue[0] <= 0) continue;
    const v = c.cue[0];
    const s = sentStart(ctx, v);
    const j = skipLeft(ctx, v - 1, s);
    if (j < s) continue;
    const np = npLeft(ctx, j, s);
    // the speaker is the last side, right before the verb
    if (!np || np.a - 2 < s || low[np.a - 1] !== 'and' || doc.tokens[np.a].start > sp.start || doc.tokens[np.b - 1].end < sp.end!) continue;
    const left = npLeft(ctx, np.a - 2, s);
    // (the other side names someone: a name, or a noun of people or speaking bodies; not "raise
    // and spend money", "public office and his …")
    if (!left || left.b !== np.a - 1 || !namesSomeone(ctx, left)) continue;
    let whole: NP = { a: left.a, b: np.b, head: np.head };
    // (the "of" may sit inside the first side's phrase: "the Presidents of | Ukraine")
    const of = low.indexOf('of', left.a);
    if (of > left.a && of < left.b) whole = { a: left.a, b: of, head: of - 1 };
    else if (left.a - 2 >= s && low[left.a - 1] === 'of') {
      const group = npLeft(ctx, left.a - 2, s);
      if (!group || group.b !== left.a - 1) continue;
      whole = group;
    }
    c.speaker = speakerRef(ctx, whole);
  }
}

/** Whether the phrase names someone: its head is capitalised, or a noun of people or speaking bodies. */
function namesSomeone(ctx: Ctx, np: NP): boolean {
  const w = ctx.low[np.b - 1];
  return isCap(ctx, np.b - 1) || SPEAKER_NOUNS.has(w) || SPEAKING_HEADS.has(w);
}
