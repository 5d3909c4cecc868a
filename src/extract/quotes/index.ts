/**
 * Quotes and speakers: who said (wrote, believes, wants, found) what.
 *
 * Rules find a cue (a verb of saying, belief or evidence; "according to"; a colon after a
 * speaker; a transcript's speaker label), the SPEAKER SPAN from the sentence's structure (the
 * subject of the cue, the inverted subject after it, the "according to" object, the label,
 * the name before an apposition) and the CONTENT (the quoted stretch, or the reported clause
 * after the cue or before the attribution). A learned tagger (tagger.ts, trained by train.ts)
 * then reads the rules' findings as features with the words around them and decides the
 * contents (learned.ts turns its labels back into quotes, keeping the rules' speakers where
 * they agree). The speaker span is resolved to an entity through `doc.mentions`, with the
 * span's own words as the fallback name.
 *
 *   rules/… one function per pattern; this file runs them and resolves overlaps.
 */
import { firstStartingFrom, type Stage } from '../../model/doc.js';
import { afterDateline, fillerAt, freshIds, isCap, isWord, makeCtx, sentStart, type Ctx } from './context.js';
import { cand, IN_TURN, inTextOrder, isTurn, outerFirst, resolveCands, toQuotes, trimRange, type Cand } from './build.js';
import { cueRule, dropLeadingSetting } from './rules/cue.js';
import { accordingToRule, relayedAccordingTo } from './rules/according.js';
import { FIRST_PERSON, firstPersonInTurns, labelRule } from './rules/labels.js';
import { CALENDAR_WORDS, CALL_FORMS, CUE_NOUNS, CUES, IRREGULAR_PAST, OBJECT_PRONOUNS, PRONOUNS } from './lexicon.js';
import { npLeft, npRight, speakerRef, spokenAt, subjectBefore, writtenSpeaker } from './speaker.js';
import { authoredParagraphs, authorVoice } from './rules/author.js';
import { impersonal, pronounVoice } from './rules/pronouns.js';
import { regionRule } from './rules/regions.js';
import { nounCueRule } from './rules/nouns.js';
import { MODEL, tagDoc, type CueProbs, type Model } from './tagger.js';
import { fromTags, type SpkCollect } from './learned.js';
import { SPK } from './choose.js';
import { calledEnd, PASSIVE_BE, viaRule, trailingReport } from './rules/via.js';
import { interviewAddressee } from './rules/addressee.js';
import { headlineRule } from './rules/headline.js';
import { headedQuotes } from './rules/headed.js';
import { signedQuotations } from './rules/signed.js';
import { passiveBy, statedBy } from './rules/stated-by.js';
import { stanceThat } from './rules/stance.js';
import { briefedOn } from './rules/briefed.js';
import { agentlessPassives } from './rules/passive.js';
import { jointSubjects, purposeSubjects } from './rules/joint.js';
import { chooseEnds, ENDS } from './ends.js';
import { joinAcrossAttribution } from './join.js';
import { askedQuestions, dropAnonymityFormula, seemingSubject, sourcelessAttributions, unaskedQuestions } from './rules/sourceless.js';
import { addresseeInContent, afterLeadingAttribution, dashRepairs, secondAct, companionAside, continuedModifier, mainClauseBeforeAccording, coordinatedPredicate, leadIntoQuotation, listTail, mainClauseOfThat, sayingIn, secondThatClause, speakerTail, trimSwallowedAttribution, verblessThat } from './spans.js';

/** The rules' candidates, trimmed and without overlaps, in text order. */
export function ruleCands(ctx: Ctx, labels = true): Cand[] {
  freshIds(ctx);
  const blocked = new Uint8Array(ctx.doc.tokens.length);
  const used = new Uint8Array(ctx.marks.regions.length);
  const cands: Cand[] = [];
  if (labels) labelRule(ctx, cands, blocked);
  headlineRule(ctx, cands, blocked);
  cueRule(ctx, cands, blocked, used);
  accordingToRule(ctx, cands, blocked, used);
  regionRule(ctx, cands, blocked, used);
  nounCueRule(ctx, cands, blocked);
  return resolveCands(ctx, cands);
}

/** The tagger's contents before their ends are chosen, with its labels and margins. */
export function tagCands(ctx: Ctx, weights: Model, minMargin?: number, probs?: CueProbs, spk: Float32Array | null = SPK, collect?: SpkCollect, labels = true): { cands: Cand[]; lab: Uint8Array; margin: Float32Array } {
  const rules = ruleCands(ctx, labels);
  const { lab, margin } = tagDoc(ctx, rules, weights, probs);
  return { cands: fromTags(ctx, lab, margin, rules, minMargin, spk, collect, probs), lab, margin };
}

/** Rules, then the learned tagger over them and the end ranker (when given), then the relayed speakers. */
export function findQuotes(ctx: Ctx, weights: Model | null, minMargin?: number, probs?: CueProbs, ends: Float32Array | null = ENDS, spk: Float32Array | null = SPK): Cand[] {
  let out: Cand[];
  freshIds(ctx);
  if (weights) {
    out = tagged(ctx, weights, minMargin, probs, ends, spk, true);
    out = runOnTurns(ctx, out);
    out = withNested(ctx, out, weights, minMargin, probs, ends, spk);
    out = postposedSpeaker(ctx, out);
  } else out = ruleCands(ctx);
  dashRepairs(ctx, out);
  secondAct(ctx, out);
  verbInSpeaker(ctx, out);
  timeAsSpeaker(ctx, out);
  splitNestedReport(ctx, out);
  asideCue(ctx, out);
  heardFrom(ctx, out);
  nounByThat(ctx, out);
  jointSubjects(ctx, out);
  purposeSubjects(ctx, out);
  out = briefedOn(ctx, stanceThat(ctx, passiveBy(ctx, statedBy(ctx, signedQuotations(ctx, headedQuotes(ctx, out))))));
  dropLeadingSetting(ctx, out);
  viaRule(ctx, out);
  interviewAddressee(ctx, out);
  relayedAccordingTo(ctx, out);
  firstPersonInTurns(out);
  authorVoice(ctx, out);
  pronounVoice(ctx, out);
  out = dropAnonymityFormula(ctx, dropFillers(ctx, dropTrailingPhrase(ctx, dropQuotedHeadings(ctx, dropNamedTitles(ctx, out)))));
  sourcelessAttributions(ctx, out);
  out = askedQuestions(ctx, out);
  unaskedQuestions(ctx, out);
  seemingSubject(ctx, out);
  relayedInTurns(ctx, out);
  return authoredParagraphs(ctx, agentlessPassives(ctx, out));
}

