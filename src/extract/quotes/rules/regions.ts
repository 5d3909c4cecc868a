/**
 * Quotations no cue claimed: "Trump on Iran: “…”" (a colon after a name) and a quoted paragraph
 * that continues the previous paragraph's speaker.
 */
import { cand, inTextOrder, type Cand } from '../build.js';
import { isCap, sentStart, type Ctx } from '../context.js';
import { npLeft, speakerRef, type NP } from '../speaker.js';
import { CUE_NOUNS } from '../lexicon.js';
import { sentenceSubject } from './cue.js';

/** Nouns for what was said, beside the nouns of saying (cue-nouns.txt), that a possessor owns ("Sturgeon's response"). */
const SAID_NOUNS = new Set(['response', 'reply', 'answer', 'reaction', 'message', 'verdict', 'words', 'retort', 'explanation', 'advice', 'assessment', 'conclusion']);

/**
 * "Nicola Sturgeon's response was blunt: “…”": the subject is what a person said, so the person
 * speaks: the possessor before "'s", when the phrase's head is a noun of saying.
 */
function possessorOfSaying(ctx: Ctx, np: NP): NP {
  const { low } = ctx;
  if (!SAID_NOUNS.has(low[np.head]) && !CUE_NOUNS.has(low[np.head])) return np;
  for (let p = np.head - 1; p > np.a; p--) if (low[p] === "'s" || low[p] === '’s') return { a: np.a, b: p, head: p - 1 };
  return np;
}

export function regionRule(ctx: Ctx, cands: Cand[], blocked: Uint8Array, used: Uint8Array): void {
  const { doc, low, marks } = ctx;
  const byStart = cands.slice().sort(inTextOrder);
  let ci = 0;
  let last: Cand | null = null;
  for (let r = 0; r < marks.regions.length; r++) {
    const reg = marks.regions[r];
    while (ci < byStart.length && byStart[ci].a < reg.open) last = byStart[ci++];
    if (used[r] || blocked[reg.open]) continue;
    const end = reg.close >= 0 ? reg.close + 1 : reg.tokEnd;
    const o = reg.open;
    // "Name: “…”", "X released the following statement:¶¶“…”"
    if (o - 2 >= 0 && low[o - 1] === ':' && !blocked[o - 1]) {
      const ss = sentStart(ctx, o - 1);
      let np = npLeft(ctx, o - 2, ss);
      // a label ("Trump:") is the whole prefix; otherwise the sentence's subject speaks
      if (!np || !isCap(ctx, np.head) || np.a > ss + 1) np = sentenceSubject(ctx, ss, o - 1);
      if (np) {
        used[r] = 1;
        cands.push(cand(o, end, speakerRef(ctx, possessorOfSaying(ctx, np)), 'colon', 0.7, [o - 1, o]));
        continue;
      }
    }
    // a quoted paragraph after one with a quote of a known speaker
    const s = ctx.sentOf[o];
    if (s < 0 || reg.words < 4) continue;
    const para = doc.sentences[s].paragraph;
    const opensPara = doc.paragraphs[para].start === doc.tokens[o].start;
    if (!opensPara || !last || !last.speaker) continue;
    // a quotation followed by more words in its sentence has an attribution of its own
    if (end < doc.tokens.length && ctx.sentOf[end] === ctx.sentOf[end - 1] && !/^[.!?…]$/.test(low[end])) continue;
    const lastPara = doc.sentences[ctx.sentOf[last.a]]?.paragraph ?? -1;
    if (lastPara !== para - 1) continue;
    used[r] = 1;
    const c = cand(o, end, last.speaker, 'continuation', 0.5);
    cands.push(c);
    last = c;
  }
}
