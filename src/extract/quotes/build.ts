/**
 * Candidates → `Quote` records: overlaps resolved (each token belongs to one quote, the more
 * confident rule wins), content trimmed, kind told from the quotation marks, time read from
 * `doc.times` in the cue's sentence.
 */
import { sentenceAt } from '../../model/doc.js';
import type { Quote, QuoteKind, SpeakerRef, Span } from '../../model/types.js';
import { isCap, type Ctx } from './context.js';
import type { NP } from './speaker.js';
import { outletOf } from './rules/addressee.js';
import { CUES } from './lexicon.js';

/** A found quote before it becomes a record: token ranges over the document. */
export interface Cand {
  /** content tokens [a, b) */
  a: number;
  b: number;
  /** pieces when split by the attribution, token ranges */
  frags?: Array<[number, number]>;
  speaker: SpeakerRef | null;
  /** cue tokens [a, b) */
  cue?: [number, number];
  addressee?: NP;
  /** the original speaker of relayed words */
  via?: SpeakerRef;
  rule: string;
  conf: number;
  /** the tagger's mean margin over the content, for tuning */
  margin?: number;
}

/**
 * A candidate with every field present (absent ones undefined), in one order: candidates from all
 * the rules then share one object shape, and the code reading them stays monomorphic.
 */
export function cand(a: number, b: number, speaker: SpeakerRef | null, rule: string, conf: number, cue?: [number, number], frags?: Array<[number, number]>, addressee?: NP): Cand {
  return { a, b, frags, speaker, cue, addressee, via: undefined, rule, conf, margin: undefined };
}

/** Marks the rule of an attribution found inside a transcript's turn. */
export const IN_TURN = 'in-turn+';

/** Whether a candidate is a transcript's turn (what a speaker label gives its speaker). */
export function isTurn(c: Cand): boolean {
  return c.rule.endsWith('speaker-label') || c.rule.endsWith('speaker-label-turn');
}

/**
 * Candidates in text order, for sort(). The orders and tests given to sort(), filter() and the
 * like in the quote rules are module-level functions, not closures made per call: V8 holds a
 * closure's optimized code only weakly, and each full GC dropped it (to be compiled again).
 */
export function inTextOrder(x: Cand, y: Cand): number {
  return x.a - y.a;
}

/** Text order; at one start, the longer first (a turn or an authored paragraph before a quote inside it). */
export function outerFirst(x: Cand, y: Cand): number {
  return x.a - y.a || y.b - x.b;
}

/** Candidates by confidence, then in text order. */
function byConfidence(x: Cand, y: Cand): number {
  return y.conf - x.conf || x.a - y.a;
}

/**
 * `c` with the piece [a, b) joined after it: a new candidate, not `c` written to (the first write
 * to `frags` of a made candidate, late in a run, would discard the optimized code of every
 * function that reads it).
 */
export function withPiece(c: Cand, a: number, b: number): Cand {
  return { a: c.a, b, frags: [...(c.frags ?? [[c.a, c.b]]), [a, b]], speaker: c.speaker, cue: c.cue, addressee: c.addressee, via: c.via, rule: c.rule, conf: c.conf, margin: c.margin };
}

const TRIM = new Set([',', ':', ';', '—', '–', '-', '.', '...', '…']);

/** Trims punctuation at the edges of a content range; keeps marks and the final stop inside a quote. */
export function trimRange(ctx: Ctx, a: number, b: number): [number, number] {
  const { low, marks } = ctx;
  while (a < b && (TRIM.has(low[a]) || (marks.markOf[a] >= 0 && ctx.doc.tokens[a].kind === 'quote' && isLoneMark(ctx, a, b)))) a++;
  while (b > a && TRIM.has(low[b - 1]) && marks.inQ[b - 1] < 0) b--;
  return [a, b];
}

