/**
 * The speaker: the words naming the source as written (found from the sentence's structure),
 * then resolved to an in-article entity through `doc.mentions` when a mention covers the
 * span's head, with the span's own text (titles dropped) as the fallback name.
 */
import type { SpeakerRef } from '../../model/types.js';
import { NAME_SUFFIXES } from '../entities/group.js';
import { PARTY_TAG } from '../entities/known.js';
import { countryOf, isCountryName } from '../entities/gazetteer.js';
import { seatCountry } from '../entities/seats.js';
import { publisherCountry } from '../../corpus/actors.js';
import { codeActor, groupNamedBefore, leadsWith } from '../actors/index.js';
import { isCap, isWord, sentStart, type Ctx } from './context.js';
import { ANONYMOUS_HEADS, DAY_WORDS, DETERMINERS, PRONOUNS, SKIP_LEFT, SPEAKER_NOUNS, SPEAKING_HEADS, STOP_NP, TITLES } from './lexicon.js';

/** A token range [a, b) naming a speaker; `head` is the token that carries the reference. */
export interface NP {
  a: number;
  b: number;
  head: number;
}

const MAX_NP = 9;

/** Skips adverbs and auxiliaries leftwards from i (inclusive); returns the first other token. */
export function skipLeft(ctx: Ctx, i: number, lo: number): number {
  const { low } = ctx;
  // ", however," / ", though," set off between the subject and its verb ("Proponents of the bill,
  // however, say …")
  if (i - 2 >= lo && low[i] === ',' && SET_OFF.has(low[i - 1]) && low[i - 2] === ',') i -= 3;
  while (i >= lo && isWord(ctx, i)) {
    const w = low[i];
    const t = TIME_SPANS.has(w) ? timePhraseStart(ctx, i, lo) : -1;
    if (SKIP_LEFT.has(w) || (w.length > 4 && w.endsWith('ly') && !isCap(ctx, i))) i--;
    else if (t >= 0) i = t - 1;
    else if (DAY_WORDS.has(w) && i - 1 >= lo) {
      // "Trump on Tuesday said", "he at the time said", "Obama earlier this week said"
      let k = i - 1;
      while (k >= lo && (low[k] === 'on' || low[k] === 'last' || low[k] === 'this' || low[k] === 'the' || low[k] === 'at' || low[k] === 'earlier' || low[k] === 'later' || DAY_WORDS.has(low[k]))) k--;
      if (k >= lo && isWord(ctx, k) && !DETERMINERS.has(low[k])) i = k;
      else break;
    } else break;
  }
  return i;
}

/** Adverbs set off by commas between a subject and its verb. */
const SET_OFF = new Set(['however', 'though', 'meanwhile', 'too', 'also', 'instead', 'moreover', 'nevertheless', 'nonetheless', 'still', 'then']);

/** Nouns that close a phrase of time between an auxiliary and its verb ("have in the past said", "has for years argued"). */
const TIME_SPANS = new Set(['past', 'years', 'months', 'weeks', 'days', 'decades']);
/** Prepositions that open such a phrase, and the words that may stand between them and the noun. */
const TIME_PREPS = new Set(['in', 'for', 'over', 'during']);
const TIME_FILLERS = new Set(['the', 'recent', 'past', 'last', 'few', 'several', 'many', 'two', 'three', 'four', 'five', 'ten']);

/** Where the phrase of time ending at token i opens (its preposition: "in the past", "for years"), or -1. */
function timePhraseStart(ctx: Ctx, i: number, lo: number): number {
  const { low } = ctx;
  for (let k = i - 1; k >= lo && k >= i - 4; k--) {
    if (TIME_PREPS.has(low[k])) return k - 1 >= lo && isWord(ctx, k - 1) ? k : -1;
    if (!TIME_FILLERS.has(low[k])) return -1;
  }
  return -1;
}

function isNameLike(ctx: Ctx, i: number): boolean {
  if (isCap(ctx, i)) return !STOP_NP.has(ctx.low[i]) || ctx.low[i].length > 3;
  return false;
}

/** The subject of the verb at token v: the noun phrase right before it in its sentence, past adverbs and auxiliaries ("Smith also said", "The leaders have agreed"), or null. */
export function subjectBefore(ctx: Ctx, v: number): NP | null {
  const ss = sentStart(ctx, v);
  const j = skipLeft(ctx, v - 1, ss);
  return j >= ss && isWord(ctx, j) ? npLeft(ctx, j, ss) : null;
}

