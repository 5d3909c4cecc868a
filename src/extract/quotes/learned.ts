/**
 * The tagger's labels → quote candidates. Each run of content tokens is a quote; its speaker
 * and cue come from the rule candidate it overlaps (the rules' speaker finding and resolution
 * are good), else from the tagged source and cue spans of its sentence, else from the subject
 * of the nearest cue word.
 */
import type { SpeakerRef } from '../../model/types.js';
import { tokenIndexAt } from '../../model/doc.js';
import { cand, inTextOrder, type Cand } from './build.js';
import { isCap, isWord, type Ctx } from './context.js';
import { CUE_NOUNS, CUES, MAIN_AUX, NOUN_CUES, PRONOUNS, TITLE_SMALL_WORDS } from './lexicon.js';
import { addresseeLed, npLeft, npRight, skipLeft, speakerRef, type NP } from './speaker.js';
import { BC, CUE, IC, LEARNED_CUES, SRC, type CueProbs } from './tagger.js';
import { idiomObject } from './rules/cue.js';
import { BY_CUE_INV, BY_CUE_SUBJ, BY_NEAR, BY_PREV, BY_SRC, chooseSpeaker, speakerCands, type SpkCand } from './choose.js';

interface Run {
  a: number;
  b: number;
  /** a rules' span cut from a longer run (splitAtAttributions): its speaker is the rules' */
  cut?: boolean;
}

function runsOf(lab: Uint8Array, want: number): Run[] {
  const out: Run[] = [];
  const n = lab.length;
  for (let i = 0; i < n; i++) {
    if (want === BC ? lab[i] !== BC && lab[i] !== IC : lab[i] !== want) continue;
    let j = i + 1;
    if (want === BC) while (j < n && lab[j] === IC) j++;
    else while (j < n && lab[j] === want) j++;
    out.push({ a: i, b: j });
    i = j - 1;
  }
  return out;
}

function overlap(a: number, b: number, c: number, d: number): number {
  return Math.max(0, Math.min(b, d) - Math.max(a, c));
}

/** The head of a tagged source span: its last capitalized word, else its last word. */
function headOf(ctx: Ctx, r: Run): NP {
  // (not the preposition or relative pronoun a tagged source ran on into: "a lot of", "an
  // organization that")
  while (r.b - 1 > r.a && RUN_ON_TAIL.has(ctx.low[r.b - 1])) r = { a: r.a, b: r.b - 1 };
  let head = -1;
  for (let i = r.a; i < r.b; i++) {
    if (PRONOUNS.has(ctx.low[i]) && r.b - r.a === 1) head = i;
    else if (isCap(ctx, i) && ctx.mentionAt[i] >= 0) head = i;
  }
  if (head < 0) for (let i = r.b - 1; i >= r.a; i--) if (isWord(ctx, i)) {
    head = i;
    break;
  }
  if (head < 0) head = r.b - 1;
  return { a: r.a, b: r.b, head };
}

/** Words that end no noun phrase: prepositions, articles, relative pronouns. */
const RUN_ON_TAIL = new Set(['of', 'for', 'to', 'in', 'on', 'at', 'with', 'by', 'from', 'about', 'against', 'the', 'a', 'an', 'that', 'which']);

/** Distance in tokens between two runs (0 when they touch or overlap). */
function dist(x: Run, y: Run): number {
  if (y.b <= x.a) return x.a - y.b;
  if (x.b <= y.a) return y.a - x.b;
  return 0;
}

/**
 * A content that is one whole quotation and reads as a name rather than someone's words: a
 * title of a work, a show, a slogan (every word capitalised but the small ones), or a short
 * phrase with no closing punctuation ("scare quotes"). PolNeAR leaves these out, and a rule
 * with a cue would have found a real one.
 */
