/**
 * A speaker that is one side of a coordinated subject ("Ukraine and the United States agreed …",
 * "Secretary Rubio and his team reiterated …") is the whole subject; one inside the "of" phrase
 * of a group ("The ministers of Chile and Peru discussed …", "The Presidents of Chile and the
 * Republic of Peru …") is the group, whom the speaker rules resolve ("the leaders" of a call are its
 * two parties). The learned speaker chooser picks one name of such a subject; the words before the
 * cue say who spoke.
 */
import { firstStartingFrom, tokenIndexAt } from '../../../model/doc.js';
import type { SpeakerRef } from '../../../model/types.js';
import type { Cand } from '../build.js';
import { isCap, sentStart, type Ctx } from '../context.js';
import { SPEAKER_NOUNS, SPEAKING_HEADS } from '../lexicon.js';
import { npLeft, speakerRef, subjectBefore, writtenSpeaker, type NP } from '../speaker.js';

export function jointSubjects(ctx: Ctx, cands: Cand[]): void {
  const { doc, low } = ctx;
  for (const c of cands) {
    const sp = c.speaker;
    if (!sp || !c.cue || c.cue[0] <= 0) continue;
    const s = sentStart(ctx, c.cue[0]);
    // "We, President A of Chile and President B of Peru, note that …": the names set beside
    // "we" are who speak, all of them
    const we = weApposition(ctx, s, c.cue[0]);
    if (we) {
      c.speaker = we;
      continue;
    }
    if (sp.start === undefined) continue;
    const np = subjectBefore(ctx, c.cue[0]);
    // the speaker is the last side, right before the verb
    if (!np || np.a - 2 < s || doc.tokens[np.a].start > sp.start || doc.tokens[np.b - 1].end < sp.end!) continue;
    // a list whose last two sides the speaker phrase already joins ("Peru, Bolivia and Ecuador
    // said …" gave "Bolivia and Ecuador"): all its sides
    if (low[np.a - 1] === ',' && low.slice(np.a, np.b).includes('and')) {
      const first = earlierSides(ctx, np, s);
      if (first < np.a) c.speaker = listSpeaker(ctx, first, np.b, s);
      continue;
    }
    if (low[np.a - 1] !== 'and') continue;
    // (past a serial comma, "Peru, Bolivia, and Ecuador", only in a list of three or more: "…
    // in Ohio, and his aides said …" joins two clauses)
    const serial = low[np.a - 2] === ',';
    const j = serial ? np.a - 3 : np.a - 2;
    const left = j >= s ? npLeft(ctx, j, s) : null;
    // (the other side names someone: a name, or a noun of people or speaking bodies; not "raise
    // and spend money", "public office and his …")
    if (!left || left.b !== j + 1 || !namesSomeone(ctx, left)) continue;
    // the earlier sides of a list, each after a comma ("Peru, Bolivia, and Ecuador said …")
    const first = earlierSides(ctx, left, s);
    if (first < left.a) {
      c.speaker = listSpeaker(ctx, first, np.b, s);
      continue;
    }
    if (serial) continue;
    let whole: NP = { a: left.a, b: np.b, head: np.head };
    // (the "of" may sit inside the first side's phrase: "the Presidents of | Ukraine")
    const of = low.indexOf('of', left.a);
    if (of > left.a && of < left.b) whole = { a: left.a, b: of, head: of - 1 };
    else if (left.a - 2 >= s && low[left.a - 1] === 'of') {
      const group = npLeft(ctx, left.a - 2, s);
      if (!group || group.b !== left.a - 1) continue;
      whole = group;
    }
    c.speaker = speakerRef(ctx, whole);
  }
}

/** The first token of the sides of a list before `np`, each naming someone after a comma ("Peru, Bolivia, | np"); np.a when there are none. */
function earlierSides(ctx: Ctx, np: NP, s: number): number {
  let first = np.a;
  while (first - 2 >= s && ctx.low[first - 1] === ',') {
    const prev = npLeft(ctx, first - 2, s);
    // (not a setting set off before the subject: "On Friday, Peru and Ecuador said …")
    if (!prev || prev.b !== first - 1 || !namesSomeone(ctx, prev) || SETTING_LEADS.has(ctx.low[prev.a - 1] ?? '')) break;
    first = prev.a;
  }
  return first;
}

/** Prepositions before a phrase that make it a setting, not a side of a list ("On Friday, …", "In Lima, …"). */
const SETTING_LEADS = new Set(['on', 'in', 'at', 'by', 'after', 'before', 'during', 'since', 'from', 'with', 'for', 'to', 'under', 'over', 'until']);

/**
 * The list of sides [a, b) as one speaker, named as written ("Peru, Bolivia and Ecuador"); or the
 * group whose "of" phrase it is ("The ministers of Chile, Peru and Bolivia"), as the speaker rules
 * resolve it.
 */
