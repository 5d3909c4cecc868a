/**
 * Attributions with no source: what "is expected", what someone "seems" or "appears" to be or
 * do, and the question put to someone ("Asked whether he would resign, …", "when asked about
 * …", "was asked if …"). The words are no one's there: the subject of "seems" or "is expected"
 * is what the content is about, and the one asked is not the one asking. Such a content keeps
 * no speaker (PolNeAR annotates these relations without a source, too).
 */
import type { Cand } from '../build.js';
import type { Ctx } from '../context.js';
import { firstStartingFrom } from '../../../model/doc.js';
import { isCap, isWord, sentStart } from '../context.js';
import { npLeft, skipLeft } from '../speaker.js';
import { CUES, OBJECT_PRONOUNS, PRONOUNS } from '../lexicon.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const MODALS = new Set(['could', 'would', 'might', 'may', 'can', 'will', 'should', 'must']);
const SEEM = new Set(['seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared', 'appearing']);
/** Words after which "asked" is the passive of a question put to someone ("when asked", "if asked"). */
const ASKED_LEAD = new Set(['when', 'if', 'after', 'once', 'before', 'unless', 'while']);
/** The passives of a question put to someone: "Asked whether …", "Pressed on the budget, …". */
const QUESTIONED = new Set(['asked', 'pressed', 'questioned', 'quizzed', 'challenged']);
const ADVERB = /^(?:widely|generally|also|still|now|not|n't|never|often|repeatedly|later|first|again|then|reportedly|previously|recently)$/;

/** The token before k in its sentence, skipping adverbs ("is widely expected", "was later asked"); below ss at the sentence start. */
function indexBeforeSkipping(ctx: Ctx, k: number, ss: number): number {
  let j = k - 1;
  while (j >= ss && ADVERB.test(ctx.low[j])) j--;
  return j;
}

/** The word before token k in its sentence, skipping adverbs, or '' at the sentence start. */
function beforeSkipping(ctx: Ctx, k: number, ss: number): string {
  const j = indexBeforeSkipping(ctx, k, ss);
  return j >= ss ? ctx.low[j] : '';
}

/** The "that" of "to signal that …", "to have found that …" a verb or two after "to" at t (before `end`), else t. */
function thatAfterTo(ctx: Ctx, t: number, end: number): number {
  const { low } = ctx;
  if (low[t] === 'to') for (let x = t + 1; x < end && x <= t + 3; x++) if (low[x] === 'that') return x;
  return t;
}

/**
 * The "be" of a passive "expected" at token k ("is expected", "are not expected", "could be
 * expected"), or -1.
 */
export function expectedBe(ctx: Ctx, k: number): number {
  if (ctx.low[k] !== 'expected') return -1;
  const ss = ctx.doc.sentences[ctx.sentOf[k]].tokenStart;
  const j = indexBeforeSkipping(ctx, k, ss);
  if (j < ss || !BE.has(ctx.low[j])) return -1;
  // (the modal of "could be expected")
  return j - 1 >= ss && MODALS.has(ctx.low[j - 1]) ? j - 1 : j;
}

/**
 * Whether the cue word at i says its content of its subject by no one, whatever that subject is:
 * "seems", "appears", "is expected", but not before an act of saying or thinking or a reported
 * clause ("seemed to acknowledge", "is expected to signal that …": the subject's own act).
 */
export function saidOfSubject(ctx: Ctx, i: number): boolean {
  const { low } = ctx;
  if (!(SEEM.has(low[i]) || expectedBe(ctx, i) >= 0) || actAfterTo(ctx, i + 1)) return false;
  // ("is expected to signal that …": a reported clause after "to" and a verb or two)
  if (low[thatAfterTo(ctx, i + 1, low.length)] === 'that') return false;
  return sourcelessCue(ctx, i, i + 1);
}

/**
 * Does the cue [a, b) read as one with no source? `reported`: the content is a reported clause
 * or a quotation ("seems to have concluded that …", "is expected to argue that …"): then what
 * seems or is expected is the subject's own saying or view, which keeps its subject.
 */
export function sourcelessCue(ctx: Ctx, a: number, b: number, reported = false): boolean {
  const { low } = ctx;
  const ss = ctx.doc.sentences[ctx.sentOf[a]].tokenStart;
  for (let k = a; k < b; k++) {
    const w = low[k];
    if (w === 'expected' && BE.has(beforeSkipping(ctx, k, ss))) return !reported;
    // an agentless passive ("he was accused of …", "Clinton is known for …", "it has been
    // reported that …"): no one is named as the one who accuses, knows or reports
    if (passiveWithoutAgent(ctx, k, ss)) return true;
    if (SEEM.has(w)) {
      if (reported) return false;
      // "seemed to acknowledge", "appeared to oppose", "seems to be hoping": an act of saying or
      // thinking, whose doer holds the content; "seems to be", "appears uneasy", "seemed to
      // help": how a thing looks, to no one in particular
      // ("it seems to me": the one it seems to)
      if (low[k + 1] === 'to' && (OBJECT_PRONOUNS.has(low[k + 2]) || actAfterTo(ctx, k + 1))) return false;
      return true;
    }
    if (w === 'asked') {
      const p = beforeSkipping(ctx, k, ss);
      // ("was asked by the chair whether …": the one after "by" asks)
      if (low[k + 1] === 'by' && BE.has(p)) return false;
      // "Asked whether …, he said", "was asked if", "when asked about", "The mayor, asked
      // whether …, said" (not "Ana Ruiz, head of the fund, asked the mayor whether …": the one
      // asked after the verb makes it active, its subject the asker)
      if (p === '' || BE.has(p) || ASKED_LEAD.has(p)) return true;
      if (p === ',') return QUESTION_OPENERS.has(low[k + 1]) || low[k + 1] === 'about' || low[k + 1] === 'on';
      return false;
    }
  }
  return false;
}

/** Forms of "be" before a passive participle (not "'s", which is as often "has" or a possessive). */
const BE_PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Participles of irregular verbs of saying, knowing and showing. */
const IRREGULAR_PARTICIPLES = new Set(['known', 'said', 'told', 'thought', 'seen', 'heard', 'held', 'shown', 'written', 'understood', 'taught', 'sworn']);
/** Participles after "be" whose subject is the one who feels or holds the content ("were worried that …", "is convinced that …"). */
const EXPERIENCED = new Set(['worried', 'concerned', 'convinced', 'pleased', 'surprised', 'disappointed', 'frustrated', 'excited', 'alarmed', 'troubled', 'encouraged', 'determined', 'committed', 'interested', 'prepared', 'inclined', 'persuaded', 'satisfied', 'dismayed', 'delighted', 'shocked', 'thrilled', 'annoyed', 'angered', 'outraged', 'offended', 'confused', 'scared', 'tired', 'opposed', 'engaged', 'involved', 'expected']);

/**
 * Participles of the talks' formula ("Hope was expressed that …", "It was stressed that …"): in a
 * readout of a meeting or a call the parties to it hold the content, not no one.
 */
const SHARED_VIEWS = new Set(['expressed', 'voiced', 'stressed', 'noted', 'emphasized', 'emphasised', 'underlined', 'underscored', 'reaffirmed', 'agreed', 'discussed', 'welcomed']);

/** Whether token k is a passive participle after "be" with no "by" naming its doer right after it. */
function passiveWithoutAgent(ctx: Ctx, k: number, ss: number): boolean {
  const { low } = ctx;
  const w = low[k];
  if (!(w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w)) || EXPERIENCED.has(w) || SHARED_VIEWS.has(w)) return false;
  // (not "is reported to have called …", "was quoted as saying", "was heard saying": the
  // subject's own act of saying)
  if (CUES.has(low[k + 1]) || (low[k + 1] === 'as' && CUES.has(low[k + 2]))) return false;
  return BE_PASSIVE.has(beforeSkipping(ctx, k, ss)) && low[k + 1] !== 'by' && !actAfterTo(ctx, k + 1);
}