function quotedName(ctx: Ctx, r: Run): boolean {
  const { doc, low, marks } = ctx;
  let reg = -1;
  let words = 0;
  let lowerContent = 0;
  let content = 0;
  for (let i = r.a; i < r.b; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    const q = marks.inQ[i];
    if (q < 0 || (reg >= 0 && q !== reg)) return false;
    reg = q;
    words++;
    if (t.kind === 'word' && !TITLE_SMALL_WORDS.has(low[i])) {
      content++;
      if (!isCap(ctx, i)) lowerContent++;
    }
  }
  if (reg < 0) return false;
  const g = marks.regions[reg];
  // the whole quotation: no word of it outside the content
  for (let i = g.tokStart; i < g.tokEnd; i++) if ((i < r.a || i >= r.b) && isWord(ctx, i)) return false;
  if (content > 0 && lowerContent === 0 && words <= 12) return true;
  const last = low[g.tokEnd - 1];
  const ends = last === '.' || last === '!' || last === '?' || last === ',' || last === ';' || last === ':' || last === '…';
  return words < 8 && !ends;
}

/**
 * Least mean margin (perceptron units) of a content run that no rule found. Lower lets more through
 * that PolNeAR counts (out of fold, with models trained as the shipped ones were and read by
 * today's rules, seeds 0-2: 100 or 150 against 200 gave F1 +0.001, end-to-end F1 +0.0002), but
 * also fact-sheet misreadings ("signed an order that imposes a duty …", "prohibit U.S. persons
 * from …", "aims to deter countries from"): 200 stays.
 */
export const MIN_MARGIN = 200;

/** A name, pronoun or mention just before the content (the subject of an unlisted cue), or just after it. */
function nearbySubject(ctx: Ctx, r: Run): NP | null {
  const { doc, low, marks } = ctx;
  const sent = doc.sentences[ctx.sentOf[r.a]];
  const ss = sent.tokenStart;
  for (let k = r.a - 1; k >= ss && k >= r.a - 8; k--) {
    if (marks.markOf[k] >= 0 || marks.inQ[k] >= 0) break;
    const w = low[k];
    if ((PRONOUNS.has(w) && w !== 'it' && w !== 'one') || (ctx.mentionAt[k] >= 0 && (isCap(ctx, k) || k > ss))) {
      const np = npLeft(ctx, k, ss);
      if (np) return np;
    }
  }
  const se = doc.sentences[ctx.sentOf[r.b - 1]].tokenEnd;
  let k = r.b;
  if (low[k] === ',' || marks.markOf[k] >= 0) k++;
  if (low[k] === ',' || marks.markOf[k] >= 0) k++;
  for (let x = k; x < se && x < k + 4; x++) {
    const w = low[x];
    if ((PRONOUNS.has(w) && w !== 'it' && w !== 'one') || (ctx.mentionAt[x] >= 0 && isCap(ctx, x))) {
      const np = npRight(ctx, x, se);
      if (np) return np;
    }
  }
  return null;
}

/** The "about" (or "regarding", "concerning") inside content r that starts its topic, else -1. */
function aboutIn(ctx: Ctx, r: Run): number {
  const { low, marks } = ctx;
  for (let k = r.a + 1; k + 1 < r.b && k < r.a + 14; k++) {
    if (marks.inQ[k] >= 0) continue;
    if (low[k] === 'about' || low[k] === 'regarding' || low[k] === 'concerning') return k;
    if (low[k] === ',' || low[k] === ';' || low[k] === '.') return -1;
  }
  return -1;
}

/** Called (training) with each tagger-only content [a, b) and its speaker candidates. */
export type SpkCollect = (a: number, b: number, cands: SpkCand[]) => void;

