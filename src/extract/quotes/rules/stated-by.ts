/**
 * "This was stated by X": a sentence that names the speaker of the sentence before it, after the
 * fact ("Ukraine will not give up an inch of its land. This was stated by President Ana Ruiz at a
 * briefing."), as official news sites tell a statement. The sentence before is X's, whatever the
 * tagger made of it: contents found inside it (a guess with a speaker inside the words, "its")
 * give way to it.
 */
import { cand, inTextOrder, trimRange, type Cand } from '../build.js';
import { afterDateline, isCap, isWord, type Ctx } from '../context.js';
import { npRight, speakerRef, type NP } from '../speaker.js';

/** Words that point back at the sentence before. */
const BACK = new Set(['this', 'that', 'these', 'it']);
/** Verbs of saying in the passive ("was stated by"). */
const STATED = new Set(['stated', 'said', 'announced', 'emphasized', 'emphasised', 'noted', 'declared', 'underlined', 'stressed', 'reported', 'written', 'voiced', 'expressed']);

export function statedBy(ctx: Ctx, cands: Cand[]): Cand[] {
  const { doc, low } = ctx;
  let out = cands;
  for (let s = 1; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    const a = sent.tokenStart;
    const e = sent.tokenEnd;
    if (e - a < 5 || !BACK.has(low[a])) continue;
    // "This was stated by", "This has been stated by"
    let k = a + 1;
    if (low[k] === 'has' || low[k] === 'had') {
      if (low[k + 1] !== 'been') continue;
      k += 2;
    } else if (low[k] === 'was' || low[k] === 'were') k++;
    else continue;
    if (!STATED.has(low[k]) || low[k + 1] !== 'by') continue;
    const np = npRight(ctx, k + 2, e);
    if (!np) continue;
    // the sentence before, in the same paragraph or ending the one before
    const prev = doc.sentences[s - 1];
    if (sent.paragraph - prev.paragraph > 1) continue;
    const [ca, cb] = trimRange(ctx, prev.tokenStart, prev.tokenEnd);
    if (cb - ca < 3) continue;
    // (a quotation with a speaker of its own named in its sentence is that speaker's)
    if (cands.some((c) => c.a < cb && c.b > ca && c.speaker && c.speaker.start !== undefined && c.speaker.start >= doc.tokens[ca].start && c.speaker.end! <= doc.tokens[cb - 1].end && ctx.marks.inQ[c.a] >= 0)) continue;
    const q = cand(ca, cb, speakerRef(ctx, np), 'stated-by', 0.85, [k, k + 2]);
    out = out.filter((c) => c.b <= ca || c.a >= cb);
    out.push(q);
  }
  return out === cands ? cands : out.sort(inTextOrder);
}

/** Verbs of reporting or judging whose passive names, after "by", who reported or judged its subject ("The plan was first reported by the Ledger.", "Her remarks were echoed by two senators."). */
const JUDGED = new Set(['reported', 'echoed', 'endorsed', 'criticized', 'criticised', 'denounced', 'rejected', 'tweeted', 'retweeted', 'applauded', 'derided', 'described', 'challenged', 'welcomed', 'praised', 'condemned', 'slammed', 'blasted', 'lambasted', 'panned', 'mocked', 'ridiculed', 'hailed', 'lauded', 'dismissed', 'questioned', 'disputed', 'confirmed', 'announced', 'decried', 'disclosed', 'revealed', 'eviscerated', 'rebuked', 'disparaged', 'touted', 'championed', 'cheered']);
/** Auxiliaries of such a passive, and the words that may stand between them and the participle. */
const BE = new Set(['was', 'were', 'is', 'are']);
const BEEN_AUX = new Set(['has', 'have', 'had']);
const BETWEEN = new Set(['first', 'also', 'never', 'then', 'later', 'since', 'already', 'even', 'soon', 'quickly', 'widely', 'roundly', 'hotly', 'sharply', 'publicly', 'initially', 'previously', 'swiftly', 'immediately', 'repeatedly', 'strongly', 'loudly', 'heavily', 'promptly', 'originally']);
/** Relative pronouns that stand for the subject of such a passive inside a sentence. */
const RELATIVES = new Set(['which', 'who']);
/** Connectives that may open the sentence before its subject. */
const OPENERS = new Set(['but', 'and', 'yet', 'so', 'still', 'however']);
/** Words that cannot open a subject: prepositions and subordinators ("After the vote, the plan was …"). */
const NOT_SUBJECT = new Set(['after', 'before', 'when', 'while', 'if', 'as', 'although', 'though', 'because', 'since', 'in', 'on', 'at', 'during', 'despite', 'once', 'until', 'unless', 'whether', 'where', 'who', 'what', 'which', 'there', 'i', 'we', 'you', 'he', 'she', 'they']);

