/**
 * Pronoun speakers that a quote just before resolves. "They": a readout names the parties once ("The two leaders agreed …", "Both sides
 * welcomed …", "The Ukrainian delegation affirmed …") and goes on with "They discussed …", "They
 * reaffirmed …". A quote whose speaker is a bare "they" (no entity behind it) takes the speaker
 * of the nearest quote before it, within the same or the previous two sentences, whose speaker
 * names several people or a group: a pair ("Joseph Biden and Vladimir Putin"), a plural head
 * ("the leaders", "both sides", "officials") or a delegation or team. The span stays the
 * pronoun's: only the name (and the entity, when the group is one) is carried over. With no such
 * quote before it, "they" is the two people a sentence just before names and names alone
 * ("X spoke today with Y. They discussed …"); three people or more, or one, say nothing. "He" and
 * "she" after an unnamed source: see `singleDescription`.
 */
import { firstEndingAfter } from '../../../model/doc.js';
import type { SpeakerRef } from '../../../model/types.js';
import type { Cand } from '../build.js';
import type { Ctx } from '../context.js';
import { ANONYMOUS_HEADS, PRONOUNS } from '../lexicon.js';
import { spokenAt } from '../speaker.js';

/** Singular heads that stand for a group of people, referred to as "they". */
const GROUP_HEADS = new Set(['delegation', 'delegations', 'team', 'teams', 'sides', 'parties', 'leaders', 'presidents', 'ministers', 'officials', 'representatives', 'negotiators', 'counterparts', 'participants', 'allies', 'partners', 'interlocutors']);

/**
 * A feeling or judgement a readout makes the subject in place of the people who voiced it ("Hope
 * was expressed that …", "the two presidents gave a positive assessment of … and noted …"): no
 * one's name; like "they", the parties named just before. (A meeting, a statement or an
 * agreement that "says" something is left alone: a text or an occasion may be quoted.)
 */
const ABSTRACT_HEADS = new Set(['hope', 'hopes', 'concern', 'concerns', 'satisfaction', 'confidence', 'gratitude', 'readiness', 'assessment', 'assessments']);

function abstractSpeaker(name: string): boolean {
  const words = name.trim().toLowerCase().split(/\s+/);
  return words.length <= 3 && ABSTRACT_HEADS.has(words[words.length - 1]);
}

const SEEM = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
const BE_FORMS = new Set(['is', 'was', 'be', 'been', "'s", '’s']);

/**
 * "It seems …", "it appears …", "it is known …", "it was confirmed …", "it can be said …": an
 * impersonal "it" with a verb of seeming or a passive says who said nothing; no one is quoted.
 */
export function impersonal(ctx: Ctx, speaker: string, cue: [number, number]): boolean {
  if (speaker.toLowerCase() !== 'it' || cue[1] <= cue[0]) return false;
  const { low } = ctx;
  const last = low[cue[1] - 1];
  return SEEM.has(last) || (BE_FORMS.has(low[cue[1] - 2]) && (last.endsWith('ed') || last === 'known' || last === 'said' || last === 'shown'));
}

/** How many sentences back the group may have been named. */
const REACH = 2;

function isGroup(sp: SpeakerRef): boolean {
  const name = sp.name.trim();
  const lower = name.toLowerCase();
  if (PRONOUNS.has(lower)) return false;
  // two named people or bodies ("Joseph Biden and Vladimir Putin", "Rubio and Trump")
  if (/\S\s+and\s+\S/.test(name) && !sp.entity) return true;
  const words = lower.split(/\s+/);
  return GROUP_HEADS.has(words[words.length - 1]);
}

/** Heads of a body that speaks as "it" ("the ministry … It added"). */
const BODY_HEADS = new Set('ministry department agency office government administration company firm bank committee council court commission army military police embassy union party campaign board authority service organization organisation institute foundation kremlin pentagon'.split(' '));