/** The speaker of tagger-only content `r` with its nearest tagged source and cue: the ranker's choice (`spk`), else the rules' way; null when none claims it. */
function taggerSpeaker(ctx: Ctx, r: Run, src: Run | null, cue: Run | null, lab: Uint8Array, prev: Cand | null, spk: Float32Array | null, collect: SpkCollect | undefined): SpeakerRef | null {
  const { doc } = ctx;
  const s0 = ctx.sentOf[r.a];
  let speaker: SpeakerRef | null = null;
  if (spk || collect) {
    // the learned choice among the candidates (choose.ts)
    const se = cue ? doc.sentences[ctx.sentOf[cue.a]].tokenEnd : 0;
    let srcNP: NP | null = null;
    if (src && cue && src.a >= cue.b && cue.a >= r.b) srcNP = npRight(ctx, src.a, Math.min(se, src.b + 1));
    if (!srcNP && src) srcNP = npLeft(ctx, src.b - 1, src.a) ?? headOf(ctx, src);
    let cueSubj: NP | null = null;
    let cueInv: NP | null = null;
    if (cue && cue.a > 0) {
      const ss = doc.sentences[ctx.sentOf[cue.a]].tokenStart;
      const j = skipLeft(ctx, cue.a - 1, ss);
      cueSubj = j >= ss && j !== r.b - 1 && !(ctx.low[j] === ',' || ctx.marks.markOf[j] >= 0) ? npLeft(ctx, j, ss) : null;
      if (cue.a >= r.b) cueInv = npRight(ctx, cue.b, se);
    }
    const prevGap = prev ? doc.sentences[s0].paragraph - doc.sentences[ctx.sentOf[prev.a]].paragraph : 9;
    const refused = { by: 0 };
    const cs = speakerCands(ctx, r.a, r.b, lab, { src: srcNP, cueSubj, cueInv, near: nearbySubject(ctx, r), prev: prev && prevGap <= 2 ? prev.speaker : null, prevGap }, refused);
    // as without the ranker: only a content that a source, a cue's subject, a nearby subject or
    // (inside quotation marks) the previous speaker claims is kept (a claim by a phrase that
    // cannot speak counts, and the speaker is then another candidate); with no candidate left, none
    const inQ = ctx.marks.inQ[r.a] >= 0 || ctx.marks.markOf[r.a] >= 0;
    const CLAIMS = BY_SRC | BY_CUE_SUBJ | BY_CUE_INV | BY_NEAR;
    const claimed = (refused.by & CLAIMS) !== 0 || cs.some((c) => (c.by & CLAIMS) !== 0 || (inQ && (c.by & BY_PREV) !== 0));
    if (claimed) {
      if (collect) collect(r.a, r.b, cs);
      if (spk) speaker = chooseSpeaker(spk, cs)?.ref ?? null;
    }
  } else {
    let np: NP | null = null;
    if (cue && cue.a > 0) {
      const ss = doc.sentences[ctx.sentOf[cue.a]].tokenStart;
      const se = doc.sentences[ctx.sentOf[cue.a]].tokenEnd;
      if (src && src.b <= cue.a) np = npLeft(ctx, src.b - 1, src.a);
      else if (src && src.a >= cue.b && cue.a >= r.b) np = npRight(ctx, src.a, Math.min(se, src.b + 1));
      if (!np) {
        // the subject of the cue, or the inverted subject after it
        const j = skipLeft(ctx, cue.a - 1, ss);
        np = j >= ss && j !== r.b - 1 && !(ctx.low[j] === ',' || ctx.marks.markOf[j] >= 0) ? npLeft(ctx, j, ss) : null;
        if (!np && cue.a >= r.b) np = npRight(ctx, cue.b, se);
      }
    }
    if (!np && src) np = npLeft(ctx, src.b - 1, src.a) ?? headOf(ctx, src);
    if (!np) np = nearbySubject(ctx, r);
    if (np) speaker = speakerRef(ctx, np);
    if (!speaker && prev && prev.speaker && (ctx.marks.inQ[r.a] >= 0 || ctx.marks.markOf[r.a] >= 0)) {
      // a quotation with no attribution of its own continues the previous speaker
      const pp = doc.sentences[ctx.sentOf[prev.a]].paragraph;
      const p = doc.sentences[s0].paragraph;
      if (p - pp <= 2) speaker = prev.speaker;
    }
  }
  return speaker;
}

/**
 * One speaker for both, or none for both. Null is tested on its own: a strict equality that has
 * compared only speakers throws away its caller's optimized code the first time it meets null.
 */
function sameSpeaker(x: SpeakerRef | null, y: SpeakerRef | null): boolean {
  return x === null ? y === null : y !== null && x === y;
}

/** Whether a verb of saying with an object that makes it a deed ("said goodbye", "told a joke") stands in the five words before token a, or opens it. */
function idiomBefore(ctx: Ctx, a: number): boolean {
  const ss = ctx.doc.sentences[ctx.sentOf[a]].tokenStart;
  const se = ctx.doc.sentences[ctx.sentOf[a]].tokenEnd;
  for (let x = a - 1; x >= ss && x >= a - 5; x--) if (idiomObject(ctx, x, x + 1, se)) return true;
  return false;
}