/** The noun phrase that ends at token j (inclusive), not reaching before token lo. */
export function npLeft(ctx: Ctx, j: number, lo: number): NP | null {
  const { low } = ctx;
  // "Sen. Lindsey Graham, R-S.C., said": a lawmaker's party and state tag stands for no one; the
  // name before it is the phrase
  if (j - 2 >= lo && low[j - 1] === ',' && isPartyTag(ctx, j)) j -= 2;
  const np = npLeftCore(ctx, j, lo);
  // "sources close to the president", "a person familiar with the matter", "three people with
  // knowledge of the plans", "an aide to Schumer", "a spokeswoman for Meloni": the source is the head
  const h = np ? sourceBeforeTail(ctx, np.a, lo) : -1;
  if (np && h >= 0) {
    const outer = npLeftCore(ctx, h, lo);
    if (outer) return { a: outer.a, b: np.b, head: outer.head };
  }
  return np;
}

/** First words of the tails in `SOURCE_TAILS`. */
const TAIL_OPENERS = new Set(['close', 'closest', 'familiar', 'briefed', 'involved', 'knowledgeable', 'aware']);

/** Roles whose holder speaks for the one after "to" or "for" ("an aide to Schumer", "a lawyer for the family"). */
const SERVING_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'lawyer', 'lawyers', 'attorney', 'attorneys']);

/** Heads of a phrase that names the leaders of a pair ("the presidents of the two countries"). */
const PAIR_OF_HEADS = new Set(['leaders', 'presidents', 'heads']);

/** Tails that tie an unnamed source to what it knows or whom it serves, read leftwards from the phrase after them. */
const SOURCE_TAILS: ReadonlyArray<readonly string[]> = [
  ['close', 'to'],
  ['closest', 'to'],
  ['familiar', 'with'],
  ['briefed', 'on'],
  ['briefed', 'about'],
  ['involved', 'in'],
  ['knowledgeable', 'about'],
  ['aware', 'of'],
  ['with', 'knowledge', 'of'],
  ['with', 'direct', 'knowledge', 'of'],
  ['with', 'detailed', 'knowledge', 'of'],
  ['to'],
  ['for'],
];

/**
 * The head of a source described by a tail ending right before token a ("a person familiar with
 * | the matter", "people with knowledge of | the plans", "an aide to | Schumer"): the token before
 * the tail when it is a source's head in lower case, else -1 ("to" and "for" alone only after
 * the head of a role: "aide to", "spokeswoman for").
 */
function sourceBeforeTail(ctx: Ctx, a: number, lo: number): number {
  const { low } = ctx;
  for (const tail of SOURCE_TAILS) {
    const h = a - tail.length - 1;
    if (h < lo) continue;
    let ok = true;
    for (let t = 0; t < tail.length && ok; t++) if (low[h + 1 + t] !== tail[t]) ok = false;
    if (!ok) continue;
    if (tail.length === 1 ? SERVING_HEADS.has(low[h]) : ANONYMOUS_HEADS.has(low[h])) return h;
  }
  // "the presidents of | the two countries", "the heads of | both delegations": the pair's leaders
  // (the phrase may start after its article: "the | two nations")
  const at = low[a] === 'two' && low[a - 1] === 'the' ? a - 1 : a;
  const h = at - 2;
  if (h >= lo && low[at - 1] === 'of' && PAIR_OF_HEADS.has(low[h]) && (low[at] === 'both' || (low[at] === 'the' && low[at + 1] === 'two'))) return h;
  return -1;
}

function isPartyTag(ctx: Ctx, j: number): boolean {
  const t = ctx.doc.tokens[j];
  return t.kind === 'word' && PARTY_TAG.test(ctx.text.slice(t.start, t.end));
}