/** Whether "to" at token t leads to a verb of saying or thinking ("to acknowledge", "to have called", "to be hoping"). */
function actAfterTo(ctx: Ctx, t: number): boolean {
  const { low } = ctx;
  if (low[t] !== 'to') return false;
  const v = low[t + 1] === 'be' || low[t + 1] === 'have' ? low[t + 2] : low[t + 1];
  return v !== undefined && CUES.has(v);
}

/** Whether a speaker is one word, "Asked", "Pressed" …, opening its sentence. */
function questionedAsSpeaker(ctx: Ctx, sp: { name: string; start?: number; entity?: string }): boolean {
  if (sp.entity || sp.start === undefined || !QUESTIONED.has(sp.name.toLowerCase())) return false;
  const s = ctx.doc.sentences[ctx.sentOf[firstStartingFrom(ctx.doc.tokens, sp.start)]];
  return s !== undefined && s.start === sp.start;
}

/** Drops the speaker of every content whose cue has no source (see above). */
export function sourcelessAttributions(ctx: Ctx, cands: Cand[]): void {
  for (const c of cands) {
    if (!c.cue || !c.speaker || c.cue[1] <= c.cue[0]) continue;
    const { low } = ctx;
    // a that-clause or a quotation, also after "to" and a verb or two ("to signal that",
    // "to have found that")
    const t = thatAfterTo(ctx, c.a, c.b);
    const reported = low[t] === 'that' || ctx.marks.markOf[c.a] >= 0 || ctx.marks.inQ[c.a] >= 0;
    if (sourcelessCue(ctx, c.cue[0], c.cue[1], reported)) c.speaker = null;
    // the participle itself taken for a speaker ("Pressed on the budget, …" with "on" as the cue)
    else if (c.speaker && questionedAsSpeaker(ctx, c.speaker)) c.speaker = null;
  }
}

