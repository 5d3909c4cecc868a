/**
 * What every quote rule reads: the document, lower-cased token texts, quotation-mark regions,
 * and each token's sentence.
 */
import type { Doc } from '../../model/doc.js';
import type { Entity, SpeakerRef } from '../../model/types.js';
import { findMarks, type Marks } from './marks.js';
import { internTokens, internTypedTokens, vocabGen } from './vocab.js';
import { tokenTypes } from '../../text/types.js';

export interface Ctx {
  doc: Doc;
  text: string;
  /** lower-cased text of each token (interned: see vocab.ts) */
  low: string[];
  /** per token: the id of its lower-cased text in vocab.ts, of generation `vgen` */
  wid: Int32Array;
  vgen: number;
  marks: Marks;
  /** per token: index of its sentence */
  sentOf: Int32Array;
  /** entities by id */
  entities: Map<string, Entity>;
  /** per token: index of the mention that covers it, or -1 */
  mentionAt: Int32Array;
  /**
   * Paragraphs a speaker's turn runs on over in an exchange laid out in ordinary case ("Yury
   * Ushakov: …" answering "Question: …"), up to the next label: found by the label rule, made
   * turns only after the tagger (see runOnTurns), whose features they leave alone.
   */
  runOns: Array<{ a: number; b: number; speaker: SpeakerRef }>;
}

export function makeCtx(doc: Doc): Ctx {
  const { text, tokens, sentences } = doc;
  const n = tokens.length;
  // filled token by token from empty (internTypedTokens): optimized code allocates `new Array(n)`
  // only up to ~16,000 elements, and the first longer document, late in a run, threw it away
  const low: string[] = [];
  const wid = new Int32Array(n);
  internTypedTokens(text, tokens, tokenTypes(doc), wid, low);
  const sentOf = new Int32Array(n).fill(-1);
  for (let s = 0; s < sentences.length; s++) {
    const st = sentences[s];
    for (let i = st.tokenStart; i < st.tokenEnd; i++) sentOf[i] = s;
  }
  const entities = new Map<string, Entity>();
  for (const e of doc.entities) entities.set(e.id, e);
  const mentionAt = mentionIndex(doc);
  return { doc, text, low, wid, vgen: vocabGen(), marks: findMarks(doc), sentOf, entities, mentionAt, runOns: [] };
}

/** Per token: the index of the mention that covers it (the first by start), or -1. */
function mentionIndex(doc: Doc): Int32Array {
  const { tokens, mentions } = doc;
  const n = tokens.length;
  const mentionAt = new Int32Array(n).fill(-1);
  const nm = mentions.length;
  if (!nm) return mentionAt;
  // mentions are spans over the text; walk both lists in order
  const starts = new Float64Array(nm);
  const ends = new Float64Array(nm);
  for (let i = 0; i < nm; i++) {
    starts[i] = mentions[i].start;
    ends[i] = mentions[i].end;
  }
  // in order of start, ties in list order: start * nm + index sorted as numbers (exact below 2^53),
  // the index taken back out. (No comparator made per call: V8 holds a closure's optimized code
  // only weakly, and each full GC dropped it.)
  const order = new Float64Array(nm);
  for (let i = 0; i < nm; i++) order[i] = starts[i] * nm + i;
  order.sort();
  let k = 0;
  for (let o = 0; o < nm; o++) {
    const mi = order[o] % nm;
    const ms = starts[mi];
    const me = ends[mi];
    while (k < n && tokens[k].end <= ms) k++;
    for (let j = k; j < n && tokens[j].start < me; j++) if (mentionAt[j] < 0) mentionAt[j] = mi;
  }
  return mentionAt;
}

export function isWord(ctx: Ctx, i: number): boolean {
  const t = ctx.doc.tokens[i];
  return t !== undefined && (t.kind === 'word' || t.kind === 'number');
}

/** How many words (and numbers) tokens [a, b) hold. */
export function wordsIn(ctx: Ctx, a: number, b: number): number {
  let n = 0;
  for (let x = a; x < b; x++) if (isWord(ctx, x)) n++;
  return n;
}

export function isCap(ctx: Ctx, i: number): boolean {
  // (no read out of bounds, which would cost the optimized code a deopt)
  const t = i >= 0 && i < ctx.doc.tokens.length ? ctx.doc.tokens[i] : undefined;
  if (!t || t.kind !== 'word') return false;
  const c = ctx.text.charCodeAt(t.start);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = ctx.text[t.start];
  return ch !== ch.toLowerCase();
}

export function sentStart(ctx: Ctx, i: number): number {
  const s = ctx.sentOf[i];
  return s < 0 ? 0 : ctx.doc.sentences[s].tokenStart;
}

/**
 * The first token after a dateline opening the sentence at `ss` ("ISTANBUL —", "KYIV, Ukraine —",
 * "WASHINGTON (Reuters) -"): a paragraph's first words in capitals, a place and its country, an
 * agency in brackets, then a dash. `ss` itself when there is none. A dateline names where the
 * story was filed, never who speaks or acts.
 */
export function afterDateline(ctx: Ctx, ss: number, limit: number): number {
  const { doc, text, low } = ctx;
  const s = ctx.sentOf[ss];
  const para = s >= 0 ? doc.paragraphs[doc.sentences[s].paragraph] : undefined;
  if (!para || doc.tokens[ss].start !== para.start) return ss;
  let k = ss;
  let caps = 0;
  while (k < limit && k - ss < 10) {
    const t = doc.tokens[k];
    const w = text.slice(t.start, t.end);
    if (t.kind === 'word' && w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w)) caps++;
    else if (!(low[k] === ',' || low[k] === '(' || low[k] === ')' || (t.kind === 'word' && caps > 0 && /^\p{Lu}/u.test(w)))) break;
    k++;
  }
  if (caps === 0 || k >= limit) return ss;
  const d = low[k];
  return d === '—' || d === '–' || d === '-' || d === '--' ? k + 1 : ss;
}

/** "You know, …", "I mean, …": at token k, a filler before a comma that attributes nothing. */
export function fillerAt(low: readonly string[], k: number): boolean {
  return k + 2 < low.length && low[k + 2] === ',' && ((low[k] === 'you' && low[k + 1] === 'know') || (low[k] === 'i' && low[k + 1] === 'mean'));
}

export function sentEnd(ctx: Ctx, i: number): number {
  const s = ctx.sentOf[i];
  return s < 0 ? ctx.doc.tokens.length : ctx.doc.sentences[s].tokenEnd;
}

/** Re-interns the tokens of a context made before the vocabulary started over. */
export function freshIds(ctx: Ctx): void {
  if (ctx.vgen === vocabGen()) return;
  internTokens(ctx.text, ctx.doc.tokens, ctx.wid, ctx.low);
  ctx.vgen = vocabGen();
}