function npLeftCore(ctx: Ctx, j: number, lo: number): NP | null {
  if (j < lo) return null;
  const { low } = ctx;
  const tok = ctx.doc.tokens[j];
  if (tok.kind === 'punct' && low[j] === ')') {
    // a parenthesis after a name: "Sen. Ted Cruz (R-Texas) said"
    let k = j - 1;
    while (k > lo && low[k] !== '(' && j - k < 12) k--;
    if (low[k] === '(') return npLeftCore(ctx, k - 1, lo);
    return null;
  }
  if (!isWord(ctx, j)) return null;
  const w = low[j];
  // "let me remind you", "let us recall": the speaker is the one the object pronoun names
  if (PRONOUNS.has(w) || ((w === 'me' || w === 'us') && j - 1 >= lo && low[j - 1] === 'let')) return { a: j, b: j + 1, head: j };
  if (STOP_NP.has(w) || DETERMINERS.has(w) || SKIP_LEFT.has(w)) return null;
  let a = j;
  if (isNameLike(ctx, j) || tok.kind === 'number') {
    // a name, with the titles and descriptions written before it
    while (a - 1 >= lo && j - a < MAX_NP) {
      const k = a - 1;
      const lk = low[k];
      if (isCap(ctx, k) && !STOP_NP.has(lk)) a = k;
      else if ((lk === "'s" || lk === '’s') && a - 1 > lo && isWord(ctx, k - 1)) a = k;
      else if ((lk === 'of' || lk === 'for' || lk === 'and' || lk === '&') && isCap(ctx, k - 1) && isCap(ctx, a)) a = k;
      // an office of a place: "the President of the United States"
      else if (lk === 'the' && k - 2 >= lo && low[k - 1] === 'of' && isCap(ctx, k - 2) && TITLES.has(low[k - 2])) a = k - 2;
      else if (ctx.doc.tokens[k].kind === 'word' && TITLES.has(lk)) a = k;
      else if (lk === ',' && NAME_SUFFIXES.has(low[a]) && isCap(ctx, k - 1)) a = k;
      else if (lk === '.' && k - 1 >= lo && ctx.doc.tokens[k - 1].end === ctx.doc.tokens[k].start) a = k;
      else if ((lk === 'the' || lk === 'a' || lk === 'an') || (DETERMINERS.has(lk) && lk !== 'that' && (a < j || TITLES.has(low[a])))) {
        a = k;
        break;
      } else if (lk === '-' && isWord(ctx, k - 1)) a = k;
      else if (isWord(ctx, k) && !STOP_NP.has(lk) && !PRONOUNS.has(lk) && a <= j && TITLES.has(low[a])) a = k;
      else break;
    }
    while (a < j && (low[a] === '-' || low[a] === "'s" || low[a] === 'of' || low[a] === 'and')) a++;
    return { a, b: j + 1, head: j };
  }
  // a description: "a senior administration official", "the poll", "many voters"
  while (a - 1 >= lo && j - a < 6) {
    const k = a - 1;
    const lk = low[k];
    if (!isWord(ctx, k)) {
      if ((lk === '-' || lk === '–') && isWord(ctx, k - 1)) {
        a = k;
        continue;
      }
      break;
    }
    if (DETERMINERS.has(lk)) {
      a = k;
      break;
    }
    if (lk === "'s" || lk === '’s') {
      a = k;
      continue;
    }
    if (lk === 'of' && a < j) {
      a = k;
      continue;
    }
    if (STOP_NP.has(lk) || PRONOUNS.has(lk) || SKIP_LEFT.has(lk)) break;
    a = k;
  }
  while (a < j && (low[a] === 'of' || low[a] === '-')) a++;
  return { a, b: j + 1, head: j };
}

/** The noun phrase that starts at token k: an inverted speaker ("said Sen. Ted Cruz"). */
export function npRight(ctx: Ctx, k: number, hi: number): NP | null {
  if (k >= hi || !isWord(ctx, k)) return null;
  const { low } = ctx;
  // ("said one resident": "one" is a determiner there)
  if (PRONOUNS.has(low[k]) && !(low[k] === 'one' && k + 1 < hi && ANONYMOUS_HEADS.has(low[k + 1]))) return { a: k, b: k + 1, head: k };
  if (STOP_NP.has(low[k]) || SKIP_LEFT.has(low[k])) return null;
  let b = k;
  let head = -1;
  let capHead = -1;
  while (b < hi && b - k < MAX_NP) {
    const lb = low[b];
    const tk = ctx.doc.tokens[b];
    if (isCap(ctx, b) && !STOP_NP.has(lb)) {
      head = b;
      capHead = b;
    } else if (tk.kind === 'number' || ((lb === '-' || lb === "'s" || lb === '’s' || lb === 'of' || lb === 'and') && b > k && b + 1 < hi && isWord(ctx, b + 1))) {
      /* inside the phrase */
    } else if (head >= 0 && head === b - 1 && ANONYMOUS_HEADS.has(low[head]) && TAIL_OPENERS.has(lb)) {
      // "said two people briefed on the talks", "according to a person familiar with …": the
      // tail describes the head
      break;
    } else if (tk.kind === 'word' && !STOP_NP.has(lb) && !PRONOUNS.has(lb)) {
      // a determiner, a name and the office or role it qualifies ("said the Florida senator",
      // "said a Clinton aide"): the role word is the head and ends the phrase
      if (capHead === b - 1 && DETERMINERS.has(low[k]) && (SPEAKER_NOUNS.has(lb) || TITLES.has(lb)) && !isCap(ctx, b + 1)) {
        head = b;
        break;
      }
      // after a name, a lower-case word belongs only as a title before another name
      // ("said Republican party boss Reince Priebus")
      if (capHead >= 0 && !(isCap(ctx, b + 1) || isCap(ctx, b + 2) || isCap(ctx, b + 3))) break;
      if (!DETERMINERS.has(lb)) head = b;
    } else break;
    b++;
  }
  if (head < 0) return null;
  return { a: k, b: head + 1, head };
}