/**
 * A report inside a reported clause that the tagger split in two at the inner verb of saying ("Ruiz
 * noted that the minister responded by saying that the port would open" as "that the minister
 * responded" and "that the port would open", both Ruiz's): the outer content runs on over the
 * inner one, and the inner content is the inner subject's words, relayed by the outer speaker, when
 * the inner verb is one of saying. Only where the outer content is a that-clause ending at the
 * inner verb, with that verb's subject in it.
 */
function splitNestedReport(ctx: Ctx, out: Cand[]): void {
  const { low } = ctx;
  const { tokens } = ctx.doc;
  for (const inner of out) {
    const sp = inner.speaker;
    if (!inner.cue || !sp || inner.frags || isTurn(inner) || inner.cue[0] >= inner.a) continue;
    // the verb whose subject says it: the cue's first word, or the verb before "by saying"
    let v = inner.cue[0];
    if (low[v - 1] === 'by' && (low[v] === 'saying' || low[v] === 'stating')) v -= 2;
    const outer = out.find((o) => o !== inner && o.speaker && !o.frags && low[o.a] === 'that' && o.a < v && o.b >= v && o.b <= inner.cue![0] + 1 && o.b < inner.b);
    if (!outer?.speaker) continue;
    const np = subjectBefore(ctx, v);
    if (!np || np.a <= outer.a || PRONOUNS.has(low[np.head])) continue;
    outer.b = inner.b;
    // (the subject's words when its verb is one of saying, "responded by saying", "announced";
    // a belief or a stance of someone reported, "that most voters supported his call", stays as
    // the chooser took it)
    const says = CUES.get(low[v]);
    if (!says || (says.cls !== 'S' && says.cls !== 'T')) continue;
    if (sp.start !== undefined && sp.start >= tokens[np.a].start && sp.start < tokens[np.b - 1].end) continue;
    inner.via ??= outer.speaker;
    inner.speaker = speakerRef(ctx, np);
  }
}

/** Verbs of learning whose "from" names the source ("we heard from Lima that …"). */
const HEARD = new Set(['heard', 'hear', 'hears', 'hearing', 'learned', 'learnt', 'learn', 'learns']);

/**
 * A that-clause after "heard from X" or "learned from X" ("Today we heard from Lima that they
 * still want to talk") is X's, with that verb for its cue, whatever cue inside it the tagger took.
 */
function heardFrom(ctx: Ctx, out: Cand[]): void {
  const { low } = ctx;
  for (const c of out) {
    if (!c.cue || c.frags || isTurn(c) || low[c.a] !== 'that') continue;
    const np = npLeft(ctx, c.a - 1, sentStart(ctx, c.a));
    if (!np || low[np.a - 1] !== 'from' || !HEARD.has(low[np.a - 2])) continue;
    c.speaker = speakerRef(ctx, np);
    c.cue = [np.a - 2, np.a];
  }
}

/** Nouns of saying or stance whose "by" phrase names the source, besides `CUE_NOUNS` ("the commitments by Peru and Chile that …"). */
const BY_NOUNS = new Set(['commitment', 'commitments', 'assurance', 'assurances', 'pledges', 'statements', 'announcement', 'announcements']);
/** Most words of the source between "by" and the that-clause. */
const MAX_BY_SOURCE = 24;

/**
 * A that-clause after a noun of saying and its "by" phrase ("welcomes the commitments by Peru,
 * Chile and Bolivia that they will also act") is that source's, all of it, with the noun for its
 * cue, whatever speaker inside the list the chooser took.
 */
function nounByThat(ctx: Ctx, out: Cand[]): void {
  const { low } = ctx;
  for (const c of out) {
    if (!c.cue || c.frags || isTurn(c) || low[c.a] !== 'that') continue;
    const ss = sentStart(ctx, c.a);
    let by = -1;
    for (let x = c.a - 1; x > ss && x >= c.a - MAX_BY_SOURCE; x--) {
      if (low[x] === 'by') { by = x; break; }
      if (!isWord(ctx, x) && low[x] !== ',' && low[x] !== "'s" && low[x] !== '’s' && low[x] !== '.') break;
    }
    const noun = low[by - 1];
    if (by < 0 || by + 1 >= c.a || !(CUE_NOUNS.has(noun) || BY_NOUNS.has(noun))) continue;
    // one source as the speaker rules resolve it; a list as written
    const np = npLeft(ctx, c.a - 1, by + 1);
    c.speaker = np && np.a === by + 1 ? speakerRef(ctx, np) : writtenSpeaker(ctx, by + 1, c.a);
    c.cue = [by - 1, by];
  }
}

/** Object pronouns of a fronted aside's verb ("As I told you, …"). */
const ASIDE_OBJECTS = new Set(['you', 'them', 'him', 'her', 'us']);

/**
 * A content the cue of a fronted aside took ("As I said, the ministers agreed that …", "Like I
 * said, …") where a verb of saying with its own subject comes between: that subject's, with that
 * verb for its cue (inside a turn the turn's speaker relays it, see `relayedInTurns`).
 */
function asideCue(ctx: Ctx, out: Cand[]): void {
  const { low } = ctx;
  for (const c of out) {
    if (!c.cue || !c.speaker || c.frags || isTurn(c)) continue;
    const [k0, c1] = c.cue;
    // (past the one told: "Like I told you, …")
    const k1 = ASIDE_OBJECTS.has(low[c1]) ? c1 + 1 : c1;
    // (opening the sentence, or a turn after its label's colon)
    if (low[k1] !== ',' || c.a <= k1 + 1 || (low[k0 - 2] !== 'as' && low[k0 - 2] !== 'like') || (k0 - 2 !== sentStart(ctx, k0) && low[k0 - 3] !== ':')) continue;
    const v = low[c.a] === 'that' ? c.a - 1 : -1;
    if (v <= k1 || !CUES.has(low[v])) continue;
    const np = subjectBefore(ctx, v);
    if (!np || np.a <= k1) continue;
    c.speaker = speakerRef(ctx, np);
    c.cue = [v, v + 1];
  }
}

/** A regular past form ("ruled", "voted"). */
const REGULAR_PAST = /^[a-z]{2,}ed$/;

/** Words between a source and its time besides a regular past ("a poll in December", "figures released Friday", "a survey taken on Friday"). */
const BEFORE_TIME = new Set(['in', 'on', 'since', 'last', 'this', 'taken', 'made', 'done']);

/**
 * A speaker taken from the time of its source ("A poll in December found …", "figures her campaign
 * released Friday"): the noun phrase before that time, past the words that tie the two, when there
 * is one. After the tagger, whose speaker guesses these are.
 */
