/**
 * Cue verbs: "X said (that) …", "…, X said.", "…, said X.", "X told reporters …",
 * "X, an adviser, said …", "X added: “…”", "“A,” he said, “B.”", "voters fear …".
 */
import type { SpeakerRef } from '../../../model/types.js';
import { cand, type Cand } from '../build.js';
import { afterDateline, fillerAt, isCap, isWord, sentEnd, sentStart, wordsIn, type Ctx } from '../context.js';
import { ANONYMOUS_HEADS, CALL_FORMS, CUES, DAY_WORDS, DETERMINERS, IRREGULAR_PAST, NOUN_CUES, OBJECT_PRONOUNS, PRONOUNS, SKIP_LEFT, SPATIAL_PREPS, SPEAKER_NOUNS, SPEAKING_HEADS, STOP_NP, TIME_WORDS, TITLE_SMALL_WORDS, TITLES, type CueWord } from '../lexicon.js';
import { npLeft, npRight, relativeAntecedent, skipLeft, speakerRef, type NP } from '../speaker.js';
import { WordSet } from '../vocab.js';
import { MEDIA_HEADS } from './addressee.js';
import { saidOfSubject } from './sourceless.js';

const TERMINAL = new Set(['.', '!', '?', '…', '...']);
const BE = new Set(['is', 'was', 'are', 'were', 'been', 'being', 'be']);
const REL = new Set(['who', 'which', 'that']);
/** Prepositions that tie a speaker's description to what it is of: "officials from both sides", "a spokesman for the ministry". */
const OF_TAIL = new Set(['from', 'of', 'for', 'at', 'in', 'with']);
/** Prepositions of a place after a noun of people ("a man in the back", "a voter from Ohio"). */
const WHERE_PREPS = new Set(['in', 'at', 'from', 'near', 'outside', 'inside', 'behind']);
/** Prepositions: a determiner after one is inside the phrase ("reminded voters of the years"), not a new clause. */
const PREPOSITIONS = new Set(['of', 'to', 'for', 'about', 'with', 'in', 'on', 'at', 'from', 'by', 'into', 'over', 'under', 'against', 'among', 'between']);

/** Words that join a second verb to its sentence's subject ("… but said", "… and later told"). */
const COORD = new Set(['and', 'but', 'yet', 'or']);
/** Words that lead a participle of saying whose subject is the sentence's ("while saying", "by arguing"). */
const ING_LEAD = new Set(['while', 'by', 'after', 'before', 'when', 'from', 'in', 'without', 'despite']);

/** Whether token i is the opening mark of a quotation. */
export function isOpenMark(ctx: Ctx, i: number): boolean {
  const r = ctx.marks.markOf[i];
  return r >= 0 && ctx.marks.regions[r].open === i;
}

/** Whether token i is the closing mark of a quotation. */
export function isCloseMark(ctx: Ctx, i: number): boolean {
  const r = ctx.marks.markOf[i];
  return r >= 0 && ctx.marks.regions[r].close === i;
}

/** Token range of a region including its marks. */
function regionRange(ctx: Ctx, r: number): [number, number] {
  const reg = ctx.marks.regions[r];
  return [reg.open, reg.close >= 0 ? reg.close + 1 : reg.tokEnd];
}

/** Skips a time or setting phrase ("on Monday", "in a statement") when a boundary follows it. */
function skipSetting(ctx: Ctx, m: number, se: number): number {
  // "said — in a radio interview, of all places — that …": an aside set off by dashes right after the cue
  const dash = ctx.low[m];
  if ((dash === '—' || dash === '–') && m + 2 < se) {
    for (let x = m + 2; x < se && x <= m + 13; x++) {
      if (ctx.marks.markOf[x] >= 0 || TERMINAL.has(ctx.low[x])) break;
      if (ctx.low[x] === dash) {
        if (x + 1 < se) m = x + 1;
        break;
      }
    }
  }
  let k = m;
  while (k < se && k - m < 8 && (TIME_WORDS.has(ctx.low[k]) || ctx.low[k] === ',')) k++;
  // "said in an interview with the Gazette that …", "said afterwards that …", "said of the plan
  // that …": the setting ends at the "that" that opens the content
  const that = settingBeforeThat(ctx, k, se);
  if (that > k) return that;
  if (k === m) return m;
  const lk = ctx.low[k];
  if (k >= se || lk === 'that' || lk === ':' || TERMINAL.has(lk) || isOpenMark(ctx, k) || ctx.low[k - 1] === ',') return k;
  return m;
}

const PREP = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'while', 'from', 'to', 'for', 'with', 'via', 'outside', 'inside', 'near', 'of']);

/**
 * Past a short setting after the cue that a comma closes when what the setting introduces comes
 * after the comma: a quotation ("wrote on Facebook, “…”"), or the main clause of a sentence
 * opened by the attribution ("As the mayor said at the meeting, the ferry is finished."). Else m.
 */
function skipPlaceBeforeComma(ctx: Ctx, m: number, se: number, i: number): number {
  const { low } = ctx;
  if (m >= se || !PLACE_PREPS.has(low[m])) return m;
  for (let c = m + 1; c < se && c <= m + 6; c++) {
    if (ctx.marks.markOf[c] >= 0 || ctx.marks.inQ[c] >= 0 || TERMINAL.has(low[c]) || CUES.has(low[c]) || low[c] === 'that') return m;
    if (low[c] !== ',') continue;
    if (c + 1 < se && (isOpenMark(ctx, c + 1) || (low[sentStart(ctx, i)] === 'as' && isWord(ctx, c + 1)))) return c + 1;
    return m;
  }
  return m;
}

/** Words that open a time after an addressee ("told reporters Wednesday", "told lawmakers last week"). */
const WHEN_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december last this next today yesterday tonight earlier later'.split(' '));
/** Prepositions that open a place or occasion after an addressee or a cue ("told reporters aboard Air Force One", "wrote on Facebook, “…”"). */
const PLACE_PREPS = new Set(['aboard', 'at', 'in', 'on', 'during', 'after', 'before', 'outside', 'inside', 'near', 'from', 'amid', 'while', 'via']);

/** The phrase np with the outlet's kind after its name ("the French" + "news agency"). */
function withOutletKind(ctx: Ctx, np: NP, se: number): NP {
  if (!isCap(ctx, np.head)) return np;
  const { low } = ctx;
  let x = np.b;
  if (x < se && (low[x] === 'news' || low[x] === 'wire')) x++;
  return x < se && MEDIA_HEADS.has(low[x]) ? { a: np.a, b: x + 1, head: x } : np;
}

/**
 * The addressee without a time or a place glued to it ("reporters" of "reporters Wednesday",
 * "lawmakers last week", "reporters aboard Air Force One"): a time word or a preposition after a
 * lower-case word ends it (not "the Council on Foreign Relations").
 */
function addresseeOnly(ctx: Ctx, np: NP): NP {
  const { low } = ctx;
  for (let x = np.a + 1; x < np.b; x++) {
    if (!isWord(ctx, x - 1)) break;
    if (WHEN_WORDS.has(low[x]) || (PLACE_PREPS.has(low[x]) && !isCap(ctx, x - 1))) return { a: np.a, b: x, head: x - 1 };
  }
  return np;
}

/**
 * Words of a sentence's opening that do not name its subject: linking words ("Meanwhile, officials
 * said, …"), and "in" and "the" ("In the meantime", "The port": only the noun counts).
 */
const CONNECTIVES = new Set(['meanwhile', 'but', 'still', 'separately', 'however', 'also', 'instead', 'now', 'then', 'and', 'yet', 'so', 'moreover', 'furthermore', 'additionally', 'indeed', 'meantime', 'likewise', 'similarly', 'finally', 'first', 'second', 'third', 'besides', 'nonetheless', 'nevertheless', 'thus', 'therefore', 'hence', 'otherwise', 'overall', 'in', 'the']);

/** Where the clause that ends before token L starts: after the last semicolon outside quotation marks in [ss, L), else ss. */
function clauseStart(ctx: Ctx, ss: number, L: number): number {
  for (let x = L - 1; x > ss; x--) if (ctx.low[x] === ';' && ctx.marks.inQ[x] < 0) return x + 1;
  return ss;
}

/** Adverbs of a saying's setting ("said afterwards that", "later told reporters that"). */
const SETTING_ADVERBS = new Set(['afterwards', 'afterward', 'later', 'again', 'also', 'earlier', 'then', 'now', 'once', 'too']);

/**
 * Where a "that" opening the content stands after a setting of prepositional phrases and adverbs
 * starting at `k` ("in an interview with the Harbor Gazette that", "afterwards that", "of the
 * plan that"), else -1. No comma, quotation mark or verb of saying may stand between.
 */
function settingBeforeThat(ctx: Ctx, k: number, se: number, messages = false): number {
  const { low } = ctx;
  if (k >= se) return -1; // the sentence (or the text) ends at the cue: "The mayor said,"
  const w0 = low[k];
  if (!(PREP.has(w0) || SETTING_ADVERBS.has(w0) || (w0.length > 4 && w0.endsWith('ly') && !isCap(ctx, k)))) return -1;
  for (let x = k; x < se && x - k < 12; x++) {
    const w = low[x];
    if (w === 'that') return x > k ? x : -1;
    if (w === ',' || w === ';' || w === ':' || ctx.marks.markOf[x] >= 0 || ctx.marks.inQ[x] >= 0 || TERMINAL.has(w) || (CUES.has(w) && x > k && !(messages && settingNoun(ctx, x)))) return -1;
  }
  return -1;
}

