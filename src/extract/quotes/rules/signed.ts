/**
 * Quotations signed with a dash: a line that is one quotation followed by a dash and a name
 * (`“We need more buses on the late routes.” ― Dana Whitfield`), as readers' responses, round-ups
 * and epigraphs print them. The name after the dash is the speaker, not the speaker of the quote
 * before (whom the tagger's ranker would carry on): the quotation's content gets that name, and a
 * quotation no rule or the tagger found is added with it.
 */
import { tokenIndexAt } from '../../../model/doc.js';
import { cand, trimRange, type Cand } from '../build.js';
import { isCap, isWord, type Ctx } from '../context.js';
import { CUES } from '../lexicon.js';
import type { Region } from '../marks.js';
import { speakerRef, type NP } from '../speaker.js';
import { isCloseMark } from './cue.js';

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

/** Most tokens of a signature line inside a quotation ("Josh Park, Center for Transit Studies"). */
const MAX_SIGNATURE_LINE = 20;

/**
 * A quotation's signature: a dash and a name after its closing mark on its line (`“…” ― Dana
 * Whitfield`), or a last line of its own inside the marks, as pull quotes print them (`"We will
 * not wait for the state.\nDana Whitfield, Riverside Tenants Union."`): the name (up to a comma),
 * and where the quoted words end; null when there is none.
 */
function signature(ctx: Ctx, r: Region): { end: number; name: NP } | null {
  const { doc, low, marks, text } = ctx;
  const n = doc.tokens.length;
  const s = ctx.sentOf[r.open];
  if (s < 0) return null;
  const para = doc.paragraphs[doc.sentences[s].paragraph];
  // the quotation opens its line
  if (!opensLine(text, doc.tokens[r.open].start)) return null;
  if (r.close >= 0 && r.close + 1 < n && DASHES.has(low[r.close + 1])) {
    const k = r.close + 2;
    // the end of the signature's line (or paragraph)
    const nl = text.indexOf('\n', doc.tokens[k - 1].end);
    const pEnd = Math.min(n, tokenIndexAt(doc, nl >= 0 && nl < para.end ? nl : para.end));
    // the name: capitalized words (and initials with their stops)
    let e = k;
    while (e < pEnd && e - k < MAX_NAME && (isCap(ctx, e) || (low[e] === '.' && e > k && low[e - 1].length === 1))) e++;
    while (e > k && low[e - 1] === '.') e--;
    if (e === k) return null;
    // nothing quoted after it, and little else: the line is the quotation and its signature
    if (pEnd - e > MAX_AFTER) return null;
    for (let x = e; x < pEnd; x++) if (marks.markOf[x] >= 0) return null;
    if (e < pEnd && low[e] !== ',' && low[e] !== '.' && low[e] !== ';') return null;
    return { end: r.tokEnd, name: { a: k, b: e, head: e - 1 } };
  }
  // a last line inside the marks: after a line that ends a sentence, short, opening with a
  // capital, a name (up to a comma) that ends in one, and no verb of saying (no sentence)
  const lastTok = r.tokEnd - 1;
  if (lastTok <= r.tokStart) return null;
  const nl = text.lastIndexOf('\n', doc.tokens[lastTok].start);
  if (nl <= doc.tokens[r.tokStart].end) return null;
  const k = tokenIndexAt(doc, nl);
  if (k <= r.tokStart + 2 || k >= r.tokEnd || r.tokEnd - k > MAX_SIGNATURE_LINE || !isCap(ctx, k)) return null;
  if (!/[.!?…]$/.test(low[k - 1])) return null;
  let e = k;
  while (e < r.tokEnd && low[e] !== ',' && low[e] !== '(' && !(low[e] === '.' && e === r.tokEnd - 1)) {
    if (CUES.has(low[e]) || marks.markOf[e] >= 0 || !(isWord(ctx, e) || low[e] === '.')) return null;
    e++;
  }
  while (e > k && low[e - 1] === '.') e--;
  if (e === k || e - k > MAX_NAME + 2 || !isCap(ctx, e - 1)) return null;
  for (let x = e; x < r.tokEnd; x++) if (CUES.has(low[x])) return null;
  return { end: k, name: { a: k, b: e, head: e - 1 } };
}

/** Sets (or adds) the speaker of each signed quotation (see signature); returns `cands` in text order. */
export function signedQuotations(ctx: Ctx, cands: Cand[]): Cand[] {
  let added: Cand[] | undefined;
  for (const r of ctx.marks.regions) {
    if (r.words < 2) continue;
    const sig = signature(ctx, r);
    if (!sig) continue;
    const [a, b] = trimRange(ctx, r.tokStart, sig.end);
    if (b <= a) continue;
    const ref = speakerRef(ctx, sig.name);
    let found = false;
    for (const c of cands) {
      if (c.a >= b || c.b <= r.open) continue;
      // a quote joined to it from before (“A,” she said.¶“B.¶NAME, role.”): its own pieces stay
      // its own; the signed quotation is another one, the signature's
      const before = c.frags?.filter((f) => f[1] <= r.open);
      if (before?.length) {
        c.frags = before.length > 1 ? before : undefined;
        c.b = before[before.length - 1][1];
        // (without the closing mark a piece may end on)
        if (isCloseMark(ctx, c.b - 1) && c.b - 1 > c.a) c.b--;
        continue;
      }
      // the quotation alone: not the line before it (another signature) nor its own signature
      if (c.a < a || c.b > b) {
        c.a = Math.max(c.a, a);
        c.b = Math.min(c.b, b);
        c.frags = undefined;
      }
      c.speaker = ref;
      found = true;
    }
    if (!found) (added ??= []).push(cand(a, b, ref, 'signed', 0.8));
  }
  if (!added) return cands;
  return [...cands, ...added].sort((x, y) => x.a - y.a);
}