/**
 * "NP was (first) reported by X", "NP was echoed by X", "NP has been endorsed by X": the subject of
 * the passive of a verb of reporting or judging is what X reported or judged, and X its source.
 * Only where the subject opens the sentence (past a connective) or is a relative pronoun ("…, which
 * was first reported by X": the pronoun, as the annotators mark it), stands outside quotation marks
 * and no other content covers it.
 */
export function passiveBy(ctx: Ctx, cands: Cand[]): Cand[] {
  const { doc, low } = ctx;
  const added: Cand[] = [];
  const agents: Array<[number, number]> = [];
  for (const s of doc.sentences) {
    const e = s.tokenEnd;
    let a = afterDateline(ctx, s.tokenStart, e);
    if (OPENERS.has(low[a])) a += low[a + 1] === ',' ? 2 : 1;
    const opens = a < e && !NOT_SUBJECT.has(low[a]) && isWord(ctx, a) && ctx.marks.inQ[a] < 0;
    for (let k = a + 1; k < e - 2; k++) {
      // the subject opening the sentence, or a relative pronoun standing for it ("…, which was first reported by X")
      const relative = RELATIVES.has(low[k - 1]) && ctx.marks.inQ[k - 1] < 0;
      if (!relative && !(opens && k - a <= 14)) continue;
      let v: number;
      if (BE.has(low[k])) v = k + 1;
      else if (BEEN_AUX.has(low[k]) && low[k + 1] === 'been') v = k + 2;
      else continue;
      while (v < e && (BETWEEN.has(low[v]) || (low[v].length > 4 && low[v].endsWith('ly')))) v++;
      if (!JUDGED.has(low[v]) || low[v + 1] !== 'by') continue;
      const np = npRight(ctx, v + 2, e);
      const [ca, cb] = relative ? [k - 1, k] : trimRange(ctx, a, k);
      if (!np || cb <= ca || cands.some((c) => c.a < cb && c.b > ca && !(c.a >= v + 1 && c.a < np.b)) || added.some((c) => c.a < cb && c.b > ca)) continue;
      added.push(cand(ca, cb, speakerRef(ctx, ofHead(ctx, np)), 'passive-by', 0.8, [k, v + 2]));
      // (a content the tagger opened at "by" or inside the source's phrase is no content)
      agents.push([v + 1, np.b]);
    }
  }
  if (!added.length) return cands;
  return [...cands.filter((c) => !agents.some(([x, y]) => c.a >= x && c.a < y)), ...added].sort(inTextOrder);
}

/** "the shopkeepers of Dorvale", "the editorial board of the Ledger": the source is the group before "of", not the place or body after it. */
function ofHead(ctx: Ctx, np: NP): NP {
  const { low } = ctx;
  for (let o = np.a + 1; o < np.head; o++) {
    if (low[o] !== 'of') continue;
    return isWord(ctx, o - 1) && !isCap(ctx, o - 1) ? { a: np.a, b: np.b, head: o - 1 } : np;
  }
  return np;
}