/** Participles that describe a written or spoken message ("a message read out at", "a statement posted on"). */
const MESSAGE_PARTICIPLES = new Set(['read', 'posted', 'published', 'released', 'issued', 'sent', 'written', 'delivered', 'broadcast', 'aired', 'shared', 'distributed']);

/**
 * A word of saying at x that names the setting's message, not a second verb: a noun after a
 * determiner ("in a statement", "in his remarks"), or a participle after such a noun ("in a
 * message read out at the Vatican").
 */
function settingNoun(ctx: Ctx, x: number): boolean {
  const { low } = ctx;
  if (NOUN_DETERMINERS.has(low[x - 1])) return true;
  return MESSAGE_PARTICIPLES.has(low[x]) && x >= 2 && NOUN_DETERMINERS.has(low[x - 2]) && isWord(ctx, x - 1) && !isCap(ctx, x - 1);
}

/** Is the clause after the cue short and closed ("…, he said Monday.", "…, she told CNN in an interview.")? */
function tailEnds(ctx: Ctx, m: number, se: number): number {
  const { low } = ctx;
  let k = m;
  let pp = false;
  while (k < se && k - m < 12) {
    const w = low[k];
    if (PREP.has(w)) {
      pp = true;
      k++;
    } else if (TIME_WORDS.has(w) || (w.length > 4 && w.endsWith('ly') && !isCap(ctx, k))) k++;
    else if (pp && isWord(ctx, k) && w !== 'that') k++;
    else break;
  }
  if (k >= se) return k;
  const lk = low[k];
  if (TERMINAL.has(lk) || lk === ',' || lk === ';' || isCloseMark(ctx, k) || isOpenMark(ctx, k)) return k;
  return -1;
}

/** The first noun phrase of the sentence: the subject a cue deep in the sentence falls back on. */
const OPENING = new Set(['when', 'as', 'after', 'while', 'if', 'although', 'though', 'before', 'since', 'of', 'in', 'on', 'at', 'during', 'for', 'with', 'despite', 'unlike', 'like', 'following', 'because', 'but', 'and', 'so', 'yet', 'still', 'meanwhile', 'instead', 'then', 'now', 'here', 'there', ...SPATIAL_PREPS]);

/** Quantifiers that speak as a clause's whole subject ("Many said …", "most say …"). */
const QUANTIFIER_SUBJECTS = new Set(['many', 'some', 'most', 'both', 'all', 'few', 'several', 'each', 'neither', 'another']);

/** Whether the quantifier at j is a clause's whole subject before the cue after it ("Many said", not "many claims"). */
function quantifierSubject(ctx: Ctx, j: number, ss: number): boolean {
  const { low } = ctx;
  // (not the idiom "All told, …": in all)
  if (low[j] === 'all' && low[j + 1] === 'told') return false;
  return QUANTIFIER_SUBJECTS.has(low[j]) && !NOUN_CUES.has(low[j + 1]) && (j === ss || CLAUSE_OPENERS.has(low[j - 1]));
}

/** Words before a number that leave it the subject ("about 42% said …"). */
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'some', 'over', 'just', 'only', 'fully', 'around']);

/** Whether the "called" at i gives a thing its name: an indefinite noun phrase before it, a name after it. */
function namedThing(ctx: Ctx, i: number, ss: number): boolean {
  const { low } = ctx;
  const n = i + 1 < low.length && (low[i + 1] === 'the' || isOpenMark(ctx, i + 1)) ? i + 2 : i + 1;
  if (n >= low.length || !isCap(ctx, n) || i - 2 < ss || !isWord(ctx, i - 1) || PRONOUNS.has(low[i - 1])) return false;
  // (a noun right before, not a person's name: "a reporter, Ana Ruiz called …")
  const m = ctx.mentionAt[i - 1];
  if (m >= 0 && ctx.doc.mentions[m]?.type === 'PER') return false;
  for (let x = i - 2; x >= ss && x >= i - 6; x--) {
    if (low[x] === 'a' || low[x] === 'an') return true;
    if (!(isWord(ctx, x) || low[x] === '-') || PRONOUNS.has(low[x]) || STOP_NP.has(low[x]) || CUES.has(low[x])) return false;
  }
  return false;
}

/** Words in -ing that are no participle after a noun ("the ruling party" aside, "Friday evening"). */
const ADJ_ING = new Set(['evening', 'morning', 'building', 'meeting', 'thing', 'something', 'nothing', 'anything', 'everything', 'king', 'spring', 'wing', 'ring', 'string', 'during', 'including']);

/** Linking words that may open a sentence with no comma and no clause of their own ("But the court …"). */
const LINKING_OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'then', 'now', 'meanwhile', 'instead']);

/**
 * The subject before an aside set off by dashes that ends at token j ("Costa — who worked there
 * for years —"): a name or a pronoun right before the opening dash, else null.
 */
function dashAsideSubject(ctx: Ctx, j: number, ss: number): NP | null {
  const { low } = ctx;
  for (let c = j - 2; c > ss && c >= j - 25; c--) {
    if (ctx.marks.markOf[c] >= 0 || TERMINAL.has(low[c])) return null;
    if (low[c] === low[j]) {
      let np = npLeft(ctx, c - 1, ss);
      // ("speakers at the service — including … — said", "members of the board — … — said": the
      // people before the place or body speak)
      if (np && np.a - 2 >= ss && (WHERE_PREPS.has(low[np.a - 1]) || low[np.a - 1] === 'of') && !isCap(ctx, np.head)) {
        const head = npLeft(ctx, np.a - 2, ss);
        if (head && (!isCap(ctx, head.head) || head.head === ss) && (SPEAKING_HEADS.has(low[head.head]) || SPEAKER_NOUNS.has(low[head.head]))) np = { a: head.a, b: np.b, head: head.head };
      }
      // (a name, a pronoun, or a noun of people or bodies: "insiders in two states — … — said")
      return np && speakingHead(ctx, np.head) ? np : null;
    }
  }
  return null;
}

/** Verbs after which "to" and a verb of saying report what was said ("continued to insist"). */
const GOING_ON = new Set(['continued', 'continues', 'continue', 'proceeded', 'proceeds', 'hastened', 'hastens', 'paused', 'pauses']);
/** Forms of "go" before "on to" ("went on to say"). */
const GO_FORMS = new Set(['went', 'goes', 'go', 'going', 'gone']);

/** Whether the "to" at t follows a verb of going on ("went on to", "continued to"): the infinitive after it reports what was said. */
function wentOnTo(low: readonly string[], t: number, ss: number): boolean {
  if (t - 1 < ss) return false;
  if (GOING_ON.has(low[t - 1])) return true;
  return low[t - 1] === 'on' && t - 2 >= ss && GO_FORMS.has(low[t - 2]);
}

/** Adverbs before a participle that gives a name ("now called", "formerly called"). */
const NAMING_ADVERBS = new Set(['now', 'formerly', 'once', 'later', 'officially', 'originally', 'aptly', 'fittingly', 'sometimes', 'often', 'also']);

/** Whether token k, first of its sentence, is a participle that opens a clause before the subject ("Asked about …,", "Speaking to reporters,"): no name. */
function openingParticiple(ctx: Ctx, k: number): boolean {
  const w = ctx.low[k];
  // ("According to X, …" names the source: no clause to skip)
  return w.length >= 5 && (w.endsWith('ed') || w.endsWith('ing')) && w !== 'according' && ctx.mentionAt[k] < 0 && isWord(ctx, k);
}

/** A lower-case word of six letters or more in -ed ("outlined", "detailed"): the verb after a subject, not part of it. */
function pastTense(ctx: Ctx, k: number): boolean {
  const w = ctx.low[k];
  return w.length >= 6 && w.endsWith('ed') && !isCap(ctx, k);
}

