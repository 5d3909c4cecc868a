/**
 * Nouns of saying or stance with a possessor: "Trump's criticism of the deal", "her support for
 * the bill", "Clinton's claim that …". The possessor is the source.
 */
import { cand, type Cand } from '../build.js';
import { isWord, sentEnd, sentStart, type Ctx } from '../context.js';
import { CUE_NOUNS, CUES, MAIN_AUX, PRONOUNS } from '../lexicon.js';
import { npLeft, speakerRef, type NP } from '../speaker.js';
import { WordSet } from '../vocab.js';

const POSS_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
const LINKS = new Set(['of', 'about', 'for', 'on', 'against', 'that', 'to', 'over']);
const END = new Set([',', ';', '.', ':', '!', '?', '—', '(', ')', 'that', 'which', 'who', 'because', 'after', 'when', 'as', 'but', 'while', ...MAIN_AUX]);

/** The cue nouns by vocabulary id: the test made of every token, without a lookup by string. */
const CUE_NOUN_ID = new WordSet((w) => CUE_NOUNS.has(w));

export function nounCueRule(ctx: Ctx, cands: Cand[], blocked: Uint8Array): void {
  const { doc, low, marks, wid } = ctx;
  const n = doc.tokens.length;
  // the scan only: each cue noun before a link word is read by a function of its own
  // (`nounCueAt`), so that code first reached at a rarer reading, late in a run, deoptimizes that
  // and not the scan over every token
  for (let i = 1; i + 2 < n; i++) {
    if (!CUE_NOUN_ID.has(wid[i]) || blocked[i] || marks.inQ[i] >= 0) continue;
    if (LINKS.has(low[i + 1])) nounCueAt(ctx, i, cands);
  }
}

/** The candidate of cue noun i before its link word (none without a possessor or a content). */
function nounCueAt(ctx: Ctx, i: number, cands: Cand[]): void {
  const { low } = ctx;
  const link = low[i + 1];
  const ss = sentStart(ctx, i);
  const se = sentEnd(ctx, i);
  // the possessor: "Trump 's criticism", "his criticism", "Trump 's harsh criticism"
  let p = i - 1;
  if (p >= ss && isWord(ctx, p) && !POSS_PRONOUNS.has(low[p]) && low[p] !== "'s" && low[p] !== '’s' && p >= 1 && low[p - 1] !== undefined) p--; // one adjective
  let sp: NP | null = null;
  if (p >= ss && POSS_PRONOUNS.has(low[p])) sp = { a: p, b: p + 1, head: p };
  else if (p - 1 >= ss && (low[p] === "'s" || low[p] === '’s')) sp = npLeft(ctx, p - 1, ss);
  if (!sp || PRONOUNS.has(low[sp.head]) && !POSS_PRONOUNS.has(low[sp.head])) return;
  const a = link === 'that' ? i + 1 : i + 2;
  let e = a + 1;
  while (e < se && e - a < 16 && !END.has(low[e]) && !(CUES.has(low[e]) && CUES.get(low[e])!.cls !== 'B')) e++;
  if (e <= a) return;
  if (link === 'that') {
    // a that-clause runs to the clause end
    e = a + 1;
    while (e < se && low[e] !== ',' && low[e] !== ';' && !/^[.!?]$/.test(low[e])) e++;
  }
  cands.push(cand(a, e, speakerRef(ctx, sp), 'noun-cue', 0.45, [i, i + (link === 'that' ? 1 : 2)]));
}