function listSpeaker(ctx: Ctx, a: number, b: number, s: number): SpeakerRef {
  if (a - 2 >= s && ctx.low[a - 1] === 'of') {
    const group = npLeft(ctx, a - 2, s);
    if (group && group.b === a - 1) return speakerRef(ctx, group);
  }
  return writtenSpeaker(ctx, a, b);
}

/**
 * The people set off by commas after a sentence's opening "We", right before the cue at k ("We,
 * President A of Chile and President B of Peru, note …"), as one speaker, when they are two or
 * more; else undefined.
 */
function weApposition(ctx: Ctx, s: number, k: number): SpeakerRef | undefined {
  const { low, doc } = ctx;
  if (low[s] !== 'we' || low[s + 1] !== ',' || low[k - 1] !== ',' || k - 1 - (s + 2) < 3 || k - s > 24) return undefined;
  let and = false;
  for (let x = s + 2; x < k - 1; x++) {
    if (low[x] === 'and') and = true;
    else if (low[x] === ',' && low[x + 1] !== 'and') return undefined;
  }
  if (!and) return undefined;
  const names: string[] = [];
  const from = doc.tokens[s + 2].start;
  const to = doc.tokens[k - 2].end;
  const ms = doc.mentions;
  for (let m = firstStartingFrom(ms, from); m < ms.length && ms[m].start < to; m++) {
    const e = ms[m].entity ? ctx.entities.get(ms[m].entity!) : undefined;
    if (e && e.type === 'PER' && !names.includes(e.name)) names.push(e.name);
  }
  return names.length >= 2 ? { name: names.join(' and ') } : undefined;
}

/** Whether the phrase names someone: its head is capitalised, or a noun of people or speaking bodies. */
function namesSomeone(ctx: Ctx, np: NP): boolean {
  const w = ctx.low[np.b - 1];
  return isCap(ctx, np.b - 1) || SPEAKER_NOUNS.has(w) || SPEAKING_HEADS.has(w);
}

/** Verbs of meeting or talking whose "with" names the other side ("spoke with X to discuss …"). */
const WITH_VERBS = new Set(['spoke', 'speaks', 'speaking', 'talked', 'talks', 'met', 'meets', 'meeting', 'conferred', 'called']);

/** Verbs of meeting whose "in" or "at" names where, not who ("will meet in Lima to discuss …"). */
const MEETING_VERBS = new Set(['meet', 'met', 'meets', 'meeting', 'gather', 'gathered', 'convene', 'convened', 'assembled', 'talk', 'talked', 'spoke']);

/**
 * A content whose cue is a purpose infinitive after a talk with someone ("I spoke with President X
 * to discuss …", "… met with Y to review …") is the subject's, with whom the other talked: not the
 * one named after "with", whom the learned chooser may take, nor the place the talk is held in.
 * Nor is it one named in a "joined by" aside ("President A, joined by Vice President B, spoke …
 * to underscore …").
 */
export function purposeSubjects(ctx: Ctx, cands: Cand[]): void {
  const { doc, low } = ctx;
  for (const c of cands) {
    const sp = c.speaker;
    if (!sp || sp.start === undefined) continue;
    // the purpose's "to": the cue's first word or the one before it, or (no cue kept) two words
    // before the content ("… to underscore that …")
    const to = c.cue ? (low[c.cue[0]] === 'to' ? c.cue[0] : low[c.cue[0] - 1] === 'to' ? c.cue[0] - 1 : -1) : low[c.a - 2] === 'to' ? c.a - 2 : -1;
    if (to < 0) continue;
    const t = tokenIndexAt(doc, sp.start);
    if (t < 2 || doc.tokens[t]?.start !== sp.start) continue;
    const s = sentStart(ctx, t);
    let v = -1;
    // "… spoke with [President] X", "…, joined by X, …"
    let k = t - 1;
    while (k > s && isCap(ctx, k) && low[k - 1] !== 'with' && low[k - 1] !== 'by') k--;
    if (low[k - 1] === 'with' && WITH_VERBS.has(low[k - 2])) v = k - 2;
    // "… will meet in Lima [next week] to review …": the place of the meeting
    else if ((low[t - 1] === 'in' || low[t - 1] === 'at') && MEETING_VERBS.has(low[t - 2])) v = t - 2;
    else if (low[k - 1] === 'by' && low[k - 2] === 'joined' && low[k - 3] === ',') {
      const subj = npLeft(ctx, k - 4, s);
      if (subj) c.speaker = speakerRef(ctx, subj);
      continue;
    }
    const subj = v > s ? subjectBefore(ctx, v) : null;
    if (subj) c.speaker = speakerRef(ctx, subj);
  }
}