/**
 * Whether the rules' speaker of c stands against the ranker's choice: a named or described
 * subject right before its verb of saying ("…; the opposition said it was true" is not the
 * minister of the clause before), the agent of a passive cue ("was asked by the chair whether …"),
 * a joint speaker ("Smith and his wife, Emma, told" is both), an unnamed source ("a person close to
 * the mayor said" is not the mayor), a speaker carried over from the quote before ("Of Tomas Berg: “…”").
 */
function rulesSpeakerStands(ctx: Ctx, c: Cand): boolean {
  const sp = c.speaker;
  return sp !== null && (subjectBeforeCue(ctx, c) || agentAfterBy(ctx, c) || jointSpeaker(sp) || sp.anonymous === true || carriedOver(ctx, c));
}

/** Whether the rules' speaker of c is the phrase right after "by" that follows its cue ("was asked by the chair whether …"). */
function agentAfterBy(ctx: Ctx, c: Cand): boolean {
  const start = c.speaker?.start;
  if (start === undefined || !c.cue || c.cue[1] >= ctx.low.length) return false;
  return ctx.low[c.cue[1]] === 'by' && tokenIndexAt(ctx.doc, start) === c.cue[1] + 1;
}

/** Whether the rules gave a colon's quotation the speaker of a sentence before its own ("Of Tomas Berg: “…”"). */
function carriedOver(ctx: Ctx, c: Cand): boolean {
  const end = c.speaker?.end;
  if (c.rule !== 'colon' || end === undefined || !c.cue) return false;
  const s = ctx.doc.sentences[ctx.sentOf[c.cue[0]]];
  return end <= ctx.doc.tokens[s.tokenStart].start;
}

/** A speaker of two people or bodies the rules read from one phrase ("Biden and Macron"): no entity, "A and B". */
function jointSpeaker(sp: SpeakerRef): boolean {
  return sp.entity === undefined && sp.start !== undefined && / and /.test(sp.name);
}

/** Verbs that give a name; "as" after the participles that take one ("known as", "billed as"). */
const NAMING = new Set(['named', 'dubbed', 'nicknamed', 'renamed', 'titled', 'entitled', 'crowned']);
const NAMED_AS = new Set(['known', 'billed', 'branded', 'touted']);

/**
 * Whether run r opens at most three words after a verb that gives a name ("named her", "known as
 * the") and holds a quotation in title case: the name given, not words said.
 */
function namingBefore(ctx: Ctx, r: Run): boolean {
  const { low, marks } = ctx;
  let verb = false;
  for (let x = r.a; x >= 0 && x >= r.a - 3; x--) {
    if ((x < r.a && NAMING.has(low[x])) || (low[x] === 'as' && x > 0 && NAMED_AS.has(low[x - 1]))) verb = true;
    if (verb || !isWord(ctx, x)) break;
  }
  if (!verb) return false;
  for (let i = r.a; i < r.b && i < r.a + 6; i++) {
    const q = marks.inQ[i];
    if (q < 0) continue;
    const g = marks.regions[q];
    let lower = 0;
    for (let k = g.tokStart; k < g.tokEnd; k++) if (isWord(ctx, k) && !isCap(ctx, k) && !TITLE_SMALL_WORDS.has(low[k])) lower++;
    return lower === 0;
  }
  return false;
}