function timeAsSpeaker(ctx: Ctx, out: Cand[]): void {
  const { tokens } = ctx.doc;
  for (const c of out) {
    const sp = c.speaker;
    if (!sp || sp.entity !== undefined || sp.start === undefined || sp.end === undefined || !CALENDAR_WORDS.has(sp.name.toLowerCase())) continue;
    // the time ends the speaker's words ("A poll in December"), or is all of them
    const a = firstStartingFrom(tokens, sp.start);
    let k = a;
    while (k + 1 < tokens.length && tokens[k + 1].end <= sp.end) k++;
    const lo = k > a ? a : sentStart(ctx, k);
    let j = k - 1;
    while (j >= lo && (BEFORE_TIME.has(ctx.low[j]) || REGULAR_PAST.test(ctx.low[j]))) j--;
    const np = j < k - 1 && j >= lo && isWord(ctx, j) ? npLeft(ctx, j, lo) : null;
    if (np) c.speaker = speakerRef(ctx, np);
  }
}

/**
 * A speaker phrase that ran on into the verb of the sentence's first clause ("The ministers met
 * on Monday and agreed …" gave "ministers met"): the phrase before the verb. After the tagger,
 * whose features hold the rules' speaker spans as they were found.
 */
function verbInSpeaker(ctx: Ctx, out: Cand[]): void {
  const { tokens } = ctx.doc;
  for (const c of out) {
    const sp = c.speaker;
    if (!sp || sp.entity !== undefined || sp.start === undefined || sp.end === undefined) continue;
    const a = firstStartingFrom(tokens, sp.start);
    let b = a;
    while (b < tokens.length && tokens[b].end <= sp.end) b++;
    // (a regular past too when words stand between it and the cue, "The court ruled against the
    // city and said …"; not right before it, "those polled said …")
    const past = IRREGULAR_PAST.has(ctx.low[b - 1]) || (REGULAR_PAST.test(ctx.low[b - 1]) && c.cue !== undefined && c.cue[0] > b + 1);
    if (b - a < 2 || !past || isCap(ctx, b - 1)) continue;
    // (and an adverb before the verb: "the judge quietly sided with …")
    let e = b - 1;
    while (e - 1 > a && ctx.low[e - 1].endsWith('ly') && !isCap(ctx, e - 1)) e--;
    c.speaker = speakerRef(ctx, { a, b: e, head: e - 1 });
  }
}

/** The tagger's contents over the rules (with or without the transcripts' speaker labels), their ends chosen, overlaps resolved and spans repaired. */
function tagged(ctx: Ctx, weights: Model, minMargin: number | undefined, probs: CueProbs | undefined, ends: Float32Array | null, spk: Float32Array | null, labels: boolean): Cand[] {
  const { cands, lab, margin } = tagCands(ctx, weights, minMargin, probs, spk, undefined, labels);
  if (ends) chooseEnds(ctx, cands, lab, margin, ends);
  let kept = resolveCands(ctx, cands, true);
  trimSwallowedAttribution(ctx, kept);
  speakerTail(ctx, kept);
  mainClauseOfThat(ctx, kept);
  listTail(ctx, kept);
  companionAside(ctx, kept);
  addresseeInContent(ctx, kept);
  coordinatedPredicate(ctx, kept);
  kept = verblessThat(ctx, kept);
  kept = secondThatClause(ctx, kept);
  afterLeadingAttribution(ctx, kept);
  mainClauseBeforeAccording(ctx, kept);
  const out = joinAcrossAttribution(ctx, kept);
  leadIntoQuotation(ctx, out);
  trailingReport(ctx, out);
  return out;
}

/**
 * The paragraphs an exchange's turn runs on over (`ctx.runOns`, noted by the label rule) as that
 * speaker's turns, in place of what the tagger found in them: what the speaker reports there is
 * found again inside the turn, relayed (withNested).
 */
function runOnTurns(ctx: Ctx, out: Cand[]): Cand[] {
  const runs = ctx.runOns;
  if (!runs.length) return out;
  const kept: Cand[] = [];
  for (const c of out) if (!runs.some((r) => c.a < r.b && c.b > r.a)) kept.push(c);
  for (const r of runs) {
    const [a, b] = trimRange(ctx, r.a, r.b);
    if (b > a) kept.push(cand(a, b, r.speaker, 'speaker-label-turn', 0.95));
  }
  return kept.sort(outerFirst);
}

/** Forms of a verb of saying that may follow what was said, before the speaker ("…, said Ana Varga"). */
const POSTPOSED_CUES = new Set(['said', 'says', 'added', 'adds', 'noted', 'notes', 'stressed', 'stresses', 'emphasized', 'emphasised', 'explained', 'explains', 'stated', 'states', 'declared', 'wrote', 'writes', 'told']);

/**
 * "A, yet B, said Ana Varga, Adviser to …": a content that is only the name (and its apposition)
 * after a comma and a verb of saying is the speaker, and the sentence before the comma is what
 * was said. Read so when the sentence before held a cue of its own ("does not refuse to …") and
 * the tagger took the name for the content; the attributions inside what was said go.
 */
function postposedSpeaker(ctx: Ctx, out: Cand[]): Cand[] {
  const { low, marks } = ctx;
  let drop: Set<Cand> | undefined;
  for (const c of out) {
    if (!c.cue || c.frags || c.cue[1] - c.cue[0] !== 1 || c.cue[1] !== c.a || !POSTPOSED_CUES.has(low[c.cue[0]])) continue;
    const v = c.cue[0];
    if (low[v - 1] !== ',' || !isCap(ctx, c.a)) continue;
    const np = npRight(ctx, c.a, c.b);
    if (!np || !isCap(ctx, np.head)) continue;
    // the name, then its apposition or nothing, to the content's end
    if (np.b < c.b && low[np.b] !== ',') continue;
    const ss = sentStart(ctx, v);
    const a = afterDateline(ctx, ss, v - 1);
    if (v - 1 - a < 4) continue;
    let quoted = false;
    for (let i = a; i < v - 1 && !quoted; i++) if (marks.markOf[i] >= 0) quoted = true;
    if (quoted) continue;
    for (const o of out) if (o !== c && o.a >= a && o.b <= v) (drop ??= new Set()).add(o);
    c.speaker = speakerRef(ctx, np);
    c.a = a;
    c.b = v - 1;
    c.rule = 'tag+cue-before-inverted';
  }
  return drop ? out.filter((c) => !drop!.has(c)).sort(inTextOrder) : out;
}


/**
 * Attributions inside a transcript's turns ("I told him that …", "Both leaders acknowledged
 * that …", "he agreed to …" in a briefer's answer): the turn is the speaker's whole paragraph,
 * and what the speaker reports in it is a quote of its own. The tagger runs a second time with
 * no speaker labels, as over ordinary news; of what it finds, the contents with a cue and a
 * speaker that lie inside one turn (and are not the whole of it) are kept beside the turns.
 * Only texts with turns pay for the second pass.
 */
