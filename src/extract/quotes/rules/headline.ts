/**
 * Headline quotes: `Kasich: ‘We Are Going All the Way.’` — a title line that is a name, a colon
 * and one quotation in single marks (headlines quote in single marks) is that person's words.
 * Without the marks too: news titles put a claim after its source and a colon (`Senator Smith:
 * Budget Deal Is Dead`, `Poll: Governor Leads by Five`) when the part before the colon is a
 * person's or an organisation's name, or a speaker noun (poll, report, officials).
 */
import { cand, type Cand } from '../build.js';
import { isCap, type Ctx } from '../context.js';
import { npLeft, speakerRef } from '../speaker.js';
import { SPEAKER_NOUNS } from '../lexicon.js';

const OPEN = new Set(['‘', "'"]);
const CLOSE = new Set(['’', "'"]);

export function headlineRule(ctx: Ctx, cands: Cand[], blocked: Uint8Array): void {
  const { doc, low } = ctx;
  const p = doc.sentences.length ? doc.sentences[0] : null;
  if (!p || p.paragraph !== 0) return;
  // the first paragraph, all of it
  let end = 0;
  while (end < doc.sentences.length && doc.sentences[end].paragraph === 0) end++;
  const a0 = p.tokenStart;
  const b0 = doc.sentences[end - 1].tokenEnd;
  if (b0 - a0 > 40) return;
  // NAME : ‘ … ’ (.)
  let colon = -1;
  for (let i = a0 + 1; i < a0 + 6 && i < b0; i++)
    if (low[i] === ':') {
      colon = i;
      break;
    }
  if (colon < 0) return;
  if (!OPEN.has(low[colon + 1]) || doc.tokens[colon + 1].kind !== 'quote') {
    unmarkedHeadline(ctx, cands, blocked, a0, b0, colon);
    return;
  }
  let close = b0 - 1;
  if (low[close] === '.') close--;
  // a quotation that closes before the title ends ("Ana Ruiz: ‘No Idea’ If the Bridge Will Open"):
  // the whole claim after the colon, marks and all, is the source's, as in a title without marks
  if (close <= colon + 2 || !CLOSE.has(low[close]) || doc.tokens[close].kind !== 'quote') {
    unmarkedHeadline(ctx, cands, blocked, a0, b0, colon);
    return;
  }
  for (let i = colon + 2; i < close; i++) if (doc.tokens[i].kind === 'quote' && (OPEN.has(low[i]) || CLOSE.has(low[i])) && ctx.text[doc.tokens[i].start - 1] === ' ') return;
  if (!isCap(ctx, colon - 1)) return;
  const np = npLeft(ctx, colon - 1, a0);
  if (!np || np.a !== a0) return;
  for (let i = a0; i < b0; i++) if (blocked[i]) return;
  cands.push(cand(colon + 2, close, speakerRef(ctx, np), 'headline', 0.9, [colon, colon + 1]));
  for (let i = a0; i < b0; i++) blocked[i] = 1;
}

/** Nouns of a group or an outlet that a title names as the source before its colon ("Historians: …", "Clinton camp: …"). */
const TITLE_SOURCES = new Set(['camp', 'campaign', 'newspaper', 'historians', 'insiders', 'scholars', 'economists', 'critics', 'lawmakers', 'voters', 'parents']);

/** After a label in capitals and a dash opening a title ("EXCLUSIVE – …"): the token after the dash, else undefined. */
function labelDash(ctx: Ctx, a0: number, colon: number): number | undefined {
  const w = ctx.text.slice(ctx.doc.tokens[a0].start, ctx.doc.tokens[a0].end);
  const d = ctx.low[a0 + 1];
  return a0 + 2 < colon && w.length > 2 && w === w.toUpperCase() && (d === '–' || d === '—' || d === '-') ? a0 + 2 : undefined;
}

/** Least words of a claim after the colon of a title. */
const MIN_CLAIM_WORDS = 3;

/** `NAME: claim` as a title line (see above): the claim is the source's, in the title's words. */
function unmarkedHeadline(ctx: Ctx, cands: Cand[], blocked: Uint8Array, a0: number, b0: number, colon: number): void {
  const { doc, low, text } = ctx;
  // (past a label in capitals and its dash: "EXCLUSIVE – Ana Ruiz: …")
  const a = labelDash(ctx, a0, colon) ?? a0;
  // the source, or the source and whom it tells or where ("Ruiz to the union: …", "Ruiz at the rally: …")
  let h = colon - 1;
  for (let k = a + 1; k < colon - 1; k++) if (low[k] === 'to' || low[k] === 'at') h = k - 1;
  if (!isCap(ctx, h) && !(isCap(ctx, a) && TITLE_SOURCES.has(low[h]))) return;
  const np = npLeft(ctx, h, a);
  if (!np || np.a !== a) return;
  // a name the entities layer found (a person or a body), or a speaker noun
  const mi = ctx.mentionAt[h];
  const named = mi >= 0 && (doc.mentions[mi].type === 'PER' || doc.mentions[mi].type === 'ORG');
  if (!named && !SPEAKER_NOUNS.has(low[h]) && !TITLE_SOURCES.has(low[h])) return;
  // the title's line only: a line break ends it (a subtitle follows), and the semicolon before it
  let b = colon + 1;
  while (b < b0 && !text.slice(doc.tokens[b - 1].end, doc.tokens[b].start).includes('\n')) b++;
  const line = b;
  while (b > colon + 1 && (low[b - 1] === '.' || low[b - 1] === '!' || low[b - 1] === ';')) b--;
  let words = 0;
  for (let i = colon + 1; i < b; i++) if (doc.tokens[i].kind === 'word') words++;
  if (words < MIN_CLAIM_WORDS) return;
  for (let i = a0; i < line; i++) if (blocked[i]) return;
  cands.push(cand(colon + 1, b, speakerRef(ctx, np), 'headline-colon', 0.9, [colon, colon + 1]));
  for (let i = a0; i < line; i++) blocked[i] = 1;
}