// an opening mark whose region closes after the range stays; a dangling mark goes
function isLoneMark(ctx: Ctx, a: number, b: number): boolean {
  const r = ctx.marks.regions[ctx.marks.markOf[a]];
  if (!r) return true;
  if (r.open !== a) return true; // closing or inner mark at the start
  // opening mark: drop it only if the whole range is this region (a direct quote)
  return (r.close >= 0 ? r.close : r.tokEnd) >= b - 1;
}

/** Whether token i is a quotation mark of a region (opening, inner or closing). */
function isMarkToken(ctx: Ctx, i: number): boolean {
  return ctx.marks.markOf[i] >= 0 && ctx.doc.tokens[i].kind === 'quote';
}

function charSpan(ctx: Ctx, a: number, b: number): Span {
  const t = ctx.doc.tokens;
  return { start: t[a].start, end: t[b - 1].end };
}

function kindOf(ctx: Ctx, a: number, b: number): QuoteKind {
  let inside = 0;
  let outside = 0;
  const { inQ } = ctx.marks;
  const toks = ctx.doc.tokens;
  for (let i = a; i < b; i++) {
    if (toks[i].kind !== 'word' && toks[i].kind !== 'number') continue;
    if (inQ[i] >= 0) inside++;
    else outside++;
  }
  return outside === 0 ? 'direct' : inside === 0 ? 'indirect' : 'mixed';
}

function fragsKind(ctx: Ctx, frags: Array<[number, number]>): QuoteKind {
  const kinds = new Set(frags.map(([a, b]) => kindOf(ctx, a, b)));
  return kinds.size === 1 ? [...kinds][0] : 'mixed';
}

const CLOSES_UTTERANCE = new Set([',', '.', '!', '?']);
const REL_OPENERS = new Set(['who', 'which', 'whose', 'whom']);
/** auxiliaries and forms of "be" and "have" that make a clause of the words they stand in */
const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'does', 'do', 'did']);

/**
 * A content that is one whole quotation, introduced by a comma or a colon (or opening the
 * content) and closed by its own comma, full stop, "!" or "?", with other words around it: the quotation
 * is the content, the words around it frame it ("Said Dorothy Poynter, who grew up with Ali,
 * “We were all so proud of him.”"; "“It’s time to end it,” and shared a link"). A that-clause
 * before it ("said that he is “not happy.”") is content, mixed with the quotation.
 */
function quotationOnly(ctx: Ctx, c: Cand, a: number, b: number): [number, number] {
  if (c.frags || c.rule.includes('speaker-label') || c.rule.endsWith('headline') || c.rule.endsWith('headline-colon')) return [a, b];
  const { regions, inQ, markOf } = ctx.marks;
  let r = -1;
  for (let i = a; i < b; i++) {
    const q = inQ[i] >= 0 ? inQ[i] : markOf[i];
    if (q < 0) continue;
    if (r >= 0 && q !== r) return [a, b];
    r = q;
  }
  if (r < 0) return [a, b];
  const R = regions[r];
  // a short quotation is more often a slogan, a chant or a title the words around it name
  if (R.close < 0 || R.open < a || R.close >= b || R.words < 5 || (R.open === a && R.close === b - 1)) return [a, b];
  const { low } = ctx;
  // a whole utterance: it opens with a capital and closes with its own mark ("“We were all so
  // proud of him.”"); one opening in lower case goes on the sentence around it ("he said,
  // “hides what it really is.”")
  if (!CLOSES_UTTERANCE.has(low[R.tokEnd - 1]) || !isCap(ctx, R.tokStart)) return [a, b];
  if (R.open > a && low[R.open - 1] !== ',' && low[R.open - 1] !== ':') return [a, b];
  for (let i = a; i < R.open; i++) if (low[i] === 'that') return [a, b];
  // a reported clause before it is content too ("Peru will hold the elections in May, “…”",
  // "the talks had failed: “…”"), unless it is a relative clause about the speaker ("who grew
  // up with Ali, “…”")
  if (!REL_OPENERS.has(low[a])) for (let i = a; i < R.open; i++) if (FINITE_AUX.has(low[i])) return [a, b];
  return [R.open, R.close + 1];
}

