/**
 * Relayed words: "Ushakov said Putin told Trump that …" is Ushakov's statement (the speaker)
 * of what Putin said (`via`). The content opens with a speaker of its own and a verb of saying.
 */
import type { Cand } from '../build.js';
import { isCap, type Ctx } from '../context.js';
import { CUES, PRONOUNS } from '../lexicon.js';
import { npRight, skipLeft, speakerRef } from '../speaker.js';

export function viaRule(ctx: Ctx, cands: Cand[]): void {
  const { low } = ctx;
  for (const c of cands) {
    if (!c.speaker || c.b - c.a < 4) continue;
    let a = c.a;
    if (low[a] === 'that') a++;
    if (ctx.marks.inQ[a] >= 0 || ctx.marks.markOf[a] >= 0) continue;
    const np = npRight(ctx, a, Math.min(c.b, a + 8));
    if (!np || np.b >= c.b) continue;
    // a named source or a pronoun, then (adverbs) a verb of saying
    if (!isCap(ctx, np.head) && !PRONOUNS.has(low[np.head])) continue;
    if (low[np.head] === 'it' || low[np.head] === 'which' || low[np.head] === 'who') continue;
    let k = np.b;
    while (k < c.b && k - np.b < 3 && skipLeft(ctx, k, k) < k) k++;
    const cw = CUES.get(low[k]);
    if (!cw || cw.cls === 'B' || !/(?:ed|told|said|wrote|says|tells|writes)$/.test(low[k])) continue;
    const via = speakerRef(ctx, np);
    if (via.name === c.speaker.name) continue;
    c.via = via;
  }
}