export function fromTags(ctx: Ctx, lab: Uint8Array, margin: Float32Array, rules: Cand[], minMargin = MIN_MARGIN, spk: Float32Array | null = null, collect?: SpkCollect, probs: CueProbs = LEARNED_CUES): Cand[] {
  const { doc } = ctx;
  const contents = splitAtAttributions(ctx, runsOf(lab, BC), rules);
  const sources = runsOf(lab, SRC);
  const cues = runsOf(lab, CUE);
  const out: Cand[] = [];
  // rule candidates by start, for overlap look-ups
  let ri = 0;
  const taken = new Set<Cand>();
  let si = 0;
  let ci = 0;
  let prev: Cand | null = null;
  let prevRule: Cand | null = null;
  for (const run of contents) {
    let r = run;
    while (ri < rules.length && rules[ri].b <= r.a) ri++;
    // the rule candidate overlapping most
    let best: Cand | null = null;
    let bestOv = 0;
    for (let k = ri; k < rules.length && rules[k].a < r.b; k++) {
      const ov = overlap(r.a, r.b, rules[k].a, rules[k].b);
      if (ov > bestOv) {
        bestOv = ov;
        best = rules[k];
      }
    }
    // a second run in a rule candidate with a cue of its own between them ("X admitted that A, but
    // said B", "… and welcomed B"): the rules' content ran on through a second attribution; B is
    // the tagger's own content, not a piece of A
    if (best && taken.has(best) && prev && cueLabelBetween(lab, prev.b, r.a, best)) best = null;
    if (best && bestOv * 2 >= Math.min(r.b - r.a, best.b - best.a)) {
      if (taken.has(best)) {
        // a second piece of the same rule candidate: a split quote, join it to the first
        if (prev && prev.rule.startsWith('tag+') && prevRule !== null && sameSpeaker(prevRule.speaker, best.speaker)) {
          prev.b = Math.max(prev.b, r.b);
          continue;
        }
      }
      taken.add(best);
      // a transcript turn or a headline: the rules' span is certain, the tagger's may cut it
      // ("Q Did he give you any indication …" had lost "Did he"); a split quote the rules joined:
      // keep the rules' pieces
      // a whole quotation whose own attribution the tagger's run swallowed ("Abe Ferris said
      // “yes.”" as one content): the rules' quotation and speaker
      const swallowed = !r.cut && best.cue !== undefined && best.cue[0] >= r.a && best.cue[1] <= r.b && attributedWhole(ctx, best, r);
      if (swallowed) r = { a: best.a, b: best.b, cut: true };
      const rulesSpan = PROTECTED.has(best.rule) || best.frags !== undefined;
      // a noun of saying as the sentence's subject ("Trump's promises to deport … have put"): its
      // content ends where the rules ended it, at the main verb the tagger ran on into
      const end = !rulesSpan && best.rule === 'noun-cue' && r.b > best.b && best.b > r.a && MAIN_AUX.has(ctx.low[best.b]) ? best.b : r.b;
      const c = cand(rulesSpan ? best.a : r.a, rulesSpan ? best.b : end, best.speaker, 'tag+' + best.rule, best.conf, best.cue, best.frags, best.addressee);
      if ((spk || collect) && best.speaker && !PROTECTED.has(best.rule) && !r.cut) {
        // the rules' speaker against the other candidates
        const pg = prev ? doc.sentences[ctx.sentOf[c.a]].paragraph - doc.sentences[ctx.sentOf[prev.a]].paragraph : 9;
        const cs = speakerCands(ctx, c.a, c.b, lab, { src: null, cueSubj: null, cueInv: null, near: null, prev: prev && pg <= 2 ? prev.speaker : null, prevGap: pg, rule: best.speaker, ruleName: best.rule });
        if (collect) collect(c.a, c.b, cs);
        // no candidate at all: the rules' speaker cannot speak ("the first thing that comes to
        // mind, which declares …") and nothing else can; a misreading, like an unclaimed content
        if (spk && cs.length === 0) continue;
        if (spk && !rulesSpeakerStands(ctx, best)) c.speaker = chooseSpeaker(spk, cs)?.ref ?? c.speaker;
      }
      out.push(c);
      prev = c;
      prevRule = best;
      continue;
    }
    // the nearest tagged source and cue in the content's sentence(s)
    const s0 = ctx.sentOf[r.a];
    const s1 = ctx.sentOf[r.b - 1];
    while (si < sources.length && sources[si].b <= r.a - 80) si++;
    while (ci < cues.length && cues[ci].b <= r.a - 80) ci++;
    let src: Run | null = null;
    for (let k = si; k < sources.length && sources[k].a < r.b + 80; k++) {
      const s = sources[k];
      const ss = ctx.sentOf[s.a];
      if (ss < s0 || ss > s1) continue;
      if (!src || dist(r, s) < dist(r, src)) src = s;
    }
    let cue: Run | null = null;
    for (let k = ci; k < cues.length && cues[k].a < r.b + 80; k++) {
      const s = cues[k];
      const ss = ctx.sentOf[s.a];
      if (ss < s0 || ss > s1) continue;
      if (!cue || dist(r, s) < dist(r, cue)) cue = s;
    }
    let mean = 0;
    for (let i = r.a; i < r.b; i++) mean += margin[i];
    mean /= r.b - r.a;
    if (mean < minMargin) continue;
    if (quotedName(ctx, r)) continue;
    // "said goodbye to …", "claimed responsibility for …", "told a joke about …": a deed
    if (idiomBefore(ctx, r.a)) continue;
    // "named her “Person of the Year”", "known as the “Big Bill”": a name given, not words said
    if (namingBefore(ctx, r)) continue;
    // "spoke today with President X (about …)": the one spoken with is no content, what follows "about" may be
    if (addresseeLed(ctx, r.a)) {
      const k = aboutIn(ctx, r);
      if (k < 0) continue;
      r = { a: k + 1, b: r.b };
    }
    const speaker = taggerSpeaker(ctx, r, src, cue, lab, prev, spk, collect);
    // a content no rule found and no source claims is more often a misreading than a quote
    if (!speaker) continue;
    // nor is one whose cue no word of attribution holds ("crediting", "is shared by", "passing"):
    // such contents matched an annotated attribution fewer than one time in three (5-fold CV on PolNeAR)
    if (cue && !cueWordIn(ctx, cue, probs)) continue;
    // nor is a single lower-case word ("scolded him", "to introduce the bill" read as "bill"): such
    // contents matched an annotated attribution about one time in six (5-fold CV on PolNeAR)
    if (loneLowerWord(ctx, r)) continue;
    // a short capitalized quotation named after a preposition or a possessive (`in the style of
    // “Morning Light,”`, `the network's “Night Desk”`) is a title, unless a cue claims it
    if (ledTitle(ctx, r.a, r.b) || holdsLedTitle(ctx, r.a, r.b)) continue;
    const c = cand(r.a, r.b, speaker, 'tagger', Math.max(0.05, Math.min(0.6, 0.3 + mean / 100)));
    c.margin = mean;
    if (cue) c.cue = [cue.a, cue.b];
    out.push(c);
    prev = c;
    prevRule = null;
  }
  // transcript turns (the model never saw a transcript) and headline quotes: the rules are certain
  for (const c of rules) if (PROTECTED.has(c.rule) && !taken.has(c)) out.push(c);
  // a whole quotation with its attribution right beside it ("“…,” he said.", "he said, “…”") that
  // the tagger left out: the rules' reading stands when no content overlaps it
  out.sort(inTextOrder);
  for (const c of rules) {
    if (taken.has(c) || !ATTRIBUTED_QUOTATION.has(c.rule) || c.frags || !wholeQuotation(ctx, c.a, c.b) || !c.speaker) continue;
    if (out.some((o) => o.a < c.b && c.a < o.b)) continue;
    out.push(c);
  }
  return out.sort(inTextOrder);
}