/** Nouns of asking or doubting whose askers a sentence need not name ("faced questions about …"). */
const DOUBT_NOUNS = new Set(['questions', 'doubts']);
/** Words between such a verb and the noun ("raised serious new questions"). */
const DOUBT_ADJECTIVES = new Set(['new', 'fresh', 'renewed', 'serious', 'relentless', 'more', 'further', 'growing', 'lingering', 'persistent', 'nagging', 'many', 'some', 'deep', 'tough', 'hard', 'pointed', 'repeated', 'continuing', 'ongoing', 'sharp']);
/** Verbs whose subject is asked, not asking ("Clinton faced questions about …"). */
const FACING = new Set(['face', 'faces', 'faced', 'facing', 'endure', 'endures', 'endured', 'enduring', 'confront', 'confronted', 'confronts', 'weather', 'weathered']);
/** Verbs that put questions forward without asking them ("the furor raises questions about …"). */
const RAISING = new Set(['raise', 'raises', 'raised', 'raising', 'revive', 'revives', 'revived', 'reviving', 'spark', 'sparks', 'sparked', 'sparking', 'fuel', 'fuels', 'fueled', 'fuelled', 'fueling', 'fuelling', 'leave', 'leaves', 'left', 'leaving', 'renew', 'renewed', 'prompt', 'prompted', 'prompting']);
/** Adjectives of questions that pile up on their own ("mounting questions about …"). */
const MOUNTING = new Set(['mounting', 'growing', 'lingering', 'persistent', 'nagging', 'continuing']);

/**
 * Questions or doubts about something that no one is named as asking: what the subject faces
 * ("Clinton faced questions about …", "she faces renewed doubts about …"), what a thing or an
 * event raises ("The storm raised serious doubts about …"), questions that are there or mount
 * ("there are questions about …", "mounting questions about …"). The content is no one's; a
 * person or a body that raises them is their source ("Senator Ruiz raised questions about …").
 */