function withNested(ctx: Ctx, out: Cand[], weights: Model, minMargin: number | undefined, probs: CueProbs | undefined, ends: Float32Array | null, spk: Float32Array | null): Cand[] {
  if (!out.some(isTurn)) return out;
  const inner = tagged(ctx, weights, minMargin, probs, ends, spk, false);
  let added: Cand[] | undefined;
  for (const c of inner) {
    if (!c.cue || !c.speaker || c.frags || !(NESTED_RULES.has(c.rule) || taggerSaying(ctx, c))) continue;
    // a belief, a wish or an intent ("they sought to …", "we believe …") only as the speaker's own
    if (!saysOrOwn(ctx, c)) continue;
    // (nor the speaker's own aside inside a clause: "the wall is finished and, as I said, is ready …"
    // restates the turn's words, whose clause began before it)
    if (ownAside(ctx, c)) continue;
    const [ca, cb] = c.cue;
    for (const t of out) {
      if (!isTurn(t) || c.a < t.a || c.b > t.b || ca < t.a || cb > t.b) continue;
      if ((c.b - c.a) * 10 > (t.b - t.a) * 9) break;
      c.rule = IN_TURN + c.rule;
      (added ??= []).push(c);
      break;
    }
  }
  if (!added) return out;
  // in text order, a turn before the quotes inside it
  return [...out, ...added].sort(outerFirst);
}

/** Whether c is the tagger's own that-clause with a verb of saying or telling for its cue ("… responded by saying that …"). */
function taggerSaying(ctx: Ctx, c: Cand): boolean {
  if (c.rule !== 'tagger' || !c.cue || ctx.low[c.a] !== 'that') return false;
  const cls = CUES.get(ctx.low[c.cue[0]])?.cls;
  return cls === 'S' || cls === 'T';
}

/** First-person pronouns of an aside ("as I said", "as we know"). */
const ASIDE_PRONOUNS = new Set(['i', 'we']);

/** Whether c's cue is a first-person aside set off by commas right before it: ", as I said, …", ", as we know, …". */
function ownAside(ctx: Ctx, c: Cand): boolean {
  const { low } = ctx;
  const [a, b] = c.cue!;
  // (the content may start past the clause's auxiliary: ", as I said, is ready …")
  let k = b + 1;
  while (k < c.a && ASIDE_AUX.has(low[k])) k++;
  return k === c.a && low[b] === ',' && ASIDE_PRONOUNS.has(low[a - 1]) && low[a - 2] === 'as' && (low[a - 3] === ',' || low[a - 3] === 'and' || low[a - 3] === 'that');
}
/** Auxiliaries between such an aside and the words the tagger took for its content. */
const ASIDE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'must', 'should']);

/** The rules whose attributions inside a turn are kept: a cue and its subject, not the tagger's guess alone nor a noun's. */
const NESTED_RULES = new Set(['tag+cue-after', 'tag+cue-before', 'tag+cue-before-inverted', 'tag+cue-quote', 'tag+cue-belief', 'tag+according-to']);

/** Whether a speaker span is the first person ("I", "we", "my", "our"): the turn's own speaker. */
function firstPerson(ctx: Ctx, c: Cand): boolean {
  const sp = c.speaker;
  if (!sp || sp.start === undefined || sp.end === undefined) return false;
  const w = ctx.text.slice(sp.start, sp.end).toLowerCase();
  return FIRST_PERSON.has(w) || w === 'my' || w === 'our';
}

/** Words between a subject and its verb of saying ("I would say", "we have also said"). */
const BEFORE_CUE = new Set(['would', 'will', "'ll", '’ll', "'d", '’d', 'can', 'could', 'should', 'must', 'might', 'may', 'do', 'did', 'have', "'ve", '’ve', 'had', 'also', 'just', 'only', 'really', 'again', 'always', 'then', 'certainly', 'simply']);

/** Whether c's cue has a first-person subject right before it ("I would say the President …", "what I'll say is"), whoever the speaker was taken to be. */
function firstPersonCue(ctx: Ctx, c: Cand): boolean {
  if (!c.cue) return false;
  let k = c.cue[0] - 1;
  while (k >= 0 && k > c.cue[0] - 4 && BEFORE_CUE.has(ctx.low[k])) k--;
  return k >= 0 && (ctx.low[k] === 'i' || ctx.low[k] === 'we');
}

/**
 * Whether an attribution inside a turn is kept: by a verb of saying (anyone's), or by the turn's
 * speaker in the first person (a belief or a wish too). Someone else's belief or wish ("the West
 * sought to …") is the speaker's account of them, not their words; and a third person left a
 * bare pronoun ("they said", "you said") names no one.
 */
function saysOrOwn(ctx: Ctx, c: Cand): boolean {
  const cue = c.cue ? CUES.get(ctx.low[c.cue[0]]) : undefined;
  if (!cue) return false;
  const first = ctx.low[c.a];
  // the setting of a saying, not what was said ("as I said in my last address", "said during
  // the campaign"); a going on or keeping up ("continued to ensure …") says nothing unless a
  // that-clause or a quotation follows
  if (SETTING_OPENERS.has(first)) return false;
  if ((cue.lemma === 'continue' || cue.lemma === 'maintain') && first !== 'that' && ctx.marks.markOf[c.a] < 0) return false;
  // a pointer to the speaker's own words ("what I told you last week", "What I am saying now
  // …", "which I mentioned"), not what was said
  if (first === 'what' && PRONOUNS.has(ctx.low[c.a + 1] ?? '')) return false;
  if (pointsToOwnWords(ctx.low, c.cue![0]) && !cleftCopula(ctx.low, c.cue![1], Math.min(c.b, c.a + 10))) return false;
  // a topic mentioned ("I have only mentioned a few cases so far")
  if (cue.lemma === 'mention' && first !== 'that' && ctx.marks.markOf[c.a] < 0) return false;
  // the first person's view, wish or intent ("I think …", "we want a stable relationship", "we do
  // not intend to …"), not a wish to speak ("I want to stress one thing") or an act ("we supported
  // their choice")
  if (firstPerson(ctx, c)) return !OWN_ACTS.has(cue.lemma) && !(cue.lemma === 'want' && first === 'to');
  if (cue.cls === 'B') return false;
  const sp = c.speaker;
  if (!sp) return false;
  if (sp.entity !== undefined) return true;
  // a phrase that names someone: no bare pronoun, not a clause's words ("that we've", "having …")
  const w = sp.name.split(/\s+/)[0].toLowerCase();
  return !PRONOUNS.has(sp.name.toLowerCase()) && !NOT_SPEAKER_OPENERS.has(w) && !w.endsWith('ing') && !/['’]/.test(w);
}

/** Words that open a clause, not a phrase naming a speaker. */
const NOT_SPEAKER_OPENERS = new Set(['that', 'which', 'who', 'what', 'whom', 'whose', 'if', 'whether']);

/** Cues that in the first person inside a turn tell an act of the speaker's, not a view ("we supported …", "as we learned …"). */
const OWN_ACTS = new Set(['support', 'learn', 'endorse', 'oppose', 'reject', 'discuss']);

/** Forms of "be" and "have" between a pronoun and its verb ("what I am saying", "which I have mentioned"). */
const AUX_BETWEEN = new Set(['am', "'m", '’m', 'is', 'are', 'was', 'were', 'have', 'has', 'had', "'ve", '’ve']);

/** Whether "is" or "was" stands in [from, to): "What I said (to the paper) was that …", a cleft whose copula opens what was said. */
function cleftCopula(low: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (low[k] === 'is' || low[k] === 'was') return true;
    // (a verb of its own first: "What I am saying here does not apply to …" is no cleft)
    if (CLEFT_BREAKS.has(low[k])) return false;
  }
  return false;
}

