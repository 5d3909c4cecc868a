/**
 * Quotations under a heading that names their speaker. Round-ups ("Here's what you missed:")
 * put a short line that names a person and where they spoke ("Secretary of State Marco Rubio
 * on Meet the Press") over paragraphs that are each one quotation and nothing else, with no
 * attribution of their own. Such a paragraph, when no rule or the tagger found a quote in it,
 * is the words of the person the heading names; the run goes on over quotation paragraphs and
 * ends at the first paragraph of anything else.
 */
import { tokenIndexAt } from '../../../model/doc.js';
import type { SpeakerRef } from '../../../model/types.js';
import { cand, type Cand } from '../build.js';
import type { Ctx } from '../context.js';

/** A heading is short: at most this many tokens. */
const MAX_HEADING = 16;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', ',', '…', '...']);

/** Adds the quotation paragraphs under a heading that names a person (see the file's comment); returns `cands` with them, in text order. */
export function headedQuotes(ctx: Ctx, cands: Cand[]): Cand[] {
  const { doc } = ctx;
  let speaker: SpeakerRef | null = null;
  const added: Cand[] = [];
  for (const para of doc.paragraphs) {
    const a = tokenIndexAt(doc, para.start);
    const b = tokenIndexAt(doc, para.end);
    if (b <= a) continue;
    if (wholeQuotation(ctx, a, b)) {
      // (the content is what the marks hold, as for every direct quote)
      const r = ctx.marks.regions[ctx.marks.markOf[a]];
      if (speaker && !cands.some((c) => c.a < b && c.b > a)) added.push(cand(r.tokStart, r.tokEnd, { ...speaker }, 'heading', 0.8));
      continue;
    }
    speaker = headingPerson(ctx, a, b);
  }
  if (!added.length) return cands;
  return [...cands, ...added].sort((x, y) => x.a - y.a);
}

/** Whether tokens [a, b) are one quotation: an opening mark first, its closing mark last. */
function wholeQuotation(ctx: Ctx, a: number, b: number): boolean {
  const r = ctx.marks.markOf[a];
  if (r < 0) return false;
  const region = ctx.marks.regions[r];
  return region.open === a && region.close === b - 1 && region.words >= 3;
}

/** The person a heading names: a short line with no sentence punctuation at its end whose first person mention is a name. */
function headingPerson(ctx: Ctx, a: number, b: number): SpeakerRef | null {
  if (b - a > MAX_HEADING || SENTENCE_END.has(ctx.low[b - 1]) || ctx.marks.inQ[a] >= 0 || ctx.marks.markOf[a] >= 0) return null;
  const { doc } = ctx;
  for (let k = a; k < b; k++) {
    const mi = ctx.mentionAt[k];
    if (mi < 0) continue;
    const m = doc.mentions[mi];
    if (m.type !== 'PER' || m.form !== 'name') continue;
    const ent = m.entity ? ctx.entities.get(m.entity) : undefined;
    return { name: ent?.name ?? m.text, start: m.start, end: m.end, entity: ent?.id, anonymous: undefined };
  }
  return null;
}