/** Possessors before a noun: "'s" and the possessive pronouns. */
const POSSESSORS = new Set(["'s", '’s', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Particles of a verb after a subject ("shot back", "hit out", "fired back"). */
const PARTICLES = new Set(['back', 'out', 'up', 'off']);

export function sentenceSubject(ctx: Ctx, ss: number, lim: number): NP | null {
  // "Dean, a former party chairman, poked at …": a one-word name with an apposition after it is
  // the subject, not an opening word like "Meanwhile,"
  if (ctx.low[ss + 1] === ',' && ctx.mentionAt[ss] >= 0 && isCap(ctx, ss) && !OPENING.has(ctx.low[ss]) && appositionAfter(ctx, ss + 2, lim)) return { a: ss, b: ss + 1, head: ss };
  // "But the court overruled and said …", "And officials say …": a linking word opens the
  // sentence without a clause of its own to skip
  if (LINKING_OPENERS.has(ctx.low[ss]) && ctx.low[ss + 1] !== ',' && ss + 1 < lim) ss++;
  else if (OPENING.has(ctx.low[ss]) || ctx.low[ss + 1] === ',' || openingParticiple(ctx, ss)) {
    // skip a leading adverbial ("When the mayor retired in 2004, Governor Ruiz …", "Asked about
    // the port, Ana Costa …")
    let c = ss;
    while (c < lim && ctx.low[c] !== ',') c++;
    if (c >= lim) return null;
    ss = c + 1;
  }
  for (let x = ss; x < lim && x < ss + 8; x++) {
    if (ctx.marks.inQ[x] >= 0 || ctx.marks.markOf[x] >= 0) return null;
    const w = ctx.low[x];
    // ("One early supporter, …": "one" before a word of its phrase is a determiner)
    const oneOf = w === 'one' && x + 1 < lim && isWord(ctx, x + 1) && !CUES.has(ctx.low[x + 1]) && !STOP_NP.has(ctx.low[x + 1]);
    if (PRONOUNS.has(w) && w !== 'it' && w !== 'which' && w !== 'who' && !oneOf) return { a: x, b: x + 1, head: x };
    // (a count opens a subject too: "about 300 fishermen gathered …")
    if (isCap(ctx, x) || DETERMINERS.has(w) || oneOf || ctx.doc.tokens[x].kind === 'number') {
      let y = x;
      // (not into the verb after a name: an adverb, "Clinton clearly erred"; nor after any subject
      // into a verb with its particle, "Lopez shot back", "the crowd fired off")
      const name = isCap(ctx, x) && !DETERMINERS.has(w) && (ctx.mentionAt[x] >= 0 || TITLES.has(w));
      while (y + 1 < lim && isWord(ctx, y + 1) && !STOP_NP.has(ctx.low[y + 1]) && !CUES.has(ctx.low[y + 1]) && !SKIP_LEFT.has(ctx.low[y + 1]) && !pastTense(ctx, y + 1) && !IRREGULAR_PAST.has(ctx.low[y + 1]) && y - x < 6) {
        if (!isCap(ctx, y + 1) && ((name && /ly$/.test(ctx.low[y + 1])) || PARTICLES.has(ctx.low[y + 2]) || (GO_FORMS.has(ctx.low[y + 1]) && ctx.low[y + 2] === 'on'))) break;
        // (nor past a participle after a noun: "Syrian hackers backing the president hijacked …")
        if (!isCap(ctx, y + 1) && ctx.low[y + 1].endsWith('ing') && ctx.low[y + 1].length > 4 && !DETERMINERS.has(ctx.low[y]) && isWord(ctx, y) && !ADJ_ING.has(ctx.low[y + 1])) break;
        // (nor into a verb with its object: "Harbor-X keeps its accounts", not "members of the board")
        if (!isCap(ctx, y + 1) && ctx.low[y + 1] !== 'of' && DETERMINERS.has(ctx.low[y + 2])) break;
        // (nor, after a name, into a verb in -s before a preposition: "Perez lobbies for …", not
        // "Trump supporters in Ohio")
        if (name && !isCap(ctx, y + 1) && /[^s]s$/.test(ctx.low[y + 1]) && STOP_NP.has(ctx.low[y + 2]) && !SPEAKER_NOUNS.has(ctx.low[y + 1]) && !SPEAKING_HEADS.has(ctx.low[y + 1])) break;
        y++;
      }
      const np = npLeft(ctx, y, x);
      if (np) return np;
    }
    if (!isWord(ctx, x)) return null;
  }
  return null;
}

/** Whether an apposition opens at `a` ("a former party chairman,", "the state's treasurer,"): an article, then words up to a comma before `lim`. */
function appositionAfter(ctx: Ctx, a: number, lim: number): boolean {
  const { low } = ctx;
  if (low[a] !== 'a' && low[a] !== 'an' && low[a] !== 'the') return false;
  for (let x = a + 1; x < lim && x <= a + 12; x++) {
    if (low[x] === ',') return x > a + 1;
    if (!isWord(ctx, x) && low[x] !== "'s" && low[x] !== '’s' && low[x] !== '-') return false;
  }
  return false;
}

/** Most words of a title quoted inside an attribution ("on the show “Face the Nation”"). */
const MAX_TITLE_WORDS = 6;

/**
 * Where a quotation opening at `open` ends when it is a title named inside an attribution: a few
 * words, each capitalised, right after a word (not after a comma or colon, which would introduce
 * words said), closing its sentence or followed by a comma; else -1.
 */
function quotedTitleEnd(ctx: Ctx, open: number, anyAfter = false): number {
  const { low } = ctx;
  if (open < 1 || !isWord(ctx, open - 1)) return -1;
  const r = ctx.marks.markOf[open];
  if (ctx.marks.regions[r].close < 0) return -1;
  const [, end] = regionRange(ctx, r);
  let words = 0;
  for (let x = open + 1; x < end - 1; x++) {
    if (!isWord(ctx, x)) continue;
    // (a small word inside: "Fox and Friends", "Meet the Press")
    if (++words > MAX_TITLE_WORDS || !(isCap(ctx, x) || (words > 1 && TITLE_SMALL_WORDS.has(low[x])))) return -1;
  }
  if (words === 0) return -1;
  const after = end < low.length ? low[end] : '.';
  return anyAfter || TERMINAL.has(after) || after === ',' || TERMINAL.has(low[end - 2]) ? end : -1;
}

/** After a quote and its attribution: the next quotation when it opens the next sentence or paragraph. */
function followingQuote(ctx: Ctx, from: number, used: Uint8Array): number {
  const { low } = ctx;
  const n = ctx.doc.tokens.length;
  let k = from;
  const s0 = ctx.sentOf[Math.min(from, n - 1)];
  // skip the rest of the attribution sentence ("…,” I said, attempting to regroup.), also a
  // title quoted in it ("…,” said Jones, a host of the radio show “Morning Line.” “…”)
  for (;;) {
    while (k < n && ctx.sentOf[k] === s0 && !isOpenMark(ctx, k) && k - from < 30) k++;
    const t = k < n && ctx.sentOf[k] === s0 && isOpenMark(ctx, k) ? quotedTitleEnd(ctx, k) : -1;
    if (t < 0) break;
    k = t;
  }
  if (k >= n || !isOpenMark(ctx, k) || used[ctx.marks.markOf[k]]) return -1;
  if (ctx.sentOf[k] === s0 && !(low[k - 1] === ',' || low[k - 1] === '.' || low[k - 1] === ';' || low[k - 1] === ':')) return -1;
  // (nor one after a second cue with reported words of its own: "“A,” he said, adding that
  // the vote would wait. “B.”" — the quotation is a fresh one, not a piece of the first)
  for (let x = from + 1; x < k - 1; x++) if (low[x + 1] === 'that' && CUES.has(low[x]) && ctx.marks.inQ[x] < 0) return -1;
  // (nor one a cue of its own introduces in the same sentence: "“A,” and she said, “B.”")
  if (ctx.sentOf[k] === s0 && introducedByCue(ctx, k, from + 1, -1)) return -1;
  const p0 = ctx.doc.sentences[ctx.sentOf[from - 1]]?.paragraph ?? -1;
  const p1 = ctx.doc.sentences[ctx.sentOf[k]]?.paragraph ?? -2;
  if (p1 !== p0 && p1 !== p0 + 1) return -1;
  if (p1 === p0 + 1 && ctx.doc.paragraphs[p1].start !== ctx.doc.tokens[k].start) return -1;
  // the quotation must be no one else's: nothing but itself up to its sentence's end
  const r = ctx.marks.regions[ctx.marks.markOf[k]];
  const end = r.close >= 0 ? r.close + 1 : r.tokEnd;
  if (end < n && ctx.sentOf[end] === ctx.sentOf[end - 1] && !TERMINAL.has(low[end])) return -1;
  // nor followed by an attribution of its own ("“…?” Jones asked."), which the splitter may
  // have cut off after a question or an exclamation
  if (ownAttributionAfter(ctx, end)) return -1;
  return ctx.marks.markOf[k];
}

/** Most tokens between a closing mark and the verb of its own attribution ("” said Jones", "” the senator said"). */
const MAX_OWN_ATTRIB = 4;

/** Does an attribution ("Jones said", "said Jones") follow the closing mark that ends at `end`, in its paragraph? */
export function ownAttributionAfter(ctx: Ctx, end: number): boolean {
  const { low, doc } = ctx;
  const n = doc.tokens.length;
  if (end >= n) return false;
  // a quotation closed after a full stop ended its sentence: what follows is a sentence of its
  // own ("“… for him.” Devine didn’t concede defeat."), not its attribution
  if (end >= 2 && ctx.marks.markOf[end - 1] >= 0 && low[end - 2] === '.') return false;
  const p = doc.sentences[ctx.sentOf[end - 1]].paragraph;
  for (let x = end; x < n && x < end + MAX_OWN_ATTRIB; x++) {
    if (doc.sentences[ctx.sentOf[x]].paragraph !== p || TERMINAL.has(low[x]) || ctx.marks.markOf[x] >= 0) return false;
    const c = CUES.get(low[x]);
    if (!c || c.cls === 'B') continue;
    // a cue that opens the next quotation ("Jones said: “…”") is not this one's attribution
    const y = low[x + 1] === ':' || low[x + 1] === ',' ? x + 2 : x + 1;
    return !isOpenMark(ctx, y);
  }
  return false;
}

/** Where an after-cue content ends: the sentence end, or a comma that opens another attribution. */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'if', 'as', 'when', 'because', 'since', 'whereas', 'after', 'before', 'unless']);
const CLAUSE_JOIN = new Set(['but', 'while', 'and', 'yet', 'whereas']);
/** What may stand right before a clause's subject: punctuation that opens a clause, or a conjunction. */
const CLAUSE_OPENERS = new Set([',', ';', ':', '—', '–', ...CLAUSE_JOIN]);

/** Is the quotation opening at `open` led by a preposition or a possessive within its sentence (a title: `on ABC's “This Week,”`)? */
function titleLead(ctx: Ctx, open: number, ss: number): boolean {
  const p = open - 1;
  if (open < 0 || p < ss) return false;
  const w = ctx.low[p];
  return PREP.has(w) || w === "'s" || w === '’s' || w.endsWith("'s") || w.endsWith('’s');
}

