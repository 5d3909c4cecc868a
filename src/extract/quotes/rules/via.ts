/**
 * Relayed words: "Ushakov said Putin told Trump that …" is Ushakov's statement (the speaker)
 * of what Putin said (`via`). The content opens with a speaker of its own and a verb of saying:
 * a name or a pronoun ("Putin told", "Hamas had signaled to mediators"), a person or body by
 * role ("the governor had told her", "regulators had warned her"), with an apposition ("General
 * Harold Voss, the base commander, had told"; "his captain, Daniel Weiss, had told": the name).
 */
import { isTurn, type Cand } from '../build.js';
import { isCap, type Ctx } from '../context.js';
import { CUES, PRONOUNS } from '../lexicon.js';
import { FIRST_PERSON } from './labels.js';
import { npRight, skipLeft, speakerRef, type NP } from '../speaker.js';

/** Verbs that relay a message without being verbs of saying in the lexicon ("Hamas had signaled to mediators that"). */
const RELAY_VERBS = new Set(['signaled', 'signalled', 'signals', 'indicated', 'indicates', 'assured', 'informed', 'conveyed', 'relayed', 'promised']);

/** Where an apposition after the phrase ending at k closes (", the base commander,"), with its phrase; null when there is none. */
function apposition(ctx: Ctx, k: number, hi: number): { np: NP; end: number } | null {
  const { low } = ctx;
  if (low[k] !== ',') return null;
  for (let x = k + 2; x < hi && x - k <= 8; x++) {
    if (low[x] === ',') {
      const np = npRight(ctx, k + 1, x);
      return np && np.b === x ? { np, end: x + 1 } : null;
    }
    if (ctx.marks.markOf[x] >= 0 || CUES.has(low[x])) return null;
  }
  return null;
}

/** words after the one called that end a telephone call's clause ("called Putin twice", "… on Friday", "… by phone") */
const AFTER_CALL = new Set(['and', 'to', 'by', 'on', 'twice', 'again', 'today', 'yesterday', 'tonight', 'last', 'this', 'earlier', 'later', 'late', 'early', 'from', 'at', 'in', 'after', 'before', 'about', 'back']);

/** Whether the words from k (the one called, a pronoun or capitalised words) to `hi` say no more than a call: nothing, a mark, or a word of `AFTER_CALL` after the person. */
function callOnly(ctx: Ctx, k: number, hi: number): boolean {
  const { low } = ctx;
  const x = calledEnd(ctx, k, hi, PRONOUNS);
  return x > k && (x >= hi || ctx.marks.markOf[x] >= 0 || AFTER_CALL.has(low[x]) || !/^[a-z]/.test(low[x]));
}

/** Where the one called after "called" at token k ends (before `hi`): after a pronoun of `pronouns`, or after capitalised words and the words of an office; k when there is none. */
export function calledEnd(ctx: Ctx, k: number, hi: number, pronouns: ReadonlySet<string>): number {
  const { low } = ctx;
  if (k < hi && pronouns.has(low[k])) return k + 1;
  let x = k;
  while (x < hi && (isCap(ctx, x) || low[x] === 'president' || low[x] === 'prime' || low[x] === 'minister')) x++;
  return x;
}

/** Forms of "be" before a participle that make it passive. */
export const PASSIVE_BE = new Set(['be', 'been', 'being', 'is', 'was', 'were', 'are']);

export function viaRule(ctx: Ctx, cands: Cand[]): void {
  const { low } = ctx;
  for (const c of cands) {
    // (a transcript's turn is its speaker's own paragraph: what it relays is found inside it)
    if (!c.speaker || c.b - c.a < 4 || isTurn(c)) continue;
    let a = c.a;
    if (low[a] === 'that') a++;
    if (ctx.marks.inQ[a] >= 0 || ctx.marks.markOf[a] >= 0) continue;
    const np = npRight(ctx, a, Math.min(c.b, a + 8));
    if (!np || np.b >= c.b) continue;
    if (low[np.head] === 'it' || low[np.head] === 'which' || low[np.head] === 'who' || low[np.head] === 'this') continue;
    // ("We emphasised …", "Like I said, …" opening a speaker's own words: the speaker, no one relayed)
    if (FIRST_PERSON.has(low[np.head])) continue;
    const named = isCap(ctx, np.head) || PRONOUNS.has(low[np.head]);
    let source = np;
    let k = np.b;
    const app = apposition(ctx, k, c.b);
    if (app) {
      // the name of "his captain, Daniel Weiss," (a role after a name describes it)
      if (!named && isCap(ctx, app.np.head)) source = app.np;
      k = app.end;
    }
    let aux = false;
    while (k < c.b && k - np.b < 12 && skipLeft(ctx, k, k) < k) {
      if (low[k] === 'had' || low[k] === 'has' || low[k] === 'have') aux = true;
      k++;
    }
    const w = low[k];
    const cw = CUES.get(w);
    // "had called for …" and "had called Putin a killer" relay words; "had called Vladimir Putin"
    // (the clause ends, or a time or "by phone" follows) is a telephone call
    const phoned = (w === 'called' || w === 'calls') && low[k + 1] !== 'for' && low[k + 1] !== 'on' && callOnly(ctx, k + 1, c.b);
    const saying = ((cw && cw.cls !== 'B' && /(?:ed|told|said|wrote|says|tells|writes)$/.test(w)) || RELAY_VERBS.has(w)) && !phoned;
    // ("a summit has been called", "the plan was described"): a passive, the subject no speaker
    if (!saying || PASSIVE_BE.has(low[k - 1])) continue;
    // a source by role only before "had told" or a verb of telling ("the governor had told her",
    // "regulators had warned her"), not any phrase before "said"
    if (!named && !isCap(ctx, source.head) && !aux && cw?.cls !== 'T') continue;
    const via = speakerRef(ctx, source);
    if (via.name === c.speaker.name) continue;
    c.via = via;
  }
}

