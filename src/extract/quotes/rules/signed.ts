/**
 * Quotations signed with a dash: a line that is one quotation followed by a dash and a name
 * (`“We need more buses on the late routes.” ― Dana Whitfield`), as readers' responses, round-ups
 * and epigraphs print them. The name after the dash is the speaker, not the speaker of the quote
 * before (whom the tagger's ranker would carry on): the quotation's content gets that name, and a
 * quotation no rule or the tagger found is added with it.
 */
import { tokenIndexAt } from '../../../model/doc.js';
import { cand, type Cand } from '../build.js';
import { isCap, type Ctx } from '../context.js';
import { speakerRef } from '../speaker.js';

const DASHES = new Set(['―', '—', '–', '-', '--']);
/** Most tokens of the signature's name. */
const MAX_NAME = 6;
/** Most tokens after the name on its line (a role: ", a nurse from Leeds"). */
const MAX_AFTER = 14;

/** Whether the character at `at` opens a line: only spaces or tabs between it and a line break or the text's start. */
function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

/** Sets (or adds) the speaker of each quotation signed with a dash; returns `cands` in text order. */
export function signedQuotations(ctx: Ctx, cands: Cand[]): Cand[] {
  const { doc, low, marks } = ctx;
  const n = doc.tokens.length;
  let added: Cand[] | undefined;
  for (const r of marks.regions) {
    if (r.close < 0 || r.words < 2) continue;
    const s = ctx.sentOf[r.open];
    if (s < 0) continue;
    const para = doc.paragraphs[doc.sentences[s].paragraph];
    // the quotation opens its line
    if (!opensLine(ctx.text, doc.tokens[r.open].start)) continue;
    let k = r.close + 1;
    if (k >= n || !DASHES.has(low[k])) continue;
    k++;
    // the end of the signature's line (or paragraph)
    const nl = ctx.text.indexOf('\n', doc.tokens[k - 1].end);
    const pEnd = Math.min(n, tokenIndexAt(doc, nl >= 0 && nl < para.end ? nl : para.end));
    // the name: capitalized words (and initials with their stops)
    let e = k;
    while (e < pEnd && e - k < MAX_NAME && (isCap(ctx, e) || (low[e] === '.' && e > k && low[e - 1].length === 1))) e++;
    while (e > k && low[e - 1] === '.') e--;
    if (e === k) continue;
    // nothing quoted after it, and little else: the line is the quotation and its signature
    if (pEnd - e > MAX_AFTER) continue;
    let quoted = false;
    for (let x = e; x < pEnd; x++) if (marks.markOf[x] >= 0) quoted = true;
    if (quoted || (e < pEnd && low[e] !== ',' && low[e] !== '.' && low[e] !== ';')) continue;
    const ref = speakerRef(ctx, { a: k, b: e, head: e - 1 });
    let found = false;
    for (const c of cands) {
      if (c.a > r.close || c.b <= r.open) continue;
      // the quotation alone: not the line before it (another signature) nor its own signature
      if (c.a < r.tokStart || c.b > r.tokEnd) {
        c.a = Math.max(c.a, r.tokStart);
        c.b = Math.min(c.b, r.tokEnd);
        c.frags = undefined;
      }
      c.speaker = ref;
      found = true;
    }
    if (!found) (added ??= []).push(cand(r.tokStart, r.tokEnd, ref, 'signed', 0.8));
  }
  if (!added) return cands;
  return [...cands, ...added].sort((x, y) => x.a - y.a);
}
