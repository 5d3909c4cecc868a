/**
 * Events: who did what to whom, coded in CAMEO (with its PLOVER category), each tied to its
 * trigger words and its sentence.
 *
 * Per sentence: every token is looked up in the lexicon's head index (`verbs.tsv`); the patterns
 * found are matched forward (words, gaps, target/source slots). Frame verbs ("threatened to",
 * "demanded", "refused to", "will") combine with the event they govern through `frames.tsv`;
 * light verbs carry event nouns ("held talks"). The source is the clause's subject (or the
 * `by` phrase of a passive), the target the actor named after the trigger; both are coded by
 * `../actors`. One event is kept per sentence (the first verbal one), expanded to pairs for
 * compound and reciprocal actors. Negated, hypothetical and conditional events are kept with
 * their modality; `countsAsEvent` says which ones an event count should include.
 */
import { firstEndingAfter, firstStartingFrom, type Doc, type Stage } from '../../model/doc.js';
import type { Entity, Event, EventActor, Modality, Quote, SpeakerRef, TimeExpr, Token } from '../../model/types.js';
import { titleAuthor } from '../quotes/rules/author.js';
import { IRREGULAR_PAST } from '../quotes/lexicon.js';
import { tokenTypes, typeCount, typeGeneration, typeText } from '../../text/types.js';
import { PLACE_KINDS, PLACE_TERM_KINDS, codeActor, codeEntities, codePhrase, groupNamedBefore, leadsWith, mayStartTerm, newTerm, normWord, startsNamedThing, termAt as termAtRaw, type CodedSpan, type Term } from '../actors/index.js';
import { readLexicon } from '../../data.js';
import { inQuote } from '../../text/quotation.js';
import { countryOf, isCountryName } from '../entities/gazetteer.js';
import { normalizeName, publisherCountry, surnameOf } from '../../corpus/actors.js';
import { seatCountry } from '../entities/seats.js';
import { BY_HEAD, CODES, IRREGULAR_FORMS, LEMMAS, LIGHT_VERBS, formCount, formInfo, frameCode, isIntentFrame, type Elem, type HeadNeeds, type Pattern } from './lexicon.js';

export { CODES } from './lexicon.js';

/** Events that an event count (and the eval output) should include: asserted and planned. */
import { countsAsEvent } from '../../model/record.js';
export { countsAsEvent };

// ---------------------------------------------------------------- word classes

const PURPOSE = new Map<string, string>();
for (const line of readLexicon('extract/events/purposes.tsv')) {
  const [w, d] = line.split('\t');
  if (w && d) PURPOSE.set(w, d);
}

const BOUNDARY_PUNCT = new Set([',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '—', '–', '--', '…', '"', '“', '”', '«', '»']);
/** one-character boundary marks by character code, so a mark is checked without hashing it */
const BOUNDARY_CHARS = new Uint8Array(65536);
for (const p of BOUNDARY_PUNCT) {
  if (p.length === 1) BOUNDARY_CHARS[p.charCodeAt(0)] = 1;
  else if (p !== '--') throw new Error(`isBoundaryMark knows no mark ${p}`);
}

/** Is the mark a comma? By its code: a string compare there met a kind of string its type feedback had not seen (a deopt). */
function isComma(raw: string): boolean {
  return raw.length === 1 && raw.charCodeAt(0) === 44;
}

/** BOUNDARY_PUNCT.has(raw) */
function isBoundaryMark(raw: string): boolean {
  // the only longer mark is "--": tested with operations every two-letter word runs, so that the
  // first dash pair, late in a run, meets no operation without type feedback (a deopt)
  return raw.length === 1 ? BOUNDARY_CHARS[raw.charCodeAt(0)] === 1 : raw.length === 2 && ((raw.charCodeAt(0) ^ 45) | (raw.charCodeAt(1) ^ 45)) === 0;
}
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'while', 'but', 'after', 'before', 'because', 'since', 'when', 'where', 'following', 'amid', 'despite', 'saying', 'adding', 'although', 'though', 'whereas', 'if', 'unless', 'until', 'as']);
const REPORT_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'stated', 'declared', 'reported', 'added', 'insisted', 'reiterated', 'warned', 'claimed', 'claims', 'confirmed', 'argued', 'noted', 'stressed', 'believes', 'believed', 'thinks']);
/** verbs (and nouns) that report an obligation put on someone: "X said/told/warned … Y must" */
const OBLIGE_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'declared', 'declares', 'announced', 'stated', 'added', 'insisted', 'insists', 'reiterated', 'warned', 'warns', 'stressed', 'stresses', 'argued', 'reminded', 'reminder', 'warning', 'message', 'urged', 'emphasized', 'emphasised', 'demanded', 'clear']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'got', 'gets']);
const SKIP_BEFORE_HEAD = new Set(['has', 'have', 'had', 'also', 'again', 'reportedly', 'allegedly', 'already', 'just', 'then', 'now', 'still', 'finally', 'routinely', 'recently', 'later', 'further', 'further', 'bluntly', 'flatly', 'sharply', 'strongly', 'formally', 'officially', 'jointly', 'personally', 'repeatedly', 'once', 'even', 'today', 'yesterday', 'never', 'not']);
const NEG = new Set(['not', 'never', 'no', 'cannot', 'neither', 'nor', 'without']);
const HYPO = new Set(['may', 'might', 'could', 'should', 'can']);
const DEONTIC = new Set(['must', 'should']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'these']);
const COMPLEMENT_NOUNS = new Set(readLexicon('extract/events/complement-nouns.txt'));
const NOT_BEFORE_NOUN = new Set(['we', 'they', 'i', 'you', 'he', 'she', 'it', 'will', 'would', 'to', 'also', 'shall', 'can', 'could', 'may', 'might', 'must', 'should', 'not', "n't"]);
const GERUND_PREPS = new Set(['of', 'about', 'on', 'regarding', 'concerning', 'toward', 'towards']);
/**
 * Words that may follow an intransitive protest verb ("rallied outside", "marched Sunday",
 * "demonstrated peacefully", "rallied, chanting"): anything else opens an object, another sense
 * ("rallying allies to lead", "marched the prisoners", "demonstrated resolve").
 */
const INTR_NEXT = new Set(['in', 'on', 'at', 'for', 'to', 'from', 'with', 'over', 'against', 'by', 'during', 'after', 'before', 'since', 'into', 'near', 'under', 'across', 'through', 'about', 'amid', 'outside', 'inside', 'toward', 'towards', 'past', 'along', 'around', 'behind', 'down', 'up', 'again', 'and', 'or', 'but', 'as', 'when', 'while', 'where', 'until', 'despite', 'today', 'yesterday', 'tonight', 'overnight', 'there', 'here', 'anew', 'instead', 'without', 'throughout', 'beside', 'onto', 'upon', 'peacefully', 'once', 'twice', 'early', 'late', 'last', 'every', 'each', 'within', 'beyond', 'between', 'among', 'alongside', 'out', 'off', 'away', 'together', 'nationwide', 'outdoors', 'so', 'then']);
const DAY_WORDS = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|^(?:january|february|march|april|may|june|july|august|september|october|november|december|weekend|morning|afternoon|evening|night)$/;
/** days named without a preposition or a number (see also `DAY_WORDS`) */
const DEICTIC_DAYS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'overnight']);

/**
 * Whether word i is plainly a verb: "-ed" or "-ing", or after "to", a modal or a subject pronoun
 * ("rallied supporters", "to rally voters"). A bare "rally" or "march" may be the noun ("a rally
 * attended by", "the march supporting").
 */
function verbForm(w: Words, i: number): boolean {
  const x = w.lc[i];
  if (x.endsWith('ed') || x.endsWith('ing')) return true;
  return i > 0 && (w.lc[i - 1] === 'to' || AUX_MODALS.has(w.lc[i - 1]) || SUBJECT_PRONOUNS.has(w.lc[i - 1]));
}

/** Whether an actor's name or word (`termAt`) ends at word j ("Russia", "the United States"). */
function termEndsAt(w: Words, j: number): boolean {
  for (let x = j; x >= Math.max(0, j - 4); x--) {
    const t = termAt(w, x, j + 1);
    if (t && x + t.len === j + 1) return true;
  }
  return false;
}

/**
 * Whether word i, after "further", is a verb with its subject before the adverb ("if Russia
 * further invades Ukraine", "they further escalated"), not a noun ("Russia's further attacks").
 */
function adverbBeforeVerb(w: Words, i: number): boolean {
  if (i < 2 || w.lc[i - 1] !== 'further') return false;
  const x = w.lc[i];
  if (!(x.endsWith('s') || x.endsWith('ed'))) return false;
  return SUBJECT_PRONOUNS.has(w.lc[i - 2]) || (isCap(w.raw[i - 2]) && termEndsAt(w, i - 2));
}

/** Whether word k (after an intransitive verb) opens an object rather than a place, time or manner. */
function objectFollows(w: Words, k: number): boolean {
  if (w.punct[k]) return false;
  const x = w.lc[k];
  if (INTR_NEXT.has(x) || DAY_WORDS.test(x) || MONTH_ABBREVIATIONS.has(x)) return false;
  // an object opens with a determiner, a pronoun, a name, or a word for people ("rallied young
  // people", "marching orders")
  if (OBJECT_OPENERS.has(x) || (isCap(w.raw[k]) && !/^\d/.test(x))) return true;
  for (let j = k; j < Math.min(w.lc.length, k + 3); j++) {
    if (PEOPLE_NOUNS.has(w.lc[j])) return true;
    if (w.punct[j] || NP_BREAK.has(w.lc[j])) break;
  }
  return false;
}
/** After "demonstrated": anything but a place, a time or a manner is what was shown ("demonstrated more ease"). */
function showsSomething(w: Words, k: number): boolean {
  const x = w.lc[k];
  return !w.punct[k] && !INTR_NEXT.has(x) && !DAY_WORDS.test(x) && !MONTH_ABBREVIATIONS.has(x) && !x.endsWith('ly') && !/^\d/.test(x);
}
const MONTH_ABBREVIATIONS = new Set(['jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'them', 'him', 'us', 'me', 'those', 'these', 'some', 'many', 'thousands', 'hundreds', 'dozens', 'millions', 'support', 'opposition', 'resolve', 'strength', 'unity', 'solidarity', 'commitment']);
const PEOPLE_NOUNS = new Set(['supporters', 'voters', 'allies', 'farmers', 'workers', 'people', 'students', 'troops', 'soldiers', 'crowds', 'residents', 'citizens', 'members', 'followers', 'activists', 'partners', 'leaders', 'republicans', 'democrats', 'conservatives', 'liberals', 'progressives', 'delegates', 'donors', 'prisoners', 'captives', 'hostages', 'women', 'men', 'youth', 'fans', 'base', 'party', 'nation', 'country', 'forces', 'militias', 'volunteers', 'backers', 'colleagues', 'lawmakers', 'senators', 'governments', 'nations', 'countries', 'orders', 'band', 'bands', 'round', 'critics', 'clerics', 'dissidents', 'opponents', 'journalists', 'rivals', 'leader', 'leaders']);
const INTR_BLOCK = new Set(['that', 'the', 'a', 'an', 'this', 'these', 'its', 'their', 'his', 'her', 'our', 'how', 'what', 'why', 'support', 'strong', 'clear', 'commitment', 'resolve', 'readiness', 'willingness', 'unity', 'solidarity']);
const TOPIC_PREPS = new Set(['about', 'regarding', 'concerning', 'over', 'amid']);
const PLACE_PREPS_COOP = new Set(['in', 'at', 'on', 'into', 'across', 'near', 'around', 'within', 'throughout', 'during', 'inside', 'under']);
/** adjectives news writes before event nouns ("of harsh sanctions", "for direct talks") */
const ADJECTIVES = new Set(['clear', 'sure', 'telling', 'worrying', 'encouraging', 'hopeful', 'ominous', 'executive', 'harsh', 'new', 'severe', 'tough', 'fresh', 'heavy', 'massive', 'sweeping', 'additional', 'possible', 'potential', 'serious', 'major', 'more', 'broad', 'targeted', 'economic', 'financial', 'military', 'diplomatic', 'political', 'punitive', 'retaliatory', 'immediate', 'direct', 'bilateral', 'multilateral', 'unilateral', 'coordinated', 'joint', 'future', 'renewed', 'repeated', 'alleged', 'deadly', 'brutal', 'unprovoked', 'large-scale', 'full-scale']);
/** nouns after which a role word is a modifier, not an actor ("military aid", "police presence") */
const ASSET_NOUNS = new Set(readLexicon('extract/events/asset-nouns.txt'));
/** roles whose bare plural, as an object, is usually the actor's own people ("sent troops") */
const ASSET_ROLES = new Set(['MIL', 'COP', 'UAF']);
const RELATIONAL = new Set(['partner', 'partners', 'ally', 'allies', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'counterpart', 'counterparts', 'rival', 'rivals', 'enemy', 'enemies', 'foe', 'foes', 'opponent', 'opponents', 'adversary', 'adversaries', 'critics', 'backers', 'patron', 'sponsors']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const NP_BREAK = new Set(['in', 'on', 'at', 'for', 'to', 'from', 'with', 'over', 'against', 'by', 'during', 'after', 'before', 'since', 'into', 'near', 'under', 'across', 'through', 'about', 'amid', 'as', 'than', 'because', 'without', 'including', 'who', 'which', 'that', 'when', 'where']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", '’s', 'this', 'any', 'no', 'such', 'firm', 'continued', 'strong', 'unwavering', 'full', 'further', 'new', 'first', 'latest', 'recent', 'increased']);
const LEAD_PREPS = new Set(['in', 'at', 'on', 'with', 'after', 'before', 'despite', 'following', 'during', 'for', 'under', 'amid', 'as', 'since', 'according', 'while', 'by', 'from', 'among', 'like', 'unlike', 'besides', 'of']);

// ---------------------------------------------------------------- sentence view

interface Words {
  lc: string[];
  raw: string[];
  start: number[];
  end: number[];
  punct: boolean[];
  /** a punctuation mark that ends a phrase (`BOUNDARY_PUNCT`) */
  bound: boolean[];
  /** the patterns headed by each word (`formInfo` in the lexicon) */
  heads: Array<Pattern[] | undefined>;
  /** an actor-dictionary term may start at the word */
  term: boolean[];
  /** each word's number as a pattern word (`formId`), or -1 */
  fid: number[];
  /** dictionary term at each word, looked up once (null: none) */
  terms: Array<Term | null | undefined>;
  /** a name, pronoun or description starting at the word whose entity is coded (entities, coref); see `mentionAt` */
  ment: Array<Term | undefined>;
  /** the document and its entities, for mentions (filled on first use) and `recent` */
  doc: Doc;
  ents?: EntityIndex;
  mentDone: boolean;
  /** coded phrases by a * 65536 + b (null: none), see `phrase` */
  phrases: Map<number, CodedSpan | null>;
}

/** The coded entity mention starting at word k (the sentence's mentions are looked up on first use). */
function mentionAt(w: Words, k: number): Term | undefined {
  if (!w.mentDone) {
    w.mentDone = true;
    if (w.ents && w.start.length) addMentionTerms(w.doc, w, w.ents);
  }
  return w.ment[k];
}

/** Whether words [k, k + len) lie inside a longer mention the entities layer took for a person. */
function inPersonName(w: Words, k: number, len: number): boolean {
  if (!w.doc || !w.start.length) return false;
  const a = w.start[k];
  const b = w.end[k + len - 1];
  const ms = w.doc.mentions;
  for (let x = Math.max(0, firstStartingFrom(ms, a) - 3); x < ms.length && ms[x].start <= a; x++) {
    const m = ms[x];
    if (m.type === 'PER' && m.start <= a && m.end >= b && m.end - m.start > b - a) return true;
  }
  return false;
}

/** The actor-dictionary term at word k that ends by `end` (cached per sentence). */
function dictAt(w: Words, k: number, end: number): Term | undefined {
  if (!w.term[k]) return undefined;
  const n = w.lc.length;
  let t = w.terms[k];
  let lim = n;
  // one call site for both lookups (to the sentence's end, cached; then to `end` when the cached
  // term runs past it), so the rare second one finds the call's type feedback there
  for (;;) {
    if (t === undefined) {
      t = termAtRaw(w.lc, w.raw, k, lim) ?? null;
      // "the Minsk Agreements": a place that names a document is no actor; nor is one inside a
      // person's name ("Chad Johnson", "Paris Hilton")
      if (t && (startsNamedThing(w.lc, w.raw, k, t.len) || (PLACE_TERM_KINDS.has(t.kind) && inPersonName(w, k, t.len)))) t = null;
      if (lim < n) return t ?? undefined;
      w.terms[k] = t;
    }
    if (!t) return undefined;
    if (k + t.len <= end) return t;
    lim = end;
    t = undefined;
  }
}

/**
 * The actor term at word k: the dictionary's, or the coded entity of a mention starting there
 * ("Putin" after "Russian President Vladimir Putin", "he", "the Russian leader") when the
 * dictionary knows nothing better there.
 */
function termAt(w: Words, k: number, end = w.lc.length): Term | undefined {
  const t = dictAt(w, k, end);
  const m = mentionAt(w, k);
  // "his American counterpart": the possessor is not the one the phrase names
  if (m && m.len === 1 && k + 1 < end && POSSESSIVE_PEOPLE.has(w.lc[k]) && mentionAt(w, k + 1)?.kind === 'person') return t;
  if (!m || k + m.len > end) return t;
  if (!t || (t.kind === 'role' && m.kind !== 'role') || (m.len > t.len && m.kind === 'person')) return m;
  // "Mr. English", "Sen. Nelson": a person named by a place's word after an honorific is that person
  if (m.kind === 'person' && m.len >= t.len && k > 0 && HONORIFICS.has(w.lc[k - 1]) && PLACE_TERM_KINDS.has(t.kind)) return m;
  return t;
}

/** possessives of people before a person they relate to ("his American counterpart") */
const POSSESSIVE_PEOPLE = new Set(['his', 'her', 'their']);

/** titles written before a surname */
const HONORIFICS = new Set(['mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'sen.', 'rep.', 'gov.', 'gen.', 'col.', 'lt.', 'sgt.', 'prof.', 'rev.', 'judge', 'justice', 'senator', 'representative', 'governor', 'mayor', 'congressman', 'congresswoman']);

const NO_CONTEXT = {};

/**
 * The words [a, b) coded as one actor phrase. Drafts code the same phrases again and again: each
 * is coded once per sentence, and every caller gets its own copy (callers adjust the codes).
 */
function phrase(w: Words, a: number, b: number): CodedSpan | undefined {
  const key = a * 65536 + b;
  let c = w.phrases.get(key);
  if (c === undefined) {
    c = codePhrase(w.lc, w.raw, a, b, NO_CONTEXT, termAt, w) ?? null;
    w.phrases.set(key, c);
  }
  return c ? copySpan(c) : undefined;
}

/** A copy of a coded span: the fields in the order `codePhrase` gives them (a spread would give each copy a hidden class of its own). */
function copySpan(c: CodedSpan): CodedSpan {
  return { country: c.country, role: c.role, cameo: c.cameo, from: c.from, to: c.to, place: c.place };
}

/** A token text seen before (as a word, number, mark …): its forms as the lexicon sees them, worked out once. */
interface WordType {
  /** a white-space token, no word */
  space: boolean;
  raw: string;
  lc: string;
  punct: boolean;
  bound: boolean;
  /** the patterns headed by the word (`formInfo`) */
  heads: Pattern[] | undefined;
  /** an actor-dictionary term may start at the word (`mayStartTerm`) */
  term: boolean;
  /** the number of the word as a pattern word (`formId`), or -1 */
  fid: number;
  /** what the patterns it heads need after it (`formInfo`), for a word (not a mark) that heads any */
  needs: HeadNeeds | undefined;
  /** the word starts with a capital A–Z (`isCap`) */
  cap: boolean;
}

/**
 * A lower-case word of three chars or more ending in a dot, with no dot before its last two chars
 * ("approx.", not "e.g." nor "Inc."): the dot is an abbreviation's, and no part of the word.
 */
const ABBREVIATION_DOT = /^([a-z][^.]*[\s\S])\.$/;

function newType(text: string, kind: string): WordType {
  // (the replace only for a text ending in a dot, which the first articles hold: the branch is
  // taken before the code it is inlined into is optimized)
  const raw = text.charCodeAt(text.length - 1) === 46 ? text.replace(ABBREVIATION_DOT, '$1') : text;
  const lc = kind === 'word' ? normWord(raw) : raw;
  const punct = kind === 'punct' || kind === 'quote' || kind === 'symbol';
  // what the lexicon knows of the word, in one lookup (`formInfo`)
  const f = formInfo(lc);
  const heads = f === undefined ? undefined : f.heads;
  return { space: kind === 'space', raw, lc, punct, bound: punct && isBoundaryMark(raw), heads, term: mayStartTerm(lc), fid: f === undefined ? -1 : f.fid, needs: punct || f === undefined ? undefined : f.needs, cap: isCap(raw) };
}

/** The forms of each token type (text/types.ts, generation `byTypeGen`) as the lexicon sees them, worked out once. */
let byType: Array<WordType | undefined> = [];
let byTypeGen = -1;

/** Adds the word type of token i of `tokens`, whose type number `ty` is new (see `knowTypes`). */
function addType(ty: number, tokens: Token[], i: number): void {
  const e = newType(typeText(ty), tokens[i].kind);
  while (byType.length < ty) byType.push(undefined);
  byType[ty] = e;
  let f = T_SEEN | ((e.fid + 1) << FID_SHIFT);
  if (e.space) f |= T_SPACE;
  if (e.bound) f |= T_BOUND;
  if (e.punct) f |= T_PUNCT;
  if (e.cap) f |= T_CAP;
  if (e.raw === ',') f |= T_COMMA;
  if (BLAME_WORDS.has(e.raw.toLowerCase())) f |= T_BLAME;
  if (e.needs !== undefined) {
    if (e.needs.free) f |= T_FREE;
    else {
      f |= T_NEEDS;
      while (typeNeeds.length < ty) typeNeeds.push(undefined);
      typeNeeds[ty] = e.needs;
    }
  }
  typeInfo[ty] = f;
}

/**
 * Works out the word type of every token type of the document not seen before, in a pass of its
 * own: the walks over the sentences then only read them, and their optimized code holds none of
 * the lexicon lookups of a new type.
 */
function knowTypes(tokens: Token[], types: Int32Array): void {
  const info = typeInfo;
  for (let i = 0; i < types.length; i++) if (info[types[i]] === 0) addType(types[i], tokens, i);
}

/**
 * What `findLiveHeads` reads of each token type (number, generation `byTypeGen`), packed in one
 * int32 so that the walk over every token of a document reads a small typed array, not the
 * `WordType` objects: 0 not yet looked at; else `T_SEEN` and the flags below, and the word's
 * `formId` + 1 from bit `FID_SHIFT` on.
 */
let typeInfo = new Int32Array(0);
/** `WordType.needs` of a type whose info has `T_NEEDS` */
let typeNeeds: Array<HeadNeeds | undefined> = [];
const T_SEEN = 1;
const T_SPACE = 2;
const T_BOUND = 4;
const T_PUNCT = 8;
const T_CAP = 16;
/** a word that heads a pattern needing no word after it */
const T_FREE = 32;
/** a word that heads only patterns that need a word after it (`typeNeeds`) */
const T_NEEDS = 64;
/** a comma (where an aside may open or close: `maskAsides`) */
const T_COMMA = 128;
/** a word of blame (`BLAME_WORDS`): a sentence with one is read even with no pattern's head in it (`reportedAccusation`) */
const T_BLAME = 256;
const FID_SHIFT = 9;

/**
 * Where each pattern word was seen last in `findLiveHeads`'s walk (by `formId`), as the walk's
 * count of words then: the walk goes backwards through each sentence and the count only grows,
 * so a slot written before the current stretch of words began is older than the stretch.
 */
const SEEN_AT = new Float64Array(formCount());
let tick = 0;

/** The live heads `findLiveHeads` found last: word indices, first word first. */
let live = new Int32Array(64);
let liveCount = 0;

/**
 * Finds the words of tokens [from, to) where a pattern may match (`findMatches`), into `live`:
 * words (not marks) that head a pattern, not capitalised inside the sentence (part of a name),
 * whose patterns need no word after them or find one they need within their reach before the
 * next boundary mark (`matchFrom`'s first test, for all of a head's patterns at once). Whether
 * there is one and the tokens hold at least three words: a sentence without one has no match,
 * so its words are not worth gathering.
 */
function findLiveHeads(from: number, to: number, types: Int32Array, skip: Uint8Array | null): boolean {
  const info = typeInfo;
  let words = 0;
  liveCount = 0;
  // a capitalised head, counted from the last word (0), waiting for the word before it: it is
  // live when that word is a mark, or when there is none
  let capAt = -1;
  // the walk starts a stretch of words after each boundary mark
  let at = tick;
  let stretch = ++at;
  for (let i = to - 1; i >= from; i--) {
    const ty = types[i];
    const f = info[ty];
    if ((f & T_SPACE) !== 0 || (skip !== null && skip[i] !== 0)) continue;
    at++;
    if (capAt >= 0) {
      if ((f & T_PUNCT) !== 0) addLive(capAt);
      capAt = -1;
    }
    if ((f & T_FREE) !== 0 || ((f & T_NEEDS) !== 0 && needFound(typeNeeds[ty]!, at, stretch))) {
      if ((f & T_CAP) !== 0) capAt = words;
      else addLive(words);
    } else if ((f & (T_NEEDS | T_CAP)) === T_NEEDS && pendingCount < PENDING_MAX) {
      // a word it needs may stand before it, in a passive's subject ("Sanctions were imposed"):
      // tried once the walk has seen the words before it
      pendingPos[pendingCount] = words;
      pendingAt[pendingCount] = at;
      pendingTy[pendingCount++] = ty;
    }
    words++;
    if ((f & T_BOUND) !== 0) stretch = at;
    else if (f >>> FID_SHIFT !== 0) SEEN_AT[(f >>> FID_SHIFT) - 1] = at;
  }
  tick = at;
  if (capAt >= 0) addLive(capAt);
  // (SEEN_AT now holds each word's first place in the tokens: a needed word up to twelve words
  // before a pending head makes it live; `matchFrom` checks the passive itself)
  const before = liveCount;
  for (let p = 0; p < pendingCount; p++) {
    const ids = typeNeeds[pendingTy[p]]!.ids;
    for (let k = 0; k < ids.length; k++) {
      const d = SEEN_AT[ids[k]] - pendingAt[p];
      if (d > 1 && d <= 12) {
        addLive(pendingPos[p]);
        break;
      }
    }
  }
  pendingCount = 0;
  // (kept in the walk's order: counted from the last word, ascending)
  if (liveCount > before) live.subarray(0, liveCount).sort();
  // counted from the last word, last first: as word indices, first first
  for (let a = 0, b = liveCount - 1; a < b; a++, b--) {
    const x = live[a];
    live[a] = live[b];
    live[b] = x;
  }
  for (let k = 0; k < liveCount; k++) live[k] = words - 1 - live[k];
  return liveCount > 0 && words >= 3;
}

/**
 * Words that open an aside set off by commas inside a clause (", for its part,", ", together with
 * its allies,", ", in turn,", ", on Tuesday,"): the aside is read past, so that a verb and what
 * it needs ("respond … to", "agreed … to continue", "thanked … X for") and a subject and its verb
 * meet again. Not "with" alone, "including", "such as", "as well as" nor "and": those add to a
 * list whose members may be the event's target.
 */
const ASIDE_OPENERS = new Set([
  'in', 'on', 'at', 'for', 'during', 'together', 'along', 'jointly', 'alongside', 'among', 'inter', 'once', 'again', 'also',
  'moreover', 'however', 'therefore', 'thus', 'meanwhile', 'furthermore', 'additionally', 'accordingly', 'likewise', 'similarly',
  'nevertheless', 'nonetheless', 'notably', 'specifically', 'above', 'first', 'firstly', 'secondly', 'finally', 'reportedly',
  'today', 'yesterday', 'tomorrow', 'earlier', 'later', 'separately', 'personally', 'indeed', 'of', 'as', 'yet', 'too',
]);

/** Words after "as" that make an aside (", as agreed,", ", as before,"; not ", as well as X,"). */
const AS_ASIDES = new Set(['agreed', 'before', 'expected', 'usual', 'planned', 'previously', 'noted', 'announced', 'always', 'promised', 'such', 'a', 'of']);

/**
 * Words of an event pattern that an aside may hold and still be read past: the occasion of what
 * the clause says (", during the call,", ", in a telephone conversation with X,"). An aside with
 * any other pattern word may say an event of its own and is kept.
 */
const ASIDE_OCCASIONS = new Set(['call', 'conversation', 'talks', 'meeting', 'visit', 'statement', 'interview', 'address', 'speech', 'briefing', 'remarks', 'phone', 'telephone', 'summit', 'session', 'consultations', 'contacts', 'negotiations']);

/** The most words an aside holds. */
const ASIDE_MAX = 12;

/** Tokens of asides (`maskAsides`): 1 in the sentence `maskAsides` looked at last, where it found any. */
let asideMask = new Uint8Array(1024);

/**
 * Words after an aside's closing comma that begin a clause or phrase of their own (", however,
 * appearing to …", ", meanwhile, when …", ", in Venezuela, we …"): the comma before the aside
 * ended something, and there is nothing to rejoin.
 */
const AFTER_ASIDE_STOPS = new Set([
  'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'whereas', 'and', 'or', 'but', 'nor', 'as', 'because', 'if', 'since',
  'although', 'though', 'unless', 'so', 'then', 'i', 'we', 'you', 'he', 'she', 'they', 'it', 'there', 'this', 'that', 'these', 'those',
]);

/**
 * Words that open a sentence's introductory phrase ("During the inquiry, for instance, X …": its
 * comma is no aside's): the fronted prepositions and subordinators the subject finder knows
 * (`LEAD_PREPS`, `CLAUSE_SUBORD`), "if", and a few prepositions more.
 */
function introOpener(x: string): boolean {
  return LEAD_PREPS.has(x) || CLAUSE_SUBORD.has(x) || INTRO_MORE.has(x);
}
const INTRO_MORE = new Set(['if', 'to', 'over', 'within', 'throughout', 'upon', 'against']);

/**
 * Marks in `asideMask` the commas and words of each aside of the sentence's tokens [from, to)
 * (see `ASIDE_OPENERS`), to be read past. An aside opens at a comma after a word, with an
 * opener, holds no other mark and no pattern word but an occasion's (`ASIDE_OCCASIONS`), and
 * closes at a comma before a word that goes on the clause (`AFTER_ASIDE_STOPS`, not a
 * participle). Not an aside: the first comma of a sentence that opens with a phrase of its own
 * ("In Paris, meanwhile, …"); a phrase that repeats a preposition just before it or just after it
 * (", on X, to …" after "pressure on Y"; "for A, for B, for C"); one followed by a short list item
 * (", in partnership with A, B, C, and D, sanctioned"). Whether it found any (if not, the mask is
 * left as it was).
 */
function maskAsides(from: number, to: number, types: Int32Array): boolean {
  const info = typeInfo;
  let prevWord = false;
  let found = false;
  let commas = 0;
  let first = '';
  for (let i = from; i < to; i++) {
    const f = info[types[i]];
    if ((f & T_SPACE) !== 0) continue;
    if (first === '' && (f & T_PUNCT) === 0) first = byType[types[i]]!.lc;
    if ((f & T_COMMA) === 0 || !prevWord) {
      prevWord = (f & T_PUNCT) === 0;
      continue;
    }
    commas++;
    const close = commas === 1 && (ASIDE_OPENERS.has(first) || introOpener(first)) ? -1 : commaAsideEnd(from, i, to, types);
    if (close < 0) {
      prevWord = false;
      continue;
    }
    if (!found) {
      found = true;
      if (asideMask.length < to) asideMask = new Uint8Array(Math.max(to, asideMask.length * 2));
      asideMask.fill(0, from, to);
    }
    asideMask.fill(1, i, close + 1);
    i = close;
  }
  return found;
}

/** The closing comma of an aside opened by the comma at token `c` of the sentence's tokens [from, to) (`maskAsides`), or -1. */
function commaAsideEnd(from: number, c: number, to: number, types: Int32Array): number {
  const info = typeInfo;
  let words = 0;
  let opener = '';
  for (let i = c + 1; i < to; i++) {
    const f = info[types[i]];
    if ((f & T_SPACE) !== 0) continue;
    if ((f & T_COMMA) !== 0) {
      if (words === 0) return -1;
      const next = nextWordLc(i + 1, to, types);
      if (next === '' || next === opener || AFTER_ASIDE_STOPS.has(next) || (next.length > 5 && next.endsWith('ing'))) return -1;
      if (shortListItem(i + 1, to, types) || wordBefore(from, c, types, opener, 4)) return -1;
      return i;
    }
    if ((f & T_PUNCT) !== 0 || ++words > ASIDE_MAX) return -1;
    const lc = byType[types[i]]!.lc;
    if (words === 1) {
      if (!ASIDE_OPENERS.has(lc)) return -1;
      if (lc === 'as' && !AS_ASIDES.has(nextWordLc(i + 1, to, types))) return -1;
      opener = lc;
    }
    if ((f & (T_FREE | T_NEEDS)) !== 0 && !ASIDE_OCCASIONS.has(lc)) return -1;
  }
  return -1;
}

/** The lower-cased next word from token `i` on ('' none, or a mark first). */
function nextWordLc(i: number, to: number, types: Int32Array): string {
  for (let k = i; k < to; k++) {
    const t = byType[types[k]]!;
    if (!t.space) return t.punct ? '' : t.lc;
  }
  return '';
}

/** Whether the words from token `i` on are at most three, up to a comma (a list's next item: ", the United Kingdom, Australia, and …"). */
function shortListItem(i: number, to: number, types: Int32Array): boolean {
  let words = 0;
  for (let k = i; k < to; k++) {
    const f = typeInfo[types[k]];
    if ((f & T_SPACE) !== 0) continue;
    if ((f & T_COMMA) !== 0) return true;
    if ((f & T_PUNCT) !== 0 || ++words > 3) return false;
  }
  return false;
}

/** Whether `lc` is one of the `n` words before token `c` (not before `from`). */
function wordBefore(from: number, c: number, types: Int32Array, lc: string, n: number): boolean {
  for (let k = c - 1; k >= from && n > 0; k--) {
    const t = byType[types[k]]!;
    if (t.space || t.punct) continue;
    if (t.lc === lc) return true;
    n--;
  }
  return false;
}

/** Heads whose needed word was not found after them (`findLiveHeads`): position, walk tick, type. */
const PENDING_MAX = 64;
const pendingPos = new Int32Array(PENDING_MAX);
const pendingAt = new Float64Array(PENDING_MAX);
const pendingTy = new Int32Array(PENDING_MAX);
let pendingCount = 0;

function addLive(pos: number): void {
  if (liveCount === live.length) {
    const l = new Int32Array(live.length * 2);
    l.set(live);
    live = l;
  }
  live[liveCount++] = pos;
}

/** Whether one of the words `needs` asks for was seen after the word at `at`, within its reach and its stretch (see `findLiveHeads`). */
function needFound(needs: HeadNeeds, at: number, stretch: number): boolean {
  const ids = needs.ids;
  // the words i+1 … i+2+reach (see `matchFrom`)
  const far = at - 2 - needs.reach;
  for (let k = 0; k < ids.length; k++) {
    const seen = SEEN_AT[ids[k]];
    if (seen > stretch && seen >= far) return true;
  }
  return false;
}

function sentenceWords(doc: Doc, from: number, to: number, ents: EntityIndex | undefined, types: Int32Array, skip: Uint8Array | null): Words {
  const tokens = doc.tokens;
  // arrays of the sentence's token count, filled in place and cut to the words kept
  const n = to - from;
  const lc = new Array<string>(n);
  const raws = new Array<string>(n);
  const start = new Array<number>(n);
  const end = new Array<number>(n);
  const puncts = new Array<boolean>(n);
  const bound = new Array<boolean>(n);
  const heads = new Array<Pattern[] | undefined>(n);
  const term = new Array<boolean>(n);
  const fid = new Array<number>(n);
  let k = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind === 'space' || (skip !== null && skip[i] !== 0)) continue;
    const ty = byType[types[i]]!;
    raws[k] = ty.raw;
    lc[k] = ty.lc;
    start[k] = t.start;
    end[k] = t.end;
    puncts[k] = ty.punct;
    bound[k] = ty.bound;
    heads[k] = ty.heads;
    term[k] = ty.term;
    fid[k] = ty.fid;
    k++;
  }
  if (k < n) {
    lc.length = k;
    raws.length = k;
    start.length = k;
    end.length = k;
    puncts.length = k;
    bound.length = k;
    heads.length = k;
    term.length = k;
    fid.length = k;
  }
  return { lc, raw: raws, start, end, punct: puncts, bound, heads, term, fid, terms: [], ment: [], doc, ents, mentDone: false, phrases: new Map() };
}

/** The two entities of different countries mentioned last before `pos` (people, or places and bodies). */
function recentPair(doc: Doc, ents: EntityIndex, pos: number, people: boolean | undefined, leaders = false): Actor[] {
  // "the two leaders", "the presidents": two who lead, when two are named before (not the aide
  // who briefs on their call); else any two people
  if (leaders) {
    const pair = pairBefore(doc, ents, pos, true, true);
    if (pair.length) return pair;
  }
  return pairBefore(doc, ents, pos, people, false);
}

/** The two entities of different countries mentioned last before `pos` (people, places or either; with `leadersOnly`, people with a leader's title; none of the countries `not`). */
function pairBefore(doc: Doc, ents: EntityIndex, pos: number, people: boolean | undefined, leadersOnly: boolean, not: readonly string[] = []): Actor[] {
  const ms = doc.mentions;
  const lo = firstStartingFrom(ms, pos);
  const out = noActors();
  for (let x = lo - 1; x >= Math.max(0, lo - 60) && out.length < 2; x--) {
    const m = ms[x];
    const e = m.entity ? ents.byId.get(m.entity) : undefined;
    if (!e?.country || (people === true && e.type !== 'PER') || (people === false && e.type === 'PER')) continue;
    // (a place is a side as its country or its capital, not as another city where the sides met:
    // "… in Geneva. Both sides …")
    if (e.type === 'LOC' && !e.role && !isCountryName(e.name) && !countryOf(e.name)) continue;
    if (leadersOnly && !e.titles?.some(leadsWith)) continue;
    const country = e.country;
    if (out.some((a) => a.span.country === country) || not.includes(country)) continue;
    const role = e.role ?? (people === true ? 'GOV' : undefined);
    out.push(newActor({ country, role, cameo: country + (role ?? ''), from: 0, to: 0, place: undefined }, e.name, undefined, 0, 0, m.start, m.end));
  }
  return out.length === 2 ? out.reverse() : noActors();
}

/** Verbs whose plain "they" is the two leaders named last ("They discussed …"). */
const JOINT_VERBS = new Set(['discussed', 'discuss', 'agreed', 'agree', 'talked', 'spoke', 'met', 'exchanged', 'reviewed', 'consulted', 'conferred', 'negotiated', 'reaffirmed', 'underscored', 'emphasized', 'stressed', 'noted', 'welcomed']);

/** group heads that mean the leaders themselves */
const GROUP_LEADERS = new Set(['leaders', 'presidents', 'heads', 'premiers']);
const GROUP_PEOPLE = new Set(['leaders', 'presidents', 'ministers', 'premiers', 'heads', 'counterparts', 'men', 'officials', 'delegations', 'interlocutors']);
const GROUP_ANY = new Set(['sides', 'parties']);
/** words that may stand between a group subject and its verb */
const GROUP_TRAIL = new Set(['also', 'then', 'later', 'further', 'again', 'today', 'yesterday', 'both', 'all', 'together', 'once', 'still', 'began', 'begun', 'started', 'continued', 'went', 'on']);
const GROUP_PLACES = new Set(['countries', 'nations', 'states', 'governments', 'neighbours', 'neighbors', 'capitals']);

/** "the two leaders", "both sides", "the leaders", "the two countries": the pair named before, or nothing. */
function groupActors(w: Words, a: number, b: number): Actor[] {
  // "the two leaders also discussed", "the presidents began discussing": adverbs and a verb of
  // beginning between the group and its verb are not part of it
  while (b - a > 2 && isLower(w.raw[b - 1]) && (GROUP_TRAIL.has(w.lc[b - 1]) || (w.lc[b - 1].length > 4 && w.lc[b - 1].endsWith('ly')))) b--;
  // "the two heads of state": the head noun is the one before "of state"
  if (b - a >= 4 && w.lc[b - 2] === 'of' && (w.lc[b - 1] === 'state' || w.lc[b - 1] === 'government')) b -= 2;
  if (!w.ents || !w.start.length || b - a < 2 || b - a > 4) return noActors();
  let k = a;
  if (w.lc[k] === 'the') k++;
  // "the two leaders", "both sides", and plain "the leaders" / "the presidents" (b - a === 2)
  if (w.lc[k] !== 'two' && w.lc[k] !== 'both' && !(k === a + 1 && b - a === 2)) return noActors();
  const head = w.lc[b - 1];
  const people = GROUP_PEOPLE.has(head) ? true : GROUP_PLACES.has(head) ? false : GROUP_ANY.has(head) ? undefined : null;
  if (people === null) return noActors();
  // plain "the leaders" after a group of them was named ("G7 Leaders", "European leaders"): that group
  if (k === a + 1 && GROUP_LEADERS.has(head) && groupNamedBefore(w.doc.text, w.start[a], head)) return noActors();
  // a group pair stands for both sides of a reciprocal act: ensure the pair is fresh per use
  // ("the parties", "both sides" after a call between two leaders are the leaders)
  // (in the readout of a call, "the two presidents", "both sides" are the call's two parties)
  if (people !== false && (GROUP_LEADERS.has(head) || people === undefined)) {
    const call = callPair(w);
    if (call.length) return call;
  }
  let pair = people === undefined ? recentPair(w.doc, w.ents, w.start[a], true, true) : noActors();
  if (!pair.length) pair = recentPair(w.doc, w.ents, w.start[a], people, GROUP_LEADERS.has(head));
  return freshCopies(pair);
}

/** Plural nouns of bodies of people a "they" may stand for. */
const PLURAL_BODIES = new Set(['authorities', 'officials', 'forces', 'troops', 'governments', 'countries', 'allies', 'partners', 'militants', 'rebels', 'separatists', 'leaders', 'diplomats', 'negotiators', 'nations', 'states']);

/** The actor of the last plural body named before word k in the sentence ("the US authorities"), with its country, or none. */
function pluralAntecedent(w: Words, k: number): Actor[] {
  for (let x = k - 1; x > 0; x--) {
    if (!PLURAL_BODIES.has(w.lc[x])) continue;
    let s = x;
    while (s > 0 && !w.punct[s - 1] && (isCap(w.raw[s - 1]) || w.lc[s - 1] === 'the')) s--;
    const acts = codeCompound(w, s, x + 1);
    return acts.length === 1 && acts[0].span.country ? acts : noActors();
  }
  return noActors();
}

/** Copies of actors with spans of their own (a group pair stands for both sides of a reciprocal act: each use gets fresh ones). */
function freshCopies(pair: Actor[]): Actor[] {
  const out = noActors();
  for (const x of pair) out.push(newActor(copySpan(x.span), x.name, x.w, x.nameFrom, x.nameTo, x.start, x.end));
  return out;
}

interface EntityIndex {
  /** id → entity (the last of a repeated id) */
  byId: Map<string, Entity>;
  /** id → entity (the first of a repeated id) */
  first: Map<string, Entity>;
}

function entityIndex(doc: Doc): EntityIndex {
  const byId = new Map<string, Entity>();
  const first = new Map<string, Entity>();
  for (const e of doc.entities) {
    byId.set(e.id, e);
    if (!first.has(e.id)) first.set(e.id, e);
  }
  return { byId, first };
}

/** Entity mentions inside the sentence become actor terms at their first word. */
function addMentionTerms(doc: Doc, w: Words, ents: EntityIndex): void {
  const ms = doc.mentions;
  const a = w.start[0];
  const b = w.end[w.end.length - 1];
  const lo = firstStartingFrom(ms, a);
  let k = 0;
  for (let x = lo; x < ms.length && ms[x].start < b; x++) {
    const m = ms[x];
    if (!m.entity) continue;
    const e = ents.byId.get(m.entity);
    if (!e || (!e.country && !e.role)) continue;
    while (k < w.start.length && w.start[k] < m.start) k++;
    if (k >= w.start.length || w.start[k] !== m.start) continue;
    let len = 1;
    while (k + len < w.start.length && w.end[k + len] <= m.end) len++;
    // ("American counterpart" and the "American" inside it start at one word: the longer one)
    const had = w.ment[k];
    if (had && had.len > len) continue;
    w.ment[k] = entityTerm(e, len);
  }
}

function entityTerm(e: Entity, len: number): Term {
  const country = e.country;
  if (!country) return newTerm(len, 'role', e.role!, e.role);
  if (e.type === 'LOC') return newTerm(len, e.role ? 'seat' : 'country', country, e.role);
  if (country.startsWith('IGO') || country.startsWith('NGO')) return newTerm(len, 'org', country);
  return newTerm(len, 'person', country, e.role);
}

function isBoundary(w: Words, k: number): boolean {
  return w.bound[k] === true;
}

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);

/** Is word k the closing mark of a pair of quotation marks around one or two words just before it? */
function closingScareQuote(w: Words, k: number): boolean {
  return pairedQuote(w, k, -1);
}

/** Is word k a quotation mark of a pair around one or two words ("“large-scale”")? */
function scareQuote(w: Words, k: number): boolean {
  return pairedQuote(w, k, -1) || pairedQuote(w, k, 1);
}

/** Is word k a quotation mark whose pair is two or three words away in direction `dir` (-1 before, 1 after), with no mark between? */
function pairedQuote(w: Words, k: number, dir: number): boolean {
  if (!QUOTE_MARKS.has(w.raw[k])) return false;
  for (let d = 2; d <= 3; d++) {
    const j = k + dir * d;
    if (j >= 0 && j < w.raw.length && QUOTE_MARKS.has(w.raw[j]) && !w.punct[j - dir]) return true;
  }
  return false;
}

/** Does the word start with a capital A–Z (as /^[A-Z]/)? */
function isCap(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Does the word start with a lower-case a–z (as /^[a-z]/)? */
function isLower(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c >= 97 && c <= 122;
}

// ---------------------------------------------------------------- pattern matching

interface Match {
  p: Pattern;
  /** head index, end (exclusive) */
  i: number;
  j: number;
  t?: [number, number];
  s?: [number, number];
  /** index of the pattern among its head's patterns */
  ci: number;
  /** the next pattern that matches at this head (`altOf`; null: none) */
  alt?: Match | null;
  /** the pattern's object word was found in the passive's subject ("sanctions were imposed on …") */
  po: boolean;
}

/**
 * The role slots the last `matchElems` call filled: the target's [a, b) at 0 and 1, the source's
 * at 2 and 3 (-1: none). `matchFrom` makes the match whole from them: a made match written to
 * (its `s` first late in a run) discarded the optimized code of every function reading it.
 */
const ROLE_SPANS = new Int32Array(4);

function setRole(role: 'T' | 'S', a: number, b: number): void {
  const at = role === 'T' ? 0 : 2;
  ROLE_SPANS[at] = a;
  ROLE_SPANS[at + 1] = b;
}

function roleSpan(at: number): [number, number] | undefined {
  return ROLE_SPANS[at] >= 0 ? [ROLE_SPANS[at], ROLE_SPANS[at + 1]] : undefined;
}

/** Matches elements ei… of a pattern headed by word `head` from word k on (role slots into `ROLE_SPANS`): the end, or -1. */
/** Units and scales of an amount after its number ("10 million", "50 euros"). */
const AMOUNT_WORDS = new Set(['million', 'millions', 'billion', 'billions', 'trillion', 'thousand', 'thousands', 'hundred', 'hundreds', 'dollars', 'euros', 'pounds', 'yen', 'yuan', 'rubles', 'roubles', 'francs', 'rupees', 'hryvnias', '$', '€', '£', 'us$', 'usd', 'eur']);

/** Is `x` one of the words [a, b)? */
function wordIn(w: Words, a: number, b: number, x: string): boolean {
  for (let k = a; k < b; k++) if (w.lc[k] === x) return true;
  return false;
}

/** Is the word a number or a word of an amount ("$", "10", "5,000", "million", "euros")? */
function amountWord(x: string): boolean {
  return AMOUNT_WORDS.has(x) || (x.length > 0 && x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57);
}

/**
 * `isPassive(w, i)`, asked of many patterns at one head: worked out once per head (the last
 * answer kept with its words and index), and only after a cheap test that a "be" stands within
 * three words before.
 */
function passiveAt(w: Words, i: number): boolean {
  if (PASSIVE_OF === w && PASSIVE_AT === i) return PASSIVE_IS;
  PASSIVE_OF = w;
  PASSIVE_AT = i;
  PASSIVE_IS = false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (BE.has(w.lc[k])) {
      PASSIVE_IS = isPassive(w, i);
      break;
    }
  }
  return PASSIVE_IS;
}
let PASSIVE_OF: Words | undefined;
let PASSIVE_AT = -1;
let PASSIVE_IS = false;

/**
 * Is the head at i a passive whose subject holds the verbal pattern's object word ("impose *
 * sanctions …" at "Sanctions were imposed on Iran")? The rest of the pattern then matches after
 * the head (see `matchFrom`).
 */
function objectInPassiveSubject(w: Words, i: number, p: Pattern): boolean {
  if (p.noun || p.frame || p.elems.length < 2) return false;
  const e0 = p.elems[0];
  const e1 = p.elems[1];
  return e0.t === 'gap' && e1.t === 'word' && !e1.optional && passiveAt(w, i) && subjectHolds(w, i, e1.ids);
}

/** Does the subject of the passive verb at i (the words before its "be", in its clause) hold one of `ids` ("Sanctions were imposed")? */
function subjectHolds(w: Words, i: number, ids: ReadonlySet<number>): boolean {
  let be = i - 1;
  while (be >= 0 && !BE.has(w.lc[be]) && i - be <= 3) be--;
  if (be < 0 || !BE.has(w.lc[be])) return false;
  const cs = clauseStart(w, be);
  for (let k = be - 1; k >= cs && be - k <= 6; k--) if (w.fid[k] >= 0 && ids.has(w.fid[k])) return true;
  return false;
}

function matchElems(w: Words, elems: Elem[], ei: number, k: number, end: number, head: number): number {
  if (ei === elems.length) return k;
  const e = elems[ei];
  if (e.t === 'word') {
    if (k < end && !w.punct[k] && w.fid[k] >= 0 && e.ids.has(w.fid[k])) {
      const r = matchElems(w, elems, ei + 1, k + 1, end, head);
      if (r >= 0) return r;
    }
    // a pattern's word in scare quotes ("recognized the “independence” of"): the marks are read past
    if (k + 1 < end && ei > 0 && scareQuote(w, k) && !w.punct[k + 1] && w.fid[k + 1] >= 0 && e.ids.has(w.fid[k + 1])) {
      const r = matchElems(w, elems, ei + 1, k + 2 < end && closingScareQuote(w, k + 2) ? k + 3 : k + 2, end, head);
      if (r >= 0) return r;
    }
    // "cooperate fully with", "demanded Friday that": an adverb or a day may sit in between
    if (!e.optional && k + 1 < end && isInsertion(w, k) && w.fid[k + 1] >= 0 && e.ids.has(w.fid[k + 1])) {
      const r = matchElems(w, elems, ei + 1, k + 2, end, head);
      if (r >= 0) return r;
    }
    return e.optional ? matchElems(w, elems, ei + 1, k, end, head) : -1;
  }
  if (e.t === 'gap') {
    let max = e.max;
    for (let g = 0; g <= max; g++) {
      if (k + g > end) break;
      if (g > 0 && (isBoundary(w, k + g - 1) || CLAUSE_WORDS.has(w.lc[k + g - 1]))) break;
      // "a 24-hour strike": the hyphen of a number compound is no word of its own
      if (g > 0 && w.punct[k + g - 1] && w.raw[k + g - 1] === '-') max++;
      // nor is a plural's possessive apostrophe, the next word to pass over ("reaffirm the
      // United States’ support for")
      if (k + g < end && pluralPossessive(w, k + g)) max++;
      // nor are the words of an amount ("provided $10 million in emergency aid", "sent 5,000
      // helmets"): the amount is one word of the gap (not after an infinitive's "to": "pledged
      // to spend $2 million" on advertising pledges no aid)
      if (g > 0 && amountWord(w.lc[k + g - 1]) && amountWord(w.lc[k + g] ?? '') && !wordIn(w, k, k + g, 'to')) max++;
      const r = matchElems(w, elems, ei + 1, k + g, end, head);
      if (r >= 0) return r;
    }
    return -1;
  }
  // slot
  if (ei === elems.length - 1) {
    // ("defend itself against Iran": the object is the subject, and what follows is no target)
    if (k >= end || isBoundary(w, k) || REFLEXIVES.has(w.lc[k])) return -1;
    // "attacks against", "an attack on", "attacks from", "support for", "fighting for",
    // "sanctions that …": a preposition or a
    // relative clause right after a word whose
    // pattern wants a direct object shows the word is a noun ("Taliban attacks against U.S.
    // troops"); its actors are not the clause's (a participle keeps it: "accused of")
    if (ei === 0 && (OBJECT_PREPS.has(w.lc[k]) || REL_WORDS.has(w.lc[k]) || w.lc[k] === 'that') && !w.lc[head].endsWith('ed')) return -1;
    // ("the fees she received from Wall Street firms": the firms gave; no one was received)
    if (ei === 0 && w.lc[k] === 'from' && RECEIVE_FORMS.has(w.lc[head])) return -1;
    // ("Macron and Scholz met yesterday", "… met Monday in Geneva": a day is no one met; "were
    // released yesterday by Putin" keeps its agent)
    if (ei === 0 && (DEICTIC_DAYS.has(w.lc[k]) || DAY_WORDS.test(w.lc[k])) && (k + 1 >= end || isBoundary(w, k) || w.punct[k + 1] || (INTR_NEXT.has(w.lc[k + 1]) && w.lc[k + 1] !== 'by'))) return -1;
    const ce = listEnd(w, clauseEnd(w, k, end), end);
    setRole(e.role, k, ce);
    return k;
  }
  if (k < end && isInsertion(w, k)) k++;
  // a subject pronoun is no object slot; in a clause slot it is the speaker itself ("said that it
  // had attacked …"), which the inner verb codes on its own
  if (k >= end || NP_BREAK.has(w.lc[k]) || SUBJECT_PRONOUNS.has(w.lc[k]) || REFLEXIVES.has(w.lc[k])) return -1;
  let named = false;
  // (the object of "tell T to", "urge T to": no finite verb of its own)
  const nextElem = elems[ei + 1];
  const infinitiveNext = nextElem !== undefined && nextElem.t === 'word' && nextElem.words.includes('to');
  // "allow refugees who have lived in Iraq for a decade to return": a relative clause inside the
  // slot lengthens it, and is no part of the actor
  let max = 7;
  let rel = -1;
  for (let g = 1; g <= max; g++) {
    if (k + g > end) break;
    if (isBoundary(w, k + g - 1)) break;
    // "told him that we're going to", "told him we would": a clause of its own starts, and the
    // slot's words do not run into it
    // (also a finite verb outside a relative clause: "told CBS News the officers were not
    // required to …"; "urged people who might be targeted to …" keeps its relative clause)
    if (g > 1 && (opensClause(w, k + g - 1) || (infinitiveNext && rel < 0 && CLAIM_VERBS.has(w.lc[k + g - 1])))) break;
    // ("welcomed the progress and agreed to …": the slot ends before a second verb of the subject)
    if (g > 1 && w.lc[k + g - 1] === 'and' && coordinatedVerb(w, k + g, end)) break;
    // ("welcomed the minister's decision to …": the "to" is the noun's own complement, and the
    // slot names a decision, not one welcomed to somewhere)
    if (infinitiveNext && COMPLEMENT_NOUNS.has(w.lc[k + g - 1])) break;
    if (rel < 0 && g > 1 && (w.lc[k + g - 1] === 'who' || w.lc[k + g - 1] === 'which')) {
      rel = k + g - 1;
      max = g + 10;
    }
    if (!named && isCap(w.raw[k + g - 1]) && termAt(w, k + g - 1)) named = true;
    // the slot does not end inside a name ("the Ivory | Coast"), nor before the name it is for
    // ("gave the | Ivory Coast")
    if (splitsTerm(w, k, k + g) || (!named && k + g < end && isCap(w.raw[k + g]) && termAt(w, k + g))) continue;
    // "allow up to 13,000 refugees to …": the "to" of a quantity ("up to") is no pattern word
    if (w.lc[k + g - 1] === 'up' && w.lc[k + g] === 'to') continue;
    const r = matchElems(w, elems, ei + 1, k + g, end, head);
    if (r >= 0) {
      setRole(e.role, k, rel >= 0 ? rel : k + g);
      return r;
    }
  }
  return -1;
}

/**
 * Past an enumeration of names the clause at its end `ce` goes on with (", Canada, the European
 * Union, and Japan"): only names, each whole between the commas, the last after "and"; else `ce`.
 */
function listEnd(w: Words, ce: number, end: number): number {
  let k = ce;
  while (k + 1 < end && w.raw[k] === ',') {
    const last = w.lc[k + 1] === 'and';
    const x = listPartAt(w, k + 1, end);
    if (x < 0) return ce;
    const t = termAt(w, x, end)!;
    // (a title and a name go with a demonym: "German Chancellor Olaf Scholz")
    const after = nameRunEnd(w, x + t.len, end);
    if (last) return listClosed(w, after, end) ? after : ce;
    if (after < end && w.lc[after] === 'and') {
      const y = after + 1 < end && w.lc[after + 1] === 'the' ? after + 2 : after + 1;
      const u = y < end ? termAt(w, y, end) : undefined;
      const z = u ? nameRunEnd(w, y + u.len, end) : y;
      return u && listClosed(w, z, end) ? z : ce;
    }
    if (after >= end || w.raw[after] !== ',') return ce;
    k = after;
  }
  return ce;
}

/** Past the title and name words that go on from k ("Chancellor Olaf Scholz", "of the European Council Charles Michel"): capitalised words, and "of"/"the" before one. */
function nameRunEnd(w: Words, k: number, end: number): number {
  while (k < end && !w.punct[k] && (isCap(w.raw[k]) || ((w.lc[k] === 'of' || w.lc[k] === 'the') && k + 1 < end && isCap(w.raw[k + 1])))) k++;
  return k;
}

/** Whether an enumeration's last name ends at k: the sentence, a mark, or a clause or phrase after it ("… and the United Kingdom that they will …"). */
function listClosed(w: Words, k: number, end: number): boolean {
  return k >= end || w.punct[k] || CLAUSE_WORDS.has(w.lc[k]) || NP_BREAK.has(w.lc[k]);
}

/** Where the name of a list's next part starts after its comma at k - 1 ("Canada", "and Japan", "the European Union", "and the United Kingdom"), or -1. */
function listPartAt(w: Words, k: number, end: number): number {
  let x = k;
  if (w.lc[x] === 'and') x++;
  if (x < end && w.lc[x] === 'the') x++;
  return x < end && termAt(w, x, end) ? x : -1;
}

/** Whether word x (inside an object slot) starts a clause: a subject pronoun, or "that" before a subject. */
function opensClause(w: Words, x: number): boolean {
  const lc = w.lc[x];
  if (subjectPronoun(lc) || QUESTION_WORDS.has(lc)) return true;
  if (lc !== 'that' || x + 1 >= w.lc.length) return false;
  const next = w.lc[x + 1];
  return subjectPronoun(next) || DETERMINERS.has(next) || isCap(w.raw[x + 1]);
}

/** words that open an indirect question ("asked Mook if …", "asked him whether …") */
const QUESTION_WORDS = new Set(['if', 'whether', 'why', 'how', 'what', 'when', 'where']);

/** A subject pronoun, also with a verb's contraction ("we're", "he'll", "they’ve"). */
function subjectPronoun(lc: string): boolean {
  if (SUBJECT_PRONOUNS.has(lc)) return true;
  const q = lc.search(/['’]/);
  return q > 0 && SUBJECT_PRONOUNS.has(lc.slice(0, q)) && /^['’](?:re|ll|ve|d|m|s)$/.test(lc.slice(q));
}

const OBJECT_PREPS = new Set(['on', 'against', 'from', 'for']);
const RECEIVE_FORMS = new Set(['receive', 'receives', 'received', 'receiving']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself', 'ourselves', 'myself', 'yourself', 'yourselves', 'oneself']);
/** verbs whose object does the act that follows ("saw Iran launch", "let them meet", "made Russia pay") */
const SEE_OR_CAUSE = new Set(['saw', 'see', 'sees', 'seen', 'seeing', 'watched', 'watch', 'watching', 'heard', 'hear', 'let', 'lets', 'made', 'make', 'makes', 'help', 'helped', 'helps']);

/** Whether one of the words [from, to) is in `set`. */
function someWordIn(w: Words, from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (set.has(w.lc[k])) return true;
  return false;
}

/** words that may follow a subject pronoun inside the subject ("they both", "we all", "you yourself") */
const PRONOUN_TAILS = new Set(['both', 'all', 'each', 'themselves', 'ourselves', 'yourself', 'yourselves', 'himself', 'herself', 'itself', 'myself', 'alone', 'too']);
const INSERTIONS = new Set(['today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'again', 'also', 'formally', 'officially', 'publicly', 'jointly', 'strongly', 'sharply', 'fully', 'immediately', 'quickly', 'swiftly', 'firmly', 'flatly', 'openly', 'repeatedly', 'reportedly', 'allegedly', 'bluntly', 'unilaterally', 'temporarily', 'partially', 'partly', 'effectively', 'once', 'later', 'recently', 'finally', 'briefly', 'secretly', 'separately', 'directly', 'further']);

/** A word that news slips between a verb and its particle or object: an adverb, a day. */
function isInsertion(w: Words, k: number): boolean {
  return INSERTIONS.has(w.lc[k]);
}

/** Does a dictionary name start inside [a, b) and run past b ("the Ivory | Coast")? */
function splitsTerm(w: Words, a: number, b: number): boolean {
  // names are capitalised: only a capitalised word (or "of", "'s" inside one) can continue one
  if (b >= w.lc.length || (!isCap(w.raw[b]) && w.lc[b] !== 'of' && w.lc[b] !== "'s")) return false;
  for (let x = Math.max(a, b - 7); x < b; x++) {
    const t = termAt(w, x);
    if (t && x + t.len > b) return true;
  }
  return false;
}

function clauseEnd(w: Words, k: number, end: number): number {
  for (let x = k; x < end; x++) {
    if (isBoundary(w, x)) return x;
    if (x > k && CLAUSE_WORDS.has(w.lc[x])) return x;
    if (x > k && w.lc[x] === 'so' && purposeSo(w, x, end)) return x;
    // "welcomed the progress and agreed to …": a second verb of the subject starts its own clause
    if (x > k && w.lc[x] === 'and' && coordinatedVerb(w, x + 1, end)) return x;
  }
  return end;
}

/**
 * Whether the verb at i is in a clause of purpose with "can" or "could" ("… so we can start
 * shipping arms", "so that Peru could rebuild …"): "so" (and "that") not opening the sentence,
 * a subject of one or two words, the modal, and at most two words before the verb. Not in a
 * negation ("so they can never …" holds the act off).
 */
function purposeCan(w: Words, i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 3); k--) {
    if (w.lc[k] !== 'can' && w.lc[k] !== 'could') continue;
    // ("So" opening the sentence is a connective: "So I think we could …")
    for (let s = k - 2; s >= Math.max(1, k - 3); s--) {
      if (isBoundary(w, s + 1)) return false;
      const so = w.lc[s] === 'so' ? s : w.lc[s] === 'that' && w.lc[s - 1] === 'so' ? s - 1 : -1;
      if (so > 0) return !someWordIn(w, k, i, NEVER_WORDS);
    }
    return false;
  }
  return false;
}
const NEVER_WORDS = new Set(['never', 'not', 'no', 'longer']);

/** Modals of a purpose clause ("so Iran can never …", "so that they will …"). */
const PURPOSE_MODALS = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'cannot', "can't", "won't"]);

/** Whether the "so" at word x opens a clause of purpose: "so that …", or a subject and a modal within four words ("so Bolivia can never rebuild …"). */
function purposeSo(w: Words, x: number, end: number): boolean {
  if (w.lc[x + 1] === 'that') return true;
  for (let k = x + 2; k < Math.min(end, x + 6); k++) {
    if (PURPOSE_MODALS.has(w.lc[k])) return true;
    if (isBoundary(w, k)) return false;
  }
  return false;
}

/** Whether a verb in the past that heads an event pattern starts at word k (after "also", "then" …): "and agreed to", "and also signed". */
function coordinatedVerb(w: Words, k: number, end: number): boolean {
  if (k < end && AUX_ADVERBS.has(w.lc[k])) k++;
  if (k >= end || !isLower(w.raw[k])) return false;
  const x = w.lc[k];
  return (x.endsWith('ed') || IRREGULAR_FORMS.has(x)) && BY_HEAD.has(x);
}

/** The first match at each of the words `heads` (the sentence's live heads, `findLiveHeads`), in order. */
function findMatches(w: Words, heads: Int32Array): Match[] {
  const out: Match[] = [];
  for (let k = 0; k < heads.length; k++) {
    const m = matchFrom(w, heads[k], 0, false);
    if (m) out.push(m);
  }
  return out;
}

/**
 * The first of the patterns headed by word i, from the `from`th on, that matches there (they are
 * sorted most specific first). `fallback`: only hostile acts (see `altOf`).
 */
function matchFrom(w: Words, i: number, from: number, fallback: boolean, governed = false): Match | undefined {
  const cands = w.heads[i]!;
  const n = w.lc.length;
  // "pushing the talks into a dead end": talks blocked, none held
  if (TALK_NOUNS.has(w.lc[i]) && stallAhead(w, i + 1)) return undefined;
  // "sought not to provoke …": an attempt not made, no appeal
  if ((w.lc[i] === 'seek' || w.lc[i] === 'seeks' || w.lc[i] === 'sought' || w.lc[i] === 'seeking') && w.lc[i + 1] === 'not') return undefined;
  // "to meet Ukraine's urgent needs", "failed to meet its obligations": no meeting
  if (MEET_FORMS.has(w.lc[i]) && meetsAThing(w, i + 1)) return undefined;
  // "did not respond to a request for comment", "his interview requests", "records requests":
  // a reporter's or a clerk's, no request between actors
  if ((w.lc[i] === 'request' || w.lc[i] === 'requests') && ((w.lc[i + 1] === 'for' && (w.lc[i + 2] === 'comment' || w.lc[i + 2] === 'comments')) || (i > 0 && CLERICAL_REQUESTS.has(w.lc[i - 1])))) return undefined;
  // "67 percent support among Sanders supporters": a poll's share, no one's support
  if (w.lc[i] === 'support' && i > 0 && (w.lc[i - 1] === 'percent' || w.lc[i - 1].endsWith('%'))) return undefined;
  // "softer demand", "global oil demand": the market's demand, no one's
  if ((w.lc[i] === 'demand' || w.lc[i] === 'demands') && i > 0 && MARKET_DEMAND.has(w.lc[i - 1])) return undefined;
  // "signed an executive order", "will sign this bill into law": a domestic act, no agreement
  if (SIGN_FORMS.has(w.lc[i]) && (signsADomesticAct(w, i + 1) || (i > 0 && DOMESTIC_ACTS.has(w.lc[i - 1])))) return undefined;
  // "summoned the U.S. charge d'affaires": a diplomat, no one charged
  if (w.lc[i] === 'charge' && (w.lc[i + 1] === "d'affaires" || w.lc[i + 1] === 'd’affaires')) return undefined;
  // "so politically charged that", "the largest noncash charge that can be …": a state or a
  // fee, no one charging that something is so (the verb: "Critics charge that …", "Moscow charged that …")
  if (CHARGE_FORMS.has(w.lc[i]) && w.lc[i + 1] === 'that' && !chargesThat(w, i)) return undefined;
  // "since taking over as speaker": an office taken, no territory
  if (TAKE_FORMS.has(w.lc[i]) && w.lc[i + 1] === 'over' && w.lc[i + 2] === 'as') return undefined;
  // "take on the issue", "took on the role": a task taken up, no one confronted
  if (TAKE_FORMS.has(w.lc[i]) && w.lc[i + 1] === 'on' && prizeAhead(w, i + 2, TASKS)) return undefined;
  // verbal patterns are blocked when the word is used as a noun ("the firm support for") or is
  // embedded (computed on the first verbal candidate: 0 unknown, 1 blocked, 2 free)
  let verbal = 0;
  let transitive = false;
  for (let c = from; c < cands.length; c++) {
    const p = cands[c];
    // the cheap test first: the pattern's first required word must be near
    // (two words of slack for the hyphens of number compounds a gap passes over)
    // (or in a passive's subject before it: see `subjectHolds`)
    if (p.need && !wordWithin(w, p.need.ids, i + 1, Math.min(n, i + 3 + p.need.reach)) && !objectInPassiveSubject(w, i, p)) continue;
    if (!p.noun) {
      if (verbal === 0) {
        // (also after a word in scare quotes: "imposing “large-scale” sanctions")
        // (and an "-ing" after a determiner and a word shaped like an adjective: "a special meeting of")
        // (what follows the word is read every time: a test first run late in a run would cost the optimized code a deopt)
        const breakAfter = i + 1 >= n || w.lc[i + 1] === 'of' || w.lc[i + 1] === 'between' || NP_BREAK.has(w.lc[i + 1]) || w.punct[i + 1];
        // ("Fighting between troops and rebels", "Heavy fighting broke out": an "-ing" before
        // "between", or after an adjective that opens the sentence, is a noun)
        // (not after a form of "be" or an auxiliary: "has been mediating between …" is the verb)
        const ingNoun = w.lc[i].endsWith('ing') && ((w.lc[i + 1] === 'between' && !(i > 0 && (BE.has(w.lc[i - 1]) || AUX_MODALS.has(w.lc[i - 1])))) || (i > 0 && ADJECTIVES.has(w.lc[i - 1]) && (i === 1 || isBoundary(w, i - 2))));
        // ("an OSCE meeting", "the NATO-Russia Council meeting": an "-ing" after a name that follows a determiner is a noun)
        const nounUse = ingNoun || namedModifierBefore(w, i) || (i > 0 && ((DETERMINERS.has(w.lc[i - 1]) && !adverbBeforeVerb(w, i)) || pluralPossessive(w, i - 1) || nounSlot(w, i - 1) || (i > 1 && (ADJECTIVES.has(w.lc[i - 1]) || (ADJ_SHAPE.test(w.lc[i - 1]) && isLower(w.raw[i - 1]) && w.lc[i].endsWith('ing') && breakAfter)) && (DETERMINERS.has(w.lc[i - 2]) || nounSlot(w, i - 2))) || (closingScareQuote(w, i - 1) && !w.lc[i].endsWith('ed') && !w.lc[i - 2].endsWith('s')) || adjectivesAfterDeterminer(w, i)));
        // "the decision to introduce sanctions", "the possibility of imposing": not an event
        // (`governed`: the infinitive of a request a frame governs, "rejected a call to release")
        // ("guarantees ruling out NATO's expansion", "a law banning fracking": an "-ing" right after
        // the noun of a binding text says what the text does, no one's act; a letter, an order or
        // a resolution "congratulating", "imposing", "calling on" is its author's act)
        const thingDoes = i > 0 && w.lc[i].endsWith('ing') && PROVISION_NOUNS.has(w.lc[i - 1]);
        verbal = nounUse || thingDoes || subjectedTo(w, i) || (!governed && embedded(w, i)) || notAVerb(w, i) || gerundSubject(w, i) ? 1 : 2;
      }
      if (verbal === 1) continue;
    }
    if (p.intr && p.elems.length === 0 && i + 1 < n) {
      if (INTR_BLOCK.has(w.lc[i + 1])) continue;
      // a verb with an object ("rallied farmers"): neither this sense nor the noun's (`transitive`)
      if (verbForm(w, i) && (objectFollows(w, i + 1) || (w.lc[i].startsWith('demonstrat') && showsSomething(w, i + 1)))) {
        transitive = true;
        continue;
      }
    }
    if (transitive && p.noun) continue;
    // (whether the pattern's act is hostile looked up once for the two tests below, and for every
    // pattern: a lookup made only after a rare noun, first met late in a run, cost the optimized code a deopt)
    const hostile = (CODES.get(p.code)?.quad ?? 0) === 4;
    // "its attack helicopters", "an assault rifle": a hostile noun that names a kind of arms, no
    // act ("an aid package", "aid planes" are aid given)
    if (p.noun && i + 1 < n && MODIFIED_ARMS.has(w.lc[i + 1]) && hostile) continue;
    // "the bombing victims", "the attack survivors": a hostile noun that names whom it befell, no act here
    // (the next word read only inside the list: a first read past its end, late in a run, threw away the optimized code)
    const after = i + 1 < n ? w.lc[i + 1] : '';
    if ((p.noun ? AFTERMATH_NOUNS.has(after) : w.lc[i].endsWith('ing') && VICTIM_NOUNS.has(after)) && hostile) continue;
    // "aid workers", "aid agencies": the people or bodies of aid, no aid given here
    if ((p.noun || w.lc[i] === 'aid') && i + 1 < n && AID_PEOPLE.has(w.lc[i + 1]) && p.code.startsWith('07')) continue;
    // "at Trump rallies", "a campaign rally", "an Indiana rally": a candidate's meeting, no protest
    // (also "Clinton's rally at a union hall": a person's rally is theirs to hold)
    if (p.code === '141' && (w.lc[i] === 'rally' || w.lc[i] === 'rallies') && i > 1 && (CAMPAIGN_WORDS.has(w.lc[i - 1]) || nameEndsAt(w, i) || ((w.lc[i - 1] === "'s" || w.lc[i - 1] === '’s') && nameEndsAt(w, i - 1, false)))) continue;
    if (fallback && (CODES.get(p.code)?.quad ?? 0) < 3) continue;
    // "we expect Russia to withdraw" asks it of Russia; "analysts expect Russia to win" foresees
    // (only a speaker's own "we" or "I" expects as an appeal)
    if ((p.frame === 'appeal' || p.code === '020') && EXPECT_FORMS.has(w.lc[i]) && !firstPersonBefore(w, i)) continue;
    ROLE_SPANS.fill(-1);
    let r = matchElems(w, p.elems, 0, i + 1, n, i);
    // a passive names the pattern's object first: "Sanctions were imposed on Iran by Britain",
    // "The proposal was rejected by Israel", "The Russian ambassador was summoned by Poland"
    let po = false;
    if (r < 0 && objectInPassiveSubject(w, i, p)) {
      ROLE_SPANS.fill(-1);
      r = matchElems(w, p.elems, 2, i + 1, n, i);
      po = r >= 0;
      // (the doer's "by" phrase is no part of the target: "imposed on Iran by Britain")
      if (po && ROLE_SPANS[0] >= 0) for (let k = ROLE_SPANS[0]; k < ROLE_SPANS[1]; k++) if (w.lc[k] === 'by') ROLE_SPANS[1] = k;
    }
    if (r < 0) continue;
    // "released a web ad", "received $77 million in investments": what is released or received
    // is no person, and no release or visit took place
    // (nor is the word then the noun "release"; nor "a report released by the group", the thing
    // before the participle)
    if (PERSON_OBJECT_CODES.has(p.code) && ((ROLE_SPANS[0] >= 0 && thingObject(w, ROLE_SPANS[0], ROLE_SPANS[1])) || (i > 0 && w.lc[i].endsWith('ed') && THING_NOUNS.has(w.lc[i - 1])))) {
      transitive = true;
      continue;
    }
    // "I called President X yesterday", "called him to congratulate": a call made to someone, when
    // the clause goes on with no name or label after the one called ("called X a liar", "so-called X")
    // (the patterns "call T" and "brief T" only, the one slot right after the head: not the
    // noun in "the call between …")
    const slotOnly = p.elems.length === 1 && p.elems[0].t === 'slot';
    if (p.code === '041' && slotOnly && CALL_FORMS.has(w.lc[i]) && !callMade(w, i, r)) continue;
    // "briefed President X", "briefed the Europeans": the one briefed right after the verb (not
    // "a daily briefing with reporters")
    if (p.code === '040' && slotOnly && w.lc[i].startsWith('brief') && !actorRightAt(w, r)) continue;
    // ("will defend our own interests and impose costs on Peru for its acts": one's own defended,
    // no one else; "consulting and coordinating on … in response to Russia's build-up": the one
    // consulted is not someone named further on)
    if (p.code === '052' && POSSESSIVE.has(w.lc[r]) && w.lc[r] !== 'her') continue;
    if (p.code === '040' && (w.lc[i].startsWith('consult') || w.lc[i].startsWith('coordinat')) && (w.lc[r] === 'and' || (w.lc[r] === 'in' && w.lc[r + 1] === 'response'))) continue;
    // "told this to us": a "to" before no verb is no demand's infinitive; "insisted that Cruz
    // would be able to …": a claim with a modal or a tense, no demand
    if (p.frame && (p.frame === 'demand' || p.frame === 'appeal') && w.lc[r - 1] === 'to' && r < n && hasSlot(p) && (OBJECT_PRONOUNS.has(w.lc[r]) || DETERMINERS.has(w.lc[r])) && !(ROLE_SPANS[0] >= 0 && namesActor(w, ROLE_SPANS[0], ROLE_SPANS[1]))) continue;
    if (p.frame === 'demand' && w.lc[r - 1] === 'that' && assertsRatherThanDemands(w, r)) continue;
    // "a commitment to destroying ISIL", "support for attacking the rebels": the support is for a
    // hostile act, not for the one it falls on
    if (ROLE_SPANS[0] >= 0 && p.code.startsWith('05') && hostileActAt(w, ROLE_SPANS[0])) continue;
    return { p, i, j: r, t: roleSpan(0), s: roleSpan(2), ci: c, alt: undefined, po };
  }
  return undefined;
}

/**
 * A pattern that needs a target may find none there ("fired four shells at positions near X"
 * with X unknown): the next pattern that matches at its head takes over (looked for only then).
 * Only a hostile act falls back, which happens whoever it hits; "meet" or "discuss" without
 * their "with" are often another sense ("meeting the challenge", "was met with").
 */
function altOf(w: Words, m: Match): Match | undefined {
  if (!m.p.needsT) return undefined;
  if (m.alt === undefined) m.alt = matchFrom(w, m.i, m.ci + 1, true) ?? null;
  return m.alt ?? undefined;
}

/** Is one of the words [a, b) one of `forms`? */
function wordWithin(w: Words, ids: ReadonlySet<number>, a: number, b: number): boolean {
  const fid = w.fid;
  for (let k = a; k < b; k++) {
    // gaps and slots stop at a boundary mark: the word cannot lie beyond one (but for scare
    // quotes around it: see matchElems)
    if (w.bound[k] && !scareQuote(w, k)) return false;
    const f = fid[k];
    if (f >= 0 && ids.has(f)) return true;
  }
  return false;
}

const EXPECT_FORMS = new Set(['expect', 'expects', 'expected', 'expecting']);

/** Whether "we" or "I" stands right before word i, an adverb may be between ("we fully expect"). */
function firstPersonBefore(w: Words, i: number): boolean {
  let k = i - 1;
  if (k > 0 && adverbWord(w.lc[k])) k--;
  return k >= 0 && (w.lc[k] === 'we' || w.lc[k] === 'i');
}
const CHARGE_FORMS = new Set(['charge', 'charges', 'charged', 'charging']);

/** Whether "charge(s/d)" at i, before "that", is the verb of accusing: not after "so" or "too" and an adverb, nor a singular noun after a determiner or a modifier. */
function chargesThat(w: Words, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (w.lc[k] === 'so' || w.lc[k] === 'too') return false;
  if (w.lc[i] !== 'charge' || i === 0) return true;
  const prev = w.lc[i - 1];
  // ("Critics charge that", "they charge that"; not "the largest noncash charge that")
  return PRONOUNS.has(prev) || (prev.endsWith('s') && !prev.endsWith('ss')) || isCap(w.raw[i - 1]);
}

/** "-ing" words that are mostly nouns after a name ("an OSCE meeting", "the Orlando shooting") */
const ING_NOUNS = new Set(['meeting', 'meetings', 'bombing', 'bombings', 'shooting', 'shootings', 'killing', 'killings', 'shelling', 'fighting', 'uprising', 'gathering', 'hearing', 'hearings', 'briefing', 'briefings']);

/** Whether the "-ing" noun at i follows one to three capitalised words after a determiner ("an OSCE meeting", "the Orlando shooting"; not "the Syrians arriving in …"). */
function namedModifierBefore(w: Words, i: number): boolean {
  if (!ING_NOUNS.has(w.lc[i])) return false;
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && !w.punct[k] && isCap(w.raw[k])) k--;
  return k < i - 1 && k >= 0 && (w.lc[k] === 'a' || w.lc[k] === 'an' || w.lc[k] === 'the');
}

/** nouns that "armed" describes rather than governs ("armed forces", "armed clashes") */
const ARMED_NOUNS = new Set(['forces', 'force', 'groups', 'group', 'clashes', 'clash', 'conflict', 'conflicts', 'struggle', 'resistance', 'wing', 'men', 'gangs', 'units', 'formations', 'personnel', 'guards', 'robbery', 'militias', 'insurgency', 'uprising', 'confrontation', 'violence']);
/** words that are adjectives before "to" ("close to the border", "open to talks") */
const ADJ_BEFORE_TO = new Set(['close', 'open', 'near', 'closer']);
/** words before "fund" that make it a noun ("hedge fund", "relief fund") */
const FUND_KINDS = new Set(['hedge', 'slush', 'trust', 'pension', 'relief', 'campaign', 'mutual', 'index', 'investment', 'wealth', 'monetary', 'bailout', 'endowment', 'equity', 'emergency', 'reserve', 'development', 'stabilization', 'retirement', 'college', 'legal', 'defense', 'scholarship', 'charitable', 'memorial', 'recovery', 'reconstruction', 'climate', 'infrastructure', 'sovereign', 'global', 'special', 'general', 'federal', 'state', 'public', 'private']);
/** nouns after "phone" that make it a noun ("phone maker", "phone records") */
const PHONE_NOUNS = new Set(['maker', 'makers', 'company', 'companies', 'call', 'calls', 'line', 'lines', 'number', 'numbers', 'record', 'records', 'hacking', 'service', 'services', 'market', 'sales', 'carrier', 'carriers', 'app', 'apps', 'bill', 'bills', 'book', 'network', 'networks', 'banks', 'bank', 'booth', 'survey', 'poll', 'interview', 'interviews', 'conversation', 'conversations', 'conference', 'talks', 'manufacturer', 'manufacturers', 'business', 'industry', 'camera', 'cameras', 'screen', 'data', 'owners', 'users']);
const DECLINE_FORMS = new Set(['decline', 'declines', 'declined', 'declining']);
const SEEK_FORMS = new Set(['seek', 'seeks', 'sought', 'seeking']);
const CONCEDE_FORMS = new Set(['concede', 'concedes', 'conceded', 'conceding']);
/** the endings of nationality adjectives ("Cuban", "Chinese", "Turkish", "Iraqi", "French") */
const DEMONYM_END = /(?:an|ese|ish|i|ch|ic)$/;

/** Whether a clause with its own finite verb follows word k within six words ("conceded the situation is …"). */
function clauseFollows(w: Words, k: number): boolean {
  for (let j = k; j < Math.min(w.lc.length, k + 6); j++) {
    // ("conceded the airport to troops who had surrounded it": no clause of its own)
    if (w.punct[j] || NP_BREAK.has(w.lc[j]) || CLAUSE_WORDS.has(w.lc[j])) return false;
    if (CLAIM_VERBS.has(w.lc[j])) return j > k;
  }
  return false;
}
/** Whether "from" and an actor follow word k within its phrase ("information from Russia"). */
function actorAfterFrom(w: Words, k: number): boolean {
  for (let j = k; j < Math.min(w.lc.length - 1, k + 6); j++) {
    if (w.lc[j] === 'from') {
      for (let x = j + 1; x < Math.min(w.lc.length, j + 4); x++) if (termAt(w, x)) return true;
      return false;
    }
    if (w.punct[j]) return false;
  }
  return false;
}

/** kinds of request that pass between reporters, clerks and courts ("interview requests", "FOIA requests") */
const CLERICAL_REQUESTS = new Set(['interview', 'records', 'record', 'foia', 'deposition', 'discovery', 'document', 'documents', 'media', 'press', 'comment', 'subpoena', 'reimbursement', 'leave', 'budget']);

/**
 * Whether one of `set` is the head of the object from word k: within three words, past
 * determiners, possessives and adjectives ("her party's nomination"), and ending the phrase
 * ("the program's chief scientist", "the Senate building", "the seat of the provincial
 * government" are other heads).
 */
function prizeAhead(w: Words, k: number, set: ReadonlySet<string>): boolean {
  const n = w.lc.length;
  for (let j = k; j < Math.min(n, k + 4); j++) {
    if (set.has(w.lc[j])) return j + 1 >= n || w.punct[j + 1] || ((NP_BREAK.has(w.lc[j + 1]) || CLAUSE_WORDS.has(w.lc[j + 1]) || PHRASE_END.has(w.lc[j + 1]) || DAY_WORDS.test(w.lc[j + 1])) && w.lc[j + 1] !== 'of');
    if (w.punct[j] || NP_BREAK.has(w.lc[j]) || CLAUSE_WORDS.has(w.lc[j])) return false;
  }
  return false;
}
/** words after a head that end its phrase: a conjunction, a time ("the Senate next year") */
const PHRASE_END = new Set(['and', 'or', 'but', 'next', 'last', 'this', 'again', 'too', 'now', 'today', 'tomorrow', 'yesterday', 'outright', 'back']);
const KILL_FORMS = new Set(['kill', 'kills', 'killed', 'killing']);
/** measures one "kills" in politics */
const MEASURES = new Set(['deal', 'bill', 'bills', 'measure', 'measures', 'legislation', 'plan', 'proposal', 'agreement', 'amendment', 'resolution', 'project', 'idea', 'program', 'programme', 'story', 'treaty', 'pact', 'merger', 'nomination', 'rule', 'rules', 'regulation', 'regulations', 'reform', 'initiative', 'momentum', 'chances']);
const PRESS_NOUNS = new Set(['briefing', 'briefings', 'conference', 'conferences', 'release', 'releases', 'secretary', 'office', 'corps', 'statement', 'freedom', 'coverage', 'reports', 'room', 'pool', 'call', 'aide', 'officer', 'tv', 'agency', 'gaggle', 'availability']);
const HELP_FORMS = new Set(['help', 'helps', 'helped', 'helping']);
/**
 * verbs of explaining, causing and brokering after "help" ("helps explain", "helped fuel", "help
 * achieve an exchange of prisoners", "help restore a country's access to markets"): no aid given
 */
const BARE_VERBS = new Set(['explain', 'understand', 'clarify', 'illustrate', 'demonstrate', 'show', 'prove', 'define', 'determine', 'identify', 'decide', 'account', 'fuel', 'spread', 'drive', 'elect', 'maintain', 'decrease', 'reduce', 'ensure', 'ease', 'lower', 'stabilize', 'stabilise', 'de-escalate', 'deter', 'prevent', 'shape', 'pave', 'advance', 'foster', 'boost', 'sustain', 'preserve', 'achieve', 'restore', 'broker', 'facilitate', 'negotiate', 'mediate', 'resolve', 'settle', 'end']);
/** what a reporter or an official seeks that is no one's act: information, details, clarity */
const ASKED_FOR_FACTS = new Set(['information', 'details', 'clarity', 'clarification', 'comment', 'comments', 'data', 'answers']);
const LEND_FORMS = new Set(['lend', 'lends', 'lent', 'lending']);
/** what one lends that is no money: credence, weight, support, a voice */
const CREDENCE_NOUNS = new Set(['credence', 'weight', 'support', 'credibility', 'legitimacy', 'voice', 'ear', 'hand', 'urgency', 'momentum', 'force', 'color', 'colour', 'strength', 'substance']);
const CAPTURE_FORMS = new Set(['capture', 'captures', 'captured', 'capturing']);
/** prizes of politics and markets one "captures" ("capture the Senate", "captured the nomination") */
const POLITICAL_PRIZES = new Set(['senate', 'presidency', 'nomination', 'votes', 'vote', 'majority', 'imagination', 'attention', 'mood', 'spirit', 'share', 'essence', 'moment', 'headlines', 'hearts', 'support', 'delegates', 'caucuses', 'election']);
const SEIZE_FORMS = new Set(['seize', 'seizes', 'seized', 'seizing']);
/** offices and terms one seeks for oneself */
const OFFICES = new Set(['majority', 'term', 'terms', 'reelection', 're-election', 'office', 'nomination', 'presidency', 'seat', 'job', 'post', 'position', 'candidacy', 'governorship', 'mayoralty', 'chairmanship', 'leadership', 'election']);
/** nouns after "sign" or "consulting" that make it their modifier */
const SIGN_NOUNS = new Set(['business', 'businesses', 'shop', 'shops', 'company', 'companies', 'firm', 'firms', 'maker', 'makers', 'language', 'fees', 'fee', 'contract', 'contracts', 'work', 'group', 'industry', 'painter', 'post', 'posts']);

/** Whether an office stands before a relative clause that ends in the verb at i ("the job that his wife is seeking"). */
function officeBefore(w: Words, i: number): boolean {
  for (let j = i - 1; j >= Math.max(1, i - 6); j--) {
    if (w.lc[j] === 'that' || w.lc[j] === 'which') return OFFICES.has(w.lc[j - 1]);
    if (w.punct[j]) return false;
  }
  return false;
}

/** Whether the object from word k (past a determiner and an ordinal or adjective) is an office ("a fifth term", "the Republican nomination"). */
function seeksOffice(w: Words, k: number): boolean {
  for (let j = k; j < Math.min(w.lc.length, k + 4); j++) {
    if (OFFICES.has(w.lc[j])) return true;
    if (w.punct[j] || NP_BREAK.has(w.lc[j])) return false;
  }
  return false;
}
const FIGHT_FORMS = new Set(['fight', 'fights', 'fought', 'fighting']);
/** aims of combat after "fighting to" */
const MILITARY_AIMS = new Set(['topple', 'overthrow', 'retake', 'recapture', 'capture', 'push', 'repel', 'hold', 'defend', 'regain', 'seize', 'liberate', 'drive', 'take', 'oust', 'expel', 'destroy', 'defeat', 'crush', 'break', 'reach', 'encircle', 'control', 'clear', 'storm', 'kill', 'wipe', 'dislodge', 'flush', 'rout', 'secure', 'protect']);
const SPEAK_FORMS = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking']);
/** what one speaks with that is no one: an accent, a voice, a tone */
const MANNER_NOUNS = new Set(['accent', 'voice', 'tone', 'lisp', 'stutter', 'conviction', 'confidence', 'authority', 'passion', 'emotion', 'candor', 'candour', 'urgency', 'difficulty', 'ease']);
/** words that cannot follow the modal "will" ("Will had …", "will was …") */
const NOT_AFTER_MODAL = new Set(['had', 'has', 'was', 'were', 'is', 'are', 'said', 'says', 'told', 'wrote', 'writes', 'did', 'does']);
const DEGREE_WORDS = new Set(['most', 'least', 'very', 'so', 'too', 'increasingly']);
/** verbs that take "back" as a particle ("get back", "push back", "scaled back") */
const PARTICLE_VERBS = new Set(['get', 'gets', 'got', 'getting', 'go', 'goes', 'went', 'going', 'gone', 'come', 'comes', 'came', 'coming', 'bring', 'brings', 'brought', 'bringing', 'push', 'pushed', 'pushes', 'pushing', 'pull', 'pulled', 'pulling', 'pulls', 'step', 'stepped', 'stepping', 'steps', 'scale', 'scaled', 'scaling', 'roll', 'rolled', 'rolling', 'cut', 'cutting', 'hold', 'held', 'holding', 'fight', 'fought', 'fighting', 'turn', 'turned', 'turning', 'look', 'looked', 'looking', 'send', 'sent', 'sending', 'give', 'gave', 'given', 'take', 'took', 'taken', 'taking', 'pay', 'paid', 'paying', 'win', 'won', 'winning', 'call', 'called', 'calling', 'write', 'wrote', 'writing', 'walk', 'walked', 'walking', 'move', 'moved', 'moving', 'head', 'headed', 'heading', 'fall', 'fell', 'falling', 'flew', 'fly', 'hit', 'strike', 'struck', 'striking', 'set', 'bounce', 'bounced', 'dial', 'dialed', 'dialled', 'play', 'played', 'talk', 'talked', 'answer', 'answered', 'sit', 'sat', 'stand', 'stood', 'put', 'putting', 'way', 'fire', 'fired', 'firing']);
/** endings of adjectives ("special", "historic", "extensive", "fruitful", "numerous") */
const ADJ_SHAPE = /(?:[^u]al|ic|ive|ous|ful|less|able|ible|ary)$/;

/**
 * Whether the words before word i are adjectives (`ADJECTIVES`) or participles, one or more joined
 * by "and" or a comma, after a determiner ("an unprovoked and unjustified attack", "a brutal,
 * renewed attack"): the word is a noun.
 */
function adjectivesAfterDeterminer(w: Words, i: number): boolean {
  let k = i - 1;
  let adjectives = 0;
  while (k >= 0 && adjectives < 3) {
    const x = w.lc[k];
    if (isLower(w.raw[k]) && (ADJECTIVES.has(x) || (x.length > 4 && x.endsWith('ed')))) {
      adjectives++;
      k--;
      if (k >= 0 && (w.lc[k] === 'and' || w.raw[k] === ',')) k--;
      continue;
    }
    break;
  }
  return adjectives > 0 && k >= 0 && k < i - 1 && DETERMINERS.has(w.lc[k]) && !(w.lc[k + 1] === 'and' || w.raw[k + 1] === ',');
}
/** nouns that a hostile verb's base form modifies as a noun ("attack helicopters", "strike weapons", "assault rifles") */
/** nouns after a hostile noun that name those it befell or what came after ("bombing victims") */
const VICTIM_NOUNS = new Set(['victim', 'victims', 'survivor', 'survivors', 'suspect', 'suspects']);
const AFTERMATH_NOUNS = new Set(['victim', 'victims', 'survivor', 'survivors', 'suspect', 'suspects', 'anniversary', 'memorial', 'trial', 'scene', 'site', 'sites', 'aftermath']);
/** Whether a person's name or (`places`) a place's name ends right before word i ("Trump rallies", "an Indiana rally"; not "a May Day rally"). */
function nameEndsAt(w: Words, i: number, places = true): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const t = termAt(w, k, i);
    if (t && k + t.len === i && (t.kind === 'person' || (places && PLACE_TERM_KINDS.has(t.kind)))) return true;
  }
  // (also a name the entities layer found but could not code: "a Giuliani rally")
  if (!w.doc) return false;
  const end = w.end[i - 1];
  const ms = w.doc.mentions;
  for (let x = Math.max(0, firstStartingFrom(ms, w.start[Math.max(0, i - 4)]) - 1); x < ms.length && ms[x].start < end; x++) {
    if (ms[x].end === end && (ms[x].type === 'PER' || (places && ms[x].type === 'LOC'))) return true;
  }
  return false;
}
const CAMPAIGN_WORDS = new Set(['campaign', 'election', 'electoral', 'reelection', 're-election', 'victory', 'primary', 'caucus', 'presidential', 'political', 'fundraising', 'get-out-the-vote']);
/** nouns after "aid" that name its people or bodies */
const AID_PEOPLE = new Set(['worker', 'workers', 'agency', 'agencies', 'organisation', 'organisations', 'organization', 'organizations', 'group', 'groups', 'official', 'officials', 'staff', 'volunteer', 'volunteers', 'community', 'sector', 'chief', 'chiefs']);
/** words before "demand" that make it the market's ("softer demand", "oil demand") */
const MARKET_DEMAND = new Set(['soft', 'softer', 'weak', 'weaker', 'strong', 'stronger', 'consumer', 'global', 'oil', 'energy', 'market', 'domestic', 'rising', 'falling', 'growing', 'lower', 'higher', 'high', 'low', 'slowing', 'sluggish', 'robust', 'weakening', 'strengthening', 'export', 'import', 'customer', 'seasonal', 'pent-up', 'aggregate', 'housing', 'credit', 'loan', 'fuel', 'gas', 'power', 'electricity', 'steel', 'travel', 'retail', 'industrial', 'overall', 'total', 'worldwide', 'phone', 'smartphone', 'device', 'product', 'products', 'car', 'labor', 'labour', 'food', 'water', 'commodity', 'metal', 'chip', 'chips']);
const MODIFIED_ARMS = new Set(['weapon', 'weapons', 'helicopter', 'helicopters', 'aircraft', 'drone', 'drones', 'submarine', 'submarines', 'jet', 'jets', 'plane', 'planes', 'rifle', 'rifles', 'missile', 'missiles', 'system', 'systems', 'capability', 'capabilities', 'vehicle', 'vehicles', 'craft', 'boat', 'boats', 'ship', 'ships', 'brigade', 'brigades', 'battalion', 'battalions', 'team', 'teams', 'unit', 'units', 'troops', 'forces', 'force', 'group', 'groups']);

/**
 * Is the base form at i a noun modifying the noun after it ("offensive strike weapons", "bought
 * attack helicopters")? As a verb it would need a subject or an infinitive's "to" right before:
 * a pronoun, a modal, a negation, an adverb, a name or a plural ("rebels attack convoys").
 */
function modifiesArms(w: Words, i: number): boolean {
  if (i === 0 || !MODIFIED_ARMS.has(w.lc[i + 1]) || w.punct[i - 1]) return false;
  const x = w.lc[i];
  if (x.endsWith('s') || x.endsWith('ed') || x.endsWith('ing')) return false;
  const prev = w.lc[i - 1];
  if (DETERMINERS.has(prev)) return true;
  if (!isLower(w.raw[i - 1]) || prev.endsWith('s') || prev.endsWith('ly') || prev === 'to' || SUBJECT_PRONOUNS.has(prev) || prev === 'who' || prev === 'which' || prev === 'that' || AUX_MODALS.has(prev) || NEG.has(prev) || prev.endsWith("n't")) return false;
  // ("militants already attack troops", "gunmen attack troops": an adverb or a plural subject before the verb)
  return !AUX_ADVERBS.has(prev) && !VERB_ADVERBS.has(prev) && !BARE_PLURALS.has(prev) && prev !== 'and' && prev !== 'or';
}
const VERB_ADVERBS = new Set(['often', 'again', 'even', 'just', 'usually', 'sometimes', 'regularly', 'routinely', 'frequently', 'never', 'rarely', 'seldom', 'always', 'constantly', 'increasingly']);
/** plurals without an "-s" that can be a verb's subject ("gunmen attack troops") */
const BARE_PLURALS = new Set(['men', 'gunmen', 'women', 'people', 'police', 'militia', 'children', 'youths', 'personnel', 'staff', 'crew', 'military', 'army', 'navy']);
const FINITE_AFTER = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would']);

/** participles of verbs that always take an object ("discussed", "raised"): after a noun with no object, they modify it */
const TOPIC_PARTICIPLES = new Set(['discussed', 'raised', 'reviewed', 'addressed', 'examined', 'covered', 'mentioned', 'outlined', 'considered', 'negotiated']);
/** words that may follow such a participle ("discussed during the call", "raised at the summit") */
const PARTICIPLE_PREPS = new Set(['during', 'at', 'in', 'on', 'with', 'by', 'over', 'between', 'including', 'today', 'yesterday', 'earlier', 'there']);
/** Whether the word before i is a common noun of topics ("issues", "matters", "questions"): lower case, no pronoun, name or auxiliary. */
function topicNounBefore(w: Words, i: number): boolean {
  const p = w.lc[i - 1];
  return !w.punct[i - 1] && isLower(w.raw[i - 1]) && p.endsWith('s') && !PRONOUNS.has(p) && !AUX_MODALS.has(p) && !BE.has(p) && p !== 'has' && !PEOPLE_WHO_TALK.has(p);
}
/** plural nouns of people, who discuss rather than are discussed ("the leaders discussed …") */
const PEOPLE_WHO_TALK = new Set(['leaders', 'presidents', 'sides', 'parties', 'ministers', 'officials']);

/**
 * Is the word at i no verb of its clause: an adjective ("armed clashes", "close to the
 * border"), or a participle that modifies the noun before it, with the clause's own verb
 * still to come ("the civilians imprisoned for … were released by …")?
 */
function notAVerb(w: Words, i: number): boolean {
  const x = w.lc[i];
  const n = w.lc.length;
  if (i + 1 >= n) return false;
  const next = w.lc[i + 1];
  if (next === 'to' && ADJ_BEFORE_TO.has(x)) return true;
  // "the key issues discussed during the call", "matters raised, including …": a participle after
  // its noun, with no object of its own (these verbs always take one)
  if (TOPIC_PARTICIPLES.has(x) && i > 0 && topicNounBefore(w, i) && (w.punct[i + 1] || PARTICIPLE_PREPS.has(next))) return true;
  if (x === 'armed' && ARMED_NOUNS.has(next)) return true;
  // "get back to", "pushed back against": the particle of another verb, no backing
  if (x === 'back' && i > 0 && PARTICLE_VERBS.has(w.lc[i - 1])) return true;
  // "hedge fund executives", "phone maker", "declined to $6.3 million", "Will had nothing but
  // praise" (a name, or a modal before a past form): no act
  if ((x === 'fund' || x === 'funds') && i > 0 && FUND_KINDS.has(w.lc[i - 1])) return true;
  if ((x === 'phone' || x === 'telephone') && PHONE_NOUNS.has(next)) return true;
  // "WASHINGTON, March 12", "in March": the month
  if (x === 'march' && w.raw[i] === 'March' && (/^\d/.test(next) || (i > 0 && !w.punct[i - 1] && !isCap(w.raw[i - 1])) || (i > 0 && w.raw[i - 1] === ','))) return true;
  // "told host Chris Cuomo", "the show's host": a title, no hosting
  if ((x === 'host' || x === 'hosts') && i > 0 && (REPORT_VERBS.has(w.lc[i - 1]) || w.lc[i - 1] === "'s" || w.lc[i - 1] === '’s' || w.lc[i - 1] === 'show' || w.lc[i - 1] === 'radio' || w.lc[i - 1] === 'talk' || w.raw[i - 1] === '”' || w.raw[i - 1] === '"')) return true;
  // "conceded that the situation is regrettable", "conceded the plan was flawed": an admission, no yielding
  if (CONCEDE_FORMS.has(x) && (next === 'that' || clauseFollows(w, i + 1))) return true;
  // "Cuban exiles": the people, no expulsion
  if ((x === 'exiles' || x === 'exile') && i > 0 && DEMONYM_END.test(w.raw[i - 1]) && isCap(w.raw[i - 1]) && !(i + 1 < n && objectFollows(w, i + 1))) return true;
  // "as he wound up his speech", "seizing upon a report": another verb
  if (x === 'wound' && next === 'up') return true;
  if (SEIZE_FORMS.has(x) && (next === 'on' || next === 'upon')) return true;
  // "lending credence to", "lent weight to": no loan; "capture the Senate", "captured the
  // nomination": a prize won, no territory taken
  if (LEND_FORMS.has(x) && prizeAhead(w, i + 1, CREDENCE_NOUNS)) return true;
  if (CAPTURE_FORMS.has(x) && prizeAhead(w, i + 1, POLITICAL_PRIZES)) return true;
  // "kill the deal", "killed the bill": legislation stopped, no one killed
  if (KILL_FORMS.has(x) && prizeAhead(w, i + 1, MEASURES)) return true;
  // "press briefing", "press conference": the press, no pressure
  if (x === 'press' && PRESS_NOUNS.has(next)) return true;
  // "helps explain why", "helped fuel the rise": a cause or an explanation, no aid given to anyone
  if (HELP_FORMS.has(x) && BARE_VERBS.has(next)) return true;
  // "seeking more information", "sought details": a question, no request between actors
  // (but "sought information from Russia" is an appeal to Russia)
  if (SEEK_FORMS.has(x) && prizeAhead(w, i + 1, ASKED_FOR_FACTS) && !actorAfterFrom(w, i + 1)) return true;
  // "was not seeking a fifth term", "seeking reelection": an office sought, no request
  if (SEEK_FORMS.has(x) && (seeksOffice(w, i + 1) || officeBefore(w, i))) return true;
  // "a sign business", "consulting firms": a noun's modifier
  if ((x === 'sign' || x === 'consulting') && SIGN_NOUNS.has(next)) return true;
  // "fighting to keep the boy", "fought to save the plan": a struggle for something, no combat
  // (but "fighting to topple the government", "fought to retake the town" is combat)
  if (FIGHT_FORMS.has(x)) {
    // ("fighting every day to make …", "fought hard to keep …")
    let t = i + 1;
    while (t < i + 4 && t < n && (w.lc[t] === 'every' || w.lc[t] === 'day' || w.lc[t] === 'hard' || w.lc[t] === 'daily' || w.lc[t] === 'still' || (w.lc[t].endsWith('ly') && w.lc[t].length > 3))) t++;
    if (w.lc[t] === 'to' && t + 1 < n && isLower(w.raw[t + 1]) && !DETERMINERS.has(w.lc[t + 1]) && !w.punct[t + 1] && !MILITARY_AIMS.has(w.lc[t + 1])) return true;
  }
  // "speaks with a British accent": a manner of speaking, no talks
  if (SPEAK_FORMS.has(x) && next === 'with' && i + 3 < n && (MANNER_NOUNS.has(w.lc[i + 3]) || (i + 4 < n && MANNER_NOUNS.has(w.lc[i + 4])))) return true;
  if (DECLINE_FORMS.has(x) && next === 'to' && i + 2 < n && /^[$€£\d]/.test(w.lc[i + 2])) return true;
  if (x === 'will' && (NOT_AFTER_MODAL.has(next) || (next.length > 4 && next.endsWith('ed') && next !== 'need'))) return true;
  // "the most pressing goal": an adjective
  if (i > 0 && x.endsWith('ing') && DEGREE_WORDS.has(w.lc[i - 1])) return true;
  // "to strike a blow to": an idiom, no strike
  if (next === 'a' && w.lc[i + 2] === 'blow') return true;
  // "diplomatically as opposed to through force": a comparison, no opposition
  if (x === 'opposed' && next === 'to' && i > 0 && w.lc[i - 1] === 'as') return true;
  if (i > 1 && sAfterBaseVerb(w, i)) return true;
  if (modifiesArms(w, i)) return true;
  if (i === 0 || !x.endsWith('ed') || w.punct[i - 1]) return false;
  const prev = w.lc[i - 1];
  // "the temporarily occupied territories": a participle between a determiner and its noun
  if (i > 1 && prev.endsWith('ly') && DETERMINERS.has(w.lc[i - 2])) return true;
  if (BE.has(prev) || prev === 'has' || prev === 'have' || prev === 'had' || prev === 'to' || PRONOUNS.has(prev) || NEG.has(prev) || CLAUSE_WORDS.has(prev) || SKIP_BEFORE_HEAD.has(prev) || prev.endsWith('ly')) return false;
  // ("the prisoners released by Israel were …": a passive with its doer still tells the event)
  // ("The President promised to work with … so that … were returned": a verb right after its
  // subject's name and before an infinitive is the clause's own, not a participle after its noun)
  if (!NP_BREAK.has(next) || CLAUSE_WORDS.has(next) || next === 'by') return false;
  if (next === 'to' && i + 2 < n && isLower(w.raw[i + 2]) && !w.punct[i + 2] && !DETERMINERS.has(w.lc[i + 2]) && !/\d/.test(w.lc[i + 2]) && !DECLINE_FORMS.has(x) && (isCap(w.raw[i - 1]) || termAt(w, i - 1, i) !== undefined)) return false;
  for (let k = i + 2; k < Math.min(n, i + 14); k++) {
    if (w.punct[k] || CLAUSE_WORDS.has(w.lc[k])) return false;
    if (FINITE_AFTER.has(w.lc[k])) return true;
  }
  return false;
}

/**
 * Is word k the bare apostrophe of a plural's possessive ("the United States’ visit", "the
 * leaders’ talks")? Like "’s", it makes the next word a noun.
 */
function pluralPossessive(w: Words, k: number): boolean {
  const x = w.lc[k];
  return (x === '’' || x === "'") && k > 0 && w.end[k - 1] === w.start[k] && w.lc[k - 1].endsWith('s') && k + 1 < w.lc.length && w.start[k + 1] > w.end[k];
}

/**
 * An "-s" word right after a verb's base form that a modal or an auxiliary governs is that
 * verb's object, a plural noun: "Russia cannot ignore calls for help", "will answer calls for".
 */
function sAfterBaseVerb(w: Words, i: number): boolean {
  const x = w.lc[i];
  if (!x.endsWith('s') || x.endsWith('ss') || w.punct[i - 1] || w.punct[i - 2]) return false;
  const verb = w.lc[i - 1];
  if (DETERMINERS.has(verb) || verb.endsWith('ly') || !/^[a-z]+$/.test(verb) || !isLower(w.raw[i - 1]) || verb.endsWith('s') || verb.endsWith('ed') || verb.endsWith('ing')) return false;
  let k = i - 2;
  // an adverb between: "will also ignore", "cannot simply ignore"
  if (k > 0 && (w.lc[k].endsWith('ly') || w.lc[k] === 'also' || w.lc[k] === 'not' || w.lc[k] === 'never')) k--;
  const gov = w.lc[k];
  // (not "to", which may be a preposition: "Russia's return to violence threatens Ukraine")
  return AUX_MODALS.has(gov) || gov === 'cannot' || gov === "n't";
}

const CALL_FORMS = new Set(['call', 'calls', 'called', 'calling']);
/** words that may follow the one called in a call made ("called X yesterday", "… back", "… to congratulate him") */
const AFTER_CALL = new Set(['yesterday', 'today', 'tonight', 'again', 'back', 'earlier', 'later', 'last', 'this', 'on', 'to', 'from', 'in', 'over', 'late', 'early', 'by', 'about', 'shortly', 'immediately', 'personally', 'directly', 'first', 'twice', 'once', 'after', 'before', 'following', 'ahead', 'during', 'at', 'when', 'as', 'and', 'but']);

/**
 * Whether "call" at word i, its object starting at word r, is a call made to the one named: not
 * after "so-" ("so-called") or a form of "be", nor a participle naming a thing ("a firm called
 * X"); the one called is a pronoun or a person, office or seat right after the verb, no place
 * ("called Ohio a battleground"); and the clause ends or goes on with a word of time, manner or purpose
 * after it ("called X a liar", "called X “unhinged”", "we call him Doc": a name given).
 */
function callMade(w: Words, i: number, r: number): boolean {
  const n = w.lc.length;
  const prev = i > 0 ? w.lc[i - 1] : '';
  if (prev === 'so' || prev === '-' || BE.has(prev) || (i > 1 && isLower(w.raw[i - 1]) && DETERMINERS.has(w.lc[i - 2]) && !adverbWord(prev))) return false;
  // ("a resistance movement called …", "a mountain stream called …": a thing named)
  for (let k = i - 1; k >= Math.max(0, i - 4) && isLower(w.raw[k]) && !w.punct[k]; k--) if (w.lc[k] === 'a' || w.lc[k] === 'an') return false;
  // (", called the Global Initiative": a participle after a comma names what comes before)
  if (r + 1 < n && w.lc[r] === 'the' && isCap(w.raw[r + 1]) && prev !== ',') r++;
  if (r >= n) return false;
  const pron = OBJECT_PRONOUNS.has(w.lc[r]) && w.lc[r] !== 'it';
  const t = pron ? undefined : termAt(w, r, n);
  if (!pron && !t) return false;
  let k = r + (t ? t.len : 1);
  if (t) {
    // (the rest of a name and title: "President Tomas Varga of Peru", "Peru's President Varga")
    const poss = k < n && (w.lc[k] === "'s" || w.lc[k] === '’s');
    if (poss) k++;
    // (one calls a person, an office or a seat of government: "a stream called Miracle Run" is named)
    else if (t.kind !== 'person' && t.kind !== 'role' && t.kind !== 'seat') return false;
    while (k < n && isCap(w.raw[k])) k++;
    if (k + 1 < n && w.lc[k] === 'of' && isCap(w.raw[k + 1])) for (k++; k < n && isCap(w.raw[k]); k++);
  }
  if (k >= n) return true;
  if (w.punct[k]) return !QUOTE_MARKS.has(w.raw[k]) && w.raw[k] !== '``' && w.raw[k] !== "''" && w.raw[k] !== '«';
  const x = w.lc[k];
  if (x === 'to') return k + 1 < n && isLower(w.raw[k + 1]) && !DETERMINERS.has(w.lc[k + 1]);
  return AFTER_CALL.has(x) || DAY_WORDS.test(x);
}
/** Whether a pronoun or an actor's words stand at word r, after "the" if need be. */
function actorRightAt(w: Words, r: number): boolean {
  if (r + 1 < w.lc.length && w.lc[r] === 'the') r++;
  return r < w.lc.length && ((OBJECT_PRONOUNS.has(w.lc[r]) && w.lc[r] !== 'it') || termAt(w, r) !== undefined);
}

/** Whether a dead end, deadlock or impasse is named within five words from k ("… into a dead end"). */
function stallAhead(w: Words, k: number): boolean {
  for (let j = k; j < Math.min(w.lc.length, k + 5); j++) {
    if (w.punct[j]) return false;
    const x = w.lc[j];
    if (x === 'deadlock' || x === 'impasse' || x === 'standstill' || x === 'stalemate' || (x === 'dead' && w.lc[j + 1] === 'end')) return true;
  }
  return false;
}

const MEET_FORMS = new Set(['meet', 'meets', 'met', 'meeting']);
/** what one meets that is no one: needs, demands, obligations, targets… */
const MET_THINGS = new Set(['need', 'needs', 'demand', 'demands', 'requirement', 'requirements', 'obligation', 'obligations', 'commitment', 'commitments', 'goal', 'goals', 'target', 'targets', 'expectation', 'expectations', 'standard', 'standards', 'criteria', 'criterion', 'condition', 'conditions', 'deadline', 'deadlines', 'challenge', 'challenges', 'threshold', 'costs', 'payments', 'requests', 'request', 'quota', 'quotas', 'fate', 'end', 'death', 'resistance', 'opposition', 'criticism', 'skepticism', 'scepticism', 'approval', 'disapproval', 'applause', 'silence', 'success', 'failure']);

/** Whether the noun phrase from word k (up to nine words, before any preposition, verb or mark) is headed by one of `MET_THINGS`. */
function meetsAThing(w: Words, k: number): boolean {
  for (let j = k; j < Math.min(w.lc.length, k + 9); j++) {
    if (MET_THINGS.has(w.lc[j])) return true;
    // ("Ukraine's urgent battlefield and air defense needs": a possessive and a coordination inside the phrase)
    if (w.lc[j] === 'and' || w.lc[j] === 'or' || w.lc[j] === "'s") continue;
    if (w.punct[j] || (NP_BREAK.has(w.lc[j]) && w.lc[j] !== 'of') || finiteVerbLike(w, j)) return false;
  }
  return false;
}

/** Whether an actor term starts within words [a, b). */
function namesActor(w: Words, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (termAt(w, k, b)) return true;
  return false;
}

/** Whether a pattern has a T or S slot ("tell T to": the "to" is an infinitive's; "appeal to" is a preposition). */
function hasSlot(p: Pattern): boolean {
  for (const e of p.elems) if (e.t === 'slot') return true;
  return false;
}
const OBJECT_PRONOUNS = new Set(['us', 'them', 'him', 'her', 'me', 'you', 'it']);
/** modals and finite forms that make a that-clause a claim ("insisted that he would win", "insists that it was"), not a demand ("insisted that he resign") */
const CLAIM_VERBS = new Set(['would', 'will', 'could', 'can', 'might', 'may', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'did', 'does', "won't", "wouldn't", "isn't", "wasn't"]);
/** Whether the that-clause from word k has a modal or a finite form among its first words. */
function assertsRatherThanDemands(w: Words, k: number): boolean {
  for (let j = k; j < Math.min(w.lc.length, k + 6); j++) {
    const x = w.lc[j];
    if (x === 'should' || x === 'must') return false;
    if (CLAIM_VERBS.has(x)) return true;
    if (w.punct[j]) return false;
  }
  return false;
}

/** codes whose object is a person or a group of them: a release (0841), a host's visit (043) */
const PERSON_OBJECT_CODES = new Set(['0841', '043']);
/** Nouns of binding texts, whose "-ing" participle after them is what they do ("guarantees ruling out …"; not an order, a decree or a resolution, which is its issuer's act). */
const PROVISION_NOUNS = new Set(['guarantee', 'guarantees', 'guaranty', 'guaranties', 'provision', 'provisions', 'agreement', 'agreements', 'law', 'laws', 'bill', 'bills', 'treaty', 'treaties', 'clause', 'clauses', 'amendment', 'amendments']);
/** things released or received that are no one: documents, media, money, messages */
const THING_NOUNS = new Set(['ad', 'ads', 'advertisement', 'video', 'videos', 'statement', 'statements', 'report', 'reports', 'plan', 'plans', 'list', 'lists', 'data', 'result', 'results', 'email', 'emails', 'e-mails', 'book', 'album', 'returns', 'record', 'records', 'document', 'documents', 'photo', 'photos', 'photograph', 'photographs', 'recording', 'recordings', 'transcript', 'transcripts', 'letter', 'letters', 'poll', 'polls', 'survey', 'budget', 'proposal', 'proposals', 'film', 'song', 'footage', 'details', 'information', 'figures', 'memo', 'memos', 'findings', 'schedule', 'version', 'update', 'updates', 'image', 'images', 'funds', 'money', 'funding', 'investment', 'investments', 'donations', 'contributions', 'call', 'calls', 'message', 'messages', 'award', 'awards', 'votes', 'vote', 'endorsement', 'endorsements', 'support', 'praise', 'criticism', 'backing', 'copy', 'copies', 'text', 'texts', 'analysis', 'study', 'guidance', 'guidelines', 'rules', 'regulations', 'estimate', 'estimates', 'forecast', 'tape', 'tapes', 'audio', 'clip', 'clips', 'trailer', 'ballots', 'applications', 'application', 'complaints', 'complaint', 'threats', 'training', 'treatment', 'salary', 'bonus', 'payments', 'payment', 'loan', 'loans', 'grant', 'grants', 'diagnosis', 'sentence', 'questions', 'question', 'answers', 'request', 'requests', 'offer', 'offers', 'bids', 'bid', 'orders', 'order', 'fine', 'fines', 'tax', 'taxes', 'benefits', 'insurance', 'degree', 'diploma', 'prize', 'medal', 'nomination', 'nod', 'approval', 'permission', 'assurances', 'word', 'news', 'reviews', 'ratings', 'points', 'percent', 'windfall', 'boost', 'bump', 'increase', 'raise', 'share', 'majority', 'plurality', 'backlash', 'attention', 'coverage', 'recognition', 'credit', 'blame', 'scrutiny', 'pressure', 'help', 'aid', 'assistance', 'visit', 'visits', 'visitors', 'notice', 'warning', 'warnings', 'tip', 'tips', 'feedback', 'response', 'responses', 'reply', 'signal', 'signals', 'shipment', 'shipments', 'delivery', 'deliveries', 'weapons', 'arms', 'pages', 'page', 'filings', 'filing', 'files', 'file', 'materials', 'material', 'papers', 'cables', 'leaks', 'leak', 'aids']);

const QUANTITY_WORDS = new Set(['part', 'parts', 'portion', 'portions', 'some', 'most', 'all', 'half', 'much', 'rest', 'copies', 'excerpts', 'pages', 'batch', 'batches', 'thousands', 'hundreds', 'millions', 'dozens']);
/** Whether the object [a, b) is a thing (`THING_NOUNS`) or a sum of money, not a person: its head before any preposition. */
function thingObject(w: Words, a: number, b: number): boolean {
  const x0 = w.lc[a];
  if (x0 === '$' || x0 === '€' || x0 === '£' || x0.startsWith('$')) return true;
  // the head: the last word before a preposition, a mark or a clause ("the aid workers it had
  // held", "a web ad attacking …"); "20 percent of the prisoners" is the prisoners
  let head = -1;
  for (let k = a; k < Math.min(b, a + 7); k++) {
    const x = w.lc[k];
    // ("nine $2,500 donations", "a $24-a-share offer": money)
    if (x === '$' || x === '€' || x === '£' || x.startsWith('$')) return true;
    // ("24% more"; but "20 percent of the prisoners" is the prisoners)
    if (x === '%' || x === 'percent' || (x.length > 1 && x.endsWith('%'))) return w.lc[k + 1] !== 'of';
    // ("a statement Tuesday": a capitalized word after the noun is a time or a name, past the head)
    if (head >= 0 && isCap(w.raw[k]) && !isCap(w.raw[head])) break;
    if (w.punct[k] || NP_BREAK.has(x) || x === 'of' || CLAUSE_WORDS.has(x) || SUBJECT_PRONOUNS.has(x)) {
      if (x === 'of' && head >= 0 && (w.lc[head] === 'percent' || w.lc[head] === '%' || w.lc[head].endsWith('%'))) return false;
      // ("part of Trump's tax filings": the head lies past "of")
      if (x === 'of' && head >= 0 && QUANTITY_WORDS.has(w.lc[head])) {
        head = -1;
        continue;
      }
      break;
    }
    // ("a web ad attacking …": a participle after the head; "a scathing report": an adjective)
    if (head >= 0 && x.endsWith('ing') && isLower(w.raw[k]) && !DETERMINERS.has(w.lc[head])) break;
    head = k;
  }
  if (head < 0) return false;
  const h = w.lc[head];
  return THING_NOUNS.has(h) || h === '%' || h === 'percent' || h.endsWith('%');
}

/** Whether the words from k open with lower-case "-ing" forms, one heading a hostile pattern ("destroying", "degrading and destroying"). */
function hostileActAt(w: Words, k: number): boolean {
  for (let j = k; j < Math.min(w.lc.length, k + 5); j++) {
    const x = w.lc[j];
    if (j > k && (x === 'and' || x === 'or' || x === ',')) continue;
    if (!x.endsWith('ing') || !isLower(w.raw[j])) return false;
    const heads = w.heads[j];
    if (heads) for (const h of heads) if ((CODES.get(h.code)?.quad ?? 0) >= 3) return true;
  }
  return false;
}

const SIGN_FORMS = new Set(['sign', 'signs', 'signed', 'signing']);
const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/** what one "takes on" that is no one: an issue, a role, a task */
const TASKS = new Set(['issue', 'issues', 'challenge', 'challenges', 'task', 'tasks', 'role', 'roles', 'responsibility', 'responsibilities', 'job', 'jobs', 'debt', 'risk', 'risks', 'burden', 'work', 'project', 'projects', 'cause', 'case', 'cases', 'problem', 'problems', 'question', 'mantle', 'duties']);
/** what a leader signs alone: laws, decrees, orders (an agreement word first makes it an agreement) */
const DOMESTIC_ACTS = new Set(['law', 'laws', 'bill', 'bills', 'decree', 'decrees', 'order', 'orders', 'executive', 'legislation', 'ordinance', 'ordinances', 'budget', 'act']);
const AGREEMENT_WORDS = new Set(['agreement', 'agreements', 'accord', 'accords', 'treaty', 'treaties', 'deal', 'deals', 'pact', 'pacts', 'memorandum', 'protocol', 'declaration', 'contract', 'contracts', 'with']);

/** Whether the object of "sign" at word k is a law, decree or order (before any agreement word or a clause break). */
function signsADomesticAct(w: Words, k: number): boolean {
  let domestic = false;
  for (let j = k; j < Math.min(w.lc.length, k + 6); j++) {
    const x = w.lc[j];
    // ("an executive agreement": the agreement word decides, wherever it stands; and "the
    // Executive Order On the Recognition of X" recognizes X)
    // ("a fresh sanctions order", "a decree on imposing trade measures": sanctions, whoever
    // they fall on)
    if (AGREEMENT_WORDS.has(x) || x === 'recognition' || x === 'sanctions' || x === 'imposing') return false;
    if (DOMESTIC_ACTS.has(x)) domestic = true;
    if (w.punct[j] || CLAUSE_WORDS.has(x)) break;
  }
  return domestic;
}

/** After a preposition (other than the infinitive's "to") comes a noun phrase, not a verb. */
function nounSlot(w: Words, k: number): boolean {
  const x = w.lc[k];
  return x === 'of' || (x !== 'to' && x !== 'as' && NP_BREAK.has(x) && !CLAUSE_WORDS.has(x));
}

/**
 * Is the verb at i inside a non-finite complement of a noun or a preposition: "the decision
 * (made by Washington) to introduce", "the possibility of imposing", "talks on providing"?
 * Such a verb names an idea, not an event that happened.
 */
function embedded(w: Words, i: number): boolean {
  if (i === 0) return false;
  const prev = w.lc[i - 1];
  if (GERUND_PREPS.has(prev) && w.lc[i].endsWith('ing')) return true;
  // "the inadmissibility of opening fire", "the possibility of imposing new sanctions"
  if (i > 1 && GERUND_PREPS.has(w.lc[i - 2]) && prev.endsWith('ing') && LIGHT_VERBS.has(prev)) return true;
  // (an adverb between "to" and the verb: "the decision to purportedly recognize …")
  const adverb = prev !== 'to' && i > 1 && prev.length > 4 && prev.endsWith('ly') && w.lc[i - 2] === 'to' && isLower(w.raw[i - 1]);
  if (prev !== 'to' && !adverb) return false;
  for (let k = adverb ? i - 3 : i - 2; k >= Math.max(0, adverb ? i - 9 : i - 8); k--) {
    if (isBoundary(w, k) || CLAUSE_WORDS.has(w.lc[k])) return false;
    // "we call on Russia to": the word is a verb there, not a noun
    // ("is taking actions to impose costs", "took further steps to": steps taken do the act)
    // ("made|took a decision to launch …": a decision taken, the act it decides is done: see the decide frame)
    if (COMPLEMENT_NOUNS.has(w.lc[k])) return k > 0 && !NOT_BEFORE_NOUN.has(w.lc[k - 1]) && !(STEP_NOUNS.has(w.lc[k]) && takenAt(w, k)) && !(DECISION_NOUNS.has(w.lc[k]) && (takenAt(w, k, MAKE_OR_TAKE) || decisionPossessor(w, i).length > 0)) && !verbAfterSubject(w, k);
  }
  return false;
}

/** Verbs and auxiliaries whose subject a gerund phrase may be ("recognizing X could mean …", "imposing sanctions is …"). */
const GERUND_SUBJECT_VERBS = new Set(['could', 'would', 'may', 'might', 'will', 'can', 'should', 'must', 'is', 'was', 'are', 'were', 'means', 'meant', 'remains']);

/**
 * Whether the "-ing" at i opens a gerund phrase that is its clause's subject ("Recognizing the
 * independence of X could mean …", "…, he said, imposing sanctions would hurt …"): an act named,
 * not done, by no one the clause names. Not a participle phrase set off by a comma ("Signing the
 * treaty, Peru said …").
 */
function gerundSubject(w: Words, i: number): boolean {
  if (!w.lc[i].endsWith('ing')) return false;
  // at the sentence's start, or after a reporting aside ("…, he said, recognizing …")
  if (i > 0 && !(i > 1 && isComma(w.raw[i - 1]) && REPORT_VERBS.has(w.lc[i - 2]))) return false;
  for (let k = i + 1; k < w.lc.length && k < i + 16; k++) {
    if ((isBoundary(w, k) && !scareQuote(w, k)) || CLAUSE_WORDS.has(w.lc[k])) return false;
    if (GERUND_SUBJECT_VERBS.has(w.lc[k])) return true;
  }
  return false;
}

/** Prepositions not in NP_BREAK before which a decision's owner may stand ("behind our decision to …"). */
const OTHER_PREPS = new Set(['behind', 'of', 'upon', 'following', 'despite', 'regarding', 'concerning', 'like', 'within', 'beyond']);

/**
 * Who took the decision whose act the verb at i is, named by a possessive ("our decision to
 * recognise …", "after Peru's decision to withdraw …"), when the phrase follows a preposition or
 * opens the sentence: a decision taken is its act done (see the decide frame). None when it is a
 * verb's object ("condemned Peru's decision to …": that verb is the act to code) or its owner is
 * not known.
 */
function decisionPossessor(w: Words, i: number): Actor[] {
  let d = i - 2;
  if (d > 0 && w.lc[d] === 'to') d--; // an adverb before the verb
  if (d < 1 || w.lc[d + 1] !== 'to' || !DECISION_NOUNS.has(w.lc[d])) return noActors();
  const p = d - 1;
  let acts = noActors();
  let before: number;
  if (w.lc[p] === "'s" || w.lc[p] === '’s') {
    let a = p;
    while (a > 0 && isCap(w.raw[a - 1])) a--;
    if (a === p) return noActors();
    acts = codeCompound(w, a, p);
    before = a - 1;
    if (before >= 0 && w.lc[before] === 'the') before--;
  } else {
    if (!POSSESSIVE.has(w.lc[p])) return noActors();
    if (w.lc[p] === 'our') {
      const v = voiceAt(w, w.start[p], 'we');
      if (v) acts = [v];
    } else acts = codeCompound(w, p, p + 1);
    before = p - 1;
  }
  if (before >= 0 && !NP_BREAK.has(w.lc[before]) && !OTHER_PREPS.has(w.lc[before]) && !w.punct[before]) return noActors();
  return acts.length === 1 ? acts : noActors();
}

/**
 * Whether the word at k, a noun's form in "-s" that is a verb's too ("plans", "calls", "offers"),
 * is the verb: it follows right after a name or an actor's words ("Chile plans to meet …", "the
 * Chilean government plans to …"), not a determiner, a possessive or an adjective ("Chile's
 * plans to …", "the new plans to …").
 */
function verbAfterSubject(w: Words, k: number): boolean {
  if (!w.lc[k].endsWith('s') || k === 0) return false;
  const p = w.lc[k - 1];
  if (DETERMINERS.has(p) || POSSESSIVE.has(p)) return false;
  for (let x = k - 1; x >= Math.max(0, k - 3); x--) {
    const t = termAt(w, x, k);
    if (t && x + t.len === k) return true;
  }
  return false;
}

/** nouns of steps that, taken, do what their infinitive says ("took steps to", "is taking actions to"; a singular "action" taken is mostly a promise: "will take any necessary action to") */
const STEP_NOUNS = new Set(['actions', 'steps', 'measures']);

/** Nouns of a decision, which one makes or takes ("made a decision to …", "took the decision to …"). */
const DECISION_NOUNS = new Set(['decision', 'decisions']);
const MAKE_OR_TAKE = new Set([...TAKE_FORMS, 'make', 'makes', 'made', 'making']);

/** Whether a form of "take" (or of another verb of `forms`) stands before the noun at k, past up to two modifiers ("taking further decisive steps"). */
function takenAt(w: Words, k: number, forms: ReadonlySet<string> = TAKE_FORMS): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    // (not "took to the steps of City Hall")
    if (isBoundary(w, j) || NP_BREAK.has(w.lc[j])) return false;
    if (forms.has(w.lc[j])) return true;
  }
  return false;
}

// ---------------------------------------------------------------- actors

interface Actor {
  span: CodedSpan;
  /** as written (see `actorName`): set, or taken from the words [nameFrom, nameTo) of `w` on first use */
  name: string | undefined;
  w: Words | undefined;
  nameFrom: number;
  nameTo: number;
  start: number;
  end: number;
}

/**
 * A new list of actors. Every list of actors comes from here, so that V8 learns at this one site
 * that the lists hold objects and makes even the empty ones object lists: the code that reads a
 * draft's actors then meets one kind of array, not two.
 */
function noActors(): Actor[] {
  return [];
}

/** appeals, intents, consultations, praise (02–05), demands and threats (10, 13): said to someone (not disapproval or rejection: "condemned the attack on a hospital" blames whoever attacked, not the partner) */
const PARTNER_CODES = /^(0[2-5]|10|13)/;

/** Words of a plain future, heading a frame ("will discuss"). */
const FUTURE_HEADS = new Set(['will', 'shall', "'ll", '’ll']);

/** Whether the sentence places something "in" a format of talks ("in the Normandy format", "in various formats"; not "discussed the format of …"). */
function inFormat(w: Words): boolean {
  for (let k = 1; k < w.lc.length; k++) {
    if (w.lc[k] !== 'format' && w.lc[k] !== 'formats') continue;
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (w.lc[j] === 'in') return true;
  }
  return false;
}

/** Nouns of hostile acts a possessor does ("Russia's aggressive actions", "Russia's escalation of forces"). */
const HOSTILE_ACT_NOUNS = new Set(['aggression', 'actions', 'activities', 'escalation', 'build-up', 'buildup', 'attack', 'attacks', 'invasion', 'intervention', 'provocations', 'incursion', 'incursions', 'threats', 'occupation']);

/** The actor whose hostile acts the sentence names with a possessive ("Russia's aggressive actions") or a relative clause ("actions that Russia has taken"), of another country than `src`, or undefined. */
function hostilePossessor(w: Words, src: Actor): Actor | undefined {
  for (let k = 1; k < w.lc.length - 1; k++) {
    // ("harmful actions that Chile has taken": the doer named in the relative clause)
    if (HOSTILE_ACT_NOUNS.has(w.lc[k - 1]) && (w.lc[k] === 'that' || w.lc[k] === 'which')) {
      for (let a = k + 1; a <= Math.min(w.lc.length - 1, k + 3); a++) {
        const c = phrase(w, k + 1, a + 1);
        if (c && c.country && !c.place && c.to === a + 1 && c.country !== src.span.country) return actorFrom(w, c);
      }
    }
    if (w.lc[k] !== "'s" && w.lc[k] !== '’s') continue;
    let act = false;
    for (let j = k + 1; j <= Math.min(w.lc.length - 1, k + 3) && !act; j++) act = HOSTILE_ACT_NOUNS.has(w.lc[j]);
    if (!act) continue;
    for (let a = k - 1; a >= Math.max(0, k - 4); a--) {
      const c = phrase(w, a, k);
      if (c && c.country && !c.place && c.to === k && c.country !== src.span.country) return actorFrom(w, c);
    }
  }
  return undefined;
}

/** The parties of the call a readout is about: the two people of different countries the text names most (leaders first); cached per document. */
const CALL_PARTIES = new WeakMap<Doc, Entity[]>();
function callParties(doc: Doc): Entity[] {
  let out = CALL_PARTIES.get(doc);
  if (out) return out;
  const people = doc.entities.filter((e) => e.type === 'PER' && e.country);
  // (a person the title names first: "… Call with President Putin" is about Biden and Putin,
  // however often the readout names Zelenskyy)
  // (the words of the title about the call only: not the author of "Statement from Secretary
  // Rubio on President Trump's Call with President Zelenskyy")
  const full = ` ${(doc.article.title ?? '').toLowerCase()} `;
  const at = full.search(/\b(?:call|conversation|phone|telephone)\b/);
  const owner = at < 0 ? null : /(\S+ \S+[’']s )(?:\S+ )?$/.exec(full.slice(0, at));
  const title = at < 0 ? full : ` ${owner ? owner[1] : ''}${full.slice(at)}`;
  const inTitle = (e: Entity): boolean => {
    const surname = e.name.toLowerCase().split(/\s+/).pop() ?? '';
    return surname.length > 2 && (title.includes(` ${surname} `) || title.includes(` ${surname}’s `) || title.includes(` ${surname}'s `));
  };
  const rank = (e: Entity): number => (inTitle(e) ? 100000 : 0) + (e.titles?.some(leadsWith) ? 1000 : 0) + e.mentions.length;
  people.sort((a, b) => rank(b) - rank(a));
  out = [];
  for (const e of people) {
    if (out.length === 2) break;
    if (!out.some((x) => x.country === e.country)) out.push(e);
  }
  if (out.length < 2) out = [];
  CALL_PARTIES.set(doc, out);
  return out;
}

/** Whether the words after `from` in the clause name others an appeal is meant for: "by both sides", "by all the parties". */
function othersMeant(w: Words, from: number): boolean {
  const e = clauseEnd(w, from, w.lc.length);
  for (let k = from; k < e - 1; k++) {
    if (w.lc[k] === 'by' && (w.lc[k + 1] === 'both' || w.lc[k + 1] === 'all' || w.lc[k + 1] === 'the') && (w.lc[k + 2] === 'sides' || w.lc[k + 2] === 'parties' || w.lc[k + 3] === 'sides' || w.lc[k + 3] === 'parties')) return true;
  }
  return false;
}

/** a call's title naming a group on one side */
const GROUP_CALL = /\b(?:call|conversation)s? with (?:the )?(?:leaders|heads|members|counterparts|allies|partners)\b/i;

/** The two parties of the call a readout is of (`callParties`), as fresh actors; none when the text is no call's readout. */
function callPair(w: Words): Actor[] {
  // (not a call with a group: "… Call with the Leaders of the Bucharest Nine")
  if (!w.doc || !w.ents || !callTitle(w.doc) || GROUP_CALL.test(w.doc.article.title ?? '')) return noActors();
  const parties = callParties(w.doc);
  if (parties.length < 2) return noActors();
  const out = noActors();
  for (const e of parties) {
    const m = w.doc.mentions[e.mentions[0]];
    if (!m || !w.ents.byId.has(e.id)) return noActors();
    const role = e.role ?? 'GOV';
    out.push(newActor({ country: e.country!, role, cameo: e.country! + role, from: 0, to: 0, place: undefined }, e.name, undefined, 0, 0, m.start, m.end));
  }
  return out;
}

/** The other party of the call (see `callParties`) for one who acts in its readout: the one not them, nor of their country. */
function callPartner(doc: Doc, ents: EntityIndex, source: EventActor | null): Actor | undefined {
  const parties = callParties(doc);
  if (!source || parties.length < 2) return undefined;
  const country = source.cameo?.slice(0, 3);
  const [a, b] = parties;
  const other = source.entity === a.id || (source.entity !== b.id && country === a.country) ? b : source.entity === b.id || country === b.country ? a : undefined;
  const m = other ? doc.mentions[other.mentions[0]] : undefined;
  if (!other || !m || !ents.byId.has(other.id)) return undefined;
  const country2 = other.country!;
  const role = other.role ?? 'GOV';
  return newActor({ country: country2, role, cameo: country2 + role, from: 0, to: 0, place: undefined }, other.name, undefined, 0, 0, m.start, m.end);
}

/** An actor with every field, in one order (one hidden class for all actors). */
function newActor(span: CodedSpan, name: string | undefined, w: Words | undefined, nameFrom: number, nameTo: number, start: number, end: number): Actor {
  return { span, name, w, nameFrom, nameTo, start, end };
}

function actorFrom(w: Words, c: CodedSpan): Actor {
  return newActor(c, undefined, w, c.from, c.to, w.start[c.from], w.end[c.to - 1]);
}

/** The actor's words as written ("Russia's foreign minister"). */
function actorName(a: Actor): string {
  if (a.name === undefined) a.name = a.w!.raw.slice(a.nameFrom, a.nameTo).join(' ').replace(/ (['’]s)\b/g, '$1').replace(/ ,/g, ',');
  return a.name;
}

/** Codes the words [a, b) as one or more actors joined by "and" / commas. */
function codeCompound(w: Words, a: number, b: number): Actor[] {
  const parts: Array<[number, number]> = [];
  let s = a;
  for (let k = a; k <= b; k++) {
    if (k === b || w.lc[k] === 'and' || w.lc[k] === '&' || (w.raw[k] === ',' && k + 1 < b && listPartAt(w, k + 1, b) >= 0)) {
      if (k > s) parts.push([s, k]);
      s = k + 1;
    }
  }
  const coded: CodedSpan[] = [];
  // (whether the last coded part ends in a role word: "British forces", not a named body: "Hamas")
  let lastByWord = false;
  for (const [x, y] of parts) {
    const c = phrase(w, x, y);
    if (c) {
      coded.push(c);
      lastByWord = termAt(w, y - 1, y)?.kind === 'role';
    }
  }
  if (coded.length <= 1) {
    const c = phrase(w, a, b);
    return c ? [actorFrom(w, c)] : noActors();
  }
  // "US and British forces": a country without a role takes the role of its neighbour's noun (not
  // a named body's: "Israel and Hamas" are no Israeli rebels);
  // "Israeli helicopters and tanks": a role without a country takes the neighbour's country
  // "the leaders of Russia and the US": the role before "of" is every country's after it
  const [x0, y0] = parts[0];
  const of = w.lc.indexOf('of', x0);
  const ofRole = of > x0 && of < y0 && termAt(w, of - 1, of)?.kind === 'role' ? coded[0].role : undefined;
  const lastRole = (lastByWord ? coded[coded.length - 1].role : undefined) ?? ofRole;
  for (const c of coded) {
    if (!c.role && lastRole && c.country && !c.country.startsWith('IGO')) {
      c.role = lastRole;
      c.cameo = c.country + lastRole;
    }
  }
  for (let k = 1; k < coded.length; k++) {
    const c = coded[k];
    if (!c.country && coded[k - 1].country) {
      c.country = coded[k - 1].country;
      c.cameo = c.country + (c.role ?? '');
    }
  }
  const seen = new Set<string>();
  const out = noActors();
  for (const c of coded) {
    if (seen.has(c.cameo)) continue;
    seen.add(c.cameo);
    out.push(actorFrom(w, c));
  }
  return out;
}

/** The noun phrase starting at or after `a` (up to a preposition other than "of"). */
function npEnd(w: Words, a: number, b: number): number {
  let seenTerm = false;
  for (let k = a; k < b; k++) {
    if (isBoundary(w, k)) return k;
    // ("leaders across Europe": a role spread over a place is that place's)
    if (k > a && NP_BREAK.has(w.lc[k]) && seenTerm && !((w.lc[k] === 'across' || w.lc[k] === 'throughout') && termAt(w, k - 1, k)?.kind === 'role' && k + 1 < b && termAt(w, k + 1, b)?.kind === 'country')) return k;
    if (w.lc[k] === 'of' && k + 1 < b && /ing$/.test(w.lc[k + 1])) return k;
    // "that Peru was arming the rebels": the phrase ends at its clause's verb
    if (seenTerm && k > a && CLAUSE_VERB_STARTS.has(w.lc[k])) return k;
    // "met with Peru and attacked Bolivia": a verb after "and" begins a clause of its own
    if (seenTerm && (w.lc[k] === 'and' || w.lc[k] === 'or') && k + 1 < b && finiteVerbLike(w, k + 1) && (!w.lc[k + 1].endsWith('ed') || w.heads[k + 1] !== undefined)) return k;
    if (termAt(w, k, b)) seenTerm = true;
  }
  return b;
}

/** auxiliaries and forms of "be" that begin a clause's verb after its subject ("… Peru was arming …") */
const CLAUSE_VERB_STARTS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do']);

/** Actors named in [a, b): the first noun phrase that codes, with its coordinated parts. */
function objectActors(w: Words, a: number, b: number, skipAssets = false): Actor[] {
  let fallback: Actor[] | undefined;
  for (let k = a; k < b; k++) {
    // a possessive pronoun determines the subject's own thing ("closed its embassy", "offered
    // its troops to …"): neither it nor its noun is the target
    if (POSSESSIVE.has(w.lc[k])) {
      // "attacked our state", "shelled our territory": the country of whoever says "we" (the one
      // quoted, or the publishing government); whether that is the subject's own is decided with
      // the subject ("we defend our country" has no target)
      if (w.lc[k] === 'our' && k + 1 < b && HOMELAND.has(w.lc[k + 1]) && phraseHead(w, k + 1, b) && leadsToOur(w, a, k)) {
        const home = ourCountry(w, k);
        if (home) return [home];
      }
      let x = k;
      while (x + 1 < b && !NP_BREAK.has(w.lc[x + 1]) && !isBoundary(w, x + 1) && w.lc[x + 1] !== 'and') x++;
      // "its European Community partners": a relational noun names others, who may be the target
      // (the phrase may run on into the verb of a clause: "that its partners refuse to …")
      let rel = false;
      for (let y = k + 1; y <= x && !rel; y++) rel = RELATIONAL.has(w.lc[y]);
      if (!rel) k = x;
      continue;
    }
    const t = termAt(w, k, b);
    if (!t) continue;
    // a role word used as a modifier names no actor: "military exercises", "a general strike"
    if (t.kind === 'role' && k + t.len < b && ASSET_NOUNS.has(w.lc[k + t.len])) {
      k += t.len;
      continue;
    }
    // start the phrase at the last preposition before the term, so "in Amman" stays a place
    let st = k;
    while (st > a && !NP_BREAK.has(w.lc[st - 1]) && !isBoundary(w, st - 1)) st--;
    let e = npEnd(w, k, b);
    // coordinated targets: "Mauritania and Senegal", "Congo and Costa Rica"
    for (;;) {
      const x = e < b - 1 ? (w.lc[e] === 'and' && termAt(w, e + 1, b) ? e + 1 : w.raw[e] === ',' ? listPartAt(w, e + 1, b) : -1) : -1;
      if (x < 0) break;
      e = npEnd(w, x, b);
    }
    const acts = codeCompound(w, st, e);
    // "deployed troops to Lebanon", "the withdrawal of forces from Panama": troops of no named
    // country are the actor's own; the body they go to or leave is the target
    const skipTo = e - 1 > k ? e - 1 : k;
    if (skipAssets && acts.length && acts.every((x) => !x.span.country && ASSET_ROLES.has(x.span.role ?? ''))) {
      fallback ??= acts;
      k = skipTo;
      continue;
    }
    return acts;
  }
  return fallback ?? noActors();
}

/** Nouns that, after "our", name the speaker's country itself ("our state") or its people. */
const HOMELAND = new Map<string, string>([
  ['country', ''], ['state', ''], ['nation', ''], ['homeland', ''], ['motherland', ''], ['territory', ''], ['land', ''], ['soil', ''],
  ['people', 'CVL'], ['citizens', 'CVL'], ['civilians', 'CVL'],
]);

/** Whether word k ends its noun phrase ("our state", "our state again", not "our state capitol"). */
function phraseHead(w: Words, k: number, b: number): boolean {
  const x = w.lc[k + 1];
  return k + 1 >= b || w.punct[k + 1] || NP_BREAK.has(x) || x === 'and' || x === 'or' || x === 'again' || x === 'today' || x === 'yesterday' || x === 'last' || x === 'this';
}

/** Words that may stand between the start of an object and "our state" ("the entire territory of our state"), unlike "friends of our country". */
const OUR_LEAD = new Set(['the', 'entire', 'whole', 'territory', 'of', 'all', 'parts', 'part', 'against', 'on', 'at', 'into', 'across', 'throughout']);

function leadsToOur(w: Words, a: number, k: number): boolean {
  for (let x = a; x < k; x++) if (!OUR_LEAD.has(w.lc[x])) return false;
  return true;
}

/**
 * Whose "I" or "we" (`me`) the words at offset `pos` are: the speaker of the direct quotation they
 * are in, else the author or publishing government (`firstPersonVoice`; in reported speech without
 * quotation marks, the one who reports it).
 */
function voiceAt(w: Words, pos: number, me: string): Actor | undefined {
  const q = w.doc ? quoteAt(w.doc, pos) : -1;
  const direct = q >= 0 && ownWords(w.doc.quotes[q]);
  return (direct ? quotedSpeaker(w, pos) : undefined) ?? firstPersonVoice(w, pos, me, !direct);
}

/**
 * The country (or its people) that "our" + a `HOMELAND` noun at word k names: that of the one whose
 * words these are: the speaker of a direct quotation, else the author or publishing government
 * (`firstPersonVoice`; in reported speech without quotation marks, the one who reports it).
 */
function ourCountry(w: Words, k: number): Actor | undefined {
  const pos = w.start[k];
  const country = voiceAt(w, pos, 'we')?.span.country;
  if (!country) return undefined;
  const role = HOMELAND.get(w.lc[k + 1]) || undefined;
  return newActor({ country, role, cameo: country + (role ?? ''), from: k, to: k + 2, place: undefined }, undefined, w, k, k + 2, pos, w.end[k + 1]);
}

/** Start of the clause holding word i: a hard boundary (sentence start, ;, :, quote, "that", a reporting verb). */
function clauseStart(w: Words, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const x = w.raw[k];
    // a short gloss in brackets belongs to the name before it ("Hizbollah (Party of God) said")
    if (w.punct[k] && x === ')') {
      // the nearest bracket among the seven tokens before; o below lo: none (and no test of a word
      // against '(', a kind of string that test has not seen, which would discard optimized code)
      const lo = k > 7 ? k - 7 : 0;
      let o = k - 1;
      while (o >= lo && w.raw[o] !== '(' && w.raw[o] !== ')') o--;
      if (o >= lo && o >= 1 && w.raw[o] === '(' && o < k - 1 && isCap(w.raw[o - 1])) {
        k = o;
        continue;
      }
    }
    if (w.punct[k] && (x === ';' || x === ':' || x === '"' || x === '“' || x === '”' || x === '(' || x === ')')) return k + 1;
    if (w.lc[k] === 'that' || w.lc[k] === 'which' || w.lc[k] === 'who' || REPORT_VERBS.has(w.lc[k])) return k + 1;
  }
  return 0;
}

/** A comma at word k, also one before a closing quotation mark there ("the “referendum,” which …"). */
function commaAt(w: Words, k: number): boolean {
  return w.raw[k] === ',' || (k > 0 && (w.raw[k] === '”' || w.raw[k] === '"' || w.raw[k] === '’') && w.raw[k - 1] === ',');
}

/**
 * Where a dateline that opens the sentence ends ("WASHINGTON —", "UNITED NATIONS –", "BUENA
 * PARK, Calif. -", "NEW YORK (AFP) –"): the word after its dash, or 0 when there is none.
 */
function datelineEnd(w: Words): number {
  // (asked for every subject of the sentence: worked out once per sentence)
  if (w === DATELINE_OF) return DATELINE_END;
  DATELINE_OF = w;
  DATELINE_END = datelineEndOf(w);
  return DATELINE_END;
}
let DATELINE_OF: Words | undefined;
let DATELINE_END = 0;

function datelineEndOf(w: Words): number {
  const n = Math.min(w.lc.length, 10);
  let caps = 0;
  let comma = -3; // the last comma before word k
  let open = -3; // the last opening parenthesis before word k
  for (let k = 0; k < n; k++) {
    const r = w.raw[k];
    // a comma one or two words back, worked out for every word (not only in a dateline, whose
    // first "…, Calif." late in a run cost the optimized caller, subjectActors, a deopt)
    const afterComma = k - comma <= 2;
    if (r === '—' || r === '–' || r === '-' || r === '--' || r === '_' || r === ')_') return caps > 0 && k > 0 ? k + 1 : 0;
    if (r === ',' || r === '(' || r === ')') {
      if (r === ',') comma = k;
      else if (r === '(') open = k;
      continue;
    }
    if (/^[A-Z][A-Z.'’-]+$/.test(r)) {
      caps++;
      continue;
    }
    // ("Calif.", "Netherlands", "New York" after the comma; the agency in parentheses: "(AFP)",
    // "(Reuters)", "(Associated Press)")
    if (caps > 0 && /^[A-Z][a-z]+\.?$/.test(r) && (afterComma || k - open <= 2)) continue;
    return 0;
  }
  return 0;
}

/** The subject actors of the clause whose verb is at i. */
function subjectActors(w: Words, i: number, depth = 0): Actor[] {
  // the list every "no one" return gives, made here: a return of its own with a call of its own
  // ("The bombings … have killed": an act named by its noun, first met some hundred articles
  // after the function was optimized) cost a deopt and a second, larger compile (~0.1 s)
  const noOne = noActors();
  // ", killing …": a participle after a comma has the subject of the clause before it for its doer
  // (`verbBeforeParticiple`), never an actor named in that clause's object ("The storm hit the
  // coast of Mexico, killing …" has no known doer; "A bomb struck a UN convoy, killing …" is no
  // act of the UN)
  const pv = depth === 0 ? verbBeforeParticiple(w, i) : -1;
  if (pv >= 0) return subjectActors(w, pv, 1);
  // "our decision to recognise …": the one who decided
  if (i > 2 && (w.lc[i - 1] === 'to' || w.lc[i - 2] === 'to')) {
    const owner = decisionPossessor(w, i);
    if (owner.length) return owner;
  }
  // ("UNITED NATIONS – Iraq's ambassador asked …": the dateline is no part of the subject)
  const cs = Math.max(clauseStart(w, i), i > 0 ? datelineEnd(w) : 0);
  // "six Russian companies that provide support to …": a relative clause with no subject of its
  // own has the noun it follows for one, not the subject of the clause around it (also with
  // auxiliaries before the verb: "which has been encouraging …", and for the clause's second
  // verb, not the first one's object: "everyone who saves people right now and helps …"); a
  // noun that names no actor ("weaponry which has been encouraging …") leaves the act with no
  // known source
  const rel = cs >= 2 && (w.lc[cs - 1] === 'that' || w.lc[cs - 1] === 'which' || w.lc[cs - 1] === 'who') && ((i - cs <= 3 && auxiliariesOnly(w, cs, i)) || secondVerbOf(w, cs, i));
  // comma-separated segments between the clause start and the verb; the subject is the first
  // one that names an actor and is not a fronted adverbial ("In an interview, …") or apposition
  const segs: Array<[number, number]> = [];
  let s = cs;
  for (let k = cs; k <= i; k++) {
    if (k === i || (w.raw[k] === ',' && w.punct[k])) {
      if (k > s) segs.push([s, k]);
      s = k + 1;
    }
  }
  // "the referendum, which violates the constitution, would never be recognized": the verb after
  // a relative clause between commas has the clause's antecedent for its subject, not an actor
  // named inside the relative clause (none when the antecedent names no actor)
  const none = cs >= 2 && REL_WORDS.has(w.lc[cs - 1]) && commaAt(w, cs - 2) && segs.length > 0 && (segs.length > 1 || segs[0][1] < i) && !namesSubject(w, segs.length > 1 ? segs[segs.length - 1][0] : i, i) && !(segs.length > 1 && CLAUSE_COORD.has(w.lc[segs[segs.length - 1][0]]));
  // (both cases share one call, and the second one's "no one" the last return: code first run
  // late in a run, at a call of its own, would cost the optimized code a deopt)
  if (rel || none) {
    const acts = antecedentActors(w, cs - 1);
    if (acts) return acts;
  }
  // ("weaponry, which the West supplies and which has been encouraging …": a second relative
  // clause's "which" stands for the first one's antecedent, not for anyone named in the first)
  for (let k = i - 1; k >= Math.max(1, cs - 1, i - 5); k--) {
    if (w.lc[k] !== 'which' || w.lc[k - 1] !== 'and' || !auxiliariesOnly(w, k + 1, i)) continue;
    for (let f = k - 2; f >= 1; f--) {
      if (w.lc[f] !== 'which') continue;
      if (w.raw[f - 1] === ',') return antecedentActors(w, f) ?? noOne;
      break;
    }
    return noOne;
  }
  // "Ukraine is in a war, and we have been supporting Ukraine": a clause joined by "and" or "but"
  // after a comma has a subject of its own, between the conjunction and the verb
  if (!none && segs.length > 1) {
    const [a0, b] = segs[segs.length - 1];
    const [p0, p1] = segs[segs.length - 2];
    // (the clause before has a verb of its own: "A, B and C held talks" is one subject)
    let verb = false;
    for (let k = p0; k < p1 && !verb; k++) verb = finiteVerbLike(w, k);
    if (verb && b === i && b - a0 >= 2 && CLAUSE_COORD.has(w.lc[a0]) && (SUBJECT_PRONOUNS.has(cliticBase(w.lc[a0 + 1])) || termAt(w, a0 + 1, b) || (w.lc[a0 + 1] === 'the' && b - a0 >= 3 && termAt(w, a0 + 2, b)))) segs.splice(0, segs.length, [a0 + 1, b]);
  }
  const nSegs = none ? 0 : segs.length;
  for (let si = 0; si < nSegs; si++) {
    const [a0, b] = segs[si];
    // (also after "and": "With the council's consent, and in line with the treaties with X, I …")
    if (LEAD_PREPS.has(w.lc[CLAUSE_COORD.has(w.lc[a0]) && a0 + 1 < b ? a0 + 1 : a0]) && segs.length > 1) continue;
    // ("To address the crisis caused by Peru's acts, he is imposing …": a fronted purpose)
    if (w.lc[a0] === 'to' && b < i) continue;
    // "Although all parties are cooperating, I urge …": a fronted clause of time, cause,
    // concession or condition has a subject of its own, not the main verb's
    if ((CLAUSE_SUBORD.has(w.lc[a0]) || w.lc[a0] === 'if' || invertedCondition(w, CLAUSE_COORD.has(w.lc[a0]) ? a0 + 1 : a0)) && b < i) continue;
    // ", which violates …,": a relative clause inside the subject is not the subject
    // (but "…, when they began imposing …": a clause of time that reaches the verb, its
    // subject a pronoun, holds that subject)
    if (REL_WORDS.has(w.lc[a0]) && segs.length > 1 && !(b === i && CLAUSE_SUBORD.has(w.lc[a0]) && SUBJECT_PRONOUNS.has(w.lc[a0 + 1]))) continue;
    // "They’ve killed …, bombed hospitals — …": a segment that begins with a past-tense event
    // verb is a verb phrase of the same subject, and its object is no subject
    if (a0 > cs && isLower(w.raw[a0]) && w.heads[a0] !== undefined && w.lc[a0].endsWith('ed')) continue;
    let a = a0;
    // "(And) when it came time to … help X, we did": the subordinator opens the clause; its
    // subject comes after it
    if (CLAUSE_COORD.has(w.lc[a]) && a + 2 < b && CLAUSE_SUBORD.has(w.lc[a + 1])) a++;
    if (CLAUSE_SUBORD.has(w.lc[a]) && a + 1 < b) a++;
    // "And I strongly urged him …", "But we have …": a conjunction opening the sentence is no
    // part of its subject
    else if (a === cs && CLAUSE_COORD.has(w.lc[a]) && a + 1 < b) a++;
    // "Portugal sent aid after Angola asked for help": a verb in a clause of time or cause that
    // follows the main one has that clause's subject (checked from the verb back)
    if (b === i) {
      for (let k = b - 1; k > a0; k--) {
        if (!CLAUSE_SUBORD.has(w.lc[k])) continue;
        if (k + 1 < b && termAt(w, k + 1, b)) a = k + 1;
        break;
      }
    }
    let e = b;
    // the subject ends where its verb group begins
    for (let k = a; k < b; k++) {
      // "It also includes sanctions on Russia’s bank": a subject pronoun is the whole subject,
      // whatever verb follows (not "they both", "we all")
      // (but "we saw Iran launch …", "let them meet": after a verb of perceiving or causing, the
      // one named next does the act)
      if (k === a && k < b - 1 && SUBJECT_PRONOUNS.has(w.lc[k]) && !PRONOUN_TAILS.has(w.lc[k + 1]) && !someWordIn(w, k + 1, b, SEE_OR_CAUSE)) {
        e = k + 1;
        break;
      }
      // "we’ve been supporting": a pronoun written with its auxiliary is the whole subject
      if (k < b - 1 && PRONOUNS.has(cliticBase(w.lc[k])) && cliticBase(w.lc[k]) !== w.lc[k]) {
        e = k + 1;
        break;
      }
      // ("Israel's cabinet": after a name, 's is a possessive, not "is")
      if ((BE.has(w.lc[k]) && !(w.lc[k] === "'s" && k > a && isCap(w.raw[k - 1]) && !PRONOUNS.has(w.lc[k - 1]) && !IS_HOSTS.has(w.lc[k - 1]))) || w.lc[k] === 'has' || w.lc[k] === 'have' || w.lc[k] === 'had' || w.lc[k] === 'will' || w.lc[k] === 'would' || AUX_CLITICS.has(w.lc[k])) {
        e = k;
        break;
      }
      // "Biden reaffirmed his goal …, and proposed": a finite verb ends the subject
      if (k > a && (REPORT_VERBS.has(w.lc[k]) || (w.lc[k].endsWith('ed') && BY_HEAD.has(w.lc[k]))) && isLower(w.raw[k]) && !DETERMINERS.has(w.lc[k - 1])) {
        e = k;
        break;
      }
    }
    if (e === a) continue;
    // "They discussed …", "They agreed …" after a call between two leaders: a plain "they" that
    // talks or agrees is the two leaders named last (of two countries, with a leader's title), if
    // there are such
    if (e - a === 1 && w.lc[a] === 'they' && JOINT_VERBS.has(w.lc[i]) && w.ents && w.start.length) {
      const call = callPair(w);
      if (call.length) return call;
      const pair = pairBefore(w.doc, w.ents, w.start[a], true, true);
      if (pair.length) return freshCopies(pair);
    }
    // "Russian forces entered the city. They killed dozens": a plain "they" opening the sentence
    // that coreference left unresolved is the group or country that opened the sentence before
    if (e - a === 1 && a === cs && cliticBase(w.lc[a]) === 'they' && !mentionAt(w, a) && depth === 0) {
      const prev = previousOpening(w);
      if (prev.length) return prev;
    }
    if (e - a <= 2 && PRONOUNS.has(cliticBase(w.lc[e - 1])) && !mentionAt(w, e - 1)) {
      // "I urge …" inside a quotation: the one quoted
      const me = cliticBase(w.lc[e - 1]);
      const sp = me === 'i' || me === 'we' ? (quotedSpeaker(w, w.start[e - 1]) ?? firstPersonVoice(w, w.start[e - 1], me)) : undefined;
      if (sp) return [sp];
      // an "I" or "we" inside the words of a speaker left unnamed is that speaker's side, known
      // or not, never the subject of the clause around it ("our talks to ensure that we are
      // prepared to impose sanctions": not the talks' partner)
      if ((me === 'i' || me === 'we') && anonymousQuote(w, w.start[e - 1])) return officialsVoice(w, w.start[e - 1], me);
      // "… the line the US authorities took years ago, when they began imposing …": a "they" of a
      // clause of its own is the plural body named before it in the sentence
      if (me === 'they' && e - 1 > cs) {
        const ante = pluralAntecedent(w, e - 1);
        if (ante.length) return ante;
      }
      continue;
    }
    // "they both discussed": the two people named last (leaders first), or no one known (not
    // whatever body coreference last called "they")
    if (e - a === 2 && w.lc[a] === 'they' && w.lc[a + 1] === 'both') return w.ents && w.start.length ? freshCopies(recentPair(w.doc, w.ents, w.start[a], true, true)) : noOne;
    // "The blasts at two embassies in Lima and Quito have killed …", "Clashes between …":
    // an act named by its noun is the subject; who carried it out is not said here
    if (eventNounSubject(w, a, e)) return noOne;
    const group = groupActors(w, a, e);
    if (group.length) return group;
    const acts = codeCompound(w, a, e);
    if (acts.length) return acts;
  }
  // a pronoun or nothing: the subject of the clause that reports or governs this one
  if (!none && cs > 0 && depth < 2) return subjectActors(w, cs - 1, depth + 1);
  return noOne;
}

/**
 * The country, body or armed group named at the opening of the sentence before the one of `w` in
 * its paragraph, as the subject of its first verb ("Russian forces entered …", "Russia has been
 * …"), or none (a person, a city, a label or dateline in capitals, or nothing coded there).
 */
function previousOpening(w: Words): Actor[] {
  const doc = w.doc;
  if (!doc || !w.start.length) return noActors();
  const pos = w.start[0];
  let si = -1;
  for (let x = 0; x < doc.sentences.length && doc.sentences[x].end <= pos; x++) si = x;
  if (si < 0) return noActors();
  const ps = doc.sentences[si];
  const pw = sentenceWords(doc, ps.tokenStart, ps.tokenEnd, w.ents, tokenTypes(doc), null);
  let a = 0;
  if (a < pw.lc.length && CLAUSE_COORD.has(pw.lc[a])) a++;
  // ("Over two years, Russia has been …": past a fronted phrase)
  if (a < pw.lc.length && introOpener(pw.lc[a])) {
    let k = a;
    while (k < pw.lc.length && k < a + 8 && pw.raw[k] !== ',') k++;
    if (pw.raw[k] === ',') a = k + 1;
  }
  if (a < pw.lc.length && pw.lc[a] === 'the') a++;
  if (a >= pw.lc.length || ps.paragraph !== doc.sentences[si + 1]?.paragraph) return noActors();
  // (a country or a body: not a person named, a city, a speaker's label or a dateline in capitals)
  const m = doc.mentions[firstStartingFrom(doc.mentions, pw.start[a])];
  if (m && m.start === pw.start[a] && m.type === 'PER' && m.form === 'name') return noActors();
  const t = termAt(pw, a);
  if (!t || (t.kind !== 'country' && t.kind !== 'org') || pw.raw[a] === pw.raw[a].toUpperCase()) return noActors();
  let e = a;
  while (e < pw.lc.length && e - a < 5 && !pw.punct[e] && !BE.has(pw.lc[e]) && !AUX_MODALS.has(pw.lc[e]) && pw.lc[e] !== 'has' && pw.lc[e] !== 'have' && !(e > a && finiteVerbLike(pw, e))) e++;
  if (e === a) return noActors();
  const c = phrase(pw, a, e);
  if (!c || !c.country || c.place) return noActors();
  // (an actor with no word positions: those of the sentence before mean nothing in this one's)
  const x = actorFrom(pw, c);
  return [newActor({ country: c.country, role: c.role, cameo: c.cameo, from: 0, to: 0, place: undefined }, actorName(x), undefined, 0, 0, x.start, x.end)];
}

/** Is the passive verb at i's subject a bare pronoun ("it was attacked")? */
function pronounSubject(w: Words, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (BE.has(w.lc[k]) || w.lc[k] === 'has' || w.lc[k] === 'have' || w.lc[k] === 'had' || w.lc[k] === 'being' || w.lc[k] === 'been' || w.lc[k] === 'would' || w.lc[k] === 'will' || w.lc[k] === 'not')) k--;
  return k >= 0 && k < i - 1 && SUBJECT_PRONOUNS.has(w.lc[k]);
}

/** Does [a, b) name an actor or hold a subject pronoun (a subject of its own before the verb)? */
function namesSubject(w: Words, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (SUBJECT_PRONOUNS.has(w.lc[k]) || termAt(w, k, b)) return true;
  return false;
}

/**
 * The verb of the clause before a participle set off by a comma ("…, killing …"): the first word
 * after the clause's start that heads an event pattern or looks like a finite verb, or -1 (also
 * when the word at i is no "-ing" participle right after a comma).
 */
function verbBeforeParticiple(w: Words, i: number): number {
  if (i < 3 || w.raw[i - 1] !== ',' || !w.lc[i].endsWith('ing') || !isLower(w.raw[i])) return -1;
  const cs = clauseStart(w, i);
  for (let k = cs + 1; k < i - 1; k++) {
    if (isBoundary(w, k)) return -1;
    if (isLower(w.raw[k]) && (w.heads[k] !== undefined || finiteVerbLike(w, k))) return k;
  }
  return -1;
}

/** Whether word k looks like a finite verb: a form of "be" or "have", a reporting verb, a lower-case word in -ed. */
function finiteVerbLike(w: Words, k: number): boolean {
  const x = w.lc[k];
  return BE.has(x) || x === 'has' || x === 'have' || x === 'had' || REPORT_VERBS.has(x) || (isLower(w.raw[k]) && x.length > 4 && x.endsWith('ed'));
}

/** pronouns a relative clause may follow ("those who"), which code to no actor */
const PRONOUN_ANTECEDENTS = new Set(['those', 'these', 'all', 'anyone', 'everyone', 'someone', 'everybody', 'anybody', 'somebody']);

/** words that end no noun phrase a relative clause could follow, and begin none (prepositions, conjunctions, pronouns) */
const NOT_ANTECEDENT = new Set(['and', 'or', 'but', 'nor', 'from', 'to', 'with', 'against', 'by', 'for', 'in', 'on', 'at', 'into', 'over', 'under', 'about', 'than', 'those', 'these', 'them', 'it', 'they', 'we', 'you', 'he', 'she', 'i', 'all', 'anyone', 'everyone', 'someone', 'people']);

/**
 * The actors of the noun phrase just before a relative pronoun at `rel` ("six Russian technology
 * companies that …"), or undefined when the word before is no noun (a verb: "said that").
 */
function antecedentActors(w: Words, rel: number): Actor[] | undefined {
  // (a word that heads an event pattern is taken for a verb, "they order that …", but not
  // right before the pronoun after a determiner of its phrase: "a fund that …", "a new
  // executive order that …")
  const verbish = (k: number) => w.heads[k] !== undefined || finiteVerbLike(w, k);
  let e = rel;
  // ", which …", ", who …": the noun phrase before the comma
  const comma = (w.lc[rel] === 'which' || w.lc[rel] === 'who') && e >= 2 && commaAt(w, e - 1) && w.punct[e - 1];
  // (the “plan,” which …: past the closing quotation mark too)
  if (comma) e -= w.raw[e - 1] === ',' ? 1 : 2;
  // ("attacks that killed 130 people": an event noun before "that" and a verb is the antecedent;
  // whoever carried them out is not named there)
  if (!comma && w.lc[rel] === 'that' && e >= 1 && eventNounAt(w, e - 1)) return actorsBeforeNoun(w, e - 1);
  if (w.punct[e - 1] || ((w.heads[e - 1] !== undefined && !determined(w, e - 1)) || finiteVerbLike(w, e - 1))) return undefined;
  // "those who …", "everyone who …": a pronoun names no one the act could be coded for
  if (PRONOUN_ANTECEDENTS.has(w.lc[e - 1])) return noActors();
  if (NOT_ANTECEDENT.has(w.lc[e - 1])) return undefined;
  let a = e - 1;
  while (a > 0 && e - a < 6 && !w.punct[a - 1] && !isBoundary(w, a - 1) && !verbish(a - 1) && !CLAUSE_WORDS.has(w.lc[a - 1]) && !NOT_ANTECEDENT.has(w.lc[a - 1])) a--;
  // "… in the southeast of Ukraine, which has led to …": after a phrase of place or time,
  // ", which" may be said of anything before it; no source is known
  if (comma && a > 0 && LEAD_PREPS.has(w.lc[a - 1])) return noActors();
  return codeCompound(w, a, e);
}

/** Whether the subject [a, e) opens (after a determiner) with a lower-case event noun ("the bombings at …"). */
function eventNounSubject(w: Words, a: number, e: number): boolean {
  let k = a;
  while (k < e && (DETERMINERS.has(w.lc[k]) || w.lc[k] === 'these' || w.lc[k] === 'those')) k++;
  if (k >= e - 1 || !eventNounAt(w, k) || !NOUN_PHRASE_LINK.has(w.lc[k + 1])) return false;
  // ("The attack by Russian forces killed …": the doer is named after all)
  for (let j = k + 1; j < e; j++) if (w.lc[j] === 'by') return false;
  // (only a violent act: "the state of Ukraine" names a body)
  // (a one-word noun pattern: "the state of" is no "state of emergency")
  for (const h of w.heads[k]!) if (h.noun && h.elems.length === 0 && (CODES.get(h.code)?.quad ?? 0) === 4) return true;
  return false;
}
/** words after an event noun that show it heads the subject's phrase ("the attacks on …", "clashes between …") */
const NOUN_PHRASE_LINK = new Set(['at', 'on', 'in', 'between', 'against', 'near', 'of', 'across', 'along', 'inside', 'outside']);

/** The actors named in the words before the event noun at k ("Israeli airstrikes that …", "the Hamas attack that …"), or none. */
function actorsBeforeNoun(w: Words, k: number): Actor[] {
  let a = k;
  while (a > 0 && k - a < 5 && !w.punct[a - 1] && !isBoundary(w, a - 1) && !CLAUSE_WORDS.has(w.lc[a - 1]) && !NOT_ANTECEDENT.has(w.lc[a - 1]) && !finiteVerbLike(w, a - 1)) a--;
  return a < k ? codeCompound(w, a, k) : noActors();
}

/** Whether word k is a plural or determined noun that heads an event noun pattern ("attacks", "the strike"). */
function eventNounAt(w: Words, k: number): boolean {
  const heads = w.heads[k];
  if (!heads || !isLower(w.raw[k])) return false;
  let noun = false;
  for (const h of heads) if (h.noun) noun = true;
  return noun && (w.lc[k].endsWith('s') || determined(w, k));
}

/**
 * Whether the verb at i is the second of a relative clause that begins with its own verb at cs
 * ("who saves people right now and helps …"): "and" right before i, no comma or clause word
 * between, and a lower-case verb form opening the clause.
 */
function secondVerbOf(w: Words, cs: number, i: number): boolean {
  // ("which has led to … and has forced …": auxiliaries may stand between "and" and the verb)
  let and = i - 1;
  while (and > cs && and > i - 4 && auxiliariesOnly(w, and, and + 1)) and--;
  if (and - cs < 2 || i - cs > 16 || w.lc[and] !== 'and' || !isLower(w.raw[cs])) return false;
  const v = w.lc[cs];
  // an "-s" word right after "who" or "which" is a verb ("who saves"); after "that" it may be
  // the plural subject of a clause ("the claim that soldiers entered … and attacked")
  const sVerb = w.lc[cs - 1] !== 'that' && v.length > 3 && v.endsWith('s') && !v.endsWith('ss');
  if (!(w.heads[cs] !== undefined || finiteVerbLike(w, cs) || sVerb)) return false;
  for (let k = cs + 1; k < and; k++) if (w.punct[k] || CLAUSE_WORDS.has(w.lc[k]) || w.lc[k] === 'and') return false;
  return true;
}

/** Whether word k ends a noun phrase a determiner opens within the three words before it ("a new sanctions executive order"). */
function determined(w: Words, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    // (also "each state that helps …", "every country that …")
    if (DETERMINERS.has(w.lc[j]) || w.lc[j] === 'each' || w.lc[j] === 'every') return true;
    if (w.punct[j] || finiteVerbLike(w, j) || CLAUSE_WORDS.has(w.lc[j])) return false;
  }
  return false;
}

/** arms and strikes that make a retort gunfire ("hit back at Iran with airstrikes") */
const STRIKE_WORDS = new Set(['airstrikes', 'strikes', 'strike', 'missiles', 'missile', 'rockets', 'rocket', 'drones', 'drone', 'artillery', 'shelling', 'shells', 'bombs', 'bombing', 'attacks', 'barrage', 'raids', 'raid', 'gunfire', 'fire', 'mortars', 'troops', 'tanks', 'jets', 'warplanes']);
/** Whether "with" and an arm or strike follow word j within its clause. */
function weaponsAfter(w: Words, j: number): boolean {
  const ce = clauseEnd(w, j, w.lc.length);
  for (let k = j; k < Math.min(ce, j + 12); k++) {
    if (w.lc[k] !== 'with') continue;
    for (let x = k + 1; x < Math.min(ce, k + 6); x++) if (STRIKE_WORDS.has(w.lc[x])) return true;
  }
  return false;
}

/** the words of an attack that may be made in words */
const ATTACK_WORDS = new Set(['attack', 'attacks', 'attacked', 'attacking']);

/** Words that open a condition ("if", "unless", and "should" put first: "Should Peru invade, …"). */
const CONDITION_WORDS = new Set(['if', 'unless', 'should']);

/**
 * The actors in the subject of a condition that opens the sentence and ends with a comma before
 * word i ("If Russia continues …, we will …", "And if Peru …, …", "Should Peru invade, …"): the
 * words after "if" up to the condition's first verb; none when there is no such condition.
 */
function conditionSubject(w: Words, i: number): Actor[] {
  const a = conditionOpening(w, i);
  if (a < 0) return noActors();
  let comma = -1;
  for (let k = a + 1; k < i; k++) {
    if (w.raw[k] === ',') {
      comma = k;
      break;
    }
    if (w.punct[k]) return noActors();
  }
  if (comma < 0) return noActors();
  let v = a + 1;
  while (v < comma && !finiteVerbLike(w, v) && !finiteForm(w.lc[v]) && !AUX_MODALS.has(w.lc[v])) v++;
  return v > a + 1 ? objectActors(w, a + 1, v) : noActors();
}

/**
 * The word that opens a condition at the start of the clause holding word i: "if"/"unless" first
 * in the sentence, after a conjunction or after "that" ("said that if Peru invades, …"), or an
 * inverted "should" first in the sentence ("Should Peru invade, …"); -1 when there is none.
 */
function conditionOpening(w: Words, i: number): number {
  for (let a = Math.min(i, w.lc.length) - 1; a >= 0; a--) {
    const c = w.lc[a];
    if (!CONDITION_WORDS.has(c)) continue;
    const first = a === 0 || (a === 1 && CLAUSE_COORD.has(w.lc[0]));
    if (first || (c !== 'should' && w.lc[a - 1] === 'that')) return a;
  }
  return -1;
}

/** Whether word k is a "should" that opens the sentence as a condition ("Should Peru invade, we will …"). */
function invertedCondition(w: Words, k: number): boolean {
  return w.lc[k] === 'should' && conditionOpening(w, k + 1) === k;
}

/** Targets that are the speaker or author as "me" or "us" (`draftFor`): none when that is the source too. */
const SPOKEN_TO = new WeakSet<Actor>();

/** Whether an actor is a person (the entities layer's type), of no armed body. */
function unarmedPerson(w: Words, a: Actor): boolean {
  if (!w.doc || !w.ents || armedActor(a)) return false;
  return entityAt(w.doc, w.ents, a.start, a.end)?.type === 'PER';
}

/** roles of armed bodies: a retort of theirs may be gunfire */
const ARMED_ROLES = new Set(['MIL', 'REB', 'COP', 'UAF', 'INS', 'SPY']);
function armedActor(a: Actor): boolean {
  return ARMED_ROLES.has(a.span.role ?? '');
}

/** Whether the words [from, to) are only auxiliaries and the adverbs that go with them ("has been", "will also"). */
function auxiliariesOnly(w: Words, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = w.lc[k];
    if (!(BE.has(x) || x === 'has' || x === 'have' || x === 'had' || AUX_MODALS.has(x) || AUX_ADVERBS.has(x))) return false;
  }
  return true;
}
const AUX_MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'does', 'do', 'did']);
const AUX_ADVERBS = new Set(['also', 'already', 'still', 'now', 'recently', 'reportedly', 'allegedly', 'repeatedly', 'continuously', 'steadfastly', 'openly', 'long', 'later', 'then', 'subsequently', 'previously', 'earlier', 'first', 'finally', 'immediately', 'quickly', 'swiftly']);

/**
 * The speaker of the quotation that holds offset `pos`, as an actor: at the speaker's first
 * mention, when the speaker is a coded entity; else coded from the words that name the speaker,
 * when they name a country ("“We will strike back,” the Iranian defence minister said": IRNGOV).
 */
function quotedSpeaker(w: Words, pos: number): Actor | undefined {
  if (!w.doc || !w.ents) return undefined;
  const q = quoteAt(w.doc, pos);
  const sp = q >= 0 ? w.doc.quotes[q].speaker : undefined;
  if (!sp) return undefined;
  if (sp.entity) {
    const e = w.ents.byId.get(sp.entity);
    return e ? entityActor(w, e) : undefined;
  }
  const c = codeActor(sp.name);
  if (!c?.country) return undefined;
  return newActor({ country: c.country, role: c.role, cameo: c.cameo, from: 0, to: 0, place: undefined }, sp.name, undefined, 0, 0, pos, pos);
}

/**
 * The one a quotation in someone's own words is told to, when word i lies in it: the addressee
 * its attribution names ("…,” Ruiz told Vega"), else, in the readout of a call, the other party
 * (the last person named before it who is not its speaker); undefined when that one is not coded.
 */
function quotedAddressee(w: Words, i: number): Actor | undefined {
  const doc = w.doc;
  if (!doc || !w.ents) return undefined;
  const q = quoteAt(doc, w.start[i]);
  if (q < 0 || !ownWords(doc.quotes[q])) return undefined;
  const quote = doc.quotes[q];
  let to = quote.addressee?.entity;
  if (!to && callTitle(doc) && quote.speaker?.entity) {
    const ms = doc.mentions;
    for (let x = firstStartingFrom(ms, quote.start) - 1; x >= 0 && !to; x--) {
      const m = ms[x];
      if (m.type === 'PER' && m.entity && m.entity !== quote.speaker.entity) to = m.entity;
    }
  }
  const e = to ? w.ents.byId.get(to) : undefined;
  return e && (e.country || e.role) ? entityActor(w, e) : undefined;
}

/**
 * Who speaks the words at word i when they are someone's own: the speaker of a quotation in marks
 * or of a transcript's turn; none in reported speech or the narrator's text.
 */
function ownWordsSpeaker(w: Words, i: number): Actor | undefined {
  if (!w.doc) return undefined;
  const pos = w.start[i];
  const q = quoteAt(w.doc, pos);
  if (q < 0) return undefined;
  return ownWords(w.doc.quotes[q]) ? quotedSpeaker(w, pos) : undefined;
}

/** Whether a quote gives its speaker's own words: in quotation marks, or a transcript's turn. */
function ownWords(q: Quote): boolean {
  return q.kind !== 'indirect' || q.rule.includes('speaker-label');
}

/**
 * Who an "I" or "we" outside quotation marks is. In a text its title gives an author ("Remarks by
 * President Biden on …", "Address by the President of the Russian Federation"), "I" is the
 * author: inside a transcript, only in a turn whose label is the author's ("THE PRESIDENT:");
 * another's turn ("Q", "MODERATOR:") is no actor's. Otherwise, and for "we", the publishing
 * government (`publisherVoice`).
 */
function firstPersonVoice(w: Words, pos: number, me: string, reported = false): Actor | undefined {
  if (me === 'i' && w.doc) {
    const author = authorOf(w.doc);
    const turn = turnAt(w.doc, pos);
    if (turn) {
      const sp = turn.speaker;
      const e = sp?.entity && w.ents ? w.ents.byId.get(sp.entity) : undefined;
      if (e) return entityActor(w, e);
      if (!sp || sp.anonymous || !author || !labelNames(sp.name, `${author.name} ${w.doc.article.title ?? ''}`)) return undefined;
    }
    if (author && !inQuote(w.doc.text, w.doc.text.lastIndexOf('\n', pos) + 1, pos)) {
      const e = author.entity && w.ents ? w.ents.byId.get(author.entity) : undefined;
      if (e) return entityActor(w, e);
      const home = publisherCountry(w.doc.article.source, countryOf, seatCountry);
      if (home) return governmentActor(home, author.name, pos);
    }
  }
  return publisherVoice(w, pos, reported);
}

const AUTHORS = new WeakMap<Doc, SpeakerRef | null>();

/** The author the document's title names (`titleAuthor`), worked out once per document. */
function authorOf(doc: Doc): SpeakerRef | undefined {
  let a = AUTHORS.get(doc);
  if (a === undefined) {
    a = titleAuthor(doc, doc.entities) ?? null;
    AUTHORS.set(doc, a);
  }
  return a ?? undefined;
}

/** The transcript turn (a quote the speaker-label rule made) that offset `pos` is in: the last one that starts at or before it. */
function turnAt(doc: Doc, pos: number): Quote | undefined {
  let turn: Quote | undefined;
  for (const q of doc.quotes) {
    if (q.start > pos) break;
    if (q.rule.includes('speaker-label')) turn = q;
  }
  return turn;
}

/** Whether a turn's label ("THE PRESIDENT", "MS. PSAKI") names the author: its words are among the author's name and the title's (`names`). */
function labelNames(label: string, names: string): boolean {
  const words = label.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter((x) => x && x !== 'the' && x !== 'mr' && x !== 'ms' && x !== 'mrs' && x !== 'dr');
  const pool = new Set(names.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/));
  return words.length > 0 && words.every((x) => pool.has(x));
}

/** An entity as an actor, at its first mention, when it is coded. */
function entityActor(w: Words, e: Entity): Actor | undefined {
  if ((!e.country && !e.role) || !e.mentions.length) return undefined;
  const m = w.doc.mentions[e.mentions[0]];
  return newActor({ country: e.country, role: e.role, cameo: (e.country ?? '---') + (e.role ?? ''), from: 0, to: 0, place: undefined }, e.name, undefined, 0, 0, m.start, m.end);
}

/**
 * "We have been supporting Ukraine" in a government's own text (publisher "White House",
 * "Kremlin", "President of Ukraine"), outside any quotation: that government. `reported`: also
 * inside reported speech with no quotation marks ("Vega asked me to send …").
 */
function publisherVoice(w: Words, pos: number, reported = false): Actor | undefined {
  if (!w.doc || (!reported && quoteAt(w.doc, pos) >= 0) || inQuote(w.doc.text, w.doc.text.lastIndexOf('\n', pos) + 1, pos)) return undefined;
  const home = publisherCountry(w.doc.article.source, countryOf, seatCountry);
  if (!home) return undefined;
  return governmentActor(home, w.doc.article.source!.trim(), pos);
}

/**
 * The actors of a "we" inside the quotation at `pos` whose speaker no entity resolves: in a
 * government's own text, an official it leaves unnamed ("SENIOR ADMINISTRATION OFFICIAL:",
 * "a senior official said") speaks for that government; anyone else's side is unknown.
 */
/** Whether offset `pos` is inside a quotation whose speaker is left unnamed. */
function anonymousQuote(w: Words, pos: number): boolean {
  const q = w.doc ? quoteAt(w.doc, pos) : -1;
  return q >= 0 && w.doc.quotes[q].speaker?.anonymous === true;
}

function officialsVoice(w: Words, pos: number, me: string): Actor[] {
  const sp = w.doc.quotes[quoteAt(w.doc, pos)].speaker;
  if (me !== 'we' || !sp || !/\bofficials?\b/i.test(sp.name)) return noActors();
  const home = publisherCountry(w.doc.article.source, countryOf, seatCountry);
  return home ? [governmentActor(home, w.doc.article.source!.trim(), pos)] : noActors();
}

/** The government of country `home` (named `name`: the publisher, or an author of its) as the actor of words at `pos`. */
function governmentActor(home: string, name: string, pos: number): Actor {
  return newActor({ country: home, role: 'GOV', cameo: home + 'GOV', from: 0, to: 0, place: undefined }, name, undefined, 0, 0, pos, pos);
}

/** Prepositions naming the one a hostile act is done to ("the attack on X", "the shelling of X"). */
const VICTIM_PREPS = new Set(['on', 'against', 'of', 'in', 'at', 'upon']);

/**
 * The targets of a criticism whose object is a hostile act ("condemned the attack on Moldova"):
 * the act's doers named with "by", else the targets named before the act's noun ("the Russian
 * attack"), else none. `tgt` unchanged when no hostile noun opens the object.
 */
function actOfHostility(w: Words, from: number, tgt: Actor[]): Actor[] {
  const end = clauseEnd(w, from, w.lc.length);
  let noun = -1;
  for (let k = from; k < Math.min(end, from + 5); k++) {
    if ((BY_HEAD.get(w.lc[k]) ?? []).some((p) => p.noun && /^(1[5-9]|20)/.test(p.code))) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return tgt;
  const by = byActors(w, noun + 1);
  if (by.length) return by;
  const before = tgt.filter((t) => t.span.to <= noun);
  if (before.length) return before;
  return tgt.filter((t) => !VICTIM_PREPS.has(w.lc[t.span.from - 1] ?? '') && !(t.span.from > noun && VICTIM_PREPS.has(prepBefore(w, t.span.from, noun))));
}

/** Verbs of wishing that, before a verb of praise or thanks, perform it ("I want to thank …"). */
const PERFORMATIVE_WISH = new Set(['want', 'wants', 'like', 'wish', 'wishes']);

/** A pronoun without the auxiliary written onto it ("we’ve" → "we", "they're" → "they"); other words as they are. */
function cliticBase(lc: string): string {
  return lc.length > 2 ? lc.replace(/['’](?:ve|re|ll|d|m|s)$/, '') : lc;
}

/** Auxiliaries written as clitics ("we’ve", "they're", "she'll", "I'd"). */
const AUX_CLITICS = new Set(["'ve", '’ve', "'re", '’re', "'ll", '’ll', "'d", '’d', "'m", '’m']);

/** conjunctions that join two main clauses */
const CLAUSE_COORD = new Set(['and', 'but', 'yet', 'so']);

/** conjunctions that open a clause of time, cause or concession with a subject of its own */
const CLAUSE_SUBORD = new Set(['after', 'before', 'because', 'when', 'while', 'although', 'though', 'whereas', 'unless', 'until']);

/** words after which 's is "is" or "has" ("that's", "there's") */
const IS_HOSTS = new Set(['that', 'there', 'here', 'what', 'who', 'where', 'this']);

/** Actors of a "by" phrase after word j (passives, nominal events). */
function byActors(w: Words, j: number): Actor[] {
  const ce = clauseEnd(w, j, w.lc.length);
  let prep = false;
  for (let k = j; k < Math.min(ce, j + 8); k++) {
    // (the doer of a participle on a noun after a preposition is not the event's: "aid to the
    // people affected by the war")
    if (w.lc[k] === 'by') return prep && k - 1 > j && PARTICIPLE_END.test(w.lc[k - 1]) ? noActors() : objectActors(w, k + 1, clauseEnd(w, k + 1, w.lc.length));
    if (BY_PREPS.has(w.lc[k])) prep = true;
  }
  return noActors();
}

/** Prepositions that open the phrase of another noun between an event and a "by" ("aid to the people hit by …"). */
const BY_PREPS = new Set(['to', 'for', 'in', 'of', 'on', 'at', 'with']);
/** Word endings of a participle ("affected", "hit" is not caught, "driven", "caused"). */
const PARTICIPLE_END = /(?:ed|en)$/;

/** participles that name a stance before "to" ("is opposed to talks", "is committed to reform") */
const STATIVE_TO = new Set(['opposed', 'committed', 'determined', 'dedicated', 'devoted', 'resigned']);

function isPassive(w: Words, i: number): boolean {
  const lc = w.lc[i];
  if (!/(ed|en|wn|ne|lt|ht|nt|id|ld|ot|ut|un)$/.test(lc)) return false;
  // "is opposed to", "is committed to": a state, not a passive
  if (w.lc[i + 1] === 'to' && STATIVE_TO.has(lc)) return false;
  // "the prisoners released by Israel": a participle with its doer after it
  // (also after a comma: "the treaties with Peru, ratified by the assembly on Monday, …")
  // (not "cut by half its aid", "cut by 5 percent", "rose by half": by how much, no doer)
  if (w.lc[i + 1] === 'by' && i > 0 && (!w.punct[i - 1] || isComma(w.raw[i - 1])) && !measureAt(w, i + 2)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (BE.has(w.lc[k])) return true;
    // ("were reported killed", "are believed kidnapped")
    if (!SKIP_BEFORE_HEAD.has(w.lc[k]) && !PASSIVE_HEDGES.has(w.lc[k]) && !/ly$/.test(w.lc[k])) return false;
  }
  return false;
}
/** numbers and hedges that open an amount after "by" ("by two hours", "by about 5 percent") */
const BY_NUMBER_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'fifty', 'hundred', 'several', 'another', 'some', 'about', 'around', 'nearly', 'almost', 'roughly', 'over', 'more', 'than', 'at', 'least', 'up', 'to']);
/** units of such an amount ("hours", "percent", "a third") */
const BY_AMOUNT_UNITS = new Set(['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'minute', 'minutes', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'tenth', 'half', 'percent', '%', 'per', 'point', 'points', 'percentage', 'kilometres', 'kilometers', 'km', 'miles', 'metres', 'meters', 'million', 'billion', 'dollars', 'euros']);

/** Does an amount begin at word k ("two hours", "5 percent", "half", "a day"; not "two policemen", "a court")? */
function measureAt(w: Words, k: number): boolean {
  if (w.lc[k] === 'half') return true;
  for (let x = k; x < Math.min(w.lc.length, k + 5); x++) {
    const y = w.lc[x];
    if (BY_AMOUNT_UNITS.has(y) && x > k) return true;
    if (!BY_NUMBER_WORDS.has(y) && !/^[\d$€£.,%]+$/.test(y)) return false;
  }
  return false;
}
const PASSIVE_HEDGES = new Set(['reported', 'believed', 'feared', 'thought', 'said', 'confirmed', 'presumed', 'known', 'alleged', 'understood']);

// ---------------------------------------------------------------- building events

interface Draft {
  code: string;
  rule: string;
  trigger: [number, number];
  src: Actor[];
  tgt: Actor[];
  modality: Modality;
  noun: boolean;
  both: boolean;
  visit: boolean;
  host: boolean;
  weight: number;
  /** a passive without a by-phrase ("were killed in a bombing"): the doer is not named */
  agentless?: boolean;
}

/** A copy of draft `d` with another code and rule, its fields in the order `draftFor` gives them (a spread would give the copy a hidden class of its own). */
function recoded(d: Draft, code: string, rule: string): Draft {
  return { code, rule, trigger: d.trigger, src: d.src, tgt: d.tgt, modality: d.modality, noun: d.noun, both: d.both, visit: d.visit, host: d.host, weight: d.weight, agentless: d.agentless };
}

/** words that, before "to", deny what follows ("failed to", "unable to") */
const FAILED = new Set(['fail', 'fails', 'failed', 'failing', 'unable']);
/** adjectives of reluctance before "to" ("afraid to", "reluctant to") */
const UNWILLING = new Set(['afraid', 'ashamed', 'reluctant', 'hesitant', 'loath', 'loth', 'unwilling', 'scared', 'shy']);

function negatedBefore(w: Words, i: number, lo: number): { neg: boolean; fut: boolean; hypo: boolean; must: boolean } {
  let neg = false;
  let fut = false;
  let hypo = false;
  let must = false;
  for (let k = i - 1; k >= Math.max(lo, i - 4); k--) {
    const x = w.lc[k];
    if (w.punct[k]) break;
    // "is not afraid to talk to Russia": a negation before a stance of reluctance denies the
    // reluctance, not the act, which is then only a readiness
    // (the word after is read every time: a test first run late would cost the optimized code a deopt)
    const toAfter = w.lc[k + 1] === 'to';
    const nounWillAt = nounWill(w, k);
    // ("… should it invade": a condition, not an obligation)
    const inverted = x === 'should' && invertedShould(w, k, i);
    if (UNWILLING.has(x) && toAfter) {
      hypo = true;
      break;
    }
    // ("failed to reach agreement", "was unable to release them": it did not happen)
    if (NEG.has(x) || x.endsWith("n't") || (FAILED.has(x) && toAfter)) {
      neg = true;
      if (x === "won't" || x === "wouldn't") fut = true;
    } else if ((x === 'will' && !nounWillAt) || x === 'would' || x === 'shall' || x === "'ll" || goingTo(w, k, i)) fut = true;
    else if (inverted) hypo = true;
    else if (HYPO.has(x)) hypo = !DEONTIC.has(x) || hypo;
    if (DEONTIC.has(x) && !inverted) must = true;
  }
  return { neg, fut, hypo, must };
}

/**
 * Whether the "should" at k stands before its subject, not before the verb at i: a condition
 * ("costs and consequences should it invade", "should Peru attack"), not an obligation.
 */
function invertedShould(w: Words, k: number, i: number): boolean {
  const s = w.lc[k + 1];
  return k + 1 < i && (SUBJECT_PRONOUNS.has(s) || s === 'the' || isCap(w.raw[k + 1]));
}

/** adjectives that call something needed ("it is vital that …") */
const NECESSARY = new Set(['important', 'essential', 'vital', 'necessary', 'crucial', 'imperative', 'critical', 'urgent', 'paramount', 'indispensable']);

/** Whether the clause starting at word `cs` follows "it is/was (adverb) <necessary> that" ("it is essential that Russia withdraw …"). */
function necessaryThat(w: Words, cs: number): boolean {
  if (cs < 3 || w.lc[cs - 1] !== 'that') return false;
  let k = cs - 2;
  if (!NECESSARY.has(w.lc[k])) return false;
  k--;
  // "absolutely essential", "very important"
  if (k > 0 && !BE.has(w.lc[k]) && w.lc[k].endsWith('ly')) k--;
  if (k > 0 && (w.lc[k] === 'very' || w.lc[k] === 'so' || w.lc[k] === 'most')) k--;
  return k >= 0 && (BE.has(w.lc[k]) || w.lc[k] === "it's" || w.lc[k] === 'it’s' || w.lc[k] === 'remains' || w.lc[k] === 'seems');
}

/** The verb a noun phrase from `from` is the subject of, when the first one is "would", "could" or "might". */
function supposedSubject(w: Words, from: number): boolean {
  for (let k = from; k < Math.min(w.lc.length, from + 10); k++) {
    if (w.punct[k]) return false;
    const x = w.lc[k];
    if (SUPPOSING.has(x)) return true;
    if (FINITE_AUX.has(x) || RELATIVES.has(x)) return false;
  }
  return false;
}

const SUPPOSING = new Set(['would', 'could', 'might']);

/** Is the meeting noun ending before `from` the subject of a verb that schedules it ("is planned", "will take place", "will be held", "is to be held")? */
function scheduledSubject(w: Words, from: number): boolean {
  for (let k = from; k < Math.min(w.lc.length - 1, from + 12); k++) {
    if (w.punct[k]) return false;
    const x = w.lc[k];
    const next = w.lc[k + 1];
    if ((x === 'will' || x === 'shall') && (next === 'take' || (next === 'be' && w.lc[k + 2] === 'held') || next === 'begin' || next === 'start')) return true;
    if (BE.has(x) && x !== "'s" && (SCHEDULED.has(next) || (next === 'also' && SCHEDULED.has(w.lc[k + 2] ?? '')))) return true;
    // ("his phone conversation with X scheduled for December 9")
    if ((x === 'scheduled' || x === 'planned' || x === 'slated') && (next === 'for' || next === 'to' || next === 'on' || next === 'in')) return true;
    if (FINITE_AUX.has(x) || RELATIVES.has(x)) return false;
  }
  return false;
}
/** Adjectives of a meeting still to come ("his forthcoming meeting with …"). */
const COMING = new Set(['forthcoming', 'upcoming', 'coming', 'planned', 'scheduled', 'proposed', 'expected', 'next', 'future']);
const SCHEDULED = new Set(['planned', 'scheduled', 'expected', 'due', 'set', 'to', 'envisaged']);
const FINITE_AUX = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'did', 'does', 'do', 'can', 'may', 'must', 'should', 'shall']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when']);

/** "was going to (carefully) study": "going to" right before the verb at i (adverbs aside) tells a future, not a way. */
function goingTo(w: Words, k: number, i: number): boolean {
  if (w.lc[k] !== 'to' || k === 0 || w.lc[k - 1] !== 'going') return false;
  for (let j = k + 1; j < i; j++) if (!w.lc[j].endsWith('ly')) return false;
  return true;
}

/** words before "will" that make it a noun ("the political will to", "their own will") */
const WILL_NOUN_BEFORE = new Set(['political', 'free', 'good', 'popular', 'collective', 'strong', 'own', 'sheer', 'public', 'common', 'international', 'ill']);

/** Is the "will" at k a noun ("lacks the political will to negotiate")? */
function nounWill(w: Words, k: number): boolean {
  const prev = k > 0 ? w.lc[k - 1] : '';
  return DETERMINERS.has(prev) || WILL_NOUN_BEFORE.has(prev);
}

/** Nouns of what one gives another ("the support … by X", "the assistance from X"). */
const GIFT_NOUNS = new Set(['support', 'assistance', 'aid', 'help', 'contribution', 'contributions', 'solidarity', 'leadership', 'efforts', 'package', 'commitment', 'generosity', 'hospitality']);

/** Whether actor `t` stands between the trigger's end and the first "for" after it (the one thanked: "thanked Ukrainian soldiers for …"). */
function thankedBeforeFor(w: Words, trigEnd: number, t: Actor): boolean {
  for (let k = trigEnd; k < Math.min(w.lc.length, trigEnd + 10); k++) if (w.lc[k] === 'for') return t.span.from < k;
  return false;
}

/** The actors after "by" or "from" that follow a gift noun (`GIFT_NOUNS`) in the clause from word `a` ("… support of Ukraine by the U.S. government"), or none. */
function giverOfSupport(w: Words, a: number): Actor[] {
  const e = clauseEnd(w, a, w.lc.length);
  let gift = -1;
  for (let k = a; k < e; k++) {
    const x = w.lc[k];
    if (GIFT_NOUNS.has(x)) gift = k;
    else if ((x === 'by' || x === 'from') && gift >= 0 && k - gift <= 6) return objectActors(w, k + 1, clauseEnd(w, k + 1, w.lc.length));
    // (the gift's own phrase only: "their efforts to defend the country from Russia", "help
    // evacuating civilians from …" name no giver)
    else if (gift >= 0 && (x === 'to' || (x.length > 4 && x.endsWith('ing')))) gift = -1;
  }
  return noActors();
}

/** The preposition that introduces a target phrase (searched back to the trigger's end), or ''. */
function prepBefore(w: Words, from: number, lo: number): string {
  for (let k = from - 1; k >= Math.max(lo, from - 5); k--) {
    if (isBoundary(w, k)) return '';
    if (NP_BREAK.has(w.lc[k]) || w.lc[k] === 'between') return w.lc[k];
  }
  return '';
}

function isTopic(w: Words, t: Actor, trigEnd: number, code: string, noObj: boolean): boolean {
  const from = t.span.from;
  if (from < trigEnd) return false;
  const prep = prepBefore(w, from, trigEnd);
  if (TOPIC_PREPS.has(prep)) {
    // "expressed concern about Russia's military buildup", "criticized … over China's treatment
    // of …": a worry or a criticism of what someone does is aimed at them
    if (prep !== 'amid' && (code === '012' || code.startsWith('11')) && possessorIn(w, from, t.span.to + 1)) return false;
    return true;
  }
  // "agreed on the need for Russia to …", "stressed the importance of talks with X": who is
  // named in a need or an importance is talked about
  for (let k = trigEnd; k < from; k++) if (ABSTRACT_NOUNS.has(w.lc[k])) return true;
  // "discussed X": the object of a talking verb is what was talked about
  // (the "with" may end the pattern itself: "discussed trade with | France", also before a list:
  // "with Macron, German Chancellor Olaf Scholz and Biden")
  if (noObj && prep !== 'with' && !listAfterWith(w, from, trigEnd)) return true;
  const root = code.slice(0, 2);
  // cooperation happens with someone, not in or on a place ("a summit in Geneva")
  // (nor is a truce or a retreat: "declared a ceasefire in south Lebanon" names no one it spares;
  // easing a curfew in a place still eases it for the people there)
  // (a claim of responsibility is for an attack, whose victims or place it names: "claimed the
  // bombing in Kabul", "… for the attack on Nigerian soldiers")
  // (but an appeal to stop fighting in a place is made to those who fight there: "called for a
  // ceasefire in eastern Bolivia")
  if ((root <= '06' || code.startsWith('087')) && code !== '042' && code !== '043' && code !== '015' && !code.startsWith('025') && PLACE_PREPS_COOP.has(prep)) return true;
  return false;
}

/** Whether the words from the pattern's closing "with" (at trigEnd - 1) to `from` are names of a list only (capitalised words, commas, "and", "the"). */
function listAfterWith(w: Words, from: number, trigEnd: number): boolean {
  if (trigEnd < 1 || w.lc[trigEnd - 1] !== 'with') return false;
  for (let k = trigEnd; k < from; k++) {
    const x = w.lc[k];
    if (w.raw[k] === ',' || x === 'and' || x === 'the' || x === 'of' || isCap(w.raw[k])) continue;
    return false;
  }
  return true;
}

/** Whether a comma stands among the words (from, to). */
function commaBetween(w: Words, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (w.lc[k] === ',') return true;
  return false;
}

/** Whether a possessive 's stands among the words [from, to). */
function possessorIn(w: Words, from: number, to: number): boolean {
  for (let k = from; k < to && k < w.lc.length; k++) if (w.lc[k] === "'s" || w.lc[k] === '’s') return true;
  return false;
}

const ABSTRACT_NOUNS = new Set(['need', 'importance', 'necessity', 'significance']);
const PURPOSE_CUES = new Set(['demanding', 'demand', 'demands', 'calling', 'call', 'calls', 'seeking', 'seek', 'urging', 'protest', 'protesting', 'against', 'for', 'pressing', 'insisting']);

/**
 * What a protest or demand is for: the first purpose word close after it, or further on after a
 * cue ("rioted … joining thousands of demonstrators in demanding a referendum").
 */
function purposeDigit(w: Words, from: number): string | undefined {
  let cue = false;
  for (let k = from; k < Math.min(w.lc.length, from + 30); k++) {
    if (PURPOSE_CUES.has(w.lc[k])) cue = true;
    if (k >= from + 14 && !cue) continue;
    const d = PURPOSE.get(w.lc[k]);
    // ("Uganda must pay for the damage": a verb after a modal is the act demanded, not its aim)
    if (d && !(k > 0 && AUX_MODALS.has(w.lc[k - 1]))) return d;
  }
  return undefined;
}

/** Codes whose object is often the actor's own means (troops, aid): cooperation, yielding, posture, reducing relations. */
const ASSET_CODES = /^(0[3-8]|1[56])/;

function targetsAfter(w: Words, m: Match, code = m.p.code): Actor[] {
  const sides = mediatedSides(w, m);
  if (sides) return sides;
  const t = objectsAfter(w, m, ASSET_CODES.test(code));
  // a show of force uses the actor's own troops or police ("ordered patrols by police"): they
  // are never its target, only a place or body named besides them is
  return code.startsWith('15') ? t.filter((x) => x.span.country || !ASSET_ROLES.has(x.span.role ?? '')) : t;
}

/**
 * The two sides a mediator goes between when the text names them only as "both sides" or "the two
 * parties" ("will keep facilitating talks between both sides", "mediated between the two
 * sides"): the two countries named last before, neither of them the mediator's own (the
 * mediator's leader and a party's leader named before are no pair of sides). Undefined when the
 * act is no mediation or its sides are named.
 */
function mediatedSides(w: Words, m: Match): Actor[] | undefined {
  if (!m.t || !m.p.code.startsWith('045') || !w.ents || !w.start.length) return undefined;
  const [a, b] = m.t;
  let k = a;
  if (w.lc[k] === 'the') k++;
  if (!(w.lc[k] === 'both' || w.lc[k] === 'two') || k + 1 >= b || !(GROUP_ANY.has(w.lc[k + 1]) || GROUP_PLACES.has(w.lc[k + 1]))) return undefined;
  const own = subjectActors(w, m.i);
  return freshCopies(pairBefore(w.doc, w.ents, w.start[a], false, false, own.map((x) => x.span.country).filter((c): c is string => !!c)));
}

/**
 * The actors of a pattern's T slot [a, b): none when the slot opens a condition whose subject is
 * a pronoun coreference left unresolved ("impose sanctions on Russia if it invades Ukraine": "it"
 * is the one sanctioned, not Ukraine), so that the pattern gives way to one that names the target
 * elsewhere.
 */
function slotActors(w: Words, a: number, b: number, assets: boolean): Actor[] {
  const c = w.lc[a - 1];
  if (CONDITION_WORDS.has(c) && SUBJECT_PRONOUNS.has(w.lc[a]) && !mentionAt(w, a)) return noActors();
  return objectActors(w, a, b, assets);
}

/** Verbs of a purpose an appeal or aid is for ("air defense to protect civilians"): who they name is helped, not asked or given to. */
const PURPOSE_VERBS = new Set(['protect', 'defend', 'help', 'save', 'shield', 'safeguard', 'secure', 'support']);

function objectsAfter(w: Words, m: Match, assets: boolean): Actor[] {
  if (m.t) return slotActors(w, m.t[0], m.t[1], assets);
  if (w.lc[m.j] === 'to' && PURPOSE_VERBS.has(w.lc[m.j + 1] ?? '') && (m.p.code.startsWith('02') || m.p.code.startsWith('07'))) return noActors();
  // an actor named inside the matched words modifies the object: "expelled two Russian
  // diplomats", "rejected an Australian ultimatum", "welcomed President Reagan's statement"
  if (m.j - m.i > 2) {
    const inside = objectActors(w, m.i + 1, m.j, assets);
    if (inside.length && !(assets && inside.every((x) => !x.span.country))) return inside;
  }
  // "demanded elections after a court cleared him": a clause that opens right after the words
  // tells when or why, and whoever is named in it is not the one the act is done to
  // (only when the one named opens that clause: "opened the bridge after four years to let
  // grain through to Afghanistan" still names where the grain goes)
  // ("praised the work and agreed to hold talks with Peru": the object ends before a second verb)
  let e = clauseEnd(w, m.j, w.lc.length);
  for (let k = m.j; k < e; k++) {
    if (w.lc[k] === 'and' && coordinatedVerb(w, k + 1, e)) {
      e = k;
      break;
    }
  }
  const acts = objectActors(w, m.j, e, assets);
  if (acts.length && SUBORDINATORS.has(w.lc[m.j])) {
    for (let k = m.j + 1; k < acts[0].span.from; k++) if (NP_BREAK.has(w.lc[k])) return acts;
    return noActors();
  }
  return acts;
}

/** words that open an adverbial clause or phrase of time, cause or concession */
const SUBORDINATORS = new Set(['after', 'before', 'because', 'when', 'while', 'although', 'though', 'whereas', 'unless', 'until', 'despite', 'amid', 'following', 'saying', 'adding']);


/** The source and target of a draft (see `draftFor`), or null when the event has none it needs. */
function draftActors(w: Words, m: Match, inner: Match | undefined, ev: Match, p: Pattern, noun: boolean, cs: number, outerSrc: Actor[] | undefined, outerFrom: number): { src: Actor[]; tgt: Actor[]; agentless: boolean; mutual: boolean } | null {
  let src: Actor[];
  let tgt: Actor[];
  let agentless = false;
  let mutual = false;
  if (outerSrc) {
    if (!outerSrc.length) return null;
    src = outerSrc;
    // "warned Iraq that it must …": a pronoun subject is the one addressed
    if (PRONOUNS.has(w.lc[cs])) {
      // the actor named last before "that"; without one the speaker obliges itself: no event
      const lo = outerFrom;
      tgt = noActors();
      for (let k = cs - 2; k >= lo; k--) {
        if (!termAt(w, k, cs - 1)) continue;
        tgt = objectActors(w, k, cs - 1);
        break;
      }
      if (!tgt.length) return null;
    } else tgt = subjectActors(w, m.i, 2);
    if (!tgt.length) return null;
  } else if (p.rev) {
    tgt = subjectActors(w, m.i);
    src = m.s ? objectActors(w, m.s[0], m.s[1]) : noActors();
  } else if ((p.frame === 'appeal' || p.frame === 'demand') && !p.outer && isPassive(w, m.i)) {
    // "Peru was urged (by Chile) to withdraw", "the people were not asked": the one appealed
    // to is the subject, the one who appeals the "by" phrase (or no one named)
    tgt = subjectActors(w, m.i);
    src = byActors(w, m.j);
    if (!src.length) agentless = true;
  } else if (((!p.frame || !inner) && !(noun && undergoneBy(w, m.i) >= 0) && isPassive(w, m.i)) || (p.frame && inner && !p.outer && isPassive(w, inner.i))) {
    // (a frame with nothing inside is a plain act: "Iran was threatened by Israel")
    // ("would never be recognized by the United States": the frame's passive event; its subject
    // is the thing acted on, never the subject of a clause that reports it: "Obama said that the
    // referendum would never be recognized" recognizes no Obama)
    // (the object named in the subject, the target after the verb: "Sanctions were imposed on Iran")
    tgt = m.po && m.t ? objectActors(w, m.t[0], m.t[1]) : subjectActors(w, m.i, pronounSubject(w, m.i) ? 0 : 2);
    src = byActors(w, inner ? inner.j : m.j);
    if (!src.length) agentless = true;
  } else if (noun && !p.frame) {
    src = nounSource(w, m);
    tgt = targetsAfter(w, m);
    // a government's own list of what it does, in lines without a verb ("Full blocking sanctions
    // on VTB Bank …", "New debt and equity restrictions on thirteen Russian enterprises"): its acts
    if (!src.length && SANCTION_ROOT.test(p.code) && verblessOpening(w, m.i)) src = publisherActors(w);
    // "Ukraine suffered an unprovoked attack by Russian forces", "is facing continued bombardment
    // from Russia", "came under attack from …": the subject of the verb underwent what the
    // by- or from-phrase did
    const v = HOSTILE_ROOT.test(p.code) ? undergoneBy(w, m.i) : -1;
    if (v >= 0) {
      const agent = w.lc[m.j] === 'from' ? objectActors(w, m.j + 1, clauseEnd(w, m.j + 1, w.lc.length)) : byActors(w, m.j);
      // (the verb's own subject, never one borrowed from a clause around it: "I think energy is
      // under siege by …" names no one besieged)
      // ("with Israel facing attacks from Iran": the name right before the verb)
      const subj = agent.length ? undergoer(w, v) : noActors();
      // (with no one named on both sides, the noun names no event: never the doer taken for
      // the one it was done to)
      src = subj.length ? agent : noActors();
      tgt = subj;
    }
    // "a telephone conversation (took place) between Putin and Biden", "talks between the two
    // presidents": the two talk with each other (`emit` makes both events)
    // (and fighting between two sides: "clashes between police and protesters", "fighting broke
    // out between A and B": each fought the other)
    // (not fighting that the clause says ended: "hostilities between A and B ended in 2000")
    const both = !src.length && (p.code.startsWith('04') || (p.code.startsWith('19') && !stopVerbAfter(w, m.j))) ? betweenActors(w, w.lc[m.j - 1] === 'between' ? m.j - 1 : m.j) : undefined;
    if (both) {
      src = both;
      tgt = noActors();
      mutual = true;
    }
  } else {
    src = subjectActors(w, m.i);
    if (m.t) tgt = slotActors(w, m.t[0], m.t[1], ASSET_CODES.test(ev.p.code));
    else if (inner && inner.i > m.j && coordinatedBase(w, m.j, inner.i)) {
      // ("will underscore … and reaffirm its support for Ukraine": the second verb's own target)
      tgt = inner.t ? objectActors(w, inner.t[0], inner.t[1], ASSET_CODES.test(ev.p.code)) : targetsAfter(w, inner);
    } else if (inner && inner.i > m.j) {
      // "demanded that the US cancel …": the governed clause's subject is the target
      const between = objectActors(w, m.j, inner.i);
      tgt = between.length ? between : targetsAfter(w, inner);
    } else tgt = targetsAfter(w, ev);
  }
  if (!outerSrc) {
    const line = listLine(w, ev.p.code, ev.i, noun, tgt);
    if (line) {
      src = line.src;
      tgt = line.tgt;
    }
  }
  return { src, tgt, agentless, mutual };
}

const TALK_FORMS = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking', 'talk', 'talks', 'talked', 'talking']);

/** Whether the document's title names a call ("Readout of President Biden's Call with …", "Telephone conversation with …", "… Video Call with …"). */
function callTitle(doc: Doc | undefined): boolean {
  const t = doc?.article.title;
  return t !== undefined && /\b(?:tele)?phone\b|\bvideo call\b|\bcalls? (?:with|between)\b/i.test(t);
}

/** Verbs whose subject undergoes the hostile act named by their object ("suffered an attack", "faces bombardment"). */
const UNDERGO = new Set(['suffer', 'suffers', 'suffered', 'suffering', 'face', 'faces', 'faced', 'facing', 'endure', 'endures', 'endured', 'enduring', 'withstand', 'withstands', 'withstood', 'withstanding']);
/** Verbs before "under" that make it so ("came under attack", "is under fire"). */
const UNDER_VERBS = new Set(['come', 'comes', 'came', 'coming', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained']);
/** Modifiers of a hostile noun between such a verb and it ("an unprovoked and unjustified attack", "continued bombardment"). */
const HOSTILE_MODIFIERS = new Set(['and', 'massive', 'heavy', 'daily', 'constant', 'new', 'fresh', 'relentless', 'unrelenting', 'brutal', 'full-scale', 'large-scale', 'deadly', 'direct', 'further', 'unprecedented', 'repeated', 'ongoing', 'renewed', 'sustained', 'intense', 'indiscriminate', 'nightly', 'missile', 'drone', 'aerial', 'artillery']);

/** Who undergoes what the object of the verb at v names: the verb's own subject, or a name right before it ("with Israel facing …"). */
function undergoer(w: Words, v: number): Actor[] {
  const subj = subjectActors(w, v, 2);
  // (in the verb's own clause: "the party did the reverse as migrants came under …" is not the party's)
  if (subj.length) {
    // (a comma right before the verb sets the name off: "Peru, facing …")
    for (let k = subj[subj.length - 1].span.to; k < v; k++) if (CLAUSE_WORDS.has(w.lc[k]) || (isBoundary(w, k) && !(k === v - 1 && w.raw[k] === ','))) return noActors();
    return subj;
  }
  for (let k = v - 1; k >= Math.max(0, v - 4); k--) {
    if (isBoundary(w, k)) break;
    const c = phrase(w, k, v);
    if (c && !c.place) return [actorFrom(w, c)];
  }
  // ("for Ukraine, facing …", "Peru, facing …": a name set off by a comma right before the verb)
  if (v >= 2 && w.raw[v - 1] === ',') {
    for (let k = v - 2; k >= Math.max(0, v - 5); k--) {
      if (isBoundary(w, k)) break;
      const c = phrase(w, k, v - 1);
      if (c && !c.place) return [actorFrom(w, c)];
    }
  }
  return noActors();
}

/** The verb (word index) whose object is the hostile noun at i and whose subject undergoes it ("suffered an unprovoked attack"), or -1. */
/** Whether "subject to" or "subjected to" stands before word i, modifiers between ("subject to attack", "subjected to heavy shelling"). */
function subjectedTo(w: Words, i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 4); k--) {
    const x = w.lc[k];
    if (x === 'to') return w.lc[k - 1] === 'subject' || w.lc[k - 1] === 'subjected';
    if (!DETERMINERS.has(x) && !HOSTILE_MODIFIERS.has(x) && !ADJ_LIKE.test(x) && !x.endsWith('y')) return false;
  }
  return false;
}

function undergoneBy(w: Words, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const x = w.lc[k];
    if (UNDERGO.has(x)) return k;
    // (also with no verb: "with Ukraine under continued bombardment from Russia")
    if (x === 'under') return k > 0 && UNDER_VERBS.has(w.lc[k - 1]) ? k - 1 : k;
    // ("was subject to attacks from …", "had been subjected to shelling")
    if (x === 'to' && subjectedTo(w, k + 1)) return k - 1;
    if (isBoundary(w, k) || !isLower(w.raw[k])) return -1;
    if (!DETERMINERS.has(x) && !HOSTILE_MODIFIERS.has(x) && !/(?:ed|ous|al|ful|ive|ent|ant|ic)$/.test(x)) return -1;
  }
  return -1;
}

/** Words between a meeting or fighting noun and "between" ("a call took place between", "talks were held today between", "fighting broke out between"). */
const BETWEEN_LEAD = new Set(['took', 'take', 'takes', 'taken', 'place', 'has', 'have', 'had', 'been', 'was', 'were', 'is', 'are', 'be', 'will', 'held', 'today', 'yesterday', 'also', 'again', 'just', 'broke', 'break', 'breaks', 'broken', 'erupted', 'erupts', 'out', 'raged', 'rages', 'continued', 'continue', 'continues']);

/** verbs and auxiliaries that end the noun phrase of the sides named after "between" */
const CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'left', 'leave', 'leaves', 'broke', 'breaks', 'continue', 'continues', 'rage', 'rages', 'began', 'begin', 'begins', 'end', 'ends', 'erupt', 'erupts', 'spread', 'spreads', 'took', 'take', 'takes']);

/** The two (or more) actors after "between" that follows a meeting noun ending before word j, or undefined. */
function betweenActors(w: Words, j: number): Actor[] | undefined {
  let k = j;
  while (k < w.lc.length && k < j + 5 && BETWEEN_LEAD.has(w.lc[k])) k++;
  if (w.lc[k] !== 'between') return undefined;
  const e = clauseEnd(w, k + 1, w.lc.length);
  // ("the talks between both presidents | were useful": the group ends before the verb)
  let ge = k + 1;
  while (ge < Math.min(e, k + 5) && !CLAUSE_VERBS.has(w.lc[ge])) ge++;
  const group = groupActors(w, k + 1, ge);
  if (group.length === 2) return group;
  // (the second side ends before the clause's verb: "fighting between troops and rebels | left 30 dead")
  let end = e;
  const and = w.lc.indexOf('and', k + 1);
  if (and > k && and < e) {
    for (let x = and + 2; x < e; x++) {
      if (isLower(w.raw[x]) && (CLAUSE_VERBS.has(w.lc[x]) || (w.lc[x].endsWith('ed') && !DETERMINERS.has(w.lc[x - 1])))) {
        end = x;
        break;
      }
    }
  }
  const acts = codeCompound(w, k + 1, end);
  // (each side named right after "between" or "and": not "talks between lawyers for the boy's uncles and …")
  return acts.length >= 2 && acts[0].span.from <= k + 2 ? acts : undefined;
}

/** auxiliaries that open a yes-or-no question ("Did …?", "Will …?") */
const QUESTION_AUX = new Set(['did', 'does', 'do', 'will', 'would', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', "didn't", "doesn't", "don't", "won't", "wouldn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "can't", "couldn't", "shouldn't"]);

/** words that open a question asked for what it asks (not for what it takes as known) */
const QUESTION_OPENERS = new Set(['if', 'why', 'how', 'what', 'whether', 'who', 'which', 'where']);

/**
 * Whether the verb at i is in a question: its stretch (from the sentence start, a colon or an
 * opening quotation mark) ends with "?" and opens with an auxiliary ("Did …?", "Will …?") or a
 * question word or condition ("Why did …?", "If he knew …, why …?").
 */
function yesNoQuestion(w: Words, i: number): boolean {
  let a = i;
  while (a > 0 && w.raw[a - 1] !== ':' && w.raw[a - 1] !== '“' && w.raw[a - 1] !== '"' && w.raw[a - 1] !== '?' && w.raw[a - 1] !== '.') a--;
  if (!QUESTION_AUX.has(w.lc[a]) && !QUESTION_OPENERS.has(w.lc[a])) return false;
  for (let k = i + 1; k < w.lc.length; k++) {
    const r = w.raw[k];
    if (r === '?') return true;
    if (r === '.' || r === '!' || r === '”' || r === ';') return false;
  }
  return false;
}

/** The modality of a draft and the code and actors it changes (see `draftFor`): negation, futures, obligations, conditions. */
function draftModality(w: Words, m: Match, p: Pattern, inner: Match | undefined, q: ReturnType<typeof negatedBefore>, cs: number, trigEnd: number, code: string, modality: Modality, src: Actor[], tgt: Actor[], outerSrc: Actor[] | undefined): { code: string; modality: Modality; src: Actor[]; tgt: Actor[] } {
  // "No state … will be allowed to benefit", "Neither side attacked": a subject denied by its determiner
  if (!q.neg && src.length && !outerSrc && !p.rev && NO_DET.has(w.lc[src[0].span.from - 1] ?? '')) q.neg = true;
  // "each state that helps Ukraine", "any country that attacks": no one in particular acted
  // (the modality first: its tests then run every time, not first late in a run, which would cost the optimized code a deopt)
  if ((modality === 'asserted' || modality === 'planned') && src.length && !outerSrc && !p.rev && ANY_DET.has(w.lc[src[0].span.from - 1] ?? '')) modality = 'hypothetical';
  // modality
  if (q.neg) {
    if (q.fut && !p.frame) {
      code = frameCode('reject', code) ?? code; // "would not provide support" rejects cooperation
    } else if (isIntentFrame(p.frame) && inner) {
      code = frameCode('reject', inner.p.code) ?? code;
      modality = 'asserted';
    } else modality = 'denied'; // "does not refuse to negotiate" is no refusal either
  } else if (q.fut && (!p.frame || (p.frame === 'attempt' && inner))) {
    // ("will try to bring war to": an attempt announced is an intent, not an act)
    code = frameCode('intent', code) ?? code;
    modality = 'planned';
  } else if (q.must && !p.frame) {
    // "X said that Y must hand over …": X demands of Y
    code = frameCode('demand', code) ?? code;
    const outer = cs > 0 ? subjectActors(w, cs - 1) : noActors();
    if (outer.length) {
      tgt = src;
      src = outer;
    } else {
      // "It is essential that Russia withdraw", "Russia should withdraw": needed, by no one
      // named, and not done
      code = p.code;
      modality = 'hypothetical';
    }
  } else if (q.hypo && !p.frame) {
    // "… so we can start shipping arms": what an act is done for is intended, not supposed
    // (cooperation only: a hostile act so intended is no threat made)
    if ((CODES.get(code)?.quad ?? 4) <= 2 && purposeCan(w, m.i)) {
      code = frameCode('intent', code) ?? code;
      modality = 'planned';
    } else modality = 'hypothetical';
  }
  // "Did the foundation refuse to turn over documents?", "Why did he announce …?": a question asserts nothing
  if ((modality === 'asserted' || modality === 'planned') && yesNoQuestion(w, m.i)) modality = 'hypothetical';
  // "Should Peru invade, …": the act of an inverted condition is conditional, as after "if"
  if (modality === 'hypothetical' && (q.hypo || q.must)) {
    const k = CLAUSE_COORD.has(w.lc[0]) ? 1 : 0;
    if (invertedCondition(w, k) && !commaBetween(w, k, m.i) && commaBetween(w, m.i, w.lc.length)) modality = 'conditional';
  }
  if (modality === 'asserted' || modality === 'planned') {
    for (let k = cs; k < m.i; k++) {
      if (w.lc[k] === 'if' || w.lc[k] === 'unless' || w.lc[k] === 'whether' || invertedCondition(w, k)) {
        // a threat announced after its condition ("if Russia invades, we will impose costs")
        // is made now: only the act it holds out waits for the condition
        if (!(modality === 'planned' && code.startsWith('13') && commaBetween(w, k, m.i) && !someWordIn(w, k, trigEnd, SUPPOSING))) modality = 'conditional';
        break;
      }
    }
  }
  // a conditional hostile act announced ("will withdraw … unless") is a threat
  if (modality === 'planned' && code.startsWith('13')) modality = 'asserted';
  // "may halt its mediation if …", "could cut supplies unless …": a hostile act held out on a
  // condition is a threat
  const threat = modality === 'hypothetical' ? THREAT_OF.get(code) : undefined;
  if (threat !== undefined && conditionAfter(w, trigEnd)) {
    code = threat;
    modality = 'asserted';
  }
  return { code, modality, src, tgt };
}

/**
 * The threat of each hostile act that has one (worked out once: a call first made late in a run,
 * in `draftModality`'s rare branch, cost its optimized code a deopt).
 */
const THREAT_OF = new Map<string, string>();
for (const [c, info] of CODES) {
  if (info.quad !== 4) continue;
  const t = frameCode('threaten', c);
  if (t && CODES.has(t)) THREAT_OF.set(c, t);
}

/** Nouns of keeping in touch ("channels of communication", "contacts", "dialogue"). */
const TALK_NOUNS = new Set(['communication', 'communications', 'contact', 'contacts', 'dialogue', 'dialog', 'talks', 'consultations', 'discussions', 'channels', 'negotiations', 'touch', 'engaged']);

/** Whether one of `TALK_NOUNS` stands within `n` words from `k`, before a boundary. */
function talkNounWithin(w: Words, k: number, n: number): boolean {
  for (let j = k; j < Math.min(w.lc.length, k + n); j++) {
    if (isBoundary(w, j)) return false;
    if (TALK_NOUNS.has(w.lc[j])) return true;
  }
  return false;
}

/** First words of a that-clause whose subject is those who agree or their people ("that they …", "that our teams …", "that both sides …"). */
const AGREED_SUBJECTS = new Set(['they', 'we', 'both', 'their', 'our', 'each', 'the']);
/** Verbs of a state after a modal ("will be", "would remain"). */
const STATE_VERBS = new Set(['be', 'remain', 'stay', 'become', 'continue']);

/** Modals of a future act in a clause ("agreed that they will …"). */
const FUTURE_MODALS = new Set(['will', 'would', 'shall', 'should']);

/** Forms of "agree" that head the intent frame "agree to". */
const AGREE_FORMS = new Set(['agree', 'agreed', 'agrees', 'agreeing']);

/**
 * Whether intent frame `m` is "agree(d) to" followed by a verb of some act ("agreed to keep …";
 * not "agreed to disagree"), or "agreed that" someone will do something ("agreed that their
 * teams will stay engaged"; not "agreed that the situation is grave").
 */
function agreedToAct(w: Words, m: Match): boolean {
  if (m.p.frame !== 'intent' || !AGREE_FORMS.has(w.lc[m.i])) return false;
  if (w.lc[m.j - 1] === 'that') {
    // (the clause's subject is the ones who agree, or their people, or talks: "that they will",
    // "that our teams will", "that discussions should continue"; not "that prices will stay
    // high", nor "that China would remain …")
    const first = w.lc[m.j];
    if (!AGREED_SUBJECTS.has(first) && !TALK_NOUNS.has(first)) return false;
    for (let k = m.j; k < Math.min(w.lc.length, m.j + 8) && !isBoundary(w, k); k++) {
      if (!FUTURE_MODALS.has(w.lc[k])) continue;
      // ("will be", "will remain", "will stay": a state, unless one of keeping in touch)
      return !STATE_VERBS.has(w.lc[k + 1] ?? '') || talkNounWithin(w, k + 1, 4);
    }
    return false;
  }
  if (w.lc[m.j - 1] !== 'to') return false;
  const next = w.lc[m.j];
  return next !== undefined && !w.punct[m.j] && next !== 'disagree' && next !== 'the' && next !== 'a' && next !== 'an' && next !== 'this' && next !== 'that' && next !== 'it';
}

/** The event `m` codes (governing `inner`), its pattern read as a noun or not (`asNoun`, by default as the pattern says). */
function draftFor(w: Words, m: Match, inner?: Match, asNoun = m.p.noun): Draft | undefined {
  const p = m.p;
  // "will", "tried to", "considered" govern an event or are none (checked first: "will" is common)
  // ("agreed to keep their channels open": an agreement to act together is an intent to
  // cooperate, 030, whatever the act)
  if (p.frame && !inner && (isIntentFrame(p.frame) || p.frame === 'attempt' || p.frame === 'consider') && !agreedToAct(w, m)) return undefined;
  // ("asked that Russia support …" is an appeal of what the clause says; "asked that question",
  // with no clause after "that", is none)
  if (p.frame === 'appeal' && !inner && endsWithThat(p)) return undefined;
  let code = p.code;
  let rule = p.rule;
  let modality: Modality = 'asserted';
  const cs = clauseStart(w, m.i);
  const q = negatedBefore(w, m.i, cs);
  // "it is vital that NATO send weapons": what is called necessary is demanded, not done
  if (!q.neg && necessaryThat(w, cs)) q.must = true;
  if (inner && inner.i > m.j && !p.outer) {
    // "would not provide": the negation sits between the frame and the event it governs
    const q2 = negatedBefore(w, inner.i, m.j);
    if (q2.neg) q.neg = true;
  }
  // "X said (that) Y must …": only a reported obligation is a demand, made by the reporter
  let outerSrc: Actor[] | undefined;
  let outerFrom = -1;
  // (also an act under a future's frame: "X warned that Y would face consequences")
  if (p.outer || (inner?.p.outer && isIntentFrame(p.frame))) {
    // "we believe (that) all peoples must be able to …": an opinion, not a demand
    if (w.lc[m.j] === 'be' && (w.lc[m.j + 1] === 'able' || w.lc[m.j + 1] === 'allowed')) return undefined;
    // the governing verb: "told Iraq that …", "said …", "issued a reminder to Iraq that …";
    // its subject is the one who demands
    let r = -1;
    for (let k = cs - 1; k >= Math.max(0, cs - 9); k--) {
      if (k < cs - 1 && (isBoundary(w, k) || CLAUSE_WORDS.has(w.lc[k]))) break;
      if (OBLIGE_VERBS.has(w.lc[k])) {
        r = k;
        break;
      }
    }
    const after = r < 0 ? trailingReporter(w, cs, m.j) : undefined;
    if (r >= 0) {
      outerSrc = subjectActors(w, r);
      if (!outerSrc.length) return undefined;
      outerFrom = r + 1;
    } else if (after) {
      // "Peru must withdraw its troops, the Chilean president said.": the reporter named after
      outerSrc = after;
      outerFrom = cs;
    } else {
      // "Israel must make sure the aid reaches …" opening someone's own words (a quotation, a
      // turn of a transcript): the speaker demands it of the one named
      // (not "we must", "you must": the speaker's own side or an addressee no one names)
      for (let k = 0; k < cs; k++) if (!QUOTE_MARKS.has(w.raw[k])) return undefined;
      // (and only when the clause opens with the one obliged: not "As a policymaker, I must …")
      let s0 = cs;
      if (w.lc[s0] === 'and' || w.lc[s0] === 'but' || w.lc[s0] === 'so') s0++;
      if (w.lc[s0] === 'the') s0++;
      if (PRONOUNS.has(w.lc[s0]) || w.lc[s0] === 'you' || !termAt(w, s0, m.i)) return undefined;
      const v = ownWordsSpeaker(w, m.i);
      if (!v) return undefined;
      outerSrc = [v];
      outerFrom = cs;
    }
  }
  let trigEnd = m.j;
  let weight = p.weight;
  let noun = asNoun;
  const ev = inner ?? m;

  if (p.frame) {
    if (!inner) {
      code = frameCode(p.frame, undefined) ?? '';
      if (isIntentFrame(p.frame)) {
        modality = 'planned';
        // ("agreed to keep open their channels of communication", "agreed to continue regular
        // contacts": an agreement to keep talking is an intent to meet or negotiate)
        if (code === '030' && talkNounWithin(w, m.j, 8)) code = '036';
      }
    } else {
      // "demanded that Y stop shelling Z", "refused to halt its attacks": the frame governs the
      // stopping of a hostile act, which is de-escalation (087), not the act; stopping
      // cooperation ("will stop supporting") reduces relations (16) for an own act, and is a
      // demand or appeal of no more specific kind otherwise
      let innerCode: string | undefined = inner.p.code;
      if (stoppedBy(w, m.j, inner.i)) innerCode = HOSTILE_ROOT.test(innerCode) ? '087' : isIntentFrame(p.frame) ? '16' : undefined;
      code = frameCode(p.frame, innerCode) ?? innerCode ?? '';
      rule = `${p.rule}+${inner.p.rule}`;
      trigEnd = inner.j;
      weight += inner.p.weight;
      noun = false;
    }
    if (isIntentFrame(p.frame) && inner && (PERFORMATIVE_WISH.has(w.lc[m.i]) || (w.lc[m.i] === 'would' && (w.lc[m.i + 1] === 'like' || (w.lc[m.i + 2] === 'like' && AUX_ADVERBS.has(w.lc[m.i + 1]))))) && inner.p.code.startsWith('05')) {
      // "I want to thank …", "I would (also) like to congratulate …": saying so is the thanks itself
      code = inner.p.code;
    } else if (isIntentFrame(p.frame) && inner) {
      modality = 'planned';
      // "announced it would suspend aid", "decided to lift the curfew": the act itself, unless
      // held out on a condition ("… unless the shelling stops"), which makes it a threat
      if (p.frame !== 'intent' && code === inner.p.code) {
        if (CODES.get(code)?.quad === 4 && conditionAfter(w, inner.j)) code = frameCode('threaten', code) ?? code;
        else modality = 'asserted';
      }
    }
  }
  if (!code || !CODES.has(code)) return undefined;

  // actors
  const acts = draftActors(w, m, inner, ev, p, noun, cs, outerSrc, outerFrom);
  if (!acts) return undefined;
  let { src, tgt } = acts;
  const agentless = acts.agentless;
  // "fired back at" is a retort between politicians, but gunfire between troops, police and
  // fighters ("Indian soldiers fired back at Pakistani troops")
  if (code === '111' && w.lc[m.i + 1] === 'back' && (src.some(armedActor) || tgt.some(armedActor) || weaponsAfter(w, m.j))) code = '190';
  // "Trump's attacks on Curiel", "Clinton attacked her rival over …": one person's attack on
  // another person, neither of them armed, is made in words (111), not with arms
  if (code === '190' && ATTACK_WORDS.has(w.lc[m.i]) && src.length && tgt.length && src.every((a) => unarmedPerson(w, a)) && tgt.every((a) => unarmedPerson(w, a)) && !weaponsAfter(w, m.j)) code = '111';
  // "demanded that its partners refuse …", "reiterated its demand today that Israel ease …": a
  // demand or appeal made in a that-clause is made of the clause's subject, not of whoever the
  // clause goes on to name
  if ((code.startsWith('10') || code.startsWith('02')) && !m.t && !outerSrc && !(inner && inner.i > m.j)) {
    const of = thatSubject(w, trigEnd);
    if (of) tgt = of;
  }
  // "thanked for the strong support of Ukraine by the U.S. government", "appreciate the support
  // from the United States": thanks for what someone gave, with no one thanked named, go to the giver
  // (also when the only ones named are the thanker's own side: "… of Ukraine by …")
  // (not when the one thanked is named before the gift: "thanked Ukrainian soldiers for their …")
  if (code.startsWith('05') && !inner && tgt.every((t) => src.some((x) => x.span.country !== undefined && x.span.country === t.span.country) && !thankedBeforeFor(w, trigEnd, t))) {
    const giver = giverOfSupport(w, trigEnd);
    if (giver.length) tgt = giver;
  }
  // "condemned the attack on Moldova": criticism of a hostile act is aimed at whoever did it
  // ("… by Russian forces", "the Russian attack"), never at the one it was done to
  let actOnly = false;
  if (code.startsWith('11') && tgt.length) {
    tgt = actOfHostility(w, trigEnd, tgt);
    actOnly = !tgt.length;
  }
  // topics are not targets: "discussed the situation in Syria", "spoke about Ukraine"
  const noObj = p.noObj || (inner?.p.noObj ?? false);
  const named = tgt;
  tgt = tgt.filter((t) => !isTopic(w, t, trigEnd, code, noObj));
  // "mobilized groups in the United States to support the rights of Palestinians": past the
  // place where cooperation happens, the clause may go on to name whom it is for
  if (!tgt.length && named.length && !m.t && !noObj && code.slice(0, 2) <= '05' && named.every((t) => PLACE_PREPS_COOP.has(prepBefore(w, t.span.from, trigEnd)))) {
    const from = named[named.length - 1].span.to;
    tgt = objectActors(w, from, clauseEnd(w, from, w.lc.length), ASSET_CODES.test(ev.p.code)).filter((t) => !isTopic(w, t, trigEnd, code, noObj));
  }
  // "X and Y met in Geneva", "… will meet in Geneva": a meeting at a third place is between the
  // two, not with the place
  const meetAt = code === '044' || inner?.p.code === '044';
  if (meetAt && src.length > 1) tgt = tgt.filter((t) => !t.span.place);
  // "accused each other": a compound subject acts on itself (pairs are made in `emit`)
  const recip = src.length > 1 && !tgt.length && (meetAt || ev.p.both || acts.mutual || reciprocal(w, m.t ? m.t[0] : ev.i + 1));
  // "Varga thanked me", "briefed us": the one spoken to is the author or the speaker (after a
  // subject of the verb's own, not in a call to the listener: "Pardon me?", "Let me …")
  if (!tgt.length && !recip && src.length && src[0].span.to <= m.i && m.i > clauseStart(w, m.i) && (p.needsT || inner?.p.needT)) {
    const k = objectPronounIn(w, m.i + 1, Math.min(w.lc.length, trigEnd + 1));
    const me = k >= 0 && (w.lc[k] === 'me' || w.lc[k] === 'us') ? voiceAt(w, w.start[k], w.lc[k] === 'me' ? 'i' : 'we') : undefined;
    // (the same surname, as the corpus files people: "Hillary Clinton" and the label "CLINTON")
    if (me && !src.some((a) => surnameOf(normalizeName(actorName(a))) === surnameOf(normalizeName(actorName(me))))) {
      tgt = noActors();
      tgt.push(me);
      SPOKEN_TO.add(me);
      // (an attack on "me", a speaker, by no armed force is one made in words)
      if (w.lc[k] === 'me' && HOSTILE_ROOT.test(code) && code.startsWith('19') && !src.some(armedActor) && !weaponsAfter(w, m.j)) code = '111';
    }
  }
  // "“I thank you for your support,” Ruiz told Vega": "you" in someone's own words is the one
  // the quotation is told to
  if (!tgt.length && !recip && src.length && (p.needsT || inner?.p.needT) && w.lc[m.i + 1] === 'you') {
    const to = quotedAddressee(w, m.i + 1);
    if (to && !src.some((a) => a.span.cameo === to.span.cameo && actorName(a) === actorName(to))) {
      tgt = noActors();
      tgt.push(to);
    }
  }
  // "If Russia continues to interfere, we will impose costs": a threat with no one named in its
  // clause is aimed at the subject of the condition that opens the sentence
  if (!tgt.length && !recip && code.startsWith('13') && m.i > 2) {
    const c = conditionSubject(w, m.i);
    if (c.length && !src.some((a) => c.some((b) => a.span.cameo === b.span.cameo))) tgt = c;
  }
  if (p.needsT && !tgt.length && !recip && !actOnly) return undefined;
  // ("will respond decisively if asked": a governed act marked as needing a target needs it there too)
  if (inner && inner.p.needT && !tgt.length && !recip && !actOnly) return undefined;
  // ("I consider it necessary to speak again about …": a talk with no one, governed or not, is none)
  if (inner && inner.p.needT && inner.p.both && !tgt.length && !recip) return undefined;
  // ("the firm agreed to pay …", "agreed to develop measures for implementing X's agreement"): an
  // agreement to act is cooperation between two who agree, each with the other; whom the act
  // concerns is no partner (in the readout of a call, one who agrees does so with the other
  // party: see `emit`)
  if (!inner && p.frame && isIntentFrame(p.frame)) {
    if (src.length < 2 && !callTitle(w.doc)) return undefined;
    tgt = noActors();
  }
  // "threatened" alone, with nobody threatened, is a word, not an event ("threatening movements")
  if (p.frame === 'threaten' && !inner && !tgt.length) return undefined;
  // ("we expect this type of growth to continue": an expectation of no one is a forecast)
  if (p.frame === 'appeal' && EXPECT_FORMS.has(w.lc[m.i]) && !tgt.length) return undefined;

  const md = draftModality(w, m, p, inner, q, cs, trigEnd, code, modality, src, tgt, outerSrc);
  code = md.code;
  // ("Today we will discuss where the operation stands", "the editor will discuss …"): a topic on the
  // agenda with no one to discuss it with is no intent to negotiate (a readiness to discuss is)
  if (code === '036' && noObj && !tgt.length && !recip && src.length < 2 && FUTURE_HEADS.has(w.lc[m.i])) return undefined;
  // "President Biden spoke today with President Zelenskyy", "had a lengthy conversation with" in
  // the readout of a call: they spoke by telephone (041)
  if (code === '040' && (TALK_FORMS.has(w.lc[m.i]) || w.lc.indexOf('conversation', m.i) === trigEnd - 2) && callTitle(w.doc)) code = '041';
  modality = md.modality;
  // "a further Russian invasion of Ukraine would produce …": an act named as the subject of
  // "would" or "could" is supposed, not reported
  if (noun && modality === 'asserted' && supposedSubject(w, trigEnd)) modality = 'hypothetical';
  // "a phone conversation with X is planned", "talks between A and B will take place on Friday"
  // (coded as its intent, as "will hold talks" is: 036)
  // (also "his forthcoming meeting with …", "the upcoming talks")
  else if (noun && modality === 'asserted' && code.startsWith('04') && (scheduledSubject(w, trigEnd) || (m.i > 0 && COMING.has(w.lc[m.i - 1])))) {
    modality = 'planned';
    code = frameCode('intent', code) ?? code;
  }
  src = md.src;
  tgt = md.tgt;

  // protests and demands: what for
  const root = CODES.get(code)!.root;
  if ((root === '14' && code.length === 3 && code !== '140') || code === '104' || code === '100') {
    const d = purposeDigit(w, ev.j);
    if (d && code !== '100') code = code.length === 3 && CODES.has(code + d) ? code + d : code;
    else if (d && code === '100' && CODES.has('104' + d)) code = '104' + d;
  }
  // a protest for independence from a state, or in defiance of a ruler, is aimed at them rather
  // than at the place where it happens ("marched in the city demanding independence from X")
  if (root === '14' && !p.rev && (!tgt.length || tgt.every((t) => t.span.place))) {
    const against = protestTarget(w, ev.j);
    if (against.length) tgt = against;
  }

  return {
    code,
    rule,
    trigger: [m.i, trigEnd],
    src,
    tgt,
    modality,
    noun,
    both: ev.p.both,
    visit: ev.p.visit,
    host: ev.p.host,
    weight,
    agentless,
  };
}

const SUBJECT_ENDS = new Set(['will', 'would', 'must', 'should', 'shall', 'can', 'could', 'may', 'might', 'not', 'be', 'to']);

/** The actors in the subject of a that-clause opening at word j (or just before it, "demand that"), or undefined without one. */
function thatSubject(w: Words, j: number): Actor[] | undefined {
  let k = j;
  if (w.lc[k - 1] !== 'that') {
    while (k < w.lc.length && isInsertion(w, k)) k++;
    if (w.lc[k] !== 'that') return undefined;
    k++;
  }
  let e = k;
  while (e < w.lc.length && !isBoundary(w, e) && !NP_BREAK.has(w.lc[e]) && !CLAUSE_WORDS.has(w.lc[e]) && !SUBJECT_ENDS.has(w.lc[e]) && !BE.has(w.lc[e])) {
    // ("that the Democratic People's Republic of Korea …": a name runs on over its 's and of)
    const t = termAt(w, e);
    e += t ? t.len : 1;
  }
  return objectActors(w, k, e);
}

/** Is there an "if" or "unless" after word `from`, before the clause's end mark? */
function conditionAfter(w: Words, from: number): boolean {
  for (let k = from; k < Math.min(w.lc.length, from + 15); k++) {
    if (isBoundary(w, k) && w.raw[k] !== ',') return false;
    if (w.lc[k] === 'if' || w.lc[k] === 'unless') return true;
  }
  return false;
}

const FROM_NOUNS = new Set(['independence', 'secession', 'autonomy']);

/** "… independence from Spain", "in defiance of the authorities" after a protest (up to the clause's end mark). */
function protestTarget(w: Words, from: number): Actor[] {
  const n = w.lc.length;
  for (let k = from; k < Math.min(n - 2, from + 25); k++) {
    if (isBoundary(w, k) && w.raw[k] !== ',') break;
    if ((FROM_NOUNS.has(w.lc[k]) && w.lc[k + 1] === 'from') || (w.lc[k] === 'defiance' && w.lc[k + 1] === 'of')) {
      return objectActors(w, k + 2, clauseEnd(w, k + 2, n));
    }
  }
  return noActors();
}

const STOP_VERBS = new Set(['ban', 'bans', 'banned', 'banning', 'halt', 'halts', 'halted', 'halting', 'stop', 'stops', 'stopped', 'stopping', 'end', 'ends', 'ended', 'ending', 'prevent', 'prevents', 'prevented', 'preventing', 'cease', 'ceased', 'avoid', 'avoided', 'moratorium', 'pause', 'paused', 'renounce', 'renounced', 'condemn', 'condemned', 'condemns', 'condemning']);

/** Is the noun at i the object of a verb that stops or refuses it ("ban strikes", "end the fighting")? */
function stoppedNoun(w: Words, i: number): boolean {
  return governedBy(w, i, STOP_VERBS);
}

/** Verbs that keep what they govern from happening, whatever it is ("blocked the aid package"). */
const BLOCK_VERBS = new Set(['block', 'blocks', 'blocked', 'blocking', 'veto', 'vetoes', 'vetoed', 'vetoing', 'obstruct', 'obstructs', 'obstructed', 'obstructing', 'thwart', 'thwarts', 'thwarted', 'thwarting']);

/** Is the noun at i the object of one of `verbs` (past determiners, adjectives and names: "blocked the EU aid")? */
function governedBy(w: Words, i: number, verbs: ReadonlySet<string>): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (verbs.has(w.lc[k])) return true;
    if (isBoundary(w, k) || !(DETERMINERS.has(w.lc[k]) || ADJECTIVES.has(w.lc[k]) || w.lc[k] === 'all' || w.lc[k] === 'on' || termAt(w, k))) return false;
  }
  return false;
}

const PROHIBIT_VERBS = new Set(['prohibit', 'prohibits', 'prohibited', 'prohibiting', 'ban', 'bans', 'banned', 'banning', 'bar', 'bars', 'barred', 'barring', 'forbid', 'forbids', 'forbade', 'forbidden', 'forbidding', 'prevent', 'prevents', 'prevented', 'preventing']);
/** prohibition words that are also nouns ("a ban", "a bar") */
const BAN_NOUNS = new Set(['ban', 'bans', 'bar', 'bars']);
/** a lower-case word that is a noun by its ending ("investment", "trade", "financing") */
const NOUN_ENDING = /(?:ment|tion|sion|ance|ence|ity|ade|ing|ure)$/;

/** words that begin a clause of its own, ending a search for the verb that governs a "from" (not ";", which parts the items of a legal list) */
const CONTRAST = new Set(['but', 'while', 'although', 'though', 'whereas']);

/**
 * Is the word at i what a prohibition forbids ("prohibits banks from lending to", "from
 * lending funds to", "from buying bonds and lending to", "will prohibit new investment, trade,
 * and financing")? Nothing of it happened.
 */
function prohibited(w: Words, i: number): boolean {
  // the word itself, or the "-ing" verb whose object it is ("from lending … denominated funds
  // to"); not for a past form or a verb right after "and" ("from entering the compound and
  // arrested a journalist", "… and shot a journalist": the arrest, the shooting happened)
  let at = i;
  const coordinated = i > 0 && (w.lc[i - 1] === 'and' || w.lc[i - 1] === 'or') && !w.lc[i].endsWith('ing');
  if (!w.lc[i].endsWith('ed') && !coordinated) {
    for (let k = i - 1; k > Math.max(0, i - 7); k--) {
      const y = w.lc[k];
      if (w.punct[k]) break;
      const x = w.lc[k - 1];
      if (y.endsWith('ing') && (x === 'from' || x === 'and' || x === 'or')) {
        at = k;
        break;
      }
    }
  }
  const prev = at > 0 ? w.lc[at - 1] : '';
  // (also the second of two things forbidden: "from participation in …; and lending funds to";
  // after a comma, without a semicolon before it, an "-ing" is a clause of its own: "barred them
  // from entering, firing grenades and arresting 50 people")
  if (prev === 'from' || ((prev === 'and' || prev === 'or') && w.lc[at].endsWith('ing'))) {
    let from = prev === 'from';
    let semicolon = false;
    for (let k = at - 2; k >= Math.max(0, at - 80); k--) {
      const y = w.lc[k];
      if (y === 'from') from = true;
      else if (from && PROHIBIT_VERBS.has(y)) return true;
      else if (CONTRAST.has(y)) break;
      else if (y === ';') semicolon = true;
      else if (y === ',' && !from && !semicolon) break;
    }
  }
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const x = w.lc[k];
    // ("a bar fight", "the ban": nouns, no prohibition)
    if (PROHIBIT_VERBS.has(x)) return !(BAN_NOUNS.has(x) && k > 0 && (DETERMINERS.has(w.lc[k - 1]) || ADJECTIVES.has(w.lc[k - 1])));
    // ("Despite a government ban, protests erupted": what follows the comma is no object of it)
    if (x === ',' && k > 0 && PROHIBIT_VERBS.has(w.lc[k - 1])) return false;
    if (!(x === ',' || x === 'and' || x === 'or' || DETERMINERS.has(x) || ADJECTIVES.has(x) || (isLower(w.raw[k]) && NOUN_ENDING.test(x)))) return false;
  }
  return false;
}

function reciprocal(w: Words, k: number): boolean {
  for (let x = k; x < Math.min(w.lc.length - 1, k + 3); x++) {
    if ((w.lc[x] === 'each' && w.lc[x + 1] === 'other') || (w.lc[x] === 'one' && w.lc[x + 1] === 'another')) return true;
  }
  return false;
}

/** Source of a nominal event: an actor just before the noun ("Israeli air raids", "Obama's visit") or a by-phrase. */
function nounSource(w: Words, m: Match): Actor[] {
  for (let k = m.i - 1; k >= Math.max(0, m.i - 4); k--) {
    if (isBoundary(w, k) || NP_BREAK.has(w.lc[k]) || OCCASION_PREPS.has(w.lc[k])) break;
    const c = phrase(w, k, m.i);
    if (c && !c.place) return [actorFrom(w, c)];
  }
  // "Russia's attack on Ukraine", "Macron's meeting with Scholz", "Iran's renewed talks with …":
  // the possessor, up to two words before the noun, did it
  // (not "our threat": one that we face)
  const own = possessorBefore(w, m.i, !m.p.code.startsWith('13'));
  if (own) return [own];
  // "an attack on the embassy by Russia"; not the doer of a passive verb after the noun ("the
  // attack was condemned by France": France condemned, it did not attack)
  const ce = clauseEnd(w, m.j, w.lc.length);
  for (let k = m.j; k < Math.min(ce, m.j + 8); k++) {
    if (w.lc[k] === 'by') break;
    if (BE.has(w.lc[k])) return noActors();
  }
  return byActors(w, m.j);
}

/**
 * The actor whose possessive "’s" stands before the event noun at i, with at most two lower-case
 * modifiers between ("Russia's attack", "Moscow's renewed attacks on"), or none (nor a place
 * the coder takes for no actor); for "our", the speaker's or author's side (`voiceAt`).
 */
function possessorBefore(w: Words, i: number, ours = true): Actor | undefined {
  for (let p = i - 1; p >= Math.max(0, i - 3); p--) {
    const x = w.lc[p];
    // ("our deliveries of aid", "our sanctions"): the one whose words these are
    if (x === 'our') return ours ? (voiceAt(w, w.start[p], 'we') ?? publisherActors(w)[0]) : undefined;
    // ("his meeting with X", "their talks with Y"): the one coreference took the pronoun for
    if (POSSESSIVE_PEOPLE.has(x)) {
      const c = mentionAt(w, p) ? phrase(w, p, p + 1) : undefined;
      return c && !c.place ? actorFrom(w, c) : undefined;
    }
    if (p === 0) return undefined;
    if (x === "'s" || x === '’s') {
      for (let k = p - 1; k >= Math.max(0, p - 4); k--) {
        if (isBoundary(w, k) || NP_BREAK.has(w.lc[k])) return undefined;
        const c = phrase(w, k, p);
        if (c && !c.place) return actorFrom(w, c);
      }
      return undefined;
    }
    if (w.punct[p] || !isLower(w.raw[p]) || NP_BREAK.has(x) || NP_OPENERS.has(x) || CLAUSE_WORDS.has(x)) return undefined;
  }
  return undefined;
}

/**
 * Whether the verb at i opens a second verb phrase of its clause: right after "and" (an adverb
 * may stand between: "and also called for"), in a past or present form ("… and invited him",
 * "… and calls for").
 */
function secondVerb(w: Words, i: number): boolean {
  let a = i - 1;
  if (a > 0 && adverbWord(w.lc[a])) a--;
  return a >= 1 && w.lc[a] === 'and' && finiteForm(w.lc[i]);
}

/** Whether a word is an adverb that may stand inside a verb group ("also", "even", "strongly"). */
function adverbWord(x: string): boolean {
  return AUX_ADVERBS.has(x) || VERB_ADVERBS.has(x) || x.endsWith('ly');
}

/** Whether a word is a past or third-person present form ("invited", "met", "calls"; not "discuss", "address"). */
function finiteForm(x: string): boolean {
  return x.endsWith('ed') || IRREGULAR_FORMS.has(x) || (x.endsWith('s') && !x.endsWith('ss') && !x.endsWith('us') && !x.endsWith('is'));
}

/** Whether draft x is another act of the subject of the picked draft d, the two in verb phrases joined by "and" ("thanked Biden … and invited him"), with d's source. */
function coordinatedWith(w: Words, x: Draft, d: Draft): boolean {
  if (x.noun || d.noun || !x.src.length || !d.src.length) return false;
  // (the later of the two opens the second verb phrase: "thanked Biden … and invited him")
  const [a, b] = x.trigger[0] > d.trigger[0] ? [d, x] : [x, d];
  if (b.trigger[0] < a.trigger[1]) return false;
  // ("voiced concerns about X … and made clear that the U.S. would respond …": the second act is
  // told in the that-clause of a second verb of reporting, and has the clause's own subject)
  const reported = !secondVerb(w, b.trigger[0]) && reportedAfterAnd(w, a.trigger[1], b.trigger[0]);
  if (!reported && !secondVerb(w, b.trigger[0])) return false;
  // (the same subject; a possessive in the first verb's object is no subject of the second: "Biden
  // reiterated his support … and called for …")
  if (!reported && x.src[0].start !== d.src[0].start && !(POSSESSIVE.has(w.lc[x.src[0].span.from]) && x.src[0].span.from > a.trigger[0] && x.src[0].span.to <= b.trigger[0])) return false;
  // (an act of another kind, aimed at someone: "attacked Ukraine and occupied Crimea" is one
  // assault told twice; "met Macron and discussed trade" one meeting)
  // (with no one named, an appeal or demand in the readout of a call is made of the partner: see `emit`)
  // (nor is one named when two intend together, each towards the other: "Chile and Peru … agreed
  // to continue the dialogue")
  if ((!x.tgt.length && !(x.src.length > 1 && x.code.startsWith('03')) && !(/^(02|10)/.test(x.code) && callTitle(w.doc) && !GROUP_CALL.test(w.doc.article.title ?? ''))) || x.code.slice(0, 2) === d.code.slice(0, 2)) return false;
  // (one verb phrase per clause end: no mark that ends a clause between them)
  for (let k = a.trigger[1]; k < b.trigger[0]; k++) if (w.punct[k] && w.lc[k] !== ',') return false;
  // (the same modality: "will meet Scholz and discuss the budget" is one plan; and not after a
  // denial, whose negation may or may not reach past "and"; an intent to cooperate a verb of its
  // own announces after an act is a second act: "discussed trade and agreed to continue the
  // dialogue" — a frame's draft has a rule of two parts, the frame's and the act's, "verbs.tsv:23+…")
  if (d.modality === 'denied') return false;
  return x.modality === d.modality || (b === x && d.modality === 'asserted' && x.modality === 'planned' && x.code.startsWith('03') && x.rule.includes('+'));
}

/**
 * "Putin called Biden to congratulate him": what a call (041) was made to do, told in the
 * infinitive right after it, is an act of its own of the one who called (of another kind).
 */
function purposeOfCall(w: Words, x: Draft, d: Draft): boolean {
  if (d.code !== '041' || x.noun || d.noun || !x.src.length || !d.src.length || x.src[0].start !== d.src[0].start) return false;
  if (x.trigger[0] <= d.trigger[1] || w.lc[x.trigger[0] - 1] !== 'to' || x.code.startsWith('04') || x.modality !== d.modality) return false;
  for (let k = d.trigger[1]; k < x.trigger[0]; k++) if (w.punct[k]) return false;
  return x.trigger[0] - d.trigger[1] <= 8;
}

/**
 * The word ", which" or ", who" that opens the relative clause holding the verb at i (up to six
 * words before it, no other mark between), or -1.
 */
function relativeOpenAt(w: Words, i: number): number {
  for (let k = i - 1; k > 0 && k >= i - 6; k--) {
    if (w.punct[k]) return -1;
    if ((w.lc[k] === 'which' || w.lc[k] === 'who') && w.raw[k - 1] === ',') return k;
  }
  return -1;
}

/**
 * "Zelenskyy thanked Poland, which sent tanks to Ukraine": the act told in a relative clause set
 * off by a comma and the act of the clause it hangs on are both events, when of other kinds and
 * each with a source of its own.
 */
function relativeEvent(w: Words, x: Draft, d: Draft): boolean {
  if (x.noun || d.noun || !x.src.length || !d.src.length || x.code.slice(0, 2) === d.code.slice(0, 2) || (x.modality !== 'asserted' && x.modality !== 'planned')) return false;
  const [a, b] = x.trigger[0] > d.trigger[0] ? [d, x] : [x, d];
  const k = relativeOpenAt(w, b.trigger[0]);
  // (the relative clause's act is done by the words right before its comma: "the Bank, which
  // provides subsidies to help …" is no act of the main clause's subject)
  return k > a.trigger[1] && b.src[0].span.to === k - 1;
}

/**
 * "A call with the Bolivian president is planned too": a meeting or call planned
 * with someone, no one named to hold it, is held by the one who acted last before in the text
 * (the readout's principal), when of another country than the partner; the draft, or undefined.
 */
function plannedWithNoOne(w: Words, drafts: Draft[], done: Event[]): Draft | undefined {
  const x = drafts.find((d) => d.noun && d.code === '036' && d.modality === 'planned' && !d.src.length && d.tgt.length === 1);
  const last = done.length ? done[done.length - 1].source : null;
  if (!x || !last?.cameo || last.cameo.length < 3 || last.cameo.slice(0, 3) === x.tgt[0].span.country || last.cameo.startsWith('---')) return undefined;
  // (one named in the sentence before, within its paragraph: the principal is still in view)
  if (done[done.length - 1].start < w.start[0] - 600) return undefined;
  const country = last.cameo.slice(0, 3);
  const role = last.cameo.slice(3) || undefined;
  // (at the principal's own first mention, or nowhere: the last event's words name others too)
  const e = last.entity && w.ents ? w.ents.byId.get(last.entity) : undefined;
  const m = e && w.doc ? w.doc.mentions[e.mentions[0]] : undefined;
  const src = newActor({ country, role, cameo: last.cameo, from: 0, to: 0, place: undefined }, last.name, undefined, 0, 0, m ? m.start : -1, m ? m.end : -1);
  return { code: x.code, rule: `${x.rule}+principal`, trigger: x.trigger, src: [src], tgt: x.tgt, modality: x.modality, noun: true, both: x.both, visit: x.visit, host: x.host, weight: x.weight, agentless: undefined };
}

/** Whether the noun at i stands in the for-phrase of a thanks (`first`): "thanked Peru for the new aid package". */
function thankedFor(w: Words, first: Draft, i: number): boolean {
  if (first.code !== '051' || !thanksIn(w, first.trigger) || i <= first.trigger[1] || i - first.trigger[1] > 24) return false;
  // "for" within eight words before the noun, or before a phrase joined by "and" that holds it
  // ("for a $1 billion aid package and a further $500 million in budget support")
  let found = false;
  for (let k = i - 1; k >= first.trigger[1]; k--) {
    if (w.punct[k] && w.raw[k] !== '$') return false;
    if (w.lc[k] === 'for' && (k >= i - 8 || andBetween(w, k, i)) && k - first.trigger[1] <= 14) found = true;
  }
  return found;
}

/** Whether "and" joins two phrases between words k and i, the second within eight words of i. */
function andBetween(w: Words, k: number, i: number): boolean {
  for (let x = Math.max(k + 2, i - 8); x < i; x++) if (w.lc[x] === 'and') return true;
  return false;
}
const THANKS_WORDS = /^(?:thank|grateful|gratitude|thankful)/;

/** Whether a word of the trigger [a, b) thanks: "thanked", "expressed special gratitude to". */
function thanksIn(w: Words, [a, b]: readonly [number, number]): boolean {
  for (let k = a; k < b; k++) if (THANKS_WORDS.test(w.lc[k])) return true;
  return false;
}

/**
 * Who receives aid a person thanks for: the country that person leads or serves, named as a
 * country in the article ("Varga thanked Chile for its aid package" → Peru, not Varga himself);
 * a country, a body or a person of no country named as one stays as it is.
 */
function aidRecipients(w: Words, thankers: Actor[]): Actor[] {
  const out = noActors();
  for (const a of thankers) {
    const c = a.span.country;
    const person = c !== undefined && a.span.role === 'GOV' && !isCountryName(actorName(a));
    const land = person ? w.doc.entities.find((e) => e.type === 'LOC' && e.country === c && !e.role && isCountryName(e.name)) : undefined;
    // (at a mention of the country on its own, not one in an office's name, "the President of
    // Ukraine", which stands for the office holder)
    const m = land?.mentions.map((k) => w.doc.mentions[k]).find((x) => !/\bof\s+(?:the\s+)?$/i.test(w.doc.text.slice(Math.max(0, x.start - 8), x.start)));
    out.push(land && m ? newActor({ country: c, role: undefined, cameo: c!, from: 0, to: 0, place: undefined }, land.name, undefined, 0, 0, m.start, m.end) : a);
  }
  return out;
}

/**
 * "Varga thanked Chile for a further $2 million aid package": the aid (07x) one is
 * thanked for was given by the one thanked to the one who thanks (when the noun names no giver).
 */
function aidThankedFor(w: Words, drafts: Draft[], d: Draft): Draft[] {
  if (!d.src.length || !d.tgt.length || d.modality !== 'asserted') return [];
  const out: Draft[] = [];
  for (const x of drafts) {
    // (not aid a by- or from-phrase says someone else gave: "thanked Bolivia for the aid from Peru")
    if (x === d || !x.noun || !x.code.startsWith('07') || x.src.length || w.lc[x.trigger[1]] === 'from' || w.lc[x.trigger[1]] === 'by' || !thankedFor(w, d, x.trigger[0])) continue;
    // (each aid named once: "humanitarian aid" holds "aid"; and one per kind)
    if (out.some((y) => y.code === x.code || (y.trigger[0] < x.trigger[1] && x.trigger[0] < y.trigger[1]))) continue;
    out.push({ code: x.code, rule: `${x.rule}+thanked`, trigger: x.trigger, src: d.tgt, tgt: aidRecipients(w, d.src), modality: 'asserted', noun: true, both: false, visit: false, host: false, weight: x.weight, agentless: undefined });
  }
  return out;
}

/**
 * Aid someone gave, named by a noun with no recipient, that the picked draft d thanks them for
 * ("thanked for the help provided by Chile"): given to the one who thanks.
 * Else x itself.
 */
function aidToThanker(w: Words, x: Draft, d: Draft): Draft {
  // (a target that is the giver itself, as the by-phrase after the noun may give, is none)
  if (!x.code.startsWith('07') || !d.src.length || x.tgt.some((t) => !x.src.some((a) => a.span.from === t.span.from)) || !thankedFor(w, d, x.trigger[0])) return x;
  return { code: x.code, rule: `${x.rule}+thanked`, trigger: x.trigger, src: x.src, tgt: aidRecipients(w, d.src), modality: x.modality, noun: x.noun, both: false, visit: false, host: false, weight: x.weight, agentless: undefined };
}

/**
 * "Our shipments of arms to Peru went on all week, and …": an event noun that
 * opens the clause of the picked event, naming both who acts and on whom, is an event of its own
 * when it is of another kind than the picked one.
 */
function subjectNounEvent(w: Words, x: Draft, d: Draft): boolean {
  if (!x.noun || !x.src.length || !x.tgt.length || x.trigger[1] > d.trigger[0] || x.code.slice(0, 2) === d.code.slice(0, 2) || w.lc[x.trigger[0]].endsWith('ed')) return false;
  if (x.modality !== 'asserted' && x.modality !== 'planned') return false;
  return nounOpensClause(w, x.trigger[0]);
}

/** Whether draft x is a noun act, both sides named, set as the occasion of the picked draft d's act (`occasionNoun`). */
function occasionEvent(w: Words, x: Draft, d: Draft): boolean {
  return x.noun && x.src.length > 0 && x.tgt.length > 0 && x.trigger[0] >= d.trigger[1] && (x.modality === 'asserted' || x.modality === 'planned') && occasionNoun(w, x.trigger[0]);
}

/** Whether the event noun [i, j) names who does it: a possessor before it, or a by-phrase right after it ("Russia's attack", "aid provided by Chile"; not "requests by X", which the noun's by-phrase is not). */
function ownedNoun(w: Words, i: number, j: number): boolean {
  if (w.lc[j] === 'by' || ((w.lc[j] === 'provided' || w.lc[j] === 'made') && w.lc[j + 1] === 'by')) return true;
  // (not a plain "their", whose group coreference may well have got wrong: "years of Bolivia
  // arming militias of their own — their latest raid on Peru")
  for (let p = i - 1; p >= Math.max(0, i - 3) && isLower(w.raw[p]) && !w.punct[p]; p--) if (w.lc[p] === 'their') return false;
  return possessorBefore(w, i) !== undefined;
}

/**
 * Whether the event noun [i, j) of a pattern of `code` may be an act of its own beside the
 * clause's (see `ownedNounEvent`): aid, force or sanctions, or talks held "with" someone, whose
 * doer it names.
 */
function nounOfItsOwn(w: Words, code: string, i: number, j: number): boolean {
  return (OWNED_ROOTS.test(code) || (code.startsWith('04') && withAfter(w, j))) && ownedNoun(w, i, j);
}

/** Roots of acts whose possessor or by-phrase is their doer: aid, force posture, sanctions, coercion, assault, fighting, mass violence. */
const OWNED_ROOTS = /^(07|15|16|17|18|19|20)/;

/** Nouns that stop or undo the act named after them ("a halt to the shelling by the army"). */
const STOPPING_NOUNS = new Set(['cessation', 'end', 'halt', 'stop', 'suspension', 'lifting', 'cancellation', 'withdrawal', 'termination']);

/** Whether "with" stands at j, or ended the trigger before it ("his meeting with X", "their call with X"). */
function withAfter(w: Words, j: number): boolean {
  return w.lc[j] === 'with' || w.lc[j - 1] === 'with';
}

/**
 * Whether draft x is aid, sanctions or force named by a noun in the object of the picked draft d,
 * of another kind, its doer named by a possessor or a by-phrase ("condemned Russia's attack on
 * Ukraine", "thanked for the assistance provided by Chile"): an act of its own, told as a fact.
 */
function ownedNounEvent(w: Words, x: Draft, d: Draft): boolean {
  if (!x.noun || !x.src.length || x.trigger[0] < d.trigger[1] || x.modality !== 'asserted') return false;
  // (talks held with someone: also beside an act of the same kind with someone else, "briefed
  // Zelenskyy on his conversation with Putin")
  const i = x.trigger[0];
  if (!nounOfItsOwn(w, x.code, i, x.trigger[1]) || w.lc[i].endsWith('ing') || (i > 1 && w.lc[i - 1] === 'of' && STOPPING_NOUNS.has(w.lc[i - 2]))) return false;
  const talks = !OWNED_ROOTS.test(x.code);
  return talks ? x.tgt.length > 0 && !d.tgt.some((t) => t.span.from === x.tgt[0].span.from) : x.code.slice(0, 2) !== d.code.slice(0, 2);
}

/** Prepositions that set an act as the occasion of another ("following his meeting with …"). */
const OCCASION_PREPS = new Set(['following', 'after', 'during', 'since']);

/**
 * Whether the event noun at i is someone's, set as the occasion of the clause's act ("thanked
 * Congress following his meeting with X", "after Chile's talks with Peru"): an act told of its
 * own, beside the clause's.
 */
function occasionNoun(w: Words, i: number): boolean {
  let owned = false;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const x = w.lc[k];
    if (OCCASION_PREPS.has(x)) return owned;
    if (POSSESSIVE.has(x) || x === "'s" || x === '’s') owned = true;
    else if (!(NP_OPENERS.has(x) || isCap(w.raw[k]) || ADJ_LIKE.test(x) || x === 'historic' || x === 'recent' || x === 'latest')) return false;
  }
  return false;
}

/** Whether the noun at i opens its clause, after determiners, possessives, names and adjectives only ("Our deliveries", "Chilean arms deliveries"; not "the government increased aid"). */
function nounOpensClause(w: Words, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const x = w.lc[k];
    if (isBoundary(w, k) || (k === 0 && CLAUSE_COORD.has(x))) return true;
    // (a fronted phrase is no subject: "Following U.S. airstrikes …")
    if (introOpener(x)) return false;
    if (NP_OPENERS.has(x) || x === "'s" || x === '’s' || isCap(w.raw[k]) || termAt(w, k) || ADJ_LIKE.test(x)) continue;
    return false;
  }
  return i <= 6;
}

/** words that join a second clause after a comma ("…, and Ukraine …", "…, but Russia …") */
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'whereas']);

/**
 * The word that opens a second main clause among the words [from, to): a ";" or a comma with
 * "and"/"but"/"while" whose next word is no verb or adverb (so a subject of its own follows:
 * "…, and Merkel thanked Obama"; not "…, and thanked him"); -1 when there is none. (Only drafts
 * told of the subject that opens there count as that clause's: `ownClauseEvent`.)
 */
function ownClauseAt(w: Words, from: number, to: number): number {
  for (let k = from; k < to - 2; k++) {
    if (w.lc[k] === ';') return k + 1;
    if (w.lc[k] !== ',' || !CLAUSE_JOINS.has(w.lc[k + 1])) continue;
    const x = w.lc[k + 2];
    if (finiteForm(x) || FINITE_WORDS.has(x) || adverbWord(x) || x.endsWith('ing') || x === 'to' || w.punct[k + 2]) continue;
    return k + 2;
  }
  return -1;
}

/**
 * Whether draft x is the act of the clause that opens at word k, told of its subject there: done
 * by it to someone named ("…, and Merkel thanked Obama"), or a hostile act it undergoes from
 * someone named ("…, and Ukraine is facing bombardment from Russia").
 */
function ownClauseEvent(w: Words, x: Draft, k: number): boolean {
  if (!x.src.length || !x.tgt.length) return false;
  // (the subject may open with a determiner: "…, and the United States will …")
  const s = x.src[0].span.from;
  return s === k || (s === k + 1 && DETERMINERS.has(w.lc[k])) || (HOSTILE_ROOT.test(x.code) && x.tgt.some((t) => t.span.from === k) && x.src[0].span.from > k);
}

/** Verbs of saying whose that-clause tells a second act ("… and made clear that …"). */
const REPORT_THAT = new Set(['made', 'said', 'stressed', 'warned', 'noted', 'underscored', 'emphasized', 'emphasised', 'reiterated', 'added', 'affirmed', 'reaffirmed', 'confirmed', 'announced']);

/** Whether "and", a verb of saying (`REPORT_THAT`, "made" with "clear") and "that" stand in that order among the words [a, b). */
function reportedAfterAnd(w: Words, a: number, b: number): boolean {
  for (let k = a; k < b - 2; k++) {
    if (w.lc[k] !== 'and') continue;
    let v = k + 1;
    if (v < b && w.lc[v].endsWith('ly')) v++;
    if (!REPORT_THAT.has(w.lc[v])) continue;
    const t = w.lc[v] === 'made' ? (w.lc[v + 1] === 'clear' ? v + 2 : -1) : v + 1;
    return t > 0 && t < b && w.lc[t] === 'that';
  }
  return false;
}

/** Whether a pattern's last element is the word "that" ("ask that"). */
function endsWithThat(p: Pattern): boolean {
  const e = p.elems[p.elems.length - 1];
  return e !== undefined && e.t === 'word' && e.words.length === 1 && e.words[0] === 'that';
}

/** reductions of relations and sanctions (16) */
const SANCTION_ROOT = /^16/;
/** words that make a clause of a line: auxiliaries and modals */
const FINITE_WORDS = new Set([...FINITE_AUX, 'be', 'would', 'could', 'might', "isn't", "aren't", "won't"]);

/** words that may stand before the noun of a line listing one's own sanctions ("Full blocking sanctions", "New debt and equity restrictions") */
const LIST_MODIFIERS = new Set(['full', 'new', 'additional', 'further', 'more', 'blocking', 'financial', 'economic', 'sweeping', 'targeted', 'debt', 'equity', 'and', 'export', 'visa', 'sectoral', 'secondary', 'immediate', 'severe']);

/**
 * Whether the sentence opens with the noun at i, only words of a list line before it ("Full
 * blocking sanctions on …"; not "Western sanctions", whose doer is someone else), and holds no
 * verb: no auxiliary or modal, no past form, no irregular form, no present form after the noun's
 * phrase ("sanctions against Russia hurt Europe", "… failed to topple …").
 */
function verblessOpening(w: Words, i: number): boolean {
  if (i > 5) return false;
  for (let k = 0; k < i; k++) if (!LIST_MODIFIERS.has(w.lc[k])) return false;
  for (let k = i + 1; k < w.lc.length; k++) {
    const x = w.lc[k];
    if (FINITE_WORDS.has(x) || IRREGULAR_FORMS.has(x) || (x.endsWith('ed') && !w.punct[k - 1] && !NP_OPENERS.has(w.lc[k - 1]))) return false;
  }
  return true;
}

/**
 * A government's own list of what it does, in lines with no verb of their own, led by a gerund
 * or by the measure's noun ("Severing the connection … for Sberbank … by imposing sanctions",
 * "Costs on Belarus … by sanctioning 24 Belarusian individuals", "New debt restrictions on
 * thirteen … enterprises"): the publishing government does the sanctions the word at `head`
 * names, on whom the line names after it (`tgt`), else on the one named before it after "on",
 * "for" or "against" ("for Russia's largest bank, Sberbank, by imposing …"); undefined when the
 * line is no such line or names no one.
 */
function listLine(w: Words, code: string, head: number, noun: boolean, tgt: Actor[]): { src: Actor[]; tgt: Actor[] } | undefined {
  // (a line led by the measure's noun only in a fact sheet, the genre of such lists, naming no
  // one's measures before it: not "Western sanctions against Serbia hurt Europe")
  if (!SANCTION_ROOT.test(code) || !(w.lc[head].endsWith('ing') || (noun && head <= 4 && factSheet(w) && !objectActors(w, 0, head).length)) || !verblessLine(w)) return undefined;
  const pub = publisherActors(w);
  if (!pub.length) return undefined;
  if (tgt.length) return { src: pub, tgt };
  for (let k = 0; k < head - 1; k++) {
    if (w.lc[k] !== 'on' && w.lc[k] !== 'for' && w.lc[k] !== 'against') continue;
    const before = objectActors(w, k + 1, head);
    if (before.length) return { src: pub, tgt: before };
  }
  return undefined;
}

/** Whether the article is a government's fact sheet (its title says so). */
function factSheet(w: Words): boolean {
  return /\bfact sheet\b/i.test(w.doc?.article.title ?? '');
}

/** Whether the sentence has no finite verb and opens with a capital (a line of a list: "Costs on Belarus for …", "Severing the connection …"). */
function verblessLine(w: Words): boolean {
  if (!w.lc.length || !isCap(w.raw[0])) return false;
  for (let k = 0; k < w.lc.length; k++) {
    const x = w.lc[k];
    // (a compound in "-ed" is an adjective: "state-owned banks", "regime-connected elites")
    if (FINITE_WORDS.has(x) || (k > 0 && (IRREGULAR_FORMS.has(x) || REPORT_VERBS.has(x) || (x.endsWith('ed') && !x.includes('-') && !w.punct[k - 1] && !NP_OPENERS.has(w.lc[k - 1]) && w.lc[k - 1] !== 'by')))) return false;
  }
  return true;
}

/** The publishing government (the article's source, when it is a government's own site) as the actor, or none. */
function publisherActors(w: Words): Actor[] {
  const doc = w.doc;
  const home = doc ? publisherCountry(doc.article.source, countryOf, seatCountry) : undefined;
  if (!home) return noActors();
  return [newActor({ country: home, role: 'GOV', cameo: home + 'GOV', from: 0, to: 0, place: undefined }, doc.article.source, undefined, 0, 0, -1, -1)];
}

/** Whether a condition opens among words [a, b) ("if", "unless", "should" before its subject). */
function conditionBetween(w: Words, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (w.lc[k] === 'if' || w.lc[k] === 'unless' || (w.lc[k] === 'should' && invertedShould(w, k, b))) return true;
  return false;
}

/** The first verbal draft with a source. */
function firstVerbal(drafts: Draft[]): Draft | undefined {
  for (const d of drafts) if (!d.noun && d.src.length > 0) return d;
  return undefined;
}

/** The drafts of the sentence's events, from its live heads (`findLiveHeads`). */
function sentenceEvents(w: Words, heads: Int32Array): Draft[] {
  const matches = findMatches(w, heads);
  if (!matches.length) return [];
  // drop matches inside a longer match's words (the head of one is part of another)
  const kept: Match[] = [];
  for (const m of matches) {
    let inside = false;
    for (const k of kept) {
      if (m.i > k.i && m.i < k.j && !(k.p.frame && !m.p.frame)) {
        inside = true;
        break;
      }
    }
    if (!inside) kept.push(m);
  }
  const drafts: Draft[] = [];
  const used = new Set<Match>();
  // the first verbal event with a source wins unless a much more specific one follows (see
  // `pick`): after it, only matches that could still win are worth coding
  let first: Draft | undefined;
  for (let x = 0; x < kept.length; x++) {
    const m = kept[x];
    if (used.has(m)) continue;
    if (!first) first = firstVerbal(drafts);
    // (after an aside, the clause's own verb is still worth coding: see `pick`)
    // (a second verb of the clause's subject after "and" is an event of its own: see `secondVerb`)
    // (nor is a clause of its own after ", and" or ";": "A thanked B, and B thanked A": see `ownClauseAt`)
    // (nor the purpose of a call told right after it: "called Biden to congratulate him": see
    // `purposeOfCall`; nor the aid one is thanked for: see `aidThankedFor`)
    // (nor the verb of a relative clause set off by a comma after the first: "thanked Poland,
    // which sent tanks to Ukraine": see `relativeEvent`)
    if (first && !passiveAside(w, first) && !relativeAside(w, first) && !m.p.frame && m.p.weight <= first.weight + 1 && !(!m.p.noun && (secondVerb(w, m.i) || (first.code === '041' && w.lc[m.i - 1] === 'to') || relativeOpenAt(w, m.i) > first.trigger[1])) && !(m.p.noun && (thankedFor(w, first, m.i) || occasionNoun(w, m.i) || nounOfItsOwn(w, m.p.code, m.i, m.j))) && ownClauseAt(w, first.trigger[1], m.i) < 0) {
      const spec = m.p.noun && (first.code === '190' || first.code === '180') && m.p.violent;
      if (!spec) continue;
    }
    if (m.p.frame) {
      // the event the frame governs: the next non-frame match close after it
      let inner: Match | undefined;
      let from = m.j;
      for (let y = x + 1; y < kept.length; y++) {
        const n = kept[y];
        // ("repeated its demand that …": a match among the frame's own words is not what it governs)
        if (n.i < m.j) continue;
        // a noun the frame governs sits in its object ("rejected Kabul's offer of talks"); a
        // verb between them governs it instead ("will never give up their independence"); a
        // frame in between passes it on ("refused to commit to any assistance")
        if (n.p.frame && n.i >= from && governedNoun(w, from, n.i)) from = n.j;
        // ("plans to block the EU aid package": no aid is intended)
        if (governedBy(w, n.i, BLOCK_VERBS)) break;
        // ("agreed to instruct their teams to engage in consultations": a directive passes it on)
        if (n.p.noun && !n.p.frame && !governedNoun(w, from, n.i)) from = directedFrom(w, from, n.i);
        if (n.p.noun && !n.p.frame && !governedNoun(w, from, n.i)) {
          if (n.i - m.j > 10) break;
          continue;
        }
        // (a that-clause's verb comes after its subject, which may be long: "demanded that the
        // government of the Republic of South Sudan release …"; "will underscore … concerns with …
        // on the border with Ukraine and reaffirm its support": a second verb of the same subject
        // is governed as the first)
        if (n.i - m.j > (n.p.noun ? 10 : w.lc[m.j - 1] === 'that' ? 12 : 6) && !(n.i - m.j <= 24 && coordinatedBase(w, m.j, n.i))) break;
        // ("will respond decisively if Russia further invades": the condition's act is not what
        // is intended or threatened)
        if (conditionBetween(w, m.j, n.i)) break;
        if (n.p.frame) {
          if (n.i - m.j <= 2) continue;
          break;
        }
        inner = n;
        break;
      }
      // "rejected a call from the army to lay down their weapons": the act asked for in the
      // infinitive of the request that ends the frame (a verb there reads as the noun's complement)
      if ((!inner || inner.p.noun) && REQUEST_NOUNS.has(w.lc[m.j - 1])) inner = requestedAct(w, m.j) ?? inner;
      // ("the presidents agreed that Moscow would study the proposals": what the clause's own
      // named subject will do is its act, not the act of those who agree)
      if (inner && !inner.p.noun && w.lc[m.j - 1] === 'that' && AGREE_FORMS.has(w.lc[m.i]) && thatSubject(w, m.j)?.length) continue;
      if (inner) used.add(inner);
      let d = draftFor(w, m, inner);
      // ("will impose severe costs on Peru if it invades": a governed pattern that finds no target
      // where it wants one gives way to the next that matched at its head, as a clause's own does)
      for (let a = inner ? altOf(w, inner) : undefined; !d && a; a = altOf(w, a)) d = draftFor(w, m, a);
      if (d) drafts.push(d);
      continue;
    }
    if (m.p.inner) continue;
    // "an agreement to ban strikes", "to end the fighting": a stopped act is not one that happened
    if (m.p.stoppable && stoppedNoun(w, m.i)) continue;
    // "blocked the EU aid package", "vetoed the peace deal": what is blocked did not happen
    if (governedBy(w, m.i, BLOCK_VERBS)) continue;
    if (prohibited(w, m.i)) continue;
    // "signed an order to protect …", "necessary to support …": what it is for did not happen
    if (!m.p.noun && (purposeInfinitive(w, m.i) || purposeListItem(w, m.i))) continue;
    if (m.p.noun) {
      // a light verb just before carries the noun: "held talks", "launched an attack"
      let lv = -1;
      // (scare quotes are no boundary: "imposing “large-scale” sanctions"; two modifiers joined by
      // "and" count as one: "imposing new and far-reaching trade sanctions")
      let lo = Math.max(0, m.i - 4);
      for (let k = m.i - 1; k > lo; k--) if (w.lc[k] === 'and' && !w.punct[k - 1] && isLower(w.raw[k - 1]) && !DETERMINERS.has(w.lc[k + 1]) && !POSSESSIVE.has(w.lc[k + 1])) lo = Math.max(0, lo - 2);
      for (let k = m.i - 1; k >= lo; k--) {
        if (isBoundary(w, k)) {
          if (!scareQuote(w, k)) break;
          lo = Math.max(0, lo - 1);
          continue;
        }
        // ("had lied about the attack": a topic's preposition stands between, the noun is no act
        // the verb carries)
        if (TOPIC_PREPS.has(w.lc[k])) break;
        // ("at the start of a regional trip": a light verb used as a noun carries nothing)
        if (LIGHT_VERBS.has(w.lc[k]) && !(k > 0 && DETERMINERS.has(w.lc[k - 1]))) {
          lv = k;
          break;
        }
      }
      // "approved three steps, including the closing of …", "signed an order that authorizes
      // new measures, including sanctions": the noun is one of the steps a light verb carries
      if (lv < 0) lv = stepIncluding(w, m.i);
      // ("is facing continued bombardment": an adjective, not a light verb)
      if (lv >= 0 && HOSTILE_ROOT.test(m.p.code) && undergoneBy(w, m.i) >= 0) lv = -1;
      if (lv >= 0 && embedded(w, lv)) continue; // "our plan to issue sanctions"
      if (lv >= 0) {
        const d = draftFor(w, m, undefined, false);
        if (d) {
          const line = listLine(w, m.p.code, lv, false, d.tgt);
          const subj = line ? line.src : subjectActors(w, lv);
          // ("were engaged in ethnic cleansing": a state of the subject, no passive)
          const src = isPassive(w, lv) && w.lc[lv + 1] !== 'in' ? byActors(w, m.j) : subj;
          // a new draft, not d written to (see `recoded`): the first write to its `noun`, late in a
          // run, discarded the optimized code of every function reading it
          drafts.push({ code: d.code, rule: d.rule, trigger: [lv, m.j], src, tgt: line ? line.tgt : d.tgt, modality: d.modality, noun: false, both: d.both, visit: d.visit, host: d.host, weight: d.weight, agentless: d.agentless });
        }
        continue;
      }
    }
    // a pattern that found no target there gives way to the next one that matched at its head
    let d: Draft | undefined;
    for (let a: Match | undefined = m; a && !d; a = altOf(w, a)) d = draftFor(w, a);
    if (d) drafts.push(d);
  }
  return drafts;
}

/**
 * The reporter a sentence names after a reported clause that opens it ("Peru must withdraw its
 * troops, the Chilean president said." or "…, said the Chilean president."): the actors of that
 * last short clause, a verb of saying (`OBLIGE_VERBS`) ending the sentence; else undefined.
 */
function trailingReporter(w: Words, cs: number, from: number): Actor[] | undefined {
  for (let k = 0; k < cs; k++) if (!QUOTE_MARKS.has(w.raw[k])) return undefined;
  // (only when the clause opens with the one obliged: not "We must be clear …, she said.")
  let s0 = cs;
  if (w.lc[s0] === 'the') s0++;
  if (PRONOUNS.has(w.lc[s0]) || w.lc[s0] === 'you' || !termAt(w, s0, from)) return undefined;
  const n = w.lc.length;
  let comma = -1;
  for (let k = n - 1; k > from && k >= n - 12; k--) {
    if (w.raw[k] === ',') {
      comma = k;
      break;
    }
  }
  if (comma < 0) return undefined;
  let end = n;
  while (end > comma + 1 && (w.raw[end - 1] === '.' || QUOTE_MARKS.has(w.raw[end - 1]))) end--;
  for (let v = comma + 1; v < end; v++) {
    if (!OBLIGE_VERBS.has(w.lc[v])) continue;
    const who = v > comma + 1 ? objectActors(w, comma + 1, v) : objectActors(w, v + 1, end);
    return who.length ? who : undefined;
  }
  return undefined;
}

/** Nouns of the steps a list after "including" names. */
const STEP_LIST_NOUNS = new Set(['steps', 'measures', 'actions']);

/**
 * The light verb that carries the event noun at i as one item of its steps: "approved several
 * steps, including expulsion of …" (", including" right before the noun, a determiner between
 * them allowed, and before the comma the steps' noun within four words of the light verb); else -1.
 */
function stepIncluding(w: Words, i: number): number {
  let k = i - 1;
  if (k > 0 && DETERMINERS.has(w.lc[k])) k--;
  if (k < 3 || w.lc[k] !== 'including' || !isComma(w.raw[k - 1]) || !STEP_LIST_NOUNS.has(w.lc[k - 2])) return -1;
  for (let x = k - 3; x >= Math.max(0, k - 7); x--) {
    if (isBoundary(w, x)) return -1;
    if (LIGHT_VERBS.has(w.lc[x]) && !(x > 0 && DETERMINERS.has(w.lc[x - 1]))) return x;
  }
  return -1;
}

/**
 * Whether the verb at i is the base form of a second verb phrase after "and" or "or" ("will
 * underscore … and reaffirm"), with no end of a clause between `from` and it.
 */
function coordinatedBase(w: Words, from: number, i: number): boolean {
  const x = w.lc[i];
  const c = w.lc[i - 1];
  if ((c !== 'and' && c !== 'or') || finiteForm(x) || x.endsWith('ing')) return false;
  for (let k = from; k < i - 1; k++) if (w.punct[k] && w.lc[k] !== ',' || CLAUSE_WORDS.has(w.lc[k])) return false;
  return true;
}

/** words before "to V" that only weigh the act ("important to discuss", "necessary to support") */
const WEIGHED_BEFORE_TO = new Set(['important', 'necessary', 'essential', 'crucial', 'vital', 'critical', 'possible', 'impossible', 'difficult', 'hard', 'easy', 'needed', 'required', 'time', 'able', 'enough', 'sufficient', 'designed', 'intended', 'meant', 'imperative', 'urgent', 'useful', 'wise', 'premature', 'reasonable', 'way', 'ways', 'means']);
/** words that open a noun phrase */
const NP_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each']);
/**
 * nouns whose "to V" is their own content, read elsewhere or an act that happens ("the readiness
 * to respond", "a decision to invade", "a campaign to condemn")
 */
const CONTENT_NOUNS = new Set(['readiness', 'willingness', 'commitment', 'commitments', 'determination', 'resolve', 'intention', 'intentions', 'intent', 'plan', 'plans', 'decision', 'decisions', 'pledge', 'pledges', 'promise', 'promises', 'vow', 'threat', 'threats', 'offer', 'offers', 'proposal', 'proposals', 'bid', 'agreement', 'agreements', 'order', 'orders', 'call', 'calls', 'request', 'requests', 'demand', 'demands', 'appeal', 'campaign', 'refusal', 'failure', 'move', 'attempt', 'attempts', 'right', 'duty', 'obligation', 'mandate', 'authority', 'permission']);
/** words in a noun phrase that make its "to V" an act that happened ("the first woman to capture", "the latest newspaper to endorse") */
const RANKED = new Set(['first', 'last', 'latest', 'only', 'second', 'third', 'next', 'sole', 'newest', 'fourth', 'fifth']);
/** verbs whose object is the means of an act that does happen ("used the meeting to criticize", "took the opportunity to thank") */
const MEANS_VERBS = new Set(['use', 'uses', 'used', 'using', 'take', 'takes', 'took', 'taken', 'taking', 'seize', 'seizes', 'seized', 'seizing']);
/** words before a noun phrase that make it a destination ("went to the White House to meet"): one goes there and does it */
const TOWARDS = new Set(['to', 'into', 'onto', 'in', 'at']);
/** verbs of going before such a destination ("flew to the capital to meet"; not "bring Putin to a table to discuss") */
const MOTION_VERBS = new Set(['go', 'goes', 'went', 'gone', 'going', 'come', 'comes', 'came', 'coming', 'travel', 'travels', 'traveled', 'travelled', 'traveling', 'travelling', 'fly', 'flies', 'flew', 'flown', 'flying', 'arrive', 'arrives', 'arrived', 'arriving', 'head', 'heads', 'headed', 'heading', 'return', 'returns', 'returned', 'returning', 'move', 'moved', 'poured', 'rushed', 'drove', 'driven', 'sailed', 'walked', 'marched', 'stopped', 'stayed', 'gathered', 'met']);
/** words that a noun phrase does not hold: a clause goes on ("a deal that's going to give") */
const NOT_IN_NP = new Set(['that', 'which', 'who', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'going', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'not']);

/**
 * Is the verb at i the infinitive of a purpose or of an evaluation, not an act of the clause:
 * "to V" (an adverb may stand between: "to even discuss") after a noun phrase ("signed an
 * executive order to protect …", "responsible for the resources to support …") or after a word
 * that only weighs it ("important to discuss", "necessary to support")? Acts a frame governs
 * ("agreed to provide") never come here. Not a purpose: the means of an act that happens ("used
 * the meeting to criticize Moscow"), a destination ("went to the White House to meet Biden"), a
 * ranked one ("the first woman to capture the nomination"), a noun whose content the "to V" is
 * ("the readiness to respond decisively if …", "a campaign to condemn").
 */
function purposeInfinitive(w: Words, i: number): boolean {
  let t = i - 1;
  if (t > 0 && w.lc[t] !== 'to' && w.lc[t - 1] === 'to' && adverbWord(w.lc[t])) t--;
  if (t < 2 || w.lc[t] !== 'to') return false;
  const b = t - 1;
  // (", to protect the national interests": a purpose set off after its clause)
  if (w.punct[b]) return w.raw[b] === ',' && !contentNounBefore(w, b - 1);
  const x = w.lc[b];
  if (WEIGHED_BEFORE_TO.has(x)) return true;
  // a verb ("refused to sign", "began to arrive") or its object ("forced her to sign") before "to"
  // (also one in "-s" right after its subject: "the government continues to meet …")
  if (x.endsWith('ed') || IRREGULAR_FORMS.has(x) || OBJECT_PRONOUNS.has(x) || verbAfterSubject(w, b)) return false;
  for (let k = b - 1; k >= Math.max(0, b - 3); k--) {
    const y = w.lc[k];
    if (w.punct[k] || NOT_IN_NP.has(y) || CLAUSE_WORDS.has(y) || RANKED.has(y) || y.endsWith('ed')) return false;
    if (NP_OPENERS.has(y)) return !(k > 0 && (MEANS_VERBS.has(w.lc[k - 1]) || (TOWARDS.has(w.lc[k - 1]) && wentTo(w, k - 2)))) && !contentNounBefore(w, b);
  }
  return false;
}

/** Whether a verb of going ends at word v, a particle may follow it ("went", "poured out", "came back"). */
function wentTo(w: Words, v: number): boolean {
  if (v >= 1 && (w.lc[v] === 'out' || w.lc[v] === 'back' || w.lc[v] === 'off' || w.lc[v] === 'down' || w.lc[v] === 'up')) v--;
  return v >= 0 && MOTION_VERBS.has(w.lc[v]);
}

/**
 * Is the verb at i a later item of a list of purposes ("support this package to get aid to
 * Israel, provide aid to Gaza and …"): after a comma or "and", with a purpose infinitive earlier
 * in the same clause (only commas between)?
 */
function purposeListItem(w: Words, i: number): boolean {
  const prev = w.lc[i - 1];
  if ((prev !== ',' && prev !== 'and') || finiteForm(w.lc[i]) || w.lc[i].endsWith('ing')) return false;
  for (let k = i - 2; k >= Math.max(1, i - 20); k--) {
    if (w.punct[k] && w.raw[k] !== ',') return false;
    if (w.lc[k] === 'to' && k + 1 < i - 1 && purposeInfinitive(w, k + 1)) return true;
  }
  return false;
}

/** A noun whose content a "to V" is ("the readiness of the United States and its allies to respond"), up to ten words before `b`. */
function contentNounBefore(w: Words, b: number): boolean {
  for (let k = b; k >= Math.max(0, b - 10); k--) {
    if (w.punct[k] && w.lc[k] !== ',') return false;
    if (CONTENT_NOUNS.has(w.lc[k])) return true;
  }
  return false;
}

/** nouns of asking that a frame may end on ("rejected an appeal", "renewed its call") */
const REQUEST_NOUNS = new Set(['appeal', 'appeals', 'call', 'calls', 'request', 'requests', 'demand', 'demands', 'plea', 'pleas', 'proposal', 'proposals', 'offer', 'offers']);

/**
 * The act a request asks for in its infinitive, after the request noun ending at `from` and the
 * words naming who asked ("a call from the army to lay down their weapons"); nothing past a
 * boundary or more than eight words on.
 */
function requestedAct(w: Words, from: number): Match | undefined {
  const n = w.lc.length;
  for (let k = from; k < Math.min(n - 1, from + 8); k++) {
    if (isBoundary(w, k) || CLAUSE_WORDS.has(w.lc[k])) return undefined;
    if (w.lc[k] !== 'to') continue;
    if (!w.heads[k + 1]) return undefined;
    const m = matchFrom(w, k + 1, 0, false, true);
    return m && !m.p.frame && !m.p.noun ? m : undefined;
  }
  return undefined;
}

/** verbs by which one has others do something ("instruct their teams to …") */
const DIRECT_VERBS = new Set(['instruct', 'direct', 'task', 'ask', 'order', 'authorize', 'authorise', 'mandate', 'tell', 'encourage', 'empower']);

/**
 * After a frame ending at `from`, the word after the "to" of a directive that stands between it and
 * a noun at `to` ("agreed to instruct their representatives to | engage in consultations"); else `from`.
 */
function directedFrom(w: Words, from: number, to: number): number {
  if (!DIRECT_VERBS.has(w.lc[from]) && !(LEMMAS.get(w.lc[from]) ?? []).some((l) => DIRECT_VERBS.has(l))) return from;
  for (let k = from + 1; k < to && k <= from + 6; k++) {
    if (isBoundary(w, k)) return from;
    if (w.lc[k] === 'to') return k + 1;
  }
  return from;
}

/** verbs that hand a frame's noun on: "will provide new assistance", "pledged to continue talks" */
const SUPPORT_VERBS = new Set(['provide', 'give', 'offer', 'send', 'extend', 'grant', 'deliver', 'supply', 'continue', 'resume', 'facilitate', 'pursue', 'start', 'begin', 'engage', 'seek']);
const OBJECT_NOUNS = new Set(['sequence', 'schedule', 'timetable', 'round', 'rounds', 'series', 'resumption', 'proposal', 'proposals', 'offer', 'offers', 'call', 'calls', 'request', 'requests', 'demand', 'demands', 'appeal', 'appeals', 'plan', 'plans', 'idea', 'suggestion', 'invitation', 'bid', 'initiative', 'for', 'of', 'to', 'on', 'from', 'by', 'all', 'any', 'more', 'greater', 'some', 'fresh', 'further', 'its', 'their', 'his', 'her', 'our']);

/** Are the words [a, b) between a frame and a noun only its object's modifiers ("a fresh offer from Kabul for")? */
function governedNoun(w: Words, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const x = w.lc[k];
    if (w.punct[k]) {
      if (w.raw[k] === "'s" || w.raw[k] === '’s' || w.raw[k] === '-') continue;
      return false;
    }
    if (DETERMINERS.has(x) || ADJECTIVES.has(x) || LIGHT_VERBS.has(x) || OBJECT_NOUNS.has(x) || STOP_INNER.has(x) || isInsertion(w, k)) continue;
    // "agreed to engage in consultations", "pledged to enter into talks"
    if ((x === 'in' || x === 'into') && k > a && (LIGHT_VERBS.has(w.lc[k - 1]) || SUPPORT_VERBS.has(w.lc[k - 1]) || w.lc[k - 1] === 'enter')) continue;
    // "vowed to carry out acts of terror": the particle of a light verb
    if (x === 'out' && k > a && LIGHT_VERBS.has(w.lc[k - 1])) continue;
    if (LEMMAS.get(x)?.some((l) => SUPPORT_VERBS.has(l)) || SUPPORT_VERBS.has(x)) continue;
    if (isCap(w.raw[k]) || /\d/.test(x) || x.includes('-') || termAt(w, k)) continue;
    if (ADJ_LIKE.test(x)) continue;
    // ("a serious and substantive dialogue": two adjectives joined)
    if ((x === 'and' || x === 'or') && k > a && k + 1 < b && (ADJECTIVES.has(w.lc[k - 1]) || ADJ_LIKE.test(w.lc[k - 1])) && (ADJECTIVES.has(w.lc[k + 1]) || ADJ_LIKE.test(w.lc[k + 1]))) continue;
    return false;
  }
  return true;
}
/** endings of adjectives a governed noun may have before it ("political", "substantive") */
const ADJ_LIKE = /(al|ic|ive|ary|ful|ous|ent|ant)$/;

/** verbs that stop what they govern ("stop shelling", "halt its attacks", "end the blockade") */
const STOP_INNER = new Set(['stop', 'stops', 'stopped', 'stopping', 'halt', 'halts', 'halted', 'halting', 'end', 'ends', 'ended', 'ending', 'cease', 'ceases', 'ceased', 'ceasing', 'suspend', 'suspends', 'suspended', 'suspending', 'pause', 'pauses', 'paused', 'pausing']);
const HOSTILE_ROOT = /^(1[4-9]|20)/;

/** Is there a stopping verb in the clause after word j ("… between A and B ended", "… have ceased")? */
function stopVerbAfter(w: Words, j: number): boolean {
  const e = clauseEnd(w, j, w.lc.length);
  for (let k = j; k < Math.min(e, j + 14); k++) if (STOP_INNER.has(w.lc[k])) return true;
  return false;
}

/** Is the event at b stopped by a verb just before it, after the frame's end a ("… to halt its attacks")? */
function stoppedBy(w: Words, a: number, b: number): boolean {
  for (let k = Math.max(a, b - 4); k < b; k++) if (STOP_INNER.has(w.lc[k])) return true;
  return false;
}

/** Does the noun phrase holding word i open its clause (nothing but modifiers before it)? */
function subjectPosition(w: Words, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (isBoundary(w, k) || CLAUSE_WORDS.has(w.lc[k])) return true;
    // ("Russia's attack on …": a possessive after a name, no "is")
    const possessive = (w.lc[k] === "'s" || w.lc[k] === '’s') && k > 0 && isCap(w.raw[k - 1]) && !PRONOUNS.has(w.lc[k - 1]);
    if (NP_BREAK.has(w.lc[k]) || (BE.has(w.lc[k]) && !possessive)) return false;
    if (possessive || DETERMINERS.has(w.lc[k]) || termAt(w, k) || isCap(w.raw[k]) || /(al|ive|ic|ous|ed|ful|ary|ent|ant)$/.test(w.lc[k])) continue;
    return false;
  }
  return i <= 6;
}

/** Words that may open a meeting's noun phrase ("another lengthy telephone conversation"). */
const MEETING_MODIFIERS = new Set(['another', 'telephone', 'phone', 'video', 'bilateral', 'trilateral', 'lengthy', 'long', 'brief', 'short', 'new', 'first', 'second', 'third', 'further', 'direct', 'official', 'formal', 'informal', 'private', 'face-to-face', 'high-level', 'two-hour', 'hour-long']);

/** Is the noun at i the first thing in its clause, after determiners and a meeting's modifiers only ("A telephone conversation took place …", not "He discussed the talks …")? */
function leadsClause(w: Words, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    // ("were discussed during the conversation between A and B": what went on during it took place)
    if (isBoundary(w, k) || CLAUSE_WORDS.has(w.lc[k]) || w.lc[k] === 'during') return true;
    if (!DETERMINERS.has(w.lc[k]) && !MEETING_MODIFIERS.has(w.lc[k]) && !HOSTILE_MODIFIERS.has(w.lc[k])) return false;
  }
  return true;
}

/** The one event a sentence is taken to report: the first verbal one with a source, else the best nominal one. */
function pick(w: Words, drafts: Draft[]): Draft | undefined {
  const withActor = drafts.filter((d) => d.src.length > 0 || d.tgt.length > 0);
  if (!withActor.length) return undefined;
  const verbal = withActor.filter((d) => !d.noun && d.src.length > 0);
  if (verbal.length) {
    // a specific pattern close to the first one beats a generic first one; a participle set off
    // by commas ("Russia, backed by Belarus, attacked Ukraine") is an aside, which the clause's
    // own verb beats unless the aside is the graver act ("Chile, attacked by Peru, asked for help")
    let first = verbal[0];
    // a relative clause set off by commas ("Biden, who arrived in Tokyo on Monday, met Kishida")
    // tells about its noun too, and the clause's own verb always beats it
    const passive = verbal.length > 1 && passiveAside(w, first);
    if (passive || (verbal.length > 1 && relativeAside(w, first))) {
      // (the clause's own verb only: right after the aside's closing comma, past auxiliaries and
      // adverbs; not an act reported or denied further on: "Israel, accused by Hamas, denied bombing …")
      const close = asideEnd(w, first.trigger[0]);
      const main = close < 0 ? undefined : verbal.find((d) => d.trigger[0] > close && verbGroupOnly(w, close + 1, d.trigger[0]));
      // (after a participle, only a graver act, and one that names whom it is done to if the aside
      // does: "North Korea, condemned by Japan, fired a missile into the sea" keeps the condemnation)
      if (main && (!passive || (quadOf(main.code) > quadOf(first.code) && (main.tgt.length > 0 || first.tgt.length === 0)))) first = main;
    }
    // "if Russia invades, we will impose costs": the condition reports nothing; the clause it
    // conditions does
    if (first.modality === 'conditional') first = verbal.find((d) => d.trigger[0] > first.trigger[0] && d.modality === 'asserted') ?? first;
    let best = first;
    // (but not one of the same kind that names nobody it is done to: "rioted at a jail in X,
    // setting fire to mattresses" keeps the riot and its target)
    for (const d of verbal) {
      if (d.weight <= best.weight + 1 || d.modality !== first.modality) continue;
      // (nor one told of the first event's target in a participle right after it: "criticized
      // Republican lawmakers trying to block the Iran deal" is a criticism, the lawmakers' attempt
      // an aside)
      if (w.lc[d.trigger[0]].endsWith('ing') && first.tgt.some((t) => t.span.to === d.trigger[0])) continue;
      if (!d.tgt.length && first.tgt.length && d.code.slice(0, 2) === first.code.slice(0, 2)) continue;
      best = d;
    }
    // "government forces bombed rebel-held areas": a state's armed forces or government bomb from
    // the air (195), not as a car or suicide bomber does (183)
    if (best.code === '183' && !best.noun && w.lc[best.trigger[0]].startsWith('bomb') && best.src.some((a) => a.span.role === 'MIL' || a.span.role === 'GOV')) best = recoded(best, '195', `${best.rule}+state`);
    // "killed two soldiers in a bomb attack": the weapon names the kind of violence
    if (best.code === '190' || best.code === '180') {
      const spec = drafts.find((d) => d.noun && d !== best && /^(18|19|20)/.test(d.code) && d.code !== '190' && d.code !== '180');
      if (spec) best = recoded(best, spec.code, `${best.rule}+${spec.rule}`);
    }
    return best;
  }
  // material conflict whose doer is unnamed: "three civilians were killed in a car bombing",
  // "a roadside bomb killed two soldiers" (the violence is named by a noun or a hostile verb)
  const violent = drafts.find((d) => d.noun && /^(18|19|20)/.test(d.code) && d.code !== '190');
  const unnamed = drafts.filter((d) => !d.noun && !d.src.length && d.tgt.length && d.modality === 'asserted' && /^(17|18|19|20)/.test(d.code) && (d.code !== '190' || violent) && (d.agentless || (violent && violent.trigger[0] < d.trigger[0])));
  if (unnamed.length) {
    const d = unnamed[0];
    if (violent && (d.code === '190' || d.code === '180')) return recoded(d, violent.code, `${d.rule}+${violent.rule}`);
    return d;
  }
  // a bare event noun ("the talks", "sanctions") is an event only with both its actors named
  // (a source and a target, or the two "between" whom talks go: `betweenActors`) and only as the
  // subject of its clause ("Israeli air raids killed …"): after a preposition or a verb it is
  // something talked about ("the possibility of sanctions against Russia")
  const nominal = withActor.filter((d) => d.src.length > 0 && (d.tgt.length > 0 ? subjectPosition(w, d.trigger[0]) || (HOSTILE_ROOT.test(d.code) && undergoneBy(w, d.trigger[0]) >= 0) : d.src.length > 1 && leadsClause(w, d.trigger[0])));
  return nominal.sort((a, b) => b.weight - a.weight)[0];
}

/** Is the draft's trigger a participle with its doer, set off by a comma before it (", backed by Belarus,")? */
function passiveAside(w: Words, d: Draft): boolean {
  const i = d.trigger[0];
  return i > 0 && w.raw[i - 1] === ',' && w.lc[i + 1] === 'by' && w.lc[i].endsWith('ed');
}

/**
 * Is the draft's trigger the verb of a relative clause set off by commas after its noun ("Biden,
 * who arrived in Tokyo on Monday, met Kishida"): "who" or "which" after a comma, at most six
 * words before the trigger, no mark between (`relativeOpenAt`), and a comma closing the clause?
 */
function relativeAside(w: Words, d: Draft): boolean {
  return relativeOpenAt(w, d.trigger[0]) > 0 && asideEnd(w, d.trigger[0]) > 0;
}

/** The comma that closes the aside whose participle is at i (within ten words), or -1. */
function asideEnd(w: Words, i: number): number {
  for (let k = i + 1; k < Math.min(w.lc.length, i + 10); k++) if (w.raw[k] === ',') return k;
  return -1;
}

/** Are the words [a, b) only auxiliaries (see `auxiliariesOnly`), "not" and adverbs, at most three? */
function verbGroupOnly(w: Words, a: number, b: number): boolean {
  if (b - a > 3) return false;
  for (let k = a; k < b; k++) {
    const x = w.lc[k];
    if (!auxiliariesOnly(w, k, k + 1) && !NEG.has(x) && !VERB_ADVERBS.has(x) && !x.endsWith('ly')) return false;
  }
  return true;
}

/** the most actors an event's side lists (each pair of source and target is one event) */
const MAX_SIDE = 6;

/** CAMEO's quad class of a code (1 verbal cooperation … 4 material conflict; 0 unknown). */
function quadOf(code: string): number {
  return CODES.get(code)?.quad ?? 0;
}

/** a demonym and a capitalised plural people name ("Iraqi Kurds", "Bosnian Croats") */
const PEOPLE_NAME = /^[A-Z][a-z]+(an|i|ish|ese|ic) [A-Z][a-z]+s$/;
/** Plural nouns after a demonym that name states or their organs, not a people ("European Allies", "Arab Governments"). */
const NOT_PEOPLE_NAME = /\s(?:Allies|Partners|Leaders|Officials|Governments|Forces|Troops|Authorities|Diplomats|Counterparts|Colleagues|Nations|States|Ministers|Countries)$/;

function toEventActor(a: Actor | undefined, doc: Doc, ents: EntityIndex): EventActor | null {
  if (!a) return null;
  let ent = entityAt(doc, ents, a.start, a.end);
  // "President of the United States Barack Obama", "US President Barack Obama": the office's
  // country codes the actor, the person named with it is the actor
  if (ent && ent.type !== 'PER') ent = officeHolder(doc, ents, a.start, a.end) ?? ent;
  let cameo = a.span.cameo;
  // a place named as a place ("in Algiers") is no government, whatever its entity says
  // (not onto a group of countries the words name: "the Kyiv Six" is no government of Kyiv's)
  if (ent && !a.span.place && (!a.span.country || !a.span.role) && (ent.country || ent.role) && a.span.country !== 'IGO') {
    const country = a.span.country ?? ent.country;
    const role = a.span.role ?? ent.role;
    cameo = (country ?? '---') + (role ?? '');
  }
  // "Iraqi Kurds", "Bosnian Croats": a group name of a demonym and a people are the country's civilians
  if (ent && ent.type === 'MISC' && cameo.length === 3 && cameo !== '---' && PEOPLE_NAME.test(ent.name) && !NOT_PEOPLE_NAME.test(ent.name)) cameo += 'CVL';
  return ent ? { name: ent.name, entity: ent.id, cameo } : { name: actorName(a), entity: undefined, cameo };
}

/**
 * The person named with an office in the actor's words or right after them: a name mention that
 * follows the actor's first mention (the place or body) with at most a few capitalised title
 * words between ("US President Barack Obama"; not "Russia and Head of the LPR Leonid Pasechnik").
 */
function officeHolder(doc: Doc, ents: EntityIndex, start: number, end: number): Entity | undefined {
  const ms = doc.mentions;
  const k0 = firstStartingFrom(ms, start);
  for (let k = k0 + 1; k < ms.length && ms[k].start <= end + 40; k++) {
    const m = ms[k];
    if (m.type !== 'PER' || m.form !== 'name' || !m.entity) continue;
    if (!/^\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(doc.text.slice(ms[k0].end, m.start))) return undefined;
    return ents.byId.get(m.entity);
  }
  return undefined;
}

function entityAt(doc: Doc, ents: EntityIndex, start: number, end: number): Entity | undefined {
  const ms = doc.mentions;
  for (let k = firstEndingAfter(ms, start); k < ms.length && ms[k].start < end; k++) {
    const m = ms[k];
    if (m.end > start && m.entity) return ents.first.get(m.entity);
  }
  return undefined;
}

function plover(code: string): string | undefined {
  return CODES.get(code)?.plover;
}

/** The first country named in the sentence: the country of a role named without one ("President X"). */
function sentenceCountry(w: Words): string | undefined {
  for (let k = 0; k < w.lc.length; k++) {
    const t = termAt(w, k);
    // ("spoke with his European counterparts": whose counterparts they are, not the sentence's country)
    if (t && t.kind !== 'role' && t.kind !== 'org' && !(k > 0 && (w.lc[k - 1] === 'in' || w.lc[k - 1] === 'at')) && !PEER_WORDS.has(w.lc[k + t.len] ?? '')) return t.code;
    if (t) k += t.len - 1;
  }
  return undefined;
}

/** others of one's own rank or side, whom a country word before them names ("his European counterparts") */
const PEER_WORDS = new Set(['counterparts', 'counterpart', 'colleagues', 'partners', 'allies', 'peers']);
const GROUP_WORDS = /\b(two|both|leaders|presidents|heads|sides|parties|counterparts|ministers)\b/i;
const REL_WORDS = new Set(['which', 'who', 'whom', 'whose', 'where', 'when']);
/** verbal cooperation and conflict (01–05, 10–12): said to someone else, not to one's own country */
const VERBAL_ROOT = /^(0[1-5]|1[0-2])/;
const LOCAL_ROLES = new Set(['GOV', 'MIL', 'COP', 'OPP', 'REB', 'JUD', 'LEG', 'ELI', 'CVL', 'PTY', 'SPY', 'LAB', 'EDU', 'MED', 'BUS', 'REF', 'CRM', 'HRI', 'REL', 'AGR', 'HLH', 'UAF']);

/** armed or political groups that a foreign state speaks to or of ("Washington urged the rebels") */
const FOREIGN_ROLES = new Set(['REB', 'OPP', 'UAF', 'INS']);
/** the kinds of term that name a country as a place (one test: a chain of compares runs its later ones first late in a run, a deopt) */
const PLACE_TERMS = new Set(['country', 'capital', 'seat']);
const POSTMOD_PREPS = new Set(['from', 'in', 'of', 'inside']);

/** The country named right after a role ("dissidents from Egypt", "rebels in the Ivory Coast"), if any. */
function postmodCountry(w: Words | undefined, to: number): string | undefined {
  if (!w || to + 1 >= w.lc.length || !POSTMOD_PREPS.has(w.lc[to])) return undefined;
  let x = to + 1;
  if (w.lc[x] === 'the') x++;
  const t = termAt(w, x);
  return t && PLACE_TERMS.has(t.kind) ? t.code : undefined;
}

/** Is the actor a state named as such ("Washington", "the United States"), with no role word? */
function bareState(w: Words, a: Actor): boolean {
  if (a.w !== w || !a.span.country || a.span.country.startsWith('IGO') || a.span.country.startsWith('NGO')) return false;
  let state = false;
  for (let k = a.span.from; k < a.span.to; k++) {
    const t = termAt(w, k, a.span.to);
    if (!t) continue;
    if (t.kind === 'role' || t.kind === 'person') return false;
    if (t.kind === 'country' || t.kind === 'capital') state = true;
    k += t.len - 1;
  }
  return state;
}

/** The country named last before `pos` in the document (a place or body, not a person's), other than `not`. */
function recentOtherCountry(doc: Doc, ents: EntityIndex, pos: number, not: string): string | undefined {
  const ms = doc.mentions;
  const lo = firstStartingFrom(ms, pos);
  for (let x = lo - 1; x >= Math.max(0, lo - 40); x--) {
    const e = ms[x].entity ? ents.byId.get(ms[x].entity!) : undefined;
    const c = e?.country;
    if (!c || e.type === 'PER' || c === not || c.startsWith('IGO') || c.startsWith('NGO')) continue;
    return c;
  }
  return undefined;
}

function fillCountry(actors: Actor[], where: () => string | undefined, veto?: (a: Actor, country: string) => boolean): void {
  for (const a of actors) {
    const c = a.span;
    if (c.country || !c.role || !LOCAL_ROLES.has(c.role)) continue;
    const country = postmodCountry(a.w, c.to) ?? where();
    if (!country) return;
    // "the two leaders", "both presidents": several countries, none to borrow
    if (GROUP_WORDS.test(actorName(a))) continue;
    if (veto?.(a, country)) continue;
    const s = copySpan(c);
    s.country = country;
    s.cameo = country + c.role;
    a.span = s;
  }
}

function emit(doc: Doc, ents: EntityIndex, w: Words, d: Draft, sent: { start: number; end: number }, out: Event[]): void {
  // a role named without a country ("police", "people") belongs where the event happens
  // ("… blocked streets in Hong Kong"), else to the sentence's first country
  // (looked for only when an actor needs it)
  let scDone = false;
  let scCode: string | undefined;
  const sc = (): string | undefined => {
    if (!scDone) {
      scDone = true;
      scCode = placeCountry(w, d) ?? sentenceCountry(w);
    }
    return scCode;
  };
  // a visitor is no one from the place visited: "the minister arrived in Paris" is not French
  const visited: string[] = [];
  if (d.code === '042') for (const t of d.tgt) if (t.span.country !== undefined) visited.push(t.span.country);
  // an office or institution of state named alone ("The President signed …", "I urge the
  // Senate …") is, in a government's own text, that government's ("Kremlin", "White House",
  // "President of Ukraine"), not the country the sentence goes on to name
  const home = publisherCountry(doc.article.source, countryOf, seatCountry);
  if (home) {
    for (const a of [...d.src, ...d.tgt]) {
      const role = a.span.role;
      // ("Officials from both countries": not the publisher's alone)
      // (also an official named after a bare office, "Secretary Austin", with no country of its own)
      const office = OFFICE_ALONE.test(actorName(a)) || (a.span.to - a.span.from >= 2 && OFFICE_BEFORE_NAME.has(w.lc[a.span.from]) && isCap(w.raw[a.span.from]) && isCap(w.raw[a.span.from + 1]));
      if (role && HOME_ROLES.has(role) && !a.span.country && !a.span.place && office && w.lc[a.span.to] !== 'from' && w.lc[a.span.to] !== 'of') {
        const s = copySpan(a.span);
        s.country = home;
        s.cameo = home + role;
        a.span = s;
      }
    }
  }
  // (elsewhere such an office borrows no country from the one it acts on: "The Treasury
  // sanctioned … Russia" says nothing of Russia's treasury)
  const onTarget = home ? undefined : (a: Actor, c: string) => OFFICE_ALONE.test(actorName(a)) && d.tgt.some((t) => t.span.country === c);
  fillCountry(d.src, visited.length ? () => { const c = sc(); return c && visited.includes(c) ? undefined : c; } : sc, onTarget);
  // a state named as such that acts on a group named by its role alone ("Washington demanded that
  // the rebels …") speaks of another country's rebels: the one named last before, or none known
  // (what a state does to people at home — arrests, curfews, refugees it admits — stays home)
  const bare = d.src.length === 1 && VERBAL_ROOT.test(d.code) && !d.src[0].span.place && bareState(w, d.src[0]) && d.tgt.some((t) => FOREIGN_ROLES.has(t.span.role ?? '')) ? d.src[0].span.country : undefined;
  fillCountry(d.tgt, bare ? () => { const c = sc(); return c === bare ? recentOtherCountry(doc, ents, sent.start, bare) : c; } : sc);
  const trigStart = w.start[d.trigger[0]];
  const trigEnd = w.end[d.trigger[1] - 1];
  const trigger = { start: trigStart, end: trigEnd, text: doc.text.slice(trigStart, trigEnd) };
  const rule = `events/${d.rule}`;
  const time = timeIn(doc, sent.start, sent.end);
  const place = placeIn(w, d);
  const quote = quoteAt(doc, trigStart);
  // (a list of up to six on either side: "Macron, Scholz, Biden, Johnson and Michel")
  const srcs = d.src.slice(0, MAX_SIDE);
  let tgts = d.tgt.slice(0, MAX_SIDE).filter((t) => !srcs.some((s) => s.start === t.start));
  // in the readout of a call, what one party asks, plans, discusses, praises or threatens with no one named
  // is addressed to the other ("President Trump also discussed Ukraine's electrical supply")
  // (not when the words name another partner the actors do not know: "consultations with their counterparts")
  // (nor when the sentence names a format of talks the act belongs to: "ready to hold a meeting
  // in the Normandy format", "ready to discuss them in various formats")
  // (nor when it names others it is meant for: "a cessation of hostilities by both sides in the
  // north of X")
  if (!tgts.length && srcs.length === 1 && PARTNER_CODES.test(d.code) && w.lc[d.trigger[1] - 1] !== 'with' && !inFormat(w) && !othersMeant(w, d.trigger[1]) && callTitle(doc)) {
    // (a threat in a sentence that names whose hostile acts it answers, "concerns about Russia's
    // aggressive actions … would respond with …", is aimed at them, whoever the call was with)
    const hostile = d.code.startsWith('13') ? hostilePossessor(w, srcs[0]) : undefined;
    const other = hostile ?? callPartner(doc, ents, toEventActor(srcs[0], doc, ents));
    if (other) tgts = [other];
  }
  // a sanction that names no one, in a sentence that names whose hostile acts it answers ("signed
  // a new sanctions order … to deter Russia's harmful foreign activities"), is aimed at them
  // (a target of the sanctioner's own country, "the Administration's resolve", is none)
  if (srcs.length === 1 && d.code.startsWith('16') && tgts.every((t) => t.span.country === srcs[0].span.country)) {
    const hostile = hostilePossessor(w, srcs[0]);
    if (hostile) tgts = [hostile];
  }
  // a place target of an event that needs a body ("in Amman") is kept only for visits and fighting
  const pairs: Array<[Actor | undefined, Actor | undefined, string]> = [];
  // a compound subject with no target acts on itself: "Peru and Ecuador signed an agreement"
  // (not in a statement, which is aimed at no one: "the leaders expressed hope that …")
  // (nor in an appeal, which two make together to others: "both sides called for a truce in the
  // south" asks it of the fighting parties, not of each other)
  if (srcs.length > 1 && !tgts.length && !d.code.startsWith('01') && !d.code.startsWith('02')) {
    for (const a of srcs) for (const b of srcs) if (a !== b) pairs.push([a, b, d.code]);
  } else {
    if (!tgts.length) tgts = noActors();
    for (const a of srcs.length ? srcs : [undefined]) {
      for (const b of tgts.length ? tgts : [undefined]) {
        pairs.push([a, b, d.code]);
        // (an intent is its holder's alone: "we will coordinate with our allies" says nothing of
        // the allies' intent; "both sides are ready to work together" says it of both)
        // (a refusal is its maker's alone: "Peru refused to bargain with Chile" says nothing
        // of Chile refusing)
        if (a && b && d.both && !d.code.startsWith('12') && !(d.code.startsWith('03') && withPartner(w, d, b))) pairs.push([b, a, d.code]);
        if (a && b && d.visit && d.code === '042') pairs.push([b, a, '043']);
        if (a && b && d.host && d.code === '043') pairs.push([b, a, '042']);
      }
    }
  }
  const conf = Math.min(0.95, 0.45 + 0.05 * d.weight + (srcs.length ? 0.15 : 0) + (tgts.length ? 0.1 : 0) - (d.noun ? 0.1 : 0));
  // (both ways with each of up to six partners)
  for (const [a, b, code] of pairs.slice(0, 2 * MAX_SIDE)) {
    let source = toEventActor(a, doc, ents);
    let target = toEventActor(b, doc, ents);
    if (source && a) source = localPeople(w, a, source, '', sc);
    // a city, region or state named after a preposition is where something is, not who acts
    // ("Patriot missiles made in Arizona", "a visit to St Petersburg"); a country, its capital or
    // a seat of government may act for its government
    if (source?.entity && a && PLACE_PREPS.has(w.lc[a.span.from - 1] ?? '') && subnationalPlace(ents.byId.get(source.entity))) continue;
    if (target && b) target = localPeople(w, b, target, code, sc);
    // "Zelenskyy thanked Biden and invited him", "Biden urged him to withdraw": "him" is not the
    // one who acts (coreference may have said so), but the person named last before who is not
    if (source && (!target || sameActor(source, target)) && (b === undefined || objectPronoun(w, b.span.from))) {
      const k = objectPronounIn(w, d.trigger[0] + 1, Math.min(w.lc.length, d.trigger[1] + 1));
      let other: EventActor | null | undefined;
      // "He asked me to …", "they told us": the speaker, or the author of a statement
      if (k >= 0 && (w.lc[k] === 'me' || w.lc[k] === 'us')) {
        const me = w.lc[k] === 'me' ? 'i' : 'we';
        // (the speaker's own words only: in reported speech, "me" is still the one who reports it)
        const q = quoteAt(doc, w.start[k]);
        const direct = q >= 0 && ownWords(doc.quotes[q]);
        const sp = direct ? doc.quotes[q].speaker?.entity : undefined;
        const e = sp ? ents.byId.get(sp) : undefined;
        other = e && (e.country || e.role) ? entityEventActor(e) : toEventActor(voiceAt(w, w.start[k], me), doc, ents);
        if (other && sameActor(source, other)) other = undefined;
      } else if (k >= 0) other = otherPerson(doc, ents, w.start[k], source);
      else if (!target && (code === '036' || code.startsWith('04'))) {
        // "I suggested that we meet next month": the "we" who are to meet are the one who proposes
        // and the person of another country named last before
        const j = thatWe(w, d.trigger[0], d.trigger[1]);
        const o = j >= 0 ? otherPerson(doc, ents, w.start[j], source) : undefined;
        if (o && o.cameo?.slice(0, 3) !== source.cameo?.slice(0, 3)) other = o;
      }
      if (other) target = other;
    }
    // "I urge you to lay down arms" in an address that says whom it turns to ("Now I wish to address
    // the soldiers of X"): "you" are they
    if (source && !target && (b === undefined || w.lc[b.span.from] === 'you')) {
      const k = youIn(w, d.trigger[0], Math.min(w.lc.length, d.trigger[1] + 1));
      const ad = k >= 0 ? addressedBefore(doc.text, w.start[k]) : undefined;
      if (ad) target = ad;
    }
    // an actor does not act on itself, nor a country, its government, elite or military on its own
    // bare country (rebels or an opposition may well address or fight their country)
    // ("we do not fear defending our land", "we will defend our people": the speaker's own
    // country was the only object)
    // ("he doesn't have to support me" with "he" taken for the speaker: no one else is named)
    if (source && target && b && SPOKEN_TO.has(b) && sameActor(source, target)) continue;
    if (source && target && b?.w && b.w.lc[b.nameFrom] === 'our' && b.span.country && source.cameo?.startsWith(b.span.country)) continue;
    if (source && target && (sameActor(source, target) || (target.cameo?.length === 3 && SELF_ROLES.has(source.cameo?.startsWith(target.cameo) ? source.cameo.slice(3) : '-')))) target = null;
    if (source && target === null && b && pairs.length > 1) continue;
    // every field from the start (absent ones undefined), in the order they are written out: one
    // hidden class for all events
    const pl = plover(code);
    const ev: Event = {
      start: sent.start,
      end: sent.end,
      trigger,
      modality: d.modality,
      rule,
      code,
      plover: pl ? pl : undefined,
      source,
      target,
      time: time ? time : undefined,
      place: place ? place : undefined,
      quote: quote >= 0 ? quote : undefined,
      confidence: Math.round(conf * 100) / 100,
    };
    out.push(ev);
  }
}

/** A coded entity as an event's actor: its name, id and CAMEO code (country + role). */
function entityEventActor(e: Entity): EventActor {
  return { name: e.name, entity: e.id, cameo: (e.country ?? '---') + (e.role ?? '') };
}

/** Whether word k is "him", "me", "us" or "her" as an object (not "her" before her noun: "her country"). */
function objectPronoun(w: Words, k: number): boolean {
  const x = w.lc[k];
  if (x === 'him' || x === 'me' || x === 'us') return true;
  if (x !== 'her') return false;
  const next = w.lc[k + 1];
  return next === undefined || w.punct[k + 1] || next === 'to' || next === 'that' || next === 'for' || next === 'about' || next === 'on' || next === 'of' || next === 'with' || next === 'and';
}

/** The first object "him", "her", "me" or "us" among words [a, b), or -1. */
function objectPronounIn(w: Words, a: number, b: number): number {
  for (let k = a; k < b; k++) if (objectPronoun(w, k)) return k;
  return -1;
}

/** The word "you" among words [a, b), or -1. */
function youIn(w: Words, a: number, b: number): number {
  for (let k = a; k < b; k++) if (w.lc[k] === 'you') return k;
  return -1;
}

/** Words a speech turns to someone with ("… like to address X", "… wish to address X", "I appeal to X"): X. */
const ADDRESSING = /\b(?:I|we) (?:would (?:also |now )?like to |want to |wish to |now |also )?(?:address|appeal to|turn to) (?:the )?([^.;:!?\n]{3,80})[.;:!?]/g;
/** How far before a "you" (characters) an address's words to someone still hold. */
const ADDRESS_REACH = 3000;

/**
 * Whom a speech turns to at offset `pos`, when it says so before ("Now I wish to address the
 * farmers of X."), within `ADDRESS_REACH` characters and no other such words between: that
 * group as an actor (its country and role), or undefined (a topic addressed is no one).
 */
function addressedBefore(text: string, pos: number): EventActor | undefined {
  const from = Math.max(0, pos - ADDRESS_REACH);
  const span = text.slice(from, pos);
  let last: RegExpExecArray | null = null;
  ADDRESSING.lastIndex = 0;
  for (let m = ADDRESSING.exec(span); m; m = ADDRESSING.exec(span)) last = m;
  if (!last) return undefined;
  // (people of a country, by their role: not "the situation in X", "the issue of Y")
  const code = codeActor(last[1]);
  return code?.country && code.role ? { name: last[1].trim(), cameo: code.cameo } : undefined;
}

/** The word "we" right after "that" among words [a, b) ("proposed that we meet"), or -1. */
function thatWe(w: Words, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) if (w.lc[k] === 'we' && w.lc[k - 1] === 'that') return k;
  return -1;
}

/**
 * The person an object "him" or "her" at offset `pos` stands for, when it cannot be the one who
 * acts (`source`): the coded person named last before it who is another, in the same or the two
 * sentences before (about 600 characters); else undefined.
 */
function otherPerson(doc: Doc, ents: EntityIndex, pos: number, source: EventActor): EventActor | undefined {
  const ms = doc.mentions;
  for (let x = firstStartingFrom(ms, pos) - 1; x >= 0 && ms[x].start > pos - 600; x--) {
    const m = ms[x];
    if (m.type !== 'PER' || !m.entity || m.end > pos || m.entity === source.entity) continue;
    const e = ents.byId.get(m.entity);
    if (!e || (!e.country && !e.role)) continue;
    const other = entityEventActor(e);
    if (source.entity === undefined && other.cameo === source.cameo && source.name === e.name) continue;
    return other;
  }
  return undefined;
}

/** Whether an entity is a place below a country: not a country, a capital, a demonym or a seat of government. */
function subnationalPlace(e: Entity | undefined): boolean {
  if (!e || e.type !== 'LOC') return false;
  return ![e.name, ...e.aliases].some((n) => countryOf(n) || seatCountry(n));
}

/** An office of state written alone ("the President", "The Prime Minister", "the Government"). */
/** Offices written before a name that say which government the person serves only by the text it is in ("Secretary Austin", "Ambassador Lind"). */
const OFFICE_BEFORE_NAME = new Set(['secretary', 'minister', 'ambassador', 'envoy', 'spokesperson', 'spokesman', 'spokeswoman', 'adviser', 'advisor']);
const OFFICE_ALONE = /^(?:the\s+)?(?:president|vice\s+president|first\s+lady|secretary(?:\s+of\s+state)?|press\s+secretary|national\s+security\s+advis[eo]r|prime\s+minister|government|head\s+of\s+state|chancellor|senate|congress|house|parliament|cabinet|armed\s+forces|military|army|treasury(?:\s+department)?|state\s+department|(?:senior\s+)?officials|administration(?:\s+officials)?|negotiators|diplomats)$/i;

/** Roles of the institutions a government's own text names without a country (its senate, its army). */
const HOME_ROLES = new Set(['GOV', 'LEG', 'MIL']);

/** Prepositions that name a place as a place. */
const PLACE_PREPS = new Set(['in', 'to', 'at', 'from', 'into', 'near', 'across', 'throughout', 'inside']);

/** Determiners that deny their noun ("no state", "neither side"). */
const NO_DET = new Set(['no', 'neither']);
/** Determiners of a subject that make a statement about any one of a kind, not an event: "each state that helps …" */
const ANY_DET = new Set(['each', 'every', 'any']);

/** Roles of a country's actors that never act on their own bare country (after the country's code). */
const SELF_ROLES = new Set(['', 'GOV', 'ELI', 'MIL']);

/**
 * coercion and violence done in a place fall on the people there ("a curfew in Algiers"); not an
 * occupation (192), which takes the land, its country's
 */
const ON_PEOPLE = /^(1[78]|19(?!2)|20|132|138)/;
const IN_PLACE = new Set(['in', 'inside', 'across', 'throughout', 'near']);

/** Is the place at word k named as where something happens: "in Algiers", "in northern Algiers", "in the town of Cizre"? */
function inPlace(w: Words, k: number): boolean {
  const lc = (x: number) => w.lc[x] ?? '';
  if (IN_PLACE.has(lc(k - 1)) || (COMPASS.has(lc(k - 1)) && IN_PLACE.has(lc(k - 2)))) return true;
  if (lc(k - 1) !== 'of' || !PLACE_KINDS.has(lc(k - 2))) return false;
  return IN_PLACE.has(lc(k - 3)) || ((lc(k - 3) === 'the' || lc(k - 3) === 'a') && IN_PLACE.has(lc(k - 4)));
}

/**
 * Targets that are people of a place: a place named as a place for coercion or violence
 * ("imposed a curfew in Algiers" → DZACVL), and an ethnic group, who are civilians of the country
 * they live in ("ethnic Albanians" in Serbia, "Albanians of southern Serbia" → SRBCVL).
 */
function localPeople(w: Words, b: Actor, t: EventActor, code: string, sc: () => string | undefined): EventActor {
  const c = b.span;
  // (not a whole country another country's forces act in: "a military operation in Ukraine" by
  // Russia is aimed at Ukraine)
  const actorCountry = termAt(w, c.from)?.kind === 'country' ? sc() : undefined;
  const foreignCountry = actorCountry !== undefined && actorCountry !== c.country;
  if (c.place && !c.role && c.country && t.cameo === c.country && ON_PEOPLE.test(code) && inPlace(w, c.from) && !foreignCountry) return { name: t.name, entity: t.entity, cameo: c.country + 'CVL' };
  if (c.role || !c.country || c.country.startsWith('IGO') || t.cameo !== c.country) return t;
  const ethnic = c.from > 0 && w.lc[c.from - 1] === 'ethnic';
  // "Albanians of southern Serbia", "Kurds in Turkey": the country they live in
  let home: string | undefined;
  const e1 = c.from + (termAt(w, c.from)?.len ?? c.to - c.from);
  if (w.lc[e1] === 'of' || w.lc[e1] === 'in') {
    for (let k = e1 + 1; k < Math.min(w.lc.length, e1 + 4); k++) {
      const x = termAt(w, k);
      if (x && x.kind !== 'role' && x.kind !== 'org') {
        home = x.code;
        break;
      }
    }
  }
  if (!home && ethnic) {
    const s = sc();
    if (s && s !== c.country) home = s;
  }
  if (!home || home === c.country || !/s$/.test(w.lc[e1 - 1])) return t;
  return { name: t.name, entity: t.entity, cameo: home + 'CVL' };
}

/**
 * Whether the event's partner `b` is named after "with" (the trigger's last word, or one or two
 * words before the partner's), in an intent not agreed on ("agreed to hold talks with" is both
 * sides' intent).
 */
function withPartner(w: Words, d: Draft, b: Actor): boolean {
  for (let k = d.trigger[0]; k < d.trigger[1]; k++) if (w.lc[k].startsWith('agree')) return false;
  if (w.lc[d.trigger[1] - 1] === 'with') return true;
  if (b.w !== w) return false;
  const k = b.span.from;
  return w.lc[k - 1] === 'with' || (w.lc[k - 2] === 'with' && DETERMINERS.has(w.lc[k - 1]));
}

function sameActor(a: EventActor, b: EventActor): boolean {
  // the same entity, or the same code for a body (a demonym shared by two phrases is no sameness)
  if (a.cameo !== b.cameo) return false;
  return (a.entity !== undefined && a.entity === b.entity) || (a.cameo !== undefined && !a.cameo.startsWith('---'));
}

function timeIn(doc: Doc, start: number, end: number): string | undefined {
  const ts = doc.times;
  for (let k = firstStartingFrom(ts, start); k < ts.length; k++) {
    const t = ts[k];
    if (t.start >= end) break;
    if (t.start >= start && t.type !== 'DURATION' && t.type !== 'SET' && !boundTime(doc.text, t.start)) return t.value;
  }
  return undefined;
}

/** A time after a word that makes it a deadline or a bound, not the time of the act ("complete it by February 5", "until June", "since 2014"). */
const BOUND_BEFORE = /\b(?:by|until|till|before|after|since|through|from|to)\s+(?:the\s+)?$/i;

/** Whether the time starting at `at` is a deadline or a bound (`BOUND_BEFORE`). */
function boundTime(text: string, at: number): boolean {
  return BOUND_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'northeast', 'northwest', 'southeast', 'southwest']);

function placeCountry(w: Words, d: Draft): string | undefined {
  const from = d.trigger[1];
  const ce = clauseEnd(w, from, w.lc.length);
  for (let k = from; k < ce - 1; k++) {
    if (w.lc[k] !== 'in' && w.lc[k] !== 'at') continue;
    let x = k + 1;
    if (w.lc[x] === 'the') x++;
    // "in western Cambodia", "in south Lebanon" (but "South Korea" is a name of its own); the
    // word after is looked up every time (a lookup first run late would cost the optimized code a deopt)
    const t0 = termAt(w, x, ce);
    const t1 = x + 1 < ce ? termAt(w, x + 1, ce) : undefined;
    const t = t0 ?? (COMPASS.has(w.lc[x]) ? t1 : undefined);
    if (t && PLACE_TERMS.has(t.kind)) return t.code;
  }
  return undefined;
}

function placeIn(w: Words, d: Draft): string | undefined {
  const from = d.trigger[1];
  const ce = clauseEnd(w, from, w.lc.length);
  for (let k = from; k < ce - 1; k++) {
    if (w.lc[k] !== 'in' && w.lc[k] !== 'at' && w.lc[k] !== 'near') continue;
    let x = k + 1;
    if (w.lc[x] === 'the') x++;
    const t = termAt(w, x, ce);
    if (t && t.kind !== 'role' && t.kind !== 'org') return w.raw.slice(x, x + t.len).join(' ');
  }
  return undefined;
}

function quoteAt(doc: Doc, pos: number): number {
  for (let q = 0; q < doc.quotes.length; q++) {
    const qu = doc.quotes[q];
    // (a paragraph of an authored statement is the author's own text, whose voice
    // `firstPersonVoice` reads from the title: not a quotation within it)
    if (qu.rule === 'authored') continue;
    if (pos >= qu.start && pos < qu.end) return q;
    const fr = qu.fragments;
    if (fr) for (const f of fr) if (pos >= f.start && pos < f.end) return q;
  }
  return -1;
}

export const eventsStage: Stage = {
  name: 'events',
  run(doc: Doc) {
    codeEntities(doc);
    const ents = entityIndex(doc);
    const out: Event[] = [];
    const types = tokenTypes(doc);
    if (byTypeGen !== typeGeneration()) {
      byType = [];
      typeInfo = new Int32Array(Math.max(4096, typeCount() * 2));
      typeNeeds = [];
      byTypeGen = typeGeneration();
    } else if (typeInfo.length < typeCount()) {
      const b = new Int32Array(Math.max(typeCount(), typeInfo.length * 2));
      b.set(typeInfo);
      typeInfo = b;
    }
    knowTypes(doc.tokens, types);
    for (const s of doc.sentences) {
      const skip = maskAsides(s.tokenStart, s.tokenEnd, types) ? asideMask : null;
      const some = findLiveHeads(s.tokenStart, s.tokenEnd, types, skip);
      const blamed = blameIn(s.tokenStart, s.tokenEnd, types);
      if (!some && !blamed) continue;
      const heads = live.slice(0, some ? liveCount : 0);
      const w = sentenceWords(doc, s.tokenStart, s.tokenEnd, ents, types, skip);
      const drafts = sentenceEvents(w, heads);
      const d = pick(w, drafts) ?? plannedWithNoOne(w, drafts, out);
      const before = out.length;
      if (d) {
        emit(doc, ents, w, d, s, out);
        // "thanked Ruiz for the support and asked him to visit", "reiterated his support for
        // Ukraine and called for de-escalation": the subject's second act is an event too
        for (const x of drafts) if (x !== d && (coordinatedWith(w, x, d) || purposeOfCall(w, x, d) || subjectNounEvent(w, x, d) || occasionEvent(w, x, d) || ownedNounEvent(w, x, d) || relativeEvent(w, x, d))) emit(doc, ents, w, aidToThanker(w, x, d), s, out);
        for (const aid of aidThankedFor(w, drafts, d)) emit(doc, ents, w, aid, s, out);
        // "Israel faces attacks from Iran, and Ukraine faces bombardment from Russia": a clause of
        // its own, with its own subject, after the picked event's has its own event
        const k = ownClauseAt(w, d.trigger[1], w.lc.length);
        if (k >= 0) {
          const rest = drafts.filter((x) => x !== d && x.trigger[0] >= k && ownClauseEvent(w, x, k) && !coordinatedWith(w, x, d));
          const e = rest.length ? pick(w, rest) : undefined;
          if (e) emit(doc, ents, w, e, s, out);
        }
        // "for Chile, facing shelling from Peru; for Bolivia, …; and for our partners seeking …":
        // each part of a semicolon list before the picked event's part has its own
        if (w.raw.includes(';')) for (const e of earlierParts(w, drafts, d)) emit(doc, ents, w, e, s, out);
      }
      const acc = blamed ? (reportedAccusation(w, out, before) ?? ownBlame(w, out, before)) : undefined;
      if (acc) {
        const at = out.length;
        emit(doc, ents, w, acc, s, out);
        if (out.length > at) threatsAtBlamed(out, before, out[at]);
      }
      const met = frontedMeeting(w, out, before);
      if (met) emit(doc, ents, w, met, s, out);
    }
    callInitiator(out, doc.text);
    aidKinds(out, doc.text);
    markRecalled(out, doc.article.published, doc.times, doc.text);
    markRepeats(out, doc.article.published, doc.text, entityTypes(doc));
    doc.events = out;
  },
};

/** Kinds of aid named by the words that spell out what was given, each with its code for aid given and for aid pledged. */
const AID_KINDS: ReadonlyArray<{ words: RegExp; given: string; pledged: string }> = [
  { words: /\b(?:weapons?|weaponry|arms|ammunition|munitions|missiles?|artillery|shells|tanks|howitzers|air defen[cs]es?|patriots?|javelins?|himars|rifles|military|lethal|security assistance)\b/i, given: '072', pledged: '0332' },
  { words: /\b(?:humanitarian|food|medicines?|medical|shelters?|relief)\b/i, given: '073', pledged: '0333' },
  { words: /\b(?:economic|financial|budget|budgetary|macro-?financial|loans?|grants?)\b/i, given: '071', pledged: '0331' },
];
/** Triggers of helping, whose words after them say what the help is for. */
const HELP_TRIGGER = /\b(?:help|helps|helped|helping|assist|assists|assisted|assisting)\b/i;
/** Longest stretch after an aid's trigger, in characters, read for what the aid was. */
const AID_REACH = 160;

/**
 * Aid coded with no kind (070, or 033 pledged) whose own words go on to say what it was ("sending
 * Ukraine equipment from its stockpiles, including Patriot missiles", "the help sent …, above all
 * rifles and field radios"): the kind they name (military 072,
 * humanitarian 073, economic 071; pledged 0332, 0333, 0331), when they name one kind only. Read
 * from the trigger to the end of its clause (a semicolon or the sentence's end).
 */
function aidKinds(events: Event[], text: string): void {
  for (const e of events) {
    // (not "help": "help people for whom medical care …" names what the help is for, not what it is)
    if ((e.code !== '070' && e.code !== '033') || !e.trigger || HELP_TRIGGER.test(e.trigger.text)) continue;
    let end = Math.min(e.end, e.trigger.end + AID_REACH);
    const stop = text.slice(e.trigger.end, end).search(/[;.!?]/);
    if (stop >= 0) end = e.trigger.end + stop;
    const words = text.slice(e.trigger.start, end);
    const kinds = AID_KINDS.filter((k) => k.words.test(words));
    if (kinds.length !== 1) continue;
    const code = e.code === '070' ? kinds[0].given : kinds[0].pledged;
    if (!CODES.has(code)) continue;
    e.code = code;
    e.plover = plover(code) ?? e.plover;
  }
}

/** Days between an act and its article beyond which the article recalls it rather than reports it. */
const RECALL_DAYS = 366;
/** The same for an act told in the past tense and dated to its month or day ("called me in January"): a closer date is as sure. */
const RECALL_DAYS_DATED = 45;

/**
 * Words before a time that make it a noun's modifier ("of the June summit", "its March vote"): the
 * time of that thing, not of the act; not after a preposition that sets the act in it ("in the
 * June talks").
 */
const MODIFIER_LEADS = /(?:^|[^\p{L}])(?!(?:in|during|at|since|after|before|from|throughout|until|following|amid|over)\s)[\p{L}]+\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+$/iu;

/** A past perfect set before the story's time by its adverb ("Earlier, she had invited …", "which had previously detained …", "had already endorsed"), right before the act's trigger. */
const RETROSPECTIVE = /(?:\b(?:earlier|previously|already)\b,?\s+(?:[\p{L}.'’-]+\s+){0,6}?had\s+|\bhad\s+(?:earlier|previously|already)\s+)$/iu;

/** A perfect of what has always or long been done ("has always supported", "have long backed"): a standing policy, no act of the story. */
const HABITUAL = /\b(?:has|have|had|['’]ve)\s+(?:always|long|consistently|continuously|steadily)\s+$/iu;
/** A present perfect right before the trigger ("has provided", "have sent"). */
const PERFECT = /\b(?:has|have|['’]ve)\s+(?:(?:also|already|so far|jointly)\s+)?$/iu;
/** A stretch of the past a present perfect sums up ("in the last year", "over the past two years", "since 2014"). */
const PAST_PERIOD = /\b(?:in|over|during|throughout) the (?:last|past) (?:[\p{L}-]+ )?(?:year|years|months|decade|decades)\b|\bsince (?:19|20)\d\d\b/iu;

/**
 * Marks asserted acts the article tells as before its own story as `recalled`: a past perfect with
 * "earlier", "previously" or "already" (`RETROSPECTIVE`); a standing policy told in a perfect with
 * "always", "long" or "consistently" ("has always supported", `HABITUAL`); a present perfect that
 * sums up a stretch of the past ("has provided … in the last year", "since 2013 … has allowed",
 * `PAST_PERIOD`); and acts whose time in the act's own
 * words ends well before the publication date:
 * - a time written with its year ("in 2014", "on June 22, 1941") more than `RECALL_DAYS` before
 *   ("In 2014, we supported …" in a 2022 address); not one counted back from the publication
 *   ("three years ago" may date another clause's act);
 * - a month or a day more than `RECALL_DAYS_DATED` before, when the act is told in the past tense
 *   ("When she called me in January, …" in an April speech; not "will vote in November", whose
 *   month the time layer may have placed in the past), and the time is not a noun's ("discussed
 *   the outcomes of the June summit" dates the summit).
 * Without a publication date no act is marked by its time.
 */
function markRecalled(events: Event[], published: string | undefined, times: readonly TimeExpr[], text: string): void {
  const pub = published ? Date.parse(published.slice(0, 10)) : NaN;
  for (const e of events) {
    if (e.modality !== 'asserted') continue;
    const before = e.trigger ? text.slice(Math.max(e.start, e.trigger.start - 60), e.trigger.start) : '';
    if (e.trigger && (RETROSPECTIVE.test(before) || HABITUAL.test(before) || (PERFECT.test(before) && PAST_PERIOD.test(text.substring(e.start, e.end))))) {
      e.recalled = true;
      continue;
    }
    if (!e.time || Number.isNaN(pub)) continue;
    const inAct = times.filter((x) => x.value === e.time && x.start >= e.start && x.end <= e.end);
    const end = latestDay(e.time);
    if (!inAct.length || end === undefined) continue;
    const days = (pub - end) / 86_400_000;
    if (inAct.some((t) => /\d{4}/.test(t.text)) && days > RECALL_DAYS) {
      e.recalled = true;
      continue;
    }
    if (/^\d{4}$/.test(e.time) || days <= RECALL_DAYS_DATED) continue;
    const first = /^[\p{L}'’-]+/u.exec(e.trigger?.text ?? '')?.[0].toLowerCase() ?? '';
    if (!(first.endsWith('ed') || IRREGULAR_PAST.has(first))) continue;
    if (inAct.every((t) => MODIFIER_LEADS.test(text.slice(Math.max(0, t.start - 30), t.start)))) continue;
    e.recalled = true;
  }
}

/** The last day (as a time value in ms) a TIMEX3 date value can mean: "2014" → 2014-12-31, "2014-03" → 2014-03-31; undefined for other values. */
function latestDay(value: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[3]) return Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
  if (m[2]) return Date.UTC(y, Number(m[2]), 0);
  return Date.UTC(y, 11, 31);
}

/**
 * The events of the parts of a semicolon list before the part the sentence's event was picked from
 * ("The aid is needed now: for Chile, facing shelling from Peru; …; and for our partners seeking
 * …"): in each part, the pick among its drafts that have an actor.
 */
function earlierParts(w: Words, drafts: Draft[], d: Draft): Draft[] {
  const out: Draft[] = [];
  let end = -1;
  for (let k = d.trigger[0] - 1; k >= 0; k--) {
    if (w.raw[k] !== ';') continue;
    if (end >= 0) {
      const e = partPick(w, drafts, d, k + 1, end);
      if (e) out.push(e);
    }
    end = k;
  }
  if (end >= 0) {
    const e = partPick(w, drafts, d, 0, end);
    if (e) out.push(e);
  }
  return out;
}

/** The pick among the drafts (other than d) whose trigger lies in words [start, end), or undefined. */
function partPick(w: Words, drafts: Draft[], d: Draft, start: number, end: number): Draft | undefined {
  const part = drafts.filter((x) => x !== d && x.trigger[0] >= start && x.trigger[1] <= end);
  return part.length ? pick(w, part) : undefined;
}

/**
 * "on the Peruvian side's initiative", "at the initiative of the Chilean party", "at the request
 * of the Bolivian side", "at Chile's request": the country that asked for a call or a talk.
 */
const INITIATIVE = /\b(?:on|at) the (\w+) (?:side|party)['’]s (?:initiative|request)|\bat the (?:initiative|request) of the (\w+) (?:side|party)|\bat (?:the government of )?(\w+)['’]s (?:initiative|request)/i;

/**
 * A call or a talk (040, 041) the sentence says the other party asked for ("Vega held a phone
 * call with Ruiz, at the Peruvian side's initiative"): the one who asked is its source,
 * as CAMEO codes a call from its caller. Only an event told one way round (a talk of both parties
 * is coded both ways already).
 */
function callInitiator(events: Event[], text: string): void {
  for (const e of events) {
    if ((e.code !== '041' && e.code !== '040') || !e.source || !e.target) continue;
    const m = INITIATIVE.exec(text.slice(e.start, e.end));
    if (!m) continue;
    const c = countryOf(m[1] ?? m[2] ?? m[3]);
    if (!c || !e.target.cameo?.startsWith(c) || e.source.cameo?.startsWith(c)) continue;
    if (events.some((x) => x !== e && x.start === e.start && x.code === e.code && x.source?.name === e.target!.name && x.target?.name === e.source!.name)) continue;
    const s = e.source;
    e.source = e.target;
    e.target = s;
  }
}

/**
 * An actor as a key: a country's government side by the country's CAMEO code (a country, its
 * government and its leaders are one side: "Ukraine" and "Zelenskyy", "the US President" and
 * "Joseph Biden", as GDELT keys an article's events by their actor codes); any other
 * by its entity and role (Russia's military is not its banks; the heads of two rebel republics are
 * two), else its code and name.
 */
function actorKey(a: EventActor | null, types: ReadonlyMap<string, string>): string {
  if (!a) return '-';
  const c = a.cameo ?? '';
  // (a body coded to a country with no role of its own, "the Patriotic Front" as RWA, keeps its name)
  const side = c.length === 6 ? c.endsWith('GOV') : c.length === 3 && (a.entity === undefined || types.get(a.entity) !== 'ORG');
  if (side && /^[A-Z]{3}/.test(c) && !c.startsWith('---') && !c.startsWith('IGO')) return c.slice(0, 3);
  if (a.entity === undefined) return `${c}|${a.name}`;
  const role = c.length > 3 ? c.slice(3) : '';
  return `${a.entity}|${role === 'GOV' ? '' : role}`;
}

/** The type (PER, ORG, LOC, MISC) of each of the article's entities, by id. */
function entityTypes(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of doc.entities) out.set(e.id, e.type);
  return out;
}

/** Whether two actors of one side are two people named apart ("Secretary Austin" and "Biden"): then their acts are two. */
function twoPeople(a: EventActor | null, b: EventActor | null, types: ReadonlyMap<string, string>): boolean {
  return !!a?.entity && !!b?.entity && a.entity !== b.entity && types.get(a.entity) === 'PER' && types.get(b.entity) === 'PER';
}

/** "Earlier, …", "Previously, …", "… had invited …": an event the sentence sets before the time of the report (not "Earlier this week, …"). */
const EARLIER = /^\W*(?:earlier|previously|before that|in the past),|\bhad\s+(?:\w+ly\s+)?$/i;

/** Whether the text of event e's sentence up to its trigger sets it back in time (`EARLIER`). */
function setEarlier(text: string, e: Event): boolean {
  return e.trigger !== undefined && EARLIER.test(text.slice(e.start, e.trigger.start));
}

/**
 * Marks each event that tells again one the article told before (`repeats`: the first mention's
 * index), so that an article counts an event once, as GDELT and ICEWS do: the same code, source and
 * target (`actorKey`: the same side, a country with its government and leaders, or the same sector
 * of it; never two people named apart, `twoPeople`) at no other date ("spoke today with Putin …
 * Biden also spoke with Putin about …"), and not set earlier than the report (`setEarlier`); a
 * consultation (040: "discussed", "informed … of", "briefed … on") of a source with a target it is
 * already told to have called, met or consulted in the article, or that called or met it, at no
 * other date: part of that call or meeting; a call (041) after the same source discussed or talked
 * with the same target; the other way round of an intent to meet (036) told in an earlier
 * sentence. (A call or a meeting is coded each way round for its two parties, and each of the two
 * is one event; a discussion is not folded into the other way round of a discussion in the same
 * words: "they discussed X" is both parties' act.) Events that would count and name both sides are
 * marked against such events; a discussion with no one named ("We also discussed …", "The leaders
 * discussed …") against a call or meeting of its speaker (or of anyone, for an unnamed group)
 * within `PARTY_REACH` characters before it.
 */
function markRepeats(events: Event[], published: string | undefined, text: string, types: ReadonlyMap<string, string>): void {
  if (events.length < 2) return;
  const first = new Map<string, number[]>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    // (an act with no one named on one side may be another act each time: "Trump denounced …" twice;
    // one set earlier, "Earlier, Putin had invited Obama …", is another act than the one reported)
    if (!countsAsEvent(e) || e.source === null || setEarlier(text, e)) continue;
    const s = actorKey(e.source, types);
    if (e.target === null) {
      // "We also discussed …" with no one named: a topic of the call or meeting its speaker had
      // ("The leaders discussed …", no one named: the parties of that call; not "held consultations
      // with their counterparts", a partner named that no actor codes)
      if (e.code === '040' && !/\bwith$/i.test(e.trigger?.text ?? '')) {
        const group = e.source.entity === undefined && (e.source.cameo ?? '---').startsWith('---');
        const j = firstAtSameDate(first, events, group ? 'party' : `party ${s}`, e, published, types);
        if (j >= 0) e.repeats = j;
      }
      continue;
    }
    const t = actorKey(e.target, types);
    const dir = `${s} ${t}`;
    const pair = s < t ? `${s} ${t}` : `${t} ${s}`;
    const contact = e.code.startsWith('04');
    let j = firstAtSameDate(first, events, `${e.code} ${dir}`, e, published, types);
    if (j < 0 && e.code === '040') {
      const a = firstAtSameDate(first, events, `contact ${dir}`, e, published, types);
      const b = firstAtSameDate(first, events, `meeting ${pair}`, e, published, types);
      j = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    } else if (j < 0 && e.code === '041') j = firstAtSameDate(first, events, `talk ${dir}`, e, published, types);
    else if (j < 0 && e.code === '036') {
      // ("Biden will meet Putin on June 16. The leaders will discuss …": the other way round of a
      // meeting planned in an earlier sentence is that meeting; the two ways of one sentence are two)
      const k = firstAtSameDate(first, events, `intent ${pair}`, e, published, types);
      if (k >= 0 && events[k].start !== e.start) j = k;
    }
    // ("agreed to go on with the joint work … later reaffirmed their willingness to keep
    // cooperating": a stance said again is the one said first, whatever its sub-code)
    if (j < 0 && e.trigger !== undefined && RESTATED.test(e.trigger.text)) j = firstAtSameDate(first, events, `root ${e.code.slice(0, 2)} ${dir}`, e, published, types);
    // ("We're sending Ukraine weapons … we're helping Ukraine": aid of no kind after aid of a kind
    // between the same sides is that aid told again)
    if (j < 0 && e.code === '070') j = firstAtSameDate(first, events, `root 07 ${dir}`, e, published, types);
    if (j >= 0) {
      e.repeats = j;
      continue;
    }
    const keys = [`${e.code} ${dir}`, `root ${e.code.slice(0, 2)} ${dir}`];
    if (contact) keys.push(`contact ${dir}`);
    if (e.code === '040' || e.code === '041') keys.push(`talk ${dir}`);
    if (contact && e.code !== '040') keys.push(`meeting ${pair}`);
    if (contact) keys.push('party', `party ${s}`, `party ${t}`);
    if (e.code === '036') keys.push(`intent ${pair}`);
    for (const k of keys) {
      const list = first.get(k);
      if (list) list.push(i);
      else first.set(k, [i]);
    }
  }
}

/** A trigger that says a stance again: "reiterated", "reaffirms", "restated", "once again expressed". */
const RESTATED = /^(?:reiterat|reaffirm|restat|re-affirm|once again\b|again\b)/i;

/** How far (in characters) after a call or meeting a talk with no one named is read as one of its topics. */
const PARTY_REACH = 2000;

/**
 * The first event filed under `key` in `first` that can be e told again: its date can be e's
 * (`sameDate`) and no side of it is another person than e's (`twoPeople`, either way round for a
 * meeting pair; for a party, either side of it); else -1.
 */
function firstAtSameDate(first: Map<string, number[]>, events: Event[], key: string, e: Event, published: string | undefined, types: ReadonlyMap<string, string>): number {
  const list = first.get(key);
  if (!list) return -1;
  for (const j of list) {
    const x = events[j];
    if (!sameDate(x.time, e.time, published)) continue;
    if (key.startsWith('party')) {
      // (a talk with no one named, within a few paragraphs of the call: "We discussed it" in a long
      // transcript is no topic of a call told pages before)
      if (e.start - x.start > PARTY_REACH) continue;
      if (key === 'party' || !twoPeople(x.source, e.source, types) || !twoPeople(x.target, e.source, types)) return j;
      continue;
    }
    const straight = !twoPeople(x.source, e.source, types) && !twoPeople(x.target, e.target, types);
    const crossed = !twoPeople(x.source, e.target, types) && !twoPeople(x.target, e.source, types);
    if (straight || ((key.startsWith('meeting ') || key.startsWith('intent ')) && crossed)) return j;
  }
  return -1;
}

/**
 * Whether two events' dates (TIMEX3 values, or none) can be one day: one within the other ("2021-06"
 * and "2021-06-16"), or one not given and the other in the year the article was published (not "in
 * 2020" in an article of 2021).
 */
function sameDate(a: string | undefined, b: string | undefined, published: string | undefined): boolean {
  if (a === undefined || b === undefined) {
    const t = a ?? b;
    return t === undefined || published === undefined || t.slice(0, 4) === published.slice(0, 4);
  }
  return a.startsWith(b) || b.startsWith(a);
}

/** Whether a word of blame is among tokens [a, b) (a sentence `reportedAccusation` may read). */
function blameIn(a: number, b: number, types: Int32Array): boolean {
  for (let i = a; i < b; i++) if ((typeInfo[types[i]] & T_BLAME) !== 0) return true;
  return false;
}

/** Prepositions of a fronted phrase that tell a meeting already held ("After talks with Peru, …"). */
const AFTER_PREPS = new Set(['after', 'following', 'during']);
/** Nouns of a meeting or talk in such a phrase. */
const MEETING_NOUNS = new Set(['meeting', 'meetings', 'talks', 'call', 'conversation', 'consultations', 'negotiations', 'discussions', 'summit']);

/**
 * "After a meeting with Prime Minister X in Zagreb, Zelenskyy said …", "Following his talks with
 * Peru, Chile …": a meeting told in a phrase before the clause's subject (opening within the
 * sentence's first twelve words, up to the comma that ends it) was held by that subject with the
 * one named after "with" (040), unless the sentence already has a consultation with that one.
 */
function frontedMeeting(w: Words, done: Event[], from: number): Draft | undefined {
  const n = w.lc.length;
  let p = -1;
  for (let k = 0; k < Math.min(n, 12); k++) {
    if (AFTER_PREPS.has(w.lc[k])) {
      p = k;
      break;
    }
    if (w.punct[k]) return undefined;
  }
  if (p < 0) return undefined;
  // the noun of the meeting, after a determiner and up to two adjectives, then "with"
  let k = p + 1;
  if (DETERMINERS.has(w.lc[k]) || POSSESSIVE.has(w.lc[k])) k++;
  let noun = -1;
  for (let x = k; x < Math.min(n, k + 3); x++) {
    if (MEETING_NOUNS.has(w.lc[x])) {
      noun = x;
      break;
    }
    if (w.punct[x]) return undefined;
  }
  if (noun < 0 || w.lc[noun + 1] !== 'with') return undefined;
  let comma = -1;
  for (let x = noun + 2; x < Math.min(n, noun + 20); x++) {
    if (w.raw[x] === ',') {
      comma = x;
      break;
    }
    if (w.punct[x]) return undefined;
  }
  if (comma < 0) return undefined;
  const tgt = objectActors(w, noun + 2, comma);
  if (!tgt.length) return undefined;
  // the subject: a name or a coded phrase right after the comma, before its verb
  let e = comma + 1;
  while (e < n && e - comma <= 8 && !w.punct[e] && (isCap(w.raw[e]) || w.lc[e] === 'of' || w.lc[e] === 'the' || w.lc[e] === "'s" || w.lc[e] === '’s')) e++;
  if (e === comma + 1) return undefined;
  const src = objectActors(w, comma + 1, e);
  if (!src.length || src.some((a) => tgt.some((b) => a.span.cameo === b.span.cameo && actorName(a) === actorName(b)))) return undefined;
  // ("After her talks with Lopez, the ministry issued …": "her" is a person's, and the subject
  // no person, so someone else met)
  if ((w.lc[p + 1] === 'his' || w.lc[p + 1] === 'her') && !src.every((a) => unarmedPerson(w, a))) return undefined;
  const t0 = tgt.slice(0, 1);
  const tn = actorName(t0[0]);
  if (done.slice(from).some((ev) => ev.code.startsWith('04') && (ev.target?.name === tn || ev.source?.name === tn))) return undefined;
  return { code: '040', rule: 'index:meeting-before-subject', trigger: [p, noun + 2], src, tgt: t0, modality: 'asserted', noun: false, both: false, visit: false, host: false, weight: 1, agentless: undefined };
}

/** Verbs of saying whose that-clause may tell what someone did wrong ("noted that Peru's actions were a violation of …"). */
const SAY_THAT = new Set([...REPORT_THAT, 'underlined', 'stated', 'declared', 'insisted', 'pointed', 'recalled', 'asserted', 'argued', 'charged']);
/** Words of blame: a that-clause whose subject does what they name is an accusation against it. */
const BLAME_WORDS = new Set(['responsible', 'violation', 'violations', 'violating', 'violated', 'violates', 'breach', 'breaches', 'breaching', 'breached', 'illegitimate', 'illegal', 'unlawful', 'aggression', 'provocation', 'provocations', 'provocative', 'destructive', 'sabotage', 'sabotaging', 'sabotaged', 'lies', 'lying', 'lied', 'deceived', 'deceiving', 'hysteria', 'interference', 'interfering', 'interfered', 'incursion', 'incursions', 'coup', 'crimes', 'atrocities', 'genocide', 'blackmail', 'unprovoked', 'unjustified', 'barbaric', 'destabilizing', 'destabilising', 'escalating', 'escalated', 'undermining', 'undermined', 'undermines']);

/** Whether a negation ("not", "never", "didn't") stands among words [a, b). */
function negationIn(w: Words, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (NEG.has(w.lc[j]) || w.lc[j].endsWith("n't")) return true;
  return false;
}

/** Whether the sentence's events from index `from` on hold a criticism or rejection already (11, 12). */
function criticismSince(done: Event[], from: number): boolean {
  for (let k = from; k < done.length; k++) if (done[k].code.startsWith('11') || done[k].code.startsWith('12')) return true;
  return false;
}

/** harms one may be held responsible for */
const HARMS = new Set(['death', 'deaths', 'destruction', 'killing', 'killings', 'suffering', 'war', 'attack', 'attacks', 'violence', 'casualties', 'bloodshed', 'crimes', 'atrocities', 'aggression', 'invasion', 'escalation', 'crisis', 'tragedy', 'loss', 'losses']);

/** Whether "responsible" at k is followed by "for" and a harm within a few words ("responsible for these killings"). */
function harmAfter(w: Words, k: number): boolean {
  if (w.lc[k + 1] !== 'for') return false;
  for (let j = k + 2; j < Math.min(w.lc.length, k + 6); j++) {
    if (w.punct[j]) return false;
    if (HARMS.has(w.lc[j])) return true;
  }
  return false;
}

/**
 * "Peru alone is responsible for the deaths this war causes, and we will respond decisively": a
 * threat of the sentence that names no one (events `from` on) is aimed at the one its accusation
 * `acc` holds responsible, when the threat is made by the accuser's side (its country).
 */
function threatsAtBlamed(out: Event[], from: number, acc: Event): void {
  const side = acc.source?.cameo?.slice(0, 3);
  if (!acc.target || !side) return;
  for (let i = from; i < out.length; i++) {
    const e = out[i];
    if (e === acc || e.target || !e.code.startsWith('13') || e.source?.cameo?.slice(0, 3) !== side) continue;
    e.target = { ...acc.target };
  }
}

/**
 * "Peru alone is responsible for the deaths this war causes", said in
 * the words of a government's statement or of a speaker: the one whose words these are accuses
 * the subject (112); the draft, or undefined.
 */
function ownBlame(w: Words, done: Event[], from: number): Draft | undefined {
  for (let k = 1; k < w.lc.length - 2; k++) {
    if (w.lc[k] !== 'responsible' || !harmAfter(w, k)) continue;
    // "X (alone) is (solely) responsible": a form of "be" just before, past an adverb
    let b = k - 1;
    if (b > 0 && (w.lc[b].endsWith('ly') || w.lc[b] === 'fully')) b--;
    if (!BE.has(w.lc[b]) || b < 1) continue;
    if (negationIn(w, Math.max(0, b - 2), k)) continue;
    const tgt = subjectActors(w, b);
    if (!tgt.length || clauseStart(w, b) > 0) continue;
    const me = voiceAt(w, w.start[k], 'we') ?? publisherActors(w)[0];
    if (!me || tgt.some((t) => t.span.country !== undefined && t.span.country === me.span.country)) continue;
    if (criticismSince(done, from)) continue;
    return { code: '112', rule: 'index:held-responsible', trigger: [b, k + 2], src: [me], tgt, modality: 'asserted', noun: false, both: false, visit: false, host: false, weight: 1, agentless: undefined };
  }
  return undefined;
}

/**
 * "He emphasized that Peru's actions were in violation of Bolivia's sovereignty": a speaker who
 * tells, in a that-clause, a wrong that the clause's subject does (a word of `BLAME_WORDS`, not
 * negated) accuses that subject (112), unless it is the speaker's own side or the sentence already
 * has a criticism or rejection (11, 12). The draft, or undefined.
 */
function reportedAccusation(w: Words, done: Event[], from: number): Draft | undefined {
  const n = w.lc.length;
  for (let v = 0; v < n - 3; v++) {
    if (!SAY_THAT.has(w.lc[v])) continue;
    let t = v + 1;
    if (w.lc[v] === 'made') {
      if (w.lc[t] !== 'clear') continue;
      t++;
    } else if (w.lc[v] === 'pointed') {
      if (w.lc[t] !== 'out') continue;
      t++;
    }
    // (a setting may stand before "that": "said on Tuesday that", "noted in this regard that")
    for (let x = t; x < Math.min(n, t + 5) && w.lc[t] !== 'that'; x++) {
      if (w.lc[x] === 'that') t = x;
      else if ((w.punct[x] && w.lc[x] !== ',') || SAY_THAT.has(w.lc[x])) break;
    }
    if (w.lc[t] !== 'that') continue;
    const tgt = thatSubject(w, t + 1);
    if (!tgt?.length) continue;
    // a word of blame in the clause, after its subject, not denied
    let blame = -1;
    for (let k = tgt[tgt.length - 1].span.to; k < Math.min(n, t + 40); k++) {
      const x = w.lc[k];
      if (x === ';' || x === '.' || (x === 'that' && k > t + 1 && w.lc[k - 1] === 'and')) break;
      if (!BLAME_WORDS.has(x) || (x === 'responsible' && !harmAfter(w, k))) continue;
      if (!negationIn(w, Math.max(t + 1, k - 4), k)) blame = k;
      break;
    }
    if (blame < 0) continue;
    const src = subjectActors(w, v);
    if (!src.length || src.some((a) => tgt.some((b) => a.span.country !== undefined && a.span.country === b.span.country))) continue;
    if (criticismSince(done, from)) continue;
    return { code: '112', rule: 'index:accusation-in-that-clause', trigger: [v, t + 1], src, tgt, modality: 'asserted', noun: false, both: false, visit: false, host: false, weight: 1, agentless: undefined };
  }
  return undefined;
}