/** Auxiliaries that make the words after "what I said" a clause of their own. */
const CLEFT_BREAKS = new Set(['does', 'do', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'not', "n't", 'may', 'might']);

/**
 * Whether the cue at `v` is in a phrase that points to the speaker's own words rather than
 * introducing them: "what I (am) saying", "which I (have) mentioned". ("As I said, we had no choice …"
 * repeats what it introduces: it stays.)
 */
function pointsToOwnWords(low: readonly string[], v: number): boolean {
  let k = v - 1;
  if (k >= 0 && AUX_BETWEEN.has(low[k])) k--;
  if (k < 1 || !FIRST_PERSON.has(low[k])) return false;
  const w = low[k - 1];
  return w === 'what' || w === 'which';
}

/** First words of a stretch that sets a saying in time or place rather than saying anything. */
const SETTING_OPENERS = new Set(['in', 'during', 'on', 'at', 'when', 'after', 'before', 'subsequent', 'however', 'since', 'while', 'as']);


/**
 * A quote inside a turn is said by the turn's speaker: when its own source is someone else
 * ("Both leaders acknowledged that …" in the briefer's answer), that source is whose words they
 * originally were (`via`), relayed by the turn's speaker. The first person ("I told him …") was
 * given the turn's speaker already (firstPersonInTurns).
 */
function relayedInTurns(ctx: Ctx, out: Cand[]): void {
  let turn: Cand | undefined;
  for (const c of out) {
    if (isTurn(c)) {
      turn = c;
      continue;
    }
    if (!c.rule.startsWith(IN_TURN) || !turn?.speaker || !c.speaker || c.a < turn.a || c.b > turn.b) continue;
    // ("I would say the President …": the turn's speaker says it, relaying no one)
    const own = firstPersonCue(ctx, c);
    if (own) c.via = undefined;
    const same = own || firstPerson(ctx, c) || (c.speaker.entity !== undefined ? c.speaker.entity === turn.speaker.entity : c.speaker.name === turn.speaker.name);
    if (same) c.speaker = spokenAt(turn.speaker, c.speaker.start, c.speaker.end);
    else {
      c.via ??= c.speaker;
      c.speaker = turn.speaker;
    }
  }
}

/** Words before a quotation that make it the name of a work or a programme: a preposition or a possessive, "told" (the programme spoken to), a noun of works. */
const TITLE_LEADS = new Set(['of', 'on', 'in', 'from', 'for', 'at', 'with', 'to', "'s", '’s', 'told', 'show', 'program', 'programme', 'series', 'book', 'film', 'movie', 'novel', 'column', 'segment', 'album', 'song', 'podcast', 'documentary', 'newsletter', 'memoir', 'essay', 'play', 'musical', 'poem']);
const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', '&']);
/** Most tokens of a quoted title; of one followed by its author ("… ,” by X"). */
const MAX_TITLE_TOKENS = 8;
const MAX_AUTHORED_TITLE_TOKENS = 16;

/**
 * Drops a content that is one short quotation in title case named right after a preposition, a
 * possessive, "told" or a noun of works (`told “Fox and Friends,”`, `the network's “Night Desk”`,
 * `the reality show “The Big House.”`), or followed by its author (`“The Long Shore,” by Ana
 * Ruiz`): a title, which nobody says.
 */
export function dropNamedTitles(ctx: Ctx, cands: Cand[]): Cand[] {
  let out: Cand[] | undefined;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (namedTitle(ctx, c)) out ??= cands.slice(0, k);
    else if (out) out.push(c);
  }
  return out ?? cands;
}

function namedTitle(ctx: Ctx, c: Cand): boolean {
  const { low, marks } = ctx;
  if (c.frags) return false;
  const r = marks.inQ[c.a];
  if (r < 0 || marks.inQ[c.b - 1] !== r) return false;
  const g = marks.regions[r];
  if (g.close < 0 || g.open < 1) return false;
  // (a work by its author, "“The Long Shore,” by Ana Ruiz", may have a longer title)
  const byAuthor = low[g.close + 1] === 'by' || (low[g.close + 1] === ',' && low[g.close + 2] === 'by');
  // (the whole quotation, or its part after a colon inside it: "“Harbour Days: A Memoir”")
  if (!(g.open === c.a - 1 || (low[c.a - 1] === ':' && c.a - 1 > g.open)) || c.b < g.tokEnd - 1 || g.tokEnd - g.tokStart > (byAuthor ? MAX_AUTHORED_TITLE_TOKENS : MAX_TITLE_TOKENS)) return false;
  const p = g.open - 1;
  const w = low[p];
  if (ctx.sentOf[p] !== ctx.sentOf[g.open] || !(TITLE_LEADS.has(w) || w.endsWith("'s") || w.endsWith('’s') || byAuthor)) return false;
  // title case: every word but the small ones capitalized; no cry ("chants of “Go! Go!”")
  for (let x = g.tokStart; x < g.tokEnd; x++) {
    const t = ctx.doc.tokens[x];
    if (low[x] === '!' || low[x] === '?') return false;
    if (t.kind !== 'word' || TITLE_SMALL.has(low[x])) continue;
    if (!isCap(ctx, x)) return false;
  }
  return isCap(ctx, g.tokStart);
}

/**
 * One attribution, one content: after a quotation and its attribution ('"We made mistakes,"
 * acknowledged John Harris, the club's chairman.', '"I did not expect to win," Lucy Chen said
 * after crossing the line.'), what follows in the sentence describes the speaker or the saying,
 * not more words said: a content outside quotation marks that starts after the attribution's
 * verb and takes that verb, or a comma, as its own cue is dropped (not one opening with "that").
 */