export function buildQuotes(ctx: Ctx, cands: Cand[]): Quote[] {
  return toQuotes(ctx, resolveCands(ctx, cands));
}

/**
 * Trims candidates, drops empty ones and resolves overlaps; the kept ones in text order.
 * `final`: the contents to report (not the rules' candidates the tagger reads), whose framing
 * words around a whole quotation are dropped (`quotationOnly`).
 */
export function resolveCands(ctx: Ctx, cands: Cand[], final = false): Cand[] {
  const { doc } = ctx;
  // trim, drop empties
  const ok: Cand[] = [];
  for (const c of cands) {
    let [a, b] = trimRange(ctx, c.a, c.b);
    if (final) [a, b] = quotationOnly(ctx, c, a, b);
    // a direct quote: drop framing marks
    // the marks of the content's first and last tokens (none for an empty content: no read past
    // the arrays' ends)
    const ma = b > a ? ctx.marks.markOf[a] : -1;
    const mb = b > a ? ctx.marks.markOf[b - 1] : -1;
    if (b - a >= 2 && ma >= 0 && mb >= 0 && ctx.marks.regions[ma].open === a && ctx.marks.regions[mb].close === b - 1) {
      a++;
      b--;
    } else if (mb >= 0 && ctx.marks.regions[mb].close === b - 1) {
      if (ctx.marks.regions[mb].open < a) b--; // closing mark of a region that opened before the content
    }
    if (b <= a) continue;
    let words = 0;
    for (let i = a; i < b; i++) if (doc.tokens[i].kind === 'word' || doc.tokens[i].kind === 'number') words++;
    if (!words) continue;
    c.a = a;
    c.b = b;
    ok.push(c);
  }
  // overlaps: the more confident (then the earlier) candidate keeps its tokens
  const order = ok.slice().sort(byConfidence);
  const owner = new Int32Array(doc.tokens.length).fill(-1);
  const kept: Cand[] = [];
  for (const c of order) {
    let clash = 0;
    for (let i = c.a; i < c.b; i++) if (owner[i] >= 0) clash++;
    if (clash * 2 > c.b - c.a) continue;
    if (clash) {
      // shrink to the free part at either edge
      while (c.a < c.b && owner[c.a] >= 0) c.a++;
      while (c.b > c.a && owner[c.b - 1] >= 0) c.b--;
      if (c.b <= c.a) continue;
    }
    for (let i = c.a; i < c.b; i++) if (owner[i] < 0) owner[i] = kept.length;
    kept.push(c);
  }
  kept.sort(inTextOrder);
  return kept;
}

const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);
const NEG_AUX = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'ca', 'wo']);

/** The first token of a cue at token a with the negation before it ("does not", "didn't", "never"), or a. */
function negatedFrom(ctx: Ctx, a: number): number {
  const toks = ctx.doc.tokens;
  let k = a - 1;
  while (k >= 0 && toks[k].kind === 'space') k--;
  if (k < 0) return a;
  // ("didn't", "doesn’t": one token)
  if (ctx.low[k].endsWith("n't") || ctx.low[k].endsWith('n’t')) return k;
  if (!NEGATIONS.has(ctx.low[k])) return a;
  let from = k;
  k--;
  while (k >= 0 && toks[k].kind === 'space') k--;
  if (k >= 0 && NEG_AUX.has(ctx.low[k])) from = k;
  return from;
}

/** Prepositions that end a stance noun's phrase before its object ("support for", "concern about"). */
const STANCE_PREPS = new Set(['for', 'about', 'over', 'regarding', 'with', 'at', 'toward', 'towards', 'in', 'on', 'of']);

/**
 * Where a cue ends that a stance noun follows before the content ("expressed serious concern
 * about | X", "voiced support for | X"): after the preposition, so that the cue keeps the stance
 * the content alone does not say. At most four lower-case words between the verb and the content,
 * the last of them a preposition; else the cue's own end `b`.
 */
