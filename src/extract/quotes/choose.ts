/**
 * The speaker of a content that only the tagger found (no rule backs it): a learned choice
 * among the candidates around it — the tagged source span, the subject of the nearest tagged
 * cue (or its inverted subject), the name or pronoun next to the content, the previous quote's
 * speaker, and the other mentions of its sentence and the one before. A linear ranker (averaged
 * perceptron, trained by train.ts on PolNeAR with the tagger's own contents) scores each
 * candidate from how it was proposed, its form, where it stands and what lies between it and
 * the content; the best one wins.
 *
 * Model file (`data/speaker.bin`, zlib-compressed): "RQS1" u32 bits, f32 weights[1 << bits].
 */
import { firstEndingAfter } from '../../model/doc.js';
import { loadRanker, saveRanker, shippedRanker } from './ranker-file.js';
import { dataPath } from '../../data.js';
import type { SpeakerRef } from '../../model/types.js';
import { isCap, type Ctx } from './context.js';
import { CUES, NOT_SPEAKERS, PRONOUNS, SPATIAL_PREPS, SPEAKER_NOUNS, SPEAKING_HEADS, STOP_NP } from './lexicon.js';
import { addresseeLed, converseSubject, relativeAntecedent, speakerRef, type NP } from './speaker.js';
import { CUE, SRC } from './tagger.js';
import { WordSet } from './vocab.js';

const CUE_WORD = new WordSet((w) => CUES.has(w) || w === 'according');

export const SBITS = 15;
const SMASK = (1 << SBITS) - 1;

/** How a candidate was proposed (bit flags). */
export const BY_SRC = 1;
export const BY_CUE_SUBJ = 2;
export const BY_CUE_INV = 4;
export const BY_NEAR = 8;
export const BY_PREV = 16;
export const BY_MENTION = 32;
export const BY_RULE = 64;

export interface SpkCand {
  ref: SpeakerRef;
  /** token range of the words that name it in the text (-1 for the previous quote's speaker) */
  a: number;
  b: number;
  /** its head token, -1 for the previous quote's speaker */
  head: number;
  by: number;
  f: number[];
}

function h(t: number, a: number, b = 0): number {
  let x = Math.imul(t + 0x2545f491, 0x9e3779b1) ^ a;
  x = Math.imul(x ^ (x >>> 15), 0x85ebca6b) ^ b;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) & SMASK;
}

function strHash(s: string): number {
  let x = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 0x01000193);
  return x;
}

function bk(d: number): number {
  const a = Math.abs(d);
  const b = a === 0 ? 0 : a <= 2 ? 1 : a <= 5 ? 2 : a <= 10 ? 3 : a <= 20 ? 4 : a <= 40 ? 5 : 6;
  return d < 0 ? -b : b;
}

export interface Proposals {
  src: NP | null;
  cueSubj: NP | null;
  cueInv: NP | null;
  near: NP | null;
  prev: SpeakerRef | null;
  /** paragraphs between the previous quote and this content */
  prevGap: number;
  /** the rules' speaker of a content they found, and the rule's name */
  rule?: SpeakerRef | null;
  ruleName?: string;
}

/**
 * Words that never name a speaker on their own: auxiliaries and modals, articles, conjunctions,
 * prepositions and adverbs of time or degree. A proposed speaker made only of them ("am" in "I
 * am asking", "Let me" in "Let me remind you", "the", "soon") is a mis-cut span.
 */
const NOT_NOMINAL = new WordSet((w) => NOT_NOMINAL_WORDS.has(w));
const NOT_NOMINAL_WORDS = new Set(
  ('am is are was were be been being do does did have has had will would shall should can could may might must ' +
    'the a an and or but nor so yet of in on at to for with by from about as into over after before under between ' +
    'through during not never also just only even still already again soon now then thus too very let there here ' +
    'however moreover furthermore while whereas if than that').split(' '),
);
const PERSONAL = new WordSet((w) => w === 'i' || w === 'me' || w === 'we' || w === 'us' || w === 'he' || w === 'she' || w === 'they' || w === 'you');

/**
 * A proposed speaker as a noun phrase: as it is when any of its words can name someone; when all
 * are function words, the personal pronoun inside it or just before it ("I am asking" → "I",
 * "Let me remind" → "me"); else none.
 */
