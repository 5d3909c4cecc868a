/**
 * What a readout of a call or meeting says was stressed, with no one named as stressing it: "The
 * importance of closer ties between the ministries was emphasized.", "Emphasis was placed on
 * the need for regular contact." In the account of a talk between two, such an agentless passive
 * tells what the two said together: its subject (or what emphasis went to) is the content, and the
 * call's two parties are its speaker. Only where the title says it is such an account and its
 * first sentence naming people names exactly two (see `callPair`); a passive with "by" names its
 * own source, and the rules before this one read it.
 */
import { cand, inTextOrder, TALK_NOUNS, TALK_VERBS, trimRange, type Cand } from '../build.js';
import { afterDateline, isWord, type Ctx } from '../context.js';
import { callPair } from './pronouns.js';

/** Past participles of stressing or noting something in words. */
const STRESSED = new Set(['emphasized', 'emphasised', 'stressed', 'noted', 'underlined', 'underscored', 'highlighted', 'reiterated', 'reaffirmed', 'welcomed', 'confirmed', 'acknowledged', 'recognized', 'recognised', 'discussed']);
/** Subjects of a passive whose content follows it ("Hope was expressed that …", "It was agreed that …"): "it" or a noun of a stance. */
const STANCE_SUBJECTS = new Set(['it', 'hope', 'hopes', 'concern', 'concerns', 'satisfaction', 'confidence', 'regret', 'support', 'gratitude', 'appreciation', 'readiness', 'willingness']);
/** Participles of such a passive. */
const EXPRESSED = new Set(['expressed', 'voiced', 'agreed', 'confirmed', 'noted', 'stressed', 'emphasized', 'emphasised', 'underlined', 'underscored', 'reaffirmed', 'reiterated']);
/** Words that open the content after such a passive. */
const CONTENT_OPENERS = new Set(['that', 'over', 'about', 'with', 'at', 'for', 'to']);
/** Nouns of emphasis that a passive of giving or placing directs at its object ("Emphasis was placed on …"). */
const EMPHASIS = new Set(['emphasis', 'attention', 'priority']);
const GIVEN = new Set(['given', 'placed', 'paid', 'put']);
/** Adverbs between the auxiliary and the participle ("was also emphasized", "was separately noted"). */
const ADVERBS = new Set(['also', 'separately', 'again', 'once', 'particularly', 'especially', 'specially', 'further', 'repeatedly', 'jointly', 'mutually', 'strongly']);
const WAS = new Set(['was', 'were']);
/** Words that open a sentence as a connective, not as its subject ("In this context, …"). */
const LEADS = new Set(['in', 'at', 'during', 'also', 'moreover', 'furthermore', 'additionally', 'besides', 'meanwhile']);
/** Talks a lead phrase names without its comma ("During the talks …", "In the conversation …"). */
const LEAD_TALKS = new Set(['talks', 'call', 'conversation', 'meeting', 'negotiations', 'discussion', 'discussions', 'consultations']);

export function agentlessPassives(ctx: Ctx, cands: Cand[]): Cand[] {
  const { doc, low } = ctx;
  let pair: string | undefined | null = null;
  let out = cands;
  for (const s of doc.sentences) {
    let e = s.tokenEnd;
    while (e > s.tokenStart && !isWord(ctx, e - 1)) e--;
    const k = e - 1;
    if (k - s.tokenStart < 4) continue;
    let content: [number, number] | undefined;
    let cue: [number, number] | undefined;
    if (STRESSED.has(low[k])) {
      // "… was (also) emphasized." at the sentence's end: its subject is what was stressed
      let be = k - 1;
      while (be > s.tokenStart && ADVERBS.has(low[be])) be--;
      if (!WAS.has(low[be])) continue;
      let a = afterDateline(ctx, s.tokenStart, be);
      // (past a connective phrase and its comma: "In this context, the need for … was stressed.")
      if (LEADS.has(low[a])) {
        let c = a;
        while (c < be && low[c] !== ',') c++;
        if (c < be - 1) a = c + 1;
        // (or with no comma, a talk named: "During the talks the support of … was reiterated.")
        else if ((low[a + 1] === 'the' || low[a + 1] === 'this') && LEAD_TALKS.has(low[a + 2]) && a + 3 < be - 1) a += 3;
      }
      content = trimRange(ctx, a, be);
      cue = [be, k + 1];
    } else {
      // (each reading worked out once: the talk's topic, else a passive of a stance)
      const topic = talkTopic(ctx, s.tokenStart, e);
      const subj = topic > 0 ? -1 : afterDateline(ctx, s.tokenStart, e);
      const opener = subj >= 0 && STANCE_SUBJECTS.has(low[subj]) ? passiveBefore(ctx, subj + 1, e) : -1;
      if (topic > 0) {
        // "In addition, the conversation addressed …", "The sides exchanged opinions on …": the
        // cue is the sentence's subject and verb
        content = trimRange(ctx, topic, e);
        cue = [talkLead(ctx, s.tokenStart, e), topic];
      } else if (opener > 0) {
        // "Hope was expressed that …", "It was agreed that …", "Concern was voiced over …"
        const from = low[opener] === 'that' ? opener : opener + 1;
        content = trimRange(ctx, from, e);
        cue = [subj, from];
      } else {
        // "Emphasis was placed on …", "Attention was given to …"
        const w = s.tokenStart + (low[s.tokenStart] === 'special' || low[s.tokenStart] === 'particular' ? 1 : 0);
        if (!EMPHASIS.has(low[w]) || !WAS.has(low[w + 1]) || !GIVEN.has(low[w + 2]) || !(low[w + 3] === 'to' || low[w + 3] === 'on')) continue;
        content = trimRange(ctx, w + 4, e);
        cue = [w, w + 4];
      }
    }
    const [a, b] = content;
    if (b - a < 3) continue;
    if (out.some((c) => c.a < b && c.b > a)) continue;
    if (pair === null) pair = callPair(ctx);
    if (!pair) return out;
    if (out === cands) out = cands.slice();
    // two such passives joined by ", and" ("The importance of A was noted, and the need for B was
    // also emphasized."): two contents, each with its own participle
    const parts: Array<[number, number, [number, number]]> = [];
    let from = a;
    for (let x = a + 2; x < b - 2; x++) {
      if (!STRESSED.has(low[x]) || low[x + 1] !== ',' || low[x + 2] !== 'and') continue;
      let be = x - 1;
      while (be > from && ADVERBS.has(low[be])) be--;
      if (!WAS.has(low[be]) || be - from < 3) continue;
      parts.push([from, be, [be, x + 1]]);
      from = x + 3;
    }
    parts.push([from, b, cue]);
    for (const [x, y, c] of parts) {
      const [pa, pb] = trimRange(ctx, x, y);
      if (pb - pa >= 3) out.push(cand(pa, pb, { name: pair, entity: undefined, start: undefined, end: undefined, anonymous: undefined }, 'agentless-passive', 0.6, c));
    }
  }
  return out === cands ? cands : out.sort(inTextOrder);
}