const CAP_STOP = new Set(['the', 'a', 'an']);

/**
 * A speaker at [start, end): a reference that already has a span keeps its fields and their order
 * (its span replaced); a bare name, or a name and its entity, gets every field, in the order
 * written out (an entity known before the span is written before it). Built by one of two
 * literals, not by spreading, so speakers share their hidden classes.
 */
export function spokenAt(who: SpeakerRef | { name: string; entity?: string }, start: number | undefined, end: number | undefined): SpeakerRef {
  if ('start' in who) {
    // (a reference's fields are name, entity, start, end, anonymous, or name, start, end, entity,
    // anonymous: the copy keeps the order)
    if (Object.keys(who)[1] === 'entity') return { name: who.name, entity: who.entity, start, end, anonymous: who.anonymous };
    return { name: who.name, start, end, entity: who.entity, anonymous: who.anonymous };
  }
  if (who.entity !== undefined) return { name: who.name, entity: who.entity, start, end, anonymous: undefined };
  return { name: who.name, start, end, entity: undefined, anonymous: undefined };
}

/** The words [a, b) as one speaker, named as written, with no entity ("Peru, Bolivia and Ecuador"): a list the speaker rules do not resolve as one. */
export function writtenSpeaker(ctx: Ctx, a: number, b: number): SpeakerRef {
  const start = ctx.doc.tokens[a].start;
  const end = ctx.doc.tokens[b - 1].end;
  return { name: ctx.text.slice(start, end), start, end, entity: undefined, anonymous: undefined };
}

/** The canonical name for a speaker span: the resolved entity's name, or the span's own words. */
export function speakerRef(ctx: Ctx, np: NP, antecedent?: NP | null): SpeakerRef {
  const { doc, text, low } = ctx;
  const start = doc.tokens[np.a].start;
  const end = doc.tokens[np.b - 1].end;
  let ref: SpeakerRef = { name: text.slice(start, end), start, end, entity: undefined, anonymous: undefined };
  if (!antecedent && np.b - np.a === 1 && low[np.a] === 'who') {
    // "members of the administration, who talked …": the relative pronoun is the phrase before it
    const ant = relativeAntecedent(ctx, np.a);
    if (ant) return speakerRef(ctx, np, ant);
  }
  if (!antecedent) {
    // "the President of Ukraine": an office of a place is a person, not the place
    const office = officeOf(ctx, np);
    if (office) {
      ref.name = office.name;
      if (office.entity) ref.entity = office.entity;
      return ref;
    }
    // "Biden and Macron", "Sens. Chuck Grassley and Ron Wyden", "Germany and France": a joint
    // speaker is both conjuncts, not the last one alone
    const joint = jointOf(ctx, np);
    if (joint) {
      ref.name = joint;
      return ref;
    }
    // "the two leaders", "both sides": the pair of people named last before
    const pair = pairOf(ctx, np);
    if (pair) {
      ref.name = pair;
      return ref;
    }
  }
  // resolve through the mention at the head (not a possessor: "Putin's spokesman" is not Putin)
  const target = antecedent ?? np;
  const head = suffixedHead(ctx, antecedent ? target.head : personBeforeOf(ctx, np));
  const mi = ctx.mentionAt[head];
  if (mi >= 0) {
    const m = doc.mentions[mi];
    // "Jr." alone: the span takes in the name it follows
    // (a new reference, not `ref.start` rewritten: a first rewrite of a speaker's start, late in a
    // run, made the field variable in the speakers' shared hidden class and threw away the
    // optimized code of every function that read it)
    if (head !== target.head && !antecedent && m.start < start) ref = { name: ref.name, start: m.start, end, entity: undefined, anonymous: undefined };
    let ent = m.entity ? ctx.entities.get(m.entity) : undefined;
    // "he"/"she" is a person: a link to a body or place is a coreference slip, kept unresolved
    const w = low[target.head];
    if (ent && ent.type !== 'PER' && (w === 'he' || w === 'she' || w === 'him' || w === 'her')) ent = undefined;
    if (ent) {
      ref.name = ent.name;
      ref.entity = ent.id;
      return ref;
    }
    if (m.form === 'name') {
      ref.name = m.text;
      return ref;
    }
  }
  if (antecedent) {
    ref.name = nameOf(ctx, antecedent);
    return ref;
  }
  if (PRONOUNS.has(low[np.head])) return ref;
  // "I’ve", "we’re": the pronoun without its clitic verb
  const clitic = /^(i|we|you|they|he|she)['’](?:ve|m|re|d|ll|s)$/.exec(low[np.head]);
  if (clitic && np.b - np.a === 1) {
    ref.name = text.slice(start, start + clitic[1].length);
    return ref;
  }
  ref.name = nameOf(ctx, np);
  // (a head in capitals only because it opens the sentence: "Sources said …")
  const opens = np.head === np.a && ctx.doc.sentences[ctx.sentOf[np.a]]?.tokenStart === np.a;
  if ((!isCap(ctx, np.head) || opens) && ANONYMOUS_HEADS.has(low[np.head])) {
    // named: a person's name in the phrase ("aide Jane Ruiz"); a place, a people or a body
    // ("two U.S. officials", "a Pentagon official") says where the source is, not who
    let named = false;
    // (words after the head describe it: "a person close to Musk", "an official in Zelensky's office")
    for (let i = np.a + 1; i < np.head; i++) if (isCap(ctx, i) && !placeOrBody(ctx, i)) named = true;
    const d = low[np.a];
    if (!named && (ANON_DETERMINERS.has(d) || !DETERMINERS.has(d)))
      ref.anonymous = true;
  }
  return ref;
}

/**
 * The head of a speaker's phrase, or the person named before "of" when the head is the place or
 * body after it: "President Ana Rojas of Chile", "Narendra Modi of India" are the person, not
 * the country ("the President of Chile" is an office: see `officeOf`).
 */
function personBeforeOf(ctx: Ctx, np: NP): number {
  const { doc, low } = ctx;
  const hm = ctx.mentionAt[np.head];
  if (hm < 0 || doc.mentions[hm].type === 'PER') return np.head;
  for (let o = np.head - 1; o > np.a; o--) {
    if (low[o] !== 'of') continue;
    const pm = ctx.mentionAt[o - 1];
    if (pm >= 0 && pm !== hm && doc.mentions[pm].type === 'PER' && doc.mentions[pm].form === 'name') return o - 1;
    break;
  }
  return np.head;
}

/** Determiners of an unnamed source ("a senior official", "three people familiar with …"); not "the", "his". */
const ANON_DETERMINERS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'multiple', 'numerous']);

