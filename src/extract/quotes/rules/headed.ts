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
  // (a statement announced by the paragraph before: its paragraphs may each open a quotation
  // that closes only in the last one)
  let announced = false;
  const added: Cand[] = [];
  for (const para of doc.paragraphs) {
    const a = tokenIndexAt(doc, para.start);
    const b = tokenIndexAt(doc, para.end);
    if (b <= a) continue;
    if (wholeQuotation(ctx, a, b)) {
      // (the content is what the marks hold, as for every direct quote)
      const r = ctx.marks.regions[ctx.marks.markOf[a]];
      if (speaker && !cands.some((c) => c.a < b && c.b > a)) added.push(cand(r.tokStart, r.tokEnd, { ...speaker }, announced ? 'statement' : 'heading', 0.8));
      continue;
    }
    if (announced && speaker && OPENING_MARKS.has(ctx.text.slice(doc.tokens[a].start, doc.tokens[a].end))) {
      // "“My dedication … is unwavering. (no closing mark: the quotation goes on)"
      let e = b;
      if (CLOSING_MARKS.has(ctx.text.slice(doc.tokens[e - 1].start, doc.tokens[e - 1].end))) e--;
      if (e - a > 3 && !cands.some((c) => c.a < b && c.b > a)) added.push(cand(a + 1, e, { ...speaker }, 'statement', 0.8));
      continue;
    }
    announced = false;
    speaker = statementAnnounced(ctx, a, b);
    if (speaker) announced = true;
    else speaker = headingPerson(ctx, a, b);
  }
  if (!added.length) return cands;
  return [...cands, ...added].sort((x, y) => x.a - y.a);
}

const OPENING_MARKS = new Set(['“', '"', '«']);
const CLOSING_MARKS = new Set(['”', '"', '»']);

/**
 * The person a paragraph announces a statement of, in its last sentence: "The following is a
 * statement from the First Lady, Ana Ruiz, on …", "… issued the following statement:" (the
 * first person named there), or null.
 */
function statementAnnounced(ctx: Ctx, a: number, b: number): SpeakerRef | null {
  const { doc } = ctx;
  const text = ctx.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end);
  const m = /(?:^|[.!?]\s+)(?:the following is|following is|below is|here is) (?:a|the) (?:joint )?statement (?:from|by)\b|\bissued the following statement\b/i.exec(text);
  if (!m) return null;
  const from = doc.tokens[a].start + m.index;
  let k = a;
  while (k < b && doc.tokens[k].start < from) k++;
  return personNamed(ctx, k, b);
}

/** The first person named by name among tokens [a, b), as a speaker, or null. */
function personNamed(ctx: Ctx, a: number, b: number): SpeakerRef | null {
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
  return personNamed(ctx, a, b);
}
