/**
 * Whom words were said to, beyond the object of "told": the outlet of an interview named in the
 * sentence ("In an interview with Politico, Thune said …", "Speaking to The New York Times, …",
 * "said in an interview with the Gazette that …"), and the outlet a media noun stands for
 * ("Bloomberg first reported … Baker told the outlet …", "(AFP) … told the French news agency").
 */
import { NEWS, NEWS_WORDS } from '../../coref/index.js';
import type { Cand } from '../build.js';
import { isCap, isWord, sentStart, type Ctx } from '../context.js';
import { npRight, type NP } from '../speaker.js';

/** The kinds of news outlet ("told the French news agency", "told the paper"). */
export const MEDIA_HEADS = new Set(['agency', 'outlet', 'paper', 'newspaper', 'broadcaster', 'network', 'magazine', 'station', 'website', 'channel', 'publication', 'daily', 'tabloid', 'weekly', 'broadsheet']);


/**
 * Where the one spoken to starts after a phrase of interview at token j ("in an interview with",
 * "in an interview on", "speaking to/with", "talking to/with", "in remarks/comments to"), else -1.
 */
function interviewObject(ctx: Ctx, j: number): number {
  const { low } = ctx;
  const w = low[j];
  if ((w === 'speaking' || w === 'talking') && (low[j + 1] === 'to' || low[j + 1] === 'with')) return j + 2;
  if (w !== 'in') return -1;
  let k = j + 1;
  if (low[k] === 'an' || low[k] === 'a' || low[k] === 'his' || low[k] === 'her' || low[k] === 'their') k++;
  // ("in an exclusive interview with", "in a televised interview on")
  if (low[k + 1] === 'interview' && isWord(ctx, k) && !isCap(ctx, k)) k++;
  const n = low[k];
  if ((n === 'interview' || n === 'interviews') && (low[k + 1] === 'with' || low[k + 1] === 'on')) return k + 2;
  if ((n === 'remarks' || n === 'comments') && low[k + 1] === 'to') return k + 2;
  return -1;
}

/** A phrase that can be spoken to in an interview: a name, or a phrase whose head is an outlet's kind or a name. */
function interviewee(ctx: Ctx, k: number, hi: number): NP | null {
  const np = npRight(ctx, k, hi);
  if (!np) return null;
  return isCap(ctx, np.head) || MEDIA_HEADS.has(ctx.low[np.head]) ? np : null;
}

/**
 * The interview's outlet as the addressee of the attribution in its sentence that has none: the
 * phrase stands before the speaker's verb or between the verb and the content.
 */
export function interviewAddressee(ctx: Ctx, cands: Cand[]): void {
  const { marks } = ctx;
  for (const c of cands) {
    if (c.addressee || !c.cue || !c.speaker) continue;
    const ss = sentStart(ctx, c.cue[0]);
    if (ss > c.a && c.a < c.cue[0]) continue;
    // before the verb (not inside a content before it), or after it up to the content
    const lo = c.a < c.cue[0] ? c.b : ss;
    const hi = c.a > c.cue[1] ? c.a : c.cue[0];
    for (let j = lo; j < hi; j++) {
      if (marks.inQ[j] >= 0 || marks.markOf[j] >= 0) continue;
      const k = interviewObject(ctx, j);
      if (k < 0) continue;
      const np = interviewee(ctx, k, hi);
      if (np) c.addressee = np;
      break;
    }
  }
}

/**
 * Whether mention mi names a news outlet: a known one (whatever type the tagger gave it: a
 * known outlet's name read as a place, "The Guardian", is still the outlet), a name with a news
 * word, or one written after an outlet's kind ("the German broadcaster ZDF").
 */
function outletMention(ctx: Ctx, mi: number, tok: number): boolean {
  const m = ctx.doc.mentions[mi];
  if (m.form !== 'name' || m.type === 'PER') return false;
  const t = m.text.toLowerCase();
  if (NEWS.has(t) || NEWS.has(t.replace(/^the\s+/, ''))) return true;
  if (m.type === 'LOC') return false;
  if (NEWS_WORDS.test(m.text)) return true;
  return tok > 0 && MEDIA_HEADS.has(ctx.low[tok - 1]);
}

/**
 * The outlet a media noun addressee stands for ("the outlet", "the paper", "the French news
 * agency"): the nearest news outlet named before it in the text. Undefined for another phrase.
 */
export function outletOf(ctx: Ctx, np: NP): { name: string; entity: string | undefined } | undefined {
  const { low } = ctx;
  if (low[np.a] !== 'the' || !MEDIA_HEADS.has(low[np.head]) || np.head !== np.b - 1) return undefined;
  for (let x = np.a - 1; x >= 0; x--) {
    const mi = ctx.mentionAt[x];
    if (mi < 0 || (x > 0 && ctx.mentionAt[x - 1] === mi)) continue;
    if (!outletMention(ctx, mi, x)) continue;
    const m = ctx.doc.mentions[mi];
    const ent = m.entity ? ctx.entities.get(m.entity) : undefined;
    return { name: ent ? ent.name : m.text, entity: ent?.id };
  }
  return undefined;
}