/** Whether token i is in a mention of a place, a people or a body (not a person). */
function placeOrBody(ctx: Ctx, i: number): boolean {
  const mi = ctx.mentionAt[i];
  return mi >= 0 && ctx.doc.mentions[mi].type !== 'PER';
}

/** The head of a phrase, or, when it is a generational suffix (which the entities layer leaves out of a name) right after a name (a comma between or none), the name's last token. */
function suffixedHead(ctx: Ctx, head: number): number {
  if (!NAME_SUFFIXES.has(ctx.low[head])) return head;
  const k = head > 0 && ctx.low[head - 1] === ',' ? head - 2 : head - 1;
  return k >= 0 && ctx.mentionAt[k] >= 0 && ctx.doc.mentions[ctx.mentionAt[k]].type === 'PER' ? k : head;
}

/**
 * The noun phrase a relative pronoun at token k ("who", "which", "that") stands for: the phrase
 * just before it, across a comma, not before token `lo` (default: its sentence's start) — "Tom
 * Reyes, who …", "the voters who …", the whole of "the nurses of the clinic, who …"; null when
 * that is a pronoun or a determiner ("those who", "anyone who") or there is none.
 */
/** Prepositions that tie a person to a place or a body ("a nurse at the hospital", "an aide in the ministry"). */
const PLACE_PREPS = new Set(['at', 'in', 'from', 'with', 'for', 'on']);

/** Is token k part of a mention of a person? */
function personAt(ctx: Ctx, k: number): boolean {
  const mi = ctx.mentionAt[k];
  return mi >= 0 && ctx.doc.mentions[mi].type === 'PER';
}

export function relativeAntecedent(ctx: Ctx, k: number, lo = ctx.doc.sentences[ctx.sentOf[k]]?.tokenStart ?? 0): NP | null {
  const { low } = ctx;
  let j = k - 1;
  if (j >= lo && low[j] === ',') j--;
  let np = npLeft(ctx, j, lo);
  // "members of the administration, who": the phrase before "of" is the head
  if (np && np.a - 2 >= lo && low[np.a - 1] === 'of') {
    const outer = npLeft(ctx, np.a - 2, lo);
    if (outer && !isCap(ctx, outer.head)) np = { a: outer.a, b: np.b, head: outer.head };
  } else if (np && low[k] === 'who' && np.a - 2 >= lo && PLACE_PREPS.has(low[np.a - 1]) && !personAt(ctx, np.head)) {
    // "a nurse at the hospital, who", "an aide in the ministry, who": the one before the place or
    // the body is the one meant
    const outer = npLeft(ctx, np.a - 2, lo);
    if (outer && (!isCap(ctx, outer.head) || outer.head === lo) && (SPEAKING_HEADS.has(low[outer.head]) || SPEAKER_NOUNS.has(low[outer.head]))) np = { a: outer.a, b: np.b, head: outer.head };
  }
  if (!np || PRONOUNS.has(low[np.head]) || DETERMINERS.has(low[np.head])) return null;
  return np;
}

