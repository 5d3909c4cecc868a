/**
 * "according to X": "According to the poll, …" / "…, according to officials." /
 * "… rose according to the report." / "Turnout, according to the board, has doubled." (set in the
 * middle of its sentence: the content is the sentence around it, in two pieces).
 */
import { cand, type Cand } from '../build.js';
import { isCap, sentEnd, sentStart, wordsIn, type Ctx } from '../context.js';
import { npRight, speakerRef, type NP } from '../speaker.js';
import { CUES } from '../lexicon.js';

/** Words that open a clause about the source rather than the rest of the content ("…, according to Smith, who …"). */
const ABOUT_SOURCE = new Set(['who', 'whom', 'whose', 'which', 'where', 'that']);

export function accordingToRule(ctx: Ctx, cands: Cand[], blocked: Uint8Array, used: Uint8Array): void {
  const { doc, low, marks } = ctx;
  const n = doc.tokens.length;
  // the scan only: each "according to" is read by a function of its own (`accordingAt`), so that
  // code first reached at a rarer reading, late in a run, deoptimizes that and not the scan over
  // every token (recompiled three times before)
  for (let i = 0; i + 2 < n; i++) {
    if (low[i] !== 'according' || low[i + 1] !== 'to' || blocked[i] || marks.inQ[i] >= 0) continue;
    accordingAt(ctx, i, cands, used);
  }
}

/** The candidate of the "according to" at token i (none when no phrase follows it or the quotation has its own speaker). */
function accordingAt(ctx: Ctx, i: number, cands: Cand[], used: Uint8Array): void {
  const { low, marks } = ctx;
  const ss = sentStart(ctx, i);
  const se = sentEnd(ctx, i);
  const np = npRight(ctx, i + 2, se);
  if (!np) return;
  // ('“… is that so?” Kiel asked on the pier, according to the Ledger.': the question
  // mark ended a sentence inside the quotation, whose own attribution this is; relayed below)
  if (ss > 0 && marks.markOf[ss - 1] >= 0 && attributionAt(ctx, ss, i)) return;
  // the speaker phrase runs to the next comma: "according to a poll by Quinnipiac University"
  let b = np.b;
  while (b < se && low[b] !== ',' && b - np.a < 14 && !/^[.!?;:]$/.test(low[b])) b++;
  let a: number;
  let e: number;
  let frags: Array<[number, number]> | undefined;
  // "…, according to its director, Claire Dubois." / "…, according to Dan Ortiz, an adviser to
  // the buyer.": what follows the second comma names or describes the source
  let source = np;
  // ("according to a study by the Harbor Center", "… a court filing by the state attorney": the
  // one whose document it is)
  for (let y = np.a + 1; y + 1 < b; y++) {
    if (low[y] !== 'by') continue;
    const agent = npRight(ctx, y + 1, b);
    // (its whole name, to the phrase's end: "the Center for Responsive Politics")
    if (agent && DOCUMENT_NOUNS.has(low[np.head])) source = isCap(ctx, agent.a) || isCap(ctx, agent.a + 1) ? { a: agent.a, b, head: agent.head } : agent;
    break;
  }
  const app = i - ss > 1 && low[i - 1] === ',' && low[b] === ',' ? appositionAt(ctx, ss, i, b + 1, se) : null;
  if (app) {
    if (app.name && (ctx.mentionAt[np.head] < 0 || ctx.doc.mentions[ctx.mentionAt[np.head]].form !== 'name')) source = app.name;
  } else if (i - ss > 1 && low[i - 1] === ',' && low[b] === ',' && !ABOUT_SOURCE.has(low[b + 1]) && marks.inQ[b + 1] < 0) {
    // set in the middle: the sentence goes on with the same content
    if (wordsIn(ctx, b + 1, se) >= 2 && !clauseBefore(ctx, ss, i, b + 1)) frags = [[ss, i - 1], [b + 1, se]];
  }
  if (frags) {
    a = ss;
    e = se;
  } else if (i - ss <= 1 && low[b] === ',') {
    a = b + 1;
    e = se;
  } else {
    a = ss;
    e = i;
    if (e - a < 2) {
      a = b;
      e = se;
    }
  }
  // '"We are ready," Putin told reporters, according to Ushakov.': the quotation has a speaker
  // and a verb of saying of its own; `relayedAccordingTo` gives it its relayer afterwards
  if (!frags && e === i && quotedWithOwnSpeaker(ctx, a, e)) return;
  // a quotation that opened before the sentence
  for (let x = a; x < e; x++) {
    const r = marks.inQ[x];
    if (r >= 0) {
      if (marks.regions[r].open < a) a = marks.regions[r].open;
      break;
    }
  }
  if (frags) frags[0][0] = a;
  for (let x = a; x < e; x++) if (marks.markOf[x] >= 0) used[marks.markOf[x]] = 1;
  cands.push(cand(a, e, speakerRef(ctx, source), 'according-to', 0.85, [i, i + 2], frags));
}

/** Nouns of a document, record or study that someone made ("an analysis by …", "audio provided by …"). */
const DOCUMENT_NOUNS = new Set(['analysis', 'review', 'report', 'study', 'survey', 'poll', 'document', 'documents', 'filing', 'filings', 'audio', 'video', 'transcript', 'recording', 'account', 'tally', 'count', 'estimate', 'estimates', 'data', 'records', 'memo', 'letter', 'statement', 'release', 'investigation', 'audit']);