/** Whether content run r holds one word only, in lower case. */
function loneLowerWord(ctx: Ctx, r: Run): boolean {
  let w = -1;
  for (let k = r.a; k < r.b; k++) {
    if (!isWord(ctx, k)) continue;
    if (w >= 0) return false;
    w = k;
  }
  return w >= 0 && !isCap(ctx, w);
}

/** Least rate at which a word was (part of) a cue in the training data for a tagged cue of it to stand alone. */
const LEARNED_CUE_RATE = 0.2;

/**
 * Whether the tagged cue run holds a word of attribution: a word of the cue lexicon or a noun of
 * saying, or a word that was a cue at least `LEARNED_CUE_RATE` of the times it was seen in
 * training. A run of punctuation alone (a colon) counts.
 */
function cueWordIn(ctx: Ctx, cue: Run, probs: CueProbs): boolean {
  const { low } = ctx;
  let words = 0;
  for (let k = cue.a; k < cue.b; k++) {
    if (!isWord(ctx, k)) continue;
    words++;
    const w = low[k];
    if (w === 'according' || CUES.has(w) || CUE_NOUNS.has(w) || NOUN_CUES.has(w) || (probs.get(w) ?? 0) >= LEARNED_CUE_RATE) return true;
  }
  return words === 0;
}