/** The name of the mention at token i: its entity's name, or the mention's words. */
function mentionName(ctx: Ctx, mi: number): string {
  const m = ctx.doc.mentions[mi];
  const ent = m.entity ? ctx.entities.get(m.entity) : undefined;
  return ent ? ent.name : m.text;
}

/**
 * Two names joined by "and" in a speaker phrase ("Biden and Macron", "Sens. Chuck Grassley and
 * Ron Wyden", "John Smith and his wife, Emma"): "A and B", the mention that ends right before
 * the "and" and the one at the phrase's head, when they are two mentions of the same kind, each
 * a name; else undefined. ("Procter & Gamble", "Ernst and Young" as one mention are one speaker.)
 */
function jointOf(ctx: Ctx, np: NP): string | undefined {
  const { doc, low } = ctx;
  const head = suffixedHead(ctx, np.head);
  const ri = ctx.mentionAt[head];
  if (ri < 0) return undefined;
  const right = doc.mentions[ri];
  for (let k = np.head - 1; k > np.a; k--) {
    if (low[k] !== 'and') continue;
    const li = ctx.mentionAt[k - 1];
    if (li < 0 || li === ri) return undefined;
    const left = doc.mentions[li];
    if (left.end > doc.tokens[k].start || right.start < doc.tokens[k].end) return undefined;
    if (left.form !== 'name' || right.form !== 'name' || left.type !== right.type) return undefined;
    if (left.entity && left.entity === right.entity) return undefined;
    return `${mentionName(ctx, li)} and ${mentionName(ctx, ri)}`;
  }
  return undefined;
}

/** Heads of a phrase that names both parties of a meeting or a call ("the two leaders", "both sides"). */
const PAIR_HEADS = new Set(['leaders', 'presidents', 'sides', 'parties', 'heads', 'counterparts', 'ministers', 'premiers', 'interlocutors']);

/**
 * A span naming both people of a meeting or call ("the two leaders", "both presidents", "the
 * leaders", "the two heads of state"): "A and B" for the last two people of different countries
 * named before it, else undefined.
 */
function pairOf(ctx: Ctx, np: NP): string | undefined {
  const { doc, low } = ctx;
  let head = np.head;
  if (head - 2 >= np.a && low[head - 1] === 'of' && (low[head] === 'state' || low[head] === 'government')) head -= 2;
  if (!PAIR_HEADS.has(low[head])) return undefined;
  let k = np.a;
  if (low[k] === 'the') k++;
  if (!(low[k] === 'two' || low[k] === 'both' || (k === head && k === np.a + 1))) return undefined;
  const before = doc.tokens[np.a].start;
  // "the (two) presidents", "the leaders": the two most named before of that office
  // (fewer than two such leaders: not the last two people named, who may be an aide and a leader;
  // "the leaders" after a group of them was named, "G7 Leaders", are that group)
  if (OFFICE_PAIRS.has(low[head])) {
    if (k === head && groupNamedBefore(ctx.text, before, low[head])) return undefined;
    const pair = salientPair(ctx, before, low[head] === 'presidents');
    // ("the two presidents" after two people named without their office: those two)
    if (pair !== undefined || k === head) return pair;
  }
  const seen: Array<{ name: string; country?: string; leader: boolean }> = [];
  for (let i = doc.mentions.length - 1; i >= 0 && seen.length < 2; i--) {
    const m = doc.mentions[i];
    if (m.start >= before || m.type !== 'PER' || !m.entity) continue;
    const e = ctx.entities.get(m.entity);
    if (!e || seen.some((x) => x.name === e.name)) continue;
    if (seen.length === 1 && seen[0].country && e.country && seen[0].country === e.country) continue;
    seen.push({ name: e.name, country: e.country, leader: !!e.titles?.some(leadsWith) });
  }
  // "both sides": two leaders (a call's, a summit's) or two people of different
  // countries; else (a secretary and his president, two people of no known country) the two
  // countries named last
  if (SIDE_HEADS.has(low[head]) && !(seen.length === 2 && ((seen[0].leader && seen[1].leader) || (seen[0].country && seen[1].country)))) return countryPair(ctx, before) ?? (seen.length === 2 ? `${seen[1].name} and ${seen[0].name}` : undefined);
  return seen.length === 2 ? `${seen[1].name} and ${seen[0].name}` : undefined;
}

/** Heads of a pair phrase that name an office: "presidents", or leaders of any title. */
const OFFICE_PAIRS = new Set(['presidents', 'leaders', 'heads']);