/** Is there a verb of saying within the next few tokens ("…, but 55 percent say …")? */
function speechAhead(ctx: Ctx, k: number, se: number): boolean {
  for (let x = k; x < se && x < k + 8; x++) {
    if (ctx.marks.inQ[x] >= 0) return false;
    const c = CUES.get(ctx.low[x]);
    if (c && c.cls !== 'B' && x > k) return true;
  }
  return false;
}

/** Most words between a cue and the quotation it introduces ("adding of the senator, “…”"). */
const MAX_INTRO_GAP = 4;

/**
 * Is the quotation opening at `open` introduced by a cue word of its own ("adding, “…”", "then
 * predicted: “…”", "added of the plan, “…”"): a verb of saying (not `own`, the attribution's
 * cue) at most a few words before the mark, the mark after a comma or colon or right after the
 * verb, nothing quoted between them and no earlier than `lo`?
 */
export function introducedByCue(ctx: Ctx, open: number, lo: number, own: number): boolean {
  return introducingCue(ctx, open, lo, own) >= 0;
}

/** The cue word that introduces the quotation opening at `open` (see introducedByCue), or -1. */
export function introducingCue(ctx: Ctx, open: number, lo: number, own: number): number {
  const { low, marks } = ctx;
  let x = open - 1;
  const punct = x >= lo && (low[x] === ',' || low[x] === ':');
  if (punct) x--;
  for (let words = 0; x >= lo && words <= MAX_INTRO_GAP; x--, words++) {
    if (marks.inQ[x] >= 0 || marks.markOf[x] >= 0 || TERMINAL.has(low[x]) || low[x] === ',' || low[x] === ';') return -1;
    const c = CUES.get(low[x]);
    if (c && x !== own && c.cls !== 'B') return punct || x === open - 1 ? x : -1;
  }
  return -1;
}

/** Most words between a fresh attribution's subject and the quotation it opens ("told reporters on Monday:"). */
const MAX_ATTRIB_TAIL = 5;

/** Whether token h heads a phrase that can speak by its form: a pronoun, a name, or a noun of people or bodies. */
function speakingHead(ctx: Ctx, h: number): boolean {
  const w = ctx.low[h];
  return PRONOUNS.has(w) || isCap(ctx, h) || SPEAKING_HEADS.has(w) || SPEAKER_NOUNS.has(w);
}

/**
 * Does a clause "SUBJECT CUE …[,|:] “" start at `k`: a subject (a name, a pronoun or a noun of
 * people, perhaps with a prepositional phrase after it), a verb of saying, and a quotation
 * opening within a few words after it ("Smith replied: “…”", "she told the crowd, “…”", "a man
 * in the back shouted, “…”")? Its quotation is that speaker's, not part of a reported clause
 * before it.
 */
export function attributionAhead(ctx: Ctx, k: number, se: number): boolean {
  const { low } = ctx;
  // the verb: the first cue word within a subject's length
  let v = k + 1;
  while (v < se && v < k + 8 && !CUES.has(low[v])) v++;
  const c = CUES.get(low[v]);
  if (!c || c.cls === 'B' || ctx.marks.inQ[v] >= 0) return false;
  // "she then replied", "he quickly added"
  let e = v;
  if (e - 1 > k && ((low[e - 1].endsWith('ly') && !isCap(ctx, e - 1)) || low[e - 1] === 'then' || low[e - 1] === 'also' || low[e - 1] === 'later')) e--;
  const np = npRight(ctx, k, e);
  // a pronoun, a name, or a phrase headed by a noun of people or bodies, perhaps with a
  // prepositional phrase after it ("and a man in the back shouted")
  const withPP = np !== null && np.b < e && PREPOSITIONS.has(low[np.b]) && npRight(ctx, np.b + 1, e)?.b === e;
  if (!np || (np.b !== e && !withPP) || !speakingHead(ctx, np.head)) return false;
  for (let x = v + 1; x < se && x <= v + 1 + MAX_ATTRIB_TAIL; x++) {
    // (a verb of telling may name its hearer first: "she told the Herald “…”")
    if (isOpenMark(ctx, x)) return low[x - 1] === ':' || low[x - 1] === ',' || x === v + 1 || (x === v + 2 && low[v + 1] === 'that') || (c.cls === 'T' && npRight(ctx, v + 1, x)?.b === x);
    if (ctx.marks.markOf[x] >= 0 || ctx.marks.inQ[x] >= 0 || TERMINAL.has(low[x])) return false;
  }
  return false;
}

/** Words that resume a main clause after a relative clause's closing comma: auxiliaries, modals, "-ed" verbs ("…, did not attend", "…, will publish", "…, called off"). */
const MAIN_VERB_RESUMES = /^(?:is|are|was|were|has|have|had|did|does|do|will|would|could|can|should|may|might|must|shall|remains|remained|said|says|told|[a-z]{3,}ed)$/;

/** Words that head a phrase only with the relative clause after them ("those who", "anyone who"). */
const WHO_HEADS = new Set(['those', 'anyone', 'everyone', 'many', 'some', 'others', 'someone', 'few']);

/**
 * The noun phrase before a relative clause without commas that ends right before cue i ("A guard
 * [who spoke on condition of anonymity] said"), when `a` (the start of the phrase before the cue)
 * lies inside that clause; else null.
 */
function antecedentAcross(ctx: Ctx, a: number, i: number, ss: number): NP | null {
  const { low } = ctx;
  for (let x = a - 1; x > ss && x >= i - 14; x--) {
    const w = low[x];
    if (w === ',' || w === ';' || TERMINAL.has(w) || ctx.marks.markOf[x] >= 0 || ctx.marks.inQ[x] >= 0) return null;
    if (w === 'who') {
      // ("Those who know him say": the whole phrase)
      if (WHO_HEADS.has(low[x - 1])) return { a: x - 1, b: i, head: x - 1 };
      // ("who" stands for people: any noun phrase before it)
      const np = npLeft(ctx, x - 1, ss);
      return np && !PRONOUNS.has(low[np.head]) && !DETERMINERS.has(low[np.head]) ? np : null;
    }
  }
  return null;
}

/** Is cue i inside a relative clause set off by a comma ("The minister, whose office said on Monday that …, did not")? */
function inRelativeClause(ctx: Ctx, i: number, ss: number): boolean {
  const { low } = ctx;
  for (let x = i - 1; x > ss && x >= i - 6; x--) {
    const w = low[x];
    if (w === ',' || ctx.marks.markOf[x] >= 0) return false;
    if ((w === 'who' || w === 'whose' || w === 'which') && low[x - 1] === ',') return true;
  }
  return false;
}

function contentEnd(ctx: Ctx, m: number, se: number, i = -1): number {
  const { low } = ctx;
  // a cue inside a fronted subordinate clause ("While Ramos said that …, he …") ends at its comma
  const ss = sentStart(ctx, m);
  const fronted = i >= 0 && SUBORDINATORS.has(low[ss]) && i < ss + 12;
  // a cue inside a relative clause ("The minister, whose office said on Monday that he was ill,
  // did not attend") ends at the comma after which the main clause goes on with its verb
  const relative = i >= 0 && !fronted && inRelativeClause(ctx, i, ss);
  // "An aide who asked not to be named said …": a relative clause without commas ends at the
  // sentence's own verb of saying
  const bareRelative = i > ss && (low[i - 1] === 'who' || low[i - 1] === 'which') && low[i - 2] !== ',';
  // "Trump said “no” and Biden said “yes.”": a joined clause with a subject and a cue of its own
  // opens an attribution of its own
  if (CLAUSE_JOIN.has(low[m]) && attributionAhead(ctx, m + 1, se)) return m;
  for (let k = m + 1; k < se; k++) {
    if (ctx.marks.inQ[k] >= 0) continue;
    // "… described the plan, on condition of anonymity, as they …": the terms the speaker
    // spoke on are no part of what was said
    if (anonymityAt(low, k)) return low[k - 1] === ',' ? k - 1 : k;
    if (bareRelative && ctx.marks.markOf[k] < 0) {
      const c = CUES.get(low[k]);
      if (c && c.cls !== 'B' && low[k - 1] !== 'to') return k;
    }
    if (CLAUSE_JOIN.has(low[k]) && low[k - 1] !== ',' && attributionAhead(ctx, k + 1, se)) return k;
    // a full stop before an opening quotation mark ends the sentence (the splitter may not have cut there)
    if ((low[k] === '.' || low[k] === '!' || low[k] === '?') && isOpenMark(ctx, k + 1) && isCap(ctx, k + 2)) return k;
    // a colon before a quotation with its own attribution after it ("declared the need for
    // patience: “…,” she said."): the quotation is that attribution's
    if (low[k] === ':' && isOpenMark(ctx, k + 1)) {
      const r = ctx.marks.regions[ctx.marks.markOf[k + 1]];
      if (r.close >= 0 && ownAttributionAfter(ctx, r.close + 1)) return k;
    }
    if ((low[k] === 'and' || low[k] === 'but') && low[k - 1] !== ',') {
      const c = CUES.get(low[k + 1]);
      // "tweeted a photograph and said …", "said … but added, “…”" (not "awkward but promising")
      if (c && c.cls !== 'B' && !(low[k] === 'but' && low[k + 1].endsWith('ing'))) return k;
    }
    if ((low[k] === 'while' || low[k] === 'whereas') && speechAhead(ctx, k + 1, se)) return k;
    // "… the meeting, although he tweeted that …" (not a clause fronted inside the content: "that
    // although Clinton has touted …, voters rated …")
    if ((low[k] === 'although' || low[k] === 'though') && (low[k - 1] === ',' || isCloseMark(ctx, k - 1)) && speechAhead(ctx, k + 1, se)) return k;
    // "… on Twitter before claiming that …", "after adding that …": a later act of saying of the
    // same speaker has a content of its own
    if ((low[k] === 'before' || low[k] === 'after') && low[k + 1]?.endsWith('ing') && (CUES.get(low[k + 1])?.cls ?? 'B') !== 'B') return k;
    // "Ferris said the bill was dead; Tello said it was alive."
    if (low[k] === ';' && speechAhead(ctx, k + 1, se)) return k;
    if (low[k] !== ',') continue;
    if (fronted) return k;
    if (relative && MAIN_VERB_RESUMES.test(low[k + 1] ?? '') && !isCap(ctx, k + 1)) return k;
    // ", Smith replied: “…”": a fresh attribution with its own subject opens a quotation of its own
    if (attributionAhead(ctx, k + 1, se)) return k;
    if (CLAUSE_JOIN.has(low[k + 1]) && speechAhead(ctx, k + 2, se)) return k;
    const n1 = low[k + 1];
    if (n1 === 'according' && low[k + 2] === 'to') return k;
    const c1 = CUES.get(n1);
    if (c1 && n1.endsWith('ing') && c1.cls !== 'B') return k;
    // ", but said …", ", and added …": a second predicate of saying has a content of its own
    if (CLAUSE_JOIN.has(n1) && CUES.has(low[k + 2]) && CUES.get(low[k + 2])!.cls !== 'B') return k;
    // ", he said" / ", Trump said" / ", said Trump"
    if (c1 && c1.cls !== 'B') return k;
    if ((PRONOUNS.has(n1) || isCap(ctx, k + 1)) && k + 2 < se) {
      const c2 = CUES.get(low[k + 2]);
      if (c2 && c2.cls !== 'B' && (TERMINAL.has(low[k + 3]) || low[k + 3] === ',' || k + 3 >= se)) return k;
    }
  }
  // a quotation opened inside the content runs to its close
  let e = se;
  for (let k = m; k < se; k++) {
    if (isOpenMark(ctx, k)) {
      const [, re] = regionRange(ctx, ctx.marks.markOf[k]);
      if (re > e) e = re;
    }
  }
  return e;
}