/** Whether the tagger labelled a cue in tokens [a, b) outside rule candidate c's own cue. */
function cueLabelBetween(lab: Uint8Array, a: number, b: number, c: Cand): boolean {
  for (let x = a; x < b; x++) if (lab[x] === CUE && !(c.cue && x >= c.cue[0] && x < c.cue[1])) return true;
  return false;
}

/**
 * A content run of the tagger that holds two or more whole quotations, each of which the rules
 * read with a cue and a speaker of its own ("Trump said “no” and Biden said “yes.”"), is that
 * many contents: the rules' spans. (The tagger reads one run through the second attribution.)
 */
function splitAtAttributions(ctx: Ctx, runs: Run[], rules: Cand[]): Run[] {
  let out: Run[] | null = null;
  let k0 = 0;
  for (let j = 0; j < runs.length; j++) {
    const r = runs[j];
    while (k0 < rules.length && rules[k0].b <= r.a) k0++;
    let inside = 0;
    let lastCue = -1;
    for (let k = k0; k < rules.length && rules[k].a < r.b; k++) {
      const c = rules[k];
      if (attributedWhole(ctx, c, r) && c.cue![0] !== lastCue) {
        inside++;
        lastCue = c.cue![0];
      }
    }
    // or two attributions, the second one's cue standing inside the run between them ("Tello said
    // “we are not afraid,” and called on supporters to “stay …”", "An aide who asked not to be
    // named said the bill was dead")
    const joined = inside <= 1 && cueBetween(rules, k0, r);
    // or a run that went on from one sentence into a whole quotation opening the next one, whose
    // attribution follows it outside the run ("… act.”¶“Our hearts are broken,” he told them."):
    // the run splits where that sentence starts
    const later = inside === 1 && !joined ? laterQuotation(ctx, rules, k0, r) : null;
    if (later) {
      out ??= runs.slice(0, j);
      let a = later.open;
      while (a < later.c.a && ctx.marks.markOf[a] >= 0) a++;
      out.push({ a: r.a, b: later.open }, { a, b: r.b });
      continue;
    }
    if (inside < 2 && !joined) {
      if (out) out.push(r);
      continue;
    }
    out ??= runs.slice(0, j);
    for (let k = k0; k < rules.length && rules[k].a < r.b; k++) if (attributedWhole(ctx, rules[k], r) || (joined && attributedInside(rules[k], r))) out.push({ a: rules[k].a, b: rules[k].b, cut: true });
  }
  return out ?? runs;
}

/**
 * The one whole quotation with its own attribution inside run r (rules from k0) that opens a later
 * sentence than the run and whose cue lies after the run, with the token its sentence starts at.
 */
function laterQuotation(ctx: Ctx, rules: Cand[], k0: number, r: Run): { c: Cand; open: number } | null {
  for (let k = k0; k < rules.length && rules[k].a < r.b; k++) {
    const c = rules[k];
    if (!attributedWhole(ctx, c, r) || c.cue![0] < r.b) continue;
    const s = ctx.sentOf[c.a];
    const open = ctx.doc.sentences[s].tokenStart;
    if (s === ctx.sentOf[r.a] || open <= r.a || open > c.a) return null;
    return { c, open };
  }
  return null;
}

/** Is rule candidate c inside run r, with a speaker and a cue? */
function attributedInside(c: Cand, r: Run): boolean {
  return c.a >= r.a && c.b <= r.b && !c.frags && c.speaker !== null && c.cue !== undefined;
}

/** Do two rule candidates inside run r follow each other with the second one's cue between them? */
function cueBetween(rules: Cand[], k0: number, r: Run): boolean {
  let prevEnd = -1;
  for (let k = k0; k < rules.length && rules[k].a < r.b; k++) {
    const c = rules[k];
    if (!attributedInside(c, r)) continue;
    if (prevEnd >= 0 && c.cue![0] >= prevEnd && c.cue![1] <= c.a) return true;
    prevEnd = c.b;
  }
  return false;
}