/** Is the speaker a body: an organisation's entity, or an unnamed phrase headed by a body's noun ("the ministry")? */
function isBody(ctx: Ctx, sp: SpeakerRef | null): boolean {
  if (!sp) return false;
  if (sp.entity) return ctx.entities.get(sp.entity)?.type === 'ORG';
  const words = sp.name.toLowerCase().split(/\s+/);
  return BODY_HEADS.has(words[words.length - 1]);
}

/** Whether c's speaker is a bare "they", "he", "she" or "it" or an abstract one, with no entity behind it. */
function isBare(c: Cand): boolean {
  return !!c.speaker && !c.speaker.entity && (/^(?:they|he|she|it)$/i.test(c.speaker.name) || abstractSpeaker(c.speaker.name));
}

/**
 * Gives each bare "they" speaker the group named by the speaker of a quote just before it, and
 * each bare "he" or "she" the unnamed person named so (see `singleDescription`), in one pass over
 * the speakers in text order.
 */
export function pronounVoice(ctx: Ctx, cands: Cand[]): void {
  if (!cands.some(isBare)) return;
  let group: { sp: SpeakerRef; sent: number } | null = null;
  let single: { sp: SpeakerRef; sent: number; end: number } | null = null;
  let lastBody: { sp: SpeakerRef; sent: number } | null = null;
  // the candidates in order of their speakers' starts, ties in list order: start * n + index sorted
  // as numbers (exact below 2^53), the index taken back out (no comparator made per call: V8 holds
  // a closure's optimized code only weakly, and each full GC dropped it)
  const n = cands.length;
  const order = new Float64Array(n);
  for (let i = 0; i < n; i++) order[i] = (cands[i].speaker?.start ?? 0) * n + i;
  order.sort();
  for (let o = 0; o < n; o++) {
    const i = order[o] % n;
    const c = cands[i];
    const sp = c.speaker;
    if (!sp || sp.start === undefined) continue;
    const tok = firstEndingAfter(ctx.doc.tokens, sp.start);
    if (tok >= ctx.doc.tokens.length) continue;
    const sent = ctx.sentOf[tok];
    const w = sp.entity ? '' : sp.name.trim().toLowerCase();
    if (w === 'they' || (!sp.entity && abstractSpeaker(sp.name))) {
      if (!(group && sent - group.sent <= REACH && sent >= group.sent)) {
        const pair = pairBefore(ctx, sent) ?? (w === 'they' ? callPair(ctx) : undefined);
        group = pair ? { sp: { name: pair }, sent } : null;
      }
      if (group) {
        c.speaker = spokenAt(group.sp, sp.start, sp.end);
        group = { sp: group.sp, sent };
      }
      single = null;
    } else if (w === 'he' || w === 'she') {
      if (single && sent >= single.sent && sent - single.sent <= REACH && !personBetween(ctx, single.end, sp.start)) {
        c.speaker = spokenAt(single.sp, sp.start, sp.end);
      }
      group = null;
    } else if (w === 'it') {
      // "The country has kept its position. It does not think …" (an impersonal
      // "it seems" is no one: dropped later)
      const imp = c.cue && impersonal(ctx, sp.name, c.cue);
      const body = imp ? undefined : bodyOpening(ctx, sent - 1);
      if (body && sent > 0 && ctx.doc.sentences[sent - 1].paragraph === ctx.doc.sentences[sent].paragraph) c.speaker = spokenAt(body, sp.start, sp.end);
      // "The ministry said on Monday that … It added that …": the body that spoke just before
      else if (!imp && lastBody && sent - lastBody.sent === 1) c.speaker = spokenAt(lastBody.sp, sp.start, sp.end);
      group = null;
      single = null;
    } else if (c.cue && ctx.low[c.cue[0]] === 'to') {
      // a group that is to do something ("Technical teams will meet … to discuss …") has not yet
      // spoken: a "they" after it that agreed is still the group before it
      single = null;
    } else {
      group = isGroup(sp) ? { sp, sent } : null;
      single = singleDescription(sp) && sp.end !== undefined ? { sp, sent, end: sp.end } : null;
    }
    lastBody = isBody(ctx, c.speaker) ? { sp: c.speaker!, sent } : w === 'it' ? lastBody : null;
  }
}