/** Words of the cue lexicon, by vocabulary id: the test `cueRule` makes of every word, without a lookup by string. */
const CUE_ID = new WordSet((w) => CUES.has(w));
/** The bare "call", by vocabulary id (the scan tests every word: no string comparison per word). */
const CALL_ID = new WordSet((w) => w === 'call');
/** Subject pronouns before a bare "call" that make it the verb ("we call on", "I call upon"). */
const CALLING_SUBJECTS = new Set(['we', 'i', 'they', 'you']);
/**
 * The determiners but "that" (which also opens a clause): one set lookup, not a lookup and a
 * comparison of the word with 'that', which V8 first compiled for the words it had met (its own
 * copies of short strings) and threw away at the first other one, late in a run.
 */
const NOUN_DETERMINERS = new Set([...DETERMINERS].filter((d) => d !== 'that'));

export function cueRule(ctx: Ctx, cands: Cand[], blocked: Uint8Array, used: Uint8Array): void {
  const { doc, low, marks, wid } = ctx;
  const n = doc.tokens.length;
  let blockUntil = -1; // tokens inside an after-cue content: no nested attribution
  let lastInSentence: { s: number; speaker: SpeakerRef | null } | null = null;
  for (let i = 0; i < n; i++) {
    if (i < blockUntil || blocked[i] || marks.inQ[i] >= 0) continue;
    const t = doc.tokens[i];
    if (t.kind !== 'word') continue;
    // "we call on …", "I call upon …": the bare form of "call" (else a noun, "a call") after a subject pronoun
    const bareCall = !CUE_ID.has(wid[i]) && CALL_ID.has(wid[i]) && i > 0 && CALLING_SUBJECTS.has(low[i - 1]) && (low[i + 1] === 'on' || low[i + 1] === 'upon' || low[i + 1] === 'for');
    if (!bareCall && !CUE_ID.has(wid[i])) continue;
    const cw = CUES.get(bareCall ? 'calls' : low[i]);
    if (!cw) continue;
    const ss = sentStart(ctx, i);
    const se = sentEnd(ctx, i);
    // a noun, not a verb: "the report", "his claims", "a call"
    // (but a quantifier alone as the subject before a verb form that is no noun: "Many said …",
    // "most say …")
    if (i > ss && NOUN_DETERMINERS.has(low[i - 1]) && !quantifierSubject(ctx, i - 1, ss)) continue;
    // (an infinitive is no report, unless the subject went on to say it: "went on to say, “…”",
    // "continued to insist that …")
    if (i > ss && low[i - 1] === 'to' && cw.cls !== 'B' && !low[i].endsWith('ed') && !wentOnTo(low, i - 1, ss)) continue;
    // a participle of saying as an adjective after a possessor: "Trump's reported net worth", "his
    // stated goal" (a stance stays: "Trump's proposed ban" is his proposal)
    if (i > ss && cw.cls !== 'B' && low[i].endsWith('ed') && POSSESSORS.has(low[i - 1])) continue;
    // a name given: "a group called Ginbot 7", "an outfit called …" (not "the mayor called it …")
    // (also after a longer phrase, "a newly founded harbour PAC called Tide 45", and before "the"
    // or a quotation mark, "a movement called the Harbor Front", "a show called “Brokers”")
    if (low[i] === 'called' && namedThing(ctx, i, ss)) continue;
    // and after a comma or an adverb of naming: "the resort, now called Grand Vista,", "the town,
    // formerly called …"
    if (low[i] === 'called' && i > ss && i + 1 < se && isCap(ctx, i + 1) && !DAY_WORDS.has(low[i + 1]) && (low[i - 1] === ',' || low[i - 1] === '(' || NAMING_ADVERBS.has(low[i - 1]))) continue;
    // the last word of a name: "The Washington Post reported", "the Daily Report on" (not a
    // headline's capitals: "Drudge Mocks His Fast")
    if (i > ss && i + 1 < se && isCap(ctx, i) && ctx.mentionAt[i] >= 0 && ctx.mentionAt[i - 1] === ctx.mentionAt[i] && ctx.mentionAt[i + 1] !== ctx.mentionAt[i] && !isCap(ctx, i + 1)) continue;
    const c = handleCue(ctx, i, cw, ss, se, used, lastInSentence && lastInSentence.s === ctx.sentOf[i] ? lastInSentence.speaker : undefined);
    if (!c) continue;
    cands.push(c);
    lastInSentence = { s: ctx.sentOf[i], speaker: c.speaker };
    if (c.a > i) blockUntil = c.b;
  }
}