export function dropTrailingPhrase(ctx: Ctx, cands: Cand[]): Cand[] {
  let out: Cand[] | undefined;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (trailsAttribution(ctx, cands, c)) out ??= cands.slice(0, k);
    else if (out) out.push(c);
  }
  return out ?? cands;
}

/** Whether c is dropped by dropTrailingPhrase (a module-level function: see saysSomething). */
function trailsAttribution(ctx: Ctx, cands: Cand[], c: Cand): boolean {
  const { low, marks } = ctx;
  if (!c.cue || c.frags || marks.inQ[c.a] >= 0 || marks.markOf[c.a] >= 0 || low[c.a] === 'that') return false;
  for (const q of cands) {
    if (q === c || !q.cue || q.b > q.cue[0] || q.cue[1] > c.a || ctx.sentOf[q.a] !== ctx.sentOf[c.a]) continue;
    // q: a quotation before its own attribution, in c's sentence
    if (marks.inQ[q.a] < 0 && marks.markOf[q.a] < 0 && marks.markOf[q.a - 1] < 0) continue;
    const sameCue = c.cue[0] === q.cue[0];
    const comma = c.cue[1] - c.cue[0] === 1 && low[c.cue[0]] === ',';
    if ((sameCue || comma) && c.a - q.cue[1] <= 6) return true;
  }
  return false;
}

/**
 * A paragraph that is only a short phrase in single quotation marks: a section heading, unless the
 * paragraph before it opens with a single quotation mark too (British style quotes with single
 * marks: "'The figures add up,' she said." then "'Nobody will pay more tax.'" is her next quote).
 */
const QUOTED_HEADING = /^['‘](?!['‘])(?:[^\n'‘’"“”]|(?<=\p{L})['’](?=\p{L})){1,80}[^'‘\s]['’]$/u;

/**
 * Drops contents inside a section heading that quotes a phrase from the section below it ('A
 * healthy harbour.' on a line of its own between paragraphs, in single quotation marks): a
 * heading is the newspaper's, no one's words (PolNeAR annotates none of them). Not the title,
 * whose quotation is its story's (rules/headline.ts).
 */
export function dropQuotedHeadings(ctx: Ctx, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const c of cands) {
    if (headingAt(ctx, c.a)) continue;
    // a piece in a heading is no piece of the quote ("“A,” she said. 'Heading.'")
    if (c.frags && headingAt(ctx, c.frags[c.frags.length - 1][0])) {
      const kept = c.frags.filter((f) => !headingAt(ctx, f[0]));
      if (!kept.length) continue;
      c.frags = kept.length > 1 ? kept : undefined;
      c.b = kept[kept.length - 1][1];
    }
    // a content that ran on into the heading below it ends before it
    if (!c.frags && headingAt(ctx, c.b - 1)) {
      let k = c.b - 1;
      while (k > c.a && ctx.sentOf[k] >= 0 && headingAt(ctx, k)) k--;
      const [a, b] = trimRange(ctx, c.a, k + 1);
      if (b <= a) continue;
      c.b = b;
    }
    out.push(c);
  }
  return out;
}

/** Whether token i lies in a paragraph, not the first, that is a quoted heading. */
function headingAt(ctx: Ctx, i: number): boolean {
  const { doc } = ctx;
  const s = ctx.sentOf[i];
  const p = s >= 0 ? doc.sentences[s].paragraph : -1;
  const para = p > 0 ? doc.paragraphs[p] : undefined;
  if (para === undefined || !QUOTED_HEADING.test(doc.text.slice(para.start, para.end).trim())) return false;
  const before = doc.paragraphs[p - 1];
  const c = doc.text.slice(before.start, before.end).trimStart()[0];
  return c !== "'" && c !== '‘';
}

/** prepositions the tagger may take for a cue */
const CUE_PREPS = new Set(['about', 'of', 'for', 'to', 'at', 'on', 'in', 'with', 'against', 'over', 'from', 'by']);

/** Speakers of a tagger-only guess that leave it unanchored: a relative or a "you" no rule resolved. */
const WEAK_SPEAKERS = new Set(['which', 'who', 'you']);
/**
 * Possessive pronouns of a third person, which own something and say nothing ("to withdraw its
 * support for …"): never a speaker ("our position is clear that …" is the speaker's own, and stays).
 */
const POSSESSIVE_SPEAKERS = new Set(['its', 'his', 'her', 'their', 'your']);

/**
 * Drops what said nothing: "You know, …", "I mean, …" (a filler before a comma), and a content
 * only the tagger found whose speaker is an unresolved "which", "who" or "you" (in 5-fold CV on
 * PolNeAR about one such guess in five is an attribution).
 */
export function dropFillers(ctx: Ctx, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const c of cands) if (saysSomething(ctx, c)) out.push(c);
  return out;
}

/** Whether c is kept by dropFillers (a module-level function, not a closure made per call: V8 holds a closure's optimized code only weakly, and a full collection would drop it). */
function saysSomething(ctx: Ctx, c: Cand): boolean {
  const bare = c.speaker && !c.speaker.entity ? c.speaker.name.toLowerCase() : undefined;
  if (bare !== undefined && c.rule === 'tagger' && WEAK_SPEAKERS.has(bare)) return false;
  // (in 5-fold CV on PolNeAR 7 of 20 such guesses overlap an attribution, 1 with its speaker)
  if (bare !== undefined && POSSESSIVE_SPEAKERS.has(bare)) return false;
  // a guess of the tagger's whose cue is a bare preposition ("spoke … about", "support for",
  // "a warning at"): a topic or a phrase, no one's words (in 5-fold CV on PolNeAR about one in
  // four such guesses is an attribution)
  if (c.rule === 'tagger' && c.cue && c.cue[1] - c.cue[0] === 1 && CUE_PREPS.has(ctx.low[c.cue[0]])) return false;
  if (c.speaker && !c.speaker.entity && c.cue && impersonal(ctx, c.speaker.name, c.cue)) return false;
  if (c.cue && phoneCall(ctx, c)) return false;
  if (c.cue && armsAct(ctx, c)) return false;
  if (c.cue && measureAims(ctx, c)) return false;
  if (c.cue && passiveBeforeClause(ctx, c)) return false;
  if (c.cue && agentAfterCue(ctx, c)) return false;
  if (c.cue && questionsAnswered(ctx, c)) return false;
  if (c.cue && (attributiveCue(ctx, c) || possessedCueTo(ctx, c) || gerundAfterPrep(ctx, c) || capitalsCue(ctx, c) || imperativeCue(ctx, c))) return false;
  const at = c.speaker?.start;
  if (at === undefined) return true;
  const k = firstStartingFrom(ctx.doc.tokens, at);
  return ctx.doc.tokens[k]?.start !== at || !fillerAt(ctx.low, k);
}