export function unaskedQuestions(ctx: Ctx, cands: Cand[]): void {
  const { low, doc } = ctx;
  for (const c of cands) {
    if (!c.speaker || c.a < 2) continue;
    const p = low[c.a - 1];
    if ((p !== 'about' && p !== 'over') || !DOUBT_NOUNS.has(low[c.a - 2])) continue;
    let k = c.a - 3;
    if (k >= 0 && MOUNTING.has(low[k])) {
      c.speaker = null;
      continue;
    }
    while (k >= 0 && DOUBT_ADJECTIVES.has(low[k])) k--;
    if (k < 0) continue;
    const v = low[k];
    if (FACING.has(v) || ((v === 'are' || v === 'were' || v === 'be') && low[k - 1] === 'there')) c.speaker = null;
    else if (RAISING.has(v)) {
      // (the verb's subject right before it, a pronoun or a person or a body by name, raises them)
      const j = skipLeft(ctx, k - 1, sentStart(ctx, k));
      if (PRONOUNS.has(low[j])) continue;
      const m = j >= 0 && ctx.mentionAt[j] >= 0 ? doc.mentions[ctx.mentionAt[j]] : undefined;
      if (!(m && (m.type === 'PER' || m.type === 'ORG') && m.form === 'name')) c.speaker = null;
    }
  }
}

/** Marks that end a clause before a subject. */
const PAUSES = new Set([';', ':', '.', '(', ')', '—', '–']);

/** Subjects of "seems" that stand for no thing ("it seems that …", "there appears to be …"). */
const DUMMY_SUBJECTS = new Set(['it', 'there']);

/**
 * What something seems or appears to be is said of that thing, by no one: PolNeAR's content is the
 * whole clause, its subject with it ("Their plan seemed doomed", "The figures appear to be
 * invented"), not the words after the verb. A content that starts after such a cue (see
 * sourcelessCue: not "seemed to mock", an act whose doer keeps the content) starts at the
 * subject's noun phrase; not after "it" or "there", which stand for nothing.
 */
export function seemingSubject(ctx: Ctx, cands: Cand[]): void {
  const { low } = ctx;
  let prevEnd = 0;
  for (const c of cands) {
    const end = prevEnd;
    prevEnd = Math.max(prevEnd, c.b);
    // (the content right after the verb: not the clause of another verb further on)
    if (!c.cue || c.frags || c.speaker || c.a < c.cue[1] || c.a > c.cue[1] + 1) continue;
    const v = c.cue[1] - 1;
    // "seems", or "is expected" (the subject before its "be": "The vote is not expected to …")
    const seem = c.cue[1] - c.cue[0] === 1 && SEEM.has(low[v]);
    const verb = seem ? v : expectedBe(ctx, v);
    if (verb < 0 || c.cue[0] < verb) continue;
    if (low[c.a] === 'that' || ctx.marks.markOf[c.a] >= 0 || ctx.marks.inQ[c.a] >= 0 || !sourcelessCue(ctx, c.cue[0], c.cue[1])) continue;
    const ss = Math.max(sentStart(ctx, verb), end);
    let j = skipLeft(ctx, verb - 1, ss);
    // a subject with words set off by commas ("The figures, which no one checked, appear …"):
    // the noun phrase before them
    if (j > ss && low[j] === ',') {
      let k = j - 1;
      while (k > ss && low[k] !== ',' && !PAUSES.has(low[k])) k--;
      j = low[k] === ',' && k - 1 >= ss ? k - 1 : -1;
    }
    if (j < ss || !isWord(ctx, j) || DUMMY_SUBJECTS.has(low[j])) continue;
    const np = npLeft(ctx, j, ss);
    if (!np || np.a < ss) continue;
    c.a = np.a;
  }
}

/** The words of the anonymity formula ("spoke on condition of anonymity", "asked not to be named"): a condition of speaking, not a content. */
const ANONYMITY = /^(?:anonymity|not to be (?:named|identified|quoted)|to be (?:named|identified)|(?:to )?remain(?:ing)? anonymous|that (?:he|she|they|his|her|their) (?:name )?not be (?:used|named|identified|published))(?:[.,]?$|\s+(?:because|for|as|to|so|in order|out of|while|since)\b)/;

/** Drops contents that are only the anonymity formula. */
export function dropAnonymityFormula(ctx: Ctx, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const c of cands) if (!anonymityFormula(ctx, c)) out.push(c);
  return out;
}

/** Longest stretch of a content's opening that can hold the formula and the word after it. */
const ANONYMITY_REACH = 160;