function handleCue(
  ctx: Ctx,
  i: number,
  cw: CueWord,
  ss: number,
  se: number,
  used: Uint8Array,
  prevSpeaker: SpeakerRef | null | undefined,
): Cand | null {
  const { low } = ctx;
  // "… without agreeing on a ceasefire": a cue in a "without" clause says what was not said
  if (i - 1 >= ss && low[i - 1] === 'without' && low[i].endsWith('ing')) return null;
  // "duties, fees, taxes, and charges": a noun-like cue closing a list of single words is a noun
  if (i - 4 >= ss && NOUN_CUES.has(low[i]) && COORD.has(low[i - 1]) && low[i - 2] === ',' && isWord(ctx, i - 3) && !isCap(ctx, i - 3) && low[i - 4] === ',') return null;
  // "You know, …", "I mean, …": a filler before a comma attributes nothing
  if (i - 1 >= ss && fillerAt(low, i - 1)) return null;
  ss = afterDateline(ctx, ss, i);
  let cueEnd = i + 1;
  // (read in bounds only: a read past the end would deoptimize this large function)
  const next = i + 1 < low.length ? low[i + 1] : undefined;
  if (next !== undefined && cw.particles.has(next)) cueEnd++;
  else if (cw.needsParticle) return null;
  if (low[i] === 'quoted' && next === 'as' && CUES.has(low[i + 2])) cueEnd = i + 3;
  // "said goodbye", "told a joke", "claimed responsibility": a deed, not a report of words
  if (idiomObject(ctx, i, cueEnd, se)) return null;
  // "As unlikely as it may seem, …": "seem" or "appear" with no complement says nothing of what follows
  if ((cw.lemma === 'seem' || cw.lemma === 'appear') && cueEnd < se && low[cueEnd] === ',') return null;
  const cls = cw.cls;
  // ---- the speaker
  // ("X was quoted by state media as saying …": the one quoted speaks, from before "quoted";
  // the outlet only relays the words)
  const j = skipLeft(ctx, quotedByAt(ctx, i, ss) - 1, ss);
  let sp: NP | null = null;
  let antecedent: NP | null = null;
  let inverted = false;
  let speaker: SpeakerRef | null = null;
  let passive = false;
  // "Costa was asked by the chair whether …", "he was told by aides that …": the one after "by"
  // asks or tells; the content follows that one's name
  const agent = (cls === 'T' || cw.lemma === 'ask' || cw.lemma === 'urge') && cueEnd + 1 < se && low[cueEnd] === 'by' && i > ss && BE.has(low[i - 1]) ? npRight(ctx, cueEnd + 1, se) : null;
  if (agent) {
    sp = agent;
    inverted = true;
  } else if (j >= ss) {
    const aside = low[j] === '—' || low[j] === '–' ? dashAsideSubject(ctx, j, ss) : null;
    if (aside) {
      // "Costa — who worked at the harbor for years — states": the name before the aside
      sp = aside;
    } else if (low[j] === ',' && j - 1 >= ss && low[j - 1] === ')') {
      sp = npLeft(ctx, j - 1, ss);
    } else if (low[j] === ',' && j - 1 >= ss && ctx.marks.markOf[j - 1] < 0) {
      // apposition or relative clause: "Yuri Ushakov, Putin's adviser, said"
      for (let c = j - 1; c >= ss && c >= j - 25; c--) {
        if (ctx.marks.markOf[c] >= 0 || TERMINAL.has(low[c])) break;
        if (low[c] === ',') {
          const np = npLeft(ctx, c - 1, ss);
          if (np && (isCap(ctx, np.head) || PRONOUNS.has(low[np.head]))) sp = np;
          else {
            // "Carter’s press secretary, Peter Cook, told": the name inside
            const inner = npLeft(ctx, j - 1, c + 1);
            if (inner && inner.a === c + 1 && isCap(ctx, inner.head) && np && np.a - 2 >= ss && low[np.a - 1] === 'of' && !isCap(ctx, low[np.a - 2] === 'the' ? np.a - 3 : np.a - 2)) {
              // "The family of the victim, Ana Ruiz, said": the name is the victim's; the family speaks
              const outer = npLeft(ctx, np.a - 2, ss);
              sp = outer && !isCap(ctx, outer.head) && !PRONOUNS.has(low[outer.head]) ? { a: outer.a, b: np.b, head: outer.head } : inner;
            } else if (inner && inner.a === c + 1 && isCap(ctx, inner.head)) {
              sp = inner;
              // "John Smith and his wife, Emma, told": both conjuncts speak
              if (np && np.a - 2 >= ss && low[np.a - 1] === 'and') {
                const left = npLeft(ctx, np.a - 2, ss);
                if (left && isCap(ctx, left.head) && !PRONOUNS.has(low[left.head])) sp = { a: left.a, b: inner.b, head: inner.head };
              }
            } else if (np && np.a <= ss + 1) sp = np;
          }
          break;
        }
      }
    } else if (low[j] === '%' && j === i - 1 && j - 1 >= ss && ctx.doc.tokens[j - 1].kind === 'number' && (j - 1 === ss || CLAUSE_OPENERS.has(low[j - 2]) || APPROXIMATORS.has(low[j - 2]))) {
      // "42% say …": a share as the subject
      sp = { a: j - 1, b: j + 1, head: j - 1 };
    } else if (isWord(ctx, j) || low[j] === ')') {
      sp = npLeft(ctx, j, ss);
      if (sp && BE.has(low[j])) sp = null;
      // "Many said …", "most say …", "both said …": a quantifier alone opening its clause speaks
      if (!sp && j === i - 1 && quantifierSubject(ctx, j, ss)) sp = { a: j, b: j + 1, head: j };

      // "A guard who spoke on condition of anonymity said": the subject is the one the relative
      // clause (no commas) is about, not the clause's last noun
      const ante = sp ? antecedentAcross(ctx, sp.a, i, ss) : null;
      if (ante) sp = ante;
      // "…, officials from both sides said": a description with its "from/of …" after a comma
      if (sp && sp.a - 2 >= ss && OF_TAIL.has(low[sp.a - 1])) {
        const head = npLeft(ctx, sp.a - 2, ss);
        if (head && (!isCap(ctx, head.head) || (head.head === ss && ctx.mentionAt[ss] < 0)) && !PRONOUNS.has(low[head.head]) && (head.a === ss || low[head.a - 1] === ',')) sp = { a: head.a, b: sp.b, head: head.head };
      }
      // "a man in the back shouted": a place after a noun of people is no speaker; the noun is
      if (sp && sp.a - 2 >= ss && WHERE_PREPS.has(low[sp.a - 1]) && !speakingHead(ctx, sp.head)) {
        const head = npLeft(ctx, sp.a - 2, ss);
        if (head && !isCap(ctx, head.head) && (SPEAKING_HEADS.has(low[head.head]) || SPEAKER_NOUNS.has(low[head.head]))) sp = { a: head.a, b: sp.b, head: head.head };
      }
    }
  }
  // (what "seems", "appears" or "is expected" is said of its subject by no one: any subject will
  // do, "the mayor with the loud voice seemed to be losing ground")
  if (sp && (NOUN_CUES.has(low[i]) || (cls === 'B' && !saidOfSubject(ctx, i)) || cw.lemma === 'continue') && !PRONOUNS.has(low[sp.head]) && !isCap(ctx, sp.head) && !SPEAKER_NOUNS.has(low[sp.head])) return null;
  if (sp && REL.has(low[sp.head]) && sp.a - 1 > ss && low[sp.a - 1] === ',') antecedent = relativeAntecedent(ctx, sp.a, ss);
  if (sp && low[sp.head] === 'that' && !antecedent) sp = null;
  if (!sp && cls !== 'B') {
    const lj = j >= ss ? low[j] : '';
    const before = i > 0 ? low[i - 1] : ''; // a string either way: one kind of value in the tests
    if (((low[i].endsWith('ing') && before === ',') || before === 'and') && prevSpeaker !== undefined) {
      // ", adding that …": the participle shares the clause's speaker
      speaker = prevSpeaker;
    } else if (j > ss && (COORD.has(lj) || (low[i].endsWith('ing') && (lj === ',' || ING_LEAD.has(lj)))) && !isOpenMark(ctx, cueEnd) && low[cueEnd] !== ',') {
      // a second verb of the sentence's subject: "Comey called it careless but said …", "…, saying …",
      // "while insisting …" (a following quotation or comma is left to the rules below: "…, said X")
      const subj = sentenceSubject(ctx, ss, j);
      if (subj && subj.b <= j) sp = subj;
    }
    if (!sp && !speaker && (j < ss || low[j] === ',' || ctx.marks.markOf[j] >= 0 || low[j] === '—')) {
      const np = npRight(ctx, cueEnd, se);
      // ("— said it was important": "it", "they", "we" … open the words said; "said he", "said
      // she", "said one official" name the speaker)
      if (np && !(PRONOUNS.has(low[np.head]) && low[np.head] !== 'he' && low[np.head] !== 'she' && low[np.head] !== 'one')) {
        sp = np;
        inverted = true;
      }
    }
  }
  if (!sp && !speaker) {
    let q = cueEnd;
    if (low[q] === ',' || low[q] === ':') q++;
    if (isOpenMark(ctx, q)) {
      const subj = sentenceSubject(ctx, ss, i);
      if (subj) sp = subj;
    }
  }
  if (!sp && !speaker) {
    if (i - 1 >= ss && BE.has(low[i - 1]) && (low[cueEnd] === 'that' || low[cueEnd] === 'to')) passive = true;
    else return null;
  }
  // "…, one pilot said": the count word opens the speaker's phrase (the content ends before it)
  if (sp && !inverted && !agent && sp.a - 1 >= ss && sp.a - 1 < i && (low[sp.a - 1] === 'one' || low[sp.a - 1] === 'another') && !isCap(ctx, sp.head)) sp = { a: sp.a - 1, b: sp.b, head: sp.head };
  if (sp) speaker = speakerRef(ctx, sp, antecedent);
  // ---- the content
  const k = inverted && sp ? sp.b : cueEnd;
  let L = inverted ? j : sp ? sp.a - 1 : i - 1;
  // '"…," striker Luis Ortega said': a role in lower case before the name, right after the quotation
  if (!inverted && sp && isCap(ctx, sp.head)) L = roleBefore(ctx, L, ss);
  const cue: [number, number] = [i, cueEnd];
  // "“…her?” Rubio said.": the splitter ended a sentence at the question's closing mark
  const askedBefore = L === ss - 1 && L > 0 && isCloseMark(ctx, L) && (low[L - 1] === '?' || low[L - 1] === '!') && ctx.doc.sentences[ctx.sentOf[L]]?.paragraph === ctx.doc.sentences[ctx.sentOf[ss]]?.paragraph;
  const leftBoundary = askedBefore || (L >= ss && L > ss && (low[L] === ',' || isCloseMark(ctx, L) || low[L] === '—' || low[L] === '–'));
  let beforeAddressee: NP | null = null;
  if (cls === 'T') beforeAddressee = npRight(ctx, k, se);
  // "…, the mayor told her.": a pronoun told, the sentence ending after it
  if (cls === 'T' && !beforeAddressee && OBJECT_PRONOUNS.has(low[k]) && k + 1 < low.length && TERMINAL.has(low[k + 1])) beforeAddressee = { a: k, b: k + 1, head: k };
  // '“…,” the nominee told “Fox and Friends.”': a show's title quoted as the one told
  const toldTitle = cls === 'T' && !beforeAddressee && isOpenMark(ctx, k) ? quotedTitleEnd(ctx, k, true) : -1;
  const tail = tailEnds(ctx, beforeAddressee ? beforeAddressee.b : toldTitle >= 0 ? toldTitle : k, se);
  const closeL = isCloseMark(ctx, L) ? L : isCloseMark(ctx, L - 1) ? L - 1 : -1;
  let afterTail = tail;
  if (afterTail >= 0 && (low[afterTail] === ',' || low[afterTail] === ':')) afterTail++;
  const quoteFollows = tail >= 0 && isOpenMark(ctx, afterTail);
  // "“…,” X said …": a quotation closed by a comma right before the attribution is its content,
  // whatever circumstance follows the cue
  const commaQuote = closeL >= 0 && (low[closeL - 1] === ',' || low[closeL - 1] === '?' || low[closeL - 1] === '!' || low[closeL + 1] === ',');
  let beforeOk = cls !== 'B' && !agent && (leftBoundary || inverted) && (tail >= 0 || commaQuote) && low[k] !== ':' && (toldTitle >= 0 || !isOpenMark(ctx, k));
  // "On the network's “Sunday Panel,” the senator said …": a quotation named after a preposition or a
  // possessive inside the sentence is a title in the attribution's setting, not the words said
  if (beforeOk && closeL >= 0 && titleLead(ctx, ctx.marks.regions[ctx.marks.markOf[closeL]].open, ss)) beforeOk = false;
  // a quotation an attribution before it already took ("someone shouted, “Cruz,” Beck joked, “…”"):
  // the content is the one after the cue
  if (beforeOk && closeL >= 0 && used[ctx.marks.markOf[closeL]]) beforeOk = false;
  if (beforeOk && closeL < 0) {
    // plain text before the attribution: a clause of its own, and no quotation waiting after the cue
    let words = 0;
    const clause = clauseStart(ctx, ss, L);
    let subjectWords = 0;
    for (let x = clause; x < L; x++) {
      if (!isWord(ctx, x)) continue;
      words++;
      if (!CONNECTIVES.has(low[x]) && !(low[x].endsWith('ly') && !isCap(ctx, x))) subjectWords++;
    }
    // ("The port, officials said, will reopen …": a short subject set off by commas, the clause
    // going on after the attribution; not a linking word alone: "Meanwhile, officials said, …")
    const setOff = subjectWords >= 1 && words < 3 && low[L] === ',' && tail >= 0 && low[tail] === ',';
    if ((quoteFollows && !setOff) || (words < (clause > ss ? 2 : 3) && !setOff) || !(TERMINAL.has(low[tail]) || tail >= se || low[tail] === ';' || low[tail] === ',')) beforeOk = false;
  }
  if (beforeOk) return contentBefore(ctx, i, ss, se, used, speaker, cue, inverted, L, k, tail, closeL, beforeAddressee);
  return contentAfter(ctx, i, k, se, cls, used, speaker, cue, passive);
}