/**
 * Words before a participle that make it a noun's modifier ("its continued purchase", "the growing
 * chatter"): articles and possessives, not spans.ts's NOUN_DETERMINERS, whose demonstratives make a
 * participle a relative ("those describing themselves as …", which PolNeAR counts: 1 match lost).
 */
const MODIFIER_LEADS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** Participles of answering. */
const ANSWERING = new Set(['answering', 'responding', 'replying', 'taking', 'fielding']);
/** The questions answered, as the content's first words ("questions from the media", "a question about …"). */
const QUESTION_HEADS = new Set(['question', 'questions', 'queries', 'query']);
/** Words before them ("a question", "reporters' questions"). */
const QUESTION_LEADS = new Set(['a', 'the', 'his', 'her', 'their', 'several', 'more', 'further', 'follow-up', "reporters'", 'reporters’', 'media']);

/**
 * Whether c is the questions someone answered, named by a participle opening the sentence
 * ("Answering questions from reporters after the meeting, …", "Responding to a question about …"):
 * what was asked of the speaker, not what the speaker said (the answer is a content of its own).
 */
function questionsAnswered(ctx: Ctx, c: Cand): boolean {
  const { low } = ctx;
  const v = c.cue![0];
  // (a participle opening its sentence, setting the scene: "has not responded to questions on …"
  // names what went unanswered, which PolNeAR counts as the questioner's content)
  if (!ANSWERING.has(low[v]) || !low[v].endsWith('ing') || afterDateline(ctx, sentStart(ctx, v), v) !== v) return false;
  let k = c.a;
  if (low[k] === 'to') k++;
  if (QUESTION_LEADS.has(low[k])) k++;
  // (not when the words run on into the answer with its own verb of saying: that one is kept whole)
  return QUESTION_HEADS.has(low[k]) && !sayingIn(ctx, k + 1, c.b);
}

/**
 * Whether c's cue is a participle that modifies a noun, no verb of saying ("a duty for its
 * continued sale of coal", "the growing chatter about …", "Putin's threatening actions" has its
 * own speaker rule): a lower-case "-ed" or "-ing" word after an article or a possessive pronoun and
 * before another word (not "that", "to" or "by", which a verb's content or agent could open).
 */
function attributiveCue(ctx: Ctx, c: Cand): boolean {
  const { low, doc } = ctx;
  const k = c.cue![0];
  const w = low[k];
  if (k < 1 || k + 1 >= low.length || isCap(ctx, k) || !(w.endsWith('ed') || w.endsWith('ing'))) return false;
  const nx = low[k + 1];
  return continuedModifier(ctx, k) || (doc.tokens[k + 1].kind === 'word' && nx !== 'that' && nx !== 'to' && nx !== 'by' && MODIFIER_LEADS.has(low[k - 1]));
}

/**
 * Whether c's cue is an imperative that opens its sentence ("Warn your loved ones about …", "Tell
 * them the truth"): the one told is no speaker, and the words are an order, not a report. A verb
 * in its bare form first in its sentence, with the speaker found after it.
 */
function imperativeCue(ctx: Ctx, c: Cand): boolean {
  const k = c.cue![0];
  const sp = c.speaker;
  if (sp?.start === undefined || sp.start < ctx.doc.tokens[k].end || ctx.doc.sentences[ctx.sentOf[k]].tokenStart !== k) return false;
  const cue = CUES.get(ctx.low[k]);
  return cue !== undefined && cue.lemma === ctx.low[k];
}

/**
 * Whether c's cue is written in capitals ("COUNTERING THE THREAT …", "SUSPECT LEFT BUILDING"): a
 * heading or a headline's shout, not a verb of someone's saying (in 5-fold CV on PolNeAR 2 of 9
 * such guesses are attributions; a transcript's speaker label has no such cue).
 */
function capitalsCue(ctx: Ctx, c: Cand): boolean {
  // (read char by char, no string made: this runs for every content with a cue)
  const [a, b] = c.cue!;
  const { text } = ctx;
  let caps = 0;
  for (let x = ctx.doc.tokens[a].start, e = ctx.doc.tokens[b - 1].end; x < e; x++) {
    const ch = text.charCodeAt(x);
    if (ch >= 97 && ch <= 122) return false;
    if (ch >= 65 && ch <= 90) caps++;
  }
  return caps >= 3;
}

/** Prepositions before a gerund cue that make it an aim or a cause, no one's words ("costs for supporting …", "deter X from supporting …"). */
const GERUND_PREPS = new Set(['for', 'from', 'to']);

/**
 * Whether c's cue is a gerund after "for", "from" or "to" ("imposing costs on X for supporting the
 * invasion", "to deter countries from supporting Y", "commitment to supporting Z"): what someone is
 * punished for, kept from or committed to, not what anyone says (in 5-fold CV on PolNeAR 1 of 10
 * such guesses is an attribution).
 */
function gerundAfterPrep(ctx: Ctx, c: Cand): boolean {
  const k = c.cue![0];
  return k > 0 && GERUND_PREPS.has(ctx.low[k - 1]) && ctx.low[k].endsWith('ing') && !isCap(ctx, k);
}

/**
 * Whether c's cue is a noun someone owns and its content the "to" phrase after it ("will deliver
 * Ruiz's reply to the minister in Lima", "his answer to the letter"): whom or what it answers,
 * not what it says.
 */
function possessedCueTo(ctx: Ctx, c: Cand): boolean {
  const { low } = ctx;
  const [k, e] = c.cue!;
  if (e - k !== 1 || k < 1 || c.a !== e + 1 || low[e] !== 'to') return false;
  const p = low[k - 1];
  return p === "'s" || p === '’s' || p.endsWith("'s") || p.endsWith('’s') || p === 'his' || p === 'her' || p === 'their' || p === 'its' || p === 'our' || p === 'my' || p === 'your';
}

/**
 * Whether c is the clause that follows a passive cue after ", and" ("A was noted, and the need
 * for B was stressed"): the cue's subject is what was noted, not a speaker, and the clause after
 * it is no object of the cue (see agentlessPassives for what such a passive says).
 */
function passiveBeforeClause(ctx: Ctx, c: Cand): boolean {
  const { low } = ctx;
  const [ca, cb] = c.cue!;
  if (cb - ca !== 1 || !low[ca].endsWith('ed') || c.a < 2 || low[c.a - 1] !== 'and' || low[c.a - 2] !== ',' || c.a - 2 !== cb) return false;
  let k = ca - 1;
  while (k > 0 && (low[k].endsWith('ly') || low[k] === 'also' || low[k] === 'again')) k--;
  return PASSIVE_BE.has(low[k]);
}