/**
 * Is the content the anonymity formula? Only its opening is read (the formula is anchored at the
 * start): the whole text of every content, lower-cased and respaced, cost 1% of a run. A content
 * cut short is marked so that the formula's "end of content" cannot match at the cut.
 */
function anonymityFormula(ctx: Ctx, c: Cand): boolean {
  const { text, tokens } = ctx.doc;
  const start = tokens[c.a].start;
  const end = tokens[c.b - 1].end;
  const cut = end - start > ANONYMITY_REACH;
  const opening = respaced(text, start, cut ? start + ANONYMITY_REACH : end);
  // (an opening that respacing shrank too far to hold it all: the whole content)
  if (cut && opening.length < ANONYMITY_REACH / 2) return ANONYMITY.test(respaced(text, start, end));
  return ANONYMITY.test(cut ? opening + '\u0000' : opening);
}

/** text[a, b) lower-cased, each run of white space one space. */
function respaced(text: string, a: number, b: number): string {
  return text.slice(a, b).toLowerCase().replace(/\s+/g, ' ');
}

/** Pronouns that open the answer after a question put ("Asked whether …, she said …"). */
const ANSWER_SUBJECTS = new Set(['he', 'she', 'they', 'i', 'we']);

/** Words that open the question put ("Asked whether …", "Asked who …"). */
const QUESTION_OPENERS = new Set(['whether', 'if', 'who', 'whom', 'what', 'why', 'how', 'which', 'where', 'when']);
/** Most words between "asked" and its question: where, when or by what means it was put ("Asked on Sunday in Ohio whether …"). */
const MAX_SETTING = 7;

/**
 * The question put to someone, with no asker named: "Asked if he thought …, Devine said …", "When
 * asked on Sunday who leads …, he said …". The question is its own content with no speaker and
 * "asked" its cue, also where the tagger read a verb inside the question as its cue ("if she
 * believed …" as Clinton's belief); a content the tagger found in the setting before the question
 * ("Asked in Iowa recently whether …": "Iowa recently") is dropped. A question asked "by" someone
 * is that one's and left alone.
 */
export function askedQuestions(ctx: Ctx, cands: Cand[]): Cand[] {
  const { low } = ctx;
  const drop = new Set<Cand>();
  for (const c of cands) {
    if (!c.cue || c.frags) continue;
    // the question's opener at the content's start, or right after it
    const q = QUESTION_OPENERS.has(low[c.a]) ? c.a : -1;
    let k = -1;
    if (q >= 0) {
      for (let x = q - 1; x >= 0 && x >= q - 1 - MAX_SETTING; x--) {
        if (low[x] === 'asked') { k = x; break; }
        if (!isWord(ctx, x) || low[x] === 'by' || CUES.has(low[x])) break;
      }
    }
    if (k < 0 || !askedWithoutAsker(ctx, k)) continue;
    c.speaker = null;
    c.cue = [k, k + 1];
    c.rule = c.rule.startsWith('tag') ? 'tag+asked-question' : 'asked-question';
    // the question ends at the comma before the answer's subject ("Asked whether …, Ana Costa
    // shook her head"): a content run on into the main clause is cut there
    for (let x = q + 1; x < c.b - 1; x++) {
      if (low[x] !== ',' || ctx.marks.inQ[x] >= 0) continue;
      if (ANSWER_SUBJECTS.has(low[x + 1]) || (isCap(ctx, x + 1) && ctx.mentionAt[x + 1] >= 0)) {
        c.b = x;
        break;
      }
    }
    // a content the tagger found between "asked" and the question
    for (const o of cands) if (o !== c && o.a > k && o.b <= q) drop.add(o);
  }
  return drop.size ? cands.filter((c) => !drop.has(c)) : cands;
}

/** Whether "asked" at k is the passive of a question put, at the sentence's start or after "when", "if" … ("Asked whether …", "When asked …"). */
function askedWithoutAsker(ctx: Ctx, k: number): boolean {
  const ss = sentStart(ctx, k);
  const p = beforeSkipping(ctx, k, ss);
  return p === '' || ASKED_LEAD.has(p);
}