/** Courtesy titles, which are no office. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam', 'mister']);

/**
 * The two leaders (with `president`, two presidents) most often named before offset `before`,
 * of different countries, as "A and B" in the order first named; undefined when there are not
 * two. A readout's "the two presidents" are the call's two, not the last two named: a third
 * leader named in passing ("… as Zelenskyy had asked") comes between them less often than
 * they are named.
 */
function salientPair(ctx: Ctx, before: number, president: boolean): string | undefined {
  const { doc } = ctx;
  const stats = new Map<string, { name: string; country?: string; n: number; first: number; last: number }>();
  for (let i = 0; i < doc.mentions.length; i++) {
    const m = doc.mentions[i];
    if (m.start >= before || m.type !== 'PER' || !m.entity) continue;
    let st = stats.get(m.entity);
    if (!st) {
      const e = ctx.entities.get(m.entity);
      if (!e) continue;
      // a leader by title, or a known official named without one ("Vladimir Putin had a call …")
      const known = codeActor(e.name, {}, true);
      const offices = e.titles?.filter((t) => !HONORIFICS.has(t.toLowerCase().replace(/\.$/, ''))) ?? [];
      const leader = offices.length ? offices.some((t) => leadsWith(t) && (!president || /\bpresident\b/i.test(t))) : known?.role === 'GOV';
      if (!leader) continue;
      st = { name: e.name, country: e.country ?? known?.country, n: 0, first: i, last: i };
      stats.set(m.entity, st);
    }
    st.n++;
    st.last = i;
  }
  const ranked = [...stats.values()].sort((x, y) => y.n - x.n || y.last - x.last);
  // on a government's own site, its leader is one of the two when named ("the two presidents"
  // of a White House briefing include the President)
  const home = publisherCountry(doc.article.source, countryOf, seatCountry);
  const a = (home && ranked.find((x) => x.country === home)) || ranked[0];
  const b = ranked.find((x) => x !== a && x.name !== a.name && !(x.country && a?.country && x.country === a.country));
  if (!a || !b) return undefined;
  return a.first < b.first ? `${a.name} and ${b.name}` : `${b.name} and ${a.name}`;
}

/** Heads of a phrase that names two countries' sides rather than two people (not "parties": "voters in both parties" are of two political parties). */
const SIDE_HEADS = new Set(['sides']);

/** "A and B" for the last two places or bodies of different countries named before offset `before` (a country's own name where it has one), else undefined. */
function countryPair(ctx: Ctx, before: number): string | undefined {
  const { doc } = ctx;
  const seen: Array<{ name: string; country: string }> = [];
  for (let i = doc.mentions.length - 1; i >= 0 && seen.length < 2; i--) {
    const m = doc.mentions[i];
    if (m.start >= before || m.type !== 'LOC' || !m.entity) continue;
    const e = ctx.entities.get(m.entity);
    // a country itself (no role, a country's name), not a city or a body within it
    if (!e || !e.country || e.role || !isCountryName(e.name) || seen.some((x) => x.country === e.country)) continue;
    seen.push({ name: e.name, country: e.country });
  }
  return seen.length === 2 ? `${seen[1].name} and ${seen[0].name}` : undefined;
}

/**
 * A span that is an office of a place ("the President of Ukraine", "Prime Minister of India"):
 * the person of the article who holds it (a person whose titles name the office, or who has
 * the office's title and the place's country), else the office's own words. Undefined when the
 * span is no such office.
 */
function officeOf(ctx: Ctx, np: NP): { name: string; entity?: string } | undefined {
  const { doc, text, low } = ctx;
  let of = -1;
  for (let i = np.a + 1; i < np.head; i++) if (low[i] === 'of') of = i;
  if (of < 0 || !TITLES.has(low[of - 1])) return undefined;
  const mi = ctx.mentionAt[np.head];
  const place = mi >= 0 ? doc.mentions[mi] : undefined;
  if (!place || (place.type !== 'LOC' && place.type !== 'ORG')) return undefined;
  const placeEnt = place.entity ? ctx.entities.get(place.entity) : undefined;
  let a = np.a;
  while (a < of - 1 && CAP_STOP.has(low[a])) a++;
  const office = text.slice(doc.tokens[a].start, doc.tokens[np.b - 1].end);
  const title = text.slice(doc.tokens[a].start, doc.tokens[of - 1].end).toLowerCase();
  const lower = office.toLowerCase();
  let holder: { id: string; name: string } | undefined;
  for (const e of ctx.entities.values()) {
    if (e.type !== 'PER' || !e.titles) continue;
    // (a well-known official's country when the article has not given it: "President Zelenskyy
    // … the President of Ukraine said")
    const country = e.country ?? (placeEnt?.country ? codeActor(e.name, {}, true)?.country : undefined);
    if (holdsOffice(e.titles, lower, placeEnt?.country && country === placeEnt.country ? title : undefined)) {
      if (holder && holder.id !== e.id) return { name: office }; // two holders: say the office
      holder = e;
    }
  }
  if (holder) return { name: holder.name, entity: holder.id };
  // no one named with the office: the person coreference took the office for ("The President of
  // Chile said …" after "Ana Ruiz spoke by phone with …")
  const m0 = ctx.mentionAt[np.a];
  const ent = m0 >= 0 && doc.mentions[m0].entity ? ctx.entities.get(doc.mentions[m0].entity!) : undefined;
  return ent && ent.type === 'PER' ? { name: ent.name, entity: ent.id } : { name: office };
}