function stanceTo(ctx: Ctx, b: number, content: number): number {
  if (content <= b || content - b > 8) return b;
  let words = 0;
  let last = -1;
  for (let k = b; k < content; k++) {
    const t = ctx.doc.tokens[k];
    if (t.kind === 'space') continue;
    if (t.kind !== 'word' || isCap(ctx, k)) return b;
    words++;
    last = k;
  }
  return words >= 2 && words <= 4 && STANCE_PREPS.has(ctx.low[last]) ? last + 1 : b;
}

/** Lemmas of cues whose object is what was talked over: "discussed X", "spoke about X", "talked about X". */
const TOPIC_LEMMAS = new Set(['discuss', 'talk', 'speak']);
/** First words of a content that is a clause or a question, not a topic ("discussed whether …", "spoke about how …"). */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which', 'to']);

/** Nouns of a stance or a need that a discussed content may open with ("discussed the need for …", "both sides' willingness to …"): a view, not a topic. */
const STANCE_HEADS = new Set(['need', 'needs', 'importance', 'necessity', 'willingness', 'readiness', 'intention', 'intent', 'desire', 'commitment', 'determination', 'resolve']);

/** Whether content [a, b) opens with a stance noun within its first five words (`STANCE_HEADS`). */
function stanceLed(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < Math.min(b, a + 5); k++) if (STANCE_HEADS.has(ctx.low[k])) return true;
  return false;
}

/** A talk, or its two sides, as the subject of a cue that tells its topic ("the conversation addressed", "the parties exchanged views on": see rules/passive.ts). */
export const TALK_NOUNS = new Set(['conversation', 'talks', 'call', 'meeting', 'discussion', 'parties', 'sides']);
/** Nouns of a discussion or its subject in a cue ("had a long discussion of", "the main topic of the call was"). */
const DISCUSSION_NOUNS = new Set(['discussion', 'discussions', 'topic', 'topics']);
/** Verbs a talk takes its topic with ("the conversation addressed …", "the talks focused on …"). */
export const TALK_VERBS = new Set(['addressed', 'covered', 'focused', 'focussed', 'centred', 'centered', 'touched', 'dealt', 'exchanged']);

/** Whether the cue [a, b) is a verb of discussing (`TOPIC_LEMMAS`), or a talk's verb after the talk (`TALK_NOUNS`, `TALK_VERBS`). */
function topicCue(ctx: Ctx, cue: [number, number]): boolean {
  for (let k = cue[0] + 1; k < cue[1]; k++) if (TALK_VERBS.has(ctx.low[k]) && (TALK_NOUNS.has(ctx.low[k - 1]) || (ctx.low[k - 1] === 'also' && TALK_NOUNS.has(ctx.low[k - 2])))) return true;
  // (a discussion's object, the talk's topic: "had a long discussion of", "The main topic of the call was")
  for (let k = cue[0]; k < cue[1]; k++) if (DISCUSSION_NOUNS.has(ctx.low[k])) return true;
  for (let k = cue[0]; k < cue[1]; k++) {
    const e = CUES.get(ctx.low[k]);
    if (e) return TOPIC_LEMMAS.has(e.lemma);
  }
  return false;
}