/** Whether "on (the) condition of/that anonymity" opens at k (the terms a source spoke on). */
function anonymityAt(low: readonly string[], k: number): boolean {
  if (low[k] !== 'on') return false;
  const c = low[k + 1] === 'the' ? k + 2 : k + 1;
  return low[c] === 'condition' && (low[c + 1] === 'of' || low[c + 1] === 'that') && (low[c + 2] === 'anonymity' || low[c + 3] === 'anonymity' || low[c + 4] === 'anonymity');
}

/** Whether the words from `k` describe the speaker just named ("an adviser to …", "the harbour master", "spokesman for …"). */
function describesSpeaker(ctx: Ctx, k: number): boolean {
  const w = ctx.low[k];
  return w === 'a' || w === 'an' || w === 'the' || TITLES.has(w) || SPEAKER_NOUNS.has(w) || ANONYMOUS_HEADS.has(w);
}

/** The content before the cue: "“…,” he said." / "…, officials said." (`L`: the token before the attribution, `k`: the one after the cue or the inverted speaker). */
/**
 * The token before a role of one or two lower-case words ("striker", "head nurse") that stands
 * between a closing quotation mark (after a comma, "?" or "!") and the name at L + 1; L when
 * there is none.
 */
function roleBefore(ctx: Ctx, L: number, ss: number): number {
  const { low } = ctx;
  for (let x = L; x > L - 3 && x > ss; x--) {
    // (a role may open with a determiner: "…?” her top aide Dana Holt wrote"; two words at most
    // without one)
    const det = x < L && DETERMINERS.has(low[x]);
    if (!det && (x === L - 2 || !isWord(ctx, x) || isCap(ctx, x) || STOP_NP.has(low[x]) || CUES.has(low[x]) || DETERMINERS.has(low[x]) || COORD.has(low[x]))) return L;
    const c = x - 1;
    if (isCloseMark(ctx, c) && (low[c - 1] === ',' || low[c - 1] === '?' || low[c - 1] === '!')) return c;
    // "…, journalist Mara Reddick said": a role noun after the comma that ends the content (not
    // after a fronted phrase: "Before leaving the race, chief rival Dana Holt replied")
    if (c > ss && low[c] === ',' && !det && !OPENING.has(low[ss]) && roleNounIn(ctx, x, L + 1)) return c;
    if (det) return L;
  }
  return L;
}

/** Whether tokens [a, b) hold a noun of a role or office ("journalist", "campaign manager"). */
function roleNounIn(ctx: Ctx, a: number, b: number): boolean {
  for (let x = a; x < b; x++) if (SPEAKING_HEADS.has(ctx.low[x]) || SPEAKER_NOUNS.has(ctx.low[x]) || TITLES.has(ctx.low[x])) return true;
  return false;
}

/** The "quoted" of "quoted by <outlet> as" right before the cue at i (eight words for the outlet at most), else i. */
function quotedByAt(ctx: Ctx, i: number, ss: number): number {
  const { low } = ctx;
  if (i - 4 < ss || low[i - 1] !== 'as') return i;
  for (let k = i - 3; k >= ss + 1 && k >= i - 11; k--) {
    if (low[k] === 'by' && low[k - 1] === 'quoted') return k - 1;
    if (!isWord(ctx, k) && low[k] !== "'s" && low[k] !== '’s' && low[k] !== '-') return i;
  }
  return i;
}

function contentBefore(
  ctx: Ctx,
  i: number,
  ss: number,
  se: number,
  used: Uint8Array,
  speaker: SpeakerRef | null,
  cue: [number, number],
  inverted: boolean,
  L: number,
  k: number,
  tail: number,
  closeL: number,
  beforeAddressee: NP | null,
): Cand | null {
  const { low } = ctx;
  // ---- content before: "“…,” he said." / "…, officials said."
  let ca: number;
  let cb: number;
  const closeAt = closeL;
  if (closeAt >= 0) {
    const r = ctx.marks.markOf[closeAt];
    [ca, cb] = regionRange(ctx, r);
    used[r] = 1;
  } else {
    if (L <= ss) return null;
    // "Police said two men were arrested; a third, they said, escaped.": the clause after the
    // semicolon is the one attributed
    ca = clauseStart(ctx, ss, L);
    if (ca >= L) return null;
    cb = L;
    // a quotation that opened before the sentence (the splitter cut inside it)
    for (let x = ss; x < L; x++) {
      const r = ctx.marks.inQ[x];
      if (r >= 0) {
        const reg = ctx.marks.regions[r];
        if (reg.open < ca) ca = reg.open;
        break;
      }
    }
  }
  const frags: Array<[number, number]> = [[ca, cb]];
  if (closeAt < 0 && tail >= 0 && low[tail] === ',' && tail + 1 < se) {
    // "…, the Times said, including …": the sentence goes on with the same content
    const nx = low[tail + 1];
    const c1 = CUES.get(nx);
    const words = wordsIn(ctx, tail + 1, se);
    // (a quotation after the attribution goes on a short subject before it: "The plan, he said,
    // “is dead on arrival.”")
    let before = 0;
    for (let x = ca; x < cb; x++) if (isWord(ctx, x)) before++;
    const quoteGoesOn = !isOpenMark(ctx, tail + 1) || before < 3;
    // (but "…, said John Smith, an adviser to the president." describes the speaker: no content)
    // (nor "…, one pilot said, on condition of anonymity …", "…, speaking on condition of anonymity")
    const terms = anonymityAt(low, tail + 1) || anonymityAt(low, tail + 2);
    // (nor "…, officials said, although they said …": a clause with an attribution of its own)
    // (a subject of its own after the linking word: "…, she said, and advises …" goes on)
    const subj = tail + 2 < se && (PRONOUNS.has(low[tail + 2]) || isCap(ctx, tail + 2) || DETERMINERS.has(low[tail + 2]));
    const ownClause = (CLAUSE_JOIN.has(nx) || nx === 'although' || nx === 'though') && subj && speechAhead(ctx, tail + 1, se);
    if (words >= 2 && !(c1 && c1.cls !== 'B') && nx !== 'according' && quoteGoesOn && !terms && !ownClause && !(inverted && describesSpeaker(ctx, tail + 1))) {
      frags.push([tail + 1, se]);
      cb = se;
      return cand(ca, cb, speaker, 'cue-middle', 0.7, cue, frags);
    }
  }
  // split quote: "“A,” he said, “B.”"
  let m = tail >= 0 ? tail : se;
  if (m < ctx.doc.tokens.length && (low[m] === ',' || low[m] === '.' || low[m] === ':' || low[m] === ';')) m++;
  const samePara = m < ctx.doc.tokens.length && ctx.doc.sentences[ctx.sentOf[m]]?.paragraph === ctx.doc.sentences[ctx.sentOf[i]]?.paragraph;
  // (after a full stop the next quotation may be someone else's: followingQuote checks)
  // ("…,” Smith said before adding: “…”: a second cue and a colon open a second attribution)
  // ("…,” she said, adding, “…”: the next quotation is the complement of a cue of its own)
  const secondCue = (to: number): boolean => {
    if (introducedByCue(ctx, to, closeAt + 1, i)) return true;
    if (low[to - 1] !== ':') return false;
    for (let x = closeAt + 1; x < to; x++) if (x !== i && CUES.has(low[x]) && ctx.marks.inQ[x] < 0) return true;
    return false;
  };
  // "“A,” he said on “Meet the Press.” “B.”": a title named in the attribution is no piece of the quote
  const titleAt = closeAt >= 0 && m < ctx.doc.tokens.length && isOpenMark(ctx, m) && titleLead(ctx, m, ss) ? ctx.marks.markOf[m] : -1;
  if (closeAt >= 0 && titleAt < 0 && samePara && low[m - 1] !== '.' && isOpenMark(ctx, m) && !used[ctx.marks.markOf[m]] && !secondCue(m)) {
    const r2 = ctx.marks.markOf[m];
    const [a2, b2] = regionRange(ctx, r2);
    frags.push([a2, b2]);
    used[r2] = 1;
    cb = b2;
  } else if (closeAt >= 0) {
    // "“A,” he said.¶¶“B.”": the next quotation continues the same speaker's words
    const r2 = followingQuote(ctx, titleAt >= 0 ? regionRange(ctx, titleAt)[1] - 1 : tail >= 0 ? tail : k, used);
    if (r2 >= 0 && !secondCue(ctx.marks.regions[r2].open)) {
      const [a2, b2] = regionRange(ctx, r2);
      frags.push([a2, b2]);
      used[r2] = 1;
      cb = b2;
    }
  }
  return cand(ca, cb, speaker, inverted ? 'cue-before-inverted' : 'cue-before', closeAt >= 0 ? 0.9 : 0.75, cue, frags.length > 1 ? frags : undefined, beforeAddressee ? addresseeOnly(ctx, withOutletKind(ctx, beforeAddressee, se)) : undefined);
}