/**
 * Whether one of the titles, lower-cased and without "the", is the office or else (when given) the
 * title in the same country. (A loop, not a mapped list: the list that map() makes is of another
 * hidden class in optimized code than in the builtin, and includes() on it would cost a deopt.)
 */
function holdsOffice(titles: string[], office: string, title: string | undefined): boolean {
  for (const t of titles) {
    const x = t.toLowerCase().replace(/^the\s+/, '');
    if (x === office || x === title) return true;
  }
  return false;
}

/** The span's words as a name: the capitalized run at its head with titles dropped. */
export function nameOf(ctx: Ctx, np: NP): string {
  const { doc, text, low } = ctx;
  if (isCap(ctx, np.head)) {
    let a = np.head;
    while (a - 1 >= np.a && isCap(ctx, a - 1) && !TITLES.has(low[a - 1])) a--;
    // "Hillary Clinton's campaign": the head decides, so a name run only when it ends the span
    if (a === np.head && TITLES.has(low[a]) && np.a < a) a = np.a;
    return text.slice(doc.tokens[a].start, doc.tokens[np.head].end);
  }
  let a = np.a;
  while (a < np.head && CAP_STOP.has(low[a])) a++;
  return text.slice(doc.tokens[a].start, doc.tokens[np.b - 1].end);
}

/** Forms of verbs of conversation, whose object after "with" or "to" is the one spoken with. */
const CONVERSE = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking', 'talk', 'talks', 'talked', 'talking', 'meet', 'meets', 'met', 'meeting', 'confer', 'confers', 'conferred', 'conferring', 'chat', 'chats', 'chatted']);
/** Words between such a verb and its "with"/"to": times, manners, the means of a call. */
const CONVERSE_GAP = new Set(['today', 'yesterday', 'tonight', 'this', 'afternoon', 'morning', 'evening', 'night', 'earlier', 'later', 'again', 'also', 'briefly', 'separately', 'directly', 'personally', 'by', 'phone', 'telephone', 'video', 'on', 'the']);

/**
 * The verb of conversation whose "with" or "to" ends right before token a ("spoke (today) with",
 * "talked (by phone) to"), else -1.
 */
export function converseVerb(ctx: Ctx, a: number): number {
  const { low } = ctx;
  const p = a - 1;
  if (p < 1 || (low[p] !== 'with' && low[p] !== 'to')) return -1;
  const lo = ctx.doc.sentences[ctx.sentOf[p]].tokenStart;
  for (let k = p - 1; k >= lo && k >= p - 5; k--) {
    if (CONVERSE.has(low[k])) return k;
    if (!CONVERSE_GAP.has(low[k])) return -1;
  }
  return -1;
}

/** Does the word before token a end "spoke (today) with" / "talked (by phone) to"? */
export function addresseeLed(ctx: Ctx, a: number): boolean {
  return converseVerb(ctx, a) >= 0;
}

/**
 * The one spoken with, np ("Zelenskyy" in "Biden spoke with Zelenskyy about …", "the American
 * people" in "I will speak to the American people to announce …"), is no speaker: the subject of
 * the verb of conversation is. Null when np is no such object or the subject is not found.
 */
export function converseSubject(ctx: Ctx, np: NP): NP | null {
  let v = converseVerb(ctx, np.a);
  if (v < 0 && np.a > 0 && (ctx.low[np.a - 1] === 'the' || ctx.low[np.a - 1] === 'a')) v = converseVerb(ctx, np.a - 1);
  if (v < 1) return null;
  const ss = ctx.doc.sentences[ctx.sentOf[v]].tokenStart;
  let j = skipLeft(ctx, v - 1, ss);
  // "will speak", "has spoken", "wants to speak"
  while (j >= ss && AUX.has(ctx.low[j])) j = skipLeft(ctx, j - 1, ss);
  return j >= ss ? npLeft(ctx, j, ss) : null;
}

const AUX = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'am', 'be', 'been', 'to', 'want', 'wants', 'wanted', 'plans', 'planned', 'hopes', 'also', 'not']);