/** Words that open a phrase describing a source ("an adviser to the buyer", "its director"). */
const DESCRIBING = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);
/** Longest apposition after "according to X," in tokens (its final mark included). */
const MAX_APPOSITION = 9;

/**
 * The phrase [c, se) closing a sentence after "…, according to X," when it is an apposition to X
 * (a person's name, or a short phrase opening with an article or a possessive, with no verb of
 * saying), not the rest of the content; the content before "according to" [ss, i) must hold a
 * clause of its own (four words). `name`: the person it names, when it is a name.
 */
function appositionAt(ctx: Ctx, ss: number, i: number, c: number, se: number): { name: NP | null } | null {
  const { low, doc } = ctx;
  let end = se;
  while (end > c && /^[.!?]$/.test(low[end - 1])) end--;
  if (end <= c || end - c > MAX_APPOSITION || ctx.marks.inQ[c] >= 0) return null;
  if (wordsIn(ctx, ss, i) < 4) return null;
  for (let x = c; x < end; x++) if (CUES.has(low[x]) || low[x] === ',') return null;
  const mi = ctx.mentionAt[c];
  const m = mi >= 0 ? doc.mentions[mi] : undefined;
  if (m && m.type === 'PER' && m.form === 'name' && m.start === doc.tokens[c].start && m.end === doc.tokens[end - 1].end) return { name: { a: c, b: end, head: end - 1 } };
  return DESCRIBING.has(low[c]) ? { name: null } : null;
}

/** Whether words [a, e) open with a speaker and a verb of saying ("Kiel asked on the pier"). */
function attributionAt(ctx: Ctx, a: number, e: number): boolean {
  const np = npRight(ctx, a, e);
  if (!np || np.a !== a || np.b >= e) return false;
  const cue = CUES.get(ctx.low[np.b]);
  return cue !== undefined && cue.cls !== 'B';
}

/** Whether [a, e) opens with a quotation followed by a speaker and a verb of saying of its own. */
function quotedWithOwnSpeaker(ctx: Ctx, a: number, e: number): boolean {
  const { marks, low } = ctx;
  const ri = marks.markOf[a];
  const r = ri >= 0 ? marks.regions[ri] : undefined;
  if (!r || r.open !== a || r.close < 0 || r.close + 2 >= e) return false;
  const inner = npRight(ctx, r.close + 1, e);
  if (!inner || inner.b >= e) return false;
  const cue = CUES.get(low[inner.b]);
  return cue !== undefined && cue.cls !== 'B';
}

/**
 * '"We are ready," Putin told reporters, according to Ushakov.': Putin's words as relayed by
 * Ushakov. A quotation whose sentence ends with "according to X" after its own attribution
 * gets X as its speaker (the one who relayed it) and keeps its speaker as `via`.
 */
export function relayedAccordingTo(ctx: Ctx, cands: Cand[]): void {
  const { low, marks } = ctx;
  for (const c of cands) {
    if (!c.speaker || c.via) continue;
    const ri = marks.inQ[c.a];
    if (ri < 0) continue;
    const r = marks.regions[ri];
    let se = sentEnd(ctx, c.a);
    // (a quotation ending in "?" or "!" ends its sentence: its attribution opens the next one)
    if (r.close >= 0 && r.close + 1 >= se && r.close + 1 < low.length) se = sentEnd(ctx, r.close + 1);
    if (r.close < 0 || !quotedWithOwnSpeaker(ctx, r.open, se)) continue;
    for (let i = r.close + 1; i + 2 < se; i++) {
      if (low[i] !== 'according' || low[i + 1] !== 'to' || low[i - 1] !== ',') continue;
      // (not the sentence's final mark: "the Las Vegas Sun.")
      let end = se;
      while (end > i + 2 && /^[.!?]$/.test(low[end - 1])) end--;
      const np = npRight(ctx, i + 2, end);
      if (!np) break;
      const relayer = speakerRef(ctx, np);
      if (relayer.name !== c.speaker.name) {
        c.via = c.speaker;
        c.speaker = relayer;
      }
      break;
    }
  }
}

/** Words before "according to" that make a clause of their own: what follows the source's phrase then describes the source or adds to the sentence, not to the content. */
const CLAUSE_WORDS = 8;

/**
 * Whether "…, according to X, …" closes the content at "according to": the words before it [ss, i)
 * are a clause of their own (`CLAUSE_WORDS`), not a fronted phrase ("In the first week, according
 * to X, …"), and the rest (from c) does not go on with a clause joined by "and".
 */
function clauseBefore(ctx: Ctx, ss: number, i: number, c: number): boolean {
  return wordsIn(ctx, ss, i) >= CLAUSE_WORDS && ctx.low[c] !== 'and' && !LEFT_OPEN.has(ctx.low[i - 2]);
}

/** Words that leave a clause open before the comma ("… she left the club after, according to her coach, …"). */
const LEFT_OPEN = new Set(['after', 'before', 'because', 'that', 'and', 'but', 'or', 'when', 'while', 'if', 'as', 'since', 'until', 'than', 'so']);
