/**
 * "X briefed Y on …", "X updated Y on …": what X told Y about, the words after "on" (or
 * "about") to the end of the clause. Readouts tell a call's content this way; "brief" and
 * "update" are no cue words the tagger learns from (rare in news), so the form is read here,
 * after the tagger, where no content was found.
 */
import { cand, inTextOrder, trimRange, type Cand } from '../build.js';
import { isCap, type Ctx } from '../context.js';
import { speakerRef, subjectBefore } from '../speaker.js';
import { PRONOUNS } from '../lexicon.js';

const BRIEF_FORMS = new Set(['briefed', 'briefs', 'updated', 'updates']);
/** The longest one told ("his American counterpart", "President Zelenskyy of Ukraine"). */
const MAX_TOLD = 7;

export function briefedOn(ctx: Ctx, cands: Cand[]): Cand[] {
  const { doc, low } = ctx;
  let out = cands;
  for (let k = 1; k < low.length - 3; k++) {
    if (!BRIEF_FORMS.has(low[k])) continue;
    const s = ctx.sentOf[k];
    if (s < 0) continue;
    const end = doc.sentences[s].tokenEnd;
    // the one told, then "on"/"about"
    let t = k + 1;
    while (t < Math.min(end, k + 1 + MAX_TOLD) && low[t] !== 'on' && low[t] !== 'about' && /^[\p{L}.'’-]+$/u.test(low[t])) t++;
    if (t === k + 1 || (low[t] !== 'on' && low[t] !== 'about')) continue;
    // (the one told is a person: a pronoun, or words with a name or a title in capitals, "his
    // American counterpart"; not "updated the figures on …")
    let person = PRONOUNS.has(low[k + 1]);
    for (let x = k + 1; x < t && !person; x++) person = isCap(ctx, x);
    if (!person) continue;
    const np = subjectBefore(ctx, k);
    if (!np) continue;
    // the clause: to the sentence's end, or a semicolon
    let e = t + 1;
    while (e < end && low[e] !== ';') e++;
    const [a, b] = trimRange(ctx, t + 1, e);
    if (b - a < 2 || out.some((c) => c.a < b && c.b > a)) continue;
    if (out === cands) out = cands.slice();
    out.push(cand(a, b, speakerRef(ctx, np), 'briefed-on', 0.75, [k, k + 1]));
  }
  return out === cands ? cands : out.sort(inTextOrder);
}