/** After "It" or a stance noun at `k`: "was (also) expressed that|over|…" — the index of the content's opener, else -1. */
function passiveBefore(ctx: Ctx, k: number, e: number): number {
  const { low } = ctx;
  if (!WAS.has(low[k])) return -1;
  let p = k + 1;
  while (p < e && ADVERBS.has(low[p])) p++;
  if (!EXPRESSED.has(low[p]) || p + 2 >= e || !CONTENT_OPENERS.has(low[p + 1])) return -1;
  // ("It was noted that" with "it" the subject: only "that" opens its content)
  if (low[k - 1] === 'it' && low[p + 1] !== 'that') return -1;
  return p + 1;
}

/** Words after a talk's verb that belong to the cue ("focused on", "exchanged views on"). */
const TALK_PARTICLES = new Set(['on', 'upon', 'with', 'views', 'opinions', 'assessments']);

/** Where a sentence's subject starts after a short lead and its comma ("In addition, …", "Also, …", "During the call, …"). */
function talkLead(ctx: Ctx, a: number, e: number): number {
  for (let x = a; x < Math.min(e, a + 5); x++) if (ctx.low[x] === ',') return x + 1;
  return a;
}

/**
 * A sentence whose subject is the talk itself or its two sides ("In addition, the conversation
 * addressed X.", "The parties exchanged views on X.", "The sides had a long discussion of X.",
 * "The main topic of the call was X."): where its topic starts, else -1. The subject opens
 * the sentence, after at most a connective and its comma.
 */
function talkTopic(ctx: Ctx, a: number, e: number): number {
  const { low } = ctx;
  let k = talkLead(ctx, a, e);
  if (low[k] === 'the') k++;
  // "The main topic of the call was …": what follows the copula
  if ((low[k] === 'key' || low[k] === 'main') && (low[k + 1] === 'topic' || low[k + 1] === 'topics') && low[k + 2] === 'of') {
    let x = k + 3;
    if (low[x] === 'the') x++;
    return TALK_NOUNS.has(low[x]) && (low[x + 1] === 'was' || low[x + 1] === 'were' || low[x + 1] === 'is') && x + 2 < e - 1 ? x + 2 : -1;
  }
  if (!TALK_NOUNS.has(low[k])) return -1;
  let v = k + 1;
  if (low[v] === 'also') v++;
  // "The sides had a long discussion of …": the discussion's object
  if (low[v] === 'had' || low[v] === 'held') {
    let x = v + 1;
    if (low[x] === 'a' || low[x] === 'an') x++;
    while (x < e && x < v + 4 && low[x] !== 'discussion' && low[x] !== 'discussions' && isWord(ctx, x)) x++;
    return (low[x] === 'discussion' || low[x] === 'discussions') && (low[x + 1] === 'of' || low[x + 1] === 'on' || low[x + 1] === 'about') && x + 2 < e - 1 ? x + 2 : -1;
  }
  if (!TALK_VERBS.has(low[v])) return -1;
  let x = v + 1;
  while (x < e && x < v + 3 && TALK_PARTICLES.has(low[x])) x++;
  // (exchanged views … on: the views' own preposition)
  if (low[v] === 'exchanged' && (low[x] === 'on' || low[x] === 'about' || low[x] === 'regarding')) x++;
  return x < e - 1 && (low[v] !== 'focused' || low[v + 1] === 'on') ? x : -1;
}
