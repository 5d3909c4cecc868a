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

/** Words that open "Of X:", "On X:": the one or the thing spoken about before a colon and a quotation. */
const TOPIC_LEADS = new Set(['of', 'on', 'about', 'regarding']);

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
      // "Of Tomas Berg: “…”": the one spoken of, not the speaker, who is the one quoted just before
      if (np && np.a === ss + 1 && TOPIC_LEADS.has(low[ss])) {
        if (last?.speaker && doc.sentences[ctx.sentOf[last.a]].paragraph === doc.sentences[ctx.sentOf[ss]].paragraph) {
          used[r] = 1;
          cands.push(cand(o, end, last.speaker, 'colon', 0.7, [o - 1, o]));
        }
        continue;
      }
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
    if (!opensPara) continue;
    if (!last || !last.speaker) {
      // a paragraph that is one quotation, no one named as saying it and no quote before it, after
      // a paragraph that opens on what one person did ("Governor Ana Ruiz has secured …"): a
      // release quotes the one it is about
      const lone = loneQuotation(ctx, reg, para, end);
      if (lone) {
        used[r] = 1;
        last = cand(o, end, speakerRef(ctx, lone), 'lone-quotation', 0.4);
        cands.push(last);
      }
      continue;
    }
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

/** Least words of a paragraph-long quotation that `loneQuotation` gives the person before it. */
const MIN_LONE_WORDS = 8;
/** How far into its sentence the person's name may start (past a fronted phrase: "For the fourth time, …"). */
const MAX_SUBJECT_AT = 12;
/** Words that may stand between a subject and its verb, and auxiliaries the verb may be. */
const AUX = new Set(['has', 'have', 'had', 'is', 'was', 'will', 'would', 'can', 'could', 'did', 'does', 'also', 'again', 'today', 'once']);

/**
 * The person a lone quoted paragraph is given (see regionRule): the person whose name opens the
 * first sentence of the paragraph before as its subject (the name followed by its verb), when the
 * quotation fills its own paragraph and is the first quotation of the text; else null.
 */
function loneQuotation(ctx: Ctx, reg: { open: number; words: number }, para: number, end: number): NP | null {
  const { doc, low } = ctx;
  if (para === 0 || reg.words < MIN_LONE_WORDS) return null;
  // the quotation fills its paragraph
  const pe = doc.paragraphs[para].end;
  if (end < doc.tokens.length && doc.tokens[end].start < pe && /\p{L}/u.test(doc.text.slice(doc.tokens[end].start, pe))) return null;
  // the first quotation of the text
  if (ctx.marks.regions[0] && ctx.marks.regions[0].open !== reg.open) return null;
  const s0 = doc.sentences.findIndex((x) => x.paragraph === para - 1);
  if (s0 < 0) return null;
  const { tokenStart: ss, tokenEnd: se } = doc.sentences[s0];
  for (let k = ss; k < se && k < ss + MAX_SUBJECT_AT; k++) {
    const mi = ctx.mentionAt[k];
    if (mi < 0 || doc.mentions[mi].type !== 'PER') continue;
    let e = k;
    while (e < se && ctx.mentionAt[e] === mi) e++;
    // its verb right after it: an auxiliary or a past tense ("has expedited", "secured")
    let v = e;
    while (v < se && AUX.has(low[v]) && v - e < 2) v++;
    const verb = v > e || (low[e]?.endsWith('ed') && !isCap(ctx, e));
    return verb ? { a: k, b: e, head: e - 1 } : null;
  }
  return null;
}