/** A title of the account of a call or meeting ("Readout of …", "Telephone conversation with …", "… Call with …"). */
const CALL_TITLE = /\b(?:readout|call|calls|conversation|telephone|phone|meeting|talks|spoke)\b/i;

/**
 * In the account of a call or meeting between two people, "they" with no group named just before
 * is the two: "A and B" when the first sentence that names people names exactly two (of
 * different countries, when both are known); else undefined.
 */
export function callPair(ctx: Ctx): string | undefined {
  const { doc } = ctx;
  if (!CALL_TITLE.test(doc.article.title ?? '')) return undefined;
  for (let s = 0; s < doc.sentences.length; s++) {
    const people = peopleOf(ctx, s);
    if (!people.length) continue;
    if (people.length !== 2 || (people[0].country && people[0].country === people[1].country)) return undefined;
    return `${people[0].name} and ${people[1].name}`;
  }
  return undefined;
}

/** "A and B" when the nearest sentence before `sent` (within REACH) that names people names exactly two. */
function pairBefore(ctx: Ctx, sent: number): string | undefined {
  for (let s = sent - 1; s >= 0 && sent - s <= REACH; s--) {
    const people = peopleOf(ctx, s);
    if (people.length === 2) return `${people[0].name} and ${people[1].name}`;
    if (people.length) return undefined;
  }
  return undefined;
}

/**
 * The body or country that opens sentence s as its subject ("The United States has …", "Acme
 * Corp. said …"): the sentence's first words are its name, after "The" at most. Undefined else.
 */
function bodyOpening(ctx: Ctx, s: number): SpeakerRef | undefined {
  const { doc, low } = ctx;
  const sent = doc.sentences[s];
  if (!sent) return undefined;
  let k = sent.tokenStart;
  while (k < sent.tokenEnd && doc.tokens[k].kind !== 'word') k++;
  if (low[k] === 'the') k++;
  const mi = ctx.mentionAt[k];
  if (!(mi >= 0)) return undefined;
  const m = doc.mentions[mi];
  if (m.start !== doc.tokens[k].start || (m.type !== 'ORG' && m.type !== 'LOC') || !m.entity) return undefined;
  const e = ctx.entities.get(m.entity);
  return e ? { name: e.name, entity: e.id } : undefined;
}

/** The people sentence s names (each entity once, in text order), with their countries. */
function peopleOf(ctx: Ctx, s: number): Array<{ name: string; country?: string }> {
  const { doc } = ctx;
  const sent = doc.sentences[s];
  const from = doc.tokens[sent.tokenStart]?.start ?? 0;
  const to = doc.tokens[sent.tokenEnd - 1]?.end ?? 0;
  const people: Array<{ name: string; country?: string }> = [];
  for (const m of doc.mentions) {
    if (m.start < from || m.end > to || m.type !== 'PER' || !m.entity) continue;
    const e = ctx.entities.get(m.entity);
    if (e && !people.some((p) => p.name === e.name)) people.push({ name: e.name, country: e.country });
  }
  return people;
}

/**
 * An unnamed person's description ("the spokeswoman", "a senior official") as a speaker: "The
 * State Department spokeswoman said … She said …" — a bare "he" or "she" is that person, within
 * the same or the previous two sentences, when no person is named between the two. The span
 * stays the pronoun's; the description (and its "anonymous" mark) is carried over.
 */
function singleDescription(sp: SpeakerRef): boolean {
  if (sp.entity) return false;
  const words = sp.name.trim().toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  return words.length > 0 && ANONYMOUS_HEADS.has(head) && !head.endsWith('s') && !/\sand\s/.test(sp.name);
}

/** Whether a person's name is mentioned in [from, to). */
function personBetween(ctx: Ctx, from: number, to: number): boolean {
  for (const m of ctx.doc.mentions) if (m.type === 'PER' && m.form === 'name' && m.start >= from && m.end <= to) return true;
  return false;
}