/** Kept candidates → `Quote` records. */
export function toQuotes(ctx: Ctx, kept: Cand[]): Quote[] {
  const { doc } = ctx;
  const out: Quote[] = [];
  for (const c of kept) {
    const span = charSpan(ctx, c.a, c.b);
    const q: Quote = {
      start: span.start,
      end: span.end,
      text: doc.text.slice(span.start, span.end),
      // a headline quotes in single marks, which `marks` does not pair
      kind: c.rule.endsWith('headline') ? 'direct' : c.frags && c.frags.length > 1 ? fragsKind(ctx, c.frags) : kindOf(ctx, c.a, c.b),
      speaker: c.speaker,
      rule: c.rule,
      confidence: c.conf,
      // every field present (absent ones undefined, which JSON leaves out): one object shape
      cue: undefined,
      addressee: undefined,
      fragments: undefined,
      via: undefined,
      time: undefined,
      topic: undefined,
    };
    if (c.cue && topicCue(ctx, c.cue) && !CLAUSE_OPENERS.has(ctx.low[c.a]) && ctx.marks.inQ[c.a] < 0 && !stanceLed(ctx, c.a, c.b)) q.topic = true;
    if (c.cue) {
      // the cue keeps its negation ("do not think", "did not say"): the content is what is
      // denied, and read without it would say the opposite
      const cs = charSpan(ctx, negatedFrom(ctx, c.cue[0]), c.addressee ? c.cue[1] : stanceTo(ctx, c.cue[1], c.a));
      q.cue = { start: cs.start, end: cs.end, text: doc.text.slice(cs.start, cs.end) };
    }
    if (c.addressee) {
      const as = charSpan(ctx, c.addressee.a, c.addressee.b);
      const mi = ctx.mentionAt[c.addressee.head];
      const ent = mi >= 0 && doc.mentions[mi].entity ? ctx.entities.get(doc.mentions[mi].entity!) : undefined;
      // ("told the outlet": the outlet named before)
      const outlet = ent ? undefined : outletOf(ctx, c.addressee);
      q.addressee = { start: as.start, end: as.end, name: ent ? ent.name : outlet ? outlet.name : doc.text.slice(as.start, as.end), entity: ent ? ent.id : outlet?.entity };
    }
    if (c.frags && c.frags.length > 1) {
      // pushed, not mapped: map() makes a list of another hidden class in optimized code than in
      // the builtin, and the readers of the fragments would see both
      const fragments: Span[] = [];
      for (const [a, b] of c.frags) {
        let [x, y] = trimRange(ctx, a, b);
        // a piece is the words: not the marks around them ("We are not giving up," and not its closing mark)
        while (y > x + 1 && isMarkToken(ctx, y - 1)) y--;
        while (x + 1 < y && isMarkToken(ctx, x)) x++;
        const f = charSpan(ctx, x, Math.max(y, x + 1));
        // within the quote's own span (which ends before a closing mark)
        fragments.push({ start: Math.max(f.start, span.start), end: Math.min(f.end, span.end) });
      }
      q.fragments = fragments;
    }
    if (c.via) q.via = c.via;
    const time = timeOf(ctx, c);
    if (time) q.time = time;
    out.push(q);
  }
  return out;
}

/** Characters between a span and a time of the saying next to it, at most. */
const TIME_REACH = 30;

function near(t: { start: number; end: number }, s: { start: number; end: number }): boolean {
  return t.end >= s.start - TIME_REACH && t.start <= s.end + TIME_REACH;
}

function timeOf(ctx: Ctx, c: Cand): string | undefined {
  const { doc } = ctx;
  if (!doc.times.length || !c.cue) return undefined;
  const at = doc.tokens[c.cue[0]].start;
  const s = sentenceAt(doc, at);
  if (s < 0) return undefined;
  const sent = doc.sentences[s];
  const cueSpan = { start: at, end: doc.tokens[c.cue[1] - 1].end };
  let best: string | undefined;
  let bestD = Infinity;
  for (const t of doc.times) {
    if (t.start < sent.start || t.end > sent.end) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    // a time inside the content is what the quote is about, not when it was said
    if (t.start >= doc.tokens[c.a].start && t.end <= doc.tokens[c.b - 1].end) continue;
    // the time of the saying stands by its verb or its speaker ("said on Thursday", "This
    // morning, I spoke", "spoke today with"); one further off dates something else in the
    // sentence ("… elections this Spring", "starting early next year")
    // (or by the one told: "told reporters on Air Force One on Sunday")
    const byAddressee = c.addressee !== undefined && near(t, charSpan(ctx, c.addressee.a, c.addressee.b));
    if (!near(t, cueSpan) && !byAddressee && !(c.speaker?.start !== undefined && near(t, { start: c.speaker.start, end: c.speaker.end ?? c.speaker.start }))) continue;
    const d = Math.abs(t.start - at);
    if (d < bestD) {
      bestD = d;
      best = t.value;
    }
  }
  return best;
}