/**
 * Objects that make a verb of saying no report of words: "said goodbye (to)", "told a joke / a
 * lie", "claimed responsibility / credit / victory / control (of)", "claimed the lives of" (by the
 * verb's forms); also "said yes to" (see idiomObject). ("told the story of how …" reports what was said: PolNeAR counts it, and so do we.)
 */
const IDIOM_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, ReadonlySet<string>>();
  const add = (forms: string, objects: string) => {
    const set = new Set(objects.split(' '));
    for (const f of forms.split(' ')) m.set(f, set);
  };
  add('say says said saying', 'goodbye goodbyes farewell farewells hello grace prayer prayers');
  add('tell tells told telling', 'joke jokes lie lies anecdote anecdotes');
  add('claim claims claimed claiming', 'responsibility credit victory control lives ownership title seat');
  // "found himself embroiled", "found a way to": no finding
  add('find finds found finding', 'himself herself themselves itself myself ourselves yourself way ways');
  return m;
})();

const CALL_PARTICLES = new Set(['in', 'off', 'back', 'up']);

/** Whether the words from token k are an object that makes the cue at i a deed, not a report ("said goodbye", "claimed responsibility"). */
export function idiomObject(ctx: Ctx, i: number, k: number, se: number): boolean {
  const { low } = ctx;
  // "called in to a show", "called into a program" (not "called into question"), "called off the
  // talks", "called back", "called up reservists": a telephone call or another sense of "call"
  if (CALL_FORMS.has(low[i]) && k === i + 1 && k < se && (CALL_PARTICLES.has(low[k]) || (low[k] === 'into' && low[k + 1] !== 'question' && low[k + 1] !== 'doubt'))) return true;
  const objects = IDIOM_OBJECTS.get(low[i]);
  if (!objects) return false;
  if (k >= se || !isWord(ctx, k)) return false;
  if (objects.has(low[k])) return true;
  // "say yes to": to go along with something, not words reported ("said no to the war" is a
  // stance PolNeAR counts, and stays)
  if (low[k] === 'yes' && low[k + 1] === 'to' && (low[i] === 'say' || low[i] === 'says' || low[i] === 'said' || low[i] === 'saying')) return true;
  // a determiner, then at most two modifiers before the object ("a very bad joke", "his
  // goodbyes", "the lives of"); not an addressee ("told reporters the joke was old")
  if (!DETERMINERS.has(low[k]) || low[k] === 'that') return false;
  for (let x = k + 1; x < se && x < k + 4; x++) {
    if (!isWord(ctx, x) || isCap(ctx, x) || low[x] === 'that' || DETERMINERS.has(low[x])) return false;
    if (objects.has(low[x])) return true;
  }
  return false;
}

/** The content after the cue: "X said (that) …", "X told reporters …", "X said: “…”". */
function contentAfter(ctx: Ctx, i: number, k: number, se: number, cls: CueWord['cls'], used: Uint8Array, speaker: SpeakerRef | null, cue: [number, number], passive: boolean): Cand | null {
  const { low } = ctx;
  let m = k;
  let addressee: NP | undefined;
  if (cls === 'T' && isOpenMark(ctx, m)) {
    // 'told “Fox and Friends” that …': a show's title quoted as the one told
    const t = quotedTitleEnd(ctx, m, true);
    if (t > 0 && t < se && !TERMINAL.has(low[t])) m = t;
  } else if (cls === 'T') {
    const ad = npRight(ctx, m, se);
    if (ad) {
      // "told reporters the Kremlin was satisfied": a determiner after the addressee's first
      // word opens the reported clause (the "that" left out)
      for (let x = ad.a + (DETERMINERS.has(low[ad.a]) ? 2 : 1); x < ad.b; x++) {
        if (NOUN_DETERMINERS.has(low[x]) && !PREPOSITIONS.has(low[x - 1])) {
          // a phrase of its own (the one found is not written to: see `copyCand` in time/common/build)
          addressee = { a: ad.a, b: x, head: x - 1 };
          break;
        }
      }
      addressee ??= ad;
      m = addressee.b;
      // (the content still starts after the time or place: only the record is trimmed)
      addressee = addresseeOnly(ctx, withOutletKind(ctx, addressee, se));
    }
  }
  m = skipSetting(ctx, m, se);
  m = skipPlaceBeforeComma(ctx, m, se, i);
  if (m >= ctx.doc.tokens.length) return null; // (before reading low[m]: no read past its end)
  if (low[m] === ',' && m + 1 < se) m++;
  if (low[m] === ':') m++;
  if (m >= ctx.doc.tokens.length) return null;
  if (isOpenMark(ctx, m)) {
    const r = ctx.marks.markOf[m];
    const [ra, rb] = regionRange(ctx, r);
    used[r] = 1;
    // the quotation and whatever unquoted text follows it to the sentence end
    let cb = rb;
    const se2 = sentEnd(ctx, Math.max(rb - 1, m));
    // (not past a quotation closed by its own comma before "and" and another verb: "“I am not
    // going anywhere,” and then left the building";
    // nor past one closed by its own comma before a fresh attribution with a quotation of its
    // own: "someone shouted, “Cruz,” Beck joked, “Amen!”")
    const ownComma = low[rb - 2] === ',' && isCloseMark(ctx, rb - 1);
    const closedByComma = ownComma && ((CLAUSE_JOIN.has(low[rb]) && low[rb + 1] !== 'that') || attributionAhead(ctx, rb, se2));
    if (rb < se2 && !TERMINAL.has(low[rb]) && low[rb] !== ',' && !closedByComma) cb = contentEnd(ctx, rb, se2);
    if (cb === rb) {
      // "X said: “A.”¶¶“B.”"
      const r2 = followingQuote(ctx, rb - 1, used);
      if (r2 >= 0) {
        const [a2, b2] = regionRange(ctx, r2);
        used[r2] = 1;
        return cand(ra, b2, speaker, 'cue-quote', 0.9, cue, [[ra, rb], [a2, b2]], addressee);
      }
    }
    return cand(ra, cb, speaker, passive ? 'cue-passive' : 'cue-quote', passive ? 0.5 : 0.9, cue, undefined, addressee);
  }
  if (m >= se || TERMINAL.has(low[m]) || anonymityAt(low, m)) return null;
  const e = contentEnd(ctx, m, se, i);
  if (wordsIn(ctx, m, e) < (cls === 'B' ? 2 : 1)) return null;
  for (let x = m; x < e; x++) if (ctx.marks.markOf[x] >= 0) used[ctx.marks.markOf[x]] = 1;
  return cand(m, e, speaker, passive ? 'cue-passive' : cls === 'B' ? 'cue-belief' : 'cue-after', passive ? 0.5 : cls === 'B' ? 0.6 : 0.8, cue, undefined, addressee);
}

/**
 * The setting between a verb of saying and "that" is the attribution's ("said on March 3 that …",
 * "said in a statement late on Wednesday that …", "said in a message read out at the Vatican
 * that …"): a content that opens with it starts at the "that" (as PolNeAR marks it). Run on the
 * final contents, so the tagger's features do not change.
 */
export function dropLeadingSetting(ctx: Ctx, cands: Cand[]): void {
  for (const c of cands) {
    if (!c.cue || c.frags || c.a < c.cue[1] || c.a - c.cue[1] > 6 || ctx.marks.inQ[c.a] >= 0 || ctx.marks.markOf[c.a] >= 0) continue;
    const x = settingBeforeThat(ctx, c.a, Math.min(c.b, sentEnd(ctx, c.a)), true);
    if (x > c.a && c.b - x > 2) c.a = x;
  }
}