/** Is rule candidate c inside run r, a whole quotation the rules read with a cue and a speaker? */
function attributedWhole(ctx: Ctx, c: Cand, r: Run): boolean {
  return attributedInside(c, r) && ATTRIBUTED_QUOTATION.has(c.rule) && wholeQuotation(ctx, c.a, c.b);
}

/** Is the rules' speaker of c a noun phrase (not a pronoun) that ends right before c's cue, after a semicolon in its sentence? */
function subjectBeforeCue(ctx: Ctx, c: Cand): boolean {
  const sp = c.speaker;
  if (!sp || sp.end === undefined || sp.start === undefined || !c.cue || c.cue[0] < 1) return false;
  const toks = ctx.doc.tokens;
  if (toks[c.cue[0] - 1].end !== sp.end) return false;
  const w = ctx.low[c.cue[0] - 1];
  if (w === 'he' || w === 'she' || w === 'they' || w === 'it' || w === 'we' || w === 'i' || w === 'who') return false;
  // only a clause after a semicolon or a conjunction ("… and Ferris told the Herald …"): elsewhere
  // the ranker's choice is measured to be the better one
  const ss = ctx.doc.sentences[ctx.sentOf[c.cue[0]]].tokenStart;
  const sa = tokenIndexAt(ctx.doc, sp.start);
  if (sa > ss) {
    const before = ctx.low[sa - 1];
    if (before === 'and' || before === 'but' || before === 'while' || before === 'whereas') return true;
  }
  for (let x = c.cue[0] - 1; x >= ss; x--) if (ctx.low[x] === ';') return true;
  return false;
}

/** Longest quoted title, in tokens. */
const MAX_TITLE = 8;
const TITLE_LEAD = new Set(['of', 'on', 'in', 'from', 'for', 'at', 'with', 'to', "'s", '’s']);

/** Does content [a, b) fill a short quotation that starts capitalized after a preposition or a possessive in its sentence? */
/** A content that is only a led title and a few words around it ("host of “The Late Desk”") names a work; nobody says it. */
export function holdsLedTitle(ctx: Ctx, a: number, b: number): boolean {
  const { regions, markOf } = ctx.marks;
  for (let k = a; k < b; k++) {
    const ri = markOf[k];
    if (ri < 0 || regions[ri].open !== k) continue;
    const g = regions[ri];
    if (g.close < 0 || g.close >= b + 1) continue;
    if (!ledTitle(ctx, g.tokStart, g.tokEnd)) continue;
    if (g.open - a + Math.max(0, b - g.close - 1) <= 4) return true;
  }
  return false;
}

export function ledTitle(ctx: Ctx, a: number, b: number): boolean {
  const { inQ, regions } = ctx.marks;
  const ri = inQ[a];
  if (ri < 0) return false;
  const g = regions[ri];
  if (g.open !== a - 1 || g.open < 1 || b - a > MAX_TITLE || !isCap(ctx, a)) return false;
  const p = g.open - 1;
  if (ctx.sentOf[p] !== ctx.sentOf[a]) return false;
  const w = ctx.low[p];
  return TITLE_LEAD.has(w) || w.endsWith("'s") || w.endsWith('’s');
}

/** Rules that read a quotation and the attribution beside it. */
const ATTRIBUTED_QUOTATION = new Set(['cue-before', 'cue-quote']);

/** Is [a, b) one whole quotation, from its opening mark to its closing one (punctuation aside)? */
function wholeQuotation(ctx: Ctx, a: number, b: number): boolean {
  const { markOf, inQ, regions } = ctx.marks;
  const r = markOf[a] >= 0 ? markOf[a] : inQ[a];
  if (r < 0) return false;
  const g = regions[r];
  if (g.close < 0 || (a !== g.open && a !== g.tokStart)) return false;
  return b === g.close + 1 || b === g.close || b === g.tokEnd;
}

const PROTECTED = new Set(['speaker-label', 'speaker-label-turn', 'headline', 'headline-colon']);