/** Verbs of a report named after the clause it reports ("…, the Times reported."). */
const TRAILING_REPORT = new Set(['said', 'says', 'reported', 'reports', 'found', 'finds', 'wrote', 'writes', 'noted', 'notes', 'told', 'according', 'show', 'shows', 'showed', 'indicate', 'indicates', 'announced', 'recalled', 'confirmed', 'concluded']);
/** Adverbs between a trailing report's source and its verb ("… first reported", "… later said"). */
const REPORT_ADVERBS = new Set(['first', 'later', 'also', 'earlier', 'previously', 'initially', 'then', 'again', 'recently']);
/** Most words between a trailing report's verb and its sentence's end ("… said late on Friday in a note."). */
const TRAILING_TAIL = 8;

/**
 * A report told inside another one that names its source after it: "Carter discussed how …, the
 * Times reported." is the Times' report of what Carter said: the one named after the comma is the
 * speaker, the content's own speaker is relayed (`via`), as "the Times reported that Carter
 * discussed …" would be. The content's cue stands before it; the trailing report is a subject
 * and a verb of reporting (or "according to" a source) closing the sentence, and no content has
 * that verb for its own cue.
 */
export function trailingReport(ctx: Ctx, cands: Cand[]): void {
  const { low, marks, doc } = ctx;
  for (const c of cands) {
    if (!c.speaker || !c.cue || c.via || isTurn(c) || c.frags || c.cue[1] > c.a || marks.inQ[c.a] >= 0) continue;
    // the comma that ends the report, before or after a closing mark, in the content or after
    // it ("…, officials said", "…,” Johnson said"): k is the last of those marks
    let comma = false;
    for (let j = c.b - 1; j > c.a && (low[j] === ',' || marks.markOf[j] >= 0); j--) if (low[j] === ',') comma = true;
    let k = c.b - 1;
    while (k + 1 < low.length && (low[k + 1] === ',' || marks.markOf[k + 1] >= 0) && k + 1 - c.b < 2) {
      k++;
      if (low[k] === ',') comma = true;
    }
    if (!comma) continue;
    const s = ctx.sentOf[c.a];
    if (ctx.sentOf[k] !== s) continue;
    const se = doc.sentences[s].tokenEnd;
    // the report's verb: after its subject ("…, sources said") or before it ("…, said Ana Ruiz"),
    // or "according to"
    let v = -1;
    for (let x = k + 1; x < se && x - k <= 8; x++) {
      // (a verb in lower case: not a heading's "… , Show Compassion For …")
      if (TRAILING_REPORT.has(low[x]) && !isCap(ctx, x)) {
        v = x;
        break;
      }
      if (marks.markOf[x] >= 0 || low[x] === ',' || CUES.has(low[x])) break;
    }
    if (v < 0) continue;
    if (cands.some((o) => o !== c && o.cue && o.cue[0] === v)) continue;
    let np: NP | null;
    if (low[v] === 'according') np = low[v + 1] === 'to' ? npRight(ctx, v + 2, se) : null;
    else np = v > k + 1 ? npRight(ctx, k + 1, v) : npRight(ctx, v + 1, se);
    if (!np) continue;
    // ("Right Wing Watch first reported": no adverb in the name)
    while (np.b - np.a > 1 && REPORT_ADVERBS.has(low[np.b - 1])) np = { a: np.a, b: np.b - 1, head: Math.min(np.head, np.b - 2) };
    let subjEnd = v;
    while (subjEnd > k + 1 && REPORT_ADVERBS.has(low[subjEnd - 1])) subjEnd--;
    if (v > k + 1 && np.b !== subjEnd) continue;
    // the sentence ends soon after: no other clause, but for a further report of the same source
    // ("…, an official said, adding that …")
    let e = Math.max(v + 1, np.b);
    if (low[e] === 'to' && low[v] === 'told') e = e + 1;
    let tail = 0;
    while (e < se && tail <= TRAILING_TAIL && low[e] !== '.' && low[e] !== ',' && !CUES.has(low[e]) && marks.markOf[e] < 0) {
      e++;
      tail++;
    }
    if (e < se && low[e] !== '.' && !(low[e] === ',' && CUES.has(low[e + 1]))) continue;
    const w = low[np.head];
    if (FIRST_PERSON.has(w) || PRONOUNS.has(w)) continue;
    c.via = c.speaker;
    c.speaker = speakerRef(ctx, np);
    // ("…, a city official said, adding that …": what the source adds is the source's too)
    if (low[e] === ',') for (const o of cands) if (o !== c && o.cue && o.cue[0] === e + 1) o.speaker = c.speaker;
  }
}