/**
 * Whether c opens right after "by" that follows its cue, at most an adverb between ("was asked by
 * the host", "first reported by the Times", "responded by standing …"): the agent of a passive or
 * the means of an act, never the words said (in 5-fold CV on PolNeAR 1 of 10 such guesses overlaps
 * an attribution, none with its speaker).
 */
function agentAfterCue(ctx: Ctx, c: Cand): boolean {
  const { low } = ctx;
  const by = c.a - 1;
  if (by < 1 || low[by] !== 'by') return false;
  const cb = c.cue![1];
  if (cb > by) return false;
  return by === cb || (by === cb + 1 && low[cb].endsWith('ly'));
}

/** Cues of an aim ("seeks to", "aims to", "is intended to", "is designed to"). */
const AIM_LEMMAS = new Set(['seek', 'aim', 'intend', 'design']);
/** Measures and texts, whose aim is no one's words ("This action seeks to …", "The order aims to …"). */
const MEASURE_HEADS = new Set([
  'action', 'actions', 'measure', 'measures', 'effort', 'efforts', 'order', 'orders', 'tariff', 'tariffs', 'sanctions', 'step', 'steps',
  'program', 'programs', 'programme', 'programmes', 'initiative', 'initiatives', 'package', 'provision', 'provisions', 'policy', 'policies',
  'rule', 'rules', 'regulation', 'regulations', 'directive', 'restrictions', 'designations', 'designation', 'e.o.', 'move', 'moves',
]);

/** Words between an aim's subject and its cue. */
const AIM_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'also', 'further', 'thus', 'therefore', 'primarily', 'specifically', 'explicitly']);

/** Whether c is the aim of a measure or a text ("This action seeks to disrupt …", "These efforts are intended to …"), said by no one. */
function measureAims(ctx: Ctx, c: Cand): boolean {
  let aim = false;
  for (let k = c.cue![0]; k < c.cue![1] && !aim; k++) aim = AIM_LEMMAS.has(CUES.get(ctx.low[k])?.lemma ?? '');
  if (!aim) return false;
  // the cue's subject: the word before it, past an auxiliary or an adverb ("This action also
  // seeks", "These efforts are intended")
  let k = c.cue![0] - 1;
  while (k > 0 && AIM_AUX.has(ctx.low[k])) k--;
  return k >= 0 && MEASURE_HEADS.has(ctx.low[k]);
}

/** Forms of the verbs that are an attack or a defence in words ("attacked her record") or in arms ("attacked the port"). */
const ARMS_CUES = new Set(['attack', 'attacks', 'attacked', 'attacking', 'defend', 'defends', 'defended', 'defending']);
/** What one defends a country against in arms (not "attacks", which may be words). */
const AGGRESSION_NOUNS = new Set(['aggression', 'invasion', 'invasions', 'occupation', 'occupiers', 'invaders', 'aggressor', 'aggressors', 'bombardment', 'forces', 'troops']);
/** Places, works and forces: an object that makes an attack or a defence one of arms. */
const ARMS_OBJECTS = new Set([
  'territory', 'territories', 'country', 'countries', 'city', 'cities', 'town', 'towns', 'village', 'villages', 'land', 'lands',
  'region', 'regions', 'border', 'borders', 'frontier', 'capital', 'homeland', 'infrastructure',
  'base', 'bases', 'port', 'ports', 'airfield', 'airfields', 'airport', 'airports', 'troops', 'forces', 'army', 'soldiers',
  'ship', 'ships', 'convoy', 'convoys', 'bridge', 'bridges', 'plant', 'plants', 'station', 'stations', 'depot', 'depots', 'coast', 'skies',
]);
/** Words that may stand before such an object ("almost the entire territory of", "our whole country"). */
const ARMS_LEAD = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'his', 'her', 'your', 'my', 'this', 'that', 'these', 'those', 'entire', 'whole', 'almost', 'nearly', 'all', 'every', 'of']);

/**
 * Whether c is an attack or a defence in arms, not in words: "attacked the entire territory of
 * the country", "defending the homeland", "attacked Kharkiv" (a place named), where an attack
 * in words has a person, a record or a stance after it ("attacked her rival's record").
 */
function armsAct(ctx: Ctx, c: Cand): boolean {
  const { low } = ctx;
  if (!c.cue || !ARMS_CUES.has(low[c.cue[0]]) || c.cue[1] !== c.a) return false;
  // a defence against an aggression, an invasion or an occupation ("while it defends its freedom against
  // the aggression"): in arms, whatever it defends
  for (let x = c.a; x < c.b - 1 && x < c.a + 8; x++) {
    if (low[x] !== 'against') continue;
    for (let y = x + 1; y < c.b && y < x + 4; y++) if (AGGRESSION_NOUNS.has(low[y])) return true;
  }
  for (let x = c.a; x < c.b && x < c.a + 5; x++) {
    // (a possessive owns what follows: "defended the country's decision" is in words)
    if (low[x + 1] === "'s" || low[x + 1] === '’s') return false;
    if (ARMS_OBJECTS.has(low[x])) return true;
    const m = ctx.mentionAt[x];
    if (m >= 0 && ctx.doc.mentions[m].type === 'LOC') return true;
    if (!ARMS_LEAD.has(low[x])) return false;
  }
  return false;
}

/** Words after the one called that say no more than when or how ("called Ruiz on Monday", "… by phone", "… again"). */
const CALL_TAIL = new Set(['on', 'by', 'today', 'yesterday', 'tonight', 'this', 'last', 'earlier', 'later', 'again', 'twice', 'back', 'from', 'at', 'in', 'after', 'before']);

/**
 * Whether c is a telephone call taken for words: the cue "called" and a content that is only the
 * person called, perhaps with when or how ("President Varga called President Ruiz on Thursday"),
 * not what someone was called ("called Ruiz a liar", `called Ruiz “reckless”`).
 */
function phoneCall(ctx: Ctx, c: Cand): boolean {
  const { low } = ctx;
  const [ca, cb] = c.cue!;
  if (cb - ca !== 1 || !CALL_FORMS.has(low[ca]) || c.a !== cb) return false;
  const x = calledEnd(ctx, c.a, c.b, OBJECT_PRONOUNS);
  return x > c.a && (x >= c.b || CALL_TAIL.has(low[x]));
}

export const quotesStage: Stage = {
  name: 'quotes',
  run(doc) {
    if (!doc.tokens.length) return;
    const ctx = makeCtx(doc);
    doc.quotes = toQuotes(ctx, findQuotes(ctx, MODEL));
  },
};
