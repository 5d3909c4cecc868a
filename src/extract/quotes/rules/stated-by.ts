/**
 * "This was stated by X": a sentence that names the speaker of the sentence before it, after the
 * fact ("Ukraine will not give up an inch of its land. This was stated by President Ana Ruiz at a
 * briefing."), as official news sites tell a statement. The sentence before is X's, whatever the
 * tagger made of it: contents found inside it (a guess with a speaker inside the words, "its")
 * give way to it.
 */
import { cand, inTextOrder, trimRange, type Cand } from '../build.js';
import type { Ctx } from '../context.js';
import { npRight, speakerRef } from '../speaker.js';

/** Words that point back at the sentence before. */
const BACK = new Set(['this', 'that', 'these', 'it']);
/** Verbs of saying in the passive ("was stated by"). */
const STATED = new Set(['stated', 'said', 'announced', 'emphasized', 'emphasised', 'noted', 'declared', 'underlined', 'stressed', 'reported', 'written', 'voiced', 'expressed']);

export function statedBy(ctx: Ctx, cands: Cand[]): Cand[] {
  const { doc, low } = ctx;
  let out = cands;
  for (let s = 1; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    const a = sent.tokenStart;
    const e = sent.tokenEnd;
    if (e - a < 5 || !BACK.has(low[a])) continue;
    // "This was stated by", "This has been stated by"
    let k = a + 1;
    if (low[k] === 'has' || low[k] === 'had') {
      if (low[k + 1] !== 'been') continue;
      k += 2;
    } else if (low[k] === 'was' || low[k] === 'were') k++;
    else continue;
    if (!STATED.has(low[k]) || low[k + 1] !== 'by') continue;
    const np = npRight(ctx, k + 2, e);
    if (!np) continue;
    // the sentence before, in the same paragraph or ending the one before
    const prev = doc.sentences[s - 1];
    if (sent.paragraph - prev.paragraph > 1) continue;
    const [ca, cb] = trimRange(ctx, prev.tokenStart, prev.tokenEnd);
    if (cb - ca < 3) continue;
    // (a quotation with a speaker of its own named in its sentence is that speaker's)
    if (cands.some((c) => c.a < cb && c.b > ca && c.speaker && c.speaker.start !== undefined && c.speaker.start >= doc.tokens[ca].start && c.speaker.end! <= doc.tokens[cb - 1].end && ctx.marks.inQ[c.a] >= 0)) continue;
    const q = cand(ca, cb, speakerRef(ctx, np), 'stated-by', 0.85, [k, k + 2]);
    out = out.filter((c) => c.b <= ca || c.a >= cb);
    out.push(q);
  }
  return out === cands ? cands : out.sort(inTextOrder);
}