function nominal(ctx: Ctx, np: NP): NP | null {
  const { wid } = ctx;
  const toks = ctx.doc.tokens;
  for (let i = np.a; i < np.b; i++) if ((toks[i].kind === 'word' || toks[i].kind === 'number') && !NOT_NOMINAL.has(wid[i])) return np;
  for (let i = np.a; i < np.b; i++) if (PERSONAL.has(wid[i])) return { a: i, b: i + 1, head: i };
  const before = np.a - 1;
  if (before >= 0 && ctx.sentOf[before] === ctx.sentOf[np.a] && PERSONAL.has(wid[before])) return { a: before, b: np.a, head: before };
  return null;
}

/** A first-person or other personal pronoun with a clitic verb written as one word: "I’ve", "we’re", "I'm". */
const CLITIC_PRONOUN = /^(i|we|you|they|he|she)['’](ve|m|re|d|ll|s)$/;
const DETS_THE = new Set(['the', 'a', 'an']);
const HEAD_PREPS = new Set(['of', 'with', 'for', 'from', 'in', 'on', 'at', 'about']);
const POSSESSIVE_DETS = new Set(['its', 'his', 'their', 'our', 'my', 'your']);
const LEADING_PREPS = new Set(['of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'about', 'into', 'including', 'over', 'under', 'after', 'before', 'during', 'without', 'against', 'through', 'upon', 'despite', ...SPATIAL_PREPS]);
const VERB_FORM = /(?:ing|ed)$/;
/** Past participles not in -ed, which head no phrase that speaks ("more Republicans have begun"). */
const PARTICIPLES = new Set(['begun', 'done', 'gone', 'given', 'taken', 'shown', 'known', 'seen', 'written', 'spoken', 'chosen', 'driven', 'thrown', 'drawn', 'grown', 'broken', 'frozen', 'stolen', 'sworn', 'torn', 'beaten', 'eaten', 'fallen', 'forgotten', 'gotten', 'hidden', 'risen', 'shaken', 'proven', 'undertaken', 'overseen', 'withdrawn', 'forbidden', 'arisen', 'forgiven', 'mistaken']);
/** Pronouns in the object case: a longer phrase they head is a verb's object and what follows it ("accused her of making …"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);
/** Relative pronouns and adverbs of place: a phrase of people may end on one ("many of whom", "executives there"). */
const RELATIVES = new Set(['who', 'whom', 'which', 'that', 'whose', 'there', 'here']);
/** Prepositions and adverbs, beside the stop words of noun phrases, that end no phrase able to speak. */
const LOOSE_ENDS = new Set(['of', 'amid', 'around', 'like', 'among', 'across', 'toward', 'towards', 'despite', 'upon', 'via', 'within', 'beyond', 'behind', 'along', 'per', 'more', 'least', 'quite', 'always', 'instead', 'sometimes', 'together', 'ago', 'too', 'very', 'even', 'just', 'only', 'already', 'again', 'ever', 'never', 'rather', 'perhaps', 'maybe', 'forward']);
const ADJ_FORM = /(?:ly|est|ible|able|ful|ous)$/;

/**
 * Can the phrase np speak or hold a view? A pronoun (a possessive one too: "its calls for"), a
 * name, a mention of a person or a body, a possessor that can ("Putin’s reply"), or a noun of
 * people, offices, bodies, groups or texts that state things ("the report") can; a prepositional
 * fragment ("of Russia placing bounties"), the one spoken with ("spoke with Zelenskyy"), a verb
 * form ("surging", "included"), an adjective or adverb ("responsible", "soon") or an abstract
 * noun of not-speakers.txt ("course", "mind", "available information") cannot; other nouns may.
 * A capital that only opens the sentence ("This action", "Hope") is no name.
 */
export function canSpeak(ctx: Ctx, np: NP, antecedent = false): boolean {
  const { low, doc } = ctx;
  const last = low[np.b - 1];
  if (np.b - np.a === 1) {
    // a relative pronoun speaks as the phrase it stands for does: "Tom Reyes, who said", not
    // "the first idea that comes to mind, which declares"
    if (last === 'who' || last === 'which' || last === 'that') {
      const ante = relativeAntecedent(ctx, np.a);
      // (the one spoken with may well answer: "spoke to Tomas Berg, who said …")
      return !ante || canSpeak(ctx, ante, true);
    }
    // "its calls for", "their criticism of": a possessive pronoun holds the view of a noun cue
    if (PRONOUNS.has(last) || POSSESSIVE_DETS.has(last) || PERSONAL.has(ctx.wid[np.a]) || last === 'him' || last === 'her' || last === 'them' || CLITIC_PRONOUN.test(last)) return true;
  }
  // a possessor speaks when the phrase it is can: "Putin’s" (reply), not "history’s" (call)
  if (last === "'s" || last === '’s') return np.b - 1 > np.a && canSpeak(ctx, { a: np.a, b: np.b - 1, head: np.b - 2 });
  // (a capital that only opens the sentence is no name: "Alongside union calls for …")
  if (LEADING_PREPS.has(low[np.a]) && (!isCap(ctx, np.a) || np.a === doc.sentences[ctx.sentOf[np.a]].tokenStart)) return false;
  // a phrase that ends on a preposition, a conjunction or an adverb is a misread piece of the
  // sentence ("the so-called offense of", "in 1980 amid", "more"), not someone: only a relative
  // pronoun or a place closes a phrase that speaks ("many of whom", "officials there")
  if ((!isCap(ctx, np.b - 1) || np.b - 1 === doc.sentences[ctx.sentOf[np.b - 1]].tokenStart) && (STOP_NP.has(last) || LOOSE_ENDS.has(last)) && !RELATIVES.has(last)) return false;
  // "spoke today with Zelenskyy", "speak to the American people": the one spoken with
  if (!antecedent && (addresseeLed(ctx, np.a) || (np.a > 0 && DETS_THE.has(low[np.a - 1]) && addresseeLed(ctx, np.a - 1)))) return false;
  let h = np.head;
  if (h < np.a || h >= np.b || POSSESSIVE_DETS.has(low[h]) || PRONOUNS.has(low[h])) h = np.b - 1;
  // a number may count people ("52 percent said"); a year alone ("… on December 30, 2021 to
  // discuss") is a date
  if (doc.tokens[h].kind === 'number') return !(np.b - np.a === 1 && /^(1[89]|20)\d\d$/.test(low[h]));
  const mi = ctx.mentionAt[h];
  const m = mi >= 0 ? doc.mentions[mi] : null;
  if (m && (m.form !== 'nominal' || m.type === 'PER' || m.type === 'ORG')) return true;
  if (isCap(ctx, h) && h !== doc.sentences[ctx.sentOf[h]].tokenStart) return true;
  // "leaders of the two nations", "an official familiar with the matter": the noun before the
  // first preposition heads a lower-case phrase
  for (let k = np.a + 1; k < h; k++) {
    if (HEAD_PREPS.has(low[k]) && !isCap(ctx, k - 1)) {
      h = k - 1;
      break;
    }
  }
  const w = low[h];
  if (SPEAKER_NOUNS.has(w) || SPEAKING_HEADS.has(w)) return true;
  if (NOT_SPEAKERS.has(w) || PARTICIPLES.has(w) || (OBJECT_PRONOUNS.has(w) && np.b - np.a > 1)) return false;
  // a verb form as the head ("surging", "included", "including providing"), unless it follows
  // people ("voters surveyed", "those polled")
  if (!isCap(ctx, h) && w.length > 4 && VERB_FORM.test(w)) return low[np.a] === 'those' || namesSpeakers(low, np.a, np.b);
  // an adjective or adverb ("responsible", "highest", "furious", "recently")
  return !(w.length > 6 && ADJ_FORM.test(w));
}

/** Whether one of the words [a, b) is a noun of people or of speaking bodies ("voters surveyed"). */
function namesSpeakers(low: string[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (SPEAKER_NOUNS.has(low[k]) || SPEAKING_HEADS.has(low[k])) return true;
  return false;
}

/**
 * The candidates for content [a, b) and their features. A proposal that cannot speak is no
 * candidate; its `by` flags go into `refused.by` (when given), since it still tells that the
 * tagger's structure claims the content.
 */
export function speakerCands(ctx: Ctx, a: number, b: number, lab: Uint8Array, p: Proposals, refused?: { by: number }): SpkCand[] {
  const { doc } = ctx;
  const out: SpkCand[] = [];
  // candidates by span: a × (tokens + 1) + b
  const byKey = new Map<number, SpkCand>();
  const span = doc.tokens.length + 1;
  const add = (found: NP | null, by: number): void => {
    let np = found && nominal(ctx, found);
    // the one spoken with gives way to the one who spoke
    if (np && !PRONOUNS.has(ctx.low[np.head])) np = converseSubject(ctx, np) ?? np;
    // "Putin’s reply": the possessor, without its "’s"
    if (np && np.b - np.a > 1 && (ctx.low[np.b - 1] === "'s" || ctx.low[np.b - 1] === '’s')) np = { a: np.a, b: np.b - 1, head: np.head === np.b - 1 ? np.b - 2 : np.head };
    if (!np) return;
    if (!canSpeak(ctx, np)) {
      if (refused) refused.by |= by;
      return;
    }
    const key = np.a * span + np.b;
    const old = byKey.get(key);
    if (old) {
      old.by |= by;
      return;
    }
    const c: SpkCand = { ref: speakerRef(ctx, np), a: np.a, b: np.b, head: np.head, by, f: [] };
    byKey.set(key, c);
    out.push(c);
  };
  if (p.rule) {
    const r = p.rule;
    let ra = -1;
    let rb = -1;
    if (r.start !== undefined && r.end !== undefined) {
      const toks = doc.tokens;
      ra = firstEndingAfter(toks, r.start);
      rb = ra;
      while (rb < toks.length && toks[rb].start < r.end) rb++;
      // a mark the rule's span ends with ("mind," before "which declares") is no part of the phrase
      while (rb - 1 > ra && (toks[rb - 1].kind === 'punct' || toks[rb - 1].kind === 'space')) rb--;
      if (rb <= ra) ra = rb = -1;
    }
    let head = rb - 1;
    for (let i = ra; i >= 0 && i < rb; i++) if (ctx.mentionAt[i] >= 0) head = i;
    let ref = r;
    // "Putin’s reply": the rules' possessor, named without its "’s"
    if (ra >= 0 && rb - 1 > ra && (ctx.low[rb - 1] === "'s" || ctx.low[rb - 1] === '’s')) {
      rb--;
      if (head >= rb) head = rb - 1;
      ref = speakerRef(ctx, { a: ra, b: rb, head });
    }
    const c: SpkCand = { ref, a: ra, b: rb, head, by: BY_RULE, f: [] };
    // the rules' speaker only when it can speak; else the other candidates decide
    if (ra < 0 || canSpeak(ctx, { a: ra, b: rb, head })) {
      if (ra >= 0) byKey.set(ra * span + rb, c);
      out.push(c);
    }
  }
  add(p.src, BY_SRC);
  add(p.cueSubj, BY_CUE_SUBJ);
  add(p.cueInv, BY_CUE_INV);
  add(p.near, BY_NEAR);
  // mentions of the content's sentence(s) and the sentence before, outside the content
  const s0 = Math.max(0, ctx.sentOf[a] - 1);
  const s1 = ctx.sentOf[b - 1];
  const lo = doc.sentences[s0].tokenStart;
  const hi = doc.sentences[s1].tokenEnd;
  let lastM = -1;
  for (let i = lo; i < hi; i++) {
    if (i >= a && i < b) continue;
    const mi = ctx.mentionAt[i];
    if (mi < 0 || mi === lastM) continue;
    lastM = mi;
    const m = doc.mentions[mi];
    if (m.type !== 'PER' && m.type !== 'ORG' && m.form !== 'pronoun') continue;
    let j = i;
    while (j + 1 < hi && ctx.mentionAt[j + 1] === mi) j++;
    add({ a: i, b: j + 1, head: j }, BY_MENTION);
  }
  if (p.prev) {
    const c: SpkCand = { ref: p.prev, a: -1, b: -1, head: -1, by: BY_PREV, f: [] };
    out.push(c);
  }
  dropPossessors(ctx, out);
  spkFeatures(ctx, a, b, lab, p, out);
  return out;
}

/**
 * A possessor inside another candidate is not the speaker: "Putin's spokesman Dmitry Peskov
 * said" offers Peskov's phrase, and Putin in it is no candidate of his own.
 */
function dropPossessors(ctx: Ctx, out: SpkCand[]): void {
  const { low } = ctx;
  const n = ctx.doc.tokens.length;
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k];
    if (c.a < 0 || c.b >= n || (low[c.b] !== "'s" && low[c.b] !== '’s')) continue;
    if (out.some((o) => o !== c && o.a >= 0 && o.a <= c.a && o.b > c.b + 1)) out.splice(k, 1);
  }
}

/** The features of the speaker candidates `out` of content [a, b), into their `f`. */
function spkFeatures(ctx: Ctx, a: number, b: number, lab: Uint8Array, p: Proposals, out: SpkCand[]): void {
  const { doc, low, marks, wid } = ctx;
  const inQa = marks.inQ[a] >= 0 || marks.markOf[a] >= 0;
  const ruled = p.rule ? 2 : 0;
  const rh = p.ruleName ? strHash(p.ruleName) : 0;
  const sa = ctx.sentOf[a];
  const sb = ctx.sentOf[b - 1];
  for (const c of out) {
    const f = c.f;
    const head = c.head;
    f.push(h(1, c.by, ruled));
    for (let k = 1; k <= BY_RULE; k <<= 1) if (c.by & k) f.push(h(2, k, (inQa ? 1 : 0) + ruled));
    if (ruled) f.push(h(21, rh, c.by & BY_RULE ? 1 : 0));
    f.push(h(3, c.by & BY_PREV ? 1 : 0, Math.min(p.prevGap, 3)));
    if (head >= 0) {
      const before = c.b <= a;
      const d = before ? a - c.b : c.a - b;
      const mi = ctx.mentionAt[head];
      const m = mi >= 0 ? doc.mentions[mi] : null;
      const form = m ? (m.form === 'name' ? 1 : m.form === 'pronoun' ? 2 : 3) : PRONOUNS.has(low[head]) ? 2 : isCap(ctx, head) ? 4 : 5;
      const type = m ? (m.type === 'PER' ? 1 : m.type === 'ORG' ? 2 : 3) : 0;
      const sameSent = ctx.sentOf[head] >= sa && ctx.sentOf[head] <= sb ? 1 : 0;
      f.push(h(4, form, type));
      f.push(h(5, before ? 1 : 0, bk(d)));
      f.push(h(6, form, before ? 1 : 0));
      f.push(h(7, sameSent, before ? 1 : 0));
      f.push(h(8, c.by, form));
      f.push(h(9, form === 2 ? strHash(low[head]) : 0));
      f.push(h(10, marks.inQ[head] >= 0 ? 1 : 0, inQa ? 1 : 0));
      f.push(h(11, lab[head] === SRC ? 1 : 0, c.by));
      f.push(h(12, c.ref.entity ? 1 : 0, form));
      // what lies between it and the content: a tagged cue, a cue word, another mention, a sentence end
      const x0 = before ? c.b : b;
      const x1 = before ? a : c.a;
      let cueLab = 0;
      let cueWord = 0;
      let ments = 0;
      let sEnd = 0;
      let lm = -1;
      for (let x = x0; x < x1; x++) {
        if (lab[x] === CUE) cueLab = 1;
        if (CUE_WORD.has(wid[x])) cueWord = 1;
        const mx = ctx.mentionAt[x];
        if (mx >= 0 && mx !== lm) ments++;
        lm = mx;
        if (x > x0 && ctx.sentOf[x] !== ctx.sentOf[x - 1]) sEnd = 1;
      }
      f.push(h(13, cueLab + 2 * cueWord, before ? 1 : 0));
      f.push(h(14, Math.min(ments, 3), before ? 1 : 0));
      f.push(h(15, sEnd, before ? 1 : 0));
      f.push(h(16, cueLab + 2 * cueWord, form));
      // the word after (before ones) or before (after ones): a cue verb right there
      const nxt = before ? (c.b < low.length ? low[c.b] : '') : c.a > 0 ? low[c.a - 1] : ''; // no read past either end
      f.push(h(17, CUES.has(nxt) ? 1 : nxt === ',' ? 2 : 0, before ? 1 : 0));
      f.push(h(18, head === doc.sentences[ctx.sentOf[head]].tokenStart || c.a === doc.sentences[ctx.sentOf[head]].tokenStart ? 1 : 0));
    } else {
      f.push(h(19, inQa ? 1 : 0, Math.min(p.prevGap, 3)));
      f.push(h(20, c.ref.entity ? 1 : 0));
    }
  }
}

export function scoreSpk(W: Float32Array, c: SpkCand): number {
  let s = 0;
  for (const x of c.f) s += W[x];
  return s;
}

/** The best candidate, or null when there is none. */
export function chooseSpeaker(W: Float32Array, cs: SpkCand[]): SpkCand | null {
  let best: SpkCand | null = null;
  let bs = -Infinity;
  for (const c of cs) {
    const s = scoreSpk(W, c);
    if (s > bs) {
      bs = s;
      best = c;
    }
  }
  return best;
}

export function saveSpk(W: Float32Array): Buffer {
  return saveRanker('RQS1', SBITS, W);
}

export function loadSpk(buf: Buffer): Float32Array {
  return loadRanker('RQS1', SBITS, buf, 'quotes speakers');
}

const SPK_FILE = 'extract/quotes/data/speaker.bin';

export function spkPath(): string {
  return dataPath(SPK_FILE);
}

/** The shipped speaker ranker, or null. */
export const SPK: Float32Array | null = shippedRanker('RQS1', SBITS, SPK_FILE, 'quotes speakers');
